"""`desktop-crm report summary --month YYYY-MM | --week YYYY-Www [--rep NAME] -o FILE.pdf`
(issue 12, item 4): the month or the week, a rep's own report, and every wrong period refused in
one line with status 2, no traceback, no file."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from owner_office import build_office

from desktop_crm.cli import main
from desktop_crm.models.db import open_database
from desktop_crm.services.people.users import ensure_owner


@pytest.fixture
def office_file(tmp_path: Path) -> str:
    path = str(tmp_path / "office.sqlite3")
    database = open_database(path, create=True)
    build_office(ensure_owner("张总"))
    database.close()
    return path


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def _run(office_file: str, tmp_path: Path, *arguments: str) -> Path:
    out = tmp_path / "summary.pdf"
    argv = ["report", "summary", *arguments, "--database", office_file, "--lang", "en"]
    assert main([*argv, "-o", str(out)]) == 0
    return out


def test_a_month_a_week_and_a_reps_report(
    office_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _text(_run(office_file, tmp_path, "--month", "2026-12"))
    assert "Monthly summary" in text and "December 2026" in text
    assert "¥3,600.00" in text and "王建国" in text and "李娜" in text  # the office's sales
    assert "summary.pdf: " in capsys.readouterr().out
    week = _text(_run(office_file, tmp_path, "--week", "2026-W49"))
    assert "Weekly summary" in week and "2026-W49" in week
    mine = _text(_run(office_file, tmp_path, "--month", "2026-12", "--rep", "王建国"))
    assert "Monthly report of 王建国" in mine and "¥3,000.00" in mine
    assert "李娜" not in mine


@pytest.mark.parametrize(
    ("arguments", "says"),
    [
        (["--month", "2026-13"], "not a month (YYYY-MM): '2026-13'"),
        (["--month", "2026-W49"], "not a month (YYYY-MM)"),
        (["--month", "12/2026"], "not a month (YYYY-MM)"),
        (["--week", "2026-W60"], "not an ISO week (YYYY-Www): '2026-W60'"),
        (["--week", "2025-W53"], "not an ISO week"),  # 2025 has 52
        (["--week", "2026-12"], "not an ISO week"),
        (["--month", "2026-12", "--week", "2026-W49"], "not allowed with argument"),
        ([], "one of the arguments --month --week is required"),
    ],
)
def test_a_wrong_period_is_refused_in_one_line(
    office_file: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    says: str,
) -> None:
    out = tmp_path / "x.pdf"
    with pytest.raises(SystemExit) as exit_:
        main(["report", "summary", *arguments, "--database", office_file, "-o", str(out)])
    assert exit_.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and says in err[0] and "Traceback" not in err[0]
    assert not out.exists()


def test_an_unknown_rep_is_refused(
    office_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    argv = ["report", "summary", "--month", "2026-12", "--rep", "无名", "--database", office_file]
    assert main([*argv, "-o", str(out)]) == 2
    assert "no rep named '无名'" in capsys.readouterr().err
    assert not out.exists()
