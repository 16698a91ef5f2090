"""The planner's side panels: who to visit next, the day's route, the week plan and review."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ...i18n import fill_args
from ...services.common.errors import ConflictError, NotFoundError, ValidationFailed
from ...services.common.formats import month_text, week_text
from ...services.customers.queries import addresses_of
from ...services.visits.calendar import week_start
from ...services.visits.day_sheet import day_rows, optimise_day_route
from ...services.visits.drafts import VisitRow
from ...services.visits.queries import missing_results
from ...services.visits.reviews import save_week_review, week_month_totals, week_report
from ...services.visits.suggestions import (
    DORMANT_DAYS,
    KEY_UNSEEN_DAYS,
    Suggestion,
    customers_to_visit,
)
from ...services.visits.writes import set_route_order
from ..common.messages import error_text
from ..context import UiContext

ID_ROLE = Qt.ItemDataRole.UserRole
VISIT_ROLE = Qt.ItemDataRole.UserRole + 1  # a visit waiting for its result
SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_unsaved_review(parent: QWidget, can_cancel: bool = True) -> str:
    """Save / Discard (/ Cancel) for a week plan or review left unsaved (tests replace this)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("PlannerWeekPanel", "Week review"))
    box.setText(
        QCoreApplication.translate(
            "PlannerWeekPanel", "The week plan or review has unsaved changes."
        )
    )
    box.setInformativeText(QCoreApplication.translate("PlannerWeekPanel", "Save them?"))
    buttons = QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
    if can_cancel:
        buttons |= QMessageBox.StandardButton.Cancel
    box.setStandardButtons(buttons)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return DISCARD
    return CANCEL


class PlannerSideList(QWidget):
    """Customers to visit next: overdue next actions, key customers unseen, dormant ones."""

    planRequested = Signal(int)  # customer id
    visitRequested = Signal(int)  # visit id: a past visit waiting for its result

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("PlannerSideList")
        self.today = dt.date.today()
        self.rep_id: int | None = None
        self._reading = 0  # the newest read of the list; an older one arriving is dropped
        self._waiting = False
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setSpacing(1)
        self.list.itemDoubleClicked.connect(self._activated)
        self.key_days = QSpinBox(self)
        self.key_days.setRange(KEY_UNSEEN_DAYS.low, KEY_UNSEEN_DAYS.high)
        self.key_days.setValue(KEY_UNSEEN_DAYS.default)
        self.key_days.setSuffix(self.tr(" days"))
        self.key_days.setToolTip(self.tr("Key customers not seen for this many days"))
        self.dormant_days = QSpinBox(self)
        self.dormant_days.setRange(DORMANT_DAYS.low, DORMANT_DAYS.high)
        self.dormant_days.setValue(DORMANT_DAYS.default)
        self.dormant_days.setSuffix(self.tr(" days"))
        self.dormant_days.setToolTip(self.tr("Customers without a visit or deal for this long"))
        self.key_days.valueChanged.connect(lambda _v: self.refresh())
        self.dormant_days.valueChanged.connect(lambda _v: self.refresh())
        self.plan_button = QPushButton(self.tr("Plan visit"), self)
        self.plan_button.clicked.connect(lambda: self._activated(self.list.currentItem()))
        days = QHBoxLayout()
        days.addWidget(QLabel(self.tr("Key unseen"), self))
        days.addWidget(self.key_days)
        days.addWidget(QLabel(self.tr("Dormant"), self))
        days.addWidget(self.dormant_days)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(days)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.plan_button)

    def show_for(self, today: dt.date, rep_id: int | None) -> None:
        self.today, self.rep_id = today, rep_id
        self.refresh()

    def refresh(self) -> None:
        """Read the list off the GUI thread (three scans of the customer file at 100k
        customers): the room paints at once and the list fills in when its read is done; a
        read overtaken by a newer one (another rep, other days) is dropped."""
        self._reading += 1
        reading = self._reading
        user, today, rep = self.ctx.app.user, self.today, self.rep_id
        key_days, dormant_days = self.key_days.value(), self.dormant_days.value()

        def load() -> tuple[list[VisitRow], list[Suggestion]]:
            missing = missing_results(user, rep, dt.datetime.now())
            found = customers_to_visit(
                user, today, rep, key_days=key_days, dormant_days=dormant_days
            )
            return missing, found

        self._waiting = True
        self.list.clear()
        waiting = QListWidgetItem(self.tr("Reading…"))
        waiting.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.addItem(waiting)
        operation = self.ctx.runner.run(load)
        operation.on_success(lambda result: self._show(reading, *result))
        operation.on_failure(lambda error: self._not_read(reading, error))

    def is_reading(self) -> bool:
        """Whether the list still waits for its newest read."""
        return self._waiting

    def _current(self, reading: int) -> bool:
        """Whether a read that came back is the newest one, for a list still on screen (the
        room may have been closed while its read ran)."""
        if not isValid(self) or reading != self._reading:
            return False
        self._waiting = False
        return True

    def _not_read(self, reading: int, error: BaseException) -> None:
        if not self._current(reading):
            return
        self.list.clear()
        item = QListWidgetItem(fill_args(self.tr("The list could not be read: %1"), error))
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setForeground(QColor("#b91c1c"))
        self.list.addItem(item)

    def _show(self, reading: int, missing: list[VisitRow], found: list[Suggestion]) -> None:
        if not self._current(reading):
            return  # a newer read is on its way, or the list is gone
        self.list.clear()
        self._add_missing_results(missing)
        headings = {
            "overdue": (self.tr("Next action due"), "#b91c1c"),
            "key_unseen": (self.tr("Key customers not seen"), "#1d4ed8"),
            "dormant": (self.tr("Dormant customers"), "#6b7280"),
        }
        for reason, (heading, colour) in headings.items():
            group = [s for s in found if s.reason == reason]
            if not group:
                continue
            header = QListWidgetItem(f"{heading} ({len(group)})")
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            header.setForeground(QColor(colour))
            self.list.addItem(header)
            for s in group:
                since = s.since.strftime("%Y-%m-%d") if s.since else ""
                if reason == "overdue":
                    why = f"{since}  {s.detail}"
                elif reason == "key_unseen":
                    why = (
                        fill_args(self.tr("last visit %1"), since)
                        if since
                        else self.tr("never visited")
                    )
                else:
                    why = fill_args(self.tr("last contact %1"), since)
                item = QListWidgetItem(f"{s.company or s.name}  ·  {s.name}\n    {why}")
                item.setData(ID_ROLE, s.customer_id)
                item.setToolTip(why)
                self.list.addItem(item)
        if not found:
            self.list.addItem(self.tr("Nobody waiting: every customer is planned or recent."))

    def _add_missing_results(self, missing: list[VisitRow]) -> None:
        """Past visits still without a result, first: the rep records them, the owner sees
        who has not (issue 14, item 3)."""
        if not missing:
            return
        header = QListWidgetItem(fill_args(self.tr("Result missing (%1)"), len(missing)))
        header.setFlags(Qt.ItemFlag.NoItemFlags)
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        header.setForeground(QColor("#b45309"))
        header.setToolTip(self.tr("Visits whose time is over but whose result is not recorded"))
        self.list.addItem(header)
        for row in missing:
            who = f"  ·  {row.rep_name}" if self.rep_id is None else ""
            item = QListWidgetItem(
                f"{row.company or row.customer_name}  ·  {row.customer_name}\n"
                f"    {row.start:%Y-%m-%d %H:%M}{who}"
            )
            item.setData(VISIT_ROLE, row.id)
            self.list.addItem(item)

    def _activated(self, item: QListWidgetItem | None) -> None:
        if item is not None and item.data(VISIT_ROLE):
            self.visitRequested.emit(int(item.data(VISIT_ROLE)))
        elif item is not None and item.data(ID_ROLE):
            self.planRequested.emit(int(item.data(ID_ROLE)))


class PlannerRoutePanel(QWidget):
    """The rep's route for one day: drag to reorder, or let the app optimise it."""

    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("PlannerRoutePanel")
        self.rep_id: int | None = None
        self.day = dt.date.today()
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.model().rowsMoved.connect(lambda *_a: self.save_order())
        self.optimise_button = QPushButton(self.tr("Optimise route"), self)
        self.optimise_button.setToolTip(
            self.tr(
                "Order by the customers' coordinates (shortest path), else by district and address"
            )
        )
        self.optimise_button.clicked.connect(self.optimise)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.optimise_button)

    def show_for(self, day: dt.date, rep_id: int | None) -> None:
        self.day, self.rep_id = day, rep_id
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        if self.rep_id is None:
            self.title.setText(self.tr("Choose one rep to see and order the day's route."))
            self.optimise_button.setEnabled(False)
            return
        _summary, rows = day_rows(self.ctx.app.user, self.rep_id, self.day)
        self.title.setText(
            fill_args(self.tr("Route for %1: drag to reorder"), self.day.strftime("%Y-%m-%d"))
        )
        addresses = addresses_of(self.ctx.app.user, [r.customer_id for r in rows])
        for number, row in enumerate(rows, start=1):
            address = addresses.get(row.customer_id, "")
            item = QListWidgetItem(f"{number}.  {row.start:%H:%M}  {row.title}\n     {address}")
            item.setData(ID_ROLE, row.id)
            self.list.addItem(item)
        self.optimise_button.setEnabled(len(rows) > 1)

    def order(self) -> list[int]:
        return [int(self.list.item(i).data(ID_ROLE)) for i in range(self.list.count())]

    def save_order(self) -> None:
        if self.rep_id is None:
            return
        try:
            set_route_order(self.ctx.app.user, self.rep_id, self.day, self.order())
        except (ValidationFailed, NotFoundError):  # a visit moved or went meanwhile
            QMessageBox.warning(
                self,
                self.tr("Route"),
                self.tr(
                    "The day's visits changed meanwhile; the route shows them as they are now."
                ),
            )
        self.refresh()
        self.changed.emit()

    def optimise(self) -> None:
        """Reorder the day, and (asked first) move the planned visits' times to follow the
        new order, so the sheet and the calendar file agree with the route."""
        if self.rep_id is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Optimise route"))
        box.setText(self.tr("Move the planned visits' times to follow the new order?"))
        box.setInformativeText(
            self.tr(
                "Durations are kept; the day starts at its first visit's time, with the "
                "travel between customers in between. Visits already done keep their times."
            )
        )
        retime = box.addButton(self.tr("Reorder and retime"), QMessageBox.ButtonRole.AcceptRole)
        order_only = box.addButton(self.tr("Reorder only"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(retime)
        box.exec()
        if box.clickedButton() not in (retime, order_only):
            return
        try:
            optimise_day_route(
                self.ctx.app.user, self.rep_id, self.day, retime=box.clickedButton() is retime
            )
        except ValidationFailed as failed:
            QMessageBox.warning(
                self, self.tr("Optimise route"), "\n".join(error_text(e) for e in failed.errors)
            )
        except (ConflictError, NotFoundError):
            QMessageBox.warning(
                self,
                self.tr("Route"),
                self.tr(
                    "The day's visits changed meanwhile; the route shows them as they are now."
                ),
            )
        self.refresh()
        self.changed.emit()


class PlannerWeekPanel(QWidget):
    """周计划 / 周检讨: the week against the standard, the month's totals, and the written review."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("PlannerWeekPanel")
        self.rep_id: int | None = None
        self.first_day = week_start(dt.date.today())
        self.version: int | None = None
        self._stored: tuple[str, str] = ("", "")  # plan and review as last loaded or saved
        self.figures = QLabel(self)
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.plan_edit = QPlainTextEdit(self)
        self.plan_edit.setPlaceholderText(self.tr("This week's aims (week plan)"))
        self.plan_edit.setMaximumHeight(90)
        self.review_edit = QPlainTextEdit(self)
        self.review_edit.setPlaceholderText(
            self.tr("What went well, what did not, what changes next week (week review)")
        )
        self.save_button = QPushButton(self.tr("Save week review"), self)
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.figures)
        layout.addWidget(QLabel(self.tr("Week plan"), self))
        layout.addWidget(self.plan_edit)
        layout.addWidget(QLabel(self.tr("Week review"), self))
        layout.addWidget(self.review_edit, 1)
        layout.addLayout(buttons)

    def _texts(self) -> tuple[str, str]:
        return self.plan_edit.toPlainText(), self.review_edit.toPlainText()

    def is_dirty(self) -> bool:
        return self.rep_id is not None and self._texts() != self._stored

    def maybe_leave(self, can_cancel: bool = True) -> bool:
        """Ask about unsaved text; False when the user wants to stay (or the save failed)."""
        if not self.is_dirty():
            return True
        answer = ask_unsaved_review(self, can_cancel)
        if answer == SAVE:
            return self.save()
        return answer == DISCARD

    def show_for(self, day: dt.date, rep_id: int | None) -> None:
        """Show a week; the same week again (after a visit changed) keeps what is being typed."""
        first_day = week_start(day)
        same = (first_day, rep_id) == (self.first_day, self.rep_id)
        if not same:
            self.maybe_leave(can_cancel=False)
        keep_texts = same and self.is_dirty()
        self.first_day, self.rep_id = first_day, rep_id
        self.refresh(keep_texts)

    def refresh(self, keep_texts: bool = False) -> None:
        enabled = self.rep_id is not None
        for widget in (self.plan_edit, self.review_edit, self.save_button):
            widget.setEnabled(enabled)
        if not keep_texts:
            self.saved_label.setText("")
        if self.rep_id is None:
            self.figures.setText(self.tr("Choose one rep to see the week plan and review."))
            self.plan_edit.clear()
            self.review_edit.clear()
            self._stored = self._texts()
            return
        report = week_report(self.ctx.app.user, self.rep_id, self.first_day)
        months = week_month_totals(self.ctx.app.user, self.rep_id, self.first_day)
        met = report.purpose_met
        lines = [
            fill_args(
                self.tr(
                    "<b>%1</b>: planned %2, done %3 of a standard %4<br>"
                    "Purpose met: %5 yes, %6 partly, %7 no · next actions %8"
                ),
                week_text(self.first_day, QCoreApplication.translate),
                report.planned,
                report.done,
                report.standard_total,
                met["yes"],
                met["partly"],
                met["no"],
                len(report.next_actions),
            )
        ]
        for month in months:  # both months of a week across a month's end
            lines.append(
                fill_args(
                    self.tr("<b>Month %1</b>: planned %2, done %3 of a standard %4"),
                    month_text(month.year, month.month, QCoreApplication.translate),
                    month.planned,
                    month.done,
                    month.standard.total,
                )
            )
        self.figures.setText("<br>".join(lines))
        if keep_texts:
            return
        self.plan_edit.setPlainText(report.plan_notes)
        self.review_edit.setPlainText(report.review)
        self._stored = self._texts()
        self.version = report.review_version

    def save(self) -> bool:
        if self.rep_id is None:
            return True
        try:
            self.version = save_week_review(
                self.ctx.app.user,
                self.rep_id,
                self.first_day,
                self.review_edit.toPlainText(),
                self.plan_edit.toPlainText(),
                self.version,
            )
        except ConflictError:
            QMessageBox.warning(
                self,
                self.tr("Week review"),
                self.tr("Someone else saved this week's review meanwhile; it is shown again."),
            )
            self.refresh()
            return False
        except ValidationFailed as error:
            QMessageBox.warning(
                self,
                self.tr("Week review"),
                "\n".join(error_text(e) for e in error.errors),
            )
            return False
        self._stored = self._texts()
        self.saved_label.setText(self.tr("Saved."))
        return True
