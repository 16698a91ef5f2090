"""The import history (issue 11): one batch per import, one change row per row it wrote.

`ImportBatch` says who imported which file, when, into what (customers, contacts, deals), in
which mode, with the counts and its state ("done", "undone"; "running" only while an import
runs, read as "interrupted" if its process died). `ImportChange` names each row the batch
created or updated, with the version it left the row at and, for an update, the values the
row held before (JSON: {field: value}, dates ISO, money as text), so an undo puts exactly
those back, and only on a row nobody changed since. Schema steps 50-59.

The person is kept by id and by name without a foreign key (as the audit log keeps them), and
a change names its row by id without one, so neither table holds a deleted row back.
"""

from __future__ import annotations

import peewee as pw

from .db import BaseModel, database_proxy
from .migrations import Migration, create_missing


class ImportBatch(BaseModel):
    id: pw.AutoField[int]  # peewee's implicit key

    person_id = pw.IntegerField(null=True)
    person_name = pw.CharField(max_length=100, default="")
    file_name = pw.CharField(max_length=300, default="")
    kind = pw.CharField(max_length=20)  # customers | contacts | deals
    mode = pw.CharField(max_length=20)  # create | upsert | update
    started_at = pw.DateTimeField(index=True)
    finished_at = pw.DateTimeField(null=True)
    created = pw.IntegerField(default=0)
    updated = pw.IntegerField(default=0)
    skipped = pw.IntegerField(default=0)
    errors = pw.IntegerField(default=0)
    state = pw.CharField(max_length=20, default="running")  # running | done | undone


class ImportChange(pw.Model):
    """One row an import created or updated (never changed afterwards, only read by undo)."""

    id: pw.AutoField[int]  # peewee's implicit key

    batch = pw.ForeignKeyField(ImportBatch, backref="changes", on_delete="CASCADE")
    batch_id: pw.ForeignKeyField[int]
    entity = pw.CharField(max_length=20)  # customer | contact | deal
    row_id = pw.BigIntegerField()
    customer_id = pw.BigIntegerField(null=True)  # the customer a contact or deal belongs to
    created = pw.BooleanField()  # True: the import made the row; False: it updated it
    before = pw.TextField(null=True)  # an update: the changed fields' values before (JSON)
    version_after = pw.IntegerField(default=1)

    class Meta:
        database = database_proxy
        legacy_table_names = False
        indexes = ((("batch", "entity"), False),)


TABLES: list[type[pw.Model]] = [ImportBatch, ImportChange]


def _v50_import_history(database: pw.Database, migrator: object) -> None:
    create_missing(database, *TABLES)


MIGRATIONS: list[Migration] = [
    Migration(50, "import history: batches and the rows each wrote", _v50_import_history),
]
