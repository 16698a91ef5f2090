"""The small context built once in main() and handed down (no global locator)."""

from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from ..models.db import NetworkShareError as NetworkShareError  # what open_context may raise
from ..models.db import default_database_path, open_database
from ..models.migrations import SchemaTooNewError as SchemaTooNewError
from .common.acting import Person
from .people.users import ensure_owner


@dataclass
class AppContext:
    database: pw.Database
    target: str  # the path or URL it was opened from
    user: Person  # who acts (the owner in this single-user phase)

    @property
    def is_postgres(self) -> bool:
        return not isinstance(self.database, pw.SqliteDatabase)

    def close(self) -> None:
        if not self.database.is_closed():
            self.database.close()


def open_context(target: str) -> AppContext:
    database = open_database(target)
    return AppContext(database=database, target=target, user=ensure_owner())


def default_target(demo: bool = False) -> str:
    """The database used when none is named: a SQLite file in the user-data folder, or the
    demo office's file beside it."""
    path = default_database_path()
    return str(path.with_name("demo.sqlite3") if demo else path)
