"""Merged customers and what unmerging them needs (issue 11, item 6). Schema step 55.

A merge keeps the survivor's values from before it (JSON, every column but the id and the
bookkeeping), the versions both customers reached, and one `MergeMove` per row that moved
from the other customer to the survivor (its table, its key, the column that changed), so
`services/customers/merge.unmerge` can put each one back. Purging either customer takes its
merge records with it (there is nothing left to unmerge then). On PostgreSQL a rep sees the
records of two customers they see only (models/row_security.py).
"""

from __future__ import annotations

import peewee as pw

from .core import Customer, User
from .db import database_proxy, utcnow
from .migrations import Migration, create_missing

MERGED, UNDONE = "merged", "undone"


class MergeRecord(pw.Model):
    """One merge: `other` went to the trash, its rows to `survivor`. State merged | undone."""

    id: pw.AutoField[int]  # peewee's implicit key

    survivor = pw.ForeignKeyField(Customer, backref="+", on_delete="CASCADE")
    survivor_id: pw.ForeignKeyField[int]
    other = pw.ForeignKeyField(Customer, backref="+", on_delete="CASCADE")
    other_id: pw.ForeignKeyField[int]
    person = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    person_id: pw.ForeignKeyField[int | None]
    at = pw.DateTimeField(default=utcnow, index=True)  # naive UTC
    # JSON: {column: value as stored (dates ISO, money in fen)} of the survivor before
    survivor_before = pw.TextField(default="{}")
    survivor_after = pw.TextField(default="{}")  # the same, right after the merge
    other_after = pw.TextField(default="{}")  # the other's, right after the merge (trashed)
    survivor_version = pw.IntegerField()  # the survivor's version right after the merge
    other_version = pw.IntegerField()  # the other's version right after the merge
    state = pw.CharField(max_length=10, default=MERGED)
    undone_at = pw.DateTimeField(null=True)

    class Meta:
        database = database_proxy
        legacy_table_names = False
        indexes = ((("survivor", "state"), False),)


class MergeMove(pw.Model):
    """One row that a merge moved: `row_key` is its primary key after the move (for a table
    keyed by the customer itself, the survivor's id), `column` the column set to the survivor."""

    id: pw.AutoField[int]  # peewee's implicit key

    merge = pw.ForeignKeyField(MergeRecord, backref="moves", on_delete="CASCADE")
    merge_id: pw.ForeignKeyField[int]
    table_name = pw.CharField(max_length=63)
    row_key = pw.BigIntegerField()
    column = pw.CharField(max_length=63)

    class Meta:
        database = database_proxy
        legacy_table_names = False


TABLES: list[type[pw.Model]] = [MergeRecord, MergeMove]


def _v55_merges(database: pw.Database, migrator: object) -> None:
    create_missing(database, *TABLES)
    from . import row_security

    if row_security.is_postgres(database) and row_security.is_secured(database):
        row_security.secure_database(database)  # step 90 ran before these tables existed


MIGRATIONS: list[Migration] = [
    Migration(55, "merged customers and what unmerging them needs", _v55_merges),
]
