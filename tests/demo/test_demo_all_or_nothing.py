"""`desktop-crm demo` is all or nothing: killed (-9) at any point of the build, it leaves either
no office or a finished one, never a half-built one, and the next run finishes the office.

A new SQLite file is built aside and moved into place; an existing empty database (SQLite or
PostgreSQL) is filled in one transaction. Each is killed at several points and run again.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_runs import DemoFile, cli_env, command, read_demo_file, run_cli
from conftest import PG_URL

from desktop_crm.models.db import open_database

PEOPLE, CUSTOMERS = 6, 500  # the owner, four reps, one clerk; 300 customers, 200 prospects
KILL_AFTER = [0.0, 0.3, 0.7, 1.2, 1.8]  # seconds after the build began


def _start(folder: Path, target: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        command(["demo", "--database", target]),
        cwd=folder,
        env=cli_env(folder),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _kill(process: subprocess.Popen[bytes], delay: float, started: Path | None = None) -> None:
    """SIGKILL `delay` seconds after `started` appears (or after the start)."""
    deadline = time.monotonic() + 60
    while started is not None and not started.exists() and process.poll() is None:
        assert time.monotonic() < deadline, "the build never started"
        time.sleep(0.01)
    time.sleep(delay)
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)


def _assert_whole(demo: DemoFile) -> None:
    assert demo.finished, "no DEMO_FINISHED marker"
    assert (demo.people, demo.customers) == (PEOPLE, CUSTOMERS)
    assert demo.visits > 1000 and demo.assessments > 400


def test_a_new_file_killed_at_any_point_is_absent_or_whole(tmp_path: Path) -> None:
    target = tmp_path / "demo.sqlite3"
    building = tmp_path / "demo.sqlite3.building"
    interrupted = 0
    for delay in KILL_AFTER:
        _kill(_start(tmp_path, target.name), delay, building)
        if target.exists():  # the kill came after the move: then it is whole
            _assert_whole(read_demo_file(target))
            target.unlink()  # and the next kill meets a fresh start again
        else:
            interrupted += 1
            assert building.exists()  # what the next run must clear away
    assert interrupted >= 2, "the builds finished before the kills: kill earlier"
    ran = run_cli(["demo", "--database", target.name], tmp_path)
    assert ran.code == 0 and ran.err == "", ran.err
    assert f"{PEOPLE} people and {CUSTOMERS} customers" in ran.out
    _assert_whole(read_demo_file(target))
    leftovers = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("demo.sqlite3."))
    assert leftovers == []
    again = run_cli(["demo", "--database", target.name], tmp_path)
    assert again.code == 0 and "already holds the demo office" in again.out


def test_an_existing_empty_file_is_filled_in_one_transaction(tmp_path: Path) -> None:
    target = tmp_path / "office.sqlite3"
    open_database(str(target), create=True).close()
    _kill(_start(tmp_path, target.name), 1.8)
    demo = read_demo_file(target)
    assert demo.customers == 0 or demo.finished, "a half-built office was left"
    ran = run_cli(["demo", "--database", target.name], tmp_path)
    assert ran.code == 0, ran.err
    _assert_whole(read_demo_file(target))


def test_the_demo_file_without_a_finished_office_is_rebuilt(tmp_path: Path) -> None:
    """The default demo file (ours alone) holding a half-built office from an older program
    is built anew; a file named by the user is refused instead (tests/commands/test_abuse)."""
    target = tmp_path / "data" / "demo.sqlite3"
    ran = run_cli(["demo"], tmp_path)
    assert ran.code == 0 and target.is_file(), ran.err
    con = sqlite3.connect(target)
    con.execute("DELETE FROM setting WHERE key = 'office.demo_finished'")
    con.execute("DELETE FROM visit")
    con.commit()
    con.close()
    rebuilt = run_cli(["demo"], tmp_path)
    assert rebuilt.code == 0 and "demo office with" in rebuilt.out, rebuilt.err
    _assert_whole(read_demo_file(target))


@pytest.fixture
def empty_postgres() -> Iterator[str]:
    """A database of its own on the test server, dropped afterwards."""
    if not PG_URL:
        pytest.skip("DESKTOP_CRM_TEST_PG not set")
    import psycopg

    name = "crm_h_e_demo_kill"
    base, _, _ = PG_URL.rpartition("/")
    with psycopg.connect(PG_URL, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    yield f"{base}/{name}"
    with psycopg.connect(PG_URL, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _pg_demo(url: str) -> tuple[int, int, int, str]:
    import psycopg

    with psycopg.connect(url) as con:

        def count(table: str) -> int:
            row = con.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()
            return int(row[0]) if row else 0

        marker = con.execute(
            "SELECT value FROM setting WHERE key = 'office.demo_finished'"
        ).fetchone()
        return count("user"), count("customer"), count("visit"), marker[0] if marker else ""


def _wait_for_the_build(url: str, process: subprocess.Popen[bytes]) -> None:
    """Until the schema is committed and the build's transaction is open on the server."""
    import psycopg

    name = url.rpartition("/")[2]
    deadline = time.monotonic() + 60
    with psycopg.connect(url, autocommit=True) as watch:
        while process.poll() is None and time.monotonic() < deadline:
            row = watch.execute(
                "SELECT to_regclass('public.setting') IS NOT NULL AND EXISTS (SELECT 1 FROM "
                "pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid() "
                "AND xact_start IS NOT NULL AND query ILIKE 'INSERT%%')",
                (name,),
            ).fetchone()
            if row and row[0]:
                return
            time.sleep(0.02)


def test_postgres_killed_mid_build_keeps_nothing(tmp_path: Path, empty_postgres: str) -> None:
    process = _start(tmp_path, empty_postgres)
    _wait_for_the_build(empty_postgres, process)
    _kill(process, 0.6)
    people, customers, visits, finished = _pg_demo(empty_postgres)
    assert customers == visits == 0 or finished, "a half-built office was left"
    assert not finished, "the build finished before the kill: kill earlier"
    ran = run_cli(["demo", "--database", empty_postgres], tmp_path)
    assert ran.code == 0, ran.err
    people, customers, visits, finished = _pg_demo(empty_postgres)
    assert (people, customers) == (PEOPLE, CUSTOMERS) and visits > 1000 and finished
