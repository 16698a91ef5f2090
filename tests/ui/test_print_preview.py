"""The print preview every report opens in (issue 12, item 5): the pages shown, Save as PDF…,
Print… into a QPrinter (PDF output works offscreen), page setup, the keys."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from desktop_crm.models.core import Customer
from desktop_crm.reports.registry import find_report
from desktop_crm.reports.visit_sheet import VisitSheetParameters
from desktop_crm.services.context import AppContext
from desktop_crm.services.people import manage
from desktop_crm.services.people.roles import Role
from desktop_crm.services.visits import writes as visit_writes
from desktop_crm.services.visits.drafts import VisitDraft
from desktop_crm.ui.common.print_preview import PrintPreviewDialog, latest_preview
from desktop_crm.ui.common.report_pdf import SaveWords, save_report_pdf
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.runner import SyncRunner

DAY = dt.date(2026, 3, 2)


@pytest.fixture
def sheet(sqlite_ctx: AppContext) -> VisitSheetParameters:
    owner = sqlite_ctx.user
    rep = manage.add_person(owner, "王建国", Role.REP, password="pw")
    for i in range(14):  # several pages
        customer = Customer.create(name=f"甲方贸易{i:02d}", owner_rep=rep.id)
        start = dt.datetime.combine(DAY, dt.time(8)) + dt.timedelta(minutes=40 * i)
        visit_writes.plan_visit(owner, VisitDraft(customer.id, rep.id, start))
    return VisitSheetParameters(rep.id, DAY)


_parents: list[Any] = []  # kept alive while the test runs


def _open(qtbot: Any, ctx: AppContext, parameters: object, tmp_path: Path) -> PrintPreviewDialog:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    _parents[:] = [parent]
    qtbot.addWidget(parent)
    words = SaveWords("Visit sheet", "PDF files (*.pdf)", "Preparing…")
    uctx = UiContext(app=ctx, runner=SyncRunner(), lang="en")
    save_report_pdf(
        parent,
        uctx,
        "visit-sheet",
        parameters,
        words,
        tmp_path / "sheet.pdf",
        on_failed=lambda path, error: pytest.fail(str(error)),
    )
    preview = latest_preview(parent)
    preview.activateWindow()
    qtbot.waitUntil(lambda: preview.isActiveWindow())
    return preview


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def test_the_preview_shows_every_page_and_moves_between_them(
    qtbot: Any, sqlite_ctx: AppContext, sheet: VisitSheetParameters, tmp_path: Path
) -> None:
    expected = _pages(find_report("visit-sheet").pdf(sqlite_ctx.user, sheet))
    assert expected > 1
    preview = _open(qtbot, sqlite_ctx, sheet, tmp_path)
    assert preview.isVisible()
    assert preview.page_count() == expected
    assert preview.of_label.text() == f"of {expected}"
    assert preview.current_page() == 0 and not preview.previous_button.isEnabled()
    qtbot.keyClick(preview.view, Qt.Key.Key_PageDown)
    assert preview.current_page() == 1 and preview.page_box.value() == 2
    qtbot.keyClick(preview.view, Qt.Key.Key_PageUp)
    assert preview.current_page() == 0
    preview.page_box.setValue(expected)
    assert preview.current_page() == expected - 1 and not preview.next_button.isEnabled()
    preview.zoom_box.setCurrentIndex(preview.zoom_box.findData(1.5))
    assert preview.view.zoomFactor() == 1.5
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    assert not preview.isVisible()


def test_save_as_pdf_writes_the_shown_pdf(
    qtbot: Any,
    sqlite_ctx: AppContext,
    sheet: VisitSheetParameters,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "chosen.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    preview = _open(qtbot, sqlite_ctx, sheet, tmp_path)
    qtbot.keyClick(preview, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    reader = PdfReader(target)
    assert len(reader.pages) == preview.page_count()
    assert "王建国" in reader.pages[0].extract_text()
    assert str(target) in preview.saved_label.text()


def test_print_writes_every_page_to_the_printer(
    qtbot: Any,
    sqlite_ctx: AppContext,
    sheet: VisitSheetParameters,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    preview = _open(qtbot, sqlite_ctx, sheet, tmp_path)
    printed = tmp_path / "printed.pdf"
    preview.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    preview.printer.setOutputFileName(str(printed))
    asked: list[bool] = []

    def accept(dialog: QPrintDialog) -> int:
        asked.append(True)
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    qtbot.keyClick(preview, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert asked == [True]
    reader = PdfReader(printed)
    assert len(reader.pages) == preview.page_count()
    box = reader.pages[0].mediabox
    assert float(box.height) > float(box.width)  # A4 portrait, as the page setup starts


def test_page_setup_landscape_and_a_page_range_reach_the_printer(
    qtbot: Any, sqlite_ctx: AppContext, sheet: VisitSheetParameters, tmp_path: Path
) -> None:
    preview = _open(qtbot, sqlite_ctx, sheet, tmp_path)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "landscape.pdf"
    printer.setOutputFileName(str(printed))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setFromTo(2, 2)
    preview.render_to(printer)
    reader = PdfReader(printed)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)
