"""Backups and restore of the office database.

SQLite: `sqlite3.Connection.backup` from a connection of its own, so the copy is consistent
while the app writes (it holds what was committed, write-ahead log included), written under a
temporary name and renamed. PostgreSQL: `pg_dump` in its custom format, the credentials handed
over in the environment, never on the command line. A restore checks the backup first and keeps
the current file aside, so a bad backup never costs the current data.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from ...models.db import SQLITE_HEADER, database_proxy
from ...models.migrations import all_tables, latest_version, steps
from ..common.acting import Person, gate, rule
from ..common.errors import PermissionDenied
from ..people.passwords import verify_password
from ..people.policy import guard
from ..people.roles import Role

WEEKLY_KEPT = 4
DAILY_KEPT = 7


class BackupError(RuntimeError):
    """A backup could not be taken, or a file is no backup this program can restore."""


@dataclass(frozen=True)
class BackupInfo:
    """A backup file that passed the checks."""

    path: Path
    schema_version: int
    size: int


def _bound() -> pw.Database:
    database = database_proxy.obj
    if database is None:
        raise BackupError("no database is open")
    return database  # type: ignore[no-any-return]


@guard.office
def backup_to(actor: Person, target: Path) -> BackupInfo:
    """Copy the open database to `target` (SQLite: a SQLite file; PostgreSQL: a pg_dump
    custom-format archive). `target` appears only when the copy is whole."""
    return _take_backup(target)


def _take_backup(target: Path) -> BackupInfo:
    database = _bound()
    target = Path(target)
    temporary = target.with_name(target.name + ".partial")
    try:
        if isinstance(database, pw.SqliteDatabase):
            _sqlite_copy(Path(database.database), temporary)
        else:
            _pg_dump(database, temporary)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    sqlite = isinstance(database, pw.SqliteDatabase)
    version = _schema_version_of(target) if sqlite else latest_version()
    return BackupInfo(target, version, target.stat().st_size)


def _sqlite_copy(source: Path, target: Path) -> None:
    target.unlink(missing_ok=True)
    origin = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=10)
    try:
        copy = sqlite3.connect(str(target))
        try:
            origin.backup(copy)
            # The copy is one self-contained file: reading it later leaves no -wal / -shm.
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
    finally:
        origin.close()


def _pg_dump(database: pw.Database, target: Path) -> None:
    program = shutil.which("pg_dump")
    if program is None:
        raise BackupError(
            "pg_dump is not installed: install PostgreSQL's client programs to back up a server"
        )
    params = dict(getattr(database, "connect_params", {}))
    env = dict(os.environ)
    for key, name in (("host", "PGHOST"), ("port", "PGPORT"), ("user", "PGUSER")):
        if params.get(key):
            env[name] = str(params[key])
    if params.get("password"):
        env["PGPASSWORD"] = str(params["password"])
    env["PGDATABASE"] = str(database.database)
    done = subprocess.run(
        [program, "--format=custom", "--no-owner", "--file", str(target)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        reason = done.stderr.strip().splitlines()
        raise BackupError(f"pg_dump failed: {reason[-1] if reason else done.returncode}")


def _schema_version_of(path: Path) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        (version,) = connection.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(version)
    finally:
        connection.close()


@guard.office
def check_backup(actor: Person, path: Path) -> BackupInfo:
    """`path` as a SQLite backup this program can open: SQLite's header, an intact file
    (`PRAGMA integrity_check`), a schema version not newer than this program's, and every
    table readable. Anything else raises BackupError saying why."""
    return _check_backup(path)


def _check_backup(path: Path) -> BackupInfo:
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"no backup file at {path}")
    with path.open("rb") as file:
        if file.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise BackupError(f"{path} is not a Desktop CRM backup (not a SQLite file)")
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as error:
        raise BackupError(f"{path} cannot be read: {error}") from None
    try:
        (verdict,) = connection.execute("PRAGMA integrity_check(1)").fetchone()
        if verdict != "ok":
            raise BackupError(f"{path} is damaged: {verdict}")
        try:
            applied = {int(v) for (v,) in connection.execute("SELECT version FROM schema_version")}
        except sqlite3.Error:
            raise BackupError(f"{path} is no Desktop CRM database (no schema version)") from None
        known = {1} | {m.version for m in steps()}
        if not applied or applied - known:
            raise BackupError(
                f"{path} was written by a newer Desktop CRM (schema {max(applied or {0})}, "
                f"this program {latest_version()}); update the program to restore it"
            )
        # Every table it holds reads through; one a later step adds (a backup taken before
        # that step) is made when the restored file is opened.
        held = {
            str(name)
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        for model in all_tables():
            if model._meta.table_name in held:
                connection.execute(f'SELECT count(*) FROM "{model._meta.table_name}"').fetchone()
    except sqlite3.Error as error:
        raise BackupError(f"{path} is damaged: {error}") from None
    finally:
        connection.close()
    return BackupInfo(path, max(applied), path.stat().st_size)


@guard.owner
def restore_from(actor: Person, source: Path, current_path: Path) -> Path:
    """Put the backup `source` in place of the SQLite file `current_path`, after checking it;
    the current file (with its -wal and -shm) is first copied aside with a timestamp, and
    that copy's path is returned. A refused backup leaves the current file untouched. No
    connection may hold `current_path` open meanwhile."""
    check_backup(actor, source)
    return _swap_in(source, current_path)


@gate
def restore_over_unopenable(source: Path, current_path: Path, name: str, password: str) -> Path:
    """Restore `source` over a current file that cannot be opened (damaged, not a database),
    so nobody can sign in to it: the person must be an active owner of the backup, with the
    password the backup holds for them. A backup whose office never set a password (taken
    before the first-run setup) protects nobody and is restored for anyone. Raises
    BackupError for a bad backup, PermissionDenied for anyone else; nothing is changed then."""
    _check_backup(source)
    _require_owner_of_backup(Path(source), name, password)
    return _swap_in(source, current_path)


def _require_owner_of_backup(path: Path, name: str, password: str) -> None:
    connection = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        rows = connection.execute('SELECT name, role, active, password_hash FROM "user"').fetchall()
    finally:
        connection.close()
    if not any(r[3] for r in rows):
        return
    for row_name, role, active, stored in rows:
        if row_name == (name or "").strip() and verify_password(stored or "", password or ""):
            if role == Role.OWNER and active:
                return
            raise PermissionDenied(str(row_name), str(role), "restore: only an owner may")
    raise PermissionDenied(str(name), "?", "restore: the name or the password is wrong")


def _swap_in(source: Path, current_path: Path) -> Path:
    current_path = Path(current_path)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = current_path.with_name(f"{current_path.name}.before-restore-{stamp}")
    incoming = current_path.with_name(current_path.name + ".restoring")
    shutil.copyfile(source, incoming)
    try:
        for suffix in ("", "-wal", "-shm"):
            part = Path(str(current_path) + suffix)
            if part.exists():
                shutil.copy2(part, Path(str(aside) + suffix))
        for suffix in ("-wal", "-shm"):  # the old log must not be replayed onto the backup
            Path(str(current_path) + suffix).unlink(missing_ok=True)
        os.replace(incoming, current_path)
    finally:
        incoming.unlink(missing_ok=True)
    return aside


# ---------------------------------------------------------------- the daily rotation


@dataclass(frozen=True)
class RotationResult:
    taken: Path | None  # today's daily copy, None when it was already there
    kept: tuple[Path, ...]  # every backup in the folder after pruning


@rule
def daily_name(stem: str, day: dt.date) -> str:
    return f"{stem}-daily-{day.isoformat()}.sqlite3"


@rule
def weekly_name(stem: str, day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{stem}-weekly-{year}-W{week:02d}.sqlite3"


@guard.anyone
def daily_backup(actor: Person, folder: Path, today: dt.date) -> RotationResult:
    """Today's backup into `folder` (made if missing), once a day: a daily copy, and the
    week's weekly copy when it is the first backup of its ISO week; then only the newest 7
    daily and 4 weekly copies stay. A second call on the same day takes nothing.

    Whoever signs in first that day takes it, a rep too: it is the office's safety copy of a
    file on this computer, kept beside it, not a copy handed to the person."""
    database = _bound()
    stem = Path(str(database.database)).stem if isinstance(database, pw.SqliteDatabase) else "crm"
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    daily = folder / daily_name(stem, today)
    taken: Path | None = None
    if not daily.exists():
        _take_backup(daily)
        taken = daily
    weekly = folder / weekly_name(stem, today)
    if not weekly.exists():
        shutil.copyfile(daily, weekly)
    for kind, keep in (("daily", DAILY_KEPT), ("weekly", WEEKLY_KEPT)):
        copies = sorted(folder.glob(f"{stem}-{kind}-*.sqlite3"))  # names sort by date
        for old in copies[:-keep]:
            old.unlink()
    kept = tuple(sorted(folder.glob(f"{stem}-*-*.sqlite3")))
    return RotationResult(taken, kept)


@rule
def backup_folder(chosen: str, database_file: Path) -> Path:
    """Where the daily backups go: the folder set on this computer, else `backups/` beside
    the database file."""
    return Path(chosen).expanduser() if chosen.strip() else Path(database_file).parent / "backups"
