"""The complaints report of a month (issue 13, items 2 and 6): `desktop-crm report complaints
--month YYYY-MM -o FILE.pdf`.

What it holds, for the office or one rep (a rep asking: their own): how many complaints came
in, how many were resolved on time, late, and are still open; the Pareto chart and table of
the causes (most frequent first, with the cumulative share: the few causes behind 80 % of the
complaints stand out); the counts by product, by rep (the office's report) and by month (a
span longer than a month); and the list of the period's complaints with how each one stands
against its deadline. Everything comes from services/aftersale/causes.py and complaints.py,
so the report counts what the cause-analysis page shows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Paragraph, Spacer

from ..i18n import QT_TRANSLATE_NOOP, fill_args
from ..services.aftersale import complaints
from ..services.aftersale import deadline as dl
from ..services.aftersale.causes import CauseAnalysis, cause_analysis
from ..services.common.acting import Person
from ..services.owner.figures import Period
from ..services.people.policy import is_office
from ..services.people.users import user_name
from ..services.visits.standards import office_timezone
from .base import (
    MUTED,
    Translate,
    markup,
    no_translation,
    page_pdf,
    para,
    styles,
)
from .registry import Parameter, ParameterKind, Report
from .summary_charts import pareto_chart
from .summary_report import day_text, month_label, period_text
from .table_style import WIDTH, page_table, section_heading

CONTEXT = "ComplaintsReport"
LIST_ROWS = 500  # complaints listed one by one; a longer period says how many were left out
OUTCOMES = {
    dl.ON_TIME: QT_TRANSLATE_NOOP("ComplaintsReport", "on time"),
    dl.RESOLVED_LATE: QT_TRANSLATE_NOOP("ComplaintsReport", "resolved late"),
    dl.LATE: QT_TRANSLATE_NOOP("ComplaintsReport", "open, late"),
    dl.DUE_SOON: QT_TRANSLATE_NOOP("ComplaintsReport", "open, due soon"),
    dl.RUNNING: QT_TRANSLATE_NOOP("ComplaintsReport", "open"),
}


@dataclass(frozen=True)
class ComplaintsParameters:
    period: Period
    rep_id: int | None = None
    now: dt.datetime | None = None  # naive UTC; None: now (a test's fixed clock)


def _label(pairs: tuple[tuple[str, str], ...], code: str, translate: Translate) -> str:
    for value, label in pairs:
        if value == code:
            return translate("Complaint", label)
    return code


def _percent(value: object) -> str:
    return "–" if value is None else f"{value} %"  # 60.0 %


def _figures(found: CauseAnalysis, translate: Translate) -> list[Any]:
    s = styles()
    rows = [
        [para(translate("ComplaintsReport", "Complaints received"), s.cell_bold), para(f"{found.total:,}", s.cell)],
        [para(translate("ComplaintsReport", "Resolved on time"), s.cell), para(f"{found.on_time:,}", s.cell)],
        [para(translate("ComplaintsReport", "Late (resolved late, or open past the deadline)"), s.cell),
         para(f"{found.late:,}", s.cell)],
        [para(translate("ComplaintsReport", "Open, not yet due"), s.cell), para(f"{found.open:,}", s.cell)],
        [para(translate("ComplaintsReport", "On time, of those settled or late"), s.cell),
         para(_percent(found.rate_on_time), s.cell)],
    ]  # fmt: skip
    return [page_table(rows, (0.8, 0.2), right=(1,))]


def _causes(found: CauseAnalysis, translate: Translate) -> list[Any]:
    s = styles()
    flow: list[Any] = [section_heading(translate("ComplaintsReport", "Causes (Pareto)"))]
    if not found.causes:
        return [*flow, para(translate("ComplaintsReport", "No complaint came in."), s.small)]
    names = [_label(complaints.CAUSES, c.cause, translate) for c in found.causes]
    flow.append(
        pareto_chart(
            [(n, c.count, float(c.cumulative)) for n, c in zip(names, found.causes, strict=True)],
            (
                translate("ComplaintsReport", "Complaints"),
                translate("ComplaintsReport", "Cumulative share"),
            ),
            width=WIDTH - 12,
        )
    )
    header = [translate("ComplaintsReport", "Cause"), translate("ComplaintsReport", "Complaints"), translate("ComplaintsReport", "Share"),
              translate("ComplaintsReport", "Cumulative")]  # fmt: skip
    rows = [[para(h, s.cell_bold) for h in header]]
    for name, c in zip(names, found.causes, strict=True):
        rows.append([para(name, s.cell), para(str(c.count), s.cell),
                     para(_percent(c.share), s.cell), para(_percent(c.cumulative), s.cell)])  # fmt: skip
    flow += [Spacer(1, 4), page_table(rows, (0.46, 0.18, 0.18, 0.18), right=(1, 2, 3))]
    return flow


def _counts(
    title: str, key_header: str, rows_in: list[tuple[str, int, int]], translate: Translate
) -> list[Any]:
    s = styles()
    header = [
        key_header,
        translate("ComplaintsReport", "Complaints"),
        translate("ComplaintsReport", "Of them late"),
    ]
    rows = [[para(h, s.cell_bold) for h in header]]
    rows += [[para(k, s.cell), para(f"{n:,}", s.cell), para(f"{late:,}", s.cell)]
             for k, n, late in rows_in]  # fmt: skip
    return [section_heading(title), page_table(rows, (0.6, 0.2, 0.2), right=(1, 2))]


def _list(
    actor: Person,
    parameters: ComplaintsParameters,
    rep_id: int | None,
    translate: Translate,
    lang: str,
) -> list[Any]:
    s = styles()
    zone = office_timezone(actor)
    period = parameters.period
    since = dl.utc_of(dt.datetime.combine(period.start, dt.time()), zone)
    before = dl.utc_of(dt.datetime.combine(period.end + dt.timedelta(days=1), dt.time()), zone)
    wanted = complaints.ComplaintFilter(
        which="all", rep_id=rep_id, received_from=since, received_to=before, limit=LIST_ROWS + 1
    )
    found = complaints.find_complaints(actor, wanted, now=parameters.now)
    found.sort(key=lambda r: (r.received_at, r.id))
    shown = found[:LIST_ROWS]
    header = [translate("ComplaintsReport", "No."), translate("ComplaintsReport", "Received"), translate("ComplaintsReport", "Customer"),
              translate("ComplaintsReport", "Cause"), translate("ComplaintsReport", "Status"), translate("ComplaintsReport", "Handler"),
              translate("ComplaintsReport", "Deadline")]  # fmt: skip
    rows = [[para(h, s.cell_bold) for h in header]]
    for r in shown:
        received = dl.local_of(r.received_at, zone)
        rows.append(
            [
                para(str(r.id), s.cell),
                para(f"{day_text(received.date(), lang)} {received:%H:%M}", s.cell),
                para(r.customer_name, s.cell),
                para(_label(complaints.CAUSES, r.cause, translate), s.cell),
                para(_label(complaints.STATUSES, r.status, translate), s.cell),
                para(r.handler_name, s.cell),
                para(translate(CONTEXT, OUTCOMES.get(r.clock.state, r.clock.state)), s.cell),
            ]
        )
    title = fill_args(translate("ComplaintsReport", "The complaints (%1)"), f"{len(found):,}")
    flow: list[Any] = [section_heading(title)]
    if not shown:
        return [*flow, para(translate("ComplaintsReport", "No complaint came in."), s.small)]
    flow.append(page_table(rows, (0.07, 0.2, 0.2, 0.17, 0.11, 0.11, 0.14)))
    if len(found) > LIST_ROWS:
        only = translate("ComplaintsReport", "Only the first %1 are listed.")
        flow.append(para(fill_args(only, f"{LIST_ROWS:,}"), s.small))
    return flow


def build_complaints(
    actor: Person,
    parameters: ComplaintsParameters,
    translate: Translate = no_translation,
    lang: str = "en",
) -> bytes:
    """The complaints report of `parameters.period` (the office's, or one rep's) as PDF."""
    s = styles()
    period, rep_id = parameters.period, parameters.rep_id
    if rep_id is None and not is_office(actor):
        rep_id = actor.id  # a rep's report is their own
    found = cause_analysis(actor, period.start, period.end, rep_id, now=parameters.now)
    rep_name = user_name(actor, rep_id) if rep_id is not None else None
    title = (
        fill_args(translate("ComplaintsReport", "Complaints of %1"), rep_name)
        if rep_name
        else translate("ComplaintsReport", "Complaints and their causes")
    )
    when = period_text(period, lang)
    flow: list[Any] = [
        Paragraph(
            f"{markup(title)}&nbsp;&nbsp;<font color='{MUTED.hexval()}'>{markup(when)}</font>",
            s.title,
        ),
        para(
            translate(
                "ComplaintsReport",
                "On time: resolved by the deadline (12 h inside the home region, 24 h "
                "outside, unless set otherwise). Late: resolved after it, or open past it.",
            ),
            s.small,
        ),  # fmt: skip
        section_heading(translate("ComplaintsReport", "Against the deadline")),
        *_figures(found, translate),
        *_causes(found, translate),
    ]
    if found.products:
        products = [(p.key or translate("ComplaintsReport", "(no product named)"), p.count, p.late)
                    for p in found.products]  # fmt: skip
        if found.others:
            products.append((translate("ComplaintsReport", "Other products"), found.others, 0))
        flow += _counts(
            translate("ComplaintsReport", "By product"),
            translate("ComplaintsReport", "Product"),
            products,
            translate,
        )
    if rep_id is None and found.reps:
        reps = [
            (r.key or translate("ComplaintsReport", "(pool)"), r.count, r.late) for r in found.reps
        ]
        flow += _counts(
            translate("ComplaintsReport", "By rep"),
            translate("ComplaintsReport", "Rep"),
            reps,
            translate,
        )
    if len(found.months) > 1:
        months = [
            (f"{month_label(m.month, lang)} {m.month.year}" if m.month else m.key, m.count, m.late)
            for m in found.months
        ]
        flow += _counts(
            translate("ComplaintsReport", "By month"),
            translate("ComplaintsReport", "Month"),
            months,
            translate,
        )
    flow += _list(actor, parameters, rep_id, translate, lang)
    return page_pdf(flow, f"{title} – {when}", f"{title} · {when}")


REPORT = Report(
    name="complaints",
    command=("report", "complaints"),
    summary="the complaints of a month: on time against late, causes (Pareto), products, reps",
    parameters_type=ComplaintsParameters,
    parameters=(
        Parameter("period", ParameterKind.PERIOD, help="the month or the ISO week"),
        Parameter("rep_id", ParameterKind.REP, required=False, help="one rep's complaints"),
    ),
    build=build_complaints,
)
