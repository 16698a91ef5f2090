"""The shared pool (公海): since when each customer has had its current owner.

A customer's idle clock (auto-return to the pool, services/customers/pool.py) starts at its
last done visit, its last deal, or the moment its owner took it, whichever is latest; this
table keeps that moment (written by reassignments, hand-overs and claims). Schema step 40.
"""

from __future__ import annotations

import peewee as pw

from .core import Customer
from .db import BaseModel, database_proxy
from .migrations import Migration, create_missing


class OwnerSince(BaseModel):
    """When the customer last got an owner (no row: never since it was made). Rows are only
    inserted and updated, never deleted (a rep's database role may not delete), and on
    PostgreSQL a rep sees only the rows of the customers they see (models/row_security.py)."""

    customer = pw.ForeignKeyField(Customer, primary_key=True, on_delete="CASCADE")
    customer_id: pw.ForeignKeyField[int]
    since = pw.DateTimeField()


TABLES: list[type[pw.Model]] = [OwnerSince]


def _v40_owner_since(database: pw.Database, migrator: object) -> None:
    create_missing(database, *TABLES)


MIGRATIONS: list[Migration] = [
    Migration(40, "shared pool: since when each customer has its owner", _v40_owner_since),
]

_ = database_proxy
