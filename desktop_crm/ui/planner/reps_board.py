"""The all-reps week as a board: a row per rep, a column per day (issue 14, item 4).

Each cell reads "done / planned" against the rep's own standard for the day, coloured (green:
done reaches the standard; amber: planned does, done not yet; red: not even planned), and
lists the day's visits (time and customer) inside, every one in the tooltip. A weekend day
with no visit for anyone is collapsed to a narrow column. The last column is the week's total.
Double-clicking a cell opens that rep's day in the calendar (`dayOpened`). It reads at 1280 px
with a dozen reps and more; the calendar's lanes do not.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QWidget,
)

from ...i18n import fill_args
from ...services.visits.calendar import DaySummary, RepDays
from ...services.visits.drafts import VisitRow
from ...services.visits.status import VisitStatus
from .calendar_view import weekday_name

MET = QColor("#dcfce7")  # done reaches the standard
PLANNED_ONLY = QColor("#fef3c7")  # planned reaches it, done not (yet)
SHORT = QColor("#fee2e2")  # not even planned
OFF = QColor("#f3f4f6")  # a day off with nothing planned
COLLAPSED_WIDTH = 40
SHOWN_VISITS = 4  # visits listed inside a cell; the rest are in its tooltip
REP_ROLE = Qt.ItemDataRole.UserRole + 1
DAY_ROLE = Qt.ItemDataRole.UserRole + 2
# The mark of a visit's status in a cell's tooltip (a planned visit: "·").
STATUS_MARKS = {VisitStatus.DONE.value: "✓", VisitStatus.NO_SHOW.value: "✗", VisitStatus.CANCELLED.value: "—"}  # fmt: skip


def cell_colour(summary: DaySummary) -> QColor:
    standard = summary.standard.total
    if standard == 0:
        return OFF if summary.planned == 0 else MET
    if summary.done >= standard:
        return MET
    if summary.planned >= standard:
        return PLANNED_ONLY
    return SHORT


class RepsBoard(QTableWidget):
    """See the module's text."""

    dayOpened = Signal(int, object)  # rep id, date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RepsBoard")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setMinimumSectionSize(COLLAPSED_WIDTH)
        self.cellDoubleClicked.connect(self._opened)
        self.board: list[RepDays] = []
        self._by_day: dict[tuple[int, dt.date], list[VisitRow]] = {}  # a cell's visits
        self.collapsed: set[int] = set()

    def legend(self) -> str:
        """What the cell colours mean, for the room's legend (rich text)."""
        return (
            self.tr("Each day: done / planned of the rep's standard.")
            + "&nbsp;&nbsp; "
            + "&nbsp;&nbsp;".join(
                f'<span style="color:{colour.darker(150).name()}">■</span> {text}'
                for colour, text in (
                    (MET, self.tr("standard met")),
                    (PLANNED_ONLY, self.tr("planned, not yet done")),
                    (SHORT, self.tr("short of the standard")),
                )
            )
        )

    def show_board(self, board: list[RepDays], first_day: dt.date, days: int) -> None:
        self.board = board
        self._by_day = {}
        for rep in board:  # each cell's visits in time order, sorted once for the board
            for r in sorted(rep.rows, key=lambda r: r.start):
                self._by_day.setdefault((rep.rep_id, r.start.date()), []).append(r)
        self.clear()
        self.setRowCount(len(board))
        self.setColumnCount(days + 1)
        dates = [first_day + dt.timedelta(d) for d in range(days)]
        self.collapsed = {
            index
            for index, day in enumerate(dates)
            if day.weekday() >= 5 and not any(r.summaries[index].planned for r in board)
        }
        for index, day in enumerate(dates):
            head = (
                weekday_name(day) if index in self.collapsed else f"{weekday_name(day)} {day:%m-%d}"
            )
            item = QTableWidgetItem(head)
            item.setToolTip(f"{weekday_name(day)} {day:%Y-%m-%d}")
            self.setHorizontalHeaderItem(index, item)
        self.setHorizontalHeaderItem(days, QTableWidgetItem(self.tr("Week total")))
        # The rows fit their contents, measured once at the end: a header item set after the
        # cells would measure every row again (0.5 s for 50 reps).
        rows_header = self.verticalHeader()
        rows_header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for row, rep in enumerate(board):
            self.setVerticalHeaderItem(row, QTableWidgetItem(rep.rep_name))
        for row, rep in enumerate(board):
            for index, summary in enumerate(rep.summaries):
                self.setItem(row, index, self._day_item(rep, summary, index in self.collapsed))
            total = QTableWidgetItem(
                fill_args(self.tr("%1 / %2\nstandard %3"), rep.done, rep.planned, rep.standard)
            )
            total.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setItem(row, days, total)
        header = self.horizontalHeader()
        for index in range(days):
            if index in self.collapsed:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Fixed)
                self.setColumnWidth(index, COLLAPSED_WIDTH)
            else:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(days, QHeaderView.ResizeMode.ResizeToContents)
        rows_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _day_item(self, rep: RepDays, summary: DaySummary, collapsed: bool) -> QTableWidgetItem:
        visits = self._by_day.get((rep.rep_id, summary.day), [])
        if collapsed:
            text = ""
        else:
            head = fill_args(
                self.tr("%1 / %2 of %3"), summary.done, summary.planned, summary.standard.total
            )
            shown = [f"{r.start:%H:%M} {r.customer_name}" for r in visits[:SHOWN_VISITS]]
            if len(visits) > SHOWN_VISITS:
                shown.append(fill_args(self.tr("… %1 more"), len(visits) - SHOWN_VISITS))
            text = "\n".join([head, *shown]) if summary.planned or summary.standard.total else ""
        item = QTableWidgetItem(text)
        item.setBackground(QBrush(cell_colour(summary)))
        item.setData(REP_ROLE, rep.rep_id)
        item.setData(DAY_ROLE, summary.day)
        item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return item

    def cell_tooltip(self, row: int, column: int) -> str:
        """A day cell's tooltip: the rep's day and every visit with its status mark (built
        when asked for: 2,000 visits' lines are not written for tooltips nobody opens)."""
        if not 0 <= row < len(self.board) or not 0 <= column < len(self.board[row].summaries):
            return ""
        rep, summary = self.board[row], self.board[row].summaries[column]
        marks = []
        for r in self._by_day.get((rep.rep_id, summary.day), []):
            mark = STATUS_MARKS.get(r.status, "·")
            marks.append(f"{mark} {r.start:%H:%M}  {r.customer_name}  {r.company}")
        tip = fill_args(
            self.tr("%1, %2: done %3, planned %4, standard %5"),
            rep.rep_name,
            summary.day.strftime("%Y-%m-%d"),
            summary.done,
            summary.planned,
            summary.standard.total,
        )
        return "\n".join([tip, *marks])

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.indexAt(event.pos())
            text = self.cell_tooltip(index.row(), index.column()) if index.isValid() else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def _opened(self, row: int, column: int) -> None:
        item = self.item(row, column)
        if item is not None and item.data(DAY_ROLE) is not None:
            self.dayOpened.emit(int(item.data(REP_ROLE)), item.data(DAY_ROLE))
