"""Schema versions and ordered migration steps, applied when a database is opened.

The `schema_version` table holds one row per step the database has been through; its highest
number is "the schema version". Keeping every step (not only the highest) matters because
capabilities number their steps in separate ranges (foundation 1-9, visits 10-19, state
analysis 20-29, opportunities 60-69, after-sale 70-79, remembered sign-ins 80-89,
database security 90-99, after every table exists): a foundation step 4 added later must still run on a database that already
reached 20.

A new database gets every table at once and every step recorded. An older one runs each missing
step in order, each in its own transaction, after its SQLite file has been copied aside. Steps
must be idempotent (`create_missing`, `add_column_if_missing`, `CREATE INDEX IF NOT EXISTS`):
a table created by an earlier step from today's model already has later columns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import peewee as pw
from playhouse.migrate import PostgresqlMigrator, SchemaMigrator, SqliteMigrator, migrate

from .db import backup_sqlite_file, tuple_rows


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[pw.Database, SchemaMigrator], None]
    # Also run on a new database, right after its tables are made from today's models: for
    # what no model declares (PostgreSQL roles, grants, row-level security policies).
    on_new: bool = False


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
    from .core import CustomerSearch
    from .search_text import fill_search_texts

    create_missing(database, CustomerSearch)
    fill_search_texts()


def _v3_list_sort_indexes(database: pw.Database, migrator: SchemaMigrator) -> None:
    for column in ("company", "phone", "updated_at"):
        database.execute_sql(
            f'CREATE INDEX IF NOT EXISTS "customer_{column}" ON "customer" ("{column}")'
        )
    database.execute_sql('DROP INDEX IF EXISTS "customer_deleted_at"')


def money_columns() -> list[tuple[str, str]]:
    """(table, column) of every money column (MoneyField) of every table."""
    from .db import MoneyField

    return [
        (model._meta.table_name, field.column_name)
        for model in all_tables()
        for field in model._meta.sorted_fields
        if isinstance(field, MoneyField)
    ]


def _v4_money_in_fen(database: pw.Database, migrator: SchemaMigrator) -> None:
    """Amounts were DECIMAL (a float inside SQLite): store them as whole fen. Each amount
    keeps its value to the cent as it read before the step."""
    postgres = not isinstance(database, pw.SqliteDatabase)
    for table, column in money_columns():
        existing = {c.name: c.data_type.lower() for c in database.get_columns(table)}
        if column not in existing:
            continue  # added later from today's model, already in fen
        if postgres:
            if existing[column].startswith(("numeric", "decimal")):
                database.execute_sql(
                    f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE BIGINT '
                    f'USING ROUND("{column}" * 100)'
                )
        elif existing[column].startswith(("numeric", "decimal")):
            # SQLite keeps the declared type; the integers stored now are exact in it.
            database.execute_sql(
                f'UPDATE "{table}" SET "{column}" = CAST(ROUND("{column}" * 100) AS INTEGER) '
                f'WHERE "{column}" IS NOT NULL'
            )


def _v5_people_sign_in(database: pw.Database, migrator: SchemaMigrator) -> None:
    """People gain an e-mail and a password hash (argon2id; "" until a password is set).
    The clerk's stored role stays "staff"."""
    for column, limit in (("email", 254), ("password_hash", 255)):
        add_column_if_missing(
            database, migrator, "user", column, pw.CharField(max_length=limit, default="")
        )


def _v7_trash_deleted_by(database: pw.Database, migrator: SchemaMigrator) -> None:
    """The trash remembers who moved a customer there (customer.deleted_by_id, nullable)."""
    from .core import User

    field = pw.ForeignKeyField(User, field=User.id, null=True, on_delete="SET NULL", index=False)
    add_column_if_missing(database, migrator, "customer", "deleted_by_id", field)


def _v8_database_role(database: pw.Database, migrator: SchemaMigrator) -> None:
    """People gain the name of their own PostgreSQL login role ("" until one is made; unused
    on SQLite). See models/row_security.py."""
    add_column_if_missing(
        database, migrator, "user", "db_role", pw.CharField(max_length=63, default="")
    )


def _v9_search_with_pinyin(database: pw.Database, migrator: SchemaMigrator) -> None:
    """Search texts gain the pinyin and initials of names, companies and contacts, and fold
    traditional characters to simplified (models/search_text.py), and the name's sort key
    (Chinese names sort by pinyin): computed again for all."""
    from .search_text import fill_search_texts

    add_column_if_missing(
        database, migrator, "customer_search", "name_key", pw.CharField(max_length=400, default="")
    )
    # the model's own name for it: a new file has this index under that name already
    database.execute_sql(
        'CREATE INDEX IF NOT EXISTS "customer_search_name_key" ON "customer_search" ("name_key")'
    )
    fill_search_texts()


# The foundation's steps; every capability exports its own MIGRATIONS (see `registry`).
MIGRATIONS: list[Migration] = [
    Migration(2, "compact search text per customer", _v2_customer_search),
    Migration(
        3, "indexes for sorting the customer list, none on deleted_at", _v3_list_sort_indexes
    ),
    Migration(4, "money as whole fen, exact on SQLite too", _v4_money_in_fen),
    Migration(5, "people: e-mail and password hash", _v5_people_sign_in),
    Migration(7, "the trash: who moved a customer there", _v7_trash_deleted_by),
    Migration(8, "people: their own PostgreSQL role's name", _v8_database_role),
    Migration(9, "search by pinyin and initials, traditional folded", _v9_search_with_pinyin),
]


def steps() -> list[Migration]:
    """The ordered steps of every capability, found by `registry`."""
    from . import registry

    return registry.migrations()


def latest_version() -> int:
    return max([1] + [m.version for m in steps()])


def applied_steps(database: pw.Database) -> set[int] | None:
    """The steps this database has been through, or None for an empty database."""
    from .core import SchemaVersion

    if not database.table_exists("schema_version"):
        return None
    return {int(v) for (v,) in tuple_rows(SchemaVersion.select(SchemaVersion.version))}


def current_version(database: pw.Database) -> int | None:
    applied = applied_steps(database)
    return max(applied) if applied else None


def migrate_to_latest(database: pw.Database, backup_path: Path | None = None) -> int:
    """Bring the bound database to the latest schema; returns the version reached."""
    from .core import SchemaVersion

    latest = latest_version()
    known = [1] + [m.version for m in steps()]
    applied = applied_steps(database)
    if applied is None:
        with database.atomic():
            database.create_tables([SchemaVersion, *all_tables()], safe=True)
            SchemaVersion.insert_many(
                [(v,) for v in known], fields=[SchemaVersion.version]
            ).execute()
            new_steps = [m for m in steps() if m.on_new]
            if new_steps:
                migrator = migrator_for(database)
                for step in new_steps:
                    step.apply(database, migrator)
        return latest
    if max(applied, default=0) > latest or applied - set(known):
        raise SchemaTooNewError(
            f"database schema {sorted(applied - set(known)) or max(applied)} "
            f"is newer than this program ({latest})"
        )
    pending = [m for m in steps() if m.version not in applied]
    if not pending:
        return latest
    if backup_path is not None:
        backup_sqlite_file(backup_path, f"schema{max(applied)}")
    migrator = migrator_for(database)
    sqlite = isinstance(database, pw.SqliteDatabase)
    if sqlite:
        # Table rebuilds with foreign keys on can cascade-delete children (PITFALLS 14).
        database.execute_sql("PRAGMA foreign_keys=OFF")
    try:
        for step in pending:
            with database.atomic():
                step.apply(database, migrator)
                SchemaVersion.create(version=step.version)
    finally:
        if sqlite:
            database.execute_sql("PRAGMA foreign_keys=ON")
    return latest
