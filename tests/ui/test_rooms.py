"""The window's rooms are discovered: every room package becomes a tab and builds when opened,
every piece one room borrows from another is lent, and a package without its declaration is
named. Saving a report goes through the one save-PDF helper."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from desktop_crm.services.context import AppContext
from desktop_crm.services.people.users import add_user
from desktop_crm.ui.common import rooms
from desktop_crm.ui.common.print_preview import latest_preview
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.runner import SyncRunner


def _window(qtbot: Any, app_ctx: AppContext) -> MainWindow:
    window = MainWindow(UiContext(app=app_ctx, runner=SyncRunner(), lang="en"))
    qtbot.addWidget(window)
    return window


def test_every_room_becomes_a_tab(qtbot: Any, sqlite_ctx: AppContext) -> None:
    specs = rooms.discover_rooms()
    assert [s.key for s in specs] == [
        "DashboardRoom",
        "CustomersRoom",
        "AnalysisRoom",
        "PlannerRoom",
        "PipelineRoom",
        "AfterSaleRoom",
    ]
    window = _window(qtbot, sqlite_ctx)
    assert window.tabs.count() == len(specs)
    for index, spec in enumerate(specs):
        window.tabs.setCurrentIndex(index)
        room = window.tabs.widget(index)
        assert type(room).__name__ == spec.key
        assert window.tabs.tabText(index) == QCoreApplication.translate(spec.key, spec.title)
        assert room.room_title() == window.tabs.tabText(index)  # type: ignore[attr-defined]
    assert window.show_room("PlannerRoom") is window.tabs.currentWidget()


def test_every_borrowed_piece_is_lent_once() -> None:
    for name in rooms.BORROWABLE:
        lenders = [s.key for s in rooms.discover_rooms() if name in s.lends]
        assert len(lenders) == 1, (name, lenders)
    with pytest.raises(rooms.RoomRegistryError, match="no room lends 'nothing'"):
        rooms.borrow("nothing")


def test_a_room_package_without_its_declaration_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for package in ("stand_in_ui", "stand_in_ui/common", "stand_in_ui/forgotten"):
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text("")
    monkeypatch.syspath_prepend(str(tmp_path))
    import stand_in_ui  # type: ignore[import-not-found]

    with pytest.raises(rooms.RoomRegistryError, match=r"stand_in_ui\.forgotten declares no ROOM"):
        rooms.rooms_in(stand_in_ui)


def test_planner_saves_the_visit_sheet_through_the_report_table(
    qtbot: Any, sqlite_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_crm.ui.planner.room import PlannerRoom

    rep = add_user(sqlite_ctx.user, "王建国")
    room = PlannerRoom(UiContext(app=sqlite_ctx, runner=SyncRunner(), lang="en"), None)
    qtbot.addWidget(room)
    room.select_rep(rep.id)
    room.select_day(dt.date(2026, 3, 2))
    target = tmp_path / "chosen" / "sheet.pdf"
    target.parent.mkdir()
    asked: list[str] = []

    def choose(_parent: Any, _caption: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda *a: pytest.fail("opened"))
    room.print_visit_sheet()  # opens the print preview; Save as PDF… writes the file
    latest_preview(room).save_pdf()
    text = PdfReader(target).pages[0].extract_text()
    assert "王建国" in text and "2 Mar 2026" in text
    room.print_week_plan()
    latest_preview(room).save_pdf()  # the folder chosen last is offered again
    assert Path(asked[1]).parent == target.parent and "2026-W10" in asked[1]


def test_analysis_previews_the_portfolio_and_saves_it(
    qtbot: Any, sqlite_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_crm.ui.analysis.room import AnalysisRoom

    add_user(sqlite_ctx.user, "王建国")
    room = AnalysisRoom(UiContext(app=sqlite_ctx, runner=SyncRunner(), lang="en"))
    qtbot.addWidget(room)
    room.rep_box.setCurrentIndex(room.rep_box.findText("王建国"))
    target = tmp_path / "portfolio.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    room.save_portfolio_pdf()
    preview = latest_preview(room)
    assert preview.page_count() >= 1
    preview.save_pdf()
    assert opened == []  # it was seen in the preview already
    text = PdfReader(target).pages[0].extract_text()
    assert "Customer portfolio" in text and "王建国" in text


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW", "en"])
def test_the_window_fits_a_1024_by_700_screen_in_every_room(
    qtbot: Any, sqlite_ctx: AppContext, lang: str
) -> None:
    """Issue 14, item 7: no room asks for more than 1024 × 700 (long texts wrap instead)."""
    from desktop_crm.services.customers.drafts import CustomerDraft
    from desktop_crm.services.customers.writes import save_customer
    from desktop_crm.ui.i18n import install_translators

    save_customer(
        sqlite_ctx.user,
        CustomerDraft({"name": "欧阳娜娜", "company": "重庆长安汽车股份有限公司华南销售分公司"}),
    )
    install_translators(lang)
    try:
        window = _window(qtbot, sqlite_ctx)
        window.resize(1024, 700)
        window.show()
        qtbot.waitExposed(window)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            room = window.tabs.widget(index)
            if type(room).__name__ == "CustomersRoom":
                room.list_panel.view.setCurrentIndex(room.list_panel.model.index(0, 0))  # type: ignore[attr-defined]
            QCoreApplication.processEvents()
            hint = window.minimumSizeHint()
            assert hint.width() <= 1024 and hint.height() <= 700, (room, hint)
        assert window.width() == 1024
    finally:
        install_translators("en")


def test_the_window_opens_on_the_room_used_last_and_builds_only_that(
    qtbot: Any, sqlite_ctx: AppContext
) -> None:
    first = _window(qtbot, sqlite_ctx)
    assert type(first.tabs.currentWidget()).__name__ == "DashboardRoom"  # the first start
    first.show_room("CustomersRoom")
    first.close()
    again = _window(qtbot, sqlite_ctx)
    assert type(again.tabs.currentWidget()).__name__ == "CustomersRoom"
    assert [type(r).__name__ for r in again.rooms] == ["CustomersRoom"]  # no dashboard built
    again.tabs.setCurrentIndex(0)  # the others are built when opened, as always
    assert type(again.tabs.currentWidget()).__name__ == "DashboardRoom"
