"""Backups from the command line:

    desktop-crm backup -o FILE      a consistent copy of the database (SQLite file, or a
                                    pg_dump custom-format archive for a PostgreSQL server)
    desktop-crm restore FILE        put a SQLite backup in place of the database

`restore` checks the backup first (intact, a schema this program can open) and keeps the
current file aside (`NAME.before-restore-YYYYmmdd-HHMMSS`); a bad backup is refused (exit 2)
and the current file stays as it was. When the current file is missing or does not open, nobody
can sign in to it: an owner of the backup names themself (--user, DESKTOP_CRM_USER) and gives
the password the backup holds for them. On PostgreSQL it says how to restore with pg_restore
(exit 2).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from . import (
    EXIT_NO_DATABASE,
    CommandFailed,
    acting_name,
    check_output,
    database_target,
    open_for_command,
    password_for,
    refused,
    shown_target,
)


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    backup = subparsers.add_parser(
        "backup", parents=[common], help="write a consistent backup of the database"
    )
    backup.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    backup.set_defaults(handler=run_backup)
    restore = subparsers.add_parser(
        "restore", parents=[common], help="replace the SQLite database with a backup"
    )
    restore.add_argument("source", type=Path, metavar="FILE")
    restore.set_defaults(handler=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    """Write the backup to --output; say where and how big."""
    from ..services.office.backup import BackupError, backup_to

    check_output(args.output)
    ctx = open_for_command(args)
    try:
        info = backup_to(ctx.user, args.output)
    except BackupError as error:
        raise CommandFailed(str(error)) from None
    finally:
        ctx.close()
    print(f"{info.path}: backup of {shown_target(ctx.target)}, {info.size:,} bytes")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    """Check FILE, keep the current database aside, put FILE in its place."""
    from ..services.context import sqlite_file_of
    from ..services.office.backup import BackupError, check_backup, restore_from

    target = database_target(args)
    current = sqlite_file_of(target)
    if current is None:
        raise refused(
            f"restore works on SQLite files; for {shown_target(target)} use "
            "pg_restore --clean --if-exists -d DATABASE FILE"
        )
    try:
        ctx = open_for_command(args)
    except CommandFailed as failure:
        if failure.code != EXIT_NO_DATABASE:
            raise
        aside = _restore_without_opening(args, current)  # nobody can sign in to it
    else:
        user = ctx.user
        try:
            check_backup(user, args.source)
        except BackupError as error:
            raise refused(f"not restored: {error}") from None
        finally:
            ctx.close()
        try:
            aside = restore_from(user, args.source, current)
        except BackupError as error:
            raise refused(f"not restored: {error}") from None
    if aside is None:
        print(f"{current}: restored from {args.source}")
    else:
        print(f"{current}: restored from {args.source}; the previous file is kept as {aside}")
    return 0


def _restore_without_opening(args: argparse.Namespace, current: Path) -> Path | None:
    """The current file is missing or does not open, so nobody can sign in to it: the
    backup's own owner (--user / DESKTOP_CRM_USER and the password) decides."""
    from ..services.office.backup import BackupError, restore_over_unopenable

    name = acting_name(args)
    if not name:
        raise refused(
            f"{current} cannot be opened: name an owner of the backup with --user NAME "
            "(or DESKTOP_CRM_USER) to restore it"
        )
    existed = current.exists()
    try:
        aside = restore_over_unopenable(args.source, current, name, password_for(name))
    except BackupError as error:
        raise refused(f"not restored: {error}") from None
    return aside if existed else None
