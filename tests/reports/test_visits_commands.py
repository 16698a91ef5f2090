"""The headless visit commands: PDFs and .ics written; unknown rep or bad date → exit 2."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from desktop_crm.cli import main
from desktop_crm.models.core import Customer, User
from desktop_crm.models.db import open_database
from desktop_crm.services import visits as vs
from desktop_crm.services.people.users import ensure_owner


@pytest.fixture
def office_file(tmp_path: Path) -> str:
    path = str(tmp_path / "office.sqlite3")
    database = open_database(path, create=True)
    rep = User.create(name="李晓梅", role="rep")
    customer = Customer.create(name="周一", company="南京鑫隆五金商行", owner_rep=rep.id)
    vs.plan_visit(
        ensure_owner(), vs.VisitDraft(customer.id, rep.id, dt.datetime(2026, 3, 4, 10, 15), 45)
    )
    database.close()
    return path


def test_visit_sheet_command(office_file: str, tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    code = main(
        [
            "visit-sheet",
            "--database",
            office_file,
            "--rep",
            "李晓梅",
            "--date",
            "2026-03-04",
            "-o",
            str(out),
            "--lang",
            "en",
        ]
    )
    assert code == 0
    text = PdfReader(str(out)).pages[0].extract_text()
    assert "南京鑫隆五金商行" in text and "10:15" in text


def test_week_plan_and_ics_commands(office_file: str, tmp_path: Path) -> None:
    pdf = tmp_path / "week.pdf"
    assert (
        main(
            [
                "week-plan",
                "--database",
                office_file,
                "--rep",
                "李晓梅",
                "--week",
                "2026-W10",
                "-o",
                str(pdf),
                "--lang",
                "en",
            ]
        )
        == 0
    )
    assert "2026-W10" in PdfReader(str(pdf)).pages[0].extract_text()
    ics = tmp_path / "visits.ics"
    assert (
        main(
            [
                "export-ics",
                "--database",
                office_file,
                "--rep",
                "李晓梅",
                "--from",
                "2026-03-01",
                "--to",
                "2026-03-07",
                "-o",
                str(ics),
            ]
        )
        == 0
    )
    (event,) = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert event.decoded("dtstart").strftime("%Y-%m-%d %H:%M %Z") == "2026-03-04 10:15 CST"


def test_unknown_rep_exits_2(
    office_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "visit-sheet",
            "--database",
            office_file,
            "--rep",
            "没有这个人",
            "--date",
            "2026-03-04",
            "-o",
            str(tmp_path / "x.pdf"),
        ]
    )
    assert code == 2
    assert "no rep named '没有这个人'" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["visit-sheet", "--rep", "李晓梅", "--date", "2026-02-30", "-o", "x.pdf"],
        ["week-plan", "--rep", "李晓梅", "--week", "2026-W99", "-o", "x.pdf"],
        [
            "export-ics",
            "--rep",
            "李晓梅",
            "--from",
            "yesterday",
            "--to",
            "2026-03-07",
            "-o",
            "x.ics",
        ],
    ],
)
def test_bad_dates_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2
    assert "error: argument" in capsys.readouterr().err


def test_to_before_from_exits_2(office_file: str, tmp_path: Path) -> None:
    assert (
        main(
            [
                "export-ics",
                "--database",
                office_file,
                "--rep",
                "李晓梅",
                "--from",
                "2026-03-07",
                "--to",
                "2026-03-01",
                "-o",
                str(tmp_path / "x.ics"),
            ]
        )
        == 2
    )
