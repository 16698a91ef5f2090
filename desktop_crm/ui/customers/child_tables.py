"""The contacts and deals tables of a customer: editable, with add/remove and error marks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...i18n import QT_TRANSLATE_NOOP, fill_args
from ...services.common.errors import FieldError
from ...services.common.formats import money_text
from ...services.common.validation import parse_date, parse_money
from ...services.customers.drafts import ContactDraft, DealDraft, DealTotals
from ...services.customers.fields import CONTACT_FIELDS, Choice
from ...services.customers.rules import deal_totals
from ..common.date_edit import DateLineEdit
from ..common.messages import choice_label, error_text
from ..common.styles import ERROR_STYLE
from .field_widgets import display_text

_Index = QModelIndex | QPersistentModelIndex
INVALID_BRUSH = QBrush(QColor("#f8d7da"))


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # English source text, translated in `context`
    choices: tuple[Choice, ...] = ()
    width: int = 110
    context: str = "ChildTables"

    def title(self) -> str:
        return QCoreApplication.translate(self.context, self.header)


# The contacts table shows the contact description, field for field; only widths are ours.
CONTACT_WIDTHS = {
    "name": 80,
    "position": 90,
    "role": 90,
    "influence": 76,
    "email": 150,
    "notes": 80,
}
CONTACT_COLUMNS = tuple(
    Column(spec.name, spec.label, spec.choices, CONTACT_WIDTHS.get(spec.name, 110), spec.context)
    for spec in CONTACT_FIELDS
)
DEAL_COLUMNS = (
    Column("date", QT_TRANSLATE_NOOP("ChildTables", "Date"), width=100),
    Column("products", QT_TRANSLATE_NOOP("ChildTables", "Products"), width=220),
    Column("amount", QT_TRANSLATE_NOOP("ChildTables", "Amount"), width=110),
    Column("notes", QT_TRANSLATE_NOOP("ChildTables", "Notes"), width=200),
)


class ChildTableModel(QAbstractTableModel):
    """Rows of plain text keyed by column, each with its database id (None: new row)."""

    def __init__(self, columns: tuple[Column, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.rows: list[dict[str, str]] = []
        self.ids: list[int | None] = []
        self.errors: dict[tuple[int, str], str] = {}

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title()
        return str(section + 1)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = self.rows[index.row()].get(column.key, "")
        error = self.errors.get((index.row(), column.key))
        if role == Qt.ItemDataRole.DisplayRole:
            if column.choices:
                match = next((c for c in column.choices if c.value == value), None)
                return choice_label(match) if match else value
            if column.key == "amount" and value:
                try:
                    return money_text(parse_money(value))
                except ValueError:
                    return value  # shown as typed, with its error
            return value
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            return error
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return INVALID_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole and column.key == "amount":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        key = self.columns[index.column()].key
        text = "" if value is None else str(value)
        if self.rows[index.row()].get(key, "") == text:
            return True
        self.rows[index.row()][key] = text
        self.errors.pop((index.row(), key), None)
        self.dataChanged.emit(index, index)
        return True

    def set_rows(self, rows: list[dict[str, str]], ids: list[int | None]) -> None:
        self.beginResetModel()
        self.rows, self.ids, self.errors = rows, ids, {}
        self.endResetModel()

    def append_row(self, values: dict[str, str]) -> int:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append({c.key: values.get(c.key, "") for c in self.columns})
        self.ids.append(None)
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        del self.ids[row]
        self.errors = {(r - (r > row), k): m for (r, k), m in self.errors.items() if r != row}
        self.endRemoveRows()

    def set_errors(self, errors: dict[tuple[int, str], str]) -> None:
        self.errors = errors
        if self.rows:
            last = self.index(len(self.rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def snapshot(self) -> list[tuple[int | None, tuple[str, ...]]]:
        return [
            (i, tuple(r.get(c.key, "") for c in self.columns))
            for i, r in zip(self.ids, self.rows, strict=True)
        ]


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box (with an empty entry) for the columns that hold a choice."""

    def __init__(self, columns: tuple[Column, ...], parent: QWidget) -> None:
        super().__init__(parent)
        self.columns = columns

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: _Index
    ) -> QWidget:
        column = self.columns[index.column()]
        if column.key == "date":
            return DateLineEdit(parent)  # typed, or picked on the calendar (Alt+Down)
        if not column.choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.addItem("", "")
        for choice in column.choices:
            combo.addItem(choice_label(choice), choice.value)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
        elif isinstance(editor, DateLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: _Index
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData() or "")
        elif isinstance(editor, DateLineEdit):
            model.setData(index, editor.text())
        else:
            super().setModelData(editor, model, index)


class ChildTableEditor(QWidget):
    """A small editable table with Add / Remove buttons and a message line for its errors."""

    changed = Signal()
    prefix = ""  # "contacts" or "deals": the FieldError name prefix

    def __init__(self, columns: tuple[Column, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ChildTableModel(columns, self)
        self.view = QTableView(self)
        self.view.setObjectName(f"{self.prefix}_table")
        self.view.setModel(self.model)
        self.view.setItemDelegate(ChoiceDelegate(columns, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for number, column in enumerate(columns):
            self.view.setColumnWidth(number, column.width)
        self.view.setMinimumHeight(140)
        self.add_button = QPushButton(QCoreApplication.translate("ChildTables", "Add row"), self)
        self.remove_button = QPushButton(
            QCoreApplication.translate("ChildTables", "Remove row"), self
        )
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_current_row)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.extra = QHBoxLayout()  # subclasses put a summary here
        buttons.addLayout(self.extra, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        for sig in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved):
            sig.connect(self._on_model_changed)
        self.model.modelReset.connect(self._on_model_changed)

    def _on_model_changed(self, *_args: object) -> None:
        if not self.model.errors:
            self.error_label.hide()
        self.changed.emit()

    def new_row_values(self) -> dict[str, str]:
        return {}

    # the columns whose text makes a row count; a row with all of them blank is left out
    content_keys: tuple[str, ...] = ()

    def filled_rows(self) -> list[int]:
        """Model rows that hold something (an "Add row" left empty is not saved)."""
        keys = self.content_keys or tuple(c.key for c in self.model.columns)
        return [
            number
            for number, row in enumerate(self.model.rows)
            if self.model.ids[number] is not None or any(row.get(k, "").strip() for k in keys)
        ]

    def model_row(self, draft_index: int) -> int:
        """The table row of the n-th draft handed to the service (errors name drafts)."""
        rows = self.filled_rows()
        return rows[draft_index] if 0 <= draft_index < len(rows) else draft_index

    def add_row(self) -> int:
        row = self.model.append_row(self.new_row_values())
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return row

    def remove_current_row(self) -> None:
        row = self.view.currentIndex().row()
        if 0 <= row < self.model.rowCount():
            self.model.remove_row(row)

    def show_errors(self, errors: list[FieldError]) -> None:
        """Mark the cells named "<prefix>.<row>.<column>" and list them under the table."""
        cells: dict[tuple[int, str], str] = {}
        lines = []
        headers = {c.key: c.title() for c in self.model.columns}
        for error in errors:
            parts = error.field.split(".")
            if len(parts) != 3 or parts[0] != self.prefix or not parts[1].isdigit():
                continue
            row, key = self.model_row(int(parts[1])), parts[2]
            message = error_text(error)
            cells[(row, key)] = message
            header = headers.get(key, key)
            lines.append(
                fill_args(
                    QCoreApplication.translate("ChildTables", "Row %1, %2: %3"),
                    row + 1,
                    header,
                    message,
                )
            )
        self.model.set_errors(cells)
        if cells:  # let the red cells show instead of the selection colour
            self.view.clearSelection()
        self.error_label.setText("\n".join(lines))
        self.error_label.setVisible(bool(lines))

    def clear_errors(self) -> None:
        self.show_errors([])


class ContactsEditor(ChildTableEditor):
    prefix = "contacts"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(CONTACT_COLUMNS, parent)

    def load(self, contacts: Sequence[Any]) -> None:
        rows = [{c.key: display_text(getattr(p, c.key)) for c in CONTACT_COLUMNS} for p in contacts]
        self.model.set_rows(rows, [int(p.id) for p in contacts])

    def drafts(self) -> list[ContactDraft]:
        model = self.model
        return [ContactDraft(**model.rows[n], id=model.ids[n]) for n in self.filled_rows()]


class DealsEditor(ChildTableEditor):
    """Deals, with the live totals underneath (computed by services.customers.deal_totals)."""

    prefix = "deals"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(DEAL_COLUMNS, parent)
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("deal_totals")
        self.totals_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.extra.addWidget(self.totals_label, 1)
        self.changed.connect(self.update_totals)
        self.update_totals()

    def new_row_values(self) -> dict[str, str]:
        return {"date": dt.date.today().isoformat()}

    def load(self, deals: Sequence[Any]) -> None:
        rows = [{c.key: display_text(getattr(d, c.key)) for c in DEAL_COLUMNS} for d in deals]
        self.model.set_rows(rows, [int(d.id) for d in deals])

    content_keys = ("products", "amount", "notes")  # a new row's date is filled in for you

    def drafts(self) -> list[DealDraft]:
        model = self.model
        return [DealDraft(**model.rows[n], id=model.ids[n]) for n in self.filled_rows()]

    def totals(self) -> DealTotals:
        pairs: list[tuple[dt.date | None, Decimal | None]] = []
        for row in (self.model.rows[n] for n in self.filled_rows()):
            try:
                date: dt.date | None = parse_date(row.get("date", ""))
            except ValueError:
                date = None
            try:
                amount: Decimal | None = parse_money(row.get("amount", "") or "0")
            except (InvalidOperation, ValueError):
                amount = None
            pairs.append((date, amount))
        return deal_totals(pairs)

    def update_totals(self) -> None:
        totals = self.totals()
        last = totals.last_date.isoformat() if totals.last_date else "—"
        self.totals_label.setText(
            fill_args(
                self.tr("%1 deals · total %2 · average %3 · last purchase %4"),
                totals.count,
                money_text(totals.total),
                money_text(totals.average),
                last,
            )
        )
