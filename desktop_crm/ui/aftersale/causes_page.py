"""The cause-analysis page of the after-sale room (issue 13, item 2): for a span (this month,
last month, the last three or twelve months, this year) and a rep (the office's choice), how
the complaints stand against their deadline, a Pareto chart of the causes (bars most frequent
first, the cumulative share as a line on a 0-100 % axis) and the counts by product, rep and
month. The numbers come from services/aftersale/causes.py off the GUI thread; "Report PDF…"
prints the same as `desktop-crm report complaints`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMargins, Qt
from PySide6.QtGui import QAction, QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import fill_args
from ...services.aftersale.causes import CauseAnalysis, Count, cause_analysis
from ...services.aftersale.complaints import CAUSES
from ...services.owner.figures import Period
from ...services.people.policy import is_office
from ...services.people.users import sales_reps
from ..common.failures import failure_text
from ..common.report_pdf import SaveWords, save_report_pdf, warn
from ..common.rooms import room_action
from ..context import UiContext
from .complaint_dialog import complaint_label

BAR, LINE = QColor("#2563eb"), QColor("#16a34a")
THIS_MONTH, LAST_MONTH, THREE_MONTHS, TWELVE_MONTHS, THIS_YEAR = range(5)


def _add_months(first: dt.date, n: int) -> dt.date:
    month = first.year * 12 + first.month - 1 + n
    return dt.date(month // 12, month % 12 + 1, 1)


def span_of(choice: int, today: dt.date) -> Period:
    """The period a choice of the span box names, on `today`."""
    month = today.replace(day=1)
    if choice == LAST_MONTH:
        before = _add_months(month, -1)
        return Period.month(before.year, before.month)
    if choice in (THREE_MONTHS, TWELVE_MONTHS):
        start = _add_months(month, -2 if choice == THREE_MONTHS else -11)
        end = _add_months(month, 1) - dt.timedelta(days=1)
        return Period(start, end)
    if choice == THIS_YEAR:
        return Period.year(today.year)
    return Period.month(today.year, today.month)


class ParetoChart(QChartView):
    """Bars of the causes, most frequent first, and their cumulative share as a line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.labels: list[str] = []
        self.counts: list[int] = []
        self.cumulative: list[float] = []
        self.show_causes(None)

    def show_causes(self, found: CauseAnalysis | None) -> None:
        rows = found.causes if found else ()
        self.labels = [complaint_label(CAUSES, c.cause) for c in rows]
        self.counts = [c.count for c in rows]
        self.cumulative = [float(c.cumulative) for c in rows]
        chart = QChart()
        chart.setTitle(self.tr("Causes, most frequent first (Pareto)"))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        bars = QBarSeries()
        counts = QBarSet(self.tr("Complaints"))
        counts.setColor(BAR)
        counts.setBorderColor(BAR)
        for n in self.counts:
            counts.append(float(n))
        counts.setLabelColor(QColor("#111827"))
        bars.append(counts)
        bars.setBarWidth(0.5 if len(self.counts) > 2 else 0.3)
        bars.setLabelsVisible(True)
        bars.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        line = QLineSeries()
        line.setName(self.tr("Cumulative share"))
        line.setColor(LINE)
        line.setPointsVisible(True)
        line.setMarkerSize(7)
        for i, share in enumerate(self.cumulative):
            line.append(float(i), share)
        chart.addSeries(bars)
        chart.addSeries(line)
        axis_x = QBarCategoryAxis()
        axis_x.append(self.labels or [""])
        top, step = _count_axis(max(self.counts, default=0))
        axis_y = QValueAxis()
        axis_y.setRange(0, top)  # room above the highest bar for its count
        axis_y.setLabelFormat("%.0f")
        axis_y.setTickCount(int(top // step) + 1)
        axis_share = QValueAxis()
        axis_share.setRange(0, 100)
        axis_share.setLabelFormat("%.0f %%")
        axis_share.setTickCount(6)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_share, Qt.AlignmentFlag.AlignRight)
        bars.attachAxis(axis_x)
        bars.attachAxis(axis_y)
        line.attachAxis(axis_x)
        line.attachAxis(axis_share)
        self.setChart(chart)


def _count_axis(highest: int) -> tuple[int, int]:
    """(top, step) of a count axis: steps of 1, 2, 5, 10, 20, 50 …, at most 6 ticks, the top
    a step above `highest` so the count over the highest bar fits."""
    steps = (m * 10**e for e in range(15) for m in (1, 2, 5))
    step = next(s for s in steps if highest // s + 2 <= 6)
    return (highest // step + 1) * step, step


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, int, int]]) -> None:
    table.setRowCount(len(rows))
    for r, (key, count, late) in enumerate(rows):
        table.setItem(r, 0, QTableWidgetItem(key))
        for c, value in ((1, count), (2, late)):
            item = QTableWidgetItem(QLocale().toString(value))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


class CausesPage(QWidget):
    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("CausesPage")
        self.today = today or dt.date.today()
        self.found: CauseAnalysis | None = None
        user = ctx.app.user
        self.span_combo = QComboBox(self)
        self.span_combo.setObjectName("span_combo")
        for text in (
            self.tr("This month"),
            self.tr("Last month"),
            self.tr("The last 3 months"),
            self.tr("The last 12 months"),
            self.tr("This year"),
        ):
            self.span_combo.addItem(text)
        self.span_label = QLabel(self)
        self.rep_combo = QComboBox(self)
        self.rep_combo.addItem(self.tr("Every rep"), None)
        for person in sales_reps(user):
            self.rep_combo.addItem(person.name, person.id)
        self.rep_combo.setVisible(is_office(user))
        self.report_button = QPushButton(self.tr("&Report PDF…"), self)
        self.strip = QLabel(self)
        self.strip.setObjectName("causes_strip")
        self.strip.setWordWrap(True)
        self.chart = ParetoChart(self)
        count, late = self.tr("Complaints"), self.tr("Of them late")
        self.products = _table(self, [self.tr("Product"), count, late])
        self.reps = _table(self, [self.tr("Rep"), count, late])
        self.months = _table(self, [self.tr("Month"), count, late])
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Complaints received"), self))
        top.addWidget(self.span_combo)
        top.addWidget(self.span_label)
        top.addWidget(self.rep_combo)
        top.addStretch(1)
        top.addWidget(self.report_button)
        grid = QGridLayout()
        for column, (title, table) in enumerate(
            ((self.tr("By product"), self.products), (self.tr("By rep"), self.reps),
             (self.tr("By month"), self.months))
        ):  # fmt: skip
            box = QGroupBox(title, self)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(4, 4, 4, 4)
            inner.addWidget(table)
            grid.addWidget(box, 0, column)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.strip)
        layout.addWidget(self.chart, 3)
        layout.addLayout(grid, 2)
        self.refresh_action = room_action(self, self.tr("Re&fresh"), self.refresh, "F5")
        self.report_action = room_action(
            self, self.tr("Complaints &report…"), self.report, "Ctrl+P"
        )
        self.report_button.clicked.connect(self.report)
        self.span_combo.setCurrentIndex(THREE_MONTHS)  # a Pareto of one month is thin
        self.span_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.rep_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    def page_actions(self) -> list[QAction]:
        return [self.report_action, self.refresh_action]

    def current_period(self) -> Period:
        return span_of(self.span_combo.currentIndex(), self.today)

    def current_rep(self) -> int | None:
        return self.rep_combo.currentData() if is_office(self.ctx.app.user) else None

    def refresh(self) -> None:
        user, period, rep = self.ctx.app.user, self.current_period(), self.current_rep()
        locale = QLocale()
        self.span_label.setText(
            fill_args(
                self.tr("%1 – %2"),
                locale.toString(_qdate(period.start), QLocale.FormatType.ShortFormat),
                locale.toString(_qdate(period.end), QLocale.FormatType.ShortFormat),
            )
        )
        operation = self.ctx.runner.run(lambda: cause_analysis(user, period.start, period.end, rep))
        operation.on_success(self.show_analysis)
        operation.on_failure(lambda error: self.strip.setText(failure_text(error)))

    def show_analysis(self, found: CauseAnalysis) -> None:
        self.found = found
        rate = found.rate_on_time
        self.strip.setText(
            fill_args(
                self.tr(
                    "%1 complaints · %2 resolved on time · %3 late · %4 open, not yet due · "
                    "on time: %5"
                ),
                QLocale().toString(found.total),
                QLocale().toString(found.on_time),
                QLocale().toString(found.late),
                QLocale().toString(found.open),
                "–" if rate is None else f"{QLocale().toString(float(rate), 'f', 1)} %",
            )
        )
        self.chart.show_causes(found)
        products = [
            (p.key or self.tr("(no product named)"), p.count, p.late) for p in found.products
        ]
        if found.others:
            products.append((self.tr("Other products"), found.others, 0))
        _fill(self.products, products)
        _fill(self.reps, [(r.key or self.tr("(pool)"), r.count, r.late) for r in found.reps])
        _fill(self.months, [(self._month(m), m.count, m.late) for m in found.months])

    @staticmethod
    def _month(row: Count) -> str:
        if row.month is None:
            return row.key
        # the translators give the format: "yyyy年M月" in Chinese, "MMM yyyy" in English
        return str(
            QLocale().toString(
                _qdate(row.month), QCoreApplication.translate("CausesPage", "MMM yyyy")
            )
        )

    def report(self) -> None:
        from ...reports.complaints_report import ComplaintsParameters

        period = self.current_period()
        words = SaveWords(
            self.tr("Save the complaints report"),
            self.tr("PDF files (*.pdf)"),
            self.tr("Writing the complaints report…"),
        )
        save_report_pdf(
            self,
            self.ctx,
            "complaints",
            ComplaintsParameters(period, self.current_rep()),
            words,
            Path.home() / f"complaints-{period.text}.pdf",
            on_failed=warn(self, self.tr("Cause analysis")),
        )
