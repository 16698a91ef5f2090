"""One tile per key figure: its name, its value, the change against the previous period (an
arrow, green when better, red when worse) and its definition as the tooltip; a click asks for
the list behind it."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...i18n import QT_TRANSLATE_NOOP, fill_args
from ...services.common.formats import money_text
from ...services.owner.figures import DEFINITIONS, Figure, FigureKey
from ..i18n import tr_marked

K = FigureKey
TITLES: dict[FigureKey, str] = {
    K.CLOSE_RATE: QT_TRANSLATE_NOOP("Dashboard", "Close rate"),
    K.DEALS_PER_VISIT: QT_TRANSLATE_NOOP("Dashboard", "Deals per visit"),
    K.NEW_CUSTOMERS: QT_TRANSLATE_NOOP("Dashboard", "New customers"),
    K.ACTIVE_CUSTOMERS: QT_TRANSLATE_NOOP("Dashboard", "Active customers"),
    K.DORMANT_CUSTOMERS: QT_TRANSLATE_NOOP("Dashboard", "Dormant customers"),
    K.VISITS_DONE: QT_TRANSLATE_NOOP("Dashboard", "Visits done"),
    K.VISITS_PER_DAY: QT_TRANSLATE_NOOP("Dashboard", "Visits per day"),
    K.VISITS_AGAINST_STANDARD: QT_TRANSLATE_NOOP("Dashboard", "Against the standard"),
    K.SALES: QT_TRANSLATE_NOOP("Dashboard", "Sales"),
    K.SALES_YTD: QT_TRANSLATE_NOOP("Dashboard", "Sales this year"),
    K.SALES_YTD_LAST_YEAR: QT_TRANSLATE_NOOP("Dashboard", "Last year, same days"),
    K.AVERAGE_PURCHASE: QT_TRANSLATE_NOOP("Dashboard", "Average purchase"),
    K.PURCHASE_FREQUENCY: QT_TRANSLATE_NOOP("Dashboard", "Purchase frequency"),
    K.SALES_PER_REP: QT_TRANSLATE_NOOP("Dashboard", "Sales per rep"),
    K.RETENTION_RATE: QT_TRANSLATE_NOOP("Dashboard", "Retention rate"),
    K.TOP20_SHARE: QT_TRANSLATE_NOOP("Dashboard", "Top 20 % share"),
    K.OVERDUE_NEXT_ACTIONS: QT_TRANSLATE_NOOP("Dashboard", "Overdue next actions"),
    K.VISITS_WITHOUT_RESULT: QT_TRANSLATE_NOOP("Dashboard", "Visits without a result"),
    K.OPEN_PIPELINE: QT_TRANSLATE_NOOP("Dashboard", "Open pipeline"),
    K.WEIGHTED_PIPELINE: QT_TRANSLATE_NOOP("Dashboard", "Weighted pipeline"),
    K.SATISFACTION_RATE: QT_TRANSLATE_NOOP("Dashboard", "Satisfaction rate"),
    K.COMPLAINTS_ON_TIME: QT_TRANSLATE_NOOP("Dashboard", "Complaints on time"),
    K.COMPLAINTS_LATE: QT_TRANSLATE_NOOP("Dashboard", "Complaints late"),
}
# The tiles in reading order: sales, customers, visits, pipeline, to do, after the sale.
ORDER: tuple[FigureKey, ...] = (
    K.SALES, K.SALES_YTD, K.SALES_YTD_LAST_YEAR, K.AVERAGE_PURCHASE, K.SALES_PER_REP,
    K.CLOSE_RATE, K.DEALS_PER_VISIT, K.PURCHASE_FREQUENCY, K.RETENTION_RATE, K.TOP20_SHARE,
    K.NEW_CUSTOMERS, K.ACTIVE_CUSTOMERS, K.DORMANT_CUSTOMERS, K.VISITS_DONE, K.VISITS_PER_DAY,
    K.VISITS_AGAINST_STANDARD, K.OVERDUE_NEXT_ACTIONS, K.VISITS_WITHOUT_RESULT, K.OPEN_PIPELINE,
    K.WEIGHTED_PIPELINE, K.SATISFACTION_RATE, K.COMPLAINTS_ON_TIME, K.COMPLAINTS_LATE,
)  # fmt: skip
# A rise of these is bad news: their arrow turns red going up.
LOWER_IS_BETTER = frozenset(
    {K.DORMANT_CUSTOMERS, K.OVERDUE_NEXT_ACTIONS, K.VISITS_WITHOUT_RESULT, K.COMPLAINTS_LATE}
)
GOOD, BAD, FLAT = "#15803d", "#b91c1c", "#6b7280"


def format_value(value: Decimal | None, unit: str, *, signed: bool = False) -> str:
    """A figure as the reader's locale writes it ("—" when undefined); money with its
    currency and thousands separators (formats.money_text: ¥1,234.50)."""
    if value is None:
        return "—"
    if unit == "money":
        text = money_text(abs(value) if signed else value)
        if signed:
            text = ("+" if value > 0 else "−" if value < 0 else "±") + text
        return text
    locale = QLocale()
    places = {"money": 2, "ratio": 2, "percent": 1}.get(unit, 0)
    text = locale.toString(float(abs(value) if signed else value), "f", places)
    if signed:
        text = ("+" if value > 0 else "−" if value < 0 else "±") + text
    return f"{text} %" if unit == "percent" else text


class FigureTile(QFrame):
    clicked = Signal(str)  # the FigureKey's value

    def __init__(self, key: FigureKey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.figure: Figure | None = None
        self.setObjectName("figure_tile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setStyleSheet(
            "#figure_tile { background: palette(base); border: 1px solid #d1d5db;"
            " border-radius: 6px; } #figure_tile:hover { border-color: #2563eb; }"
        )
        self.title = QLabel(tr_marked("Dashboard", TITLES[key]))
        self.title.setStyleSheet("color: #4b5563;")
        self.title.setWordWrap(True)
        self.value = QLabel("…")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.value.setFont(font)
        self.change = QLabel(" ")
        self.change.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.change)
        self.setToolTip(tr_marked("KeyFigures", DEFINITIONS[key]))

    def show_figure(self, figure: Figure) -> None:
        self.figure = figure
        self.value.setText(format_value(figure.value, figure.unit))
        change = figure.change
        if change is None:
            self.change.setText(self.tr("no comparison") if figure.previous is None else "—")
            self.change.setStyleSheet(f"color: {FLAT};")
            return
        better = change > 0 if self.key not in LOWER_IS_BETTER else change < 0
        colour = FLAT if change == 0 else GOOD if better else BAD
        arrow = "▲" if change > 0 else "▼" if change < 0 else "="
        previous = format_value(figure.previous, figure.unit)
        signed = format_value(change, figure.unit, signed=True)
        self.change.setText(fill_args(self.tr("%1 %2 (before: %3)"), arrow, signed, previous))
        self.change.setStyleSheet(f"color: {colour};")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(str(self.key))
        super().mouseReleaseEvent(event)
