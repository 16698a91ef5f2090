"""A customer's assessment history: the trend of both scores, the list, two side by side."""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTableWidgetSelectionRange,
    QVBoxLayout,
    QWidget,
)

from ...i18n import fill_args
from ...services.analysis.assessments import HistoryPoint, compare, history
from ...services.analysis.customer_state import customer_state
from ...services.analysis.quadrant import QUADRANT_LABELS, get_thresholds, quadrant_of
from ..common.table_items import filled_item
from ..context import UiContext
from ..i18n import tr_marked

INTENT_COLOUR = QColor("#2563eb")
QUALITY_COLOUR = QColor("#c2410c")


def _ms(point: HistoryPoint) -> float:
    day = point.assessed_on
    return float(QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0)).toMSecsSinceEpoch())


class TrendChart(QChartView):
    """Intent and quality over time, 0-100."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(230)

    def show_points(self, points: list[HistoryPoint]) -> None:
        chart = QChart()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        chart.setMargins(chart.margins() * 0)
        axis_x = QDateTimeAxis()
        axis_x.setFormat("yyyy-MM-dd")
        axis_y = QValueAxis()
        axis_y.setRange(0, 100)
        axis_y.setTickCount(5)
        axis_y.setLabelFormat("%d")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for name, colour, attr in (
            (self.tr("Intent"), INTENT_COLOUR, "intent"),
            (self.tr("Quality"), QUALITY_COLOUR, "quality"),
        ):
            series = QLineSeries()
            series.setName(name)
            series.setPen(QPen(colour, 2.5))
            series.setPointsVisible(True)
            series.setPointLabelsVisible(True)
            series.setPointLabelsFormat("@yPoint")
            series.setPointLabelsClipping(False)
            for p in points:
                value = getattr(p, attr)
                if value is not None:
                    series.append(_ms(p), round(value))
            chart.addSeries(series)
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
        if points:
            first, last = _ms(points[0]), _ms(points[-1])
            pad = max((last - first) * 0.08, 15 * 86400000.0)
            axis_x.setRange(
                QDateTime.fromMSecsSinceEpoch(int(first - pad)),
                QDateTime.fromMSecsSinceEpoch(int(last + pad)),
            )
            axis_x.setTickCount(min(max(len(points), 2), 6))
        self.setChart(chart)


class HistoryDialog(QDialog):
    def __init__(self, ctx: UiContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        state = customer_state(self.ctx.app.user, customer_id)
        self.setWindowTitle(fill_args(self.tr("Assessment history – %1"), state.name))
        self.chart = TrendChart()
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Intent"),
                self.tr("Quality"),
                self.tr("Quadrant"),
                self.tr("By"),
                self.tr("Contact"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.compare_table = QTableWidget(0, 3)
        self.compare_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare_table.verticalHeader().hide()
        self.compare_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.compare_hint = QLabel(self.tr("Select two assessments to compare them."))
        new_button = QPushButton(self.tr("New assessment…"))
        new_button.clicked.connect(self._new_assessment)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(new_button, QDialogButtonBox.ButtonRole.ActionRole)
        pdf_button = QPushButton(self.tr("PDF report…"))
        pdf_button.setToolTip(self.tr("The newest selected assessment, with its answers"))
        pdf_button.clicked.connect(self._save_pdf)
        buttons.addButton(pdf_button, QDialogButtonBox.ButtonRole.ActionRole)

        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.chart, 3)
        left_box.addWidget(self.table, 2)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.compare_hint)
        right_box.addWidget(self.compare_table, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([560, 440])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.resize(1100, 680)
        self.reload()

    def reload(self) -> None:
        self.points = history(self.ctx.app.user, self.customer_id)
        thresholds = get_thresholds(self.ctx.app.user)
        self.chart.show_points(self.points)
        self.table.setRowCount(len(self.points))
        for row, p in enumerate(reversed(self.points)):
            quadrant = quadrant_of(p.intent, p.quality, thresholds)
            cells = [
                p.assessed_on.isoformat(),
                "–" if p.intent is None else f"{p.intent:.0f}",
                "–" if p.quality is None else f"{p.quality:.0f}",
                tr_marked("Quadrant", QUADRANT_LABELS[quadrant]) if quadrant else "–",
                p.assessed_by,
                p.contact_name,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if len(self.points) >= 2:  # the latest two, side by side
            last_column = self.table.columnCount() - 1
            self.table.setRangeSelected(QTableWidgetSelectionRange(0, 0, 1, last_column), True)
        else:
            self._show_compare([])

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedItems()})
        ids = [int(filled_item(self.table, r, 0).data(Qt.ItemDataRole.UserRole)) for r in rows]
        return list(reversed(ids))  # older first

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        self._show_compare(ids[-2:] if len(ids) >= 2 else [])

    def _show_compare(self, ids: list[int]) -> None:
        self.compare_hint.setVisible(len(ids) != 2)
        self.compare_table.setRowCount(0)
        if len(ids) != 2:
            return
        by_id = {p.id: p for p in self.points}
        left, right = by_id[ids[0]], by_id[ids[1]]
        self.compare_table.setHorizontalHeaderLabels(
            [self.tr("Question"), left.assessed_on.isoformat(), right.assessed_on.isoformat()]
        )
        rows = compare(self.ctx.app.user, ids[0], ids[1], self.ctx.lang)
        bold = self.font()
        bold.setBold(True)
        self.compare_table.setRowCount(0)

        def add(texts: tuple[str, str, str], heading: bool = False) -> int:
            r = self.compare_table.rowCount()
            self.compare_table.insertRow(r)
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if heading:
                    item.setFont(bold)
                    item.setBackground(self.palette().alternateBase())
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.compare_table.setItem(r, c, item)
            return r

        def number(value: float | None) -> str:
            return "–" if value is None else f"{value:.0f}"

        sections = (
            ("intent", self.tr("Intent score"), left.intent, right.intent),
            ("quality", self.tr("Quality score"), left.quality, right.quality),
        )
        for key, title, a, b in sections:
            add((title, number(a), number(b)), heading=True)
            for row in (x for x in rows if x.questionnaire == key):
                r = add((row.label, number(row.left), number(row.right)))
                filled_item(self.compare_table, r, 0).setToolTip(row.label)
                if row.left is not None and row.right is not None and row.left != row.right:
                    better = (row.right < row.left) if row.reverse else (row.right > row.left)
                    colour = QColor("#15803d" if better else "#b91c1c")
                    filled_item(self.compare_table, r, 2).setForeground(colour)
        self.compare_table.resizeColumnToContents(1)
        self.compare_table.resizeColumnToContents(2)

    def _save_pdf(self) -> None:
        from pathlib import Path

        from ...reports.assessment_report import AssessmentParameters
        from ..common.report_pdf import SaveWords, save_report_pdf, warn

        ids = self.selected_ids()
        chosen = ids[-1] if ids else (self.points[-1].id if self.points else None)
        words = SaveWords(
            self.tr("Save assessment report"),
            self.tr("PDF files (*.pdf)"),
            self.tr("Writing the report…"),
        )
        save_report_pdf(
            self,
            self.ctx,
            "assessment",
            AssessmentParameters(self.customer_id, assessment_id=chosen),
            words,
            Path.home() / "assessment.pdf",
            on_failed=warn(self, self.windowTitle()),
        )

    def _new_assessment(self) -> None:
        from .assessment_dialog import AssessmentDialog

        dialog = AssessmentDialog(self.ctx, self.customer_id, self)
        if dialog.exec():
            self.reload()
