"""Shared pieces of every PDF: the embedded CJK font, paragraph styles, page furniture.

PITFALLS 1-5: the font is a TrueType-outline collection (WenQuanYi Micro Hei) registered with a
subfont index and embedded, Chinese paragraphs use wordWrap="CJK" and left alignment. Every
text goes through `para` / `fonts.markup` (or `fonts.draw_string` on a canvas), which switch to
a fallback font for the characters the main font lacks (fonts.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from ..i18n import QT_TRANSLATE_NOOP, fill_args
from ..services.common.formats import date_text
from .fonts import FONT, draw_string, markup, register_fonts

__all__ = ["FONT", "markup", "register_fonts"]
PAGE = A4
MARGIN = 15 * mm
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
RULE = colors.HexColor("#9aa5b1")
ACCENT = colors.HexColor("#2563eb")
SHADE = colors.HexColor("#eef2f7")


# Chinese line breaking (标点禁则): no line starts with a closing mark. reportlab's CJK wrap
# hangs a character of `ALL_CANNOT_START` on the end of the line before instead; its list is
# made for Japanese and lacks the Chinese full-width comma, semicolon, colon, ! and ? and
# the closing book-title marks, so they are added once, when the reports load.
CHINESE_CANNOT_START = "，；：！？）》〉」』】〕…％"


def _chinese_line_breaking() -> None:
    # both places read the list: textsplit.wordSplit (a plain paragraph) and
    # paragraph.cjkFragSplit (one with markup)
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    for module in (textsplit, paragraph):
        known = module.ALL_CANNOT_START
        module.ALL_CANNOT_START = known + "".join(c for c in CHINESE_CANNOT_START if c not in known)


_chinese_line_breaking()


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
        # a heading never stands alone at the foot of a page: it goes with what follows
        heading=style(
            "heading", 11.5, spaceBefore=6, spaceAfter=3, textColor=ACCENT, keepWithNext=1
        ),
        body=style("body", 9.5),
        small=style("small", 8, textColor=MUTED),
        cell=style("cell", 8.5),
        cell_bold=style("cell_bold", 8.5, textColor=INK),
    )


def para(text: object, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph from plain text (escaped; newlines kept; fallback fonts where needed)."""
    return Paragraph(markup(text), style or styles().body)


# A report gets its words through `translate(context, source)`; the caller supplies a Qt
# translator (ui.i18n.translate_function) or leaves the English source strings.
Translate = Callable[[str, str], str]


def no_translation(context: str, text: str) -> str:
    return text


# -- the reader: whose words and dates a report is printed in --------------------------------


@dataclass(frozen=True)
class Reader:
    """The language a report is being printed for and the translate function of that language."""

    translate: Translate
    language: str


_SOURCE_READER = Reader(no_translation, "en")
_READER: ContextVar[Reader | None] = ContextVar("report_reader", default=None)


@contextmanager
def reading(translate: Translate, language: str) -> Iterator[Reader]:
    """Print everything inside for this reader: the page footers' "Page n of N" and every
    `day_text` follow `language`. `Report.pdf` (the registry) wraps every build in this, so a
    new report gets the reader's words without asking for them."""
    token = _READER.set(Reader(translate, language))
    try:
        yield reader()
    finally:
        _READER.reset(token)


def reader() -> Reader:
    """Who the report being built is printed for (English source words outside `reading`)."""
    return _READER.get() or _SOURCE_READER


def day_text(day: dt.date | None) -> str:
    """A date in the reader's language (2026年12月2日 / 2 Dec 2026): every date a report prints."""
    return date_text(day, reader().language)


def moment_text(moment: dt.datetime) -> str:
    """A date and a clock time in the reader's language (2026年12月2日 14:05)."""
    return f"{day_text(moment.date())} {moment:%H:%M}"


PAGE_OF = QT_TRANSLATE_NOOP("Report", "Page %1 of %2")


def page_label(number: int, total: int, words: Reader | None = None) -> str:
    """第 n 页 / 共 N 页 · 第 n 頁 / 共 N 頁 · Page n of N."""
    words = words or reader()
    return fill_args(words.translate("Report", PAGE_OF), number, total)


# -- the page furniture: a footer on every page that knows how many pages there are ----------


class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no types
    """A canvas that holds its pages back until `save`, then writes "Page n of N" on each
    (the two-pass pattern: the page count is known only once the last page is laid out)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _start_numbering(self)

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = self._held_pages
        total = len(pages)
        for state in pages:
            self.__dict__.update(state)
            self._draw_page_number(total)
            Canvas.showPage(self)
        Canvas.save(self)

    def _draw_page_number(self, total: int) -> None:
        self.saveState()
        self.setFillColor(MUTED)
        text = page_label(self._pageNumber, total, self._words)
        width, _height = self._pagesize
        draw_string(self, width - MARGIN, 8 * mm, text, 7.5, anchor="end")
        self.restoreState()


def _start_numbering(canvas: Any) -> None:
    canvas._held_pages = []
    canvas._words = reader()


def numbered(canvas: Any) -> NumberedCanvas:
    """`canvas` as a NumberedCanvas: a plain reportlab canvas (a document built without
    `canvasmaker=NumberedCanvas`) is switched over on its first page, so every report whose
    pages draw `footer` gets "Page n of N" whether or not it asked for the numbered canvas."""
    if not isinstance(canvas, NumberedCanvas):
        if canvas.getPageNumber() != 1:
            raise RuntimeError("footer() must be drawn from the first page on")
        canvas.__class__ = NumberedCanvas
        _start_numbering(canvas)
    result: NumberedCanvas = canvas
    return result


def footer(label: str) -> Any:
    """An onPage callback drawing `label` at the foot of each page; the canvas adds
    "第 n 页 / 共 N 页" (Page n of N) in the reader's language at the right when it is saved."""

    def draw(canvas: Any, doc: Any) -> None:
        numbered(canvas)
        canvas.saveState()
        canvas.setFillColor(MUTED)
        draw_string(canvas, MARGIN, 8 * mm, label, 7.5)
        canvas.restoreState()

    return draw


def page_pdf(flow: list[Any], title: str, label: str | None = None) -> bytes:
    """`flow` on A4 pages with the reports' margins and the CJK font as the PDF's default, as
    bytes: `label` at the foot of each page beside "Page n of N" (only the page numbers when
    None); `title` is the PDF's own (its document properties)."""
    from io import BytesIO

    from reportlab.platypus import SimpleDocTemplate

    buffer = BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4,
        initialFontName=register_fonts(),  # else every page names Helvetica, unembedded
        title=title,
        author="Desktop CRM",
    )
    if label is None:
        doc.build(flow, canvasmaker=NumberedCanvas)
    else:
        doc.build(flow, onFirstPage=footer(label), onLaterPages=footer(label))
    return buffer.getvalue()
