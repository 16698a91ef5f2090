"""Signing in: failed sign-ins per name, so repeated guessing slows down for every program that
signs in (the window and the headless commands alike; step 6 of the foundation's range), and
the sign-ins a person asked this computer to keep (step 80, the range 80-89 of remembered
sign-ins; services/people/remembered.py)."""

from __future__ import annotations

import peewee as pw
from playhouse.migrate import SchemaMigrator

from .core import User
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


class RememberedSignIn(BaseModel):
    """A sign-in kept on one computer: the SHA-256 of the random token that computer holds
    (never the token itself), whose it is, and until when it lets them in without a password.
    Only on a SQLite file: on a PostgreSQL server the server checks each person's password, so
    no group may read or write this table there (models/row_security.py)."""

    id: int
    user_id: int
    user = pw.ForeignKeyField(User, on_delete="CASCADE", index=True)
    token_hash = pw.CharField(max_length=64, unique=True)
    expires_at = pw.DateTimeField()
    last_used_at = pw.DateTimeField(null=True)
    place = pw.CharField(max_length=100, default="")  # the computer and program that keeps it


def _v6_sign_in_failures(database: pw.Database, migrator: SchemaMigrator) -> None:
    create_missing(database, SignInFailure)


def _v80_remembered_sign_ins(database: pw.Database, migrator: SchemaMigrator) -> None:
    create_missing(database, RememberedSignIn)
    from .row_security import close_table

    close_table(database, RememberedSignIn._meta.table_name)


TABLES: list[type[pw.Model]] = [SignInFailure, RememberedSignIn]

MIGRATIONS: list[Migration] = [
    Migration(6, "failed sign-ins per name (the slow-down)", _v6_sign_in_failures),
    Migration(80, "sign-ins kept on a computer (stay signed in)", _v80_remembered_sign_ins),
]
