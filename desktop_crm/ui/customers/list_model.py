"""The customer list as a lazy Qt model: pages from the service, sorting and filtering in SQL.

Only the first page is read on a reset; the view asks for more with canFetchMore/fetchMore as
the user scrolls (PITFALLS 17–18). The first page after a new filter or sort and the total
count run through the context's runner (a few tenths of a second at 100,000 customers); the
following pages, asked for by the view as it scrolls, are read at once (tens of ms).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any, NamedTuple

import peewee as pw
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QWidget

from ...i18n import QT_TRANSLATE_NOOP
from ...services.customers.drafts import CustomerFilter, CustomerRow
from ...services.customers.fields import FIELDS_BY_NAME, list_fields
from ...services.customers.queries import count_customers, find_customers, position_of
from ..context import UiContext

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_KEY_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE_SIZE = 100  # rows a read brings: four screens of the list; each keystroke reads one page


class ListColumn(NamedTuple):
    """A column of the list: its sort key for services.customers.find_customers, its header."""

    key: str
    header: str  # English source text: a field's label, or one in "CustomerListModel"


# The described fields marked as list columns (FieldSpec.list_position), then the derived ones.
DERIVED_COLUMNS: tuple[ListColumn, ...] = (
    ListColumn("rep", QT_TRANSLATE_NOOP("CustomerListModel", "Rep")),  # the owning rep's name
    ListColumn("tier", QT_TRANSLATE_NOOP("CustomerListModel", "Tier")),  # a manual tier wins
    ListColumn("updated", QT_TRANSLATE_NOOP("CustomerListModel", "Updated")),
    # while searching: where the text matched when no shown column shows it (not sortable)
    ListColumn("matched", QT_TRANSLATE_NOOP("CustomerListModel", "Found in")),
)
UNSORTED = frozenset({"matched"})
COLUMNS: tuple[ListColumn, ...] = (
    tuple(ListColumn(spec.name, spec.label) for spec in list_fields()) + DERIVED_COLUMNS
)


def header_text(column: ListColumn) -> str:
    """The translated header: a described field's label in its own context."""
    spec = FIELDS_BY_NAME.get(column.key)
    context = spec.context if spec is not None else "CustomerListModel"
    return QCoreApplication.translate(context, column.header)


def _local_time(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    local = value.replace(tzinfo=dt.UTC).astimezone()
    return local.strftime("%Y-%m-%d %H:%M")


def _matched_text(row: CustomerRow) -> str:
    if not row.matched_field:
        return ""
    if row.matched_field == "contact":
        label = QCoreApplication.translate("CustomerListModel", "Contact")
    else:
        label = QCoreApplication.translate("CustomerField", FIELDS_BY_NAME[row.matched_field].label)
    return f"{label}: {row.matched_text}"


class CustomerListModel(QAbstractTableModel):
    """Customer rows matching a filter, in the SQL order of the current sort column."""

    count_changed = Signal(int)
    failed = Signal(str)  # a database error while reading
    revealed = Signal(int)  # a customer asked for by `reveal` is now among the rows

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = CustomerFilter()
        self.sort_key = "name"
        self.descending = False
        self.rows: list[CustomerRow] = []
        self.total = 0
        self._exhausted = True
        self._generation = 0
        self._read_failed = False
        self.reads_held = False  # while True, a new filter or sort is kept but not read yet

    # ------------------------------------------------------------ Qt model API
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header_text(COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        key = COLUMNS[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == ID_ROLE:
            return row.id
        if role == SORT_KEY_ROLE:
            return key
        if role == Qt.ItemDataRole.ToolTipRole and key == "tier" and row.tier_is_manual:
            return self.tr("Tier set by hand")
        return None

    @staticmethod
    def _display(row: CustomerRow, key: str) -> str:
        if key == "rep":
            return row.rep_name
        if key == "updated":
            return _local_time(row.updated_at)
        if key == "tier":
            return f"{row.tier}*" if row.tier_is_manual and row.tier else row.tier
        if key == "matched":
            return _matched_text(row)
        return str(getattr(row, key))

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._exhausted:
            return
        page = self._read(len(self.rows), PAGE_SIZE)
        if page:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column].key in UNSORTED:
            return
        self.sort_key = COLUMNS[column].key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # ------------------------------------------------------------ ours
    def _read(self, offset: int, limit: int) -> list[CustomerRow]:
        try:
            page = find_customers(
                self.ctx.app.user, self.filter, self.sort_key, self.descending, offset, limit
            )
        except pw.DatabaseError as error:  # shown beside the list, never a traceback
            self._exhausted = self._read_failed = True
            self.failed.emit(str(error))
            return []
        self._exhausted = len(page) < limit
        self._read_failed = False
        return page

    def set_filter(self, flt: CustomerFilter) -> None:
        self.filter = replace(flt)
        self.reload()

    def reload(self, keep_rows: int = 0) -> None:
        """Read the first page again (or as many rows as were shown, up to `keep_rows`).

        The read runs through the runner: sorting 100,000 rows by an unindexed column takes a
        few tenths of a second. The old rows stay until the new ones arrive; an answer for an
        older filter is dropped.
        """
        if self.reads_held:
            return
        self._generation += 1
        generation = self._generation
        wanted = max(PAGE_SIZE, min(keep_rows, 10 * PAGE_SIZE))
        flt, sort, descending = replace(self.filter), self.sort_key, self.descending
        self._exhausted = True  # no fetchMore on the old rows under the new filter
        operation = self.ctx.runner.run(
            lambda: find_customers(self.ctx.app.user, flt, sort, descending, 0, wanted)
        )
        operation.on_success(lambda page: self._first_page(generation, page, wanted))
        operation.on_failure(lambda error: self._failed(generation, error))

    def _first_page(self, generation: int, page: list[CustomerRow], wanted: int) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self.rows = page
        self._exhausted = len(page) < wanted
        self._read_failed = False
        self.endResetModel()
        self._refresh_count()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self.rows = []
        self._exhausted = self._read_failed = True
        self.endResetModel()
        self.failed.emit(str(error))

    def _refresh_count(self) -> None:
        generation = self._generation
        if self._exhausted:  # everything is here: no need to count in SQL
            self._set_count(generation, len(self.rows))
            return
        flt = replace(self.filter)
        self.ctx.runner.run(lambda: count_customers(self.ctx.app.user, flt)).on_success(
            lambda total: self._set_count(generation, int(total))
        ).on_failure(lambda error: self.failed.emit(str(error)))

    def _set_count(self, generation: int, total: int) -> None:
        if generation != self._generation:  # a newer filter is already showing
            return
        self.total = total
        self.count_changed.emit(total)

    def reveal(self, customer_id: int) -> None:
        """Bring `customer_id` among the rows when the filter lists it further down than the
        rows read so far (a customer just saved sorts anywhere): find its place off the GUI
        thread, read the rows up to it, then emit `revealed`. Nothing when it is not listed."""
        if self.row_of(customer_id) >= 0:
            self.revealed.emit(customer_id)
            return
        generation = self._generation
        flt, sort, descending = replace(self.filter), self.sort_key, self.descending
        user = self.ctx.app.user

        def read() -> list[CustomerRow]:
            place = position_of(user, flt, customer_id, sort, descending)
            if place is None or place < len(self.rows):
                return []
            return find_customers(
                user, flt, sort, descending, len(self.rows), place + 1 - len(self.rows)
            )

        operation = self.ctx.runner.run(read)
        operation.on_success(lambda page: self._revealed(generation, customer_id, page))
        operation.on_failure(lambda error: self.failed.emit(str(error)))

    def _revealed(self, generation: int, customer_id: int, page: list[CustomerRow]) -> None:
        if generation != self._generation or not page:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()
        if self.row_of(customer_id) >= 0:
            self.revealed.emit(customer_id)

    def row_of(self, customer_id: int) -> int:
        return next((n for n, r in enumerate(self.rows) if r.id == customer_id), -1)

    def id_at(self, row: int) -> int | None:
        return self.rows[row].id if 0 <= row < len(self.rows) else None
