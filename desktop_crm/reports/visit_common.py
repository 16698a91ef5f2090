"""Pieces the visit sheet and the week plan share: labels of codes, write-in lines, tick boxes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from ..services.analysis.key_customers import category_label
from ..services.customers.fields import CONTACT_ROLES
from ..services.visits import METHODS, PURPOSE_MET, STATUSES
from .base import ACCENT, INK, MUTED, RULE, Translate, markup, register_fonts, styles
from .fonts import draw_string

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def cell_style(name: str, size: float, colour: Any = INK, **extra: Any) -> ParagraphStyle:
    """A variant of the table-cell style (CJK wrapping, the embedded font)."""
    values: dict[str, Any] = {"fontSize": size, "leading": size * 1.3, "textColor": colour}
    values.update(extra)
    return ParagraphStyle(name, parent=styles().cell, **values)


def title_band(title: str, who: str, detail: str, width: float) -> Table:
    """The page's title on the left, the rep and the date or week on the right, over a rule."""
    band = Table(
        [
            [
                Paragraph(markup(title), cell_style("band_title", 17)),
                Paragraph(
                    f'{markup(who)}&nbsp;&nbsp;&nbsp;<font color="{MUTED.hexval()}">'
                    f"{markup(detail)}</font>",
                    cell_style("band_who", 12, alignment=2),
                ),
            ]
        ],
        colWidths=[width * 0.45, width * 0.55],
    )
    band.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register_fonts()),  # else Helvetica, unembedded
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return band


def choice_label(translate: Translate, table: Any, value: str) -> str:
    for item in table:
        code, label = (item.value, item.label) if hasattr(item, "value") else item
        if code == value:
            return str(translate("Choice", label))
    return value


def method_label(translate: Translate, code: str) -> str:
    return choice_label(translate, METHODS, code)


def status_label(translate: Translate, code: str) -> str:
    return choice_label(translate, STATUSES, code)


def purpose_met_label(translate: Translate, code: str) -> str:
    return choice_label(translate, PURPOSE_MET, code) if code else ""


def role_label(translate: Translate, code: str) -> str:
    return choice_label(translate, CONTACT_ROLES, code) if code else ""


def key_category_label(translate: Translate, code: str) -> str:
    return category_label(translate, code) if code else ""


def weekday_label(translate: Translate, day: dt.date) -> str:
    names = (
        translate("VisitSheet", "Mon"),
        translate("VisitSheet", "Tue"),
        translate("VisitSheet", "Wed"),
        translate("VisitSheet", "Thu"),
        translate("VisitSheet", "Fri"),
        translate("VisitSheet", "Sat"),
        translate("VisitSheet", "Sun"),
    )
    return str(names[day.weekday()])


class WriteInLines(Flowable):  # type: ignore[misc]
    """A label followed by ruled blank lines to write on by hand."""

    def __init__(self, label: str, lines: int = 2, width: float = 0, gap: float = 6.5 * mm):
        super().__init__()
        self.label = label
        self.lines = lines
        self.gap = gap
        self.width = width

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = self.width or avail_width
        return self.width, self.gap * self.lines

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(MUTED)
        label_width = draw_string(canvas, 0, self.gap * self.lines - 4.2 * mm, self.label, 8)
        label_width += 2 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        for i in range(self.lines):
            y = self.gap * (self.lines - i - 1) + 1 * mm
            x0 = label_width if i == 0 else 0
            canvas.line(x0, y, self.width, y)


class TickRow(Flowable):  # type: ignore[misc]
    """Label, a row of boxes with captions, then optional write-in fields (label, width)."""

    def __init__(
        self,
        label: str,
        boxes: list[str],
        fields: list[tuple[str, float]] | None = None,
        height: float = 6.3 * mm,
    ):
        super().__init__()
        self.label = label
        self.boxes = boxes
        self.fields = fields or []
        self.height = height
        self.width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.height

    def draw(self) -> None:
        canvas = self.canv
        size = 8.5
        base = 2 * mm
        canvas.setFillColor(MUTED)
        x = draw_string(canvas, 0, base, self.label, size) + 3 * mm
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.7)
        for caption in self.boxes:
            canvas.rect(x, base - 0.6 * mm, 3.4 * mm, 3.4 * mm)
            canvas.setFillColor(INK)
            x += 4.6 * mm + draw_string(canvas, x + 4.6 * mm, base, caption, size) + 5 * mm
        for caption, width in self.fields:
            x += 2 * mm
            canvas.setFillColor(MUTED)
            x += draw_string(canvas, x, base, caption, size) + 1.5 * mm
            end = min(self.width, x + width) if width else self.width
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.5)
            canvas.line(x, base - 1 * mm, end, base - 1 * mm)
            x = end
