"""The week plan and review, and month totals."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from ...models.core import User
from ...models.db import write_transaction
from ...models.visits import Visit, WeekReview
from ..common.acting import Person, rule
from ..common.checks import check_reference, refuse
from ..common.errors import ConflictError
from ..common.locking import versioned_update
from ..common.validation import check_day, check_id, check_typed_text, check_version
from ..people.policy import guard
from .calendar import DaySummary, planner_period, week_start
from .checks import PLANNER_DAYS
from .drafts import VisitRow
from .standards import VisitStandard, rep_standard
from .status import VisitStatus

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


@guard.rep()
def week_report(actor: Person, rep_id: int, first_day: dt.date) -> WeekReport:
    first_day = week_start(first_day)
    rep = User.get_by_id(rep_id)
    period = planner_period(actor, first_day, 7, rep_id)
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
    done = [r for r in period.rows if r.status == VisitStatus.DONE]
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
        standard=rep_standard(actor, rep_id),
    )


REVIEW_LIMIT = 20000


@guard.rep()
def save_week_review(
    actor: Person,
    rep_id: int,
    first_day: dt.date,
    review: str,
    plan_notes: str,
    version: int | None,
) -> int:
    """Store the written review; `version` None for a first save. Returns the new version.

    Raises ConflictError when someone saved the same week's review meanwhile, and
    ValidationFailed naming the argument for a rep that does not exist, a day that is not a
    date, a text that is not text, too long or holds control characters (e.g. NUL), or a
    version that is not a number. Texts are stored stripped.
    """
    refuse(
        [
            check_id("rep_id", rep_id),
            check_day("first_day", first_day, span=PLANNER_DAYS),
            check_typed_text("review", review, REVIEW_LIMIT, True),
            check_typed_text("plan_notes", plan_notes, REVIEW_LIMIT, True),
            check_version("version", version),
        ]
    )
    refuse([check_reference("rep_id", User, rep_id)])
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
        values = {"review": review.strip(), "plan_notes": plan_notes.strip()}
        return versioned_update(WeekReview, "week_review", int(row.id), version, values)


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


@guard.rep()
def month_totals(actor: Person, year: int, month: int, rep_id: int | None = None) -> MonthTotals:
    first = dt.date(year, month, 1)
    days = calendar.monthrange(year, month)[1]
    period = planner_period(actor, first, days, rep_id)
    standard = VisitStandard(0, 0)
    for summary in period.summaries:
        standard = standard + summary.standard
    done = [r for r in period.rows if r.status == VisitStatus.DONE]
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


@rule
def months_of_week(first_day: dt.date) -> list[tuple[int, int]]:
    """(year, month) of every month the seven days from `first_day` touch: one, or two for
    a week across a month's end (2026-11-30 .. 12-06: November and December)."""
    days = [first_day + dt.timedelta(days=d) for d in range(7)]
    return sorted({(d.year, d.month) for d in days})


@guard.rep()
def week_month_totals(actor: Person, rep_id: int, first_day: dt.date) -> list[MonthTotals]:
    """The month plan totals of every month the week of `first_day` touches."""
    monday = week_start(first_day)
    return [month_totals(actor, y, m, rep_id) for y, m in months_of_week(monday)]
