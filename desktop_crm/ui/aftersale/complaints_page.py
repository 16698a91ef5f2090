"""The complaints register page: every complaint the person sees with its clock running live
(amber when due soon, red when late), filters, this month's on time against late, New / Edit
/ next status. The rows come from services/aftersale/complaints.py off the GUI thread; the
time left is computed again every 30 seconds from the rows already read (no query per tick).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...i18n import QT_TRANSLATE_NOOP, fill_args
from ...services.aftersale import complaints, deadline
from ...services.aftersale.causes import CauseAnalysis, cause_analysis
from ...services.aftersale.complaints import CAUSES, STATUSES
from ...services.common.errors import ConflictError, PermissionDenied, ValidationFailed
from ...services.people.policy import is_office
from ...services.people.users import sales_reps
from ...services.visits.standards import office_timezone
from ..common.messages import error_text
from ..common.rooms import room_action
from ..context import UiContext
from .complaint_dialog import ComplaintDialog, complaint_label

ID_ROLE = Qt.ItemDataRole.UserRole
TICK_MS = 30_000
LATE_COLOUR = QColor("#fde2e1")
SOON_COLOUR = QColor("#fff1c2")
LATE_TEXT = QColor("#b91c1c")


def left_text(clock: deadline.Clock) -> str:
    """The time left (or over) as the list shows it: "3 h 20 min", "late 1 h 05 min"."""
    seconds = int(abs(clock.left.total_seconds()))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        span = fill_args(
            QCoreApplication.translate("ComplaintsPage", "%1 d %2 h"), str(days), str(hours)
        )
    else:
        span = fill_args(
            QCoreApplication.translate("ComplaintsPage", "%1 h %2 min"),
            str(hours),
            f"{minutes:02d}",
        )
    if clock.state == deadline.ON_TIME:
        return QCoreApplication.translate("ComplaintsPage", "resolved on time")
    if clock.state == deadline.RESOLVED_LATE:
        return fill_args(QCoreApplication.translate("ComplaintsPage", "resolved %1 late"), span)
    if clock.state == deadline.LATE:
        return fill_args(QCoreApplication.translate("ComplaintsPage", "late by %1"), span)
    return span


class ComplaintsPage(QWidget):
    COLUMNS = (
        QT_TRANSLATE_NOOP("ComplaintsPage", "No."),
        QT_TRANSLATE_NOOP("ComplaintsPage", "Received"),
        QT_TRANSLATE_NOOP("ComplaintsPage", "Customer"),
        QT_TRANSLATE_NOOP("ComplaintsPage", "Cause"),
        QT_TRANSLATE_NOOP("ComplaintsPage", "Status"),
        QT_TRANSLATE_NOOP("ComplaintsPage", "Handler"),
        QT_TRANSLATE_NOOP("ComplaintsPage", "Due"),
        QT_TRANSLATE_NOOP("ComplaintsPage", "Time left"),
    )

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ComplaintsPage")
        user = ctx.app.user
        self.zone = office_timezone(user)
        self.records: list[complaints.ComplaintRecord] = []
        self.soon_hours = complaints.deadline_settings(user).soon_hours
        self.which_combo = QComboBox(self)
        self.which_combo.addItem(self.tr("Open"), "open")
        self.which_combo.addItem(self.tr("Late"), "late")
        self.which_combo.addItem(self.tr("All"), "all")
        self.rep_combo = QComboBox(self)
        self.rep_combo.addItem(self.tr("Every rep"), None)
        for person in sales_reps(user):
            self.rep_combo.addItem(person.name, person.id)
        self.rep_combo.setVisible(is_office(user))
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search customer, product, what happened…"))
        self.search_edit.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("&New complaint…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.next_button = QPushButton(self.tr("Next &status"), self)
        self.letter_button = QPushButton(self.tr("Reply &letter…"), self)
        self.strip = QLabel(self)
        self.strip.setObjectName("on_time_strip")
        self.model = QStandardItemModel(0, len(self.COLUMNS), self)
        self.model.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        top = QHBoxLayout()
        for widget in (self.which_combo, self.rep_combo, self.search_edit):
            top.addWidget(widget)
        top.addStretch(1)
        for button in (self.new_button, self.edit_button, self.next_button, self.letter_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.strip)
        layout.addWidget(self.table)
        self.new_action = room_action(self, self.tr("&New complaint…"), self.new, "Ctrl+N")
        self.edit_action = room_action(self, self.tr("&Edit complaint…"), self.edit, "Return")
        self.refresh_action = room_action(self, self.tr("Re&fresh"), self.refresh, "F5")
        self.new_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(self.edit)
        self.next_button.clicked.connect(self.next_status)
        self.letter_button.clicked.connect(self.open_letter)
        self.which_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.rep_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.tick = QTimer(self)
        self.tick.setInterval(TICK_MS)
        self.tick.timeout.connect(self.update_clocks)
        self.tick.start()
        self.refresh()

    def page_actions(self) -> list[QAction]:
        return [self.new_action, self.edit_action, self.refresh_action]

    # ------------------------------------------------------------ reading
    def wanted(self) -> complaints.ComplaintFilter:
        rep = self.rep_combo.currentData() if is_office(self.ctx.app.user) else None
        return complaints.ComplaintFilter(
            which=str(self.which_combo.currentData()),
            rep_id=rep,
            text=self.search_edit.text().strip()[:200],
        )

    def refresh(self, select: int | None = None) -> None:
        user, wanted = self.ctx.app.user, self.wanted()
        today = deadline.local_of(self._now(), self.zone).date()
        month_start = today.replace(day=1)
        month_end = (month_start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)

        def load() -> tuple[list[complaints.ComplaintRecord], CauseAnalysis]:
            # this month's on time against late: the cause analysis counts them (one rule
            # with the key figures), not this page
            month = cause_analysis(user, month_start, month_end, wanted.rep_id)
            return complaints.find_complaints(user, wanted), month

        self.ctx.runner.run(load).on_success(lambda result: self._show(result, select))

    @staticmethod
    def _now() -> dt.datetime:
        return dt.datetime.now(dt.UTC).replace(tzinfo=None)

    def _show(self, result: Any, select: int | None) -> None:
        self.records, month = result
        chosen = select if select is not None else self.current_id()
        self.model.removeRows(0, self.model.rowCount())
        for record in self.records:
            received = deadline.local_of(record.received_at, self.zone)
            due = deadline.local_of(record.due_at, self.zone)
            cells = [
                str(record.id),
                received.strftime("%Y-%m-%d %H:%M"),
                record.customer_name,
                complaint_label(CAUSES, record.cause),
                complaint_label(STATUSES, record.status),
                record.handler_name,
                due.strftime("%m-%d %H:%M"),
                "",
            ]
            items = [QStandardItem(text) for text in cells]
            items[0].setData(record.id, ID_ROLE)
            self.model.appendRow(items)
        self.update_clocks()
        self.strip.setText(
            fill_args(
                self.tr(
                    "This month: %1 complaints · %2 resolved on time · %3 late · "
                    "%4 open, not yet due"
                ),
                str(month.total),
                str(month.on_time),
                str(month.late),
                str(month.open),
            )
        )
        for row in range(self.model.rowCount()):
            if self.model.item(row, 0).data(ID_ROLE) == chosen:
                self.table.selectRow(row)
                break
        else:
            if self.model.rowCount():
                self.table.selectRow(0)

    def update_clocks(self, now: dt.datetime | None = None) -> None:
        """The time-left column and each row's colour at `now` (default: now)."""
        now = now or self._now()
        for row, record in enumerate(self.records[: self.model.rowCount()]):
            clock = record.clock_at(now, self.soon_hours)
            left = self.model.item(row, len(self.COLUMNS) - 1)
            left.setText(left_text(clock))
            colour = (
                LATE_COLOUR
                if clock.state == deadline.LATE
                else SOON_COLOUR
                if clock.state == deadline.DUE_SOON
                else None
            )
            for column in range(self.model.columnCount()):
                item = self.model.item(row, column)
                item.setBackground(QBrush(colour) if colour is not None else QBrush())
            left.setForeground(QBrush(LATE_TEXT) if clock.is_late else self.palette().text())

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = self.model.item(index.row(), 0).data(ID_ROLE)
        return int(value) if value is not None else None

    def current(self) -> complaints.ComplaintRecord | None:
        wanted = self.current_id()
        return next((r for r in self.records if r.id == wanted), None)

    # ------------------------------------------------------------ actions
    def new(self) -> None:
        dialog = ComplaintDialog(self.ctx, parent=self)
        dialog.saved.connect(lambda complaint_id: self.refresh(complaint_id))
        dialog.exec()

    def edit(self) -> None:
        complaint_id = self.current_id()
        if complaint_id is None:
            return
        dialog = ComplaintDialog(self.ctx, complaint_id, parent=self)
        dialog.saved.connect(lambda saved_id: self.refresh(saved_id))
        dialog.exec()

    def next_status(self) -> None:
        record = self.current()
        if record is None:
            return
        status = complaints.next_status(record.status)
        if status is None:
            return
        try:
            complaints.set_status(self.ctx.app.user, record.id, status, record.version)
        except ValidationFailed as failed:
            QMessageBox.warning(
                self,
                self.tr("Next status"),
                "\n".join(error_text(e) for e in failed.errors)
                + "\n"
                + self.tr("Fill in the call-back on the Handling tab first."),
            )
            return
        except (ConflictError, PermissionDenied) as error:
            QMessageBox.warning(self, self.tr("Next status"), str(error))
        self.refresh(record.id)

    def open_letter(self) -> None:
        """The reply letter's editor (the saved letter, else a draft in the reader's
        language): its seven parts to edit, Save, Print… on the letterhead."""
        complaint_id = self.current_id()
        if complaint_id is None:
            return
        from .letter_dialog import LetterDialog

        self.letter_dialog = LetterDialog(self.ctx, complaint_id, self)
        self.letter_dialog.saved.connect(lambda cid: self.refresh(select=cid))
        self.letter_dialog.open()
