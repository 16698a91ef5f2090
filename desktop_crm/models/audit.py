"""The audit log: who did what, when, field by field (issue 10, item 7). Schema steps 30-39.

An entry names its person by id *and* by the name they had then, with no foreign key: deleting
or renaming a person, purging a customer or deleting a visit never takes an entry with it.
`changes` is JSON text, a list of {"field", "before", "after"} with every value as text (money
as yuan, e.g. "3500.00"). Entries are only ever inserted (services/common/audit.py).
"""

from __future__ import annotations

import peewee as pw

from .db import database_proxy, utcnow
from .migrations import Migration, create_missing


class AuditEntry(pw.Model):
    """One recorded action. No version, no updated_at: an entry is never changed."""

    id: pw.AutoField[int]  # peewee's implicit key

    at = pw.DateTimeField(default=utcnow, index=True)  # naive UTC
    person_id = pw.IntegerField(null=True, index=True)  # None: nobody signed in
    person_name = pw.CharField(max_length=100, default="")
    action = pw.CharField(max_length=20)
    entity = pw.CharField(max_length=20)
    entity_id = pw.BigIntegerField(null=True)
    customer_id = pw.BigIntegerField(null=True, index=True)
    changes = pw.TextField(default="[]")
    note = pw.CharField(max_length=300, default="")

    class Meta:
        database = database_proxy
        legacy_table_names = False
        table_name = "audit_entry"


TABLES: list[type[pw.Model]] = [AuditEntry]


def _v30_audit_log(database: pw.Database, migrator: object) -> None:
    create_missing(database, AuditEntry)


MIGRATIONS: list[Migration] = [
    Migration(30, "audit log: who did what, when, field by field", _v30_audit_log),
]
