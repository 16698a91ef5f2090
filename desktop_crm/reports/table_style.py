"""The table look shared by the reports, and the owner reports' section heading and
page-wide table (the summary, the complaints report)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from .base import MARGIN, PAGE, RULE, SHADE, markup, register_fonts, styles

WIDTH = PAGE[0] - 2 * MARGIN


def grid_style(header: bool = True) -> TableStyle:
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), register_fonts()),  # the cells' default is Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ]
    return TableStyle(commands)


def section_heading(text: str) -> Paragraph:
    """A section heading that stays on the page of what follows it."""
    style = ParagraphStyle("section_heading", parent=styles().heading, keepWithNext=1)
    return Paragraph(markup(text), style)


def page_table(
    rows: list[list[Any]], widths: Sequence[float], *, right: Sequence[int] = ()
) -> Table:
    """A grid table across the page (`widths` fractions of it), the header repeated."""
    table = Table(rows, colWidths=[WIDTH * w for w in widths], repeatRows=1)
    style = grid_style()
    for column in right:
        style.add("ALIGN", (column, 0), (column, -1), "RIGHT")
    table.setStyle(style)
    return table
