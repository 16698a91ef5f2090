"""The rows of a dry run or an import as a table: the file's row number, the outcome in its
colour, the customer, and why (an error's column and reason, a skip's reason, an update's
changed fields); filtered by outcome without copying the results."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from ...i18n import fill_args
from ...services.importing.engine import ImportReport, Outcome, RowResult
from ...services.importing.mapping import RecordKind
from ...services.importing.rows import joined_name
from ...services.importing.tables import Table
from .common import column_name, joined, outcome_label, skip_reason_text, target_labels

COLOURS = {
    Outcome.CREATE: QColor("#1b7f3b"),
    Outcome.UPDATE: QColor("#1f5fbf"),
    Outcome.SKIP: QColor("#6b6b6b"),
    Outcome.ERROR: QColor("#b00020"),
}

Index = QModelIndex | QPersistentModelIndex

# the targets that name a row's customer, in the order looked for
_NAMING = {
    RecordKind.CUSTOMERS: (("name", "given_name", "family_name"), ("company",)),
    RecordKind.CONTACTS: (("customer",), ("contact.name", "given_name", "family_name")),
    RecordKind.DEALS: (("customer",),),
}


def row_customer(kind: RecordKind, mapping: tuple[str | None, ...], cells: list[str]) -> str:
    """Whom a row is about, from its own cells (a name from given and family name columns
    joined as the import joins it)."""

    def cell(key: str) -> str:
        index = mapping.index(key) if key in mapping else len(cells)
        return cells[index].strip() if index < len(cells) else ""

    parts = []
    for keys in _NAMING[kind]:
        text = cell(keys[0])
        if not text and keys[-2:] == ("given_name", "family_name"):
            text = joined_name(cell("given_name"), cell("family_name"))
        if text:
            parts.append(text)
            if kind == RecordKind.CUSTOMERS:
                break
    return " · ".join(parts)


class ResultsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.results: tuple[RowResult, ...] = ()
        self.table: Table | None = None
        self.kind = RecordKind.CUSTOMERS
        self.mapping: tuple[str | None, ...] = ()
        self.shown: list[int] = []
        self.outcome_filter: Outcome | None = None
        self._labels: dict[str, str] = {}
        self._row_of: dict[int, int] = {}

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("ImportWizard", "Row"),
            QCoreApplication.translate("ImportWizard", "Outcome"),
            QCoreApplication.translate("ImportWizard", "Customer"),
            QCoreApplication.translate("ImportWizard", "Reason"),
        ]

    def set_report(
        self,
        report: ImportReport | None,
        table: Table | None,
        kind: RecordKind,
        mapping: tuple[str | None, ...],
    ) -> None:
        self.beginResetModel()
        self.results = report.results if report is not None else ()
        self.table = table
        self.kind = kind
        self.mapping = mapping
        self._row_of = {n: i for i, n in enumerate(table.row_numbers)} if table is not None else {}
        self._labels = target_labels(kind) if report is not None else {}
        self._refilter()
        self.endResetModel()

    def set_filter(self, outcome: Outcome | None) -> None:
        self.beginResetModel()
        self.outcome_filter = outcome
        self._refilter()
        self.endResetModel()

    def _refilter(self) -> None:
        wanted = self.outcome_filter
        self.shown = [
            i for i, r in enumerate(self.results) if wanted is None or r.outcome == wanted
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def result(self, row: int) -> RowResult:
        return self.results[self.shown[row]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        result = self.result(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(result.row_number)
            if column == 1:
                return outcome_label(result.outcome)
            if column == 2:
                return self.customer(result)
            return self.reason(result)
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return COLOURS[result.outcome]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return self.reason(result)
        return None

    def customer(self, result: RowResult) -> str:
        table = self.table
        if table is None:
            return ""
        at = self._row_of.get(result.row_number)
        if at is None:
            return ""
        cells = table.rows[at]
        return row_customer(self.kind, self.mapping, cells)

    def reason(self, result: RowResult) -> str:
        if result.outcome == Outcome.ERROR:
            parts = []
            for problem in result.problems:
                if problem.text:  # the engine's sentence names the column itself
                    parts.append(problem.text)
                    continue
                where = column_name(self.table, problem.column) if self.table is not None else ""
                parts.append(f"{where}: {problem.code}" if where else problem.code)
            return "; ".join(parts)
        if result.outcome == Outcome.SKIP:
            return skip_reason_text(result.reason) if result.reason else ""
        if result.outcome == Outcome.UPDATE and result.changed:
            changed = joined([self._labels.get(key, key) for key in result.changed])
            return fill_args(QCoreApplication.translate("ImportWizard", "Changes: %1"), changed)
        return ""
