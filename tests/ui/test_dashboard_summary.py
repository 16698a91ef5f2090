"""The dashboard's "Summary PDF…" (issue 12, item 4): the shown period and rep go to the summary
report through the window's one save flow (the print preview, then Save as PDF…); the office's
summary, or the chosen rep's own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from owner_office import TODAY, build_office
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QPushButton

from desktop_crm.services.context import AppContext
from desktop_crm.ui.common.print_preview import latest_preview
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.dashboard.room import DashboardRoom
from desktop_crm.ui.runner import SyncRunner


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_button_previews_and_saves_the_shown_periods_summary(
    qtbot: Any, sqlite_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_office(sqlite_ctx.user)
    room = DashboardRoom(UiContext(app=sqlite_ctx, runner=SyncRunner(), lang="en"), today=TODAY)
    qtbot.addWidget(room)
    target = tmp_path / "summary.pdf"
    asked: list[str] = []

    def choose(_parent: object, _caption: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    button = room.findChild(QPushButton, "summary_pdf")
    assert button is not None and button.text() == "Summary PDF…"
    button.click()
    latest_preview(room).save_pdf()
    assert asked[0].endswith("summary-2026-12.pdf") and opened == []  # seen in the preview
    text = _text(target)
    assert "Monthly summary" in text and "¥3,600.00" in text and "李娜" in text
    room.rep_box.setCurrentIndex(room.rep_box.findText("王建国"))
    button.click()
    latest_preview(room).save_pdf()
    mine = _text(target)
    assert "Monthly report of 王建国" in mine and "¥3,000.00" in mine and "李娜" not in mine
