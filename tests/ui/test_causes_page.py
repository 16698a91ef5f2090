"""pytest-qt drives the cause-analysis page (issue 13, item 2) on the hand-worked office of
tests/owner_office.py: December's five complaints (k6's customer is in the trash) by cause —
inattention 3 (k1 k2 k5), then not heard 1 (k4), misinformation 1 (k3), cumulative 60, 80,
100 % — by rep, narrowed to one rep; the report button opens the report's preview."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from owner_office import TODAY, build_office
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from desktop_crm.services.context import AppContext
from desktop_crm.ui.aftersale.causes_page import LAST_MONTH, THIS_MONTH, CausesPage, span_of
from desktop_crm.ui.common.print_preview import latest_preview
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.runner import SyncRunner


@pytest.fixture
def page(qtbot: Any, sqlite_ctx: AppContext) -> CausesPage:
    office = build_office(sqlite_ctx.user)
    shown = CausesPage(UiContext(app=sqlite_ctx, runner=SyncRunner(), lang="en"), today=TODAY)
    shown.office = office  # type: ignore[attr-defined]
    qtbot.addWidget(shown)
    shown.resize(1000, 700)
    shown.show()
    qtbot.waitExposed(shown)
    shown.span_combo.setCurrentIndex(THIS_MONTH)
    return shown


def _column(table: Any, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_december_by_cause_and_rep(page: CausesPage) -> None:
    assert page.chart.labels == [
        "Inattention (not cared for)", "Wants to be heard", "Wrong information or misunderstanding",
    ]  # fmt: skip
    assert page.chart.counts == [3, 1, 1]
    assert page.chart.cumulative == [60.0, 80.0, 100.0]
    assert page.strip.text().startswith("5 complaints")
    assert _column(page.reps, 0) == ["李娜", "王建国", "(pool)"]
    assert _column(page.reps, 1) == ["2", "2", "1"]  # k2 k3; k1 k5; k4
    assert _column(page.products, 0) == ["(no product named)"]
    assert _column(page.months, 1) == ["5"]


def test_one_rep_and_another_span(page: CausesPage) -> None:
    office = page.office  # type: ignore[attr-defined]
    page.rep_combo.setCurrentIndex(page.rep_combo.findData(office.b.id))
    assert page.chart.counts == [1, 1]  # k2 inattention, k3 misinformation
    assert page.strip.text().startswith("2 complaints")
    page.span_combo.setCurrentIndex(LAST_MONTH)
    assert page.current_period() == span_of(LAST_MONTH, TODAY)
    assert page.current_period().text == "2026-11"
    assert page.chart.counts == [] and page.strip.text().startswith("0 complaints")


def test_the_report_button_previews_the_shown_span(
    page: CausesPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "complaints.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    page.report_button.click()
    latest_preview(page).save_pdf()
    text = "\n".join(p.extract_text() for p in PdfReader(target).pages)
    assert "Complaints and their causes" in text and "December 2026" in text
    assert "The complaints (5)" in text
