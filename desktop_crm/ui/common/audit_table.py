"""The audit log as a read-only Qt table: one row per changed field (an entry without
fields is one row with its note), newest first as the service hands them out.

Shared by the customer form's History tab and File → Audit log…; labels come translated from
the field descriptions through services/office/audit (field_label, value_label).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ...i18n import QT_TRANSLATE_NOOP, fill_args
from ...services.office.audit import (
    ACTION_LABELS,
    AuditRecord,
    entity_label,
    field_label,
    value_label,
)

_Index = QModelIndex | QPersistentModelIndex
SHOWN_CHARACTERS = 60  # a long note is cut in its cell; the tooltip holds all of it


class AuditRow(NamedTuple):
    record: AuditRecord
    field: str
    before: str
    after: str


COLUMNS: tuple[tuple[str, str], ...] = (
    ("when", QT_TRANSLATE_NOOP("AuditTable", "When")),
    ("who", QT_TRANSLATE_NOOP("AuditTable", "Who")),
    ("customer", QT_TRANSLATE_NOOP("AuditTable", "Customer")),
    ("what", QT_TRANSLATE_NOOP("AuditTable", "What")),
    ("field", QT_TRANSLATE_NOOP("AuditTable", "Field")),
    ("change", QT_TRANSLATE_NOOP("AuditTable", "Before → after")),
)
WIDTHS = {"when": 130, "who": 90, "customer": 130, "what": 200, "field": 150}
NARROW_WIDTHS = {"when": 120, "who": 65, "what": 215, "field": 125}  # the form's History tab


def local_time(value: dt.datetime) -> str:
    """A stored (naive UTC) moment in this computer's time zone, to the minute."""
    return value.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def _translated(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text) if context and text else text


def shown_value(entity: str, field: str, text: str) -> str:
    context, source = value_label(entity, field, text)
    return _translated(context, source)


def _cut(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= SHOWN_CHARACTERS else flat[: SHOWN_CHARACTERS - 1] + "…"


class AuditModel(QAbstractTableModel):
    """Audit entries, one row per changed field; `with_customer` adds the customer column."""

    def __init__(self, parent: QWidget | None = None, *, with_customer: bool = False) -> None:
        super().__init__(parent)
        self.columns = [c for c in COLUMNS if with_customer or c[0] != "customer"]
        self.rows: list[AuditRow] = []
        self.entries = 0

    @staticmethod
    def rows_of(records: list[AuditRecord]) -> list[AuditRow]:
        rows = []
        for record in records:
            if record.changes:
                rows += [AuditRow(record, c.field, c.before, c.after) for c in record.changes]
            else:
                rows.append(AuditRow(record, "", "", ""))
        return rows

    def set_records(self, records: list[AuditRecord], *, append: bool = False) -> None:
        rows = self.rows_of(records)
        if append:
            if rows:
                first = len(self.rows)
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self.rows.extend(rows)
                self.endInsertRows()
            self.entries += len(records)
            return
        self.beginResetModel()
        self.rows = rows
        self.entries = len(records)
        self.endResetModel()

    # ------------------------------------------------------------ Qt model API
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AuditTable", self.columns[section][1])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        text = self.text(index.row(), self.columns[index.column()][0])
        if role == Qt.ItemDataRole.ToolTipRole:
            return text if len(text) > SHOWN_CHARACTERS else None
        return _cut(text)

    def text(self, row: int, key: str) -> str:
        """The full text of a cell (the display cuts long ones)."""
        item = self.rows[row]
        record = item.record
        if key == "when":
            return local_time(record.at)
        if key == "who":
            return record.person_name or QCoreApplication.translate("AuditTable", "(nobody)")
        if key == "customer":
            return record.customer_name
        if key == "what":
            action = _translated("Audit", ACTION_LABELS.get(record.action, record.action))
            if record.entity == "merge" and record.note:  # "merged with X": the note names X
                return fill_args(
                    QCoreApplication.translate("AuditTable", "%1 with “%2”"), action, record.note
                )
            entity = _translated("Audit", entity_label(record.entity))
            return f"{entity} · {action}"
        if key == "field":
            return _translated(*field_label(record.entity, item.field)) if item.field else ""
        if not item.field:
            return record.note
        before = shown_value(record.entity, item.field, item.before)
        after = shown_value(record.entity, item.field, item.after)
        empty = QCoreApplication.translate("AuditTable", "(empty)")
        return f"{before or empty} → {after or empty}"


def audit_view(model: AuditModel, parent: QWidget) -> QTableView:
    """A read-only table view over `model`, sized for the log's columns."""
    view = QTableView(parent)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setStretchLastSection(True)
    widths = WIDTHS if any(key == "customer" for key, _ in model.columns) else NARROW_WIDTHS
    for number, (key, _label) in enumerate(model.columns):
        if key in widths:
            view.setColumnWidth(number, widths[key])
    return view
