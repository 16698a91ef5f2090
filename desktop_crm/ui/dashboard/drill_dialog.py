"""The list behind a key figure: the customers, visits, deals or opportunities it counts; a
double-click opens the row's customer in the customers room."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...i18n import fill_args
from ...services.common.formats import money_text
from ...services.owner.figures import DEFINITIONS, Drill, DrillRow
from ..i18n import tr_marked
from .tiles import TITLES

Index = QModelIndex | QPersistentModelIndex


class DrillModel(QAbstractTableModel):
    def __init__(self, drill: Drill, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drill = drill
        self.rows: list[DrillRow] = list(drill.rows)
        day = {
            "customer": self.tr("Created"),
            "visit": self.tr("Visit on"),
            "deal": self.tr("Deal date"),
            "opportunity": self.tr("Closed / expected"),
            "complaint": self.tr("Received"),
            "survey": self.tr("Surveyed on"),
        }[drill.entity]
        text = {
            "customer": self.tr("Company"),
            "visit": self.tr("Matter / next action"),
            "deal": self.tr("Products"),
            "opportunity": self.tr("Opportunity"),
            "complaint": self.tr("What happened"),
            "survey": self.tr("Notes"),
        }[drill.entity]
        amount = {
            "opportunity": self.tr("Expected amount"),
            "survey": self.tr("Satisfaction index"),
        }.get(drill.entity, self.tr("Amount"))
        self.headers = [self.tr("Customer"), day, self.tr("Rep"), amount, text]
        if drill.entity in ("customer", "visit", "complaint"):
            self.headers.pop(3)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row.customer_id
        if role == Qt.ItemDataRole.TextAlignmentRole and len(self.headers) == 5:
            if index.column() == 3:  # the amount, its digits under each other
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = [
            row.customer,
            QLocale().toString(
                QDate(row.day.year, row.day.month, row.day.day), QLocale.FormatType.ShortFormat
            )
            if row.day
            else "",
            row.rep,
            self._amount_text(row.amount),
            row.text,
        ]
        if len(self.headers) == 4:
            values.pop(3)
        return values[index.column()]

    def _amount_text(self, amount: Decimal | None) -> str:
        if self.drill.entity == "survey":  # a satisfaction index, 0-100
            return "" if amount is None else QLocale().toString(float(amount), "f", 1)
        return money_text(amount)


class DrillDialog(QDialog):
    """Non-modal: the dashboard stays usable while the list is open."""

    customer_chosen = Signal(int)

    def __init__(self, drill: Drill, period_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drill = drill
        title = tr_marked("Dashboard", TITLES[drill.key])
        self.setWindowTitle(fill_args(self.tr("%1 — %2"), title, period_text))
        self.model = DrillModel(drill, self)
        self.view = QTableView(self)
        self.view.setObjectName("drill_rows")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setColumnWidth(0, 180)
        self.view.setColumnWidth(1, 110)
        self.view.setColumnWidth(2, 100)
        self.view.doubleClicked.connect(self._open)
        definition = QLabel(tr_marked("KeyFigures", DEFINITIONS[drill.key]), self)
        definition.setWordWrap(True)
        shown, total = len(drill.rows), len(drill.ids)
        count = (
            fill_args(self.tr("%1 rows. Double-click a row to open the customer."), total)
            if shown == total
            else fill_args(
                self.tr("The first %1 of %2 rows. Double-click a row to open the customer."),
                shown,
                total,
            )
        )
        self.count_label = QLabel(count, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(definition)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(buttons)
        self.resize(720, 480)

    def _open(self, index: QModelIndex) -> None:
        customer_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if customer_id is not None:
            self.customer_chosen.emit(int(customer_id))
