"""Days and weeks of the planner: day summaries against the standard, overlaps, ISO weeks."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from ...models.visits import RepStandard
from ..common.acting import Person, rule
from ..people.policy import guard
from .drafts import VisitRow
from .queries import check_planner_days, period_end, visits_between
from .standards import VisitStandard, office_standard, standard_for, workdays
from .status import VisitStatus

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


@rule
def summarise_day(day: dt.date, rows: list[VisitRow], standard: VisitStandard) -> DaySummary:
    counts: Counter[str] = Counter()
    for row in rows:
        if row.start.date() != day:
            continue
        kind = "new" if row.is_new else "existing"
        if row.status == VisitStatus.CANCELLED:
            counts["cancelled"] += 1
            continue
        if row.status == VisitStatus.NO_SHOW:
            counts["no_show"] += 1
        counts[f"planned_{kind}"] += 1
        if row.status == VisitStatus.DONE:
            counts[f"done_{kind}"] += 1
    return DaySummary(day, standard, **counts)


@rule
def rows_by_day(rows: list[VisitRow]) -> dict[dt.date, list[VisitRow]]:
    """The visits grouped by the day they start, each day's in the rows' order (a period's
    days are summarised from their own rows, not by reading the whole period once a day)."""
    grouped: dict[dt.date, list[VisitRow]] = {}
    for row in rows:
        grouped.setdefault(row.start.date(), []).append(row)
    return grouped


@rule
def week_start(day: dt.date) -> dt.date:
    """The Monday of `day`'s week; a day outside the planner's calendar raises
    ValidationFailed."""
    check_planner_days(day)
    return day - dt.timedelta(days=day.weekday())


@rule
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


@guard.rep()
def planner_period(actor: Person, first_day: dt.date, days: int, rep_id: int | None) -> PlannerWeek:
    """The visits and day summaries of `days` days from first_day; a period reaching outside
    the planner's calendar raises ValidationFailed (before any arithmetic can overflow)."""
    rows = visits_between(actor, first_day, period_end(first_day, days), rep_id)
    standards = _standards_cache(actor, rep_id)
    by_day = rows_by_day(rows)
    summaries = [
        summarise_day(day, by_day.get(day, []), standards(day))
        for day in (first_day + dt.timedelta(d) for d in range(days))
    ]
    return PlannerWeek(first_day, days, rows, summaries, frozenset(overlapping_visits(rows)))


@dataclass(frozen=True)
class RepDays:
    """One rep's row of the all-reps board: each day against that rep's own standard."""

    rep_id: int
    rep_name: str
    summaries: list[DaySummary]
    rows: list[VisitRow]

    @property
    def planned(self) -> int:
        return sum(s.planned for s in self.summaries)

    @property
    def done(self) -> int:
        return sum(s.done for s in self.summaries)

    @property
    def standard(self) -> int:
        return sum(s.standard.total for s in self.summaries)


@guard.anyone
def reps_board(actor: Person, period: PlannerWeek, reps: list[tuple[int, str]]) -> list[RepDays]:
    """The all-reps board (reps × days) of a period read for every rep: one row per rep of
    `reps` (id, name) in that order, each day summarised against the rep's own standard. The
    period's rows are those `actor` may see (planner_period checked them)."""
    by_rep: dict[int, list[VisitRow]] = {}
    for row in period.rows:
        by_rep.setdefault(row.rep_id, []).append(row)
    # Each rep's standard as rep_standard gives it, read in two queries for the whole board.
    days_on = set(workdays(actor))
    office = office_standard(actor)
    own = {
        int(r.rep_id): VisitStandard(r.existing_per_day, r.new_per_day)
        for r in RepStandard.select()
    }
    off = VisitStandard(0, 0)
    days = [period.first_day + dt.timedelta(d) for d in range(period.days)]
    board = []
    for rep_id, name in reps:
        rows = by_rep.get(rep_id, [])
        base = own.get(rep_id, office)
        by_day = rows_by_day(rows)
        summaries = [
            summarise_day(d, by_day.get(d, []), base if d.weekday() in days_on else off)
            for d in days
        ]
        board.append(RepDays(rep_id, name, summaries, rows))
    return board


def _standards_cache(actor: Person, rep_id: int | None) -> Callable[[dt.date], VisitStandard]:
    days_on = set(workdays(actor))
    base = standard_for(actor, rep_id, _a_workday(tuple(sorted(days_on))))

    def standard(day: dt.date) -> VisitStandard:
        return base if day.weekday() in days_on else VisitStandard(0, 0)

    return standard


def _a_workday(days_on: tuple[int, ...]) -> dt.date:
    monday = dt.date(2024, 1, 1)
    return monday + dt.timedelta(days=days_on[0] if days_on else 0)


@rule
def overlapping_visits(rows: list[VisitRow]) -> set[int]:
    """Ids of visits that overlap another (not cancelled) visit of the same rep."""
    result: set[int] = set()
    by_rep: dict[int, list[VisitRow]] = {}
    for row in rows:
        if row.status != VisitStatus.CANCELLED:
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


# The working hours a proposed start keeps to, and its step (a plan starts on a quarter hour).
DAY_STARTS, DAY_ENDS = dt.time(9, 0), dt.time(18, 0)
SLOT_STEP_MINUTES = 15
LOOK_AHEAD_DAYS = 14


@rule
def first_free_slot(
    busy: list[tuple[dt.datetime, dt.datetime]],
    earliest: dt.datetime,
    latest: dt.datetime,
    minutes: int,
) -> dt.datetime | None:
    """The first start from `earliest` (rounded up to a quarter hour) at which `minutes` fit
    before `latest` without overlapping a busy (start, end); None when the day has no room."""
    step = dt.timedelta(minutes=SLOT_STEP_MINUTES)
    start = earliest.replace(second=0, microsecond=0)
    if earliest.second or earliest.microsecond:
        start += dt.timedelta(minutes=1)
    start += dt.timedelta(minutes=-start.minute % SLOT_STEP_MINUTES)
    length = dt.timedelta(minutes=minutes)
    ordered = sorted(busy)
    while start + length <= latest:
        clash = next((e for s, e in ordered if s < start + length and e > start), None)
        if clash is None:
            return start
        start = max(start + step, clash)
        start += dt.timedelta(minutes=-start.minute % SLOT_STEP_MINUTES)
    return None


@guard.rep()
def next_free_start(
    actor: Person, rep_id: int, day: dt.date, minutes: int = 60, now: dt.datetime | None = None
) -> dt.datetime:
    """Where a new visit of `rep_id` on `day` (or the next workday with room) should start:
    the first free slot within working hours, never in the past. The plan dialog proposes it
    instead of a fixed 09:00 that may be taken or over (issue 14, item 3)."""
    now = now or dt.datetime.now()
    days_on = set(workdays(actor)) or set(range(5))
    first = max(day, now.date())
    for offset in range(LOOK_AHEAD_DAYS):
        current = first + dt.timedelta(days=offset)
        if current.weekday() not in days_on and offset > 0:
            continue
        rows = visits_between(actor, current, current + dt.timedelta(days=1), rep_id)
        busy = [(r.start, r.end) for r in rows if r.status != VisitStatus.CANCELLED]
        earliest = max(dt.datetime.combine(current, DAY_STARTS), now)
        found = first_free_slot(busy, earliest, dt.datetime.combine(current, DAY_ENDS), minutes)
        if found is not None:
            return found
    return dt.datetime.combine(first + dt.timedelta(days=1), DAY_STARTS)
