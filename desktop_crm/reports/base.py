"""Shared pieces of every PDF: the embedded CJK font, paragraph styles, page furniture.

PITFALLS 1-5: the font is a TrueType-outline collection (WenQuanYi Micro Hei) registered with a
subfont index and embedded, Chinese paragraphs use wordWrap="CJK" and left alignment. Every
text goes through `para` / `fonts.markup` (or `fonts.draw_string` on a canvas), which switch to
a fallback font for the characters the main font lacks (fonts.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from .fonts import FONT, draw_string, markup, register_fonts

__all__ = ["FONT", "markup", "register_fonts"]
PAGE = A4
MARGIN = 15 * mm
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
RULE = colors.HexColor("#9aa5b1")
ACCENT = colors.HexColor("#2563eb")
SHADE = colors.HexColor("#eef2f7")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    font = register_fonts()

    def style(name: str, size: float, **extra: Any) -> ParagraphStyle:
        base: dict[str, Any] = {
            "fontName": font,
            "fontSize": size,
            "leading": size * 1.35,
            "textColor": INK,
            "wordWrap": "CJK",
            "alignment": TA_LEFT,
        }
        base.update(extra)
        return ParagraphStyle(name, **base)

    return Styles(
        title=style("title", 16, spaceAfter=4),
        heading=style("heading", 11.5, spaceBefore=6, spaceAfter=3, textColor=ACCENT),
        body=style("body", 9.5),
        small=style("small", 8, textColor=MUTED),
        cell=style("cell", 8.5),
        cell_bold=style("cell_bold", 8.5, textColor=INK),
    )


def para(text: object, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph from plain text (escaped; newlines kept; fallback fonts where needed)."""
    return Paragraph(markup(text), style or styles().body)


def footer(label: str) -> Any:
    """An onPage callback drawing `label` and the page number at the foot of each page."""

    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(MUTED)
        draw_string(canvas, MARGIN, 8 * mm, label, 7.5)
        draw_string(canvas, PAGE[0] - MARGIN, 8 * mm, str(doc.page), 7.5, anchor="end")
        canvas.restoreState()

    return draw


# A report gets its words through `translate(context, source)`; the caller supplies a Qt
# translator (ui.i18n.translate_function) or leaves the English source strings.
Translate = Callable[[str, str], str]


def no_translation(context: str, text: str) -> str:
    return text
