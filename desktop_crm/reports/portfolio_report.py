"""The portfolio report for the owner: quadrant and tier distribution per rep, where visit time
went against the 60/30/10 guidance, and the customers of each quadrant.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

from ..i18n import fill_args
from ..services.analysis.key_customers import (
    CATEGORIES,
    GUIDANCE,
    category_label,
    customers_by_category,
    visit_time_by_category,
)
from ..services.analysis.personality import TYPE_LABELS, latest_types
from ..services.analysis.quadrant import (
    QUADRANT_APPROACH,
    QUADRANT_LABELS,
    QUADRANT_SHORT,
    AnalysisFilter,
    Quadrant,
    QuadrantPoint,
    get_thresholds,
    quadrant_points,
)
from ..services.analysis.tiers import (
    TIERS,
    effective_tiers,
    get_breakpoints,
    recompute_if_stale,
    tier_distribution,
)
from ..services.common.acting import Person
from ..services.people.users import user_name
from ..services.visits.queries import last_visits
from .analysis_charts import quadrant_chart, share_bars
from .base import (
    MARGIN,
    MUTED,
    PAGE,
    RULE,
    SHADE,
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


def _distribution(
    actor: Person, points: list[QuadrantPoint], rep_id: int | None, translate: Translate
) -> Table:
    s = styles()
    per_rep: dict[str, dict[Quadrant, int]] = {}
    for p in points:
        counts = per_rep.setdefault(p.rep_name, dict.fromkeys(Quadrant, 0))
        counts[p.quadrant] += 1
    tiers = {r.rep_name: r for r in tier_distribution(actor, rep_id)}
    head = ParagraphStyle("pf_head", parent=s.cell_bold, fontSize=7.5, leading=9.5)
    group = [
        para("", head),
        para(translate("PortfolioReport", "Quadrant of the latest assessment"), head),
        *[para("", head)] * 4,
        para(translate("PortfolioReport", "Tier"), head),
        *[para("", head)] * 4,
        para("", head),
    ]
    header = [para(translate("PortfolioReport", "Rep"), head)]
    header += [para(translate("Quadrant", QUADRANT_SHORT[q]), head) for q in Quadrant]
    header += [para(translate("PortfolioReport", "Not assessed"), head)]
    header += [para(t, head) for t in TIERS]
    header += [
        para(translate("PortfolioReport", "Manual tier"), head),
        para(translate("PortfolioReport", "Customers"), head),
    ]
    rows = [group, header]
    numbers: list[list[int]] = []
    for name in sorted(set(per_rep) | set(tiers)):
        counts = per_rep.get(name, dict.fromkeys(Quadrant, 0))
        tier_row = tiers.get(name)
        total = tier_row.total if tier_row else sum(counts.values())
        figures = [counts[q] for q in Quadrant] + [total - sum(counts.values())]
        figures += [tier_row.counts[t] if tier_row else 0 for t in TIERS]
        figures += [tier_row.manual if tier_row else 0, total]
        numbers.append(figures)
        row = [para(name or translate("PortfolioReport", "(no rep)"), s.cell)]
        rows.append(row + [para(str(n), s.cell) for n in figures])
    if len(numbers) > 1:  # the office's total under the reps
        sums = [sum(column) for column in zip(*numbers, strict=True)]
        rows.append(
            [para(translate("PortfolioReport", "Office"), s.cell_bold)]
            + [para(str(n), s.cell_bold) for n in sums]
        )
    widths = [0.13] + [0.11] * 4 + [0.1] + [0.04] * 4 + [0.08, 0.09]
    table = Table(rows, colWidths=[WIDTH * w for w in widths], repeatRows=2)
    style = grid_style()
    style.add("SPAN", (1, 0), (5, 0))
    style.add("SPAN", (6, 0), (10, 0))
    style.add("BACKGROUND", (0, 1), (-1, 1), SHADE)
    style.add("LINEBEFORE", (1, 0), (1, -1), 0.6, RULE)
    style.add("LINEBEFORE", (6, 0), (6, -1), 0.6, RULE)
    style.add("LINEBEFORE", (11, 0), (11, -1), 0.6, RULE)
    table.setStyle(style)
    return table


def _time_section(
    actor: Person, rep_id: int | None, today: dt.date, translate: Translate
) -> list[Any]:
    s = styles()
    since = today - dt.timedelta(days=90)
    flow: list[Any] = [
        para(translate("PortfolioReport", "Where visit time went (last 90 days)"), s.heading),
        para(
            translate(
                "PortfolioReport",
                "Guidance: key customers are about 10 % of customers and get 60 % of selling time; ordinary 30 % and 30 %; potential 60 % and 10 %.",
            ),
            s.small,
        ),
    ]
    reps = visit_time_by_category(actor, since, today, rep_id)
    counts = customers_by_category(actor, rep_id)
    all_customers = sum(counts.values()) or 1
    header = [para(translate("PortfolioReport", "Rep"), s.cell_bold)]
    header += [para(category_label(translate, c), s.cell_bold) for c in (*CATEGORIES, "")]
    header.append(para(translate("PortfolioReport", "Hours"), s.cell_bold))
    guidance_row = [para(translate("PortfolioReport", "Guidance (time)"), s.cell)]
    guidance_row += [para(f"{GUIDANCE[c][1]} %", s.cell) for c in CATEGORIES] + [para("", s.cell)]
    guidance_row.append(para("", s.cell))
    share_row = [para(translate("PortfolioReport", "Share of customers"), s.cell)]
    share_row += [
        para(f"{100 * counts.get(c, 0) / all_customers:.0f} %", s.cell) for c in (*CATEGORIES, "")
    ]
    share_row.append(para("", s.cell))
    rows = [header, guidance_row, share_row]
    for rep in reps:
        row = [para(rep.rep_name, s.cell)]
        row += [para(f"{rep.share(c):.0f} %", s.cell) for c in (*CATEGORIES, "")]
        row.append(para(f"{rep.total / 60:.1f}", s.cell))
        rows.append(row)
    # the office: every rep's minutes together, shared out the same way as a rep's row (the
    # unclassified time included), so the chart below shows exactly these figures
    minutes = {c: sum(r.minutes.get(c, 0) for r in reps) for c in (*CATEGORIES, "")}
    overall = sum(minutes.values())
    if len(reps) > 1:
        office = [para(translate("PortfolioReport", "Office"), s.cell_bold)]
        office += [
            para(f"{100 * minutes[c] / overall:.0f} %", s.cell_bold) for c in (*CATEGORIES, "")
        ]
        office.append(para(f"{overall / 60:.1f}", s.cell_bold))
        rows.append(office)
    table = Table(rows, colWidths=[WIDTH * w for w in (0.2, 0.13, 0.13, 0.13, 0.13, 0.13, 0.15)])
    table.setStyle(grid_style())
    flow.append(table)
    if not reps:
        flow.append(para(translate("PortfolioReport", "No done visits in this period."), s.small))
    else:
        flow.append(Spacer(1, 4))
        flow.append(
            share_bars(
                [
                    (
                        category_label(translate, c),
                        100 * minutes[c] / (overall or 1),
                        float(GUIDANCE[c][1]),
                    )
                    for c in CATEGORIES[:3]
                ],
                (translate("PortfolioReport", "Actual"), translate("PortfolioReport", "Guidance")),
                width=WIDTH,
            )
        )
    return flow


ACTION_LIST_LENGTH = 10  # customers listed per quadrant; the rest are counted
TIER_ORDER = {"A": 0, "B": 1, "C": 2, "D": 3}


def _customers(
    actor: Person, points: list[QuadrantPoint], translate: Translate, today: dt.date
) -> list[Any]:
    """Per quadrant its approach and a short action list: the customers to work on first (the
    best tier, then the longest unvisited), with company, tier and last visit; the rest are
    counted, never listed (the analysis room lists them all)."""
    s = styles()
    ids = [p.customer_id for p in points]
    types = latest_types(actor, ids) if points else {}
    tiers = effective_tiers(actor, ids)
    seen = last_visits(actor, ids) if points else {}
    flow: list[Any] = [para(translate("PortfolioReport", "What to do per quadrant"), s.heading)]
    for quadrant in Quadrant:
        members = [p for p in points if p.quadrant == quadrant]
        members.sort(
            key=lambda p: (
                TIER_ORDER.get(tiers.get(p.customer_id, ""), 4),
                seen.get(p.customer_id, dt.date.min),
                -(p.intent + p.quality),
                p.name,
            )
        )
        heading = para(
            f"{translate('Quadrant', QUADRANT_LABELS[quadrant])} – "
            f"{translate('Quadrant', QUADRANT_SHORT[quadrant])} ({len(members)})",
            ParagraphStyle("pf_q", parent=s.cell_bold, keepWithNext=1),
        )
        approach = para(
            translate("Quadrant", QUADRANT_APPROACH[quadrant]),
            ParagraphStyle("pf_a", parent=s.small, keepWithNext=1),
        )
        flow += [heading, approach]
        if not members:
            flow.append(Spacer(1, 4))
            continue
        headers = [
            translate("PortfolioReport", "Company"),
            translate("PortfolioReport", "Customer"),
            translate("PortfolioReport", "Rep"),
            translate("PortfolioReport", "Tier"),
            translate("PortfolioReport", "Last visit"),
            translate("PortfolioReport", "Intent / quality"),
            translate("PortfolioReport", "Type"),
        ]
        rows = [[para(h, s.cell_bold) for h in headers]]
        for p in members[:ACTION_LIST_LENGTH]:
            kind = types.get(p.customer_id)
            last = seen.get(p.customer_id)
            since = (
                fill_args(
                    translate("PortfolioReport", "%1 (%2 days)"),
                    day_text(last),
                    (today - last).days,
                )
                if last
                else translate("PortfolioReport", "never")
            )
            rows.append(
                [
                    para(p.company or "—", s.cell),
                    para(p.name, s.cell),
                    para(p.rep_name, s.cell),
                    para(tiers.get(p.customer_id, ""), s.cell),
                    para(since, s.cell),
                    para(f"{p.intent:.0f} / {p.quality:.0f}", s.cell),
                    para(translate("Personality", TYPE_LABELS[kind]) if kind else "", s.cell),
                ]
            )
        table = ContinuedTable(
            rows,
            colWidths=[WIDTH * w for w in (0.25, 0.11, 0.09, 0.05, 0.24, 0.11, 0.15)],
            repeatRows=1,
            splitInRow=MIN_ROW_PART,
        )
        table.setStyle(grid_style())
        flow.append(table)
        rest = len(members) - ACTION_LIST_LENGTH
        if rest > 0:
            flow.append(
                para(
                    fill_args(
                        translate(
                            "PortfolioReport",
                            "… and %1 more in this quadrant (Analysis → Intent × quality lists them all).",
                        ),
                        rest,
                    ),
                    s.small,
                )
            )
        flow.append(Spacer(1, 6))
    return flow


def build_portfolio_report(
    actor: Person,
    target: str | Path | BinaryIO,
    translate: Translate = no_translation,
    lang: str = "en",
    rep_id: int | None = None,
    today: dt.date | None = None,
) -> None:
    """Write the portfolio report of the whole office, or of one rep."""
    today = today or dt.date.today()
    s = styles()
    rep_name = user_name(actor, rep_id) if rep_id is not None else None
    thresholds = get_thresholds(actor)
    points = quadrant_points(actor, AnalysisFilter(rep_id=rep_id), thresholds)
    title = translate("PortfolioReport", "Customer portfolio")
    scope = rep_name if rep_name is not None else translate("PortfolioReport", "all reps")
    doc = SimpleDocTemplate(
        str(target) if isinstance(target, Path) else target,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        initialFontName=register_fonts(),  # else every page names Helvetica, unembedded
        bottomMargin=MARGIN + 4,
        title=f"{title} – {scope}",
    )
    breakpoints = " / ".join(f"{b:g}" for b in get_breakpoints(actor))
    settings = fill_args(
        translate(
            "PortfolioReport",
            "High intent from %1, high quality from %2; tiers by the last 12 months' revenue, breakpoints %3 %.",
        ),
        f"{thresholds.intent:g}",
        f"{thresholds.quality:g}",
        breakpoints,
    )
    chart = quadrant_chart(
        [(p.intent, p.quality, p.quadrant) for p in points],
        thresholds,
        {q: translate("Quadrant", QUADRANT_SHORT[q]) for q in Quadrant},
        translate("PortfolioReport", "Quality"),
        translate("PortfolioReport", "Intent"),
        size=210,
    )
    counts = Table(
        [
            [
                para(translate("Quadrant", QUADRANT_LABELS[q]), s.cell),
                para(str(sum(1 for p in points if p.quadrant == q)), s.cell_bold),
            ]
            for q in Quadrant
        ]
        + [
            [
                para(translate("PortfolioReport", "Assessed customers"), s.cell),
                para(str(len(points)), s.cell_bold),
            ]
        ],
        colWidths=[WIDTH * 0.3, WIDTH * 0.08],
    )
    counts.setStyle(grid_style(header=False))
    flow: list[Any] = [
        Paragraph(
            f"{markup(title)}&nbsp;&nbsp;<font color='{MUTED.hexval()}'>{markup(scope)}"
            f" · {markup(day_text(today))}</font>",
            s.title,
        ),
        para(settings, s.small),
        para(translate("PortfolioReport", "Intent × quality"), s.heading),
        Table(
            [[chart, counts]],
            colWidths=[WIDTH * 0.55, WIDTH * 0.45],
            style=[
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
            ],
        ),
        para(translate("PortfolioReport", "Quadrants and tiers per rep"), s.heading),
        _distribution(actor, points, rep_id, translate),
    ]
    flow += _time_section(actor, rep_id, today, translate)
    flow += _customers(actor, points, translate, today)
    label = f"{title} · {scope} · {day_text(today)}"
    doc.build(flow, onFirstPage=footer(label), onLaterPages=footer(label))


@dataclass(frozen=True)
class PortfolioParameters:
    rep_id: int | None = None  # None: the whole office


def portfolio_report_pdf(
    actor: Person,
    parameters: PortfolioParameters,
    translate: Translate = no_translation,
    lang: str = "en",
) -> bytes:
    buffer = BytesIO()
    build_portfolio_report(actor, buffer, translate, lang, parameters.rep_id)
    return buffer.getvalue()


REPORT = Report(
    name="portfolio",
    command=("report", "portfolio"),
    summary="quadrant and tier distribution per rep",
    parameters_type=PortfolioParameters,
    parameters=(
        Parameter("rep_id", ParameterKind.REP, required=False, help="only this rep's customers"),
    ),
    build=portfolio_report_pdf,
    prepare=recompute_if_stale,
)
