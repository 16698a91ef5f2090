"""The owner summary (issue 12, item 4): a month's or a week's key figures with the change against
the period before, a row per rep, the charts and a short action list, in a few pages — never a
list of every customer. With a rep (`rep_id`) it is that rep's own report: their figures, their
row, their lists.

The figures come from services/owner/figures.py, the lists from services/owner/actions.py
(each capped at ACTION_ROWS lines and "and N more"). Words through `translate("SummaryReport",
…)`, so the report reads in the reader's language; the CJK font is embedded (reports/base.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from ..i18n import QT_TRANSLATE_NOOP, fill_args
from ..services.analysis.tiers import recompute_if_stale
from ..services.common.acting import Person
from ..services.common.formats import date_text, money_text
from ..services.owner.actions import DEFAULT_KEY_DAYS, ActionList, action_lists
from ..services.owner.figures import (
    Figure,
    FigureKey,
    Period,
    key_figures,
    pipeline_by_stage,
    sales_by_month,
    visits_against_standard,
)
from ..services.owner.rep_rows import RepRow, rep_rows
from ..services.people.policy import is_office
from ..services.people.users import user_name
from .base import (
    MARGIN,
    MUTED,
    PAGE,
    Translate,
    markup,
    no_translation,
    page_pdf,
    para,
    styles,
)
from .registry import Parameter, ParameterKind, Report
from .summary_charts import LOST_COLOUR, WEIGHTED_COLOUR, month_bars, paired_bars
from .table_style import page_table as _table
from .table_style import section_heading as _heading

WIDTH = PAGE[0] - 2 * MARGIN
CHART_WIDTH = WIDTH - 12  # a drawing must fit inside the frame's padding
CHART_ROWS = 25  # bars per part of a chart: a long one (50 reps) goes on over pages
ACTION_ROWS = 10  # lines per action list; the rest is "and N more"

K = FigureKey
# The key figures table, in this order, with the label of each row (English source).
FIGURE_ROWS: tuple[tuple[FigureKey, str], ...] = (
    (K.SALES, QT_TRANSLATE_NOOP("SummaryReport", "Sales")),
    (K.SALES_PER_REP, QT_TRANSLATE_NOOP("SummaryReport", "Sales per rep")),
    (K.AVERAGE_PURCHASE, QT_TRANSLATE_NOOP("SummaryReport", "Average purchase")),
    (K.PURCHASE_FREQUENCY, QT_TRANSLATE_NOOP("SummaryReport", "Purchase frequency")),
    (K.CLOSE_RATE, QT_TRANSLATE_NOOP("SummaryReport", "Close rate")),
    (K.DEALS_PER_VISIT, QT_TRANSLATE_NOOP("SummaryReport", "Deals per visit")),
    (K.VISITS_DONE, QT_TRANSLATE_NOOP("SummaryReport", "Visits done")),
    (K.VISITS_PER_DAY, QT_TRANSLATE_NOOP("SummaryReport", "Visits per rep per workday")),
    (K.VISITS_AGAINST_STANDARD, QT_TRANSLATE_NOOP("SummaryReport", "Visits against the standard")),
    (K.NEW_CUSTOMERS, QT_TRANSLATE_NOOP("SummaryReport", "New customers")),
    (K.ACTIVE_CUSTOMERS, QT_TRANSLATE_NOOP("SummaryReport", "Active customers")),
    (K.DORMANT_CUSTOMERS, QT_TRANSLATE_NOOP("SummaryReport", "Dormant customers")),
    (K.RETENTION_RATE, QT_TRANSLATE_NOOP("SummaryReport", "Retention rate")),
    (K.TOP20_SHARE, QT_TRANSLATE_NOOP("SummaryReport", "Share of sales from the top 20 %")),
    (K.SATISFACTION_RATE, QT_TRANSLATE_NOOP("SummaryReport", "Satisfaction rate")),
    (K.COMPLAINTS_ON_TIME, QT_TRANSLATE_NOOP("SummaryReport", "Complaints resolved on time")),
    (K.COMPLAINTS_LATE, QT_TRANSLATE_NOOP("SummaryReport", "Complaints late")),
)
TODAY_ROWS: tuple[tuple[FigureKey, str], ...] = (
    (K.OVERDUE_NEXT_ACTIONS, QT_TRANSLATE_NOOP("SummaryReport", "Overdue next actions")),
    (K.VISITS_WITHOUT_RESULT, QT_TRANSLATE_NOOP("SummaryReport", "Past visits without a result")),
    (K.OPEN_PIPELINE, QT_TRANSLATE_NOOP("SummaryReport", "Open pipeline")),
    (K.WEIGHTED_PIPELINE, QT_TRANSLATE_NOOP("SummaryReport", "Weighted pipeline")),
)
# The default pipeline's stages (services/owner/pipeline.py names them for a settable one).
STAGE_LABELS: dict[str, str] = {
    "contact": QT_TRANSLATE_NOOP("SummaryReport", "Initial contact"),
    "needs": QT_TRANSLATE_NOOP("SummaryReport", "Needs confirmed"),
    "proposal": QT_TRANSLATE_NOOP("SummaryReport", "Proposal and quote"),
    "negotiation": QT_TRANSLATE_NOOP("SummaryReport", "Negotiation"),
    "won": QT_TRANSLATE_NOOP("SummaryReport", "Won"),
    "lost": QT_TRANSLATE_NOOP("SummaryReport", "Lost"),
}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip


@dataclass(frozen=True)
class SummaryParameters:
    period: Period  # a month or an ISO week (Period.month / Period.week)
    rep_id: int | None = None  # None: the office's summary; a rep: their own report
    key_days: int = DEFAULT_KEY_DAYS  # key customers not seen for this many days are listed
    today: dt.date | None = None  # the day "overdue" and "as of today" count from (tests)


# ---------------------------------------------------------------- words


def _chinese(lang: str) -> bool:
    return lang.startswith("zh")


def day_text(day: dt.date, lang: str) -> str:
    """2026年12月2日 for a Chinese reader, 2 Dec 2026 otherwise: every report's date form
    (services/common/formats.date_text)."""
    return date_text(day, lang)


def period_text(period: Period, lang: str) -> str:
    """How the title names the period: 2026年12月 / December 2026; 2026年第49周 (…) / …"""
    if period.kind == "month":
        if _chinese(lang):
            return f"{period.start.year}年{period.start.month}月"
        return f"{MONTHS[period.start.month - 1]} {period.start.year}"
    span = f"{day_text(period.start, lang)} – {day_text(period.end, lang)}"
    if period.kind == "week":
        iso = period.start.isocalendar()
        if _chinese(lang):
            return f"{iso.year}年第{iso.week}周（{span}）"
        return f"{iso.year}-W{iso.week:02d} ({span})"
    return span


def month_label(day: dt.date, lang: str) -> str:
    return f"{day.month}月" if _chinese(lang) else MONTHS[day.month - 1][:3]


def compact_money(value: float, lang: str) -> str:
    """An axis value: 2.5万 / 1.2亿 for a Chinese reader, 25k / 1.2M otherwise."""
    if _chinese(lang):
        for size, unit in ((1e8, "亿"), (1e4, "万")):
            if value >= size:
                return f"{value / size:g}{unit}"
        return f"{value:g}"
    for size, unit in ((1e6, "M"), (1e3, "k")):
        if value >= size:
            return f"{value / size:g}{unit}"
    return f"{value:g}"


def figure_text(value: Decimal | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "money":
        return money_text(value)
    if unit == "percent":
        return f"{value:.1f} %"
    if unit == "ratio":
        return f"{value:.2f}"
    return f"{value:,.0f}"


def change_text(figure: Figure, translate: Translate) -> str:
    change = figure.change
    if change is None:
        return "–"
    sign = "+" if change > 0 else ""
    if figure.unit == "percent":
        return fill_args(translate("SummaryReport", "%1 pts"), f"{sign}{change:.1f}")
    if figure.unit == "money":
        return f"{sign}{money_text(change)}"
    if figure.unit == "ratio":
        return f"{sign}{change:.2f}"
    return f"{sign}{change:,.0f}"


# ---------------------------------------------------------------- pieces


def _cell(text: object, bold: bool = False, align_right: bool = False) -> Paragraph:
    s = styles()
    style = s.cell_bold if bold else s.cell
    if align_right:
        style = ParagraphStyle(f"{style.name}_r", parent=style, alignment=2)
    return para(text, style)


def _figures_table(figures: dict[FigureKey, Figure], translate: Translate) -> list[Any]:
    header = [
        _cell(translate("SummaryReport", "Figure"), True),
        _cell(translate("SummaryReport", "This period"), True, True),
        _cell(translate("SummaryReport", "Previous period"), True, True),
        _cell(translate("SummaryReport", "Change"), True, True),
    ]
    rows = [header]
    for key, label in FIGURE_ROWS:
        f = figures[key]
        rows.append(
            [
                _cell(translate("SummaryReport", label)),
                _cell(figure_text(f.value, f.unit), True, True),
                _cell(figure_text(f.previous, f.unit), align_right=True),
                _cell(change_text(f, translate), align_right=True),
            ]
        )
    ytd, last = figures[K.SALES_YTD], figures[K.SALES_YTD_LAST_YEAR]
    year = Figure(K.SALES_YTD, ytd.value, last.value, "money")
    rows.append(
        [
            _cell(
                translate("SummaryReport", "Sales this year (previous: last year, the same days)")
            ),
            _cell(figure_text(ytd.value, "money"), True, True),
            _cell(figure_text(last.value, "money"), align_right=True),
            _cell(change_text(year, translate), align_right=True),
        ]
    )
    today_rows = [
        [
            _cell(translate("SummaryReport", "As of today"), True),
            _cell("", True),
        ]
    ]
    for key, label in TODAY_ROWS:
        f = figures[key]
        today_rows.append(
            [
                _cell(translate("SummaryReport", label)),
                _cell(figure_text(f.value, f.unit), True, True),
            ]
        )
    return [
        _table(rows, (0.46, 0.18, 0.18, 0.18)),
        Spacer(1, 6),
        _table(today_rows, (0.46, 0.18)),
    ]


def _own_row(
    actor: Person, period: Period, rep_id: int, figures: dict[FigureKey, Figure], today: dt.date
) -> RepRow:
    """One rep's row from their key figures (a rep's own report)."""
    visits = visits_against_standard(actor, period, rep_id, by_week=False, today=today)
    return _row_of(
        rep_id, visits[0].rep_name if visits else "", figures, visits[0].standard if visits else 0
    )


def _row_of(rep_id: int, name: str, figures: dict[FigureKey, Figure], standard: int) -> RepRow:
    def count(key: FigureKey) -> int:
        value = figures[key].value
        return int(value) if value is not None else 0

    return RepRow(
        rep_id=rep_id,
        rep_name=name,
        visits_done=count(K.VISITS_DONE),
        standard=standard,
        against_standard=figures[K.VISITS_AGAINST_STANDARD].value,
        sales=figures[K.SALES].value or Decimal("0.00"),
        close_rate=figures[K.CLOSE_RATE].value,
        new_customers=count(K.NEW_CUSTOMERS),
        overdue_next_actions=count(K.OVERDUE_NEXT_ACTIONS),
    )


def _rep_table(reps: Sequence[RepRow], total: RepRow | None, translate: Translate) -> Table:
    """A row per rep: visits done against the standard, sales, close rate, new customers,
    overdue next actions; and the office's total under them."""
    header = [
        _cell(translate("SummaryReport", "Rep"), True),
        _cell(translate("SummaryReport", "Visits done"), True, True),
        _cell(translate("SummaryReport", "Standard"), True, True),
        _cell(translate("SummaryReport", "Against the standard"), True, True),
        _cell(translate("SummaryReport", "Sales"), True, True),
        _cell(translate("SummaryReport", "Close rate"), True, True),
        _cell(translate("SummaryReport", "New customers"), True, True),
        _cell(translate("SummaryReport", "Overdue next actions"), True, True),
    ]

    def row(r: RepRow, bold: bool) -> list[Any]:
        return [
            _cell(r.rep_name, bold),
            _cell(f"{r.visits_done:,}", bold, True),
            _cell(f"{r.standard:,}", bold, True),
            _cell(figure_text(r.against_standard, "percent"), bold, True),
            _cell(figure_text(r.sales, "money"), bold, True),
            _cell(figure_text(r.close_rate, "percent"), bold, True),
            _cell(f"{r.new_customers:,}", bold, True),
            _cell(f"{r.overdue_next_actions:,}", bold, True),
        ]

    rows = [header] + [row(r, False) for r in reps]
    if total is not None:
        rows.append(row(total, True))
    table = _table(rows, (0.15, 0.1, 0.1, 0.12, 0.15, 0.1, 0.13, 0.15))
    if total is not None:
        table.setStyle([("LINEABOVE", (0, -1), (-1, -1), 0.8, MUTED)])
    return table


def _charts(
    actor: Person,
    period: Period,
    rep_id: int | None,
    today: dt.date,
    translate: Translate,
    lang: str,
) -> list[Any]:
    flow: list[Any] = []
    last = period.end.replace(day=1)
    first = dt.date(last.year - (1 if last.month < 12 else 0), last.month % 12 + 1, 1)
    months = sales_by_month(actor, first, 12, rep_id)
    flow.append(
        KeepTogether(
            [
                _heading(translate("SummaryReport", "Sales by month (the last 12 months)")),
                month_bars(
                    [(month_label(m.month, lang), m.amount) for m in months],
                    lambda v: compact_money(v, lang),
                    highlight=len(months) - 1,
                    width=CHART_WIDTH,
                ),
            ]
        )
    )
    stages = pipeline_by_stage(actor, rep_id)
    stage_rows = [
        (
            translate("SummaryReport", STAGE_LABELS[s.stage])
            if s.stage in STAGE_LABELS
            else s.stage,
            float(s.amount),
            float(s.weighted),
            f"{s.count:,} · {money_text(s.amount)} · {money_text(s.weighted)}",
        )
        for s in stages
    ]
    flow.append(
        KeepTogether(
            [
                _heading(translate("SummaryReport", "Pipeline by stage (as of today)")),
                paired_bars(
                    stage_rows,
                    (
                        translate("SummaryReport", "Expected amount"),
                        translate("SummaryReport", "Weighted by probability"),
                    ),
                    colours=(WEIGHTED_COLOUR, LOST_COLOUR),
                    width=CHART_WIDTH,
                ),
                para(
                    translate(
                        "SummaryReport",
                        "At the right: opportunities · expected amount · weighted amount.",
                    ),
                    styles().small,
                ),
            ]
        )
    )
    by_week = rep_id is not None  # a rep's own report: their weeks; the office: each rep
    visits = visits_against_standard(actor, period, rep_id, by_week=by_week, today=today)
    visit_rows = [
        (
            (
                fill_args(translate("SummaryReport", "Week of %1"), day_text(v.week_start, lang))
                if v.week_start
                else v.rep_name
            ),
            float(v.done),
            float(v.standard),
            f"{v.done:,} / {v.standard:,}"
            + (f" ({100 * v.done / v.standard:.0f} %)" if v.standard else ""),
        )
        for v in visits
        if not (v.week_start and v.week_start > today)
    ]
    title = (
        translate("SummaryReport", "Visits against the standard per week")
        if by_week
        else translate("SummaryReport", "Visits against the standard per rep")
    )
    top = max((max(r[1], r[2]) for r in visit_rows), default=0) or 1
    legend = (translate("SummaryReport", "Visits done"), translate("SummaryReport", "Standard"))
    for start in range(0, max(len(visit_rows), 1), CHART_ROWS):
        part = paired_bars(
            visit_rows[start : start + CHART_ROWS],
            legend,
            width=CHART_WIDTH,
            top=top,
            with_legend=start == 0,
        )
        flow.append(KeepTogether([_heading(title), part]) if start == 0 else part)
    return flow


def _action_list(
    title: str,
    found: ActionList | None,
    headers: Sequence[str],
    cells: Callable[[Any], list[str]],
    widths: Sequence[float],
    empty: str,
    translate: Translate,
) -> list[Any]:
    s = styles()
    if found is None:
        return [_heading(title), para(empty, s.small)]
    if not found.rows:
        return [
            _heading(f"{title} (0)"),
            para(translate("SummaryReport", "Nothing to do here."), s.small),
        ]
    rows = [[_cell(h, True) for h in headers]]
    rows += [[_cell(text) for text in cells(r)] for r in found.rows]
    flow: list[Any] = [_heading(f"{title} ({found.total:,})"), _table(rows, widths)]
    if found.more:
        flow.append(
            para(
                fill_args(translate("SummaryReport", "… and %1 more."), f"{found.more:,}"), s.small
            )
        )
    return flow


def _actions(
    actor: Person, parameters: SummaryParameters, today: dt.date, translate: Translate, lang: str
) -> list[Any]:
    found = action_lists(
        actor, parameters.rep_id, today=today, limit=ACTION_ROWS, key_days=parameters.key_days
    )
    pool = translate("SummaryReport", "(pool)")
    customer, rep = translate("SummaryReport", "Customer"), translate("SummaryReport", "Rep")
    flow: list[Any] = [
        _heading(fill_args(translate("SummaryReport", "To do (as of %1)"), day_text(today, lang)))
    ]
    flow += _action_list(
        translate("SummaryReport", "Overdue follow-ups"),
        found.overdue_follow_ups,
        [
            translate("SummaryReport", "Due"),
            customer,
            rep,
            translate("SummaryReport", "Next action"),
        ],
        lambda r: [day_text(r.day, lang) if r.day else "", r.customer, r.rep, r.text],
        (0.18, 0.3, 0.16, 0.36),
        "",
        translate,
    )
    flow += _action_list(
        translate("SummaryReport", "Past visits without a result"),
        found.unreported_visits,
        [
            translate("SummaryReport", "Planned for"),
            customer,
            rep,
            translate("SummaryReport", "Matter"),
        ],
        lambda r: [day_text(r.day, lang) if r.day else "", r.customer, r.rep, r.text],
        (0.18, 0.3, 0.16, 0.36),
        "",
        translate,
    )
    flow += _action_list(
        fill_args(
            translate("SummaryReport", "Key customers not visited for %1 days"), str(found.key_days)
        ),
        found.key_customers_not_seen,
        [
            customer,
            rep,
            translate("SummaryReport", "Tier"),
            translate("SummaryReport", "Last visit"),
        ],
        lambda r: [
            r.customer,
            r.rep or pool,
            r.text,
            day_text(r.day, lang) if r.day else translate("SummaryReport", "never"),
        ],
        (0.4, 0.2, 0.1, 0.3),
        "",
        translate,
    )
    flow += _action_list(
        translate("SummaryReport", "Complaints handled late"),
        found.late_complaints,
        [
            translate("SummaryReport", "Due"),
            customer,
            rep,
            translate("SummaryReport", "What happened"),
        ],
        lambda r: [day_text(r.day, lang) if r.day else "", r.customer, r.rep or pool, r.text],
        (0.18, 0.3, 0.16, 0.36),
        "",
        translate,
    )
    return flow


# ---------------------------------------------------------------- the document


def build_summary(
    actor: Person,
    parameters: SummaryParameters,
    translate: Translate = no_translation,
    lang: str = "en",
) -> bytes:
    """The summary PDF of `parameters.period`, for the office or one rep, as bytes."""
    s = styles()
    period, rep_id = parameters.period, parameters.rep_id
    today = parameters.today or dt.date.today()
    if rep_id is None and not is_office(actor):
        rep_id = actor.id  # a rep's summary is their own (the services refuse another's)
    rep_name = user_name(actor, rep_id) if rep_id is not None else None
    weekly = period.kind == "week"
    if rep_name is None:
        title = (
            translate("SummaryReport", "Weekly summary")
            if weekly
            else translate("SummaryReport", "Monthly summary")
        )
    else:
        title = fill_args(
            translate("SummaryReport", "Weekly report of %1")
            if weekly
            else translate("SummaryReport", "Monthly report of %1"),
            rep_name,
        )
    when = period_text(period, lang)
    figures = key_figures(actor, period, rep_id, today=today)
    previous = period_text(period.previous(), lang)
    flow: list[Any] = [
        Paragraph(
            f"{markup(title)}&nbsp;&nbsp;<font color='{MUTED.hexval()}'>{markup(when)}</font>",
            s.title,
        ),  # fmt: skip
        para(
            fill_args(
                translate("SummaryReport", "Compared with %1. Made on %2."),
                previous,
                day_text(today, lang),
            ),
            s.small,
        ),
        _heading(translate("SummaryReport", "Key figures")),
    ]
    flow += _figures_table(figures, translate)
    if rep_id is None:
        reps = rep_rows(actor, period, today=today)
        total = _row_of(
            0, translate("SummaryReport", "Office"), figures, sum(r.standard for r in reps)
        )
        flow += [
            _heading(translate("SummaryReport", "Per rep")),
            _rep_table(reps, total, translate),
        ]
    else:
        mine = _own_row(actor, period, rep_id, figures, today)
        flow += [
            _heading(translate("SummaryReport", "Visits and sales")),
            _rep_table([mine], None, translate),
        ]
    flow += _charts(actor, period, rep_id, today, translate, lang)
    flow += _actions(actor, parameters, today, translate, lang)

    return page_pdf(flow, f"{title} – {when}", f"{title} · {when}")


REPORT = Report(
    name="summary",
    command=("report", "summary"),
    summary="the owner's monthly or weekly summary, or a rep's own report",
    parameters_type=SummaryParameters,
    parameters=(
        Parameter("period", ParameterKind.PERIOD, help="the month or the ISO week"),
        Parameter("rep_id", ParameterKind.REP, required=False, help="a rep's own report"),
    ),
    build=build_summary,
    prepare=recompute_if_stale,  # the tiers behind "key customer" brought up to date first
)
