"""The blank survey form to print and hand to a customer (issue 13, item 4):
`desktop-crm report survey-form --kind satisfaction|relationship [--customer ID] -o F.pdf`.

The template's title, the customer's name when one is given (else a line to write it on), the
contact and the date to fill in, a line of instructions, then one row per item with a box to
tick under each level of the scale (满意 … 不满意, or 非常同意 … 非常不同意), a few lines for
comments and the signatures. Items and levels come from the template's current version in
the reader's language; the form's own words through `translate` (context "SurveyForm").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, Spacer, Table

from ..i18n import fill_args
from ..services.aftersale import surveys
from ..services.common.acting import Person
from ..services.customers.queries import customer_names
from .base import (
    INK,
    MARGIN,
    PAGE,
    RULE,
    SHADE,
    Translate,
    page_pdf,
    para,
    register_fonts,
    styles,
)
from .registry import Parameter, ParameterKind, Report

WIDTH = PAGE[0] - 2 * MARGIN - 12  # the frame keeps 6 pt of padding on each side
BOX = 3.6 * mm
LEVEL_WIDTH = 19 * mm
NUMBER_WIDTH = 11 * mm
LANGUAGES = ("zh_CN", "zh_TW", "en")


class TickBox(Flowable):  # type: ignore[misc]  # reportlab has no types
    """An empty square to tick, drawn straight on the canvas (no glyph a font might lack,
    and no graphics state that would name an unembedded Helvetica)."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return BOX, BOX

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.7)
        self.canv.rect(0, 0, BOX, BOX, stroke=1, fill=0)


def tick_box() -> TickBox:
    return TickBox()


def _blank(width: int = 24) -> str:
    return "_" * width


def form_flow(
    actor: Person, kind: str, customer_id: int | None, translate: Translate, lang: str
) -> list[Any]:
    """The form's flowables: heading, who and when, the items with their boxes, comments."""
    s = styles()
    questionnaire = surveys.template(actor, kind)
    names = customer_names(actor, customer_id) if customer_id is not None else None
    customer = " ".join(x for x in names if x) if names else _blank(30)
    flow: list[Any] = [para(questionnaire.title_in(lang), s.title), Spacer(1, 4)]
    who = [
        [
            para(fill_args(translate("SurveyForm", "Customer: %1"), customer), s.body),
            para(fill_args(translate("SurveyForm", "Contact: %1"), _blank(16)), s.body),
        ],
        [
            para(
                fill_args(
                    translate("SurveyForm", "Date: %1"),
                    translate("SurveyForm", "____ / ____ / ____ (year / month / day)"),
                ),
                s.body,
            ),
            para(fill_args(translate("SurveyForm", "Surveyed by: %1"), _blank(16)), s.body),
        ],
    ]
    who_table = Table(who, colWidths=[WIDTH * 0.58, WIDTH * 0.42])
    who_table.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), register_fonts()),  # else Helvetica, unembedded
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]
    )
    flow += [who_table, Spacer(1, 4)]
    if kind == surveys.SATISFACTION_KIND:
        intro = translate(
            "SurveyForm",
            "How satisfied are you with each of the following? Tick one box per line.",
        )
    else:
        intro = translate(
            "SurveyForm",
            "How far do you agree with each statement? Tick one box per line.",
        )
    flow += [para(intro, s.body), Spacer(1, 5)]
    levels = questionnaire.scale
    item_width = WIDTH - NUMBER_WIDTH - LEVEL_WIDTH * len(levels)
    # centred over its boxes; English words wrap between words, not inside them
    level_style = ParagraphStyle(
        "level",
        parent=s.cell_bold,
        alignment=TA_CENTER,
        wordWrap="CJK" if lang != "en" else None,
        fontSize=7.5 if lang == "en" else 8.5,
        leading=9.5 if lang == "en" else 11,
    )
    header = [
        para(translate("SurveyForm", "No."), s.cell_bold),
        para(translate("SurveyForm", "Item"), s.cell_bold),
        *[para(level.label(lang), level_style) for level in levels],
    ]
    rows: list[list[Any]] = [header]
    for number, question in enumerate(questionnaire.questions, start=1):
        rows.append(
            [para(str(number), s.cell), para(question.label(lang), s.cell)]
            + [tick_box() for _ in levels]
        )
    table = Table(
        rows,
        colWidths=[NUMBER_WIDTH, item_width, *([LEVEL_WIDTH] * len(levels))],
        repeatRows=1,
    )
    table.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (2, 0), (-1, -1), "CENTER"),
            ("LEFTPADDING", (2, 0), (-1, -1), 1),
            ("RIGHTPADDING", (2, 0), (-1, -1), 1),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
            ("TOPPADDING", (0, 1), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
        ]
    )
    flow += [table, Spacer(1, 10)]
    flow.append(para(translate("SurveyForm", "Other comments or suggestions:"), s.body))
    for _ in range(3):
        flow.append(HRFlowable(width="100%", thickness=0.4, color=RULE, spaceBefore=14))
    flow.append(Spacer(1, 8))
    signatures = Table(
        [
            [
                para(
                    fill_args(translate("SurveyForm", "Customer's signature: %1"), _blank(18)),
                    s.body,
                ),
                para(
                    fill_args(translate("SurveyForm", "Surveyor's signature: %1"), _blank(18)),
                    s.body,
                ),
            ]
        ],
        colWidths=[WIDTH / 2, WIDTH / 2],
    )
    signatures.setStyle(
        [("FONTNAME", (0, 0), (-1, -1), register_fonts()), ("LEFTPADDING", (0, 0), (-1, -1), 0)]
    )
    flow.append(signatures)
    flow.append(Spacer(1, 6))
    flow.append(para(translate("SurveyForm", "Thank you for your time and your trust."), s.small))
    return flow


def survey_form_pdf(
    actor: Person, parameters: SurveyFormParameters, translate: Translate, lang: str = "en"
) -> bytes:
    """The blank form of `parameters.kind` as PDF bytes, in the reader's language."""
    language = parameters.language or (lang if lang in LANGUAGES else "zh_CN")
    flow = form_flow(actor, parameters.kind, parameters.customer_id, translate, language)
    title = surveys.template(actor, parameters.kind).title_in(language)
    return page_pdf(flow, title)  # "Page n of N" at the foot


@dataclass(frozen=True)
class SurveyFormParameters:
    kind: str  # "satisfaction" | "relationship"
    customer_id: int | None = None  # None: a line to write the customer's name on
    language: str = ""  # "" : the reader's


REPORT = Report(
    name="survey-form",
    command=("report", "survey-form"),
    summary="a blank satisfaction or relationship survey form to print",
    parameters_type=SurveyFormParameters,
    parameters=(
        Parameter("kind", ParameterKind.SURVEY_KIND),
        Parameter("customer_id", ParameterKind.CUSTOMER, required=False),
    ),
    build=survey_form_pdf,
)
