"""A date typed as text, with a calendar that drops down from it.

The field stays a line edit: people type 2026-12-02 (the form's checks read what they typed
and say what is wrong beside the field); the calendar button at its end, or Alt+Down / F4,
drops a month calendar showing the typed day (or today) and writes the picked day as
YYYY-MM-DD. Esc closes the calendar without a change. The customer form's date fields and the
deals table's date column use it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QVBoxLayout, QWidget

from ...services.common.validation import parse_date


def _calendar_icon(size: int = 16) -> QIcon:
    """A small calendar page, drawn (no icon theme is sure to have one on every system)."""
    themed = QIcon.fromTheme("x-office-calendar")
    if not themed.isNull():
        return themed
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QPen(QColor("#52606d"), 1))
    painter.drawRect(1, 2, size - 3, size - 4)
    painter.fillRect(2, 3, size - 4, 3, QColor("#2563eb"))
    for row in range(2):
        for col in range(3):
            painter.fillRect(3 + col * 4, 8 + row * 3, 2, 2, QColor("#52606d"))
    painter.end()
    return QIcon(pixmap)


class CalendarPopup(QWidget):
    """The dropped-down month: emits `picked` with the chosen day and closes."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("date_popup_calendar")
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        layout.addWidget(self.calendar)
        self.calendar.activated.connect(self._choose)  # Enter or a double-click
        self.calendar.clicked.connect(self._choose)

    def _choose(self, day: QDate) -> None:
        self.picked.emit(day)
        self.close()


class DateLineEdit(QLineEdit):
    """A line edit for YYYY-MM-DD with a calendar button (see the module's text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.popup: CalendarPopup | None = None
        self.calendar_action = QAction(_calendar_icon(), "", self)
        self.calendar_action.setObjectName("open_calendar")
        self.calendar_action.setToolTip(self.tr("Choose the day on a calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        alt_down = event.key() == Qt.Key.Key_Down and (
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def shown_day(self) -> dt.date:
        """The typed day when it reads as one, else today."""
        try:
            return parse_date(self.text())
        except ValueError:
            return dt.date.today()

    def open_calendar(self) -> CalendarPopup:
        popup = CalendarPopup(self)
        day = self.shown_day()
        popup.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        popup.picked.connect(self._picked)
        popup.adjustSize()
        below = self.mapToGlobal(QPoint(0, self.height()))
        popup.move(below)
        popup.show()
        popup.calendar.setFocus()
        self.popup = popup
        return popup

    def _picked(self, day: QDate) -> None:
        self.setText(dt.date(day.year(), day.month(), day.day()).isoformat())
        self.setFocus()
