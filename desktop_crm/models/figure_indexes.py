"""Indexes the owner's key figures read (issue 12; services/owner/figures.py), schema step 66.

- deal (date, amount, customer_id): sales of any span of days (a month, the year to date, the
  same days last year, twelve months of a chart) sum from the index alone, without reading
  the deal rows;
- customer (created_at): new customers of a period, and those on file long enough to be
  dormant, are counted from the index instead of a scan of the wide customer table.

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


def _v66_figure_indexes(database: pw.Database, migrator: SchemaMigrator) -> None:
    for name, table, columns in INDEXES:
        quoted = ", ".join(f'"{c}"' for c in columns)
        database.execute_sql(f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" ({quoted})')


MIGRATIONS: list[Migration] = [
    Migration(
        66,
        "key figures: sales and new customers read from indexes",
        _v66_figure_indexes,
        on_new=True,
    ),
]
