"""Failed sign-ins per name, so repeated guessing slows down for every program that signs in
(the window and the headless commands alike): step 6 of the foundation's range."""

from __future__ import annotations

import peewee as pw
from playhouse.migrate import SchemaMigrator

from .db import BaseModel
from .migrations import Migration, create_missing


class SignInFailure(BaseModel):
    """How often signing in as `name` failed since its last success, and when it last did.

    Keyed by the typed name (stripped), not by a person: a name nobody has is slowed down the
    same way, so the wait never tells which names exist.
    """

    name = pw.CharField(max_length=100, unique=True)
    failures = pw.IntegerField(default=0)
    last_failed_at = pw.DateTimeField(null=True)


def _v6_sign_in_failures(database: pw.Database, migrator: SchemaMigrator) -> None:
    create_missing(database, SignInFailure)


TABLES: list[type[pw.Model]] = [SignInFailure]

MIGRATIONS: list[Migration] = [
    Migration(6, "failed sign-ins per name (the slow-down)", _v6_sign_in_failures),
]
