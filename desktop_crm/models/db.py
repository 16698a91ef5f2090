"""The database proxy, the base model and `open_database`: SQLite (WAL) or PostgreSQL."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any, cast

import peewee as pw

database_proxy = pw.DatabaseProxy()


def utcnow() -> dt.datetime:
    """The current time, naive UTC (both backends store it the same way)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class BaseModel(pw.Model):
    """Every row carries created/updated times and a version for optimistic locking.

    For the type checker, subclasses declare (annotation only, which peewee ignores) the
    implicit `id` key and the `<name>_id` accessors of their foreign keys they are read by.
    """

    created_at = pw.DateTimeField(default=utcnow)
    updated_at = pw.DateTimeField(default=utcnow)
    version = pw.IntegerField(default=1)

    class Meta:
        database = database_proxy
        legacy_table_names = False


CENT = Decimal("0.01")


class MoneyField(pw.BigIntegerField):
    """An exact amount of money: stored as whole fen (cents) in a 64-bit integer, handed out as
    a Decimal with two places. SQLite would keep a DECIMAL column as a float and read
    99,999,999,999,999.99 back a cent short; an integer it keeps exactly, on both backends."""

    def db_value(self, value: Any) -> Any:
        if value is None or isinstance(value, pw.Node):
            return value
        amount = value if isinstance(value, Decimal) else Decimal(str(value))
        return int((amount * 100).to_integral_value(ROUND_HALF_UP))

    def python_value(self, value: Any) -> Any:
        if value is None:
            return None
        return (Decimal(int(value)) / 100).quantize(CENT)


def is_postgres_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


def _looks_like_network_share(folder: Path) -> bool:
    """WAL corrupts on network file systems (PITFALLS 12); see models/network_share.py."""
    from .network_share import is_network_share

    existing = folder
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent  # statfs needs a folder that exists
    return is_network_share(str(existing)) or is_network_share(str(folder))


class NetworkShareError(RuntimeError):
    """Raised when a SQLite file would live on a network share."""


class DatabaseMissingError(FileNotFoundError):
    """No SQLite database at the path and creating one was not asked for, or the folder it
    would be created in does not exist (folders are never made on the way)."""


class NotADatabaseFileError(OSError):
    """The path names something that cannot be a SQLite file: a folder, or a file whose
    first bytes are not SQLite's header."""


SQLITE_HEADER = b"SQLite format 3\x00"


def sqlite_path(target: str) -> Path | None:
    """The file a SQLite target names (`sqlite:///` stripped, `~` expanded); None for a
    PostgreSQL URL or `:memory:`."""
    if is_postgres_url(target) or target == ":memory:":
        return None
    if target.startswith("sqlite:///"):
        target = target[len("sqlite:///") :]
    return Path(target).expanduser()


def check_sqlite_file(path: Path, *, create: bool) -> None:
    """Refuse, before SQLite sees it, a path that is not an existing database file (unless
    `create` and its folder exists), a folder, or a file that is not SQLite's."""
    if path.is_dir():
        raise NotADatabaseFileError(f"{path} is a folder, not a database file")
    if not path.exists():
        if not create:
            raise DatabaseMissingError(f"no database at {path}")
        if not path.parent.is_dir():
            raise DatabaseMissingError(f"no folder {path.parent} to create {path.name} in")
        return
    with path.open("rb") as file:
        head = file.read(len(SQLITE_HEADER))
    if head and head != SQLITE_HEADER:  # an empty file is an empty database
        raise NotADatabaseFileError(f"{path} is not a Desktop CRM database (not SQLite)")


def load_postgres_driver() -> None:
    """Import psycopg and give it to peewee, which was loaded without it on a SQLite start
    (desktop_crm/__init__.py); a no-op when peewee has its driver already."""
    if getattr(pw, "psycopg", None) is not None or getattr(pw, "psycopg2", None) is not None:
        return
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    # What peewee's module body would have set with the driver present.
    for name, value in (
        ("psycopg", psycopg),
        ("TransactionStatus", TransactionStatus),
        ("Json_pg3", Json),
        ("Jsonb_pg3", Jsonb),
    ):
        setattr(pw, name, value)
    adapter = pw.Psycopg3Adapter
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN
    extensions = sys.modules.get("playhouse.postgres_ext")
    if extensions is not None and getattr(extensions, "TypeInfo", None) is None:
        from psycopg.types import TypeInfo
        from psycopg.types.hstore import register_hstore

        extensions.TypeInfo = TypeInfo  # type: ignore[attr-defined]
        extensions.register_hstore_pg3 = register_hstore  # type: ignore[attr-defined]


def make_database(target: str) -> pw.Database:
    """Build (not open) the peewee database for a path or a postgresql:// URL."""
    if is_postgres_url(target):
        from playhouse.db_url import connect

        load_postgres_driver()
        database: pw.Database = connect(target.replace("postgres://", "postgresql://", 1))
        return database
    path = sqlite_path(target) or Path(target)
    if target != ":memory:" and _looks_like_network_share(path.resolve().parent):
        raise NetworkShareError(str(path))
    return pw.SqliteDatabase(
        str(path) if target != ":memory:" else target,
        timeout=10,
        pragmas={
            "journal_mode": "wal",
            "busy_timeout": 10000,
            "foreign_keys": 1,
            "synchronous": "normal",
            "cache_size": -8000,  # KiB per connection; the GUI and each pool thread have one
        },
    )


def open_database(target: str, *, create: bool = False, migrate: bool = True) -> pw.Database:
    """Bind the proxy to `target`, connect, and bring the schema up to date.

    A SQLite file is created only with `create`, and only in a folder that exists (raises
    DatabaseMissingError otherwise); a folder or a non-SQLite file raises
    NotADatabaseFileError. A PostgreSQL database must exist; its schema is made on first open.
    """
    from .migrations import migrate_to_latest

    path = sqlite_path(target)
    if path is not None:
        check_sqlite_file(path, create=create)
    database = make_database(target)
    database_proxy.initialize(database)
    database.connect(reuse_if_open=True)
    if migrate:
        migrate_to_latest(database, backup_path=_backup_path(database))
    return database


def _backup_path(database: pw.Database) -> Path | None:
    if isinstance(database, pw.SqliteDatabase) and database.database not in (":memory:", ""):
        path = Path(database.database)
        if path.exists() and path.stat().st_size > 0:
            return path
    return None


def backup_sqlite_file(path: Path, tag: str) -> Path:
    """Copy the database file aside before a migration (Vorta's habit)."""
    target = path.with_name(f"{path.name}.{tag}.bak")
    shutil.copy2(path, target)
    for suffix in ("-wal", "-shm"):
        side = Path(str(path) + suffix)
        if side.exists():
            shutil.copy2(side, Path(str(target) + suffix))
    return target


def write_transaction(database: pw.Database | None = None) -> Any:
    """A write transaction: IMMEDIATE on SQLite so writers queue instead of failing."""
    db = database or database_proxy.obj
    if isinstance(db, pw.SqliteDatabase):
        return db.atomic("IMMEDIATE")
    return db.atomic()


def default_database_path() -> Path:
    from platformdirs import user_data_dir

    override = os.environ.get("DESKTOP_CRM_DATA_DIR")
    base = Path(override) if override else Path(user_data_dir("desktop-crm", "DesktopCRM"))
    return base / "crm.sqlite3"


# peewee's bundled stubs type `.tuples()` and `.dicts()` as returning the query itself, whose
# rows they take to be model instances; these two say what the rows really are.


def tuple_rows(query: pw.BaseQuery) -> Iterable[tuple[Any, ...]]:
    """`query.tuples()`: the rows as plain tuples, in the order of the selected columns."""
    return cast("Iterable[tuple[Any, ...]]", query.tuples())


def driver_rows(query: pw.BaseQuery) -> list[tuple[Any, ...]]:
    """The rows of `query` as the database driver gives them, without peewee's conversion of
    every value (a third of a 2,000-row read): for big reads whose caller converts the few
    columns that need it. Dates and times come as ISO text on SQLite and as objects on
    PostgreSQL, so the caller must take both."""
    database = query.model._meta.database  # type: ignore[attr-defined]
    return list(database.execute(query).fetchall())


def dict_rows(query: pw.BaseQuery) -> Iterable[dict[str, Any]]:
    """`query.dicts()`: the rows as dicts keyed by column name or alias."""
    return cast("Iterable[dict[str, Any]]", query.dicts())
