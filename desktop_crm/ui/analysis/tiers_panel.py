"""Tier distribution per rep with settable breakpoints, and where visit time went against the
60/30/10 guidance."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.analysis import tiers as tier_service
from ...services.analysis.key_customers import (
    CATEGORIES,
    GUIDANCE,
    STRATEGY,
    category_label,
    customers_by_category,
    time_share_off_guidance,
    visit_time_by_category,
)
from ..context import UiContext
from ..i18n import tr_marked


def _item(text: str, align_right: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class TiersPanel(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rep_id: int | None = None
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Rep"),
                "A",
                "B",
                "C",
                "D",
                self.tr("No tier"),
                self.tr("Set by hand"),
                self.tr("Customers"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.spins: list[QDoubleSpinBox] = []
        settings = QGroupBox(self.tr("Breakpoints: share of revenue per tier (last 12 months)"))
        row = QHBoxLayout(settings)
        for tier in tier_service.TIERS:
            spin = QDoubleSpinBox()
            spin.setRange(0, 100)
            spin.setDecimals(0)
            spin.setSuffix(" %")
            row.addWidget(QLabel(tier))
            row.addWidget(spin)
            self.spins.append(spin)
        self.apply_button = QPushButton(self.tr("Save and recompute"))
        self.apply_button.clicked.connect(self.apply_breakpoints)
        row.addWidget(self.apply_button)
        row.addStretch(1)
        explain = QLabel(
            self.tr(
                "A customer whose revenue starts within the first share of the total is A, and "
                "so on; equal revenue, equal tier; no revenue in 12 months is D. A tier set by "
                "hand on the customer wins and is counted under “Set by hand” too."
            )
        )
        explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(settings)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)

    def refresh(self, rep_id: int | None = None) -> None:
        self.rep_id = rep_id
        for spin, value in zip(
            self.spins, tier_service.get_breakpoints(self.ctx.app.user), strict=True
        ):
            spin.setValue(value)
        rows = tier_service.tier_distribution(self.ctx.app.user, rep_id)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            self.table.setItem(r, 0, _item(row.rep_name or self.tr("(no rep)"), False))
            for c, tier in enumerate(tier_service.TIERS, start=1):
                self.table.setItem(r, c, _item(str(row.counts[tier])))
            self.table.setItem(r, 5, _item(str(row.untiered)))
            self.table.setItem(r, 6, _item(str(row.manual)))
            self.table.setItem(r, 7, _item(str(row.total)))

    def apply_breakpoints(self) -> None:
        values = [spin.value() for spin in self.spins]
        try:
            tier_service.set_breakpoints(self.ctx.app.user, values)
        except ValueError:
            QMessageBox.warning(
                self, self.tr("Tiers"), self.tr("The four shares must add up to 100 %.")
            )
            return
        self.apply_button.setEnabled(False)
        op = self.ctx.runner.run(
            lambda: tier_service.recompute_tiers(self.ctx.app.user),
            label=self.tr("Recomputing tiers…"),
            parent=self,
        )
        op.on_success(lambda _n: self._recomputed())
        op.on_failure(lambda error: self._failed(error))

    def _recomputed(self) -> None:
        self.apply_button.setEnabled(True)
        self.refresh(self.rep_id)
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        self.apply_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("Tiers"), str(error))


class TimePanel(QWidget):
    """Per rep, the share of done-visit time per key-customer category against the guidance."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rep_id: int | None = None
        self.period = QComboBox()
        for days, text in (
            (30, self.tr("Last 30 days")),
            (90, self.tr("Last 90 days")),
            (365, self.tr("Last 12 months")),
        ):
            self.period.addItem(text, days)
        self.period.setCurrentIndex(1)
        self.period.currentIndexChanged.connect(lambda _i: self.refresh(self.rep_id))
        columns = [category_label(tr_marked, c) for c in (*CATEGORIES, "")]
        self.table = QTableWidget(0, len(columns) + 2)
        self.table.setHorizontalHeaderLabels([self.tr("Rep"), *columns, self.tr("Hours")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No done visits in this period."))
        strategies = QLabel(
            "".join(
                f"<p><b>{category_label(tr_marked, c)}</b> – "
                f"{tr_marked('KeyCustomer', STRATEGY[c])}</p>"
                for c in CATEGORIES
            )
        )
        strategies.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period")))
        top.addWidget(self.period)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        guidance = QLabel(
            self.tr(
                "Guidance: key customers are about 10 % of customers and get 60 % of the "
                "selling time; ordinary 30 % and 30 %; potential 60 % and 10 %. Each cell: "
                "actual share of visit time (guidance)."
            )
        )
        guidance.setWordWrap(True)  # wraps in a narrow window instead of widening it
        layout.addWidget(guidance)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(strategies)

    def refresh(self, rep_id: int | None = None) -> None:
        self.rep_id = rep_id
        until = dt.date.today()
        since = until - dt.timedelta(days=int(self.period.currentData()))
        reps = visit_time_by_category(self.ctx.app.user, since, until, rep_id)
        counts = customers_by_category(self.ctx.app.user, rep_id)
        all_customers = sum(counts.values()) or 1
        self.table.setRowCount(len(reps) + 1)
        self.table.setItem(0, 0, _item(self.tr("Share of customers (guidance)"), False))
        for c, category in enumerate((*CATEGORIES, ""), start=1):
            share = 100 * counts.get(category, 0) / all_customers
            guide = f" ({GUIDANCE[category][0]} %)" if category in GUIDANCE else ""
            self.table.setItem(0, c, _item(f"{share:.0f} %{guide}"))
        self.table.setItem(0, len(CATEGORIES) + 2, _item(""))
        for r, rep in enumerate(reps, start=1):
            self.table.setItem(r, 0, _item(rep.rep_name, False))
            for c, category in enumerate((*CATEGORIES, ""), start=1):
                share = rep.share(category)
                guidance = GUIDANCE.get(category)
                text = f"{share:.0f} %" + (f" ({guidance[1]} %)" if guidance else "")
                item = _item(text)
                if time_share_off_guidance(category, share):
                    item.setForeground(QColor("#b91c1c"))
                self.table.setItem(r, c, item)
            self.table.setItem(r, len(CATEGORIES) + 2, _item(f"{rep.total / 60:.1f}"))
        self.empty.setVisible(not reps)
