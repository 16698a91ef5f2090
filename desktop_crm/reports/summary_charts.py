"""Charts of the owner summary drawn with reportlab.graphics (vector, embedded CJK font).

No label may overlap another: the month bars carry their values on the axis only (a few round
ticks), the horizontal bars put each value in a column of its own to the right, and a long
label is shortened to the width it has.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from .base import ACCENT, INK, MUTED, RULE, register_fonts
from .fonts import string_width

STANDARD_COLOUR = colors.HexColor("#cbd2d9")
WEIGHTED_COLOUR = colors.HexColor("#93c5fd")
WON_COLOUR = colors.HexColor("#16a34a")
LOST_COLOUR = colors.HexColor("#9ca3af")


def _drawing(width: float, height: float) -> Drawing:
    d = Drawing(width, height)
    d.initialFontName = register_fonts()  # else the PDF names Helvetica, unembedded
    return d


def _fit(text: str, size: float, width: float) -> str:
    """`text`, shortened with "…" until it fits `width` at `size`."""
    if string_width(text, size) <= width:
        return text
    while text and string_width(text + "…", size) > width:
        text = text[:-1]
    return text + "…"


def nice_ticks(top: float, count: int = 4) -> list[float]:
    """Round tick values from 0 covering `top` (0, 2500, 5000, …)."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return [step * i for i in range(math.ceil(top / step) + 1)]


def month_bars(
    months: Sequence[tuple[str, Decimal]],
    value_text: object,
    highlight: int | None = None,
    width: float = 480,
    height: float = 150,
) -> Drawing:
    """One bar per month (label, amount); `value_text(float) -> str` writes an axis value;
    the bar at index `highlight` (the period's month) in the accent colour."""
    font = register_fonts()
    write = value_text if callable(value_text) else str
    values = [float(v) for _, v in months]
    ticks = nice_ticks(max(values, default=0))
    tick_texts = [write(t) for t in ticks]
    pad_l = max(string_width(t, 6.5) for t in tick_texts) + 6
    pad_b, pad_t, pad_r = 14, 6, 4
    d = _drawing(width, height)
    w, h = width - pad_l - pad_r, height - pad_b - pad_t
    top = ticks[-1] or 1

    def y(v: float) -> float:
        return pad_b + v / top * h

    for t, text in zip(ticks, tick_texts, strict=True):
        d.add(Line(pad_l, y(t), pad_l + w, y(t), strokeColor=RULE, strokeWidth=0.3))
        d.add(
            String(pad_l - 3, y(t) - 2, text, fontName=font, fontSize=6.5, fillColor=MUTED,
                   textAnchor="end")
        )  # fmt: skip
    slot = w / max(len(months), 1)
    for i, (label, _) in enumerate(months):
        x = pad_l + i * slot
        colour = ACCENT if i == highlight else WEIGHTED_COLOUR
        bar = max(values[i] / top * h, 0)
        d.add(Rect(x + slot * 0.15, pad_b, slot * 0.7, bar, fillColor=colour, strokeColor=None))
        d.add(
            String(x + slot / 2, pad_b - 9, _fit(label, 6.5, slot - 2), fontName=font,
                   fontSize=6.5, fillColor=INK if i == highlight else MUTED, textAnchor="middle")
        )  # fmt: skip
    return d


def paired_bars(
    rows: Sequence[tuple[str, float, float, str]],
    legend: tuple[str, str],
    colours: tuple[colors.Color, colors.Color] = (ACCENT, STANDARD_COLOUR),
    width: float = 480,
    top: float | None = None,
    with_legend: bool = True,
) -> Drawing:
    """Per row (label, first, second, text) two horizontal bars on one scale (`top`, else
    the largest value), the first above the second, and `text` in a column of its own at the
    right; the legend above them unless `with_legend` is False (a later part of one chart)."""
    font = register_fonts()
    row_h = 20
    label_w = min(max((string_width(r[0], 7.5) for r in rows), default=40) + 8, width * 0.28)
    text_w = max((string_width(r[3], 7) for r in rows), default=40) + 8
    head = 16 if with_legend else 2
    height = row_h * len(rows) + head
    d = _drawing(width, height)
    w = max(width - label_w - text_w, 40)
    top = top or max((max(r[1], r[2]) for r in rows), default=0) or 1
    for i, (label, first, second, text) in enumerate(rows):
        base = height - head - (i + 1) * row_h + 4
        d.add(
            String(0, base + 4, _fit(label, 7.5, label_w - 6), fontName=font, fontSize=7.5,
                   fillColor=INK)
        )  # fmt: skip
        d.add(Rect(label_w, base + 7, w * first / top, 7, fillColor=colours[0], strokeColor=None))
        d.add(Rect(label_w, base, w * second / top, 6, fillColor=colours[1], strokeColor=None))
        d.add(
            String(width, base + 4, text, fontName=font, fontSize=7, fillColor=INK,
                   textAnchor="end")
        )  # fmt: skip
    d.add(Line(label_w, 2, label_w, height - head + 2, strokeColor=RULE, strokeWidth=0.4))
    if not with_legend:
        return d
    x = label_w
    for text, colour in zip(legend, colours, strict=True):
        d.add(Rect(x, height - 9, 10, 5, fillColor=colour, strokeColor=None))
        d.add(String(x + 14, height - 9, text, fontName=font, fontSize=7, fillColor=INK))
        x += 14 + string_width(text, 7) + 18
    return d


def pareto_chart(
    rows: Sequence[tuple[str, int, float]],
    legend: tuple[str, str],
    width: float = 480,
    height: float = 170,
) -> Drawing:
    """A Pareto chart: per row (label, count, cumulative %) a bar on the count axis at the
    left (round ticks), the cumulative share as a line with dots on the 0-100 % axis at the
    right; each bar's count above it. Rows come in Pareto order (most frequent first)."""
    font = register_fonts()
    d = _drawing(width, height)
    left, right, bottom, head = 26.0, 30.0, 26.0, 18.0
    plot_w, plot_h = width - left - right, height - bottom - head
    ticks = nice_ticks(max((r[1] for r in rows), default=0) * 1.15 or 1)  # room for the counts
    top = ticks[-1] or 1
    for tick in ticks:
        y = bottom + plot_h * tick / top
        d.add(Line(left, y, left + plot_w, y, strokeColor=RULE, strokeWidth=0.3))
        d.add(String(left - 3, y - 2.5, f"{tick:g}", fontName=font, fontSize=6.5,
                     fillColor=MUTED, textAnchor="end"))  # fmt: skip
    for share in (0, 50, 80, 100):
        y = bottom + plot_h * share / 100
        d.add(String(left + plot_w + 3, y - 2.5, f"{share} %", fontName=font, fontSize=6.5,
                     fillColor=MUTED))  # fmt: skip
    eighty = bottom + plot_h * 0.8  # the 80 % line: the causes left of it are the "vital few"
    d.add(Line(left, eighty, left + plot_w, eighty, strokeColor=WEIGHTED_COLOUR,
               strokeWidth=0.5, strokeDashArray=[2, 2]))  # fmt: skip
    slot = plot_w / max(len(rows), 1)
    points: list[tuple[float, float]] = []
    for i, (label, count, cumulative) in enumerate(rows):
        x = left + i * slot
        h = plot_h * count / top
        bar = min(slot * 0.64, 48)
        d.add(Rect(x + (slot - bar) / 2, bottom, bar, h, fillColor=ACCENT, strokeColor=None))
        d.add(String(x + slot / 2, bottom + h + 2, str(count), fontName=font, fontSize=6.5,
                     fillColor=INK, textAnchor="middle"))  # fmt: skip
        d.add(String(x + slot / 2, bottom - 9, _fit(label, 6.5, slot - 2), fontName=font,
                     fontSize=6.5, fillColor=INK, textAnchor="middle"))  # fmt: skip
        points.append((x + slot / 2, bottom + plot_h * cumulative / 100))
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        d.add(Line(x0, y0, x1, y1, strokeColor=WON_COLOUR, strokeWidth=1.2))
    for x, y in points:
        d.add(Rect(x - 1.8, y - 1.8, 3.6, 3.6, fillColor=WON_COLOUR, strokeColor=None))
    d.add(Line(left, bottom, left + plot_w, bottom, strokeColor=INK, strokeWidth=0.5))
    x = left
    for text, colour in zip(legend, (ACCENT, WON_COLOUR), strict=True):
        d.add(Rect(x, height - 9, 10, 5, fillColor=colour, strokeColor=None))
        d.add(String(x + 14, height - 9, text, fontName=font, fontSize=7, fillColor=INK))
        x += 14 + string_width(text, 7) + 18
    return d
