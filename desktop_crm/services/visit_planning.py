"""Planning against the daily standard: day/week summaries, overlaps, who to visit next,
the weekly plan and review (周计划 / 周检讨) and the month's plan totals."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import peewee as pw

from ..models.core import Customer, Deal, User
from ..models.db import tuple_rows, utcnow, write_transaction
from ..models.visits import RepStandard, Visit, WeekReview
from .errors import ConflictError, ValidationFailed
from .office import get_setting, sales_reps, set_setting
from .validation import check_text
from .visits import VisitRow, visits_between

STANDARD_KEY = "visits.standard"
TIMEZONE_KEY = "visits.timezone"
WORKDAYS_KEY = "visits.workdays"
DEFAULT_TIMEZONE = "Asia/Shanghai"
DEFAULT_WORKDAYS = (0, 1, 2, 3, 4)  # Monday..Friday carry the standard


@dataclass(frozen=True)
class VisitStandard:
    """拜访标准: visits per working day to existing and to new customers."""

    existing: int = 7
    new: int = 3

    @property
    def total(self) -> int:
        return self.existing + self.new

    def __add__(self, other: VisitStandard) -> VisitStandard:
        return VisitStandard(self.existing + other.existing, self.new + other.new)


# ---------------------------------------------------------------- settings


def office_standard() -> VisitStandard:
    value = get_setting(STANDARD_KEY, None) or {}
    return VisitStandard(int(value.get("existing", 7)), int(value.get("new", 3)))


def set_office_standard(standard: VisitStandard) -> None:
    _check_standard(standard)
    set_setting(STANDARD_KEY, {"existing": standard.existing, "new": standard.new})


def _check_standard(standard: VisitStandard) -> None:
    if not (0 <= standard.existing <= 50 and 0 <= standard.new <= 50):
        raise ValueError("a daily standard is 0-50 visits")


def rep_standard(rep_id: int) -> VisitStandard:
    """The rep's own standard if set, else the office's."""
    return own_rep_standard(rep_id) or office_standard()


def own_rep_standard(rep_id: int) -> VisitStandard | None:
    """The rep's own standard, or None when the rep follows the office's."""
    row = RepStandard.get_or_none(RepStandard.rep == rep_id)
    if row is None:
        return None
    return VisitStandard(row.existing_per_day, row.new_per_day)


def set_rep_standard(rep_id: int, standard: VisitStandard | None) -> None:
    """Give a rep an own standard; None returns them to the office's."""
    with write_transaction():
        RepStandard.delete().where(RepStandard.rep == rep_id).execute()
        if standard is not None:
            _check_standard(standard)
            RepStandard.create(
                rep=rep_id, existing_per_day=standard.existing, new_per_day=standard.new
            )


def office_timezone() -> str:
    return str(get_setting(TIMEZONE_KEY, DEFAULT_TIMEZONE) or DEFAULT_TIMEZONE)


def set_office_timezone(name: str) -> None:
    from zoneinfo import ZoneInfo

    ZoneInfo(name)  # raises for an unknown zone
    set_setting(TIMEZONE_KEY, name)


def workdays() -> tuple[int, ...]:
    return tuple(get_setting(WORKDAYS_KEY, list(DEFAULT_WORKDAYS)))


def standard_for(rep_id: int | None, day: dt.date) -> VisitStandard:
    """The day's standard: the rep's (or every rep's together), zero on a day off."""
    if day.weekday() not in workdays():
        return VisitStandard(0, 0)
    if rep_id is not None:
        return rep_standard(rep_id)
    office = office_standard()
    own = {r.rep_id: VisitStandard(r.existing_per_day, r.new_per_day) for r in RepStandard.select()}
    total = VisitStandard(0, 0)
    for rep in sales_reps():
        if rep.role == "rep":
            total = total + own.get(rep.id, office)
    return total


# ---------------------------------------------------------------- days and weeks


@dataclass(frozen=True)
class DaySummary:
    """One day against the standard: planned (all but cancelled) and done, new and existing."""

    day: dt.date
    standard: VisitStandard
    planned_existing: int = 0
    planned_new: int = 0
    done_existing: int = 0
    done_new: int = 0
    cancelled: int = 0
    no_show: int = 0

    @property
    def planned(self) -> int:
        return self.planned_existing + self.planned_new

    @property
    def done(self) -> int:
        return self.done_existing + self.done_new

    @property
    def planned_meets_standard(self) -> bool:
        return (
            self.planned_existing >= self.standard.existing
            and self.planned_new >= self.standard.new
        )

    @property
    def done_meets_standard(self) -> bool:
        return self.done_existing >= self.standard.existing and self.done_new >= self.standard.new


def summarise_day(day: dt.date, rows: list[VisitRow], standard: VisitStandard) -> DaySummary:
    counts: Counter[str] = Counter()
    for row in rows:
        if row.start.date() != day:
            continue
        kind = "new" if row.is_new else "existing"
        if row.status == "cancelled":
            counts["cancelled"] += 1
            continue
        if row.status == "no_show":
            counts["no_show"] += 1
        counts[f"planned_{kind}"] += 1
        if row.status == "done":
            counts[f"done_{kind}"] += 1
    return DaySummary(day, standard, **counts)


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def parse_iso_week(text: str) -> dt.date:
    """'2026-W47' → the Monday of that ISO week; ValueError otherwise."""
    value = text.strip().upper()
    if len(value) != 8 or value[4:6] != "-W" or not (value[:4] + value[6:]).isdigit():
        raise ValueError(text)
    return dt.date.fromisocalendar(int(value[:4]), int(value[6:]), 1)


@dataclass(frozen=True)
class PlannerWeek:
    """What a calendar shows: the visits of the days and each day's summary."""

    first_day: dt.date
    days: int
    rows: list[VisitRow]
    summaries: list[DaySummary]
    overlapping: frozenset[int]


def planner_period(first_day: dt.date, days: int, rep_id: int | None) -> PlannerWeek:
    rows = visits_between(first_day, first_day + dt.timedelta(days=days), rep_id)
    standards = _standards_cache(rep_id)
    summaries = [
        summarise_day(first_day + dt.timedelta(d), rows, standards(first_day + dt.timedelta(d)))
        for d in range(days)
    ]
    return PlannerWeek(first_day, days, rows, summaries, frozenset(overlapping_visits(rows)))


def _standards_cache(rep_id: int | None) -> Callable[[dt.date], VisitStandard]:
    base = standard_for(rep_id, _a_workday())
    days_on = set(workdays())

    def standard(day: dt.date) -> VisitStandard:
        return base if day.weekday() in days_on else VisitStandard(0, 0)

    return standard


def _a_workday() -> dt.date:
    monday = dt.date(2024, 1, 1)
    days_on = workdays()
    return monday + dt.timedelta(days=days_on[0] if days_on else 0)


def overlapping_visits(rows: list[VisitRow]) -> set[int]:
    """Ids of visits that overlap another (not cancelled) visit of the same rep."""
    result: set[int] = set()
    by_rep: dict[int, list[VisitRow]] = {}
    for row in rows:
        if row.status != "cancelled":
            by_rep.setdefault(row.rep_id, []).append(row)
    for visits in by_rep.values():
        visits.sort(key=lambda r: r.start)
        latest_end: dt.datetime | None = None
        latest_id = 0
        for row in visits:
            if latest_end is not None and row.start < latest_end:
                result.update((row.id, latest_id))
            if latest_end is None or row.end > latest_end:
                latest_end, latest_id = row.end, row.id
    return result


# ---------------------------------------------------------------- who to visit next


@dataclass(frozen=True)
class Suggestion:
    """A customer to visit next, with why: overdue (next action due), key_unseen, dormant."""

    customer_id: int
    name: str
    company: str
    reason: str
    since: dt.date | None  # the due date, or the last contact
    detail: str = ""


def _done_visit(since: dt.datetime | None = None) -> pw.ModelSelect[Visit]:
    """Done visits of the outer query's customer (correlated; the (customer, start) index)."""
    v = Visit.alias("dv")
    query = v.select(pw.SQL("1")).where(v.customer == Customer.id, v.status == "done")
    return query.where(v.start >= since) if since is not None else query


def _last_done_visit() -> pw.ModelSelect[Visit]:
    v = Visit.alias("lv")
    return v.select(pw.fn.MAX(v.start)).where(v.customer == Customer.id, v.status == "done")


def customers_to_visit(
    today: dt.date,
    rep_id: int | None = None,
    *,
    key_days: int = 30,
    dormant_days: int = 180,
    limit: int = 25,
) -> list[Suggestion]:
    """Overdue next actions first, then key customers not seen for `key_days`, then dormant
    customers (no done visit and no deal for `dormant_days`). Customers with a visit already
    planned from today on are left out.

    At most `limit` customers for each of the three reasons. Every test is a correlated EXISTS / MAX over the (customer, start) and deal indexes, so the
    cost follows the number of customers looked at, not the size of the visit table.
    """
    now = dt.datetime.combine(today, dt.time())
    pv = Visit.alias("pv")
    planned = pv.select(pw.SQL("1")).where(
        pv.customer == Customer.id, pv.start >= now, pv.status == "planned"
    )
    alive = Customer.deleted_at.is_null() & ~pw.fn.EXISTS(planned)
    if rep_id is not None:
        alive &= Customer.owner_rep == rep_id
    out: list[Suggestion] = []
    seen: set[int] = set()

    per_reason: Counter[str] = Counter()

    def add(cid: int, name: str, company: str, reason: str, since: object, detail: str) -> None:
        if cid in seen or per_reason[reason] >= limit:
            return
        seen.add(cid)
        per_reason[reason] += 1
        out.append(Suggestion(cid, name, company, reason, _as_date(since), detail))

    # 1. next actions that are due: on the customer file or on a done visit not yet followed up
    for cid, name, company, due, action in (
        Customer.select(
            Customer.id,
            Customer.name,
            Customer.company,
            Customer.next_action_on,
            Customer.next_action,
        )
        .where(alive, Customer.next_action != "", Customer.next_action_on <= today)
        .order_by(Customer.next_action_on)
        .limit(limit)
        .tuples()
    ):
        add(cid, name, company, "overdue", due, action)
    for cid, name, company, due, action in tuple_rows(
        Visit.select(
            Visit.customer, Customer.name, Customer.company, Visit.next_action_on, Visit.next_action
        )
        # `+ 0`: walk the due-date index, not every visit of every customer
        .join(Customer, on=((Visit.customer + 0) == Customer.id))
        .where(
            alive,
            Visit.status == "done",
            # not `next_visit IS NULL`: SQLite would walk that (nearly all-NULL) index
            pw.fn.COALESCE(Visit.next_visit, 0) == 0,
            Visit.next_action != "",
            Visit.next_action_on <= today,
            Visit.next_action_on > today - dt.timedelta(days=90),
        )
        .order_by(Visit.next_action_on)
        .limit(limit)
    ):
        add(cid, name, company, "overdue", due, action)
    # 2. key customers not seen for key_days
    key = (
        (Customer.key_category == "key")
        | (Customer.tier_manual == "A")
        | ((Customer.tier_manual == "") & (Customer.tier_computed == "A"))
    )
    last_seen = _last_done_visit()
    for cid, name, company, last in (
        Customer.select(Customer.id, Customer.name, Customer.company, last_seen.alias("last"))
        .where(alive, key, ~pw.fn.EXISTS(_done_visit(now - dt.timedelta(days=key_days))))
        .order_by(pw.SQL("last").asc(nulls="FIRST"), Customer.id)
        .limit(limit)
        .tuples()
    ):
        add(cid, name, company, "key_unseen", last, "")
    # 3. dormant: some deal once, but no done visit and no deal for dormant_days
    dormant_cut = today - dt.timedelta(days=dormant_days)
    d = Deal.alias("dd")
    any_deal = d.select(pw.SQL("1")).where(d.customer == Customer.id)
    recent_deal = d.select(pw.SQL("1")).where(d.customer == Customer.id, d.date >= dormant_cut)
    last_deal = d.select(pw.fn.MAX(d.date)).where(d.customer == Customer.id)
    for cid, name, company, visited, bought in (
        Customer.select(
            Customer.id,
            Customer.name,
            Customer.company,
            _last_done_visit().alias("visited"),
            last_deal.alias("bought"),
        )
        .where(
            alive,
            pw.fn.EXISTS(any_deal),
            ~pw.fn.EXISTS(recent_deal),
            ~pw.fn.EXISTS(_done_visit(now - dt.timedelta(days=dormant_days))),
        )
        .order_by(pw.SQL("bought"), Customer.id)
        .limit(limit)
        .tuples()
    ):
        last_contact = max(d for d in (_as_date(visited), _as_date(bought)) if d is not None)
        add(cid, name, company, "dormant", last_contact, "")
    return out


def _as_date(value: object) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


# ---------------------------------------------------------------- week plan and review


@dataclass
class WeekReport:
    """周计划 / 周检讨 for one rep: planned against done, purposes met, results, next actions."""

    rep_id: int
    rep_name: str
    first_day: dt.date
    summaries: list[DaySummary]
    visits: list[VisitRow]
    purpose_met: dict[str, int]  # yes / partly / no → count among done visits
    results: list[tuple[VisitRow, str]]  # done visits with their result text
    next_actions: list[tuple[VisitRow, str, dt.date | None, bool]]  # …, followed up
    review: str = ""
    plan_notes: str = ""
    review_version: int | None = None
    standard: VisitStandard = field(default_factory=VisitStandard)

    @property
    def planned(self) -> int:
        return sum(s.planned for s in self.summaries)

    @property
    def done(self) -> int:
        return sum(s.done for s in self.summaries)

    @property
    def standard_total(self) -> int:
        return sum(s.standard.total for s in self.summaries)


def week_report(rep_id: int, first_day: dt.date) -> WeekReport:
    first_day = week_start(first_day)
    rep = User.get_by_id(rep_id)
    period = planner_period(first_day, 7, rep_id)
    ids = [r.id for r in period.rows]
    details = {
        v.id: v
        for v in Visit.select(
            Visit.id,
            Visit.actual_result,
            Visit.next_action,
            Visit.next_action_on,
            Visit.next_visit,
        ).where(Visit.id.in_(ids or [0]))
    }
    done = [r for r in period.rows if r.status == "done"]
    met = Counter(r.purpose_met for r in done if r.purpose_met)
    results = [(r, details[r.id].actual_result) for r in done]
    actions = [
        (
            r,
            details[r.id].next_action,
            details[r.id].next_action_on,
            details[r.id].next_visit_id is not None,
        )
        for r in done
        if details[r.id].next_action
    ]
    review = WeekReview.get_or_none(WeekReview.rep == rep_id, WeekReview.week_start == first_day)
    return WeekReport(
        rep_id=rep_id,
        rep_name=rep.name,
        first_day=first_day,
        summaries=period.summaries,
        visits=period.rows,
        purpose_met={k: met.get(k, 0) for k in ("yes", "partly", "no")},
        results=results,
        next_actions=actions,
        review=review.review if review else "",
        plan_notes=review.plan_notes if review else "",
        review_version=review.version if review else None,
        standard=rep_standard(rep_id),
    )


REVIEW_LIMIT = 20000


def save_week_review(
    rep_id: int, first_day: dt.date, review: str, plan_notes: str, version: int | None
) -> int:
    """Store the written review; `version` None for a first save. Returns the new version.

    Raises ConflictError when someone saved the same week's review meanwhile, and
    ValidationFailed for a text that is too long or holds control characters (e.g. NUL).
    """
    errors = [
        error
        for error in (
            check_text("review", review.strip(), REVIEW_LIMIT, True),
            check_text("plan_notes", plan_notes.strip(), REVIEW_LIMIT, True),
        )
        if error is not None
    ]
    if errors:
        raise ValidationFailed(errors)
    first_day = week_start(first_day)
    with write_transaction():
        row = WeekReview.get_or_none(WeekReview.rep == rep_id, WeekReview.week_start == first_day)
        if row is None:
            if version is not None:
                raise ConflictError("week_review", 0, version, None)
            return int(
                WeekReview.create(
                    rep=rep_id,
                    week_start=first_day,
                    review=review.strip(),
                    plan_notes=plan_notes.strip(),
                ).version
            )
        updated = (
            WeekReview.update(
                review=review.strip(),
                plan_notes=plan_notes.strip(),
                updated_at=utcnow(),
                version=WeekReview.version + 1,
            )
            .where(WeekReview.id == row.id, WeekReview.version == (version or 0))
            .execute()
        )
        if updated == 0:
            raise ConflictError("week_review", int(row.id), version or 0, int(row.version))
        return int(row.version) + 1


@dataclass(frozen=True)
class MonthTotals:
    """月计划: the month's standard against planned and done, for one rep or all."""

    year: int
    month: int
    workdays: int
    standard: VisitStandard  # for the whole month
    planned_existing: int
    planned_new: int
    done_existing: int
    done_new: int
    purpose_met: dict[str, int]

    @property
    def planned(self) -> int:
        return self.planned_existing + self.planned_new

    @property
    def done(self) -> int:
        return self.done_existing + self.done_new


def month_totals(year: int, month: int, rep_id: int | None = None) -> MonthTotals:
    first = dt.date(year, month, 1)
    days = calendar.monthrange(year, month)[1]
    period = planner_period(first, days, rep_id)
    standard = VisitStandard(0, 0)
    for summary in period.summaries:
        standard = standard + summary.standard
    done = [r for r in period.rows if r.status == "done"]
    met = Counter(r.purpose_met for r in done if r.purpose_met)
    return MonthTotals(
        year=year,
        month=month,
        workdays=sum(1 for s in period.summaries if s.standard.total > 0),
        standard=standard,
        planned_existing=sum(s.planned_existing for s in period.summaries),
        planned_new=sum(s.planned_new for s in period.summaries),
        done_existing=sum(s.done_existing for s in period.summaries),
        done_new=sum(s.done_new for s in period.summaries),
        purpose_met={k: met.get(k, 0) for k in ("yes", "partly", "no")},
    )
