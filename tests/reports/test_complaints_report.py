"""The complaints report (issue 13, items 2 and 6) on the hand-worked office of
tests/owner_office.py, judged at 16 Dec 2026 12:00 UTC: December's five complaints (k6 is in the
trash) — k1 on time; k2 resolved late, k3 and k4 open past their deadline: 3 late; k5 not due
yet. Causes: inattention k1 k2 k5 (3, 60 %), not heard k4 (1, 80 %), misinformation k3 (1,
100 %). The command line's month, and its refusals."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest
from owner_office import build_office

from desktop_crm.cli import main
from desktop_crm.models.db import open_database
from desktop_crm.reports.complaints_report import ComplaintsParameters
from desktop_crm.reports.registry import find_report
from desktop_crm.services.common.errors import PermissionDenied
from desktop_crm.services.context import AppContext
from desktop_crm.services.owner.figures import Period
from desktop_crm.services.people.users import ensure_owner
from desktop_crm.translator import translate_function

DEC = Period.month(2026, 12)
NOW = dt.datetime(2026, 12, 16, 12)


@pytest.fixture
def office(sqlite_ctx: AppContext) -> SimpleNamespace:
    return build_office(sqlite_ctx.user)


def _text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "complaints.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def _report(actor: object, tmp_path: Path, lang: str = "en", rep_id: int | None = None) -> str:
    data = find_report("complaints").pdf(
        actor,  # type: ignore[arg-type]
        ComplaintsParameters(DEC, rep_id, now=NOW),
        translate_function(lang),
        lang,
    )
    return _text(data, tmp_path)


def _cells(text: str, label: str) -> list[str]:
    """The cells of the first table line starting with `label` (a count in its second cell:
    the chart's labels along its axis are no table line)."""
    for line in text.splitlines():
        cells = re.split(r"\s{2,}", line.strip())
        if line.strip().startswith(label) and (len(cells) == 1 or cells[1][:1].isdigit()):
            return cells
    raise AssertionError(f"no line {label!r} in\n{text}")


def test_the_office_report(office: SimpleNamespace, tmp_path: Path) -> None:
    text = _report(office.owner, tmp_path)
    assert "Complaints and their causes" in text and "December 2026" in text
    assert _cells(text, "Complaints received") == ["Complaints received", "5"]
    assert _cells(text, "Resolved on time") == ["Resolved on time", "1"]
    assert _cells(text, "Late (resolved late")[-1] == "3"
    assert _cells(text, "Open, not yet due") == ["Open, not yet due", "1"]
    assert _cells(text, "On time, of those")[-1] == "25.0 %"  # 1 of 1 + 3
    assert _cells(text, "Inattention (not cared for)") == [
        "Inattention (not cared for)", "3", "60.0 %", "60.0 %",
    ]  # fmt: skip
    assert _cells(text, "Wants to be heard")[1:] == ["1", "20.0 %", "80.0 %"]
    assert _cells(text, "Wrong information")[1:] == ["1", "20.0 %", "100.0 %"]
    assert _cells(text, "李娜")[:3] == ["李娜", "2", "2"]  # k2 k3, both late
    assert _cells(text, "王建国")[:3] == ["王建国", "2", "0"]  # k1 on time, k5 not due
    assert _cells(text, "(pool)") == ["(pool)", "1", "1"]  # k4
    assert "The complaints (5)" in text
    assert text.count("open, late") == 2 and "resolved late" in text  # k3 k4; k2
    assert "庚" not in text  # k6's customer is in the trash


def test_a_reps_report_and_chinese(office: SimpleNamespace, tmp_path: Path) -> None:
    for who in (office.owner, office.b):
        text = _report(who, tmp_path, rep_id=office.b.id)
        assert "Complaints of 李娜" in text and "The complaints (2)" in text
        assert "王建国" not in text and "By rep" not in text
    assert "Complaints of 王建国" in _report(office.a, tmp_path)  # a rep's own, unasked
    with pytest.raises(PermissionDenied):
        _report(office.a, tmp_path, rep_id=office.b.id)
    chinese = _report(office.owner, tmp_path, "zh_CN")
    assert "投诉" in chinese and "2026年12月" in chinese and "怠慢" in chinese


@pytest.fixture
def office_file(tmp_path: Path) -> str:
    path = str(tmp_path / "office.sqlite3")
    database = open_database(path, create=True)
    build_office(ensure_owner("张总"))
    database.close()
    return path


def test_the_command_line(
    office_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "c.pdf"
    argv = ["report", "complaints", "--month", "2026-12", "--database", office_file]
    assert main([*argv, "--lang", "en", "-o", str(out)]) == 0
    text = _text(out.read_bytes(), tmp_path)
    assert "Complaints received" in text and "The complaints (5)" in text
    assert "c.pdf: " in capsys.readouterr().out
    bad = tmp_path / "bad.pdf"
    with pytest.raises(SystemExit) as exit_:
        main(["report", "complaints", "--month", "2026-13", "--database", office_file,
              "-o", str(bad)])  # fmt: skip
    assert exit_.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not a month (YYYY-MM)" in err[0] and not bad.exists()
