"""The owner's key figures (DOMAIN.md §9; issue 12, item 2), one Qt-free service.

Every figure has one definition, written in `DEFINITIONS` (English source; the dashboard's
tooltip and docs/key-figures.md show it translated) and computed here for any `Period`, for
one rep or the whole office. A rep asking sees their own figures only (`guard.rep`); the office
(owner, clerk) sees any rep's or the office's (rep_id None).

Each `Figure` carries its value for the period and for the period before it (the same length,
just before), so every tile can show the change. `drill` gives the rows behind a figure, so
every figure clicks through to its list.

Whose rows count: a customer in the trash counts nowhere. For one rep, customers, deals and
sales are those of the customers the rep owns (the customer's owner rep), visits those the
rep made (the visit's rep), opportunities those the rep owns (the opportunity's owner rep).
The queries are aggregates (services/owner/figure_sql.py), never loops over rows.

Complaints and satisfaction surveys (issue 13) count by their own rep column (the customer's
rep when they were registered), like visits by the visit's rep: a customer handed to another
rep keeps its history with the rep who had it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from zoneinfo import ZoneInfo

import peewee as pw

from ...i18n import QT_TRANSLATE_NOOP
from ...models.assessments import Assessment
from ...models.core import Customer, User
from ...models.db import tuple_rows
from ...models.opportunities import LOST, WON, Opportunity
from ...models.visits import RepStandard, Visit
from ..analysis.quadrant import Quadrant, get_thresholds, quadrant_of
from ..analysis.tiers import TIERS, effective_tier_sql
from ..common.acting import Person, internal, rule
from ..common.errors import FieldError, ValidationFailed
from ..common.settings import FIGURES_DORMANT_DAYS, read_setting
from ..people.policy import guard
from ..people.roles import Role
from ..visits.standards import office_standard, office_timezone, workdays
from . import figure_sql as q

ONE_DECIMAL = Decimal("0.1")
TWO_DECIMALS = Decimal("0.01")


@dataclass(frozen=True)
class Period:
    """Days `start`..`end`, both included. `kind`: month | week | year | custom."""

    start: dt.date
    end: dt.date
    kind: str = "custom"

    @staticmethod
    @rule
    def month(year: int, month: int) -> Period:
        if not 1 <= month <= 12 or not dt.MINYEAR < year < dt.MAXYEAR:
            raise ValidationFailed([FieldError("period", "invalid", {"value": f"{year}-{month}"})])
        last = calendar.monthrange(year, month)[1]
        return Period(dt.date(year, month, 1), dt.date(year, month, last), "month")

    @staticmethod
    @rule
    def week(iso_year: int, iso_week: int) -> Period:
        try:
            monday = dt.date.fromisocalendar(iso_year, iso_week, 1)
        except ValueError:  # week 53 of a year that has 52, week 0, …
            value = f"{iso_year}-W{iso_week:02d}"
            raise ValidationFailed([FieldError("period", "invalid", {"value": value})]) from None
        return Period(monday, monday + dt.timedelta(days=6), "week")

    @staticmethod
    @rule
    def year(year: int) -> Period:
        if not dt.MINYEAR < year < dt.MAXYEAR:
            raise ValidationFailed([FieldError("period", "invalid", {"value": str(year)})])
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")

    @staticmethod
    @rule
    def parse(text: str) -> Period:
        """The period "2026-11" (a month), "2026-W49" (an ISO week), "2026" (a year); ValidationError
        naming "period" otherwise."""
        value = text.strip() if isinstance(text, str) else ""
        if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
            return Period.month(int(m[1]), int(m[2]))
        if m := re.fullmatch(r"(\d{4})-[Ww](\d{2})", value):
            return Period.week(int(m[1]), int(m[2]))
        if re.fullmatch(r"\d{4}", value):
            return Period.year(int(value))
        raise ValidationFailed([FieldError("period", "invalid", {"value": str(text)})])

    @staticmethod
    @rule
    def containing(day: dt.date, kind: str = "month") -> Period:
        """The month, ISO week or year `day` lies in."""
        if kind == "week":
            iso = day.isocalendar()
            return Period.week(iso.year, iso.week)
        if kind == "year":
            return Period.year(day.year)
        return Period.month(day.year, day.month)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def text(self) -> str:
        """How `parse` reads it back ("2026-11", "2026-W49", "2026"; a custom one start..end)."""
        if self.kind == "month":
            return f"{self.start:%Y-%m}"
        if self.kind == "week":
            iso = self.start.isocalendar()
            return f"{iso.year}-W{iso.week:02d}"
        if self.kind == "year":
            return f"{self.start.year}"
        return f"{self.start}..{self.end}"

    def previous(self) -> Period:
        """The period just before: the previous month / week / year, or as many days before."""
        if self.kind == "month":
            before = self.start - dt.timedelta(days=1)
            return Period.month(before.year, before.month)
        if self.kind == "week":
            start = self.start - dt.timedelta(days=7)
            return Period(start, start + dt.timedelta(days=6), "week")
        if self.kind == "year":
            return Period.year(self.start.year - 1)
        end = self.start - dt.timedelta(days=1)
        return Period(end - dt.timedelta(days=self.days - 1), end, "custom")


class FigureKey(StrEnum):
    CLOSE_RATE = "close_rate"  # won / (won + lost) opportunities closed in the period, %
    DEALS_PER_VISIT = "deals_per_visit"  # deals in the period / visits done in the period
    NEW_CUSTOMERS = "new_customers"  # customers created in the period
    ACTIVE_CUSTOMERS = "active_customers"  # customers with a deal or a done visit in the period
    DORMANT_CUSTOMERS = "dormant_customers"  # no deal nor done visit for N days (setting, 90)
    VISITS_DONE = "visits_done"  # visits done in the period
    VISITS_PER_DAY = "visits_per_day"  # done visits / workdays in the period (per rep)
    VISITS_AGAINST_STANDARD = "visits_against_standard"  # done / the standard's total, %
    SALES = "sales"  # sum of deal amounts in the period
    SALES_YTD = "sales_ytd"  # 1 Jan to the period's end
    SALES_YTD_LAST_YEAR = "sales_ytd_last_year"  # the same days a year before
    AVERAGE_PURCHASE = "average_purchase"  # sales / number of deals
    PURCHASE_FREQUENCY = "purchase_frequency"  # deals / buying customers
    SALES_PER_REP = "sales_per_rep"  # sales / reps with customers (office); = sales for a rep
    RETENTION_RATE = "retention_rate"  # buyers of the previous period who bought again, %
    TOP20_SHARE = "top20_share"  # share of sales from the top 20 % of buying customers, %
    OVERDUE_NEXT_ACTIONS = "overdue_next_actions"  # next actions due before today, not done
    VISITS_WITHOUT_RESULT = "visits_without_result"  # past planned visits with no result
    OPEN_PIPELINE = "open_pipeline"  # expected amount of open opportunities
    WEIGHTED_PIPELINE = "weighted_pipeline"  # the same, each × its probability
    SATISFACTION_RATE = "satisfaction_rate"  # satisfied / scored satisfaction surveys, %
    COMPLAINTS_ON_TIME = "complaints_on_time"  # received in the period, resolved by the deadline
    COMPLAINTS_LATE = "complaints_late"  # received in the period, resolved late or still late


# English source of each definition; the layers above translate it in the "KeyFigures"
# context (QCoreApplication.translate).
DEFINITIONS: dict[FigureKey, str] = {
    FigureKey.CLOSE_RATE: QT_TRANSLATE_NOOP(
        "KeyFigures",
        "Close rate: opportunities won ÷ (won + lost), of those closed in the "
        "period (their closed date), in per cent. Empty when none was closed.",
    ),
    FigureKey.DEALS_PER_VISIT: QT_TRANSLATE_NOOP(
        "KeyFigures",
        "Deals per visit: deals dated in the period ÷ visits done in the "
        "period (status done, by their start).",
    ),
    FigureKey.NEW_CUSTOMERS: QT_TRANSLATE_NOOP(
        "KeyFigures",
        "New customers: customers whose file was created in the period.",
    ),
    FigureKey.ACTIVE_CUSTOMERS: QT_TRANSLATE_NOOP(
        "KeyFigures",
        "Active customers: customers with a deal or a done visit in the period.",
    ),
    FigureKey.DORMANT_CUSTOMERS: QT_TRANSLATE_NOOP(
        "KeyFigures",
        "Dormant customers: customers on file for at least N days "
        "(the dormant-days setting, 90 unless changed) with neither a deal nor a done visit in the N "
        "days up to the period's end (or today, if earlier).",
    ),
    FigureKey.VISITS_DONE: QT_TRANSLATE_NOOP(
        "KeyFigures",
        "Visits done: visits with the status done that started in the period.",
    ),
    FigureKey.VISITS_PER_DAY: QT_TRANSLATE_NOOP(
        "KeyFigures",
        "Visits per day: visits done ÷ workdays of the period up to today, "
        "per rep (for the office also ÷ the number of active reps).",
    ),
    FigureKey.VISITS_AGAINST_STANDARD: QT_TRANSLATE_NOOP(
        "KeyFigures",
        "Against the standard: visits done ÷ the daily visit "
        "standard (each rep's own or the office's, existing + new) × workdays of the period up to "
        "today, in per cent.",
    ),
    FigureKey.SALES: QT_TRANSLATE_NOOP(
        "KeyFigures",
        "Sales: the sum of the deals dated in the period.",
    ),
    FigureKey.SALES_YTD: QT_TRANSLATE_NOOP(
        "KeyFigures",
        "Sales this year: the deals from 1 January to the period's end.",
    ),
    FigureKey.SALES_YTD_LAST_YEAR: QT_TRANSLATE_NOOP(
        "KeyFigures",
        "Sales last year, same days: the deals from 1 January to the same day of the year before.",
    ),
    FigureKey.AVERAGE_PURCHASE: QT_TRANSLATE_NOOP(
        "KeyFigures",
        "Average purchase: sales ÷ the number of deals in the period.",
    ),
    FigureKey.PURCHASE_FREQUENCY: QT_TRANSLATE_NOOP(
        "KeyFigures",
        "Purchase frequency: deals ÷ customers who bought in the period.",
    ),
    FigureKey.SALES_PER_REP: QT_TRANSLATE_NOOP(
        "KeyFigures",
        "Sales per rep: sales ÷ active reps who own customers (the office); "
        "a rep's own sales for one rep.",
    ),
    FigureKey.RETENTION_RATE: QT_TRANSLATE_NOOP(
        "KeyFigures",
        "Retention rate: customers who bought in the previous period and "
        "again in this one ÷ those who bought in the previous period, in per cent.",
    ),
    FigureKey.TOP20_SHARE: QT_TRANSLATE_NOOP(
        "KeyFigures",
        "Top 20 % share: the sales of the top fifth of buying customers "
        "(by their sales in the period, rounded up) ÷ all sales, in per cent.",
    ),
    FigureKey.OVERDUE_NEXT_ACTIONS: QT_TRANSLATE_NOOP(
        "KeyFigures",
        "Overdue next actions: done visits whose next action fell due in "
        "the 90 days before today and has no follow-up visit planned. As of today, whatever "
        "the period.",
    ),
    FigureKey.VISITS_WITHOUT_RESULT: QT_TRANSLATE_NOOP(
        "KeyFigures",
        "Visits without a result: visits still planned whose start "
        "lies in the 90 days before today (no result or no-show recorded). As of today.",
    ),
    FigureKey.OPEN_PIPELINE: QT_TRANSLATE_NOOP(
        "KeyFigures",
        "Open pipeline: the expected amount of the opportunities not yet won or lost. As of today.",
    ),
    FigureKey.WEIGHTED_PIPELINE: QT_TRANSLATE_NOOP(
        "KeyFigures",
        "Weighted pipeline: each open opportunity's expected amount × "
        "its probability. As of today.",
    ),
    FigureKey.SATISFACTION_RATE: QT_TRANSLATE_NOOP(
        "KeyFigures",
        "Satisfaction rate: satisfaction surveys dated in the period whose index reaches "
        "the satisfied mark (Settings, 80 unless changed) ÷ all scored satisfaction surveys "
        "of the period, in per cent. Empty when there was none.",
    ),
    FigureKey.COMPLAINTS_ON_TIME: QT_TRANSLATE_NOOP(
        "KeyFigures",
        "Complaints on time: complaints received in the period and resolved by their "
        "deadline (12 h inside the home region, 24 h outside, unless set otherwise).",
    ),
    FigureKey.COMPLAINTS_LATE: QT_TRANSLATE_NOOP(
        "KeyFigures",
        "Complaints late: complaints received in the period and resolved after their "
        "deadline, or not resolved and past it now.",
    ),
}

UNITS: dict[FigureKey, str] = {
    FigureKey.CLOSE_RATE: "percent",
    FigureKey.DEALS_PER_VISIT: "ratio",
    FigureKey.NEW_CUSTOMERS: "count",
    FigureKey.ACTIVE_CUSTOMERS: "count",
    FigureKey.DORMANT_CUSTOMERS: "count",
    FigureKey.VISITS_DONE: "count",
    FigureKey.VISITS_PER_DAY: "ratio",
    FigureKey.VISITS_AGAINST_STANDARD: "percent",
    FigureKey.SALES: "money",
    FigureKey.SALES_YTD: "money",
    FigureKey.SALES_YTD_LAST_YEAR: "money",
    FigureKey.AVERAGE_PURCHASE: "money",
    FigureKey.PURCHASE_FREQUENCY: "ratio",
    FigureKey.SALES_PER_REP: "money",
    FigureKey.RETENTION_RATE: "percent",
    FigureKey.TOP20_SHARE: "percent",
    FigureKey.OVERDUE_NEXT_ACTIONS: "count",
    FigureKey.VISITS_WITHOUT_RESULT: "count",
    FigureKey.OPEN_PIPELINE: "money",
    FigureKey.WEIGHTED_PIPELINE: "money",
    FigureKey.SATISFACTION_RATE: "percent",
    FigureKey.COMPLAINTS_ON_TIME: "count",
    FigureKey.COMPLAINTS_LATE: "count",
}

# Figures that describe today, not a period: no previous value, no change.
AS_OF_TODAY = frozenset(
    {
        FigureKey.OVERDUE_NEXT_ACTIONS,
        FigureKey.VISITS_WITHOUT_RESULT,
        FigureKey.OPEN_PIPELINE,
        FigureKey.WEIGHTED_PIPELINE,
    }
)

# What the drill of each figure lists.
DRILL_ENTITY: dict[FigureKey, str] = {
    FigureKey.CLOSE_RATE: "opportunity",
    FigureKey.DEALS_PER_VISIT: "deal",
    FigureKey.NEW_CUSTOMERS: "customer",
    FigureKey.ACTIVE_CUSTOMERS: "customer",
    FigureKey.DORMANT_CUSTOMERS: "customer",
    FigureKey.VISITS_DONE: "visit",
    FigureKey.VISITS_PER_DAY: "visit",
    FigureKey.VISITS_AGAINST_STANDARD: "visit",
    FigureKey.SALES: "deal",
    FigureKey.SALES_YTD: "deal",
    FigureKey.SALES_YTD_LAST_YEAR: "deal",
    FigureKey.AVERAGE_PURCHASE: "deal",
    FigureKey.PURCHASE_FREQUENCY: "deal",
    FigureKey.SALES_PER_REP: "deal",
    FigureKey.RETENTION_RATE: "customer",
    FigureKey.TOP20_SHARE: "customer",
    FigureKey.OVERDUE_NEXT_ACTIONS: "visit",
    FigureKey.VISITS_WITHOUT_RESULT: "visit",
    FigureKey.OPEN_PIPELINE: "opportunity",
    FigureKey.WEIGHTED_PIPELINE: "opportunity",
    FigureKey.SATISFACTION_RATE: "survey",
    FigureKey.COMPLAINTS_ON_TIME: "complaint",
    FigureKey.COMPLAINTS_LATE: "complaint",
}


@dataclass(frozen=True)
class Figure:
    key: FigureKey
    value: Decimal | None  # None: undefined in the period (e.g. no opportunity closed)
    previous: Decimal | None  # the same for Period.previous()
    unit: str  # count | percent | money | ratio

    @property
    def change(self) -> Decimal | None:
        """value - previous (None when either is undefined)."""
        if self.value is None or self.previous is None:
            return None
        return self.value - self.previous


@dataclass(frozen=True)
class DrillRow:
    """One row of a drill list: the row's id, its customer, a day, a rep, an amount, a text."""

    id: int
    customer_id: int
    customer: str
    day: dt.date | None
    rep: str
    amount: Decimal | None
    text: str


@dataclass(frozen=True)
class Drill:
    """The rows behind a figure: `entity` customer | visit | opportunity | deal. `rows` are
    the first DRILL_ROWS of `ids` to show, in the same order."""

    key: FigureKey
    entity: str
    ids: tuple[int, ...]
    rows: tuple[DrillRow, ...] = field(default=(), compare=False)


DRILL_ROWS = 5000


@dataclass(frozen=True)
class RepFigures:
    rep_id: int
    rep_name: str
    figures: dict[FigureKey, Figure]


@dataclass(frozen=True)
class MonthAmount:
    month: dt.date  # the month's first day
    amount: Decimal


@dataclass(frozen=True)
class StageAmount:
    stage: str  # the stage's code (services/owner/pipeline)
    count: int
    amount: Decimal
    weighted: Decimal


@dataclass(frozen=True)
class VisitsAgainstStandard:
    rep_id: int
    rep_name: str
    week_start: dt.date | None  # None: the whole period
    done: int
    standard: int


# ---------------------------------------------------------------- helpers


def _ratio(top: Decimal | int, bottom: Decimal | int, places: Decimal) -> Decimal | None:
    if not bottom:
        return None
    return (Decimal(top) / Decimal(bottom)).quantize(places, ROUND_HALF_UP)


def _percent(top: Decimal | int, bottom: Decimal | int) -> Decimal | None:
    if not bottom:
        return None
    return (Decimal(top) * 100 / Decimal(bottom)).quantize(ONE_DECIMAL, ROUND_HALF_UP)


def _active_reps(rep_id: int | None) -> list[tuple[int, str]]:
    """(id, name) of the reps a figure counts: the one rep, or every active rep by name."""
    query = User.select(User.id, User.name)
    if rep_id is not None:
        query = query.where(User.id == rep_id)
    else:
        query = query.where(User.active == True, User.role == Role.REP.value)  # noqa: E712
    return sorted(((int(i), str(n)) for i, n in tuple_rows(query)), key=lambda r: r[1])


def _workdays(days: frozenset[int], first: dt.date, last: dt.date) -> int:
    """How many of the days first..last are workdays (weekday numbers in `days`)."""
    return sum(
        1
        for n in range((last - first).days + 1)
        if (first + dt.timedelta(days=n)).weekday() in days
    )


def _up_to(period: Period, today: dt.date) -> dt.date | None:
    """The period's last day that has begun by `today` (None: the period lies ahead)."""
    last = min(period.end, today)
    return last if last >= period.start else None


def _utc_bounds(actor: Person, first: dt.date, last: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The office's local days first..last as naive UTC times (creation times are UTC)."""
    zone = ZoneInfo(office_timezone(actor))

    def utc(day: dt.date) -> dt.datetime:
        local = dt.datetime.combine(day, dt.time(), tzinfo=zone)
        return local.astimezone(dt.UTC).replace(tzinfo=None)

    return utc(first), utc(last + dt.timedelta(days=1))


def _year_before(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def _ytd(period: Period) -> tuple[dt.date, dt.date]:
    return dt.date(period.end.year, 1, 1), period.end


def _ytd_last_year(period: Period) -> tuple[dt.date, dt.date]:
    return dt.date(period.end.year - 1, 1, 1), _year_before(period.end)


@internal
def judged_at(actor: Person, today: dt.date) -> dt.datetime:
    """The moment (naive UTC) an open complaint is judged late at: now when `today` is
    today, else the end of `today` in the office's zone (a figure asked for another day)."""
    if today == dt.date.today():
        return dt.datetime.now(dt.UTC).replace(tzinfo=None)
    return _utc_bounds(actor, today, today)[1]


def _dormant_days() -> int:
    return max(1, int(read_setting(FIGURES_DORMANT_DAYS)))


def _reps_with_customers(scope: q.Scope) -> int:
    owns = Customer.select(pw.SQL("1")).where(
        Customer.owner_rep == User.id, Customer.deleted_at.is_null(True)
    )
    return int(
        User.select()
        .where(User.active == True, User.role == Role.REP.value, pw.fn.EXISTS(owns))  # noqa: E712
        .count()
    )


def _per_day_standards(actor: Person, reps: list[tuple[int, str]]) -> dict[int, int]:
    """Each rep's daily standard (own or the office's, existing + new), read once."""
    office = office_standard(actor).total
    own = {
        int(r): int(e) + int(n)
        for r, e, n in tuple_rows(
            RepStandard.select(
                RepStandard.rep, RepStandard.existing_per_day, RepStandard.new_per_day
            )
        )
    }
    return {rid: own.get(rid, office) for rid, _ in reps}


@dataclass(frozen=True)
class _Reading:
    """What every period of one call shares: whose rows, the deals per day, the standards."""

    scope: q.Scope
    sums: q.DaySums
    reps: list[tuple[int, str]]
    standards: dict[int, int]
    workdays: frozenset[int]
    dormant: dict[dt.date, int]  # dormant customers on the day each period is judged on
    buyers: dict[Period, q.BuyerFigures]  # the period's and the previous one's
    sellers: int  # reps who own customers (1 for one rep)
    today: dt.date
    now: dt.datetime  # naive UTC: when an unresolved complaint is judged late


def _reading(actor: Person, rep_id: int | None, period: Period, today: dt.date) -> _Reading:
    scope = q.make_scope(rep_id)
    # from 1 January of the year before the previous period's (its "last year, same days")
    # to the end of the period's year (the sales chart's twelve months)
    first = dt.date(period.previous().start.year - 1, 1, 1)
    reps = _active_reps(rep_id)
    prev = period.previous()
    spans = [(p.start, p.end) for p in (prev.previous(), prev, period)]
    judged = sorted({min(p.end, today) for p in (period, prev)})
    dormant = dict(zip(judged, q.dormant_counts(scope, judged, _dormant_days()), strict=True))
    return _Reading(
        scope,
        q.day_sums(scope, first, dt.date(period.end.year, 12, 31)),
        reps,
        _per_day_standards(actor, reps),
        frozenset(workdays(actor)),
        dormant,
        dict(zip((prev, period), q.buyer_figures(scope, spans), strict=True)),
        _reps_with_customers(scope) if rep_id is None else 1,
        today,
        judged_at(actor, today),
    )


# ---------------------------------------------------------------- the figures


@dataclass(frozen=True)
class _Counts:
    """What one period's figures are made of, for one rep or the office (read by
    `_reading` one figure at a time, or by figure_reps for every rep at once)."""

    deals: int
    ytd: Decimal
    ytd_last: Decimal
    done: int
    won: int
    lost: int
    new: int
    active: int
    dormant: int
    buyers: q.BuyerFigures
    on_time: int = 0  # complaints resolved by their deadline
    late: int = 0  # complaints resolved after it, or still late
    satisfied: int = 0  # satisfaction surveys at or above the mark
    surveyed: int = 0  # scored satisfaction surveys


def _period_values(actor: Person, r: _Reading, period: Period) -> dict[FigureKey, Decimal | None]:
    """Every figure that belongs to a period (not AS_OF_TODAY) for one period."""
    scope, today = r.scope, r.today
    first, last = period.start, period.end
    won, lost = q.closed_counts(scope, first, last)
    since, before = _utc_bounds(actor, first, last)
    on_time, late = q.complaint_counts(scope, [(since, before)], r.now)[None]
    satisfied, surveyed = q.survey_counts(scope, [(first, last)])[None]
    counts = _Counts(
        deals=r.sums.count(first, last),
        ytd=r.sums.amount(*_ytd(period)),
        ytd_last=r.sums.amount(*_ytd_last_year(period)),
        done=q.count_of(q.done_visits(scope, first, last)),
        won=won,
        lost=lost,
        new=q.count_of(q.new_customers(scope, since, before)),
        active=q.active_count(scope, first, last),
        dormant=r.dormant[min(last, today)],
        buyers=r.buyers[period],
        on_time=on_time,
        late=late,
        satisfied=satisfied,
        surveyed=surveyed,
    )
    reps = len(r.reps) if scope.rep_id is None else 1
    return _values(counts, period, r, reps, sum(r.standards.values()), r.sellers)


def _values(
    c: _Counts, period: Period, r: _Reading | _Shared, reps: int, per_day: int, sellers: int
) -> dict[FigureKey, Decimal | None]:
    """The figures of one period from its counts: `reps` active reps whose daily standards
    add up to `per_day`, `sellers` reps who own customers (1 for one rep)."""
    elapsed = _up_to(period, r.today)
    workdays_so_far = _workdays(r.workdays, period.start, elapsed) if elapsed else 0
    standard = per_day * workdays_so_far
    b, deals, done = c.buyers, c.deals, c.done
    return {
        FigureKey.CLOSE_RATE: _percent(c.won, c.won + c.lost),
        FigureKey.DEALS_PER_VISIT: _ratio(deals, done, TWO_DECIMALS),
        FigureKey.NEW_CUSTOMERS: Decimal(c.new),
        FigureKey.ACTIVE_CUSTOMERS: Decimal(c.active),
        FigureKey.DORMANT_CUSTOMERS: Decimal(c.dormant),
        FigureKey.VISITS_DONE: Decimal(done),
        FigureKey.VISITS_PER_DAY: _ratio(done, workdays_so_far * reps, TWO_DECIMALS),
        FigureKey.VISITS_AGAINST_STANDARD: _percent(done, standard),
        FigureKey.SALES: b.sales,
        FigureKey.SALES_YTD: c.ytd,
        FigureKey.SALES_YTD_LAST_YEAR: c.ytd_last,
        FigureKey.AVERAGE_PURCHASE: _ratio(b.sales, deals, TWO_DECIMALS),
        FigureKey.PURCHASE_FREQUENCY: _ratio(deals, b.buyers, TWO_DECIMALS),
        FigureKey.SALES_PER_REP: _ratio(b.sales, sellers, TWO_DECIMALS),
        FigureKey.RETENTION_RATE: _percent(b.kept, b.earlier_buyers),
        FigureKey.TOP20_SHARE: _percent(b.top_sales, b.sales) if b.sales > 0 else None,
        FigureKey.SATISFACTION_RATE: _percent(c.satisfied, c.surveyed),
        FigureKey.COMPLAINTS_ON_TIME: Decimal(c.on_time),
        FigureKey.COMPLAINTS_LATE: Decimal(c.late),
    }


@dataclass(frozen=True)
class _Shared:
    """What `_values` reads besides the counts: the office's workdays and today."""

    workdays: frozenset[int]
    today: dt.date


def _today_values(scope: q.Scope, today: dt.date) -> dict[FigureKey, Decimal | None]:
    stages = q.pipeline_totals(scope)
    open_rows = [s for s in stages if s[0] not in (WON, LOST)]
    return {
        FigureKey.OVERDUE_NEXT_ACTIONS: Decimal(q.count_of(q.overdue_next_actions(scope, today))),
        FigureKey.VISITS_WITHOUT_RESULT: Decimal(q.count_of(q.visits_without_result(scope, today))),
        FigureKey.OPEN_PIPELINE: sum((s[2] for s in open_rows), Decimal("0.00")),
        FigureKey.WEIGHTED_PIPELINE: sum((s[3] for s in open_rows), Decimal("0.00")),
    }


@guard.rep()
def key_figures(
    actor: Person, period: Period, rep_id: int | None = None, *, today: dt.date | None = None
) -> dict[FigureKey, Figure]:
    """Every figure for `period`, for `rep_id` (None: the office; a rep always themself)."""
    return _key_figures(actor, _reading(actor, rep_id, period, today or dt.date.today()), period)


def _key_figures(actor: Person, r: _Reading, period: Period) -> dict[FigureKey, Figure]:
    now = _period_values(actor, r, period)
    before = _period_values(actor, r, period.previous())
    now.update(_today_values(r.scope, r.today))
    return {
        key: Figure(key, now[key], None if key in AS_OF_TODAY else before[key], UNITS[key])
        for key in FigureKey
    }


@guard.office
def figures_per_rep(
    actor: Person, period: Period, *, today: dt.date | None = None
) -> list[RepFigures]:
    """One `RepFigures` per active rep, by name (the summary's row per rep): each the same as
    `key_figures(actor, period, rep_id)`, read for every rep at once (figure_reps.py: one
    grouped query per family of figures, whatever the number of reps)."""
    from . import figure_reps as g

    today = today or dt.date.today()
    reps = _active_reps(None)
    if not reps:
        return []
    ids = [rid for rid, _ in reps]
    scope = q.make_scope(None)
    prev = period.previous()
    periods = (prev, period)
    spans = [(p.start, p.end) for p in periods]
    # fen of the years to date, then of last year's same days
    sums = g.deal_sums(ids, [_ytd(p) for p in periods] + [_ytd_last_year(p) for p in periods])
    buyers = g.buyer_figures(ids, [(p.start, p.end) for p in (prev.previous(), prev, period)])
    done = g.done_visits(scope, ids, spans)
    closed = g.closed_counts(scope, ids, spans)
    new = g.new_customers(ids, [_utc_bounds(actor, p.start, p.end) for p in periods])
    days = _dormant_days()
    judged = [min(p.end, today) for p in periods]
    cutoffs = [q.day_start(d - dt.timedelta(days=days - 1)) for d in judged]
    windows = [(d - dt.timedelta(days=days - 1), d) for d in judged]
    seen = g.seen_customers(scope, ids, spans + windows, [None, None, *cutoffs])
    files = g.on_file(ids, cutoffs)
    to_do = g.to_do(scope, ids, today)
    pipeline = g.open_pipeline(scope, ids)
    bounds = [_utc_bounds(actor, p.start, p.end) for p in periods]
    complained = q.complaint_counts(scope, bounds, judged_at(actor, today), ids)
    surveyed = q.survey_counts(scope, spans, ids)
    standards = _per_day_standards(actor, reps)
    shared = _Shared(frozenset(workdays(actor)), today)
    zero, none = Decimal("0.00"), q.BuyerFigures(Decimal("0.00"), 0, 0, 0, Decimal("0.00"))
    out = []
    for rid, name in reps:
        s = sums.get(rid, [0] * 4)
        d, c, n = done.get(rid, [0, 0]), closed.get(rid, [0] * 4), new.get(rid, [0, 0])
        seen_, on = seen.get(rid, [0] * 4), files.get(rid, [0, 0])
        bought = buyers.get(rid, [(none, 0), (none, 0)])
        cp, sv = complained.get(rid, [0] * 4), surveyed.get(rid, [0] * 4)
        values = []
        for i, p in enumerate(periods):
            counts = _Counts(
                deals=bought[i][1],
                ytd=q._yuan(s[i]),
                ytd_last=q._yuan(s[2 + i]),
                done=d[i],
                won=c[2 * i],
                lost=c[2 * i + 1],
                new=n[i],
                active=seen_[i],
                dormant=on[i] - seen_[2 + i] if on[i] else 0,
                buyers=bought[i][0],
                on_time=cp[2 * i],
                late=cp[2 * i + 1],
                satisfied=sv[2 * i],
                surveyed=sv[2 * i + 1],
            )
            values.append(_values(counts, p, shared, 1, standards[rid], 1))
        before, now = values
        overdue, without = to_do.get(rid, [0, 0])
        open_, weighted = pipeline.get(rid, (zero, zero))
        now.update(
            {
                FigureKey.OVERDUE_NEXT_ACTIONS: Decimal(overdue),
                FigureKey.VISITS_WITHOUT_RESULT: Decimal(without),
                FigureKey.OPEN_PIPELINE: open_,
                FigureKey.WEIGHTED_PIPELINE: weighted,
            }
        )
        figures = {
            key: Figure(key, now[key], None if key in AS_OF_TODAY else before[key], UNITS[key])
            for key in FigureKey
        }
        out.append(RepFigures(rid, name, figures))
    return out


def _add_months(first: dt.date, n: int) -> dt.date:
    index = first.year * 12 + first.month - 1 + n
    return dt.date(index // 12, index % 12 + 1, 1)


@guard.rep()
def sales_by_month(
    actor: Person, first_month: dt.date, months: int, rep_id: int | None = None
) -> list[MonthAmount]:
    """Sales (deal amounts by deal date) of `months` months from `first_month`'s month on
    (one GROUP BY deal date over the index); a month without deals has 0."""
    start = first_month.replace(day=1)
    end = _add_months(start, months) - dt.timedelta(days=1)
    return _months(q.day_sums(q.make_scope(rep_id), start, end), start, months)


def _months(sums: q.DaySums, start: dt.date, months: int) -> list[MonthAmount]:
    out = []
    for n in range(months):
        first = _add_months(start, n)
        out.append(
            MonthAmount(first, sums.amount(first, _add_months(first, 1) - dt.timedelta(days=1)))
        )
    return out


DEFAULT_STAGE_ORDER = ("contact", "needs", "proposal", "negotiation", WON, LOST)


def _stage_order(actor: Person) -> list[str]:
    """The pipeline's stage codes in order (services/owner/pipeline once it lands)."""
    try:
        from . import pipeline  # type: ignore[attr-defined,unused-ignore]

        return [s.code for s in pipeline.stages(actor)]
    except (ImportError, AttributeError):
        return list(DEFAULT_STAGE_ORDER)


@guard.rep()
def pipeline_by_stage(actor: Person, rep_id: int | None = None) -> list[StageAmount]:
    """Every stage in the pipeline's order (then any other code found), with the number of
    opportunities in it, their expected amount and that × each one's probability."""
    found = {s[0]: s for s in q.pipeline_totals(q.make_scope(rep_id))}
    order = _stage_order(actor)
    order += sorted(code for code in found if code not in order)
    zero = Decimal("0.00")
    return [
        StageAmount(code, *(found[code][1:] if code in found else (0, zero, zero)))
        for code in order
    ]


@guard.rep()
def visits_against_standard(
    actor: Person,
    period: Period,
    rep_id: int | None = None,
    *,
    by_week: bool = True,
    today: dt.date | None = None,
) -> list[VisitsAgainstStandard]:
    """Done visits and the standard's total per active rep (by name), per ISO week of the
    period (its Monday; days outside the period do not count) or for the whole period. The
    standard counts the workdays up to `today`."""
    today = today or dt.date.today()
    return _visits_against_standard(actor, q.make_scope(rep_id), period, today, by_week)


def _visits_against_standard(
    actor: Person, scope: q.Scope, period: Period, today: dt.date, by_week: bool
) -> list[VisitsAgainstStandard]:
    done = {
        (r, w): n for r, w, n in q.done_per_rep(scope, period.start, period.end, by_week=by_week)
    }
    if by_week:
        monday = period.start - dt.timedelta(days=period.start.weekday())
        weeks: list[dt.date | None] = []
        while monday <= period.end:
            weeks.append(monday)
            monday += dt.timedelta(days=7)
    else:
        weeks = [None]
    out = []
    reps = _active_reps(scope.rep_id)
    standards, days_on = _per_day_standards(actor, reps), frozenset(workdays(actor))
    for rid, name in reps:
        per_day = standards[rid]
        for week in weeks:
            first = max(period.start, week) if week else period.start
            last = min(period.end, week + dt.timedelta(days=6)) if week else period.end
            last = min(last, today)
            days = _workdays(days_on, first, last) if last >= first else 0
            out.append(
                VisitsAgainstStandard(rid, name, week, done.get((rid, week), 0), per_day * days)
            )
    return out


@guard.rep()
def tier_distribution(actor: Person, rep_id: int | None = None) -> dict[str, int]:
    """Customers per effective tier (A B C D, "" unclassified)."""
    scope = q.make_scope(rep_id)
    tier = effective_tier_sql()
    rows = (
        Customer.select(tier.alias("t"), pw.fn.COUNT(Customer.id))
        .where(q.customer_scope(Customer.id, scope), Customer.deleted_at.is_null(True))
        .group_by(pw.SQL("1"))  # by position: the tier's CASE carries a parameter
        .tuples()
    )
    out = dict.fromkeys((*TIERS, ""), 0)
    for t, n in rows:
        key = str(t or "")
        out[key if key in out else ""] += int(n)
    return out


@guard.rep()
def quadrant_distribution(actor: Person, rep_id: int | None = None) -> dict[str, int]:
    """Assessed customers per quadrant of their latest assessment (services/analysis)."""
    scope = q.make_scope(rep_id)
    t = get_thresholds(actor)
    latest = (
        Assessment.select(
            Assessment.intent_score.alias("i"),
            Assessment.quality_score.alias("s"),
            pw.fn.ROW_NUMBER()
            .over(
                partition_by=[Assessment.customer],
                order_by=[Assessment.assessed_on.desc(), Assessment.id.desc()],
            )
            .alias("rn"),
        )
        .where(
            Assessment.intent_score.is_null(False),
            Assessment.quality_score.is_null(False),
            q.customer_scope(Assessment.customer, scope),
        )
        .alias("latest")
    )
    # quadrant_of's rule (above the threshold is high) grouped in SQL, each group named by it
    high_i = pw.Case(None, [(latest.c.i > t.intent, 1)], 0)
    high_q = pw.Case(None, [(latest.c.s > t.quality, 1)], 0)
    rows = (
        pw.Select([latest], [high_i, high_q, pw.fn.COUNT(pw.SQL("*"))])
        .where(latest.c.rn == 1)
        .group_by(pw.SQL("1"), pw.SQL("2"))  # by position: the CASEs carry parameters
        .bind(Assessment._meta.database)
        .tuples()
    )
    out = {str(quad): 0 for quad in Quadrant}
    for hi, hq, n in rows:
        quad = quadrant_of(t.intent + 1 if hi else t.intent, t.quality + 1 if hq else t.quality, t)
        out[str(quad)] += int(n)
    return out


@guard.rep()
def drill(
    actor: Person,
    key: FigureKey,
    period: Period,
    rep_id: int | None = None,
    *,
    today: dt.date | None = None,
) -> Drill:
    """The rows behind `key` for `period` (and rep): which ids, and the first DRILL_ROWS of
    them described for a list (services/owner/figure_drill.py)."""
    from .figure_drill import drill_ids, drill_rows

    today = today or dt.date.today()
    scope = q.make_scope(rep_id)
    entity = DRILL_ENTITY[FigureKey(key)]
    ids = drill_ids(actor, scope, FigureKey(key), period, today)
    return Drill(FigureKey(key), entity, ids, drill_rows(entity, ids[:DRILL_ROWS]))


_ = (Opportunity, Visit)


@dataclass(frozen=True)
class Overview:
    """Everything the dashboard shows for a period and a rep (or the office), read together:
    the figures, sales by month this year and last, the pipeline, visits against the
    standard per rep and per week."""

    period: Period
    rep_id: int | None
    figures: dict[FigureKey, Figure]
    this_year: list[MonthAmount]
    last_year: list[MonthAmount]
    stages: list[StageAmount]
    per_rep: list[VisitsAgainstStandard]
    per_week: list[VisitsAgainstStandard]


@guard.rep()
def overview(
    actor: Person, period: Period, rep_id: int | None = None, *, today: dt.date | None = None
) -> Overview:
    """The dashboard's figures and charts in one reading (one scope, one pass over the deals
    per day for the figures and both years of the sales chart)."""
    today = today or dt.date.today()
    r = _reading(actor, rep_id, period, today)
    year, sums = period.end.year, r.sums  # the reading spans both years of the chart
    found = {s[0]: s for s in q.pipeline_totals(r.scope)}
    order = _stage_order(actor)
    order += sorted(code for code in found if code not in order)
    zero = Decimal("0.00")
    return Overview(
        period,
        rep_id,
        _key_figures(actor, r, period),
        _months(sums, dt.date(year, 1, 1), 12),
        _months(sums, dt.date(year - 1, 1, 1), 12),
        [StageAmount(c, *(found[c][1:] if c in found else (0, zero, zero))) for c in order],
        _visits_against_standard(actor, r.scope, period, today, False),
        _visits_against_standard(actor, r.scope, period, today, True),
    )
