"""Schema versions: a new database is created at the latest version; an old one migrates and
keeps every row."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal
from pathlib import Path

import peewee as pw
import pytest

from desktop_crm.models.core import Contact, Customer, CustomerSearch, Deal, Setting, User
from desktop_crm.models.db import database_proxy, open_database
from desktop_crm.models.migrations import SchemaTooNewError, current_version, latest_version
from desktop_crm.services.customers.drafts import CustomerFilter
from desktop_crm.services.customers.queries import count_customers, find_customers
from desktop_crm.services.people.users import ensure_owner

V1_SQL = Path(__file__).with_name("schema_v1.sql")


def _build_v1_file(path: Path) -> None:
    """A database exactly as version 1 left it, with rows in every table."""
    con = sqlite3.connect(path)
    con.executescript(V1_SQL.read_text(encoding="utf-8"))
    now = "2025-03-01 09:00:00"
    con.execute(
        "INSERT INTO user (id, created_at, updated_at, version, name, role, phone, active) "
        "VALUES (1, ?, ?, 1, '张总', 'owner', '', 1), (2, ?, ?, 1, '王建国', 'rep', '138', 1)",
        (now, now, now, now),
    )
    columns = [r[1] for r in con.execute("PRAGMA table_info(customer)")]
    for cid, name, company in (
        (1, "张三", "上海华兴贸易有限公司"),
        (2, "李四", "O'Brien & Co; DROP"),
    ):
        values = {c: "" for c in columns}
        values.update(
            {
                "id": cid,
                "created_at": now,
                "updated_at": now,
                "version": 3,
                "owner_rep_id": 2,
                "referred_by_id": None,
                "deleted_at": None,
                "founded_on": "2001-05-04",
                "assets": "1200000.50",
                "first_trade_on": None,
                "birthday": None,
                "age": None,
                "priority_delivery": 0,
                "next_action_on": None,
                "name": name,
                "company": company,
                "phone": "021-5555 1234",
                "city": "上海",
            }
        )
        con.execute(
            f"INSERT INTO customer ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [values[c] for c in columns],
        )
    con.execute(
        "INSERT INTO contact (customer_id, created_at, updated_at, version, name, position, role,"
        " influence, phone, email, notes) VALUES (1, ?, ?, 1, '赵六', '采购经理', 'buyer', 'high',"
        " '', '', '')",
        (now, now),
    )
    con.execute(
        "INSERT INTO deal (customer_id, created_at, updated_at, version, date, products, amount,"
        " notes) VALUES (1, ?, ?, 1, '2025-02-01', '液压油', '3500.00', ''),"
        " (2, ?, ?, 1, '2025-02-02', '齿轮油', '99.90', '')",
        (now, now, now, now),
    )
    con.execute("INSERT INTO setting (key, value) VALUES ('office.name', '\"华兴\"')")
    con.commit()
    con.close()


def test_new_database_starts_at_latest_version(tmp_path: Path) -> None:
    database = open_database(str(tmp_path / "new.sqlite3"), create=True)
    assert current_version(database) == latest_version()
    assert database.table_exists("customer_search")
    database.close()


def test_old_schema_file_migrates_and_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _build_v1_file(path)
    database = open_database(str(path))
    try:
        assert current_version(database) == latest_version() > 1
        assert [u.name for u in User.select().order_by(User.id)] == ["张总", "王建国"]
        # Step 5: people gain an e-mail and a password hash, both empty until set.
        assert [(u.email, u.password_hash, u.phone) for u in User.select().order_by(User.id)] == [
            ("", "", ""),
            ("", "", "138"),
        ]
        first = Customer.get_by_id(1)
        assert (first.name, first.company, first.version) == ("张三", "上海华兴贸易有限公司", 3)
        assert first.founded_on == dt.date(2001, 5, 4)
        assert Decimal(first.assets) == Decimal("1200000.50")
        assert Customer.get_by_id(2).company == "O'Brien & Co; DROP"
        assert [c.name for c in Contact.select()] == ["赵六"]
        assert sorted(Decimal(d.amount) for d in Deal.select()) == [
            Decimal("99.90"),
            Decimal("3500.00"),
        ]
        assert Setting.get_by_id("office.name").value == '"华兴"'
        # The new search table was back-filled: a contact's name finds its customer.
        assert CustomerSearch.select().count() == 2
        assert [r.name for r in find_customers(ensure_owner(), CustomerFilter(text="赵六"))] == [
            "张三"
        ]
        assert count_customers(ensure_owner(), CustomerFilter(text="5555")) == 2
        indexes = {i.name for i in database.get_indexes("customer")}
        assert {"customer_company", "customer_phone", "customer_updated_at"} <= indexes
        assert "customer_deleted_at" not in indexes
        # Step 7: the trash remembers who deleted (empty for what was trashed before); 30: the log.
        assert Customer.get_by_id(1).deleted_by_id is None
        assert database.table_exists("audit_entry")
    finally:
        database.close()
    backups = list(tmp_path.glob("old.sqlite3.schema1.bak"))
    assert backups, "the file is copied aside before migrating"
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT version FROM schema_version").fetchone() == (1,)
    con.close()


def test_reopening_a_migrated_file_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _build_v1_file(path)
    open_database(str(path)).close()
    database = open_database(str(path))
    assert Customer.select().count() == 2
    assert current_version(database) == latest_version()
    database.close()


def test_database_from_a_newer_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    open_database(str(path), create=True).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE schema_version SET version = 9999")
    con.commit()
    con.close()
    with pytest.raises(SchemaTooNewError):
        open_database(str(path))
    database_proxy.obj.close()


def test_migration_from_version_1_on_each_backend(db: pw.Database) -> None:
    """Drop what came after version 1, rewind the version, reopen: the steps run again."""
    from desktop_crm.models.core import SchemaVersion

    user = User.create(name="王建国")
    customer = Customer.create(name="陈七", company="苏州瑞祥", owner_rep=user)
    Contact.create(customer=customer, name="孙八")
    db.drop_tables([CustomerSearch])
    SchemaVersion.update(version=1).execute()
    from desktop_crm.models.migrations import migrate_to_latest

    assert migrate_to_latest(db) == latest_version()
    assert [r.id for r in find_customers(ensure_owner(), CustomerFilter(text="孙八"))] == [
        customer.id
    ]


def test_a_step_added_below_a_later_capability_step_still_runs(db: pw.Database) -> None:
    """Capabilities number steps in ranges; a new foundation step must run on a database
    that already went through higher-numbered visit or analysis steps."""
    from desktop_crm.models.core import SchemaVersion
    from desktop_crm.models.migrations import applied_steps, migrate_to_latest

    assert max(applied_steps(db) or {0}) >= 3
    SchemaVersion.delete().where(SchemaVersion.version == 3).execute()
    db.execute_sql('DROP INDEX IF EXISTS "customer_company"')
    migrate_to_latest(db)
    assert 3 in (applied_steps(db) or set())
    assert "customer_company" in {i.name for i in db.get_indexes("customer")}


def _columns(database: pw.Database) -> dict[str, set[str]]:
    return {table: {c.name for c in database.get_columns(table)} for table in database.get_tables()}


def test_a_migrated_file_ends_with_the_same_columns_as_a_new_one(tmp_path: Path) -> None:
    """Every step's columns reach an old file: a new database and an upgraded one agree
    (step 8's `user.db_role` included)."""
    fresh = open_database(str(tmp_path / "new.sqlite3"), create=True)
    expected = _columns(fresh)
    fresh.close()
    path = tmp_path / "old.sqlite3"
    _build_v1_file(path)
    upgraded = open_database(str(path))
    try:
        assert _columns(upgraded) == expected
        assert "db_role" in expected["user"]
        assert [u.db_role for u in User.select()] == ["", ""]  # unused on SQLite
    finally:
        upgraded.close()


def _indexes(database: pw.Database) -> dict[str, set[str]]:
    return {t: {i.name for i in database.get_indexes(t)} for t in database.get_tables()}


def test_a_migrated_file_ends_with_the_same_indexes_as_a_new_one(tmp_path: Path) -> None:
    """The indexes made by steps (the key figures', the planner's next-action day) reach an
    old file and a new one alike."""
    fresh = open_database(str(tmp_path / "new.sqlite3"), create=True)
    expected = _indexes(fresh)
    fresh.close()
    assert "customer_next_action_on" in expected["customer"]
    path = tmp_path / "old.sqlite3"
    _build_v1_file(path)
    upgraded = open_database(str(path))
    try:
        assert _indexes(upgraded) == expected
    finally:
        upgraded.close()


def test_the_next_action_index_is_made_on_each_backend(db: pw.Database) -> None:
    assert "customer_next_action_on" in {i.name for i in db.get_indexes("customer")}
