"""The owner summary PDF (issue 12, items 4 and 8) on the hand-worked office of
tests/owner_office.py: its text holds the figures worked out there, a rep's report holds only
that rep's rows, the lists are capped, the CJK font is embedded, Chinese reads in Chinese."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest
from owner_office import TODAY, build_office

from desktop_crm.models.core import User
from desktop_crm.models.visits import Visit
from desktop_crm.reports.registry import find_report
from desktop_crm.reports.summary_report import SummaryParameters, day_text, period_text
from desktop_crm.services.common.errors import PermissionDenied
from desktop_crm.services.context import AppContext
from desktop_crm.services.owner.figures import Period
from desktop_crm.translator import translate_function

DEC = Period.month(2026, 12)


@pytest.fixture
def office(sqlite_ctx: AppContext) -> SimpleNamespace:
    return build_office(sqlite_ctx.user)


def _pdf(actor: object, tmp_path: Path, lang: str = "en", **parameters: object) -> Path:
    values: dict[str, object] = {"period": DEC, "today": TODAY, **parameters}
    data = find_report("summary").pdf(
        actor,  # type: ignore[arg-type]
        SummaryParameters(**values),  # type: ignore[arg-type]
        translate_function(lang),
        lang,
    )
    path = tmp_path / f"summary-{lang}.pdf"
    path.write_bytes(data)
    return path


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def _line(text: str, label: str) -> list[str]:
    """The cells of the first line starting with `label` (columns split by 2+ spaces)."""
    for line in text.splitlines():
        if line.strip().startswith(label):
            return re.split(r"\s{2,}", line.strip())
    raise AssertionError(f"no line {label!r} in\n{text}")


def test_the_office_summary_holds_the_hand_worked_figures(
    office: SimpleNamespace, tmp_path: Path
) -> None:
    text = _text(_pdf(office.owner, tmp_path))
    assert "Monthly summary" in text and "December 2026" in text
    assert "Compared with November 2026" in text
    assert _line(text, "Sales ")[:4] == ["Sales", "¥3,600.00", "¥1,000.00", "+¥2,600.00"]
    assert _line(text, "Visits done")[:4] == ["Visits done", "3", "1", "+2"]
    assert _line(text, "Close rate")[:2] == ["Close rate", "66.7 %"]  # 2 won of 3 closed
    assert _line(text, "New customers")[:2] == ["New customers", "1"]  # c6
    assert _line(text, "Visits against the standard")[:2] == [
        "Visits against the standard",
        "1.7 %",  # 3 / (15 a day × 12 workdays)
    ]
    assert _line(text, "Overdue next actions")[:2] == ["Overdue next actions", "2"]
    assert _line(text, "Past visits without a result")[:2] == ["Past visits without a result", "1"]
    # a row per rep: visits done, standard, against it, sales, close rate, new, overdue
    assert _line(text, "王建国") == ["王建国", "1", "120", "0.8 %", "¥3,000.00", "50.0 %", "0", "1"]
    assert _line(text, "李娜") == ["李娜", "2", "60", "3.3 %", "¥600.00", "100.0 %", "1", "1"]
    assert _line(text, "Office") == ["Office", "3", "180", "1.7 %", "¥3,600.00", "66.7 %", "1", "2"]
    # the action lists: v6 then v1; v3; the pool's 戊 and 己 never visited, then 乙
    assert "Overdue follow-ups (2)" in text
    assert _line(text, "5 Dec 2026") == ["5 Dec 2026", "丁", "李娜", "报价"]
    assert _line(text, "10 Dec 2026") == ["10 Dec 2026", "甲", "王建国", "送样品"]
    assert "Past visits without a result (1)" in text
    assert _line(text, "14 Dec 2026") == ["14 Dec 2026", "丙", "李娜", "回访"]
    assert "Key customers not visited for 30 days (3)" in text
    assert _line(text, "戊") == ["戊", "(pool)", "D", "never"]  # no revenue: tier D
    assert _line(text, "己") == ["己", "李娜", "D", "never"]
    assert _line(text, "乙") == ["乙", "王建国", "A", "10 Nov 2026"]
    assert "Complaints handled late (2)" in text
    assert _line(text, "11 Dec 2026") == ["11 Dec 2026", "戊", "(pool)", "发票开错"]
    assert _line(text, "13 Dec 2026") == ["13 Dec 2026", "丁", "李娜", "送货晚了"]
    assert "庚" not in text  # in the trash


def test_a_reps_report_holds_only_their_rows(office: SimpleNamespace, tmp_path: Path) -> None:
    for who in (office.owner, office.a):  # the office asking for A's, and A themself
        text = _text(_pdf(who, tmp_path, rep_id=office.a.id))
        assert "Monthly report of 王建国" in text
        assert _line(text, "Sales ")[:2] == ["Sales", "¥3,000.00"]
        assert _line(text, "王建国")[:3] == ["王建国", "1", "120"]
        assert "李娜" not in text and "丁" not in text and "丙" not in text and "戊" not in text
        assert "Overdue follow-ups (1)" in text and "送样品" in text
        assert "Week of 30 Nov 2026" in text  # a rep's visits by week
    # a rep asking for the office's summary gets their own report; another rep's is refused
    assert "李娜" not in _text(_pdf(office.a, tmp_path))
    with pytest.raises(PermissionDenied):
        _pdf(office.a, tmp_path, rep_id=office.b.id)


def test_the_lists_are_capped_with_and_n_more(office: SimpleNamespace, tmp_path: Path) -> None:
    for n in range(12):
        Visit.create(
            customer=office.c1, rep=office.a.id, start=dt.datetime(2026, 12, 15, 8, n),
            status="planned", matter=f"补录{n:02d}",
        )  # fmt: skip
    text = _text(_pdf(office.owner, tmp_path))
    assert "Past visits without a result (13)" in text  # v3 and the 12
    assert "… and 3 more." in text
    assert sum(1 for n in range(12) if f"补录{n:02d}" in text) == 9  # v3 is the first of 10


def test_the_weekly_summary_and_chinese(office: SimpleNamespace, tmp_path: Path) -> None:
    week = Period.week(2026, 49)  # Mon 30 Nov .. Sun 6 Dec
    text = _text(_pdf(office.owner, tmp_path, period=week))
    assert "Weekly summary" in text and "2026-W49 (30 Nov 2026 – 6 Dec 2026)" in text
    assert _line(text, "Visits done")[:3] == ["Visits done", "3", "0"]  # v1 v4 v6; W48 none
    path = _pdf(office.owner, tmp_path, "zh_CN")
    chinese = _text(path)
    assert "月度总结" in chinese and "2026年12月" in chinese
    assert "¥3,600.00" in chinese and "2026年12月5日" in chinese
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True).stdout
    rows = fonts.decode().splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows)  # every font embedded
    assert any("WenQuanYi" in row for row in rows)


def test_dates_and_periods_follow_the_language() -> None:
    assert day_text(dt.date(2026, 12, 2), "zh_CN") == "2026年12月2日"
    assert day_text(dt.date(2026, 12, 2), "en") == "2 Dec 2026"
    assert period_text(Period.month(2026, 1), "zh_TW") == "2026年1月"
    assert period_text(Period.week(2026, 53), "zh_CN").startswith("2026年第53周")


def test_fifty_reps_go_on_over_the_pages(office: SimpleNamespace, tmp_path: Path) -> None:
    for n in range(50):
        User.create(name=f"业务员{n:02d}", role="rep")
    text = _text(_pdf(office.owner, tmp_path))  # the per-rep chart in parts: no LayoutError
    assert _line(text, "业务员49")[:3] == ["业务员49", "0", "120"]  # 10 a day × 12 workdays
    assert text.count("业务员49") == 2  # its table row and its bar's label
