"""The customer profile PDF (issue 12, item 5): the file in its five categories as the field
description lists them (only the filled fields, under the categories' labels), the contacts,
the deals (newest first, with the total), the recent visits with their results and next
actions, and the latest assessment and tier. What a rep prints before a call.

Words come through `translate(context, text)`: the field labels in their own contexts
("CustomerField", "ChildTables", "Choice"), the rest in "CustomerProfile".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table

from ..i18n import QT_TRANSLATE_NOOP, fill_args
from ..services.analysis.customer_state import CustomerState, customer_state
from ..services.analysis.quadrant import QUADRANT_LABELS
from ..services.analysis.tiers import recompute_if_stale
from ..services.common.acting import Person
from ..services.common.formats import money_text
from ..services.common.lunar import parse_lunar_day
from ..services.customers.drafts import CustomerRecord
from ..services.customers.fields import (
    CATEGORY_LABELS,
    CONTACT_FIELDS,
    FORM_CATEGORIES,
    Category,
    FieldSpec,
    Kind,
    fields_in,
)
from ..services.customers.queries import load_customer, record_totals
from ..services.customers.timeline import VisitEntry, recent_visits
from ..services.visits.fields import PURPOSE_MET_LEVELS, VISIT_METHODS, VISIT_STATUSES
from .assessment_report import tier_text
from .base import (
    MARGIN,
    MUTED,
    PAGE,
    Translate,
    day_text,
    footer,
    markup,
    moment_text,
    no_translation,
    para,
    register_fonts,
    styles,
)
from .continued import MIN_ROW_PART, ContinuedTable
from .registry import Parameter, ParameterKind, Report
from .table_style import grid_style

WIDTH = PAGE[0] - 2 * MARGIN
CTX = "CustomerProfile"
DEALS_SHOWN = 30  # the newest; the total counts every deal
VISITS_SHOWN = 8

# The form shows segmentation on the business tab; the profile does the same.
SECTIONS: tuple[tuple[Category, ...], ...] = tuple(
    (c, Category.SEGMENT) if c is Category.BUSINESS else (c,) for c in FORM_CATEGORIES
)
QT_TRANSLATE_NOOP("CustomerProfile", "Yes")
QT_TRANSLATE_NOOP("CustomerProfile", "No")


def _label_of(choices: Any, value: str, translate: Translate) -> str:
    for choice in choices:
        if choice.value == value:
            return translate("Choice", choice.label)
    return value


def value_text(spec: FieldSpec, value: Any, translate: Translate) -> str:
    """A field's value as the profile prints it ("" when the field is empty)."""
    if value is None or value == "":
        return ""
    if spec.kind is Kind.CHOICE:
        return _label_of(spec.choices, str(value), translate)
    if spec.kind is Kind.BOOL:
        return translate("CustomerProfile", "Yes") if value else ""
    if spec.kind is Kind.DATE:
        return day_text(value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)))
    if spec.kind is Kind.DATETIME and isinstance(value, dt.datetime):
        return moment_text(value)
    if spec.kind is Kind.MONEY:
        return money_text(value)
    if spec.kind is Kind.LUNARDAY:  # 闰四月十五, as a Chinese calendar names it
        try:
            return parse_lunar_day(str(value)).chinese
        except ValueError:
            return str(value).strip()
    return str(value).strip()


def _fields(record: CustomerRecord, translate: Translate) -> list[Any]:
    s = styles()
    flow: list[Any] = []
    for section in SECTIONS:
        rows = []
        for category in section:
            for spec in fields_in(category):
                if spec.name in ("name", "company"):
                    continue  # in the title
                text = value_text(spec, getattr(record.customer, spec.name, None), translate)
                if text:
                    rows.append(
                        [para(translate(spec.context, spec.label), s.cell_bold), para(text, s.cell)]
                    )
        if not rows:
            continue
        table = ContinuedTable(
            rows, colWidths=[WIDTH * 0.24, WIDTH * 0.76], splitInRow=MIN_ROW_PART
        )
        table.setStyle(grid_style(header=False))
        flow += [para(translate("CustomerField", CATEGORY_LABELS[section[0]]), s.heading), table]
    return flow


def _contacts(record: CustomerRecord, translate: Translate) -> list[Any]:
    s = styles()
    if not record.contacts:
        return []
    shown = [
        spec
        for spec in CONTACT_FIELDS
        if spec.name != "notes" and any(getattr(c, spec.name, "") for c in record.contacts)
    ]
    header = [para(translate(spec.context, spec.label), s.cell_bold) for spec in shown]
    rows = [header]
    for contact in record.contacts:
        cells = []
        for spec in shown:
            text = value_text(spec, getattr(contact, spec.name, ""), translate)
            cells.append(para(text, s.cell))
        rows.append(cells)
        if contact.notes:
            rows.append([para(contact.notes, s.small)] + [""] * (len(shown) - 1))
    table = ContinuedTable(rows, colWidths=[WIDTH / len(shown)] * len(shown), repeatRows=1)
    style = grid_style()
    for i, row in enumerate(rows):
        if len(row) > 1 and row[1] == "":
            style.add("SPAN", (0, i), (-1, i))
    table.setStyle(style)
    return [para(translate("CustomerProfile", "Contacts"), s.heading), table]


def _deals(record: CustomerRecord, translate: Translate) -> list[Any]:
    s = styles()
    if not record.deals:
        return []
    totals = record_totals(record)
    rows = [
        [
            para(translate("CustomerProfile", "Date"), s.cell_bold),
            para(translate("CustomerProfile", "Products"), s.cell_bold),
            para(translate("CustomerProfile", "Amount"), s.cell_bold),
            para(translate("CustomerProfile", "Notes"), s.cell_bold),
        ]
    ]
    for deal in record.deals[:DEALS_SHOWN]:  # newest first (load_customer's order)
        rows.append(
            [
                para(day_text(deal.date), s.cell),
                para(deal.products, s.cell),
                para(money_text(deal.amount), s.cell),
                para(deal.notes, s.cell),
            ]
        )
    table = ContinuedTable(
        rows, colWidths=[WIDTH * 0.18, WIDTH * 0.34, WIDTH * 0.18, WIDTH * 0.30], repeatRows=1
    )
    table.setStyle(grid_style())
    summary = fill_args(
        translate("CustomerProfile", "%1 deals, total %2, average %3"),
        totals.count,
        money_text(totals.total),
        money_text(totals.average),
    )
    flow: list[Any] = [
        para(translate("CustomerProfile", "Deals"), s.heading),
        para(summary, s.body),
        table,
    ]
    if totals.count > DEALS_SHOWN:
        flow.append(
            para(
                fill_args(translate("CustomerProfile", "The newest %1 are listed."), DEALS_SHOWN),
                s.small,
            )
        )
    return flow


def _visits(visits: list[VisitEntry], translate: Translate) -> list[Any]:
    s = styles()
    if not visits:
        return []
    rows = [
        [
            para(translate("CustomerProfile", "When"), s.cell_bold),
            para(translate("CustomerProfile", "Visit"), s.cell_bold),
            para(translate("CustomerProfile", "Result"), s.cell_bold),
            para(translate("CustomerProfile", "Next action"), s.cell_bold),
        ]
    ]
    for v in visits:
        what = " · ".join(
            x
            for x in (
                _label_of(VISIT_METHODS, v.method, translate),
                v.matter,
                v.rep_name,
            )
            if x
        )
        result = _label_of(VISIT_STATUSES, v.status, translate)
        if v.purpose_met:
            met = _label_of(PURPOSE_MET_LEVELS, v.purpose_met, translate)
            result += " · " + fill_args(translate("CustomerProfile", "purpose met: %1"), met)
        if v.result:
            result += "\n" + v.result
        following = v.next_action
        if v.next_action_on:
            following = f"{following} ({day_text(v.next_action_on)})".strip()
        rows.append(
            [
                para(moment_text(v.when), s.cell),
                para(what, s.cell),
                para(result, s.cell),
                para(following, s.cell),
            ]
        )
    table = ContinuedTable(
        rows,
        colWidths=[WIDTH * 0.2, WIDTH * 0.24, WIDTH * 0.32, WIDTH * 0.24],
        repeatRows=1,
        splitInRow=MIN_ROW_PART,
    )
    table.setStyle(grid_style())
    return [para(translate("CustomerProfile", "Recent visits"), s.heading), table]


def _state(state: CustomerState, translate: Translate) -> list[Any]:
    s = styles()
    rows = [[translate("CustomerProfile", "Tier"), tier_text(state, translate)]]
    latest = state.latest
    if latest is None:
        rows.append(
            [
                translate("CustomerProfile", "Assessment"),
                translate("CustomerProfile", "not assessed yet"),
            ]
        )
    else:
        scores = fill_args(
            translate("CustomerProfile", "intent %1, quality %2"),
            latest.intent_score.text(),
            latest.quality_score.text(),
        )
        if state.quadrant is not None:
            scores += " · " + translate("Quadrant", QUADRANT_LABELS[state.quadrant])
        rows.append(
            [
                translate("CustomerProfile", "Assessment"),
                fill_args(
                    translate("CustomerProfile", "%1 on %2 by %3"),
                    scores,
                    day_text(latest.assessed_on),
                    latest.assessed_by or "–",
                ),
            ]
        )
    if state.personality:
        rows.append(
            [
                translate("CustomerProfile", "Personality type"),
                translate("Personality", state.personality_label),
            ]
        )
    table = Table(
        [[para(k, s.cell_bold), para(v, s.cell)] for k, v in rows],
        colWidths=[WIDTH * 0.24, WIDTH * 0.76],
    )
    table.setStyle(grid_style(header=False))
    return [para(translate("CustomerProfile", "State analysis"), s.heading), table]


def customer_profile_pdf(
    actor: Person,
    parameters: ProfileParameters,
    translate: Translate = no_translation,
    lang: str = "en",
) -> bytes:
    """The profile of one customer as PDF bytes."""
    record = load_customer(actor, parameters.customer_id)
    state = customer_state(actor, parameters.customer_id)
    visits = recent_visits(actor, parameters.customer_id, VISITS_SHOWN)
    customer = record.customer
    s = styles()
    title = translate("CustomerProfile", "Customer profile")
    buffer = BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4,
        initialFontName=register_fonts(),  # else every page names Helvetica, unembedded
        title=f"{title} – {customer.name}",
        author="Desktop CRM",
    )
    subtitle = " · ".join(
        x
        for x in (
            str(customer.company or ""),
            fill_args(translate("CustomerProfile", "rep: %1"), state.rep_name)
            if state.rep_name
            else "",
            fill_args(translate("CustomerProfile", "tier %1"), state.tier) if state.tier else "",
        )
        if x
    )
    flow: list[Any] = [
        Paragraph(
            f"{markup(title)}&nbsp;&nbsp;<font color='{MUTED.hexval()}'>"
            f"{markup(customer.name)}</font>",
            s.title,
        ),
        para(subtitle, s.small),
        Spacer(1, 4),
    ]
    flow += _fields(record, translate)
    flow += _contacts(record, translate)
    flow += _deals(record, translate)
    flow += _visits(visits, translate)
    flow.append(KeepTogether(_state(state, translate)))
    label = f"{title} · {customer.name} · {day_text(parameters.today or dt.date.today())}"
    doc.build(flow, onFirstPage=footer(label), onLaterPages=footer(label))
    return buffer.getvalue()


@dataclass(frozen=True)
class ProfileParameters:
    customer_id: int
    today: dt.date | None = None  # the printed date (None: today)


REPORT = Report(
    name="profile",
    command=("report", "profile"),
    summary="one customer's profile: the file, contacts, deals, recent visits, state",
    parameters_type=ProfileParameters,
    parameters=(Parameter("customer_id", ParameterKind.CUSTOMER),),
    build=customer_profile_pdf,
    prepare=recompute_if_stale,
)
