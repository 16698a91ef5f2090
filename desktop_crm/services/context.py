"""The small context built once in main() and handed down (no global locator)."""

from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from ..models.core import User
from ..models.db import open_database
from .people.users import ensure_owner


@dataclass
class AppContext:
    database: pw.Database
    target: str  # the path or URL it was opened from
    user: User  # the acting user (the owner in this single-user phase)

    @property
    def is_postgres(self) -> bool:
        return not isinstance(self.database, pw.SqliteDatabase)

    def close(self) -> None:
        if not self.database.is_closed():
            self.database.close()


def open_context(target: str) -> AppContext:
    database = open_database(target)
    return AppContext(database=database, target=target, user=ensure_owner())
