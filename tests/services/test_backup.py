"""Backups and restore (issue 10, item 8): consistent while another connection writes,
backup → change → restore brings back the backup's rows exactly, bad files are refused and
leave the current file as it was, the daily rotation keeps 7 daily and 4 weekly copies."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_crm.models.db import open_database
from desktop_crm.models.migrations import all_tables, latest_version
from desktop_crm.services import customers as cs
from desktop_crm.services.context import AppContext
from desktop_crm.services.office.backup import (
    BackupError,
    backup_folder,
    backup_to,
    check_backup,
    daily_backup,
    restore_from,
)


def table_dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of the file, in a stable order."""
    connection = sqlite3.connect(str(path))
    try:
        return {
            model._meta.table_name: sorted(
                connection.execute(f'SELECT * FROM "{model._meta.table_name}"').fetchall(),
                key=repr,
            )
            for model in all_tables()
        }
    finally:
        connection.close()


def _customer(ctx: AppContext, name: str, amount: str = "12.50") -> cs.CustomerRecord:
    draft = cs.CustomerDraft(
        {"name": name, "company": f"{name}商行"}, deals=[cs.DealDraft("2026-01-05", "螺丝", amount)]
    )
    return cs.save_customer(ctx.user, draft)


def test_a_backup_holds_the_committed_state_while_another_connection_writes(
    sqlite_ctx: AppContext, tmp_path: Path
) -> None:
    _customer(sqlite_ctx, "王五")
    path = Path(sqlite_ctx.database.database)
    writer = sqlite3.connect(str(path), timeout=10)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE customer SET name = '未提交'")
    try:
        info = backup_to(sqlite_ctx.user, tmp_path / "copy.sqlite3")
    finally:
        writer.rollback()
        writer.close()
    assert info.schema_version == latest_version()
    names = [row[0] for row in sqlite3.connect(str(info.path)).execute("SELECT name FROM customer")]
    assert names == ["王五"]
    assert not (tmp_path / "copy.sqlite3.partial").exists()


def test_backup_change_restore_brings_back_the_backups_rows_exactly(
    sqlite_ctx: AppContext, tmp_path: Path
) -> None:
    first = _customer(sqlite_ctx, "王五")
    path = Path(sqlite_ctx.database.database)
    backup = backup_to(sqlite_ctx.user, tmp_path / "backup.sqlite3").path
    expected = table_dump(backup)
    renamed = cs.CustomerDraft(
        {"name": "王五改", "company": "王五商行"}, id=first.id, version=first.version
    )
    cs.save_customer(sqlite_ctx.user, renamed)
    _customer(sqlite_ctx, "赵六", "99.00")
    assert table_dump(path) != expected
    user = sqlite_ctx.user
    sqlite_ctx.close()
    aside = restore_from(user, backup, path)
    assert table_dump(path) == expected
    assert "赵六" in str(table_dump(aside)["customer"])  # the replaced state kept aside
    database = open_database(str(path))
    try:
        loaded = cs.load_customer(user, first.id)
        assert loaded.customer.name == "王五"
        assert [d.amount for d in loaded.deals] == [Decimal("12.50")]
    finally:
        database.close()


def _truncated(source: Path, target: Path) -> Path:
    data = source.read_bytes()
    target.write_bytes(data[: len(data) // 2])
    return target


def _random_bytes(source: Path, target: Path) -> Path:
    target.write_bytes(os.urandom(8192))
    return target


def _newer_schema(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    connection = sqlite3.connect(str(target))
    connection.execute("INSERT INTO schema_version (version) VALUES (9999)")
    connection.commit()
    connection.close()
    return target


@pytest.mark.parametrize(
    ("spoil", "reason"),
    [
        (_truncated, "damaged|cannot be read"),
        (_random_bytes, "not a SQLite"),
        (_newer_schema, "newer"),
    ],
)
def test_a_bad_backup_is_refused_and_the_current_file_stays(
    sqlite_ctx: AppContext, tmp_path: Path, spoil: object, reason: str
) -> None:
    for index in range(40):  # enough pages that half a file misses some
        _customer(sqlite_ctx, f"客户{index}")
    path = Path(sqlite_ctx.database.database)
    good = backup_to(sqlite_ctx.user, tmp_path / "good.sqlite3").path
    bad = spoil(good, tmp_path / "bad.sqlite3")  # type: ignore[operator]
    user = sqlite_ctx.user
    sqlite_ctx.close(self_contained=True)
    before = path.read_bytes()
    with pytest.raises(BackupError, match=reason):
        restore_from(user, bad, path)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.before-restore-*"))
    assert not list(tmp_path.glob("*.restoring"))


def test_the_check_accepts_a_good_backup(sqlite_ctx: AppContext, tmp_path: Path) -> None:
    good = backup_to(sqlite_ctx.user, tmp_path / "good.sqlite3").path
    assert check_backup(sqlite_ctx.user, good).schema_version == latest_version()
    with pytest.raises(BackupError, match="no backup file"):
        check_backup(sqlite_ctx.user, tmp_path / "missing.sqlite3")


def test_a_backup_taken_before_a_later_step_is_accepted_and_restored(
    sqlite_ctx: AppContext, tmp_path: Path
) -> None:
    """A daily backup from before step 80 (no remembered_sign_in table) is a good backup:
    restored, the file gets the table when it is opened."""
    _customer(sqlite_ctx, "旧备份")
    old = backup_to(sqlite_ctx.user, tmp_path / "before-80.sqlite3").path
    connection = sqlite3.connect(str(old))
    connection.execute('DROP TABLE "remembered_sign_in"')
    connection.execute("DELETE FROM schema_version WHERE version = 80")
    connection.commit()
    connection.close()
    assert check_backup(sqlite_ctx.user, old).schema_version == latest_version()  # 90 is its top
    current = Path(str(sqlite_ctx.database.database))
    sqlite_ctx.close(self_contained=True)
    restore_from(sqlite_ctx.user, old, current)
    reopened = open_database(str(current))
    try:
        tables = set(reopened.get_tables())
        assert "remembered_sign_in" in tables
        steps = {v for (v,) in reopened.execute_sql("SELECT version FROM schema_version")}
        assert 80 in steps
    finally:
        reopened.close()


def test_sixty_days_of_rotation_leave_7_daily_and_4_weekly(
    sqlite_ctx: AppContext, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    start = dt.date(2026, 10, 1)
    for offset in range(60):
        day = start + dt.timedelta(days=offset)
        result = daily_backup(sqlite_ctx.user, folder, day)
        assert result.taken is not None
        assert daily_backup(sqlite_ctx.user, folder, day).taken is None  # once a day
    last = start + dt.timedelta(days=59)
    names = sorted(p.name for p in folder.iterdir())
    daily = [n for n in names if "-daily-" in n]
    weekly = [n for n in names if "-weekly-" in n]
    assert daily == [
        f"crm-daily-{(last - dt.timedelta(days=d)).isoformat()}.sqlite3" for d in range(6, -1, -1)
    ]
    weeks = sorted({(last - dt.timedelta(weeks=w)).isocalendar()[:2] for w in range(4)})
    assert weekly == [f"crm-weekly-{y}-W{w:02d}.sqlite3" for y, w in weeks]
    assert len(names) == 11


def test_the_backup_folder_defaults_beside_the_database(tmp_path: Path) -> None:
    assert backup_folder("", tmp_path / "crm.sqlite3") == tmp_path / "backups"
    assert backup_folder(str(tmp_path / "x"), tmp_path / "crm.sqlite3") == tmp_path / "x"


@pytest.mark.skipif(not shutil.which("pg_restore"), reason="needs pg_dump and pg_restore")
def test_a_postgres_backup_is_a_pg_dump_archive(ctx: AppContext, tmp_path: Path) -> None:
    if not ctx.is_postgres:
        pytest.skip("PostgreSQL only")
    _customer(ctx, "王五")
    info = backup_to(ctx.user, tmp_path / "crm.dump")
    listing = subprocess.run(
        ["pg_restore", "--list", str(info.path)], capture_output=True, text=True, check=True
    )
    assert "TABLE DATA public customer" in listing.stdout


def test_a_damaged_current_file_is_restored_by_an_owner_of_the_backup(
    sqlite_ctx: AppContext, tmp_path: Path
) -> None:
    """Nobody can sign in to a file that does not open: the backup's own owner and password
    decide, a rep or a wrong password of the backup is refused and nothing changes."""
    from desktop_crm.services.common.errors import PermissionDenied
    from desktop_crm.services.office.backup import restore_over_unopenable
    from desktop_crm.services.people import manage
    from desktop_crm.services.people.roles import Role

    owner = sqlite_ctx.user
    manage.set_password(owner, owner.id, "老板的密码")
    manage.add_person(owner, "王建国", Role.REP, password="rep-pw")
    _customer(sqlite_ctx, "备份里的客户")
    good = backup_to(owner, tmp_path / "good.sqlite3").path
    path = Path(sqlite_ctx.database.database)
    sqlite_ctx.close(self_contained=True)
    path.write_bytes(b"this is no longer a database" * 100)
    damaged = path.read_bytes()
    for name, password in (("王建国", "rep-pw"), (owner.name, "wrong"), ("nobody", "x")):
        with pytest.raises(PermissionDenied):
            restore_over_unopenable(good, path, name, password)
        assert path.read_bytes() == damaged
    aside = restore_over_unopenable(good, path, owner.name, "老板的密码")
    assert aside.read_bytes() == damaged
    assert table_dump(path) == table_dump(good)
