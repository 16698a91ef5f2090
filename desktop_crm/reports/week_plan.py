"""The week plan and review (周计划 / 周检讨) of one rep: the days against the standard, every
visit with its purpose and result, next actions, the written review and the month's totals.

A row taller than the space left splits inside its cells and goes on under the customer's name
and "(续)"; the review (up to 20,000 characters) flows over as many pages as it needs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..i18n import fill_args
from ..services.common.acting import Person
from ..services.common.formats import month_text, week_text
from ..services.visits.reviews import MonthTotals, WeekReport, week_month_totals, week_report
from .base import (
    ACCENT,
    INK,
    MARGIN,
    MUTED,
    PAGE,
    RULE,
    SHADE,
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
from .continued import MIN_ROW_PART, ContinuedTable, continued_text
from .registry import Parameter, ParameterKind, Report
from .visit_common import (
    WriteInLines,
    cell_style,
    method_label,
    purpose_met_label,
    status_label,
    title_band,
    weekday_label,
)

WIDTH = PAGE[0] - 2 * MARGIN
GOOD = colors.HexColor("#15803d")
SHORT = colors.HexColor("#b91c1c")


def _p(text: object, style: ParagraphStyle | None = None) -> Paragraph:
    return para(text, style or styles().cell)


def _grid(
    data: list[list[Any]],
    widths: list[float],
    header_rows: int = 1,
    continued: tuple[Translate, list[str | None], int] | None = None,
) -> Table:
    """A grid whose rows may split across pages; with `continued` (translate, a label per row,
    the label column) a split row goes on under "label (续)"."""
    table = ContinuedTable(data, colWidths=widths, repeatRows=header_rows, splitInRow=MIN_ROW_PART)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register_fonts()),  # empty cells: else Helvetica
                ("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    if continued is not None:
        translate, labels, column = continued
        style = cell_style("wc", 8, MUTED)
        table.continue_rows(
            labels, column, lambda label: _p(continued_text(translate, label), style)
        )
    return table


def _pair(existing: int, new: int) -> str:
    return f"{existing} + {new}"


def _days_table(report: WeekReport, translate: Translate) -> Table:
    head = cell_style("th", 7.5, MUTED)
    head_num = cell_style("thn", 7.5, MUTED, alignment=2)
    num = cell_style("tn", 9, alignment=2)
    rows: list[list[Any]] = [
        [
            _p(translate("WeekPlan", "Day"), head),
            _p(translate("WeekPlan", "Standard"), head_num),
            _p(translate("WeekPlan", "Planned"), head_num),
            _p(translate("WeekPlan", "Done"), head_num),
            _p(translate("WeekPlan", "No-show / cancelled"), head_num),
            _p(
                translate("WeekPlan", "Against the standard"),
                cell_style("thv", 7.5, MUTED, leftIndent=8),
            ),
        ]
    ]
    for s in report.summaries:
        if s.standard.total == 0 and s.planned == 0:
            verdict, colour = translate("WeekPlan", "day off"), MUTED
        elif s.done_meets_standard:
            verdict, colour = translate("WeekPlan", "met"), GOOD
        elif s.day < dt.date.today():
            verdict, colour = translate("WeekPlan", "short"), SHORT
        elif s.planned_meets_standard:
            verdict, colour = translate("WeekPlan", "planned to standard"), GOOD
        else:
            verdict, colour = translate("WeekPlan", "plan more visits"), SHORT
        rows.append(
            [
                _p(f"{weekday_label(translate, s.day)}  {s.day:%m-%d}"),
                _p(_pair(s.standard.existing, s.standard.new), num),
                _p(_pair(s.planned_existing, s.planned_new), num),
                _p(_pair(s.done_existing, s.done_new), num),
                _p(f"{s.no_show} / {s.cancelled}", num),
                _p(verdict, cell_style("tv", 9, colour, leftIndent=8)),
            ]
        )
    total = report.summaries
    rows.append(
        [
            _p(translate("WeekPlan", "Week"), cell_style("tt", 9, ACCENT)),
            _p(
                _pair(sum(s.standard.existing for s in total), sum(s.standard.new for s in total)),
                num,
            ),
            _p(
                _pair(sum(s.planned_existing for s in total), sum(s.planned_new for s in total)),
                num,
            ),
            _p(_pair(sum(s.done_existing for s in total), sum(s.done_new for s in total)), num),
            _p(f"{sum(s.no_show for s in total)} / {sum(s.cancelled for s in total)}", num),
            _p(""),
        ]
    )
    table = _grid(rows, [WIDTH * w for w in (0.16, 0.14, 0.14, 0.14, 0.18, 0.24)])
    table.setStyle(TableStyle([("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)]))
    return table


def _visits_table(report: WeekReport, translate: Translate) -> Table:
    head = cell_style("vh", 7.5, MUTED)
    small = cell_style("vs", 8)
    results = {row.id: text for row, text in report.results}
    labels: list[str | None] = [None]
    rows: list[list[Any]] = [
        [
            _p(translate("WeekPlan", "When"), head),
            _p(translate("WeekPlan", "Customer"), head),
            _p(translate("WeekPlan", "Matter / purpose"), head),
            _p(translate("WeekPlan", "Status"), head),
            _p(translate("WeekPlan", "Result"), head),
            _p(translate("WeekPlan", "Purpose met"), head),
        ]
    ]
    for row in report.visits:
        kind = translate("WeekPlan", "new") if row.is_new else translate("WeekPlan", "existing")
        customer = (
            f"{row.company or row.customer_name}\n{kind} · {method_label(translate, row.method)}"
        )
        purpose = (
            row.matter
            if row.matter == row.purpose or not row.purpose
            else f"{row.matter}\n{row.purpose}"
        )
        labels.append(row.company or row.customer_name)
        rows.append(
            [
                _p(f"{weekday_label(translate, row.start.date())} {row.start:%H:%M}", small),
                _p(customer, small),
                _p(purpose, small),
                _p(status_label(translate, row.status), small),
                _p(results.get(row.id, ""), small),
                _p(purpose_met_label(translate, row.purpose_met), small),
            ]
        )
    if len(rows) == 1:
        rows.append([_p(translate("WeekPlan", "No visits this week."), small), "", "", "", "", ""])
        labels.append(None)
    widths = [WIDTH * w for w in (0.1, 0.25, 0.24, 0.09, 0.22, 0.1)]
    return _grid(rows, widths, continued=(translate, labels, 1))


def _actions_table(report: WeekReport, translate: Translate) -> Table:
    head = cell_style("ah", 7.5, MUTED)
    rows: list[list[Any]] = [
        [
            _p(translate("WeekPlan", "Customer"), head),
            _p(translate("WeekPlan", "Next action"), head),
            _p(translate("WeekPlan", "Due"), head),
            _p(translate("WeekPlan", "Planned as a visit"), head),
        ]
    ]
    labels: list[str | None] = [None]
    for row, action, due, followed in report.next_actions:
        labels.append(row.company or row.customer_name)
        rows.append(
            [
                _p(row.company or row.customer_name),
                _p(action),
                _p(day_text(due)),
                _p(translate("WeekPlan", "yes") if followed else "—"),
            ]
        )
    if len(rows) == 1:
        rows.append([_p(translate("WeekPlan", "No next actions recorded.")), "", "", ""])
        labels.append(None)
    widths = [WIDTH * w for w in (0.36, 0.34, 0.14, 0.16)]
    return _grid(rows, widths, continued=(translate, labels, 0))


def _month_table(months: list[MonthTotals], translate: Translate) -> Table:
    head = cell_style("mh", 7.5, MUTED)
    head_num = cell_style("mhn", 7.5, MUTED, alignment=2)
    num = cell_style("mn", 9, alignment=2)
    rows = [
        [
            _p(translate("WeekPlan", "Month"), head),
            _p(translate("WeekPlan", "Working days"), head_num),
            _p(translate("WeekPlan", "Standard"), head_num),
            _p(translate("WeekPlan", "Planned"), head_num),
            _p(translate("WeekPlan", "Done"), head_num),
            _p(translate("WeekPlan", "Purpose met: yes / partly / no"), head_num),
        ],
    ]
    for totals in months:  # every month the week touches (two across a month's end)
        met = totals.purpose_met
        rows.append(
            [
                _p(month_text(totals.year, totals.month, translate)),
                _p(totals.workdays, num),
                _p(_pair(totals.standard.existing, totals.standard.new), num),
                _p(_pair(totals.planned_existing, totals.planned_new), num),
                _p(_pair(totals.done_existing, totals.done_new), num),
                _p(f"{met['yes']} / {met['partly']} / {met['no']}", num),
            ]
        )
    return _grid(rows, [WIDTH * w for w in (0.14, 0.14, 0.16, 0.16, 0.16, 0.24)])


def _section(title: str) -> Paragraph:
    return Paragraph(markup(title), styles().heading)


def build_week_plan(
    report: WeekReport,
    totals: list[MonthTotals],
    out: BinaryIO | str | Path,
    translate: Translate = no_translation,
) -> None:
    last = report.first_day + dt.timedelta(days=6)
    week = week_text(report.first_day, translate)
    span = f"{week}  ({report.first_day:%m-%d} – {last:%m-%d})"
    title_text = translate("WeekPlan", "Week plan and review")
    target = str(out) if isinstance(out, Path) else out
    doc = SimpleDocTemplate(
        target,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=12 * mm,
        bottomMargin=14 * mm,
        title=f"{title_text} {report.rep_name} {week}",
        author="Desktop CRM",
        initialFontName=register_fonts(),  # else every page names Helvetica, unembedded
    )
    head = title_band(title_text, report.rep_name, span, WIDTH)
    std = report.standard
    met = report.purpose_met
    facts = fill_args(
        translate(
            "WeekPlan",
            "Daily standard %1 existing + %2 new · planned %3 · done %4 of %5 · "
            "purpose met %6 yes, %7 partly, %8 no",
        ),
        std.existing,
        std.new,
        report.planned,
        report.done,
        report.standard_total,
        met["yes"],
        met["partly"],
        met["no"],
    )
    story: list[Any] = [
        head,
        Spacer(1, 2 * mm),
        _p(facts, cell_style("wf", 9, MUTED)),
        Spacer(1, 2 * mm),
    ]
    story += [_section(translate("WeekPlan", "Week plan")), _days_table(report, translate)]
    if report.plan_notes:
        story += [Spacer(1, 2 * mm), _p(report.plan_notes, styles().body)]
    story += [_section(translate("WeekPlan", "Visits")), _visits_table(report, translate)]
    story += [_section(translate("WeekPlan", "Next actions")), _actions_table(report, translate)]
    review: list[Any] = [_section(translate("WeekPlan", "Week review"))]
    if report.review:
        review.append(_p(report.review, styles().body))
    else:
        review.append(WriteInLines("", lines=5, gap=7 * mm))
    story.append(KeepTogether(review))
    story.append(
        KeepTogether(
            [_section(translate("WeekPlan", "Month plan totals")), _month_table(totals, translate)]
        )
    )
    stamp = f"{title_text} {report.rep_name} {week} · {moment_text(dt.datetime.now())}"
    doc.build(story, onFirstPage=footer(stamp), onLaterPages=footer(stamp))


def week_plan_pdf(
    actor: Person, rep_id: int, first_day: dt.date, translate: Translate = no_translation
) -> bytes:
    report = week_report(actor, rep_id, first_day)
    totals = week_month_totals(actor, rep_id, report.first_day)
    buffer = BytesIO()
    build_week_plan(report, totals, buffer, translate)
    return buffer.getvalue()


@dataclass(frozen=True)
class WeekPlanParameters:
    rep_id: int
    week: dt.date  # any day of the week


def _build_week(
    actor: Person, parameters: WeekPlanParameters, translate: Translate, lang: str
) -> bytes:
    return week_plan_pdf(actor, parameters.rep_id, parameters.week, translate)


REPORT = Report(
    name="week-plan",
    command=("week-plan",),
    summary="print one rep's week plan and review (PDF)",
    parameters_type=WeekPlanParameters,
    parameters=(
        Parameter("rep_id", ParameterKind.REP),
        Parameter("week", ParameterKind.WEEK),
    ),
    build=_build_week,
)
