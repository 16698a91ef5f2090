"""Indexes the owner's key figures read (issue 12; services/owner/figures.py), schema steps 66
and 67.

- deal (date, amount, customer_id): sales of any span of days (a month, the year to date, the
  same days last year, twelve months of a chart) sum from the index alone, without reading
  the deal rows;
- customer (created_at): new customers of a period, and those on file long enough to be
  dormant, are counted from the index instead of a scan of the wide customer table.

Step 67, every rep's figures at once (services/owner/figure_reps.py):
- deal (customer_id, date, amount): each rep's customers' deals of a span read from the index;
- customer (owner_rep_id, deleted_at, created_at): each rep's customers outside the trash, and
  when they were created, without reading the wide customer rows.

Made on a new database too (no model declares them: the customer model is generated from the
field description).
"""

from __future__ import annotations

import peewee as pw
from playhouse.migrate import SchemaMigrator

from .migrations import Migration

INDEXES = (
    ("deal_date_amount_customer", "deal", ("date", "amount", "customer_id")),
    ("customer_created_at", "customer", ("created_at",)),
)

PER_REP_INDEXES = (
    ("deal_customer_date_amount", "deal", ("customer_id", "date", "amount")),
    ("customer_owner_deleted_created", "customer", ("owner_rep_id", "deleted_at", "created_at")),
)


def _create(database: pw.Database, indexes: tuple[tuple[str, str, tuple[str, ...]], ...]) -> None:
    for name, table, columns in indexes:
        quoted = ", ".join(f'"{c}"' for c in columns)
        database.execute_sql(f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" ({quoted})')


def _v66_figure_indexes(database: pw.Database, migrator: SchemaMigrator) -> None:
    _create(database, INDEXES)


def _v67_per_rep_indexes(database: pw.Database, migrator: SchemaMigrator) -> None:
    _create(database, PER_REP_INDEXES)


MIGRATIONS: list[Migration] = [
    Migration(
        66,
        "key figures: sales and new customers read from indexes",
        _v66_figure_indexes,
        on_new=True,
    ),
    Migration(
        67,
        "key figures: every rep's figures read from indexes",
        _v67_per_rep_indexes,
        on_new=True,
    ),
]
