"""Abused command lines, run as real subprocesses: each ends with the documented exit status
(README, "Headless commands"; `desktop_crm.commands.EXIT_*`), exactly one non-empty line on
stderr and never a traceback; a mistyped --database creates nothing.

All lines run at once (a thread pool of subprocesses) against one demo office built once for
the module; the PostgreSQL lines run against the real server of DESKTOP_CRM_TEST_PG.
"""

from __future__ import annotations

import os
import random
import shutil
import socket
import sqlite3
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from cli_runs import Ran, permissions_apply, read_demo_file, run_cli, shared_folder
from conftest import PG_URL

from desktop_crm.commands import (
    EXIT_FAILED,
    EXIT_NO_DATABASE,
    EXIT_OK,
    EXIT_REFUSED,
)
from desktop_crm.demo.office import DEMO_OWNER, DEMO_PASSWORD

DEMO = ["--database", "demo.sqlite3"]
# Every case acts as the demo office's owner (its people's password is "demo").
DEMO_SIGN_IN = {"DESKTOP_CRM_USER": DEMO_OWNER, "DESKTOP_CRM_PASSWORD": DEMO_PASSWORD}
SHEET = ["visit-sheet", "--rep", "王建国", "--lang", "en"]
WEEK = ["week-plan", "--rep", "王建国", "--lang", "en"]
ICS = ["export-ics", "--rep", "王建国"]
PORTFOLIO = ["report", "portfolio", "--lang", "en"]
ASSESSMENT = ["report", "assessment", "--customer", "1", "--lang", "en"]


@dataclass(frozen=True)
class Case:
    """One abused command line: what it is, the exit status and a part of the one line."""

    name: str
    argv: list[str | bytes]
    code: int
    says: str
    unprivileged: bool = False  # run as nobody when root, so permissions apply
    postgres: bool = False
    not_created: tuple[str, ...] = field(default=())  # paths that must not exist afterwards


def _pg_url(**parts: str) -> str:
    """DESKTOP_CRM_TEST_PG with some of its parts replaced (password, host, port, database)."""
    url = urlsplit(PG_URL)
    user = url.username or ""
    password = parts.get("password", url.password or "")
    host = parts.get("host", url.hostname or "localhost")
    port = parts.get("port", str(url.port or 5432))
    path = "/" + parts.get("database", url.path.lstrip("/"))
    return urlunsplit((url.scheme, f"{user}:{password}@{host}:{port}", path, "", ""))


def _closed_port() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return str(probe.getsockname()[1])  # nothing listens once it is closed


def _cases() -> list[Case]:
    pdf = ["-o", "out.pdf"]
    cases = [
        # the output: a folder, a missing folder, a folder nobody may write in, a full disk
        Case("portfolio-to-folder", [*PORTFOLIO, *DEMO, "-o", "afolder"], EXIT_FAILED, "folder"),
        Case("assessment-to-folder", [*ASSESSMENT, *DEMO, "-o", "afolder"], EXIT_FAILED, "folder"),
        Case(
            "portfolio-missing-folder",
            [*PORTFOLIO, *DEMO, "-o", "nowhere/out.pdf"],
            EXIT_FAILED,
            "no folder nowhere",
            not_created=("nowhere",),
        ),
        Case(
            "assessment-missing-folder",
            [*ASSESSMENT, *DEMO, "-o", "nowhere/out.pdf"],
            EXIT_FAILED,
            "no folder nowhere",
        ),
        Case(
            "portfolio-unwritable-folder",
            [*PORTFOLIO, *DEMO, "-o", "readonly/out.pdf"],
            EXIT_FAILED,
            "permission denied",
            unprivileged=True,
        ),
        Case(
            "assessment-unwritable-folder",
            [*ASSESSMENT, *DEMO, "-o", "readonly/out.pdf"],
            EXIT_FAILED,
            "permission denied",
            unprivileged=True,
        ),
        Case(
            "sheet-disk-full",
            [*SHEET, "--date", "2026-12-01", *DEMO, "-o", "/dev/full"],
            EXIT_FAILED,
            "No space left",
        ),
        Case(
            "ics-to-folder",
            [*ICS, "--from", "2026-12-01", "--to", "2026-12-31", *DEMO, "-o", "afolder"],
            EXIT_FAILED,
            "folder",
        ),
        # the database: not one, broken, too new, read-only, mistyped
        Case(
            "db-is-folder", [*PORTFOLIO, "--database", "afolder", *pdf], EXIT_NO_DATABASE, "folder"
        ),
        Case(
            "db-random-bytes", [*PORTFOLIO, "--database", "random.sqlite3", *pdf], 3, "not SQLite"
        ),
        Case("db-text-file", [*PORTFOLIO, "--database", "notes.txt", *pdf], 3, "not SQLite"),
        Case("db-truncated", [*PORTFOLIO, "--database", "truncated.sqlite3", *pdf], 3, "malformed"),
        Case("db-newer-schema", [*PORTFOLIO, "--database", "newer.sqlite3", *pdf], 3, "newer"),
        Case(
            "db-read-only-folder",
            [*PORTFOLIO, "--database", "readonly/demo.sqlite3", "-o", "/tmp/never-written.pdf"],
            EXIT_NO_DATABASE,
            "readonly",
            unprivileged=True,
            not_created=("/tmp/never-written.pdf",),
        ),
        Case(
            "db-mistyped",
            [*PORTFOLIO, "--database", "demo.sqlit3", *pdf],
            EXIT_NO_DATABASE,
            "no database at demo.sqlit3",
            not_created=("demo.sqlit3", "out.pdf"),
        ),
        Case(
            "db-missing-folders",
            [*SHEET, "--date", "2026-12-01", "--database", "a/b/crm.sqlite3", *pdf],
            EXIT_NO_DATABASE,
            "no database at a/b/crm.sqlite3",
            not_created=("a",),
        ),
        Case(
            "db-default-missing",
            [*PORTFOLIO, *pdf],
            EXIT_NO_DATABASE,
            "no database at",
            not_created=("data",),
        ),
        Case(
            "demo-missing-folder",
            ["demo", "--database", "nofolder/demo.sqlite3"],
            EXIT_NO_DATABASE,
            "no folder nofolder",
            not_created=("nofolder",),
        ),
        Case(
            "demo-over-another-office",
            ["demo", "--database", "office.sqlite3"],
            EXIT_REFUSED,
            "no finished demo office",
        ),
        # arguments
        Case(
            "id-too-large", [*ASSESSMENT[:2], "--customer", "9" * 20, *DEMO, *pdf], 2, "not an id"
        ),
        Case(
            "id-not-a-number", [*ASSESSMENT[:2], "--customer", "abc", *DEMO, *pdf], 2, "not an id"
        ),
        Case("id-zero", [*ASSESSMENT[:2], "--customer", "0", *DEMO, *pdf], 2, "not an id"),
        Case("id-unknown", [*ASSESSMENT[:2], "--customer", "99999", *DEMO, *pdf], 2, "no customer"),
        Case(
            "rep-undecodable",
            ["visit-sheet", "--rep", b"\xff\xfe", "--date", "2026-12-01", *DEMO, *pdf],
            EXIT_REFUSED,
            "not valid text",
        ),
        Case(
            "ics-rep-undecodable",
            [*ICS[:2], b"\xc3", "--from", "2026-12-01", "--to", "2026-12-02", *DEMO, *pdf],
            EXIT_REFUSED,
            "not valid text",
        ),
        Case(
            "rep-unknown",
            ["week-plan", "--rep", "无名", "--week", "2026-W49", *DEMO, *pdf],
            2,
            "no rep",
        ),
        Case("lang-bad", [*PORTFOLIO, *DEMO, "--lang", "xx", *pdf], EXIT_REFUSED, "invalid choice"),
        Case("window-lang-bad", ["--lang", "klingon"], EXIT_REFUSED, "invalid choice"),
        Case("command-unknown", ["frobnicate", *DEMO], EXIT_REFUSED, "invalid choice"),
        Case("report-unknown", ["report", "sales", *DEMO, *pdf], EXIT_REFUSED, "invalid choice"),
        Case("output-missing", [*PORTFOLIO, *DEMO], EXIT_REFUSED, "required: -o/--output"),
        # dates near the ends of the calendar, and dates that are none
        Case("sheet-9999-12-31", [*SHEET, "--date", "9999-12-31", *DEMO, *pdf], 2, "outside"),
        Case("sheet-0001-01-01", [*SHEET, "--date", "0001-01-01", *DEMO, *pdf], 2, "outside"),
        Case("sheet-2026-02-30", [*SHEET, "--date", "2026-02-30", *DEMO, *pdf], 2, "not a date"),
        Case("week-9999-W52", [*WEEK, "--week", "9999-W52", *DEMO, *pdf], 2, "outside"),
        Case("week-0001-W01", [*WEEK, "--week", "0001-W01", *DEMO, *pdf], 2, "outside"),
        Case("week-2026-W60", [*WEEK, "--week", "2026-W60", *DEMO, *pdf], 2, "not an ISO week"),
        Case(
            "ics-year-9999",
            [*ICS, "--from", "9999-12-01", "--to", "9999-12-31", *DEMO, "-o", "x.ics"],
            EXIT_REFUSED,
            "outside",
        ),
        Case(
            "ics-year-0001",
            [*ICS, "--from", "0001-01-01", "--to", "0001-01-31", *DEMO, "-o", "x.ics"],
            EXIT_REFUSED,
            "outside",
        ),
        Case(
            "ics-backwards",
            [*ICS, "--from", "2026-12-31", "--to", "2026-12-01", *DEMO, "-o", "x.ics"],
            EXIT_REFUSED,
            "before --from",
        ),
    ]
    if PG_URL:
        cases += [
            Case(
                "pg-server-down",
                [*PORTFOLIO, "--database", _pg_url(port=_closed_port()), *pdf],
                EXIT_NO_DATABASE,
                "cannot open the database",
                postgres=True,
            ),
            Case(
                "pg-wrong-password",
                [*PORTFOLIO, "--database", _pg_url(password="not-the-password"), *pdf],
                EXIT_NO_DATABASE,
                "password authentication failed",
                postgres=True,
            ),
            Case(
                "pg-missing-database",
                [*PORTFOLIO, "--database", _pg_url(database="crm_h_e_missing"), *pdf],
                EXIT_NO_DATABASE,
                'database "crm_h_e_missing" does not exist',
                postgres=True,
            ),
            Case(
                "pg-unknown-host",
                [*PORTFOLIO, "--database", _pg_url(host="no-such-host.invalid"), *pdf],
                EXIT_NO_DATABASE,
                "no-such-host.invalid",
                postgres=True,
            ),
        ]
    return cases


CASES = _cases()


def _prepare(folder: Path) -> None:
    """The demo office (built by the command itself) and the broken files beside it."""
    built = run_cli(["demo", "--database", "demo.sqlite3"], folder)
    assert built.code == EXIT_OK, built.err
    demo = folder / "demo.sqlite3"
    (folder / "afolder").mkdir()
    (folder / "notes.txt").write_text("not a database\n")
    (folder / "random.sqlite3").write_bytes(random.Random(9).randbytes(20_000))
    (folder / "truncated.sqlite3").write_bytes(demo.read_bytes()[:30_000])
    for name, sql in (
        ("newer.sqlite3", "INSERT INTO schema_version (version) VALUES (999)"),
        ("office.sqlite3", "DELETE FROM setting WHERE key = 'office.demo_finished'"),
    ):
        shutil.copy(demo, folder / name)
        con = sqlite3.connect(folder / name)
        con.execute(sql)
        con.commit()
        con.close()
    readonly = folder / "readonly"
    readonly.mkdir()
    shutil.copy(demo, readonly / "demo.sqlite3")
    (readonly / "demo.sqlite3").chmod(0o444)
    readonly.chmod(0o555)


@pytest.fixture(scope="module")
def results() -> Iterator[tuple[Path, dict[str, Ran]]]:
    """Every case run once, in parallel, in one folder holding the demo office."""
    folder = shared_folder("crm-abuse-")
    try:
        _prepare(folder)
        with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
            runs = {
                case.name: pool.submit(
                    run_cli, case.argv, folder, unprivileged=case.unprivileged, **DEMO_SIGN_IN
                )
                for case in CASES
            }
            yield folder, {name: run.result() for name, run in runs.items()}
    finally:
        (folder / "readonly").chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)


def test_there_are_enough_abused_lines() -> None:
    assert len([c for c in CASES if not c.postgres]) >= 31


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_one_line_and_the_documented_status(
    case: Case, results: tuple[Path, dict[str, Ran]]
) -> None:
    if case.unprivileged and not permissions_apply():
        pytest.skip("as root, and user nobody cannot run this Python: permissions would not apply")
    folder, ran = results[0], results[1][case.name]
    assert "Traceback" not in ran.err, ran.err
    assert len(ran.err_lines) == 1 and ran.err_lines[0].strip(), ran.err
    assert case.says in ran.err, ran.err
    assert ran.code == case.code, ran.err
    for name in case.not_created:
        assert not (folder / name).exists(), f"{name} was created"


def test_a_password_is_never_printed(results: tuple[Path, dict[str, Ran]]) -> None:
    if "pg-wrong-password" not in results[1]:
        pytest.skip("DESKTOP_CRM_TEST_PG not set")
    ran = results[1]["pg-wrong-password"]
    assert "not-the-password" not in ran.err and ":***@" in ran.err


def test_the_demo_office_is_whole(results: tuple[Path, dict[str, Ran]]) -> None:
    demo = read_demo_file(results[0] / "demo.sqlite3")
    assert demo.finished and demo.customers == 500 and demo.visits > 0 and demo.assessments > 0
