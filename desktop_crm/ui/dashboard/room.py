"""The dashboard room (概览): a period and a rep to look at, a tile per key figure against the
previous period, four charts; a tile opens the list behind it. The figures are computed on a
pool thread (ui/runner.py); the tiles keep the figures shown until the new ones arrive."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...i18n import fill_args
from ...services.owner.figures import Drill, FigureKey, Overview, Period, drill, overview
from ...services.people.policy import is_office
from ...services.people.users import sales_reps
from ..common.failures import failure_text
from ..common.report_pdf import SaveWords, save_report_pdf, warn
from ..context import UiContext
from .charts import PipelineChart, SalesChart, VisitsChart
from .drill_dialog import DrillDialog
from .tiles import ORDER, FigureTile

COLUMNS = 5  # at most; fewer when the room is narrower than COLUMNS × TILE_WIDTH
TILE_WIDTH = 250


# The period picker's choices.
THIS_MONTH, LAST_MONTH, THIS_WEEK, LAST_WEEK, A_MONTH, A_WEEK = range(6)


class DashboardRoom(QWidget):
    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self._generation = 0
        self.data: Overview | None = None
        self.drill_dialog: DrillDialog | None = None

        self.period_box = QComboBox(self)
        self.period_box.setObjectName("period_box")
        for label in (
            self.tr("This month"),
            self.tr("Last month"),
            self.tr("This week"),
            self.tr("Last week"),
            self.tr("A month…"),
            self.tr("A week…"),
        ):
            self.period_box.addItem(label)
        self.date_edit = QDateEdit(QDate(self.today.year, self.today.month, self.today.day), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setVisible(False)
        self.period_label = QLabel(self)
        self.rep_box = QComboBox(self)
        self.rep_box.setObjectName("rep_box")
        user = ctx.app.user
        if is_office(user):
            self.rep_box.addItem(self.tr("All reps"), None)
            for person in sales_reps(user):
                if person.role == "rep":
                    self.rep_box.addItem(person.name, person.id)
        else:  # a rep sees their own figures only
            self.rep_box.addItem(user.name, user.id)
            self.rep_box.setEnabled(False)
        self.status_label = QLabel(self)
        self.status_label.setStyleSheet("color: #6b7280;")
        refresh = QPushButton(self.tr("Refresh"), self)
        refresh.clicked.connect(self.refresh)
        summary = QPushButton(self.tr("Summary PDF…"), self)
        summary.setObjectName("summary_pdf")
        summary.setToolTip(
            self.tr(
                "The period's summary in a few pages: figures, a row per rep, charts, a to-do list"
            )
        )
        summary.clicked.connect(self.save_summary_pdf)
        self.period_box.currentIndexChanged.connect(self._period_changed)
        self.date_edit.dateChanged.connect(lambda _d: self.refresh())
        self.rep_box.currentIndexChanged.connect(lambda _i: self.refresh())

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period"), self))
        bar.addWidget(self.period_box)
        bar.addWidget(self.date_edit)
        bar.addWidget(self.period_label)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("Rep"), self))
        bar.addWidget(self.rep_box)
        bar.addStretch(1)
        bar.addWidget(self.status_label)
        bar.addWidget(refresh)
        bar.addWidget(summary)

        self.tiles: dict[FigureKey, FigureTile] = {}
        self.tile_grid = tiles = QGridLayout()
        tiles.setSpacing(8)
        for key in ORDER:
            tile = FigureTile(key, self)
            tile.clicked.connect(lambda value: self.open_drill(FigureKey(value)))
            self.tiles[key] = tile
        self.columns = 0
        self._lay_out_tiles(COLUMNS)
        self.sales_chart = SalesChart(self.tr("Sales by month"), self)
        self.pipeline_chart = PipelineChart(self.tr("Pipeline by stage"), self)
        self.rep_chart = VisitsChart(self.tr("Visits against the standard, per rep"), self)
        self.week_chart = VisitsChart(self.tr("Visits against the standard, per week"), self)
        charts = QGridLayout()
        charts.addWidget(self.sales_chart, 0, 0)
        charts.addWidget(self.pipeline_chart, 0, 1)
        charts.addWidget(self.rep_chart, 1, 0)
        charts.addWidget(self.week_chart, 1, 1)
        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.addLayout(tiles)
        inner.addLayout(charts, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        self.menu = QMenu(self.tr("&Overview"), self)
        self.menu.addAction(self.tr("Refresh"), self.refresh)
        self.menu.addAction(self.tr("Summary PDF…"), self.save_summary_pdf)
        self.refresh()

    def _lay_out_tiles(self, columns: int) -> None:
        """The tiles in `columns` columns (fewer on a narrow window, so nothing is cut)."""
        if columns == self.columns:
            return
        self.columns = columns
        for tile in self.tiles.values():
            self.tile_grid.removeWidget(tile)
        for n, key in enumerate(ORDER):
            self.tile_grid.addWidget(self.tiles[key], n // columns, n % columns)
        for column in range(COLUMNS):
            self.tile_grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._lay_out_tiles(max(2, min(COLUMNS, event.size().width() // TILE_WIDTH)))

    # ------------------------------------------------------------ room protocol
    def room_title(self) -> str:
        return self.tr("Overview")

    def room_menu(self) -> QMenu:
        return self.menu

    # ------------------------------------------------------------ the period and the rep
    def current_period(self) -> Period:
        choice = self.period_box.currentIndex()
        if choice in (A_MONTH, A_WEEK):
            day = self.date_edit.date().toPython()
            assert isinstance(day, dt.date)
            return Period.containing(day, "month" if choice == A_MONTH else "week")
        if choice in (THIS_WEEK, LAST_WEEK):
            week = Period.containing(self.today, "week")
            return week.previous() if choice == LAST_WEEK else week
        month = Period.containing(self.today, "month")
        return month.previous() if choice == LAST_MONTH else month

    def current_rep(self) -> int | None:
        value = self.rep_box.currentData()
        return None if value is None else int(value)

    def period_text(self, period: Period) -> str:
        locale = QLocale()
        return fill_args(
            self.tr("%1 (%2 – %3)"),
            period.text,
            locale.toString(
                QDate(period.start.year, period.start.month, period.start.day),
                QLocale.FormatType.ShortFormat,
            ),
            locale.toString(
                QDate(period.end.year, period.end.month, period.end.day),
                QLocale.FormatType.ShortFormat,
            ),
        )

    def save_summary_pdf(self) -> None:
        """The shown period's summary (the office's, or the chosen rep's own report) as PDF,
        through the one save flow every report uses (reports/summary_report.py)."""
        from ...reports.summary_report import SummaryParameters

        period, rep_id = self.current_period(), self.current_rep()
        words = SaveWords(
            self.tr("Save the summary"),
            self.tr("PDF files (*.pdf)"),
            self.tr("Writing the summary…"),
        )
        save_report_pdf(
            self,
            self.ctx,
            "summary",
            SummaryParameters(period, rep_id, today=self.today),
            words,
            Path.home() / f"summary-{period.text}.pdf",
            on_failed=warn(self, self.room_title()),
        )

    def _period_changed(self, choice: int) -> None:
        self.date_edit.setVisible(choice in (A_MONTH, A_WEEK))
        self.refresh()

    # ------------------------------------------------------------ loading
    def refresh(self) -> None:
        """Fetch the figures for the current choice; the shown ones stay until they come."""
        self._generation += 1
        generation = self._generation
        period, rep_id = self.current_period(), self.current_rep()
        self.period_label.setText(self.period_text(period))
        self.status_label.setText(self.tr("Updating…"))
        user, today = self.ctx.app.user, self.today
        operation = self.ctx.runner.run(lambda: overview(user, period, rep_id, today=today))
        operation.on_success(lambda data: self._show(generation, data))
        operation.on_failure(lambda error: self._failed(generation, error))

    def _show(self, generation: int, data: Overview) -> None:
        if generation != self._generation:
            return  # a newer choice is on its way
        self.data = data
        for key, tile in self.tiles.items():
            tile.show_figure(data.figures[key])
        self.sales_chart.show_sales(data.this_year, data.last_year)
        self.pipeline_chart.show_stages(data.stages)
        self.rep_chart.show_per_rep(data.per_rep)
        self.week_chart.show_per_week(data.per_week)
        self.status_label.setText("")

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.status_label.setText(failure_text(error))

    # ------------------------------------------------------------ the list behind a tile
    def open_drill(self, key: FigureKey) -> None:
        period, rep_id = self.current_period(), self.current_rep()
        user, today = self.ctx.app.user, self.today
        operation = self.ctx.runner.run(lambda: drill(user, key, period, rep_id, today=today))
        operation.on_success(lambda rows: self._show_drill(rows, period))
        operation.on_failure(lambda error: self.status_label.setText(failure_text(error)))

    def _show_drill(self, rows: Drill, period: Period) -> None:
        if self.drill_dialog is not None:
            self.drill_dialog.close()
        self.drill_dialog = DrillDialog(rows, self.period_text(period), self)
        self.drill_dialog.customer_chosen.connect(self.open_customer)
        self.drill_dialog.show()

    def open_customer(self, customer_id: int) -> None:
        """Show the customer in the customers room (the window's), if there is one."""
        show_room = getattr(self.window(), "show_room", None)
        room = show_room("CustomersRoom") if show_room else None
        if room is not None and hasattr(room, "show_customer"):
            room.show_customer(customer_id)
