"""`desktop-crm backup -o FILE` and `desktop-crm restore FILE` as real processes: backup →
change → restore brings the backup's rows back, a bad backup is refused (exit 2) and the
database stays as it was, PostgreSQL is pointed at pg_restore."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from cli_runs import run_cli
from conftest import _wipe_postgres

from desktop_crm.commands import EXIT_FAILED, EXIT_NO_DATABASE, EXIT_REFUSED
from desktop_crm.models.db import database_proxy, open_database
from desktop_crm.services import customers as cs
from desktop_crm.services.people.signin import first_run_setup
from desktop_crm.services.people.users import ensure_owner


def _office(path: Path) -> None:
    database = open_database(str(path), create=True)
    try:
        cs.save_customer(ensure_owner("店主"), cs.CustomerDraft({"name": "王五"}))
    finally:
        database.close()


def _names(path: Path) -> list[str]:
    connection = sqlite3.connect(str(path))
    try:
        return sorted(row[0] for row in connection.execute("SELECT name FROM customer"))
    finally:
        connection.close()


def test_backup_change_restore(tmp_path: Path) -> None:
    database = tmp_path / "crm.sqlite3"
    _office(database)
    ran = run_cli(["backup", "--database", str(database), "-o", "copy.sqlite3"], tmp_path)
    assert ran.code == 0, ran.err
    assert "copy.sqlite3: backup of" in ran.out
    connection = sqlite3.connect(str(database))
    connection.execute("UPDATE customer SET name = '改了'")
    connection.commit()
    connection.close()
    ran = run_cli(["restore", "--database", str(database), "copy.sqlite3"], tmp_path)
    assert ran.code == 0, ran.err
    assert "restored from copy.sqlite3" in ran.out
    assert _names(database) == ["王五"]
    (aside,) = tmp_path.glob("crm.sqlite3.before-restore-*[0-9]")
    assert _names(aside) == ["改了"]


def test_a_bad_backup_is_refused_in_one_line(tmp_path: Path) -> None:
    database = tmp_path / "crm.sqlite3"
    _office(database)
    (tmp_path / "noise.bin").write_bytes(os.urandom(4096))
    before = database.read_bytes()
    ran = run_cli(["restore", "--database", str(database), "noise.bin"], tmp_path)
    assert ran.code == EXIT_REFUSED
    assert ran.err_lines == [
        "desktop-crm: not restored: noise.bin is not a Desktop CRM backup (not a SQLite file)"
    ]
    assert database.read_bytes() == before
    ran = run_cli(["restore", "--database", str(database), "missing.sqlite3"], tmp_path)
    assert ran.code == EXIT_REFUSED and "no backup file" in ran.err


def test_backup_failures(tmp_path: Path) -> None:
    database = tmp_path / "crm.sqlite3"
    ran = run_cli(["backup", "--database", str(database), "-o", "copy.sqlite3"], tmp_path)
    assert ran.code == EXIT_NO_DATABASE and not (tmp_path / "copy.sqlite3").exists()
    _office(database)
    ran = run_cli(["backup", "--database", str(database), "-o", "nowhere/copy.sqlite3"], tmp_path)
    assert ran.code == EXIT_FAILED and len(ran.err_lines) == 1


def test_restore_on_postgres_says_how(tmp_path: Path) -> None:
    url = "postgresql://crm:secret@localhost:1/crm"
    ran = run_cli(["restore", "--database", url, "copy.dump"], tmp_path)
    assert ran.code == EXIT_REFUSED
    assert "pg_restore" in ran.err and "secret" not in ran.err


@pytest.mark.skipif(
    not (os.environ.get("DESKTOP_CRM_TEST_PG") and shutil.which("pg_restore")),
    reason="needs DESKTOP_CRM_TEST_PG and PostgreSQL's client programs",
)
def test_backup_of_a_postgres_server_is_a_pg_dump_archive(tmp_path: Path) -> None:
    url = os.environ["DESKTOP_CRM_TEST_PG"]
    _wipe_postgres(url)  # earlier tests leave their people behind
    open_database(url)  # migrated
    first_run_setup("金星门窗", "广东省", "佛山市", "王老板", "boss-pass", "zh_CN")
    database_proxy.obj.close()
    signed = {"DESKTOP_CRM_USER": "王老板", "DESKTOP_CRM_PASSWORD": "boss-pass"}
    ran = run_cli(["backup", "--database", url, "-o", "crm.dump"], tmp_path, **signed)
    assert ran.code == 0, ran.err
    password = url.split("@")[0].rsplit(":", 1)[1]
    assert f":{password}@" not in ran.out + ran.err and ":***@" in ran.out
    listing = subprocess.run(
        ["pg_restore", "--list", str(tmp_path / "crm.dump")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "TABLE public customer" in listing.stdout


def test_restore_over_a_damaged_file_asks_an_owner_of_the_backup(tmp_path: Path) -> None:
    """Nobody can sign in to a file that does not open: the backup's owner and password
    decide; a wrong password is refused in one line and the damaged file stays."""
    database = tmp_path / "crm.sqlite3"
    opened = open_database(str(database), create=True)
    try:
        first_run_setup("金星门窗", "广东省", "佛山市", "王老板", "boss-pass", "en")
    finally:
        opened.close()
    ran = run_cli(
        ["backup", "--database", str(database), "-o", "copy.sqlite3", "--user", "王老板"],
        tmp_path,
        DESKTOP_CRM_PASSWORD="boss-pass",
    )
    assert ran.code == 0, ran.err
    database.write_bytes(b"garbage" * 1000)
    damaged = database.read_bytes()
    argv = ["restore", "--database", str(database), "copy.sqlite3"]
    ran = run_cli(argv, tmp_path)
    assert ran.code == EXIT_REFUSED and len(ran.err_lines) == 1
    assert "--user" in ran.err
    ran = run_cli([*argv, "--user", "王老板"], tmp_path, DESKTOP_CRM_PASSWORD="wrong")
    assert ran.code == EXIT_REFUSED and len(ran.err_lines) == 1, ran.err
    assert "Traceback" not in ran.err
    assert database.read_bytes() == damaged
    ran = run_cli([*argv, "--user", "王老板"], tmp_path, DESKTOP_CRM_PASSWORD="boss-pass")
    assert ran.code == 0, ran.err
    assert "the previous file is kept as" in ran.out
    check = open_database(str(database))
    check.close()
    database.unlink()  # a missing file is restored the same way
    ran = run_cli([*argv, "--user", "王老板"], tmp_path, DESKTOP_CRM_PASSWORD="boss-pass")
    assert ran.code == 0, ran.err
    assert database.exists() and "kept as" not in ran.out
