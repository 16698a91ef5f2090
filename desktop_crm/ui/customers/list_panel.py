"""The left side of the room: filter box, rep/tier/city filters, match count and the list."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...i18n import fill_args
from ...services.customers.drafts import CustomerFilter
from ...services.customers.fields import TIERS
from ...services.customers.queries import cities, reps
from ..common.styles import ERROR_STYLE
from ..context import UiContext
from .list_model import COLUMNS, CustomerListModel
from .pool_dialogs import POOL

FILTER_DELAY_MS = 150
COLUMN_WIDTHS = {"name": 72, "company": 180, "phone": 112, "city": 48, "rep": 60, "tier": 40}
MATCHED_COLUMN = [c.key for c in COLUMNS].index("matched")


class CustomerListPanel(QWidget):
    """Emits `current_changed(new_id, old_id)`; the room decides whether the form may follow."""

    current_changed = Signal(object, object)  # int | None, int | None

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = CustomerListModel(ctx, self)
        # Setting up the view sorts, and filling the filters filters: one read at the end.
        self.model.reads_held = True
        self._silent = False
        self._current_id: int | None = None
        self._keep_selected: list[int] | None = None

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("customer_filter")
        self.filter_edit.setPlaceholderText(
            self.tr("Find: name, company, phone, contact… (Ctrl+F)")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.rep_combo = QComboBox(self)
        self.tier_combo = QComboBox(self)
        self.city_combo = QComboBox(self)
        for combo in (self.rep_combo, self.tier_combo, self.city_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("customer_count")

        self.view = QTableView(self)
        self.view.setObjectName("customer_list")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        vertical = self.view.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        for number, (key, _label) in enumerate(COLUMNS):
            if key in COLUMN_WIDTHS:
                self.view.setColumnWidth(number, COLUMN_WIDTHS[key])
        self.view.setColumnHidden(MATCHED_COLUMN, True)
        # shown beside the phone, where the eye looks for why a row matched
        phone = [c.key for c in COLUMNS].index("phone")
        header.moveSection(header.visualIndex(MATCHED_COLUMN), header.visualIndex(phone) + 1)
        self.view.setColumnWidth(MATCHED_COLUMN, 150)

        filters = self.filters = QHBoxLayout()
        filters.addWidget(self.rep_combo)
        filters.addWidget(self.tier_combo)
        filters.addWidget(self.city_combo)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(FILTER_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(self._debounce.start)
        self.filter_edit.returnPressed.connect(self.apply_filter)
        for combo in (self.rep_combo, self.tier_combo, self.city_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.model.count_changed.connect(self._show_count)
        self.model.failed.connect(self._show_failure)
        self.model.modelReset.connect(self._after_reset)
        self.model.revealed.connect(self._revealed)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.fill_choices()
        self.model.reads_held = False
        self.apply_filter()

    # ------------------------------------------------------------ filters
    def fill_choices(self) -> None:
        """(Re)fill the rep, tier and city filters, keeping what is chosen."""
        people: list[tuple[str, object]] = [(u.name, int(u.id)) for u in reps(self.ctx.app.user)]
        people.append((self.tr("Shared pool"), POOL))
        self._fill(self.rep_combo, self.tr("All reps"), people)
        self._fill(self.tier_combo, self.tr("All tiers"), [(c.label, c.value) for c in TIERS])
        self._fill(
            self.city_combo, self.tr("All cities"), [(c, c) for c in cities(self.ctx.app.user)]
        )

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: Sequence[tuple[str, object]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
        combo.blockSignals(False)

    def current_filter(self) -> CustomerFilter:
        rep = self.rep_combo.currentData()
        return CustomerFilter(
            text=self.filter_edit.text(),
            rep_id=None if rep == POOL else rep,
            pool_only=rep == POOL,
            tier=self.tier_combo.currentData(),
            city=self.city_combo.currentData(),
        )

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_filter(self.current_filter())  # the matched column follows its rows

    def _show_matched_column(self) -> None:
        """The matched column is shown while searching, set when the search's rows arrive:
        set at the keystroke, the old rows would be laid out and painted again while the
        worker reads the new ones (and hold the GIL it needs)."""
        searching = bool(self.model.filter.text.strip())
        if self.view.isColumnHidden(MATCHED_COLUMN) == searching:
            self.view.setColumnHidden(MATCHED_COLUMN, not searching)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _show_count(self, total: int) -> None:
        self.count_label.setStyleSheet("")
        self.count_label.setToolTip("")
        self.count_label.setText(fill_args(self.tr("Matches: %1"), total))

    def _show_failure(self, message: str) -> None:
        self.count_label.setStyleSheet(ERROR_STYLE)
        self.count_label.setText(self.tr("Cannot read the list"))
        self.count_label.setToolTip(message)

    # ------------------------------------------------------------ current customer
    def refresh(self, keep_selected: list[int] | None = None) -> None:
        """Read the list again (after a save or a delete), keeping the current customer, or
        the customers `keep_selected` (after a bulk action) that are still listed."""
        self._keep_selected = keep_selected
        self.model.reload(keep_rows=self.model.rowCount())

    def _after_reset(self) -> None:
        self._show_matched_column()
        keep, self._keep_selected = self._keep_selected, None
        if keep:
            self.select_ids(keep)
        else:
            self.select_id(self._current_id)
            if self._current_id is not None and self.model.row_of(self._current_id) < 0:
                self.model.reveal(self._current_id)  # listed further down: read up to it

    def _revealed(self, customer_id: int) -> None:
        if customer_id == self._current_id:
            self.select_id(customer_id)

    def select_ids(self, customer_ids: list[int]) -> None:
        """Select the listed ones of `customer_ids` (the current one stays current if listed)."""
        rows = [r for r in (self.model.row_of(i) for i in customer_ids) if r >= 0]
        selection = self.view.selectionModel()
        self._silent = True
        try:
            selection.clearSelection()
            flags = (
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            )
            for row in rows:
                selection.select(self.model.index(row, 0), flags)
            current = self.model.row_of(self._current_id) if self._current_id else -1
            if current in rows:
                selection.setCurrentIndex(
                    self.model.index(current, 0), QItemSelectionModel.SelectionFlag.NoUpdate
                )
        finally:
            self._silent = False

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._silent:
            return
        new_id = self.model.id_at(current.row()) if current.isValid() else None
        if new_id is None or new_id == self._current_id:
            return
        old_id = self._current_id
        self._current_id = new_id
        self.current_changed.emit(new_id, old_id)

    def select_id(self, customer_id: int | None) -> None:
        """Show `customer_id` as current without asking anyone (it is already in the form)."""
        self._current_id = customer_id
        row = self.model.row_of(customer_id) if customer_id is not None else -1
        selection = self.view.selectionModel()
        self._silent = True
        try:
            if row < 0:
                selection.clear()
            else:
                index = self.model.index(row, 0)
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.view.scrollTo(index)
        finally:
            self._silent = False

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        ids = [self.model.id_at(r) for r in rows]
        return [i for i in ids if i is not None]

    def selected_names(self) -> list[str]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.rows[r].name for r in rows if r < len(self.model.rows)]
