"""Schema versions and ordered migration steps, applied when a database is opened.

A new database gets every table at once and the latest version. An older one runs each missing
step in its own transaction, after its SQLite file has been copied aside. Steps that add a column
use `add_column_if_missing`, so a table created by an earlier step from today's model is left
alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import peewee as pw
from playhouse.migrate import PostgresqlMigrator, SchemaMigrator, SqliteMigrator, migrate

from .db import backup_sqlite_file


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[pw.Database, SchemaMigrator], None]


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer program; opening it could lose data."""


def all_tables() -> list[type[pw.Model]]:
    """Every table of the application, in creation order (parents first)."""
    from . import registry

    return registry.tables()


def migrator_for(database: pw.Database) -> SchemaMigrator:
    if isinstance(database, pw.SqliteDatabase):
        return SqliteMigrator(database)
    return PostgresqlMigrator(database)


def add_column_if_missing(
    database: pw.Database, migrator: SchemaMigrator, table: str, column: str, field: pw.Field
) -> None:
    existing = {col.name for col in database.get_columns(table)}
    if column not in existing:
        migrate(migrator.add_column(table, column, field))


def create_missing(database: pw.Database, *models: type[pw.Model]) -> None:
    database.create_tables(list(models), safe=True)


def _v2_customer_search(database: pw.Database, migrator: SchemaMigrator) -> None:
    from ..services.search_index import rebuild_search_index
    from .core import CustomerSearch

    create_missing(database, CustomerSearch)
    rebuild_search_index()


def steps() -> list[Migration]:
    """The ordered steps; later capabilities register theirs in `registry`."""
    from . import registry

    base = [
        Migration(2, "compact search text per customer", _v2_customer_search),
    ]
    return sorted(base + registry.extra_migrations(), key=lambda m: m.version)


def latest_version() -> int:
    return max([1] + [m.version for m in steps()])


def current_version(database: pw.Database) -> int | None:
    from .core import SchemaVersion

    if not database.table_exists("schema_version"):
        return None
    row = SchemaVersion.select().first()
    return row.version if row else None


def migrate_to_latest(database: pw.Database, backup_path: Path | None = None) -> int:
    """Bring the bound database to the latest schema; returns the version reached."""
    from .core import SchemaVersion

    latest = latest_version()
    version = current_version(database)
    if version is None:
        with database.atomic():
            database.create_tables([SchemaVersion, *all_tables()], safe=True)
            SchemaVersion.delete().execute()
            SchemaVersion.create(version=latest)
        return latest
    if version > latest:
        raise SchemaTooNewError(f"database schema {version} is newer than this program ({latest})")
    pending = [m for m in steps() if m.version > version]
    if not pending:
        return version
    if backup_path is not None:
        backup_sqlite_file(backup_path, f"schema{version}")
    migrator = migrator_for(database)
    sqlite = isinstance(database, pw.SqliteDatabase)
    if sqlite:
        # Table rebuilds with foreign keys on can cascade-delete children (PITFALLS 14).
        database.execute_sql("PRAGMA foreign_keys=OFF")
    try:
        for step in pending:
            with database.atomic():
                step.apply(database, migrator)
                SchemaVersion.update(version=step.version).execute()
    finally:
        if sqlite:
            database.execute_sql("PRAGMA foreign_keys=ON")
    return pending[-1].version
