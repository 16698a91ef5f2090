"""The intent × quality scatter chart: one point per customer, a colour per quadrant, the
threshold lines dashed; clicking a point emits the customer's id."""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from ...i18n import fill_args
from ...services.analysis.quadrant import QUADRANT_SHORT, Quadrant, QuadrantPoint, Thresholds
from ..i18n import tr_marked

COLOURS: dict[Quadrant, QColor] = {
    Quadrant.PURSUE: QColor("#16a34a"),
    Quadrant.SECURE: QColor("#d97706"),
    Quadrant.DEVELOP: QColor("#2563eb"),
    Quadrant.MAINTAIN: QColor("#6b7280"),
}


class QuadrantChart(QChartView):
    customer_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(420, 380)
        self.points: dict[Quadrant, list[QuadrantPoint]] = {}
        self.series: dict[Quadrant, QScatterSeries] = {}

    def show_points(self, points: list[QuadrantPoint], thresholds: Thresholds) -> None:
        chart = QChart()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        axis_x, axis_y = QValueAxis(), QValueAxis()
        for axis, title in ((axis_x, self.tr("Quality")), (axis_y, self.tr("Intent"))):
            axis.setRange(-2, 102)
            axis.setTickCount(5)
            axis.setLabelFormat("%d")
            axis.setTitleText(title)
        axis_x.setTickType(QValueAxis.TickType.TicksDynamic)
        axis_x.setTickAnchor(0)
        axis_x.setTickInterval(25)
        axis_y.setTickType(QValueAxis.TickType.TicksDynamic)
        axis_y.setTickAnchor(0)
        axis_y.setTickInterval(25)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        self.points = {q: [p for p in points if p.quadrant == q] for q in Quadrant}
        self.series = {}
        for quadrant in Quadrant:
            members = self.points[quadrant]
            series = QScatterSeries()
            series.setName(f"{tr_marked('Quadrant', QUADRANT_SHORT[quadrant])} ({len(members)})")
            series.setMarkerSize(9)
            series.setColor(COLOURS[quadrant])
            series.setBorderColor(QColor("white"))
            for p in members:
                series.append(p.quality, p.intent)
            series.clicked.connect(lambda point, q=quadrant: self._clicked(q, point))
            series.hovered.connect(lambda point, state, q=quadrant: self._hovered(q, point, state))
            chart.addSeries(series)
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
            self.series[quadrant] = series
        pen = QPen(QColor("#9aa5b1"), 1.2, Qt.PenStyle.DashLine)
        for a, b in (
            ((thresholds.quality, -2), (thresholds.quality, 102)),
            ((-2, thresholds.intent), (102, thresholds.intent)),
        ):
            line = QLineSeries()
            line.setPen(pen)
            line.append(*a)
            line.append(*b)
            chart.addSeries(line)
            line.attachAxis(axis_x)
            line.attachAxis(axis_y)
            chart.legend().markers(line)[0].setVisible(False)
        self.setChart(chart)

    def _nearest(self, quadrant: Quadrant, point: QPointF) -> QuadrantPoint | None:
        members = self.points.get(quadrant, [])
        if not members:
            return None
        return min(
            members, key=lambda p: (p.quality - point.x()) ** 2 + (p.intent - point.y()) ** 2
        )

    def _clicked(self, quadrant: Quadrant, point: QPointF) -> None:
        found = self._nearest(quadrant, point)
        if found is not None:
            self.customer_clicked.emit(found.customer_id)

    def _hovered(self, quadrant: Quadrant, point: QPointF, state: bool) -> None:
        if not state:
            QToolTip.hideText()
            return
        found = self._nearest(quadrant, point)
        if found is not None:
            QToolTip.showText(
                QCursor.pos(),
                f"{found.name}\n{found.rep_name}\n"
                + fill_args(
                    self.tr("intent %1 · quality %2"), f"{found.intent:.0f}", f"{found.quality:.0f}"
                ),
            )
