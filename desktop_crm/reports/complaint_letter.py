"""The reply letter to a complaint as a PDF on the office's letterhead (issue 13, item 3):
`desktop-crm letter --complaint ID -o FILE.pdf`.

The letterhead: the logo (the office's OFFICE_LOGO setting, when set), the office's name,
address and phone, a rule. Then the date, the recipient, the subject, the salutation, the seven
parts of the letter (services/aftersale/letters.py) as paragraphs, the closing and the
signature: the handler and the office. The letter is in its saved language (or the language
asked for, for a fresh draft).
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, Image, SimpleDocTemplate, Spacer, Table

from ..services.aftersale.letters import Letter, letter_of, letterhead
from ..services.common.acting import Person
from ..services.common.formats import date_text
from .base import MARGIN, PAGE, RULE, NumberedCanvas, Translate, para, register_fonts, styles
from .registry import Parameter, ParameterKind, Report

WIDTH = PAGE[0] - 2 * MARGIN
LOGO_HEIGHT = 16 * mm


def _logo(data: bytes) -> Image | None:
    if not data:
        return None
    try:
        image = Image(BytesIO(data))
    except (ValueError, OSError):
        return None  # a damaged logo never stops the letter
    ratio = image.imageWidth / max(image.imageHeight, 1)
    image.drawHeight = LOGO_HEIGHT
    image.drawWidth = min(LOGO_HEIGHT * ratio, 60 * mm)
    return image


def letter_flow(letter: Letter, logo_data: bytes = b"") -> list[Any]:
    """The letter's flowables: letterhead, heading, parts, signature."""
    s = styles()
    head = [para(letter.office or "", s.title)]
    details = "  ·  ".join(x for x in (letter.office_address, letter.office_phone) if x)
    if details:
        head.append(para(details, s.small))
    logo = _logo(logo_data)
    flow: list[Any] = []
    if logo is not None:
        table = Table([[logo, head]], colWidths=[logo.drawWidth + 6 * mm, None])
        table.setStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (0, 0), 0)])
        flow.append(table)
    else:
        flow += head
    flow.append(HRFlowable(width="100%", thickness=0.8, color=RULE, spaceBefore=3, spaceAfter=8))
    flow.append(para(date_text(letter.letter_date, letter.language), s.body))
    flow.append(para(letter.recipient, s.body))
    flow.append(Spacer(1, 6))
    flow.append(para(letter.subject, s.heading))
    flow.append(Spacer(1, 6))
    flow.append(para(letter.salutation, s.body))
    for _name, text in letter.parts:
        if text.strip():
            flow.append(Spacer(1, 4))
            flow.append(para(text, s.body))
    flow.append(Spacer(1, 14))
    for line in letter.closing.splitlines():
        flow.append(para(line, s.body))
    flow.append(Spacer(1, 10))
    if letter.signer:
        flow.append(para(letter.signer, s.body))
    if letter.office:
        flow.append(para(letter.office, s.body))
    return flow


def letter_pdf(
    actor: Person, parameters: LetterParameters, translate: Translate, lang: str = "en"
) -> bytes:
    """The complaint's reply letter as PDF bytes (saved, else drafted in `lang`)."""
    language = parameters.language or (lang if lang in ("zh_CN", "zh_TW", "en") else "zh_CN")
    letter = letter_of(actor, parameters.complaint_id, language)
    buffer = BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN + 5 * mm,
        rightMargin=MARGIN + 5 * mm,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        initialFontName=register_fonts(),
        title=letter.subject,
        author=letter.office or "Desktop CRM",
    )
    # "Page n of N" at the foot, as on every report: a long reply runs to a second page
    doc.build(letter_flow(letter, letterhead(actor).logo), canvasmaker=NumberedCanvas)
    return buffer.getvalue()


@dataclass(frozen=True)
class LetterParameters:
    complaint_id: int
    language: str = ""  # "" : the saved letter's, or the command's language for a draft


REPORT = Report(
    name="letter",
    command=("letter",),
    summary="the reply letter to a complaint, on the office's letterhead",
    parameters_type=LetterParameters,
    parameters=(Parameter("complaint_id", ParameterKind.COMPLAINT),),
    build=letter_pdf,
)
