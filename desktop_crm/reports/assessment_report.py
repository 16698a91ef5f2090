"""The customer assessment report: answers, scores, quadrant, type, tier and history.

Words come through `translate(context, text)` (contexts "AssessmentReport", "Quadrant",
"Personality", "KeyCustomer"); question texts come from the questionnaire version itself in
`lang`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table

from ..i18n import fill_args
from ..services.analysis.assessments import AssessmentRecord
from ..services.analysis.customer_state import CustomerState, customer_state
from ..services.analysis.key_customers import STRATEGY, category_label
from ..services.analysis.quadrant import QUADRANT_LABELS, QUADRANT_SHORT, quadrant_of
from ..services.analysis.tiers import recompute_if_stale
from ..services.common.acting import Person
from .analysis_charts import quadrant_chart, trend_chart
from .base import (
    MARGIN,
    MUTED,
    PAGE,
    Translate,
    day_text,
    footer,
    markup,
    no_translation,
    para,
    register_fonts,
    styles,
)
from .continued import MIN_ROW_PART, ContinuedTable
from .registry import Parameter, ParameterKind, Report
from .table_style import grid_style

WIDTH = PAGE[0] - 2 * MARGIN


def tier_text(state: CustomerState, translate: Translate) -> str:
    if not state.tier:
        return translate("AssessmentReport", "not computed yet")
    if state.tier_is_manual:
        text = translate("AssessmentReport", "%1 (set by hand, computed: %2)")
        text = fill_args(text, state.tier, state.tier_computed or "–")
        if state.tier_reason:
            text += " – " + state.tier_reason
        return str(text)
    return fill_args(
        str(translate("AssessmentReport", "%1 (computed from the last 12 months)")), state.tier
    )


def _facts(state: CustomerState, translate: Translate) -> Table:
    s = styles()
    category = state.key_category
    rows = [
        (translate("AssessmentReport", "Customer"), f"{state.name}  {state.company}".strip()),
        (translate("AssessmentReport", "Rep"), state.rep_name or "–"),
        (translate("AssessmentReport", "Tier"), tier_text(state, translate)),
        (
            translate("AssessmentReport", "Key-customer category"),
            category_label(translate, category)
            + ("\n" + translate("KeyCustomer", STRATEGY[category]) if category in STRATEGY else ""),
        ),
        (
            translate("AssessmentReport", "Personality type"),
            (
                translate("Personality", state.personality_label)
                + "\n"
                + translate("Personality", state.personality_advice)
            )
            if state.personality
            else translate("AssessmentReport", "not rated yet"),
        ),
    ]
    table = ContinuedTable(
        [[para(k, s.cell_bold), para(v, s.cell)] for k, v in rows],
        colWidths=[WIDTH * 0.22, WIDTH * 0.78],
        splitInRow=MIN_ROW_PART,
    )
    table.setStyle(grid_style(header=False))
    return table


def _scores(state: CustomerState, record: AssessmentRecord, translate: Translate) -> list[Any]:
    s = styles()
    intent, quality = record.intent_score, record.quality_score
    answered = translate("AssessmentReport", "%1 of %2 answered")
    big = s.title
    score_table = Table(
        [
            [
                para(translate("AssessmentReport", "Intent score"), s.cell_bold),
                para(translate("AssessmentReport", "Quality score"), s.cell_bold),
            ],
            [para(intent.text(), big), para(quality.text(), big)],
            [
                para(
                    fill_args(answered, intent.answered, intent.total),
                    s.small,
                ),
                para(
                    fill_args(answered, quality.answered, quality.total),
                    s.small,
                ),
            ],
        ],
        colWidths=[WIDTH * 0.2, WIDTH * 0.2],
    )
    score_table.setStyle([("FONTNAME", (0, 0), (-1, -1), register_fonts())])
    quadrant_paras: list[Any] = [score_table, Spacer(1, 6)]
    if state.quadrant is not None:
        quadrant_paras += [
            para(translate("AssessmentReport", "Quadrant"), s.cell_bold),
            para(
                translate("Quadrant", QUADRANT_LABELS[state.quadrant])
                + " – "
                + translate("Quadrant", QUADRANT_SHORT[state.quadrant]),
                s.body,
            ),
            para(translate("Quadrant", state.quadrant_approach), s.cell),
        ]
    else:
        quadrant_paras.append(
            para(
                translate("AssessmentReport", "No quadrant: a questionnaire has no answers."),
                s.cell,
            )
        )
    t = state.thresholds
    quadrant_paras.append(
        para(
            fill_args(
                translate(
                    "AssessmentReport",
                    "High means a score of at least %1 (intent) and %2 (quality).",
                ),
                f"{t.intent:g}",
                f"{t.quality:g}",
            ),
            s.small,
        )
    )
    chart = quadrant_chart(
        [],
        t,
        {q: translate("Quadrant", QUADRANT_SHORT[q]) for q in QUADRANT_SHORT},
        translate("AssessmentReport", "Quality"),
        translate("AssessmentReport", "Intent"),
        size=150,
        highlight=(intent.value, quality.value)
        if intent.value is not None and quality.value is not None
        else None,
    )
    layout = Table([[quadrant_paras, chart]], colWidths=[WIDTH * 0.6, WIDTH * 0.4])
    layout.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
        ]
    )
    return [layout]


def _answers(record: AssessmentRecord, key: str, lang: str, translate: Translate) -> list[Any]:
    s = styles()
    questionnaire = record.questionnaire(key)
    answers = record.answers(key)
    header = [
        para("#", s.cell_bold),
        para(translate("AssessmentReport", "Question"), s.cell_bold),
        para(translate("AssessmentReport", "Rating"), s.cell_bold),
        para(translate("AssessmentReport", "Note"), s.cell_bold),
    ]
    rows = [header]
    for n, q in enumerate(questionnaire.questions, start=1):
        answer = answers.get(q.id)
        rating = answer.rating if answer else None
        label = q.label(lang)
        if q.reverse:
            label += "  " + translate("AssessmentReport", "(reverse-scored)")
        if rating is None:
            rating_text = translate("AssessmentReport", "not answered")
        else:
            anchor = q.anchor(rating, lang)
            rating_text = f"{rating} / 5" + (f"\n{anchor}" if anchor else "")
        rows.append(
            [
                para(str(n), s.cell),
                para(label + (f"  ×{q.weight:g}" if q.weight != 1 else ""), s.cell),
                para(rating_text, s.cell),
                para(answer.note if answer else "", s.cell),
            ]
        )
    table = ContinuedTable(  # a long note splits across pages, under the repeated header
        rows,
        colWidths=[WIDTH * 0.05, WIDTH * 0.47, WIDTH * 0.22, WIDTH * 0.26],
        repeatRows=1,
        splitInRow=MIN_ROW_PART,
    )
    table.setStyle(grid_style())
    version = fill_args(translate("AssessmentReport", "version %1"), questionnaire.number)
    title = f"{questionnaire.title_in(lang)}  ({version})"
    return [para(title, s.heading), table]


def _history(state: CustomerState, translate: Translate) -> list[Any]:
    s = styles()
    flow: list[Any] = [para(translate("AssessmentReport", "History"), s.heading)]
    if len(state.history) >= 2:
        flow.append(
            trend_chart(
                [(p.assessed_on, p.intent, p.quality) for p in state.history],
                (translate("AssessmentReport", "Intent"), translate("AssessmentReport", "Quality")),
                width=WIDTH,
            )
        )
    rows = [
        [
            para(translate("AssessmentReport", "Date"), s.cell_bold),
            para(translate("AssessmentReport", "Intent"), s.cell_bold),
            para(translate("AssessmentReport", "Quality"), s.cell_bold),
            para(translate("AssessmentReport", "Quadrant"), s.cell_bold),
            para(translate("AssessmentReport", "By"), s.cell_bold),
            para(translate("AssessmentReport", "Contact"), s.cell_bold),
        ]
    ]
    for p in reversed(state.history):
        quadrant = quadrant_of(p.intent, p.quality, state.thresholds)
        rows.append(
            [
                para(day_text(p.assessed_on), s.cell),
                para("–" if p.intent is None else f"{p.intent:.0f}", s.cell),
                para("–" if p.quality is None else f"{p.quality:.0f}", s.cell),
                para(translate("Quadrant", QUADRANT_LABELS[quadrant]) if quadrant else "–", s.cell),
                para(p.assessed_by, s.cell),
                para(p.contact_name, s.cell),
            ]
        )
    table = ContinuedTable(
        rows,
        colWidths=[WIDTH * w for w in (0.15, 0.1, 0.1, 0.3, 0.15, 0.2)],
        repeatRows=1,
        splitInRow=MIN_ROW_PART,
    )
    table.setStyle(grid_style())
    flow.append(table)
    return flow


def build_assessment_report(
    actor: Person,
    customer_id: int,
    target: str | Path | BinaryIO,
    translate: Translate = no_translation,
    lang: str = "en",
    assessment_id: int | None = None,
    today: dt.date | None = None,
) -> None:
    """Write the report of one customer (its latest assessment unless `assessment_id`)."""
    state = customer_state(actor, customer_id, assessment_id)
    s = styles()
    title = translate("AssessmentReport", "Customer assessment")
    doc = SimpleDocTemplate(
        str(target) if isinstance(target, Path) else target,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        initialFontName=register_fonts(),  # else every page names Helvetica, unembedded
        bottomMargin=MARGIN + 4,
        title=f"{title} – {state.name}",
    )
    flow: list[Any] = [
        Paragraph(
            f"{markup(title)}&nbsp;&nbsp;<font color='{MUTED.hexval()}'>"
            f"{markup(state.name)}</font>",
            s.title,
        ),
        _facts(state, translate),
    ]
    record = state.latest
    if record is None:
        flow.append(Spacer(1, 8))
        flow.append(
            para(translate("AssessmentReport", "This customer has not been assessed yet."), s.body)
        )
    else:
        meta = fill_args(
            translate("AssessmentReport", "Assessed on %1 by %2"),
            day_text(record.assessed_on),
            record.assessed_by or "–",
        )
        if record.contact_name:
            meta += " · " + fill_args(
                translate("AssessmentReport", "contact: %1"), record.contact_name
            )
        flow += [para(translate("AssessmentReport", "Scores"), s.heading), para(meta, s.small)]
        flow += _scores(state, record, translate)
        if record.notes:
            flow.append(para(record.notes, s.cell))
        flow += _answers(record, "intent", lang, translate)
        flow += _answers(record, "quality", lang, translate)
        flow.append(KeepTogether(_history(state, translate)))
    stamp = day_text(today or dt.date.today())
    doc.build(
        flow,
        onFirstPage=footer(f"{title} · {state.name} · {stamp}"),
        onLaterPages=footer(f"{title} · {state.name} · {stamp}"),
    )


@dataclass(frozen=True)
class AssessmentParameters:
    customer_id: int
    assessment_id: int | None = None  # None: the customer's latest assessment


def assessment_report_pdf(
    actor: Person,
    parameters: AssessmentParameters,
    translate: Translate = no_translation,
    lang: str = "en",
) -> bytes:
    buffer = BytesIO()
    build_assessment_report(
        actor,
        parameters.customer_id,
        buffer,
        translate,
        lang,
        assessment_id=parameters.assessment_id,
    )
    return buffer.getvalue()


REPORT = Report(
    name="assessment",
    command=("report", "assessment"),
    summary="one customer's assessment report",
    parameters_type=AssessmentParameters,
    parameters=(Parameter("customer_id", ParameterKind.CUSTOMER),),
    build=assessment_report_pdf,
    prepare=recompute_if_stale,
)
