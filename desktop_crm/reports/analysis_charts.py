"""Charts of the state analysis drawn with reportlab.graphics (vector, embedded CJK font)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..services.analysis.quadrant import Quadrant, Thresholds
from .base import ACCENT, INK, MUTED, RULE, day_text, register_fonts

QUADRANT_COLOURS: dict[Quadrant, colors.Color] = {
    Quadrant.PURSUE: colors.HexColor("#16a34a"),
    Quadrant.SECURE: colors.HexColor("#d97706"),
    Quadrant.DEVELOP: colors.HexColor("#2563eb"),
    Quadrant.MAINTAIN: colors.HexColor("#6b7280"),
}
INTENT_COLOUR = colors.HexColor("#2563eb")
QUALITY_COLOUR = colors.HexColor("#c2410c")


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose initial font is the embedded one (else the PDF names Helvetica)."""
    d = Drawing(width, height)
    d.initialFontName = register_fonts()
    return d


def quadrant_chart(
    points: Sequence[tuple[float, float, Quadrant]],
    thresholds: Thresholds,
    labels: dict[Quadrant, str],
    axis_x: str,
    axis_y: str,
    size: float = 230,
    highlight: tuple[float, float] | None = None,
) -> Drawing:
    """Quality (x) against intent (y), 0-100, the threshold lines and a label per quadrant."""
    font = register_fonts()
    pad_l, pad_b, pad_t = 30, 26, 14
    w = h = size
    d = _drawing(w + pad_l + 8, h + pad_b + pad_t)

    def x(v: float) -> float:
        return pad_l + v / 100 * w

    def y(v: float) -> float:
        return pad_b + v / 100 * h

    tx, ty = x(thresholds.quality), y(thresholds.intent)
    shades = {
        Quadrant.PURSUE: (tx, ty, x(100) - tx, y(100) - ty),
        Quadrant.SECURE: (x(0), ty, tx - x(0), y(100) - ty),
        Quadrant.DEVELOP: (tx, y(0), x(100) - tx, ty - y(0)),
        Quadrant.MAINTAIN: (x(0), y(0), tx - x(0), ty - y(0)),
    }
    for quadrant, (rx, ry, rw, rh) in shades.items():
        colour = QUADRANT_COLOURS[quadrant]
        fill = colors.Color(colour.red, colour.green, colour.blue, alpha=0.07)
        d.add(Rect(rx, ry, rw, rh, fillColor=fill, strokeColor=None))
        # each label sits in its quadrant's outer corner, so two never meet at a threshold
        label_y = ry + rh - 9 if quadrant in (Quadrant.PURSUE, Quadrant.SECURE) else ry + 3
        right = quadrant in (Quadrant.PURSUE, Quadrant.DEVELOP)
        d.add(
            String(
                x(100) - 3 if right else x(0) + 3,
                label_y,
                labels[quadrant],
                fontName=font,
                fontSize=6.5,
                fillColor=colour,
                textAnchor="end" if right else "start",
            )
        )
    d.add(Rect(x(0), y(0), w, h, fillColor=None, strokeColor=RULE, strokeWidth=0.6))
    d.add(Line(tx, y(0), tx, y(100), strokeColor=MUTED, strokeDashArray=[2, 2], strokeWidth=0.6))
    d.add(Line(x(0), ty, x(100), ty, strokeColor=MUTED, strokeDashArray=[2, 2], strokeWidth=0.6))
    for v in (0, 50, 100):
        d.add(
            String(
                x(v),
                pad_b - 9,
                str(v),
                fontName=font,
                fontSize=6.5,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
        d.add(
            String(
                pad_l - 3,
                y(v) - 2,
                str(v),
                fontName=font,
                fontSize=6.5,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    d.add(String(x(50), 2, axis_x, fontName=font, fontSize=7.5, fillColor=INK, textAnchor="middle"))
    # the y axis's name stands upright above it: rotated Chinese would lie on its side
    d.add(
        String(
            x(0),
            y(100) + 5,
            axis_y,
            fontName=font,
            fontSize=7.5,
            fillColor=INK,
            textAnchor="start",
        )
    )
    for intent, quality, quadrant in points:
        d.add(
            Circle(
                x(quality),
                y(intent),
                2.2,
                fillColor=QUADRANT_COLOURS[quadrant],
                strokeColor=colors.white,
                strokeWidth=0.3,
            )
        )
    if highlight is not None:
        intent, quality = highlight
        d.add(
            Circle(
                x(quality), y(intent), 5, fillColor=ACCENT, strokeColor=colors.white, strokeWidth=1
            )
        )
    return d


def spaced_labels(centres: Sequence[float], widths: Sequence[float], gap: float = 3) -> list[int]:
    """Which of the labels centred at `centres` (left to right) to draw so none overlaps
    another: greedily from the left, and always the last one (the latest value matters)."""
    shown: list[int] = []
    for index, (centre, width) in enumerate(zip(centres, widths, strict=True)):
        left = centre - width / 2
        if shown:
            previous = shown[-1]
            right = centres[previous] + widths[previous] / 2
            if left < right + gap:
                if index == len(centres) - 1:
                    shown[-1] = index  # the last wins over the one before it
                continue
        shown.append(index)
    return shown


def trend_chart(
    points: Sequence[tuple[dt.date, float | None, float | None]],
    legend: tuple[str, str],
    width: float = 480,
    height: float = 140,
) -> Drawing:
    """Intent and quality scores over time; dates spaced by time, not evenly."""
    font = register_fonts()
    pad_l, pad_b, pad_t, pad_r = 26, 30, 16, 10
    d = _drawing(width, height)
    w, h = width - pad_l - pad_r, height - pad_b - pad_t
    days = [p[0] for p in points]
    first, last = min(days), max(days)
    span = max((last - first).days, 1)

    def x(day: dt.date) -> float:
        if first == last:
            return pad_l + w / 2
        inset = 24  # room for the first and last value labels and dates
        return pad_l + inset + (day - first).days / span * (w - 2 * inset)

    def y(v: float) -> float:
        return pad_b + v / 100 * h

    for v in (0, 25, 50, 75, 100):
        d.add(Line(pad_l, y(v), pad_l + w, y(v), strokeColor=RULE, strokeWidth=0.3))
        d.add(
            String(
                pad_l - 3,
                y(v) - 2,
                str(v),
                fontName=font,
                fontSize=6.5,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    texts = [day_text(day) for day in days]
    widths = [stringWidth(t, font, 6.5) for t in texts]
    for i in spaced_labels([x(day) for day in days], widths):  # dates never overlap
        d.add(
            String(
                x(days[i]),
                pad_b - 10,
                texts[i],
                fontName=font,
                fontSize=6.5,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    for index, colour in ((1, INTENT_COLOUR), (2, QUALITY_COLOUR)):
        coords: list[float] = []
        for p in points:
            value = p[index]
            if value is not None:
                coords += [x(p[0]), y(float(value))]  # type: ignore[arg-type]
        if len(coords) >= 4:
            d.add(PolyLine(coords, strokeColor=colour, strokeWidth=1.4))
        values = [f"{(coords[i + 1] - pad_b) / h * 100:.0f}" for i in range(0, len(coords), 2)]
        labelled = set(
            spaced_labels(coords[0::2], [stringWidth(v, font, 6.5) for v in values], gap=2)
        )
        for n, i in enumerate(range(0, len(coords), 2)):
            d.add(Circle(coords[i], coords[i + 1], 2.4, fillColor=colour, strokeColor=None))
            if n not in labelled:
                continue  # too close to its neighbour's label: the point says it
            value = float(values[n])
            # intent's label above its point, quality's below, so the two rarely collide
            dy = 5 if index == 1 else -10
            d.add(
                String(
                    coords[i],
                    coords[i + 1] + dy,
                    f"{value:.0f}",
                    fontName=font,
                    fontSize=6.5,
                    fillColor=colour,
                    textAnchor="middle",
                )
            )
    for i, (text, colour) in enumerate(zip(legend, (INTENT_COLOUR, QUALITY_COLOUR), strict=True)):
        lx = pad_l + i * 110
        d.add(Rect(lx, height - 10, 10, 4, fillColor=colour, strokeColor=None))
        d.add(String(lx + 14, height - 11, text, fontName=font, fontSize=7.5, fillColor=INK))
    return d


def share_bars(
    rows: Sequence[tuple[str, float, float]],
    legend: tuple[str, str],
    width: float = 480,
) -> Drawing:
    """Per label two horizontal bars: actual share and guidance share (0-100 %)."""
    font = register_fonts()
    row_h, label_w = 22, 110
    height = row_h * len(rows) + 18
    d = _drawing(width, height)
    w = width - label_w - 40
    for i, (label, actual, guidance) in enumerate(rows):
        top = height - 18 - i * row_h
        d.add(String(0, top - 12, label, fontName=font, fontSize=7.5, fillColor=INK))
        d.add(Rect(label_w, top - 8, w * actual / 100, 7, fillColor=ACCENT, strokeColor=None))
        d.add(Rect(label_w, top - 16, w * guidance / 100, 6, fillColor=RULE, strokeColor=None))
        d.add(
            String(
                label_w + w * actual / 100 + 3,
                top - 8,
                f"{actual:.0f} %",
                fontName=font,
                fontSize=6.5,
                fillColor=INK,
            )
        )
        d.add(
            String(
                label_w + w * guidance / 100 + 3,
                top - 16,
                f"{guidance:.0f} %",
                fontName=font,
                fontSize=6.5,
                fillColor=MUTED,
            )
        )
    d.add(Rect(label_w, height - 8, 10, 5, fillColor=ACCENT, strokeColor=None))
    d.add(String(label_w + 14, height - 8, legend[0], fontName=font, fontSize=7, fillColor=INK))
    d.add(Rect(label_w + 120, height - 8, 10, 5, fillColor=RULE, strokeColor=None))
    d.add(String(label_w + 134, height - 8, legend[1], fontName=font, fontSize=7, fillColor=INK))
    return d
