"""The dashboard's charts (QtCharts): sales by month this year against last year, the pipeline
by stage, and visits done against the standard per rep and per week."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from ...i18n import QT_TRANSLATE_NOOP
from ...services.common.formats import money_axis_text
from ...services.owner.figures import MonthAmount, StageAmount, VisitsAgainstStandard
from ..i18n import tr_marked

# The default pipeline's stages (services/owner/pipeline names the office's own).
STAGE_LABELS: dict[str, str] = {
    "contact": QT_TRANSLATE_NOOP("Dashboard", "First contact"),
    "needs": QT_TRANSLATE_NOOP("Dashboard", "Needs confirmed"),
    "proposal": QT_TRANSLATE_NOOP("Dashboard", "Proposal"),
    "negotiation": QT_TRANSLATE_NOOP("Dashboard", "Negotiation"),
    "won": QT_TRANSLATE_NOOP("Dashboard", "Won"),
    "lost": QT_TRANSLATE_NOOP("Dashboard", "Lost"),
}
BLUE, GREY, GREEN, AMBER = (
    QColor("#2563eb"),
    QColor("#9ca3af"),
    QColor("#16a34a"),
    QColor("#d97706"),
)


def stage_label(code: str) -> str:
    return tr_marked("Dashboard", STAGE_LABELS[code]) if code in STAGE_LABELS else code


class BarChart(QChartView):
    """A grouped bar chart: categories along the bottom, one bar set per series. A `money`
    chart writes its value axis short and whole (formats.money_axis_text: 500万, 5.0M)."""

    money = False

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.axis_labels: list[str] = []
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self.title = title
        self.values: dict[str, list[float]] = {}
        self.categories: list[str] = []
        self.show_bars([], [])

    def show_bars(
        self, categories: Sequence[str], sets: Sequence[tuple[str, QColor, Sequence[float]]]
    ) -> None:
        chart = QChart()
        chart.setTitle(self.title)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        series = QBarSeries()
        self.categories = list(categories)
        self.values = {}
        top = 0.0
        for name, colour, values in sets:
            bar = QBarSet(name)
            bar.setColor(colour)
            bar.setBorderColor(colour)
            for v in values:
                bar.append(float(v))
                top = max(top, float(v))
            series.append(bar)
            self.values[name] = [float(v) for v in values]
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(self.categories or [""])
        high = _nice_top(top)
        axis_y: QValueAxis
        if self.money:
            axis_y = QCategoryAxis()
            axis_y.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
            language = QLocale().name()
            self.axis_labels = []
            for tick in _ticks(high):
                label = money_axis_text(tick, language, top=high)
                axis_y.append(label, tick)
                self.axis_labels.append(label)
            axis_y.setRange(0, high)
        else:
            axis_y = QValueAxis()
            axis_y.setRange(0, high)
            axis_y.setLabelFormat("%.0f")
            axis_y.setTickCount(5)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        self.setChart(chart)


def _nice_top(top: float) -> float:
    """A round upper end for the value axis (1, 2 or 5 × a power of ten)."""
    if top <= 4:
        return 4.0  # an empty chart still reads 0 1 2 3 4
    power = 10 ** (len(str(int(top))) - 1)
    for step in (1, 2, 5, 10):
        if top <= step * power:
            return float(step * power)
    return float(10 * power)


def _ticks(top: float) -> list[float]:
    """0 to `top` (1, 2 or 5 × a power of ten) in round steps: fifths of 1 and 5, quarters
    of 2 (0 0.5 1 1.5 2)."""
    steps = 4 if str(int(top))[0] == "2" else 5
    return [top * n / steps for n in range(steps + 1)]


class SalesChart(BarChart):
    money = True

    def show_sales(self, this_year: list[MonthAmount], last_year: list[MonthAmount]) -> None:
        locale = QLocale()
        months = [
            locale.standaloneMonthName(m.month.month, QLocale.FormatType.ShortFormat)
            for m in this_year
        ]
        year = this_year[0].month.year if this_year else dt.date.today().year
        self.show_bars(
            months,
            [
                (str(year), BLUE, [float(m.amount) for m in this_year]),
                (str(year - 1), GREY, [float(m.amount) for m in last_year]),
            ],
        )


class PipelineChart(BarChart):
    money = True

    def show_stages(self, stages: list[StageAmount]) -> None:
        self.show_bars(
            [stage_label(s.stage) for s in stages],
            [
                (self.tr("Expected amount"), BLUE, [float(s.amount) for s in stages]),
                (self.tr("Weighted"), AMBER, [float(s.weighted) for s in stages]),
            ],
        )


class VisitsChart(BarChart):
    def show_per_rep(self, rows: list[VisitsAgainstStandard]) -> None:
        self.show_bars(
            [r.rep_name for r in rows],
            [
                (self.tr("Done"), GREEN, [r.done for r in rows]),
                (self.tr("Standard"), GREY, [r.standard for r in rows]),
            ],
        )

    def show_per_week(self, rows: list[VisitsAgainstStandard]) -> None:
        weeks: dict[dt.date, list[int]] = {}
        for r in rows:
            if r.week_start is not None:
                total = weeks.setdefault(r.week_start, [0, 0])
                total[0] += r.done
                total[1] += r.standard
        labels = [f"W{w.isocalendar().week:02d}" for w in sorted(weeks)]
        ordered = [weeks[w] for w in sorted(weeks)]
        self.show_bars(
            labels,
            [
                (self.tr("Done"), GREEN, [d for d, _ in ordered]),
                (self.tr("Standard"), GREY, [s for _, s in ordered]),
            ],
        )
