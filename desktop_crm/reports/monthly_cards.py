"""The monthly card list (每月一卡, DOMAIN.md §8) printed (issue 13, item 5):
`desktop-crm report monthly-cards --month YYYY-MM -o FILE.pdf`.

Two layouts of the same list (services/aftersale/reminders.monthly_cards: the acting person's
customers, by province, city and name):

- "labels" (the default): address labels, 2 × 7 on an A4 sheet (99 × 38 mm, the common
  14-label sheet): the address, the company, the person (the first contact, else the
  customer) and a phone;
- "cards": four greeting cards to a sheet, each with the month's greeting to the person and
  the office's name (from the letterhead settings), to cut and send or to hand over.

Each page's foot names the month and the day printed, and "Page n of N".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from ..i18n import QT_TRANSLATE_NOOP, fill_args
from ..services.aftersale.letters import letterhead
from ..services.aftersale.reminders import MonthlyCard, monthly_cards
from ..services.common.acting import Person
from ..services.common.formats import date_text
from .base import MARGIN, PAGE, RULE, Translate, footer, para, register_fonts, styles
from .registry import Parameter, ParameterKind, Report

LABELS, CARDS = "labels", "cards"
LABEL_SIZE = (99.1 * mm, 38.1 * mm)
LABEL_GRID = (2, 7)
CARD_GRID = (2, 2)
LONGEST = 90  # characters of one line on a label; longer addresses are cut with …

_TITLE = QT_TRANSLATE_NOOP("MonthlyCards", "Monthly cards %1")
_PRINTED = QT_TRANSLATE_NOOP("MonthlyCards", "printed %1")
_NONE = QT_TRANSLATE_NOOP("MonthlyCards", "No customers to send a card to.")
_DEAR = QT_TRANSLATE_NOOP("MonthlyCards", "Dear %1,")
_GREETING = QT_TRANSLATE_NOOP(
    "MonthlyCards",
    "Thank you for your trust and support. We wish you and your family health and every "
    "success this month, and look forward to serving you again.",
)
_ATTENTION = QT_TRANSLATE_NOOP("MonthlyCards", "%1 (attn.)")


def month_text(month: dt.date, language: str) -> str:
    if language.startswith("zh"):
        return f"{month.year}年{month.month}月"
    return date_text(month, language).split(" ", 1)[1]  # "Dec 2026"


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LONGEST else text[: LONGEST - 1] + "…"


def postal_address(card: MonthlyCard) -> str:
    """Province, city, district and the street address, without saying a part twice (an
    address often starts with its own city)."""
    address = card.address.strip()
    head = ""
    for part in (card.province, card.city, card.district):
        short = part.strip().removesuffix("市").removesuffix("省")
        if short and short not in address and short not in head:
            head += part.strip()
    return _cut(head + address)


def _label(card: MonthlyCard, translate: Translate) -> list[Paragraph]:
    s = styles()
    person = card.contact or card.name
    lines = [para(postal_address(card), s.cell)]
    if card.company and card.company != person:
        lines.append(para(_cut(card.company), s.cell))
    lines.append(para(fill_args(translate("MonthlyCards", _ATTENTION), _cut(person)), s.cell_bold))
    phone = card.mobile or card.phone
    if phone:
        lines.append(para(phone, s.small))
    return lines


def _card(card: MonthlyCard, office: str, translate: Translate) -> list[Paragraph]:
    s = styles()
    person = card.contact or card.name
    lines = [
        para(fill_args(translate("MonthlyCards", _DEAR), person), s.heading),
        para(translate("MonthlyCards", _GREETING), s.body),
    ]
    if office:
        lines.append(para(office, s.small))
    return lines


def _grid(cells: list[list[Paragraph]], columns: int, size: tuple[float, float]) -> Table:
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    if rows and len(rows[-1]) < columns:
        rows[-1] += [[]] * (columns - len(rows[-1]))
    table = Table(rows, colWidths=[size[0]] * columns, rowHeights=[size[1]] * len(rows))
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 5 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
            ("GRID", (0, 0), (-1, -1), 0.3, RULE),
        ]
    )
    return table


def cards_pdf(
    actor: Person, parameters: MonthlyCardsParameters, translate: Translate, lang: str = "en"
) -> bytes:
    """The month's card list as address labels or greeting cards (PDF bytes)."""
    month = parameters.month.replace(day=1)
    found = monthly_cards(actor, month)
    title = fill_args(translate("MonthlyCards", _TITLE), month_text(month, lang))
    printed = fill_args(translate("MonthlyCards", _PRINTED), date_text(dt.date.today(), lang))
    buffer = BytesIO()
    width, height = PAGE
    columns, rows = LABEL_GRID if parameters.layout != CARDS else CARD_GRID
    if parameters.layout == CARDS:
        size = ((width - 2 * MARGIN) / columns, (height - 2 * MARGIN - 4 * mm) / rows)
        cells = [_card(c, letterhead(actor).name, translate) for c in found]
    else:
        size = LABEL_SIZE
        cells = [_label(c, translate) for c in found]
    pad = 6  # points: the padding of the document's frame on each side
    side = (width - columns * size[0]) / 2 - pad
    top = (height - rows * size[1]) / 2 - pad
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=side,
        rightMargin=side,
        topMargin=top,
        bottomMargin=top - 1,  # a hair of room: 7 rows fit exactly
        initialFontName=register_fonts(),
        title=title,
        author="Desktop CRM",
    )
    flow: list[Any] = (
        [_grid(cells, columns, size)] if cells else [para(translate("MonthlyCards", _NONE))]
    )
    draw = footer(f"{title} · {printed}")
    doc.build(flow, onFirstPage=draw, onLaterPages=draw)
    return buffer.getvalue()


@dataclass(frozen=True)
class MonthlyCardsParameters:
    month: dt.date  # any day of the month
    layout: str = LABELS  # LABELS | CARDS


REPORT = Report(
    name="monthly-cards",
    command=("report", "monthly-cards"),
    summary="the monthly card list (每月一卡) as address labels",
    parameters_type=MonthlyCardsParameters,
    parameters=(Parameter("month", ParameterKind.MONTH, help="the month, YYYY-MM"),),
    build=cards_pdf,
)
