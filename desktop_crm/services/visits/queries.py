"""Visit reads, and the new-or-existing rule.

New or existing (derived, never typed): at a visit on day D the customer is **existing** if
before D it had a deal (a Deal row dated before D, or the file's first-trade date before D) or
a visit marked done that started before D; otherwise it is **new**. Visits on D itself never
count, so a first visit stays "new" after it is done.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import fields

import peewee as pw

from ...models.core import Customer, Deal, User
from ...models.db import driver_rows, tuple_rows
from ...models.visits import Visit
from ..common.acting import Person, internal, rule
from ..common.errors import FieldError, NotFoundError, ValidationFailed
from ..people.policy import guard, sees_every_customer, visible_customers
from .drafts import VisitRecord, VisitRow
from .status import VisitStatus, result_missing

# The planner's calendar: every day in it has a day before and a week (and a year) after
# that Python's dates can still hold, so period arithmetic never overflows near 0001 or 9999.
FIRST_PLANNER_DAY = dt.date(1900, 1, 1)
LAST_PLANNER_DAY = dt.date(9997, 12, 31)


def _outside(value: object, field: str) -> ValidationFailed:
    params = {
        "value": str(value),
        "first": FIRST_PLANNER_DAY.isoformat(),
        "last": LAST_PLANNER_DAY.isoformat(),
    }
    return ValidationFailed([FieldError(field, "date", params)])


@rule
def check_planner_days(first: dt.date, last: dt.date | None = None, field: str = "day") -> None:
    """Raise ValidationFailed (code "date", the supported span in its params) unless first
    and last lie in FIRST_PLANNER_DAY..LAST_PLANNER_DAY."""
    for day in (first, first if last is None else last):
        if not FIRST_PLANNER_DAY <= day <= LAST_PLANNER_DAY:
            raise _outside(day, field)


@rule
def period_end(first: dt.date, days: int, field: str = "day") -> dt.date:
    """The day after a period of `days` days from `first` (its exclusive end), checked first:
    the whole period must lie in the planner's calendar, else ValidationFailed."""
    check_planner_days(first, field=field)
    if not 0 <= days <= (LAST_PLANNER_DAY - first).days + 1:
        raise _outside(f"{first.isoformat()} + {days} days", field)
    return first + dt.timedelta(days=days)


@rule
def day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """Midnight starting `day` and the next midnight; a day outside the planner's calendar
    raises ValidationFailed."""
    check_planner_days(day)
    start = dt.datetime.combine(day, dt.time())
    return start, start + dt.timedelta(days=1)


@internal
def classify_new(pairs: Iterable[tuple[int, dt.date]]) -> dict[tuple[int, dt.date], bool]:
    """For (customer id, visit day) pairs: True when the customer is new on that day.

    Three grouped queries over the customers involved, whatever the number of visits.
    """
    wanted = set(pairs)
    ids = sorted({cid for cid, _ in wanted})
    first: dict[int, dt.date] = {}

    def keep(cid: int, day: dt.date | dt.datetime | None) -> None:
        if day is None:
            return
        if isinstance(day, dt.datetime):
            day = day.date()
        elif isinstance(day, str):
            day = dt.date.fromisoformat(day[:10])
        if cid not in first or day < first[cid]:
            first[cid] = day

    for chunk in range(0, len(ids), 900):
        part = ids[chunk : chunk + 900]
        for cid, day in tuple_rows(
            Deal.select(Deal.customer, pw.fn.MIN(Deal.date))
            .where(Deal.customer.in_(part))
            .group_by(Deal.customer)
        ):
            keep(cid, day)
        for cid, day in (
            Customer.select(Customer.id, Customer.first_trade_on)
            .where(Customer.id.in_(part), Customer.first_trade_on.is_null(False))
            .tuples()
        ):
            keep(cid, day)
        for cid, start in tuple_rows(
            Visit.select(Visit.customer, pw.fn.MIN(Visit.start))
            .where(Visit.customer.in_(part), Visit.status == VisitStatus.DONE)
            .group_by(Visit.customer)
        ):
            keep(cid, start)
    return {(cid, day): not (cid in first and first[cid] < day) for cid, day in wanted}


@guard.customer()
def is_new_customer(actor: Person, customer_id: int, day: dt.date) -> bool:
    return classify_new([(customer_id, day)])[(customer_id, day)]


@internal
def new_customer_sql() -> pw.ColumnBase:
    """1 when the visit's customer is new on the visit's day (the rule above), else 0.

    Correlated EXISTS over the deal and visit indexes, so the database answers it per row.
    """
    earlier = Visit.alias("earlier")
    day = pw.fn.DATE(Visit.start)
    deal_before = Deal.select(pw.SQL("1")).where(Deal.customer == Visit.customer, Deal.date < day)
    done_before = earlier.select(pw.SQL("1")).where(
        earlier.customer == Visit.customer, earlier.status == VisitStatus.DONE, earlier.start < day
    )
    traded = Customer.first_trade_on.is_null(False) & (Customer.first_trade_on < day)
    return pw.Case(None, [(pw.fn.EXISTS(deal_before) | pw.fn.EXISTS(done_before) | traded, 0)], 1)


@guard.rep()
def visits_between(
    actor: Person,
    start: dt.date,
    end: dt.date,
    rep_id: int | None = None,
    *,
    with_cancelled: bool = True,
    status: str | None = None,
) -> list[VisitRow]:
    """Visits starting on days start..end-1 (one rep or all), in start order; days outside
    the planner's calendar raise ValidationFailed. With `status`, only the visits in it."""
    check_planner_days(start)
    period_end(start, (end - start).days)
    lo = dt.datetime.combine(start, dt.time())
    hi = dt.datetime.combine(end, dt.time())
    query = (
        Visit.select(
            Visit.id,
            Visit.version,
            Visit.customer,
            Customer.name,
            Customer.company,
            Visit.rep,
            User.name.alias("rep_name"),
            Visit.start,
            Visit.duration_minutes,
            Visit.method,
            Visit.status,
            Visit.matter,
            Visit.purpose,
            Visit.purpose_met,
            Visit.route_position,
            new_customer_sql().alias("is_new"),
        )
        .join(Customer, on=(Visit.customer == Customer.id))
        .switch(Visit)
        .join(User, on=(Visit.rep == User.id))
        .where(Visit.start >= lo, Visit.start < hi)
    )
    if rep_id is not None:
        query = query.where(Visit.rep == rep_id)
    else:  # every rep: the same rows, read on the (rep, start) index one rep at a time
        query = query.where(Visit.rep.in_(User.select(User.id)))  # instead of scanning all
    if not sees_every_customer(actor):  # a rep: not the visits of customers now another's
        query = query.where(visible_customers(actor))
    if not with_cancelled:
        query = query.where(Visit.status != VisitStatus.CANCELLED)
    if status is not None:
        query = query.where(Visit.status == status)
    rows = driver_rows(query.order_by(Visit.start, Visit.id))  # a week: 2,000 rows and more
    return [
        VisitRow(
            id=r[0],
            version=r[1],
            customer_id=r[2],
            customer_name=r[3],
            company=r[4],
            rep_id=r[5],
            rep_name=r[6],
            start=as_datetime(r[7]),
            duration_minutes=r[8],
            method=r[9],
            status=r[10],
            matter=r[11],
            purpose=r[12],
            purpose_met=r[13],
            route_position=r[14],
            is_new=bool(r[15]),
        )
        for r in rows
    ]


@rule
def as_datetime(value: object) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


@rule
def route_order(rows: list[VisitRow]) -> list[VisitRow]:
    """A day's visits in the rep's kept order (unordered ones after, by time)."""
    return sorted(
        rows,
        key=lambda r: (r.route_position is None, r.route_position or 0, r.start, r.id),
    )


_DATETIMES = ("created_at", "updated_at", "start", "completed_at")


@internal
def visit_record(visit: Visit) -> VisitRecord:
    """The frozen view of a visit row (SQLite may hand back datetimes as text)."""
    values: dict[str, object] = {}
    for spec in fields(VisitRecord):
        value = getattr(visit, spec.name)
        if spec.name in _DATETIMES and value is not None:
            value = as_datetime(value)
        elif spec.name == "next_action_on" and isinstance(value, str):
            value = dt.date.fromisoformat(value[:10])
        values[spec.name] = value
    return VisitRecord(**values)  # type: ignore[arg-type]


@guard.customer()
def last_done_visit(actor: Person, customer_id: int, before: dt.datetime) -> VisitRecord | None:
    visit: Visit | None = (
        Visit.select()
        .where(
            Visit.customer == customer_id, Visit.status == VisitStatus.DONE, Visit.start < before
        )
        .order_by(Visit.start.desc())
        .first()
    )
    return visit_record(visit) if visit is not None else None


@guard.visit()
def visit_start(actor: Person, visit_id: int) -> dt.datetime | None:
    """When a visit starts, or None when it is gone."""
    visit = Visit.get_or_none(Visit.id == visit_id)
    return as_datetime(visit.start) if visit else None


@guard.visit()
def load_visit(actor: Person, visit_id: int) -> VisitRecord:
    visit = Visit.get_or_none(Visit.id == visit_id)
    if visit is None:
        raise NotFoundError(visit_id)
    return visit_record(visit)


RESULT_MISSING_DAYS = 30  # how far back the planner lists visits without a result


@guard.rep()
def missing_results(
    actor: Person, rep_id: int | None, now: dt.datetime, days: int = RESULT_MISSING_DAYS
) -> list[VisitRow]:
    """Past visits (of one rep, or all the actor may see) from the last `days` days still
    waiting for their result (status.result_missing), oldest first."""
    first = now.date() - dt.timedelta(days=days)
    rows = visits_between(
        actor, first, now.date() + dt.timedelta(days=1), rep_id, status=VisitStatus.PLANNED
    )  # only planned visits can miss their result: the others are not read at all
    return [r for r in rows if result_missing(r.status, r.end, now)]


@guard.customer("customer_ids")
def last_visits(actor: Person, customer_ids: list[int]) -> dict[int, dt.date]:
    """The day of each customer's latest done visit (customers never visited are left out);
    one grouped query."""
    ids = [i for i in customer_ids if isinstance(i, int)]
    if not ids:
        return {}
    query = (
        Visit.select(Visit.customer, pw.fn.MAX(Visit.start).alias("last"))
        .where(Visit.customer.in_(ids), Visit.status == VisitStatus.DONE)
        .group_by(Visit.customer)
    )
    return {int(row[0]): as_datetime(row[1]).date() for row in tuple_rows(query)}
