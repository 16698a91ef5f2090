"""The after-sale room: one tab per page, each page a widget of its own module.

A page is a QWidget with optional `page_actions() -> list[QAction]` (shown in the room's menu
while the room is current), `refresh()` and `maybe_close() -> bool`. Pages are built when
first shown, like the window's rooms.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QTabWidget, QVBoxLayout, QWidget

from ...i18n import QT_TRANSLATE_NOOP
from ..context import UiContext


def _complaints(ctx: UiContext, parent: QWidget) -> QWidget:
    from .complaints_page import ComplaintsPage

    return ComplaintsPage(ctx, parent)


def _causes(ctx: UiContext, parent: QWidget) -> QWidget:
    from .causes_page import CausesPage

    return CausesPage(ctx, parent)


def _surveys(ctx: UiContext, parent: QWidget) -> QWidget:
    from .surveys_page import SurveysPage

    return SurveysPage(ctx, parent)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AfterSaleRoom", text)


# (English source of the tab's title, context "AfterSaleRoom"; the page's factory)
PAGES: tuple[tuple[str, Callable[[UiContext, QWidget], QWidget]], ...] = (
    (QT_TRANSLATE_NOOP("AfterSaleRoom", "Complaints"), _complaints),
    (QT_TRANSLATE_NOOP("AfterSaleRoom", "Cause analysis"), _causes),
    (QT_TRANSLATE_NOOP("AfterSaleRoom", "Surveys"), _surveys),
)


class AfterSaleRoom(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self._pages: list[QWidget | None] = [None] * len(PAGES)
        for title, _ in PAGES:
            self.tabs.addTab(QWidget(), _tr(title))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._menu = QMenu(self.room_title(), self)
        self.tabs.currentChanged.connect(self._page_changed)
        self._page_changed(0)

    def room_title(self) -> str:
        return self.tr("After-sale")

    def room_menu(self) -> QMenu:
        return self._menu

    def page(self, index: int) -> QWidget:
        """The page at `index`, built now if it was not yet."""
        built = self._pages[index]
        if built is None:
            title, build = PAGES[index]
            built = build(self.ctx, self)
            self._pages[index] = built
            placeholder = self.tabs.widget(index)
            blocked = self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, built, _tr(title))
            self.tabs.setCurrentIndex(index)
            self.tabs.blockSignals(blocked)
            if placeholder is not None:
                placeholder.deleteLater()
        return built

    def current_page(self) -> QWidget:
        return self.page(self.tabs.currentIndex())

    def _page_changed(self, index: int) -> None:
        if index < 0:
            return
        page = self.page(index)
        self._menu.clear()
        for action in getattr(page, "page_actions", list)():
            self._menu.addAction(action)
        refresh = getattr(page, "refresh", None)
        if refresh is not None and getattr(page, "_shown_once", False):
            refresh()
        page._shown_once = True  # type: ignore[attr-defined]

    def refresh(self) -> None:
        refresh = getattr(self.current_page(), "refresh", None)
        if refresh is not None:
            refresh()

    def maybe_close(self) -> bool:
        return all(
            getattr(page, "maybe_close", lambda: True)() for page in self._pages if page is not None
        )
