"""Money is exact on both backends (issue 9): stored as whole fen, read back to the cent."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import peewee as pw
import pytest

from desktop_crm.models.core import Customer, Deal
from desktop_crm.models.db import open_database
from desktop_crm.services.analysis.tiers import revenue_last_12_months
from desktop_crm.services.context import AppContext
from desktop_crm.services.customers import CustomerDraft, DealDraft, load_customer, save_customer

AMOUNTS = ["99999999999999.99", "-99999999999999.99", "0.01", "12.50", "1234567.89", "0"]


@pytest.mark.parametrize("amount", AMOUNTS)
def test_an_amount_reads_back_to_the_cent(ctx: AppContext, amount: str) -> None:
    draft = CustomerDraft(
        {"name": "王五", "assets": amount}, deals=[DealDraft("2026-01-05", "螺丝", amount)]
    )
    record = save_customer(ctx.user, draft)
    again = load_customer(ctx.user, record.id)
    assert again.deals[0].amount == Decimal(amount)
    assert again.customer.assets == Decimal(amount)
    assert str(again.deals[0].amount) == str(Decimal(amount).quantize(Decimal("0.01")))


def test_sums_are_exact(ctx: AppContext) -> None:
    import datetime as dt

    today = dt.date(2026, 6, 1)
    deals = [DealDraft("2026-05-01", "", "0.10") for _ in range(10)]
    deals.append(DealDraft("2026-05-02", "", "99999999999999.99"))
    record = save_customer(ctx.user, CustomerDraft({"name": "甲"}, deals=deals))
    revenue = dict(revenue_last_12_months(today))
    assert revenue[record.id] == Decimal("100000000000000.99")


def test_step_4_converts_floats_to_fen_once(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    database = open_database(str(path), create=True)
    customer = Customer.create(name="张三")
    database.close()
    con = sqlite3.connect(path)
    # What version 3 wrote: a DECIMAL(16, 2) column, amounts as floats.
    con.execute('ALTER TABLE "deal" RENAME TO "deal_new"')
    con.execute(
        'CREATE TABLE "deal" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL,'
        ' "updated_at" DATETIME NOT NULL, "version" INTEGER NOT NULL, "customer_id" INTEGER NOT'
        ' NULL, "date" DATE NOT NULL, "products" VARCHAR(300) NOT NULL, "amount" DECIMAL(16, 2)'
        ' NOT NULL, "notes" TEXT NOT NULL)'
    )
    con.execute('DROP TABLE "deal_new"')
    for amount in (3500.0, 99.9, 0.01, 12.5):
        con.execute(
            "INSERT INTO deal (created_at, updated_at, version, customer_id, date, products,"
            " amount, notes) VALUES ('2025-01-01', '2025-01-01', 1, ?, '2025-01-01', '', ?, '')",
            (customer.id, amount),
        )
    con.execute("DELETE FROM schema_version WHERE version = 4")
    con.commit()
    con.close()
    database = open_database(str(path))
    try:
        amounts = sorted(d.amount for d in Deal.select())
        assert amounts == [Decimal("0.01"), Decimal("12.50"), Decimal("99.90"), Decimal("3500.00")]
    finally:
        database.close()
    database = open_database(str(path))  # a second open does not convert again
    try:
        assert sorted(d.amount for d in Deal.select())[-1] == Decimal("3500.00")
    finally:
        database.close()


def test_step_4_on_postgresql_numeric(db: pw.Database, backend: str) -> None:
    if backend != "postgres":
        pytest.skip("PostgreSQL only")
    from desktop_crm.models.migrations import _v4_money_in_fen, migrator_for

    customer = Customer.create(name="张三")
    db.execute_sql(
        'ALTER TABLE "deal" ALTER COLUMN "amount" TYPE NUMERIC(16, 2) USING amount / 100.0'
    )
    db.execute_sql(
        "INSERT INTO deal (created_at, updated_at, version, customer_id, date, products, amount,"
        " notes) VALUES (now(), now(), 1, %s, '2025-01-01', '', 99999999999999.99, '')",
        (customer.id,),
    )
    with db.atomic():
        _v4_money_in_fen(db, migrator_for(db))
        _v4_money_in_fen(db, migrator_for(db))  # idempotent: the column is an integer now
    assert Deal.get().amount == Decimal("99999999999999.99")
