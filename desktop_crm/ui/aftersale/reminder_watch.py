"""The main window's side of the reminders (issue 13, item 5): the menu action
(Ctrl+Shift+R), the check after start-up (off the GUI thread, once the window shows: the
centre opens by itself when something is due today or appeared while the app was closed),
and a tray notification where the system has a tray, re-checked every 30 minutes and after
midnight. The tray may stay silent (PITFALLS 30): the centre is the real channel.

Kept apart from the centre (reminder_centre.py) so the window's start imports neither the
centre nor the reminders' services: they load with the first check, 1.2 s after the start.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from ...i18n import fill_args
from ..context import UiContext
from ..i18n import translate_function

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSystemTrayIcon

    from ...services.aftersale import reminders as r
    from .reminder_centre import ReminderCentre

CHECK_EVERY_MS = 30 * 60 * 1000
START_AFTER_MS = 1200  # after the first room's own first reads
SHORTCUT = "Ctrl+Shift+R"


def should_open(found: list[r.Reminder], today: dt.date) -> bool:
    """At start-up the centre opens itself when something is due today (or overdue) or
    appeared while the app was closed."""
    return any(x.new or x.due_on <= today for x in found)


class ReminderWatch(QObject):
    """The main window's side of the reminders: menu action, start-up check, tray."""

    def __init__(self, window: QMainWindow, ctx: UiContext, menu: QMenu) -> None:
        super().__init__(window)  # the window is found as the parent, never held: no cycle
        self.ctx = ctx
        self.centre: ReminderCentre | None = None
        self.action = QAction(self.tr("&Reminders…"), window)
        self.action.setObjectName("reminders_action")
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.triggered.connect(lambda: self.open_centre())
        actions = menu.actions()
        if actions:  # the top of the menu: used every day
            menu.insertAction(actions[0], self.action)
            menu.insertSeparator(actions[0])
        else:
            menu.addAction(self.action)
        self.tray: QSystemTrayIcon | None = None
        self.notified: set[str] = set()
        self.checked_day = dt.date.today()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        QTimer.singleShot(START_AFTER_MS, self.start)

    @property
    def window(self) -> QMainWindow:
        """The main window this watch belongs to (its Qt parent). Not kept in an attribute:
        window → watch → window would be a cycle that keeps a closed window's Python side
        alive until the garbage collector runs."""
        parent = self.parent()
        assert isinstance(parent, QMainWindow)
        return parent

    def start(self) -> None:
        self.check(at_start=True)
        self.timer.start()

    def open_centre(self, found: list[r.Reminder] | None = None) -> ReminderCentre:
        if self.centre is not None:
            self.centre.close()
        from .reminder_centre import ReminderCentre

        self.centre = ReminderCentre(self.ctx, self.window, found=found)
        self.centre.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.centre.destroyed.connect(lambda: setattr(self, "centre", None))
        self.centre.show()
        return self.centre

    def check(self, at_start: bool = False) -> None:
        """Read today's reminders off the GUI thread; at start-up open the centre when
        something is due, later tell the tray about what was not told yet. A new day (past
        midnight) tells everything again."""
        today = dt.date.today()
        if today != self.checked_day:
            self.checked_day, self.notified = today, set()
        user = self.ctx.app.user
        from ...services.aftersale.reminders import reminders_for

        operation = self.ctx.runner.run(lambda: reminders_for(user, today))
        operation.on_success(lambda found: self._checked(found, today, at_start))

    def _checked(self, found: list[r.Reminder], today: dt.date, at_start: bool) -> None:
        if at_start and should_open(found, today) and self.centre is None:
            self.open_centre(found)
        fresh = [x for x in found if x.key not in self.notified and x.due_on <= today]
        self.notified |= {x.key for x in found}
        if fresh and not at_start:
            self.notify(fresh)

    def notify(self, fresh: list[r.Reminder]) -> None:
        # loaded when first needed: their classes' enums cost the window's start ~10 ms
        from PySide6.QtWidgets import QStyle, QSystemTrayIcon

        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            app = QApplication.instance()
            icon = self.window.windowIcon()
            if icon.isNull() and isinstance(app, QApplication):
                icon = app.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(self.tr("Desktop CRM reminders"))
            self.tray.messageClicked.connect(lambda: self.open_centre())
            self.tray.activated.connect(lambda _reason: self.open_centre())
            self.tray.show()
        translate = translate_function(self.ctx.lang)
        from ...reports.reminder_texts import reminder_text

        lines = [reminder_text(x, translate, self.ctx.lang) for x in fresh[:3]]
        if len(fresh) > 3:
            lines.append(fill_args(self.tr("… and %1 more"), len(fresh) - 3))
        self.tray.showMessage(self.tr("Reminders"), "\n".join(lines))
