"""The day / week calendar: a painted time grid with each day's standard in its header.

Visits are boxes on the grid; drag one to another time or day (snapped to 15 minutes),
double-click it to open it, double-click an empty slot to plan a visit there. Overlapping
visits of one rep are outlined in red. The widget only paints what `show_period` hands it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...i18n import fill_args
from ...services.visits.calendar import DaySummary, PlannerWeek
from ...services.visits.drafts import VisitRow
from ...services.visits.status import VisitStatus, result_missing

FIRST_HOUR = 7
LAST_HOUR = 20
SNAP_MINUTES = 15
HEADER = 62
GUTTER = 46
COLLAPSED_WEIGHT = 0.25  # an empty weekend day, against 1 for a day with visits or a workday

REP_COLOURS = [
    "#3b82f6",
    "#8b5cf6",
    "#0891b2",
    "#db2777",
    "#65a30d",
    "#ea580c",
    "#0d9488",
    "#7c3aed",
    "#2563eb",
    "#c026d3",
]
STATUS_COLOURS: dict[str, str] = {
    VisitStatus.PLANNED: "#3b82f6",
    VisitStatus.DONE: "#16a34a",
    VisitStatus.CANCELLED: "#9ca3af",
    VisitStatus.NO_SHOW: "#f59e0b",
}
STATUS_MARKS: dict[str, str] = {VisitStatus.DONE: "✓ ", VisitStatus.NO_SHOW: "✗ "}
NEW_STRIPE = "#f97316"
MISSING_FILL = "#fde68a"  # a past visit without a result: amber, dashed edge, "?"
MISSING_EDGE = "#b45309"
GOOD = QColor("#15803d")
SHORT = QColor("#b91c1c")


@dataclass
class _Placed:
    row: VisitRow
    rect: QRectF


def _tint(colour: QColor, amount: float) -> QColor:
    """`colour` mixed with white (amount 0 = colour, 1 = white): an opaque pastel."""
    return QColor(
        int(colour.red() + (255 - colour.red()) * amount),
        int(colour.green() + (255 - colour.green()) * amount),
        int(colour.blue() + (255 - colour.blue()) * amount),
    )


def narrow_head(metrics: QFontMetrics, mark: str, start: dt.datetime, width: float) -> str:
    """The first line of a narrow visit box: the time whole, with the status mark if it fits.

    Wrapping "✓ 10:00" anywhere showed "✓ 1" over "0:00", a wrong time; the box's tint
    already tells a done visit from a planned one.
    """
    time = f"{start:%H:%M}"
    candidates = [mark + time, time, f"{start.hour}:{start.minute:02d}", str(start.hour)]
    return next((c for c in candidates if metrics.horizontalAdvance(c) <= width), candidates[-1])


def _clusters(rows: list[VisitRow]) -> list[list[tuple[VisitRow, int]]]:
    """Overlapping visits in clusters, each visit with its lane inside the cluster."""
    rows = sorted(rows, key=lambda r: (r.start, r.id))
    clusters: list[list[tuple[VisitRow, int]]] = []
    cluster_end: dt.datetime | None = None
    lanes_end: list[dt.datetime] = []
    for row in rows:
        row_end = row.end  # a computed property: once a row
        if cluster_end is None or row.start >= cluster_end:
            clusters.append([])
            lanes_end = []
            cluster_end = row_end
        lane = next((i for i, end in enumerate(lanes_end) if end <= row.start), None)
        if lane is None:
            lanes_end.append(row_end)
            lane = len(lanes_end) - 1
        else:
            lanes_end[lane] = row_end
        clusters[-1].append((row, lane))
        cluster_end = max(cluster_end, row_end)
    return clusters


def weekday_name(day: dt.date) -> str:
    """The day's short weekday name, translated (周一 … 周日)."""
    names = (
        QCoreApplication.translate("PlannerCalendar", "Mon"),
        QCoreApplication.translate("PlannerCalendar", "Tue"),
        QCoreApplication.translate("PlannerCalendar", "Wed"),
        QCoreApplication.translate("PlannerCalendar", "Thu"),
        QCoreApplication.translate("PlannerCalendar", "Fri"),
        QCoreApplication.translate("PlannerCalendar", "Sat"),
        QCoreApplication.translate("PlannerCalendar", "Sun"),
    )
    return names[day.weekday()]


class PlannerCalendar(QWidget):
    visitMoved = Signal(int, int, object)  # visit id, version, new start (datetime)
    visitOpened = Signal(int)
    visitSelected = Signal(int)
    slotActivated = Signal(object)  # datetime of an empty slot double-clicked
    daySelected = Signal(object)  # date of a clicked day header

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlannerCalendar")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.period: PlannerWeek | None = None
        self._busy: set[dt.date] = set()  # the days of the period with a visit (_weights)
        self._busy_of: PlannerWeek | None = None
        self._laid_out_at = QSize()  # the size the visits were last placed for
        self.all_reps = False
        self.rep_colours: dict[int, QColor] = {}
        self.rep_order: list[int] = []
        self.selected_id: int | None = None
        self.current_day: dt.date | None = None
        self._placements: list[_Placed] = []
        self._stale = False  # a period shown but not placed yet (placed when first needed)
        self._press: tuple[_Placed, QPointF] | None = None
        self._drag_target: dt.datetime | None = None
        self._dragging = False

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(900, 640)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 360)

    # ------------------------------------------------------------ data
    def show_period(
        self, period: PlannerWeek, all_reps: bool, rep_order: list[int] | None = None
    ) -> None:
        """Show `period`; with all reps, each rep gets a lane of its own in every day."""
        self.period = period
        self.all_reps = all_reps
        order = list(rep_order or [])
        order += sorted({r.rep_id for r in period.rows} - set(order))
        self.rep_order = order
        for index, rep_id in enumerate(order):
            self.rep_colours[rep_id] = QColor(REP_COLOURS[index % len(REP_COLOURS)])
        self._stale = True  # placed at the first paint or hit test: not while another view shows
        self.update()

    @property
    def days(self) -> int:
        return self.period.days if self.period else 7

    # ------------------------------------------------------------ geometry
    def _hour_height(self) -> float:
        return max(24.0, (self.height() - HEADER - 4) / (LAST_HOUR - FIRST_HOUR))

    def _weights(self) -> list[float]:
        """Each day column's share of the width: a weekend day with nothing planned (for
        anyone shown) is collapsed to a narrow strip instead of 1/7 of the week."""
        if self.period is None or self.days == 1:
            return [1.0] * self.days
        if self._busy_of is not self.period:  # once a period: asked for at every placing
            self._busy = {r.start.date() for r in self.period.rows}
            self._busy_of = self.period
        busy = self._busy
        first = self.period.first_day
        return [
            COLLAPSED_WEIGHT
            if (first + dt.timedelta(days=c)).weekday() >= 5
            and first + dt.timedelta(days=c) not in busy
            else 1.0
            for c in range(self.days)
        ]

    def _column_edges(self) -> list[float]:
        weights = self._weights()
        unit = max(40.0 * min(weights), (self.width() - GUTTER - 2) / sum(weights))
        edges = [float(GUTTER)]
        for weight in weights:
            edges.append(edges[-1] + weight * unit)
        return edges

    def column_at(self, x: float) -> int | None:
        edges = self._column_edges()
        for col in range(self.days):
            if edges[col] <= x < edges[col + 1]:
                return col
        return None

    def column_rect(self, index: int) -> QRectF:
        edges = self._column_edges()
        return QRectF(edges[index], HEADER, edges[index + 1] - edges[index], self.height() - HEADER)

    def point_for(self, when: dt.datetime) -> QPoint:
        """The widget point at `when` (the middle of its day column)."""
        assert self.period is not None
        col = (when.date() - self.period.first_day).days
        minutes = (when.hour - FIRST_HOUR) * 60 + when.minute
        x = self.column_rect(col).center().x()
        y = HEADER + minutes / 60 * self._hour_height()
        return QPoint(int(x), int(round(y)))

    def time_at(self, point: QPointF) -> dt.datetime | None:
        if self.period is None or point.x() < GUTTER or point.y() < HEADER:
            return None
        col = self.column_at(point.x())
        if col is None:
            return None
        minutes = (point.y() - HEADER) / self._hour_height() * 60
        snapped = int(round(minutes / SNAP_MINUTES) * SNAP_MINUTES)
        snapped = max(0, min(snapped, (LAST_HOUR - FIRST_HOUR) * 60 - SNAP_MINUTES))
        day = self.period.first_day + dt.timedelta(days=col)
        return dt.datetime.combine(day, dt.time(FIRST_HOUR)) + dt.timedelta(minutes=snapped)

    def visit_rect(self, visit_id: int) -> QRectF | None:
        return next((p.rect for p in self._placed if p.row.id == visit_id), None)

    @property
    def _placed(self) -> list[_Placed]:
        """The visits' boxes for the period and size shown, placed again when either changed."""
        if self._stale or self._laid_out_at != self.size():
            self._layout()
        return self._placements

    def _layout(self) -> None:
        """Place visits in lanes: overlapping boxes of one day share the column side by side."""
        self._placements = []
        self._stale = False
        self._laid_out_at = self.size()
        if self.period is None:
            return
        hour = self._hour_height()
        lanes_of = {rep: i for i, rep in enumerate(self.rep_order)} if self.all_reps else {}
        groups = max(1, len(lanes_of))
        by_group: dict[tuple[int, int], list[VisitRow]] = {}
        for row in self.period.rows:
            col = (row.start.date() - self.period.first_day).days
            if 0 <= col < self.days:
                by_group.setdefault((col, lanes_of.get(row.rep_id, 0)), []).append(row)
        for (col, group), rows in by_group.items():
            column = self.column_rect(col)
            group_width = (column.width() - 2) / groups
            left = column.left() + 1 + group * group_width
            for cluster in _clusters(rows):
                lanes = max(lane for _, lane in cluster) + 1
                width = group_width / lanes
                for row, lane in cluster:
                    minutes = (row.start.hour - FIRST_HOUR) * 60 + row.start.minute
                    top = HEADER + max(0.0, minutes / 60 * hour)
                    height = max(16.0, row.duration_minutes / 60 * hour - 2)
                    rect = QRectF(left + 1 + lane * width, top + 1, width - 2, height)
                    self._placements.append(_Placed(row, rect))

    # ------------------------------------------------------------ painting
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        self._paint_grid(painter)
        if self.period is not None:
            for index, summary in enumerate(self.period.summaries):
                self._paint_header(painter, index, summary)
            for placed in self._placed:
                self._paint_visit(painter, placed)
            self._paint_drag(painter)
        painter.end()

    def _paint_grid(self, painter: QPainter) -> None:
        hour = self._hour_height()
        light = QColor("#e5e7eb")
        text = self.palette().placeholderText().color()
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        painter.setFont(small)
        today = dt.date.today()
        if self.period is not None:
            for col in range(self.days):
                day = self.period.first_day + dt.timedelta(days=col)
                column = self.column_rect(col)
                if day == today:
                    painter.fillRect(column, QColor("#fffbeb"))
                elif day.weekday() >= 5:
                    painter.fillRect(column, QColor("#f8fafc"))
                if day == self.current_day and self.days > 1:
                    painter.fillRect(
                        QRectF(column.left(), HEADER - 3, column.width(), 3), QColor("#2563eb")
                    )
        for h in range(FIRST_HOUR, LAST_HOUR + 1):
            y = HEADER + (h - FIRST_HOUR) * hour
            painter.setPen(QPen(light, 1))
            painter.drawLine(QPointF(GUTTER, y), QPointF(self.width(), y))
            painter.setPen(text)
            if h < LAST_HOUR:
                painter.drawText(
                    QRectF(0, y + 1, GUTTER - 6, 16),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                    f"{h:02d}:00",
                )
        painter.setPen(QPen(QColor("#d1d5db"), 1))
        for x in self._column_edges():
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        painter.drawLine(QPointF(GUTTER, HEADER), QPointF(self.width(), HEADER))

    def _paint_header(self, painter: QPainter, index: int, s: DaySummary) -> None:
        column = self.column_rect(index)
        box = QRectF(column.left() + 4, 3, column.width() - 8, HEADER - 6)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(self.palette().text().color())
        if column.width() < 70:  # a collapsed empty weekend day: its name only
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(
                QRectF(column.left(), 3, column.width(), HEADER - 6),
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                weekday_name(s.day),
            )
            return
        painter.drawText(
            box,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            f"{weekday_name(s.day)} {s.day:%m-%d}",
        )
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        painter.setFont(small)
        line = box.height() / 3
        std = s.standard
        if std.total == 0 and s.planned == 0:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(
                box.adjusted(0, line, 0, 0), Qt.AlignmentFlag.AlignLeft, self.tr("day off")
            )
            return
        past = s.day < dt.date.today()
        plan_ok = s.planned_meets_standard
        done_ok = s.done_meets_standard
        painter.setPen(GOOD if plan_ok else (QColor("#6b7280") if past else SHORT))
        painter.drawText(
            box.adjusted(0, line, 0, 0),
            Qt.AlignmentFlag.AlignLeft,
            fill_args(
                self.tr("Plan %1+%2 / %3+%4"),
                s.planned_existing,
                s.planned_new,
                std.existing,
                std.new,
            ),
        )
        painter.setPen(GOOD if done_ok else (SHORT if past else QColor("#6b7280")))
        painter.drawText(
            box.adjusted(0, 2 * line, 0, 0),
            Qt.AlignmentFlag.AlignLeft,
            fill_args(self.tr("Done %1+%2"), s.done_existing, s.done_new),
        )

    def _visit_colour(self, row: VisitRow) -> QColor:
        if self.all_reps and row.status in (VisitStatus.PLANNED, VisitStatus.DONE):
            return self.rep_colours.get(row.rep_id, QColor(REP_COLOURS[0]))
        return QColor(STATUS_COLOURS.get(row.status, "#3b82f6"))

    def _paint_visit(self, painter: QPainter, placed: _Placed) -> None:
        row, rect = placed.row, placed.rect
        colour = self._visit_colour(row)
        if rect.width() < 26:  # a sliver in a crowded all-reps week: colour only, no text
            painter.fillRect(
                rect, colour if row.status != VisitStatus.CANCELLED else _tint(colour, 0.6)
            )
            return
        fill = _tint(colour, 0.62 if row.status == VisitStatus.DONE else 0.84)
        overlap = self.period is not None and row.id in self.period.overlapping
        missing = result_missing(row.status, row.end, dt.datetime.now())
        if missing:  # over, and no outcome recorded: never mistaken for a plan ahead
            fill = QColor(MISSING_FILL)
        painter.setBrush(fill)
        if missing:
            painter.setPen(QPen(QColor(MISSING_EDGE), 1.5, Qt.PenStyle.DashLine))
        elif overlap:
            painter.setPen(QPen(QColor("#dc2626"), 2))
        elif row.id == self.selected_id:
            painter.setPen(QPen(QColor("#111827"), 2))
        else:
            painter.setPen(QPen(colour.darker(110), 1))
        painter.drawRoundedRect(rect, 3, 3)
        stripe = QRectF(rect.left(), rect.top(), 4, rect.height())
        painter.fillRect(stripe, QColor(NEW_STRIPE) if row.is_new else colour)
        painter.setPen(
            self.palette().text().color()
            if row.status != VisitStatus.CANCELLED
            else QColor("#6b7280")
        )
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        font.setStrikeOut(row.status == VisitStatus.CANCELLED)
        painter.setFont(font)
        mark = STATUS_MARKS.get(row.status, "")
        if missing:
            mark = "? " + mark
        if overlap:
            mark = "⚠ " + mark
        if rect.width() < 72:  # a narrow lane: time and the person's name only
            lines = [f"{mark}{row.start:%H:%M}", row.customer_name]
        elif rect.width() > 320:  # the day view: room for the plan
            kind = self.tr("new customer") if row.is_new else self.tr("existing customer")
            lines = [
                f"{mark}{row.start:%H:%M}–{row.end:%H:%M}  {row.title}  ·  "
                f"{row.customer_name}  ·  {kind}"
            ]
            parts = [row.matter] + ([row.purpose] if row.purpose != row.matter else [])
            detail = "  ·  ".join(x for x in parts if x)
            if detail:
                lines.append(detail)
            if self.all_reps:
                lines.append(row.rep_name)
        else:
            lines = [f"{mark}{row.start:%H:%M} {row.title}"]
            if row.matter:
                lines.append(row.matter)
        if rect.width() < 72:  # a narrow lane: let the name wrap inside it, never the time
            lines[0] = narrow_head(QFontMetrics(font), mark, row.start, rect.width() - 7)
            painter.drawText(
                rect.adjusted(6, 1, -1, -1),
                Qt.AlignmentFlag.AlignLeft
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWrapAnywhere,
                "\n".join(lines),
            )
            return
        # One elided line each (time and customer first), as many as the box holds.
        metrics = QFontMetrics(font)
        text_rect = rect.adjusted(7, 1, -2, -1)
        y = text_rect.top()
        for line in lines:
            if y + metrics.height() > text_rect.bottom() + 3 and y > text_rect.top():
                break
            shown = metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(text_rect.width()))
            painter.drawText(
                QRectF(text_rect.left(), y, text_rect.width(), metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                shown,
            )
            y += metrics.height()

    def _paint_drag(self, painter: QPainter) -> None:
        if not (self._dragging and self._press and self._drag_target):
            return
        placed = self._press[0]
        col = (self._drag_target.date() - self.period.first_day).days if self.period else 0
        column = self.column_rect(col)
        minutes = (self._drag_target.hour - FIRST_HOUR) * 60 + self._drag_target.minute
        top = HEADER + minutes / 60 * self._hour_height()
        ghost = QRectF(column.left() + 2, top, column.width() - 4, placed.rect.height())
        painter.setBrush(QColor(37, 99, 235, 40))
        painter.setPen(QPen(QColor("#2563eb"), 1, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(ghost, 3, 3)
        painter.setPen(QColor("#1e3a8a"))
        painter.drawText(
            ghost.adjusted(6, 2, -2, -2),
            Qt.AlignmentFlag.AlignLeft,
            f"{self._drag_target:%H:%M} {placed.row.title}",
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            placed = self._placed_at(QPointF(event.pos()))
            if placed is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(placed.row), self)
            return True
        return super().event(event)

    def tooltip_for(self, row: VisitRow) -> str:
        kind = self.tr("new customer") if row.is_new else self.tr("existing customer")
        lines = [
            f"{row.start:%H:%M}–{row.end:%H:%M}  {row.title}",
            f"{row.customer_name} · {kind} · {row.rep_name}",
        ]
        if row.matter:
            lines.append(row.matter)
        if self.period is not None and row.id in self.period.overlapping:
            lines.append(self.tr("Overlaps another visit of this rep"))
        if result_missing(row.status, row.end, dt.datetime.now()):
            lines.append(self.tr("Result missing: open it and record what happened"))
        return "\n".join(lines)

    # ------------------------------------------------------------ mouse
    def _placed_at(self, point: QPointF) -> _Placed | None:
        for placed in reversed(self._placed):
            if placed.rect.contains(point):
                return placed
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        point = event.position()
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if point.y() < HEADER and point.x() > GUTTER and self.period is not None:
            col = self.column_at(point.x())
            if col is not None:
                self.daySelected.emit(self.period.first_day + dt.timedelta(days=col))
            return
        placed = self._placed_at(point)
        if placed is not None:
            self.selected_id = placed.row.id
            self.visitSelected.emit(placed.row.id)
            offset = QPointF(point.x() - placed.rect.left(), point.y() - placed.rect.top())
            self._press = (placed, offset)
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is None:
            placed = self._placed_at(event.position())
            self.setCursor(Qt.CursorShape.OpenHandCursor if placed else Qt.CursorShape.ArrowCursor)
            return
        placed, offset = self._press
        point = event.position()
        start_point = placed.rect.topLeft() + offset
        if not self._dragging and (point - start_point).manhattanLength() < 6:
            return
        self._dragging = True
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self._drag_target = self.time_at(QPointF(point.x(), point.y() - offset.y()))
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        press, target, dragging = self._press, self._drag_target, self._dragging
        self._press, self._drag_target, self._dragging = None, None, False
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self.update()
        if press is None or not dragging or target is None:
            return
        row = press[0].row
        if target != row.start:
            self.visitMoved.emit(row.id, row.version, target)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        placed = self._placed_at(event.position())
        self._press = None
        if placed is not None:
            self.visitOpened.emit(placed.row.id)
            return
        when = self.time_at(event.position())
        if when is not None:
            self.slotActivated.emit(when)
