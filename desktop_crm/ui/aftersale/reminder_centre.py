"""The reminder centre (issue 13, item 5): the signed-in person's reminders of today, grouped
by kind, each to mark done, snooze (a day, a week) or dismiss; double click opens the customer
or the complaint. The monthly card group prints the cards or exports the list for a mail
merge (CSV for Excel, or .xlsx).

`ReminderWatch` (reminder_watch.py) ties it to the main window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import fill_args
from ...reports.reminder_texts import kind_label, reminder_text
from ...services.aftersale import reminders as r
from ...services.common.formats import date_text
from ..context import UiContext
from ..i18n import translate_function
from .reminder_watch import CHECK_EVERY_MS, SHORTCUT, START_AFTER_MS, ReminderWatch, should_open

__all__ = [
    "CHECK_EVERY_MS",
    "SHORTCUT",
    "START_AFTER_MS",
    "ReminderCentre",
    "ReminderWatch",
    "should_open",
]

KEY_ROLE = Qt.ItemDataRole.UserRole
NEW_COLOUR = QColor("#2563eb")
LATE_COLOUR = QColor("#b91c1c")


class ReminderCentre(QDialog):
    """The list of one day's reminders; marks go straight to the database."""

    changed = Signal()  # a mark was written

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        day: dt.date | None = None,
        found: list[r.Reminder] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.day = day or dt.date.today()
        self.found: list[r.Reminder] = []
        self.setObjectName("ReminderCentre")
        self.setWindowTitle(self.tr("Reminders"))
        self.translate = translate_function(ctx.lang)
        self.heading = QLabel(self)
        self.heading.setObjectName("reminders_heading")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("reminders_tree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Reminder"), self.tr("Day")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.tree.header().resizeSection(1, 130)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.tree.itemDoubleClicked.connect(lambda item, _c: self.open_item(item))
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.done_button = self._button(self.tr("&Done"), "reminder_done", self.mark_done)
        self.snooze_day_button = self._button(
            self.tr("Sn&ooze a day"), "reminder_snooze_day", lambda: self.snooze(1)
        )
        self.snooze_week_button = self._button(
            self.tr("Snooze a &week"), "reminder_snooze_week", lambda: self.snooze(7)
        )
        self.dismiss_button = self._button(self.tr("D&ismiss"), "reminder_dismiss", self.dismiss)
        self.print_button = self._button(
            self.tr("&Print cards…"), "reminder_print_cards", self.print_cards
        )
        self.export_button = self._button(
            self.tr("&Export for mail merge…"), "reminder_export_cards", self.export_cards
        )
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (
            self.done_button,
            self.snooze_day_button,
            self.snooze_week_button,
            self.dismiss_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.resize(860, 520)
        if found is None:
            self.refresh()
        else:
            self._show(found)

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())
        return button

    # ------------------------------------------------------------ the list
    def refresh(self) -> None:
        user, day = self.ctx.app.user, self.day
        operation = self.ctx.runner.run(lambda: r.reminders_for(user, day), parent=self)
        operation.on_success(self._show)
        operation.on_failure(
            lambda error: QMessageBox.warning(self, self.tr("Reminders"), str(error))
        )

    def _show(self, found: list[r.Reminder]) -> None:
        self.found = found
        selected = set(self.selected_keys())
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        groups: dict[str, QTreeWidgetItem] = {}
        for reminder in found:
            group = groups.get(reminder.kind)
            if group is None:
                group = QTreeWidgetItem(self.tree)
                group.setFirstColumnSpanned(False)
                group.setFont(0, bold)
                groups[reminder.kind] = group
            item = QTreeWidgetItem(group)
            item.setText(0, reminder_text(reminder, self.translate, self.ctx.lang))
            item.setText(1, date_text(reminder.due_on, self.ctx.lang))
            item.setData(0, KEY_ROLE, reminder.key)
            if reminder.new:
                item.setFont(0, bold)
                item.setForeground(0, QBrush(NEW_COLOUR))
                item.setToolTip(0, self.tr("New since you last looked"))
            if reminder.kind == r.COMPLAINT_LATE:
                item.setForeground(1, QBrush(LATE_COLOUR))
            item.setSelected(reminder.key in selected)
        for kind, group in groups.items():
            group.setText(0, f"{kind_label(kind, self.translate)} ({group.childCount()})")
            group.setExpanded(True)
        count = len(found)
        shown_day = date_text(self.day, self.ctx.lang)
        self.heading.setText(
            fill_args(self.tr("Reminders for %1: %2"), shown_day, count)
            if count
            else fill_args(self.tr("Nothing to do on %1."), shown_day)
        )
        self._selection_changed()
        if self.day >= dt.date.today():
            user, day = self.ctx.app.user, self.day
            self.ctx.runner.run(lambda: r.seen(user, day))  # seen now: new next time is newer

    def reminder(self, key: str) -> r.Reminder | None:
        return next((x for x in self.found if x.key == key), None)

    def selected_keys(self) -> list[str]:
        keys = [item.data(0, KEY_ROLE) for item in self.tree.selectedItems()]
        return [k for k in keys if isinstance(k, str)]

    def select_key(self, key: str) -> bool:
        for item in self.items():
            if item.data(0, KEY_ROLE) == key:
                self.tree.setCurrentItem(item)
                return True
        return False

    def items(self) -> list[QTreeWidgetItem]:
        """The reminder rows (not the kind groups), in their order."""
        found = []
        for n in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(n)
            if group is not None:
                found += [c for m in range(group.childCount()) if (c := group.child(m))]
        return found

    def _selection_changed(self) -> None:
        keys = self.selected_keys()
        for button in (
            self.done_button,
            self.snooze_day_button,
            self.snooze_week_button,
            self.dismiss_button,
        ):
            button.setEnabled(bool(keys))
        cards = any(x.kind == r.MONTHLY_CARD for x in self.found)
        self.print_button.setVisible(cards)
        self.export_button.setVisible(cards)

    def _context_menu(self, point: Any) -> None:
        if not self.selected_keys():
            return
        menu = QMenu(self)
        for button in (
            self.done_button,
            self.snooze_day_button,
            self.snooze_week_button,
            self.dismiss_button,
        ):
            action = menu.addAction(button.text().replace("&", ""))
            action.triggered.connect(button.click)
        menu.exec(self.tree.viewport().mapToGlobal(point))

    # ------------------------------------------------------------ marks
    def _mark(self, state: str, until: dt.date | None = None) -> None:
        keys = self.selected_keys()
        if not keys:
            return
        user, today = self.ctx.app.user, dt.date.today()
        for key in keys:
            r.mark(user, key, state, until, today=min(today, self.day))
        self.changed.emit()
        self.refresh()

    def mark_done(self) -> None:
        self._mark(r.DONE)

    def snooze(self, days: int) -> None:
        self._mark(r.SNOOZED, max(self.day, dt.date.today()) + dt.timedelta(days=days))

    def dismiss(self) -> None:
        self._mark(r.DISMISSED)

    # ------------------------------------------------------------ opening
    def open_item(self, item: QTreeWidgetItem) -> None:
        key = item.data(0, KEY_ROLE)
        reminder = self.reminder(key) if isinstance(key, str) else None
        if reminder is None:
            return
        if reminder.kind == r.MONTHLY_CARD:
            self.print_cards()
        elif reminder.complaint_id is not None:
            self.open_complaint(reminder.complaint_id)
        elif reminder.customer_id is not None:
            self.open_customer(reminder.customer_id)

    def open_customer(self, customer_id: int) -> None:
        window = self.parent()
        show_room = getattr(window, "show_room", None)
        room = show_room("CustomersRoom") if show_room else None
        if room is not None and hasattr(room, "show_customer"):
            room.show_customer(customer_id)
            window.activateWindow()  # type: ignore[union-attr]

    def open_complaint(self, complaint_id: int) -> None:
        from .complaint_dialog import ComplaintDialog

        dialog = ComplaintDialog(self.ctx, complaint_id, parent=self)
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.exec()

    # ------------------------------------------------------------ the monthly cards
    def _month(self) -> dt.date:
        return self.day.replace(day=1)

    def print_cards(self) -> None:
        from ...reports.monthly_cards import MonthlyCardsParameters
        from ..common.report_pdf import SaveWords, save_report_pdf, warn

        words = SaveWords(
            self.tr("Monthly cards"), self.tr("PDF files (*.pdf)"), self.tr("Preparing the cards…")
        )
        month = self._month()
        save_report_pdf(
            self,
            self.ctx,
            "monthly-cards",
            MonthlyCardsParameters(month),
            words,
            Path.home() / f"monthly-cards-{month:%Y-%m}.pdf",
            on_failed=warn(self, self.tr("Monthly cards")),
        )

    def export_cards(self) -> None:
        from ...services.aftersale.card_export import cards_csv, cards_xlsx
        from ..common.report_pdf import SaveWords, ask_save_path, warn, write_in_background

        month = self._month()
        words = SaveWords(
            self.tr("Export the monthly cards"),
            self.tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"),
            self.tr("Writing the card list…"),
        )
        path = ask_save_path(self, words, Path.home() / f"monthly-cards-{month:%Y-%m}.xlsx")
        if path is None:
            return
        user, translate = self.ctx.app.user, self.translate
        as_csv = path.suffix.lower() == ".csv"

        def make() -> bytes:
            return (cards_csv if as_csv else cards_xlsx)(user, month, translate)

        write_in_background(
            self,
            self.ctx,
            path,
            make,
            words.busy,
            lambda saved: self.heading.setText(fill_args(self.tr("Saved %1"), saved)),
            warn(self, words.caption),
        )
