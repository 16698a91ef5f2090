"""The weighted forecast by month: a bar chart of amount × probability per expected close
month, and the table under it (count, amount, weighted)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import fill_args
from ...services.common.formats import money_text
from ...services.owner.pipeline import MonthForecast


class ForecastPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ForecastPanel")
        self.title = QLabel(self.tr("<b>Weighted forecast</b> (amount × probability)"), self)
        self.title.setWordWrap(True)
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setMargins(self.chart.margins() * 0)
        self.chart.setBackgroundRoundness(0)
        self.view = QChartView(self.chart, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(170)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("forecast_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Month"), self.tr("Count"), self.tr("Weighted")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.total = QLabel(self)
        self.total.setWordWrap(True)
        self.note = QLabel(
            self.tr("Open opportunities by expected close month; a late one counts in this month."),
            self,
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #4b5563;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.note)

    def show_months(self, months: Sequence[MonthForecast]) -> None:
        self.table.setRowCount(len(months))
        for row, month in enumerate(months):
            values = [f"{month.month:%Y-%m}", str(month.count), money_text(month.weighted)]
            tip = fill_args(
                self.tr("%1 opportunities, %2 in all"), month.count, money_text(month.amount)
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        weighted = sum((m.weighted for m in months), Decimal(0))
        self.total.setText(
            fill_args(self.tr("%1 months: %2 weighted"), len(months), money_text(weighted))
        )
        self._chart(months)

    def _chart(self, months: Sequence[MonthForecast]) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        bars = QBarSet(self.tr("Weighted"))
        bars.setColor(QColor("#2563eb"))
        top = 0.0
        for month in months:
            value = float(month.weighted) / 1000
            bars.append(value)
            top = max(top, value)
        series = QBarSeries()
        series.append(bars)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([f"{m.month:%m}" for m in months])
        values = QValueAxis()
        values.setRange(0, top * 1.1 if top else 1)
        values.setLabelFormat("%.0f")
        values.setTickCount(3)
        values.setTitleText(self.tr("thousand ¥"))
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
