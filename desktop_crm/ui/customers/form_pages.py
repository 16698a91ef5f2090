"""The five tab pages of the customer form, built from the field description."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services.customers.fields import CATEGORY_LABELS, FORM_CATEGORIES, Category, form_fields
from ...services.customers.queries import reps
from ..common.customer_picker import CustomerPicker
from ..context import UiContext
from .child_tables import ContactsEditor, DealsEditor
from .field_widgets import FieldEditor, FieldGrid
from .history_tab import HistoryTab
from .timeline_tab import TimelineTab


class FormPages(QTabWidget):
    """One scrolling tab per category; contacts on the basic tab, deals on the record tab."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("customer_tabs")
        self.editors: dict[str, FieldEditor] = {}
        self.grids: dict[Category, FieldGrid] = {}
        self.tab_of_field: dict[str, int] = {}
        self.rep_combo = QComboBox()
        self.rep_combo.setObjectName("field_owner_rep")
        self.referrer = CustomerPicker(ctx)
        self.referrer.setObjectName("field_referred_by")
        self.contacts = ContactsEditor()
        self.deals = DealsEditor()
        for category in FORM_CATEGORIES:
            self._add_page(category)
        self.timeline = TimelineTab(ctx, self)
        self.addTab(self.timeline, self.tr("Timeline"))
        self.history = HistoryTab(ctx, self)
        self.addTab(self.history, self.tr("History"))
        self.currentChanged.connect(self._tab_shown)
        for grid in self.grids.values():
            self.editors.update(grid.editors)
        self.fill_reps()

    def _add_page(self, category: Category) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        specs = form_fields(category)
        grid = FieldGrid([s for s in specs if s.category == category], page)
        self.grids[category] = grid
        layout.addWidget(grid)
        if category == Category.BASIC:
            grid.add_row(self.tr("Owning rep"), self.rep_combo)
            grid.add_row(self.tr("Referred by"), self.referrer)
            layout.addWidget(self._group(self.tr("Contacts"), self.contacts, page), 1)
        if category == Category.BUSINESS:
            segment = [s for s in specs if s.category == Category.SEGMENT]
            seg_grid = FieldGrid(segment, page)
            self.grids[Category.SEGMENT] = seg_grid
            layout.addWidget(
                self._group(
                    QCoreApplication.translate("CustomerField", CATEGORY_LABELS[Category.SEGMENT]),
                    seg_grid,
                    page,
                )
            )
        if category == Category.RECORD:
            layout.addWidget(self._group(self.tr("Deals"), self.deals, page), 1)
        layout.addStretch(0 if category in (Category.BASIC, Category.RECORD) else 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)
        index = self.addTab(
            scroll, QCoreApplication.translate("CustomerField", CATEGORY_LABELS[category])
        )
        for name in (s.name for s in specs):
            self.tab_of_field[name] = index

    @staticmethod
    def _group(title: str, content: QWidget, parent: QWidget) -> QGroupBox:
        box = QGroupBox(title, parent)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(8, 8, 8, 8)
        inner.addWidget(content)
        return box

    def _tab_shown(self, _index: int) -> None:
        if self.currentWidget() is self.history:
            self.history.refresh_if_stale()
        if self.currentWidget() is self.timeline:
            self.timeline.refresh_if_stale()

    def show_history_of(self, customer_id: int | None) -> None:
        """The Timeline and History tabs follow the customer shown (read now only if open)."""
        self.history.show_customer(customer_id, visible=self.currentWidget() is self.history)
        self.timeline.show_customer(customer_id, visible=self.currentWidget() is self.timeline)

    def fill_reps(self) -> None:
        chosen = self.rep_combo.currentData()
        self.rep_combo.blockSignals(True)
        self.rep_combo.clear()
        self.rep_combo.addItem(self.tr("(nobody)"), None)
        for user in reps(self.ctx.app.user):
            self.rep_combo.addItem(user.name, int(user.id))
        self.rep_combo.setCurrentIndex(max(self.rep_combo.findData(chosen), 0))
        self.rep_combo.blockSignals(False)

    def set_rep(self, rep_id: int | None) -> None:
        index = self.rep_combo.findData(rep_id) if rep_id is not None else 0
        if index < 0:  # an inactive rep still owns this customer
            self.fill_reps()
            index = max(self.rep_combo.findData(rep_id), 0)
        self.rep_combo.setCurrentIndex(index)

    def tab_for(self, field_name: str) -> int:
        if field_name.startswith("contacts.") or field_name in ("contacts", "referred_by"):
            return FORM_CATEGORIES.index(Category.BASIC)
        if field_name.startswith("deals."):
            return FORM_CATEGORIES.index(Category.RECORD)
        return self.tab_of_field.get(field_name, 0)

    def mark_tabs(self, tabs_with_errors: set[int]) -> None:
        icon = self.style().standardIcon(self.style().StandardPixmap.SP_MessageBoxWarning)
        for index in range(self.count()):
            self.setTabIcon(index, icon if index in tabs_with_errors else QIcon())
