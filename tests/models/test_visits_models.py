"""The visit tables: created on a new database and by migration 10 on an older one."""

from __future__ import annotations

import datetime as dt

import peewee as pw
import pytest

from desktop_crm.models.core import Customer, User
from desktop_crm.models.migrations import current_version, latest_version
from desktop_crm.models.visits import CustomerGeo, RepStandard, Visit, WeekReview


def test_visit_tables_exist_and_schema_reaches_version_10(db: pw.Database) -> None:
    for table in ("visit", "rep_standard", "week_review", "customer_geo"):
        assert db.table_exists(table), table
    assert current_version(db) == latest_version() >= 10


def test_visit_indexes_on_rep_start_and_customer_start(db: pw.Database) -> None:
    columns = {tuple(index.columns) for index in db.get_indexes("visit")}
    assert ("rep_id", "start") in columns
    assert ("customer_id", "start") in columns


def test_deleting_a_customer_deletes_its_visits_and_geo(db: pw.Database) -> None:
    rep = User.create(name="李晓梅", role="rep")
    customer = Customer.create(name="赵六")
    Visit.create(customer=customer.id, rep=rep.id, start=dt.datetime(2026, 3, 2, 9))
    CustomerGeo.create(customer=customer.id, latitude=31.2, longitude=121.4)
    Customer.delete().where(Customer.id == customer.id).execute()
    assert Visit.select().count() == 0
    assert CustomerGeo.select().count() == 0


def test_one_review_per_rep_and_week(db: pw.Database) -> None:
    rep = User.create(name="陈志强", role="rep")
    WeekReview.create(rep=rep.id, week_start=dt.date(2026, 3, 2), review="好")
    with pytest.raises(pw.IntegrityError), db.atomic():
        WeekReview.create(rep=rep.id, week_start=dt.date(2026, 3, 2), review="again")


def test_rep_standard_keyed_by_rep(db: pw.Database) -> None:
    rep = User.create(name="刘丹丹", role="rep")
    RepStandard.create(rep=rep.id, existing_per_day=5, new_per_day=2)
    assert RepStandard.get_by_id(rep.id).new_per_day == 2


def test_migration_10_adds_visit_tables_to_an_older_database(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop_crm.models.db import open_database

    path = tmp_path / "old.sqlite3"
    database = open_database(str(path), create=True)
    for table in ("visit", "rep_standard", "week_review", "customer_geo"):
        database.execute_sql(f'DROP TABLE "{table}"')
    database.execute_sql("UPDATE schema_version SET version = 2")
    database.close()
    database = open_database(str(path))
    assert database.table_exists("visit") and database.table_exists("customer_geo")
    assert current_version(database) == latest_version()
    database.close()
