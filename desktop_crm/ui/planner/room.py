"""The Planner room: day and week calendars for one rep or all, against the daily standard,
with who to visit next, the day's route, the week review and the printed sheets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import fill_args
from ...services import visits as vs
from ...services.common.errors import ConflictError, ValidationFailed
from ...services.common.formats import week_text
from ...services.common.settings import PLANNER_FOLDER, PLANNER_SPLITTER
from ...services.people.policy import sees_every_customer
from ...services.people.users import sales_reps
from ...services.visits.calendar import (
    PlannerWeek,
    next_free_start,
    planner_period,
    reps_board,
    week_start,
)
from ..common.messages import error_text
from ..common.report_pdf import SaveWords, ask_save_path, save_report_pdf, write_in_background
from ..common.rooms import room_action
from ..context import UiContext
from ..local_settings import read_local, write_local
from .calendar_view import PlannerCalendar
from .reps_board import RepsBoard
from .side_panels import PlannerRoutePanel, PlannerSideList, PlannerWeekPanel
from .visit_dialog import VisitDialog


class PlannerRoom(QWidget):
    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, day: dt.date | None = None
    ) -> None:
        """The room on `day`'s week (today's unless given), read once."""
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("PlannerRoom")
        self.day = day or dt.date.today()
        self.week_mode = True
        self.dialog: VisitDialog | None = None
        self.period: PlannerWeek | None = None
        self.calendar = PlannerCalendar(self)
        self.side_list = PlannerSideList(ctx, self)
        self.route_panel = PlannerRoutePanel(ctx, self)
        self.week_panel = PlannerWeekPanel(ctx, self)
        self.side_tabs = QTabWidget(self)
        self.side_tabs.addTab(self.side_list, self.tr("Visit next"))
        self.side_tabs.addTab(self.route_panel, self.tr("Route"))
        self.side_tabs.addTab(self.week_panel, self.tr("Week review"))
        # the all-reps week reads as a board (reps × days); one rep, or a day, as a calendar
        self.board = RepsBoard(self)
        self.board_page = QWidget(self)
        board_layout = QVBoxLayout(self.board_page)
        board_layout.setContentsMargins(0, 0, 0, 0)
        board_layout.addWidget(self.board, 1)
        board_legend = QLabel(self.board.legend(), self.board_page)
        board_legend.setTextFormat(Qt.TextFormat.RichText)
        board_legend.setWordWrap(True)
        board_layout.addWidget(board_legend)
        self.views = QStackedWidget(self)
        self.views.addWidget(self.calendar)
        self.views.addWidget(self.board_page)
        self.board.dayOpened.connect(self.open_rep_day)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.views)
        self.splitter.addWidget(self.side_tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self._toolbar())
        layout.addWidget(self.splitter, 1)
        self._build_actions()
        self.calendar.visitMoved.connect(self.move_visit)
        self.calendar.visitOpened.connect(self.open_visit)
        self.calendar.slotActivated.connect(lambda when: self.plan_visit(start=when))
        self.calendar.daySelected.connect(self.select_day)
        self.calendar.visitSelected.connect(self._visit_selected)
        self.side_list.planRequested.connect(lambda cid: self.plan_visit(customer_id=cid))
        self.side_list.visitRequested.connect(self.open_visit)
        self.route_panel.changed.connect(self._reload_calendar)
        state = read_local(PLANNER_SPLITTER)
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes([900, 340])
        self.refresh()

    # ------------------------------------------------------------ building
    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.rep_combo = QComboBox(self)
        if sees_every_customer(self.ctx.app.user):  # a rep plans their own week only
            self.rep_combo.addItem(self.tr("All reps"), None)
        self.rep_ids: list[int] = []
        for rep in sales_reps(self.ctx.app.user):
            self.rep_combo.addItem(rep.name, rep.id)
            if rep.role == "rep":
                self.rep_ids.append(int(rep.id))
        self.rep_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.day_button = QToolButton(self)
        self.day_button.setText(self.tr("Day"))
        self.week_button = QToolButton(self)
        self.week_button.setText(self.tr("Week"))
        group = QButtonGroup(self)
        for button in (self.day_button, self.week_button):
            button.setCheckable(True)
            group.addButton(button)
        self.week_button.setChecked(True)
        self.day_button.clicked.connect(lambda: self.set_week_mode(False))
        self.week_button.clicked.connect(lambda: self.set_week_mode(True))
        self.prev_button = QToolButton(self)
        self.prev_button.setText("◀")
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.today_button = QPushButton(self.tr("Today"), self)
        self.today_button.clicked.connect(lambda: self.select_day(dt.date.today()))
        self.next_button = QToolButton(self)
        self.next_button.setText("▶")
        self.next_button.clicked.connect(lambda: self.step(1))
        self.range_label = QLabel(self)
        self.range_label.setStyleSheet("font-weight: bold; padding-left: 8px;")
        self.plan_button = QPushButton(self.tr("Plan visit"), self)
        self.plan_button.clicked.connect(lambda: self.plan_visit())
        self.sheet_button = QPushButton(self.tr("Visit sheet…"), self)
        self.sheet_button.clicked.connect(self.print_visit_sheet)
        bar.addWidget(QLabel(self.tr("Rep"), self))
        bar.addWidget(self.rep_combo)
        bar.addSpacing(8)
        bar.addWidget(self.day_button)
        bar.addWidget(self.week_button)
        bar.addSpacing(8)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.today_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.range_label)
        bar.addStretch(1)
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)  # wraps in a narrow window instead of widening it
        bar.addWidget(self.legend)
        bar.addSpacing(8)
        bar.addWidget(self.plan_button)
        bar.addWidget(self.sheet_button)
        return bar

    def _build_actions(self) -> None:
        def action(text: str, slot: Callable[[], Any], shortcut: str | None = None) -> QAction:
            return room_action(self, text, slot, shortcut)

        self.plan_action = action(self.tr("&Plan visit…"), lambda: self.plan_visit(), "Ctrl+N")
        self.sheet_action = action(self.tr("Print &visit sheet…"), self.print_visit_sheet)
        self.week_pdf_action = action(self.tr("Print &week plan…"), self.print_week_plan)
        self.ics_action = action(self.tr("&Export to calendar (.ics)…"), self.export_ics)
        self.standard_action = action(self.tr("Daily &standard…"), self.edit_standard)
        self.refresh_action = action(self.tr("Re&fresh"), self.refresh, "F5")
        self.menu = QMenu(self.tr("&Planner"), self)
        for act in (
            self.plan_action,
            None,
            self.sheet_action,
            self.week_pdf_action,
            self.ics_action,
            None,
            self.standard_action,
            self.refresh_action,
        ):
            if act is None:
                self.menu.addSeparator()
            else:
                self.menu.addAction(act)

    # ------------------------------------------------------------ room protocol
    def room_title(self) -> str:
        return self.tr("Planner")

    def room_menu(self) -> QMenu:
        return self.menu

    def maybe_close(self) -> bool:
        """An open visit dialog and the week review ask about unsaved changes first."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.reject()
            if self.dialog.isVisible():
                return False
        if not self.week_panel.maybe_leave():
            return False
        write_local(PLANNER_SPLITTER, self.splitter.saveState())
        return True

    def refresh(self) -> None:
        self._reload_calendar()
        rep = self.rep_id()
        self.side_list.show_for(dt.date.today(), rep)
        self.route_panel.show_for(self.day, rep)
        self.week_panel.show_for(self.day, rep)

    # ------------------------------------------------------------ state
    def rep_id(self) -> int | None:
        data = self.rep_combo.currentData()
        return int(data) if data is not None else None

    def select_rep(self, rep_id: int | None) -> None:
        self.rep_combo.setCurrentIndex(max(0, self.rep_combo.findData(rep_id)))

    def first_day(self) -> dt.date:
        return week_start(self.day) if self.week_mode else self.day

    def set_week_mode(self, week: bool) -> None:
        self.week_mode = week
        self.week_button.setChecked(week)
        self.day_button.setChecked(not week)
        self._reload_calendar()

    def step(self, direction: int) -> None:
        self.select_day(self.day + dt.timedelta(days=(7 if self.week_mode else 1) * direction))

    def select_day(self, day: dt.date) -> None:
        self.day = day
        self._reload_calendar()
        rep = self.rep_id()
        self.route_panel.show_for(day, rep)
        self.week_panel.show_for(day, rep)

    def _visit_selected(self, visit_id: int) -> None:
        row = next((r for r in self.period.rows if r.id == visit_id), None) if self.period else None
        if row is not None and row.start.date() != self.day:
            self.day = row.start.date()
            self.calendar.current_day = self.day
            self.route_panel.show_for(self.day, self.rep_id())
            self.calendar.update()

    def _reload_calendar(self) -> None:
        first = self.first_day()
        days = 7 if self.week_mode else 1
        self.period = planner_period(self.ctx.app.user, first, days, self.rep_id())
        self.calendar.current_day = self.day
        all_reps = self.rep_id() is None
        self.calendar.show_period(self.period, all_reps, self.rep_ids)
        on_board = all_reps and self.week_mode
        if on_board:
            names = {
                int(self.rep_combo.itemData(i)): self.rep_combo.itemText(i)
                for i in range(1, self.rep_combo.count())
            }
            reps = [(r, names[r]) for r in self.rep_ids if r in names]
            self.board.show_board(reps_board(self.ctx.app.user, self.period, reps), first, days)
        self.views.setCurrentWidget(self.board_page if on_board else self.calendar)
        if on_board:
            self.legend.setText("")  # the board's own legend is under it
        else:
            self._show_legend(all_reps)
        last = first + dt.timedelta(days=days - 1)
        if self.week_mode:
            week = week_text(first, QCoreApplication.translate)
            self.range_label.setText(f"{week}   {first:%Y-%m-%d} – {last:%m-%d}")
        else:
            self.range_label.setText(f"{first:%Y-%m-%d}")

    def open_rep_day(self, rep_id: int, day: dt.date) -> None:
        """A board cell double-clicked: that rep's day in the calendar."""
        self.week_mode = False
        self.week_button.setChecked(False)
        self.day_button.setChecked(True)
        self.day = day
        self.select_rep(rep_id)  # refreshes everything for the rep

    def _show_legend(self, all_reps: bool) -> None:
        """Who is which lane and colour (all reps); what the stripe and marks mean (one rep)."""
        if all_reps:
            names = {
                int(self.rep_combo.itemData(i)): self.rep_combo.itemText(i)
                for i in range(1, self.rep_combo.count())
            }
            parts = [
                (self.calendar.rep_colours[r].name(), "■", str(names.get(r, r)))
                for r in self.calendar.rep_order
                if r in names
            ]
        else:
            parts = [
                ("#f97316", "▌", self.tr("new customer")),
                ("#16a34a", "✓", self.tr("done")),
                ("#dc2626", "⚠", self.tr("overlap")),
                ("#b45309", "?", self.tr("result missing")),
            ]
        # the entries wrap between them, never inside one: a word joiner (U+2060) between
        # its characters, as Chinese may otherwise break anywhere
        self.legend.setText(
            " ".join(
                f'<span style="color:{colour}">{mark}</span>&nbsp;' + "\u2060".join(text)
                for colour, mark, text in parts
            )
        )
        # room for the entries on two lines at most (the toolbar holds two)
        whole = self.legend.fontMetrics().horizontalAdvance(
            "   ".join(f"? {t}" for _, _, t in parts)
        )
        self.legend.setMinimumWidth(min(whole // 2 + 24, 300))

    # ------------------------------------------------------------ visits
    def _show_dialog(self, dialog: VisitDialog) -> VisitDialog:
        self.dialog = dialog
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog

    def open_visit(self, visit_id: int) -> VisitDialog:
        return self._show_dialog(VisitDialog(self.ctx, visit_id, parent=self))

    def plan_visit(
        self, customer_id: int | None = None, start: dt.datetime | None = None
    ) -> VisitDialog:
        rep = self.rep_id()
        if start is None and rep is not None:  # the rep's next free slot, never one taken
            start = next_free_start(self.ctx.app.user, rep, self.day)
        elif start is None:
            start = dt.datetime.combine(self.day, dt.time(9, 0))
        return self._show_dialog(
            VisitDialog(
                self.ctx, customer_id=customer_id, start=start, rep_id=self.rep_id(), parent=self
            )
        )

    def move_visit(self, visit_id: int, version: int, start: dt.datetime) -> None:
        try:
            vs.move_visit(self.ctx.app.user, visit_id, version, start)
        except ConflictError:
            QMessageBox.warning(
                self,
                self.tr("Planner"),
                self.tr(
                    "Someone else changed this visit meanwhile; the calendar shows it as it is now."
                ),
            )
        except ValidationFailed as refused:
            QMessageBox.warning(
                self, self.tr("Planner"), "\n".join(error_text(e) for e in refused.errors)
            )
        self.refresh()

    # ------------------------------------------------------------ printing and export
    def _need_rep(self) -> int | None:
        rep = self.rep_id()
        if rep is None:
            QMessageBox.information(
                self, self.tr("Planner"), self.tr("Choose one rep first (the sheet is per rep).")
            )
        return rep

    def _words(self, caption: str, pattern: str) -> SaveWords:
        return SaveWords(caption, pattern, self.tr("Preparing…"))

    def _saved(self, path: Path) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(fill_args(self.tr("Saved %1"), path), 8000)

    def _not_written(self, path: Path, error: BaseException) -> None:
        QMessageBox.warning(
            self,
            self.tr("Planner"),
            fill_args(self.tr("Could not write %1:\n%2"), path, error),
        )

    def _save_report(self, caption: str, name: str, report: str, parameters: object) -> None:
        """Save a report as PDF, starting in the folder used last; the status bar says where."""
        save_report_pdf(
            self,
            self.ctx,
            report,
            parameters,
            self._words(caption, self.tr("PDF files (*.pdf)")),
            Path.home() / name,
            folder=PLANNER_FOLDER,
            on_saved=self._saved,
            on_failed=self._not_written,
        )

    def print_visit_sheet(self) -> None:
        from ...reports.visit_sheet import VisitSheetParameters

        rep = self._need_rep()
        if rep is None:
            return
        name = f"{self.tr('visit-sheet')}-{self.rep_combo.currentText()}-{self.day:%Y-%m-%d}.pdf"
        parameters = VisitSheetParameters(rep, self.day)
        self._save_report(self.tr("Save visit sheet"), name, "visit-sheet", parameters)

    def print_week_plan(self) -> None:
        from ...reports.week_plan import WeekPlanParameters

        rep = self._need_rep()
        if rep is None:
            return
        year, week, _ = week_start(self.day).isocalendar()
        name = f"{self.tr('week-plan')}-{self.rep_combo.currentText()}-{year}-W{week:02d}.pdf"
        parameters = WeekPlanParameters(rep, self.day)
        self._save_report(self.tr("Save week plan"), name, "week-plan", parameters)

    def export_ics(self) -> None:
        rep = self._need_rep()
        if rep is None:
            return
        first = week_start(self.day)
        last = first + dt.timedelta(days=27)
        name = f"{self.rep_combo.currentText()}-{first:%Y%m%d}-{last:%Y%m%d}.ics"
        words = self._words(
            self.tr("Export planned visits (next four weeks)"), self.tr("iCalendar files (*.ics)")
        )
        path = ask_save_path(self, words, Path.home() / name, PLANNER_FOLDER)
        if path is None:
            return
        from ...services.visits.ics_export import export_ics

        write_in_background(
            self,
            self.ctx,
            path,
            lambda: export_ics(self.ctx.app.user, rep, first, last),
            words.busy,
            self._saved,
            self._not_written,
        )

    def edit_standard(self) -> None:
        from .standard_dialog import PlannerStandardDialog

        if PlannerStandardDialog(self.ctx, self.rep_id(), self).exec():
            self.refresh()
