"""Visits: plan, edit, move, complete, cancel; the next action becomes the next visit.

New or existing (derived, never typed): at a visit on day D the customer is **existing** if
before D it had a deal (a Deal row dated before D, or the file's first-trade date before D) or
a visit marked done that started before D; otherwise it is **new**. Visits on D itself never
count, so a first visit stays "new" after it is done.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import peewee as pw

from ..models.core import Contact, Customer, Deal, User
from ..models.db import tuple_rows, utcnow, write_transaction
from ..models.visits import METHODS, PURPOSE_MET, STATUSES, Visit
from .errors import ConflictError, FieldError, NotFoundError, ValidationFailed
from .validation import check_text

METHOD_CODES = tuple(code for code, _ in METHODS)
STATUS_CODES = tuple(code for code, _ in STATUSES)
PURPOSE_MET_CODES = tuple(code for code, _ in PURPOSE_MET)
ACTIVE_STATUSES = ("planned", "done", "no_show")  # everything but cancelled counts as planned


@dataclass
class VisitDraft:
    """What the visit dialog (or a command) wants stored: the plan, with the five elements."""

    customer_id: int
    rep_id: int
    start: dt.datetime
    duration_minutes: int = 60
    method: str = "face"
    contact_id: int | None = None
    matter: str = ""
    reason: str = ""
    purpose: str = ""
    action_plan: str = ""
    expected_result: str = ""
    id: int | None = None
    version: int | None = None


@dataclass
class VisitOutcome:
    """What happened: result, purpose met, time spent and the next action with its date."""

    actual_result: str
    purpose_met: str  # yes | partly | no
    time_spent_minutes: int | None = None
    next_action: str = ""
    next_action_on: dt.date | None = None
    status: str = "done"  # done | no_show


@dataclass(frozen=True)
class VisitRow:
    """A visit as calendars, lists and sheets show it."""

    id: int
    version: int
    customer_id: int
    customer_name: str
    company: str
    rep_id: int
    rep_name: str
    start: dt.datetime
    duration_minutes: int
    method: str
    status: str
    matter: str
    purpose: str
    purpose_met: str
    route_position: int | None
    is_new: bool

    @property
    def end(self) -> dt.datetime:
        return self.start + dt.timedelta(minutes=self.duration_minutes)

    @property
    def title(self) -> str:
        return self.company or self.customer_name


# ---------------------------------------------------------------- validation


def _check_text(
    errors: list[FieldError], name: str, value: str, limit: int, multiline: bool = False
) -> None:
    """Too long, or holding control characters (a NUL byte breaks PostgreSQL text)."""
    error = check_text(name, value, limit, multiline)
    if error is not None:
        errors.append(error)


def validate_draft(draft: VisitDraft) -> list[FieldError]:
    errors: list[FieldError] = []
    if not Customer.select().where(Customer.id == draft.customer_id).exists():
        errors.append(FieldError("customer", "not_found", {"value": draft.customer_id}))
    if not User.select().where(User.id == draft.rep_id).exists():
        errors.append(FieldError("rep", "not_found", {"value": draft.rep_id}))
    if (
        draft.contact_id is not None
        and not Contact.select()
        .where(Contact.id == draft.contact_id, Contact.customer == draft.customer_id)
        .exists()
    ):
        errors.append(FieldError("contact", "not_found", {"value": draft.contact_id}))
    if draft.method not in METHOD_CODES:
        errors.append(FieldError("method", "choice", {"value": draft.method}))
    if not 5 <= int(draft.duration_minutes) <= 12 * 60:
        errors.append(FieldError("duration_minutes", "number", {"value": draft.duration_minutes}))
    for name in ("matter", "reason"):
        _check_text(errors, name, getattr(draft, name).strip(), 300)
    for name in ("purpose", "action_plan", "expected_result"):
        _check_text(errors, name, getattr(draft, name).strip(), 4000, multiline=True)
    return errors


def validate_outcome(outcome: VisitOutcome, visit_day: dt.date | None = None) -> list[FieldError]:
    """Check a result; with `visit_day`, the next action may not fall due before the visit."""
    errors: list[FieldError] = []
    if outcome.status not in ("done", "no_show"):
        errors.append(FieldError("status", "choice", {"value": outcome.status}))
    if outcome.status == "done" and outcome.purpose_met not in PURPOSE_MET_CODES:
        errors.append(FieldError("purpose_met", "required"))
    if outcome.time_spent_minutes is not None and not 0 <= outcome.time_spent_minutes <= 24 * 60:
        errors.append(FieldError("time_spent_minutes", "number"))
    _check_text(errors, "actual_result", outcome.actual_result.strip(), 4000, multiline=True)
    _check_text(errors, "next_action", outcome.next_action.strip(), 300)
    if outcome.next_action.strip() and outcome.next_action_on is None:
        errors.append(FieldError("next_action_on", "required"))
    if (
        outcome.next_action.strip()
        and outcome.next_action_on is not None
        and visit_day is not None
        and outcome.next_action_on < visit_day
    ):
        errors.append(FieldError("next_action_on", "before_visit", {"visit_day": visit_day}))
    return errors


def _draft_values(draft: VisitDraft) -> dict[str, object]:
    return {
        "customer": draft.customer_id,
        "rep": draft.rep_id,
        "contact": draft.contact_id,
        "start": draft.start.replace(second=0, microsecond=0, tzinfo=None),
        "duration_minutes": int(draft.duration_minutes),
        "method": draft.method,
        "matter": draft.matter.strip(),
        "reason": draft.reason.strip(),
        "purpose": draft.purpose.strip(),
        "action_plan": draft.action_plan.strip(),
        "expected_result": draft.expected_result.strip(),
    }


# ---------------------------------------------------------------- writes


def _versioned_update(visit_id: int, version: int | None, values: dict[str, object]) -> None:
    """Update one visit if it is still at `version`; else ConflictError, nothing written."""
    updates: dict[object, object] = {getattr(Visit, k): v for k, v in values.items()}
    updates[Visit.updated_at] = utcnow()
    updates[Visit.version] = Visit.version + 1
    query = Visit.update(updates).where(Visit.id == visit_id, Visit.version == (version or 0))
    if query.execute() == 0:
        current = Visit.select(Visit.version).where(Visit.id == visit_id).scalar()
        raise ConflictError("visit", visit_id, version or 0, current)


def plan_visit(draft: VisitDraft) -> Visit:
    """Store a new planned visit, or the edited plan of an existing one (version-checked)."""
    errors = validate_draft(draft)
    if errors:
        raise ValidationFailed(errors)
    values = _draft_values(draft)
    with write_transaction():
        if draft.id is None:
            visit = Visit.create(**values, status="planned")
            return visit
        _versioned_update(draft.id, draft.version, values)
    return load_visit(draft.id)


def save_visit(draft: VisitDraft, outcome: VisitOutcome | None = None) -> Visit:
    """Store the plan and, when given, the outcome in one transaction.

    Both are checked before anything is written: a refused outcome leaves the plan unchanged.
    """
    errors = validate_draft(draft)
    if outcome is not None:
        errors += validate_outcome(outcome, draft.start.date())
    if errors:
        raise ValidationFailed(errors)
    with write_transaction():
        visit = plan_visit(draft)
        if outcome is not None:
            visit = complete_visit(int(visit.id), int(visit.version), outcome)
    return visit


def visit_start(visit_id: int) -> dt.datetime | None:
    """When a visit starts, or None when it is gone."""
    visit = Visit.get_or_none(Visit.id == visit_id)
    return _as_datetime(visit.start) if visit else None


def load_visit(visit_id: int) -> Visit:
    visit = Visit.get_or_none(Visit.id == visit_id)
    if visit is None:
        raise NotFoundError(visit_id)
    return visit


def complete_visit(visit_id: int, version: int, outcome: VisitOutcome) -> Visit:
    """Record the outcome (done or no-show) of a visit."""
    start = Visit.select(Visit.start).where(Visit.id == visit_id).scalar()
    errors = validate_outcome(outcome, _as_datetime(start).date() if start else None)
    if errors:
        raise ValidationFailed(errors)
    values: dict[str, object] = {
        "status": outcome.status,
        "actual_result": outcome.actual_result.strip(),
        "purpose_met": outcome.purpose_met if outcome.status == "done" else "",
        "time_spent_minutes": outcome.time_spent_minutes,
        "next_action": outcome.next_action.strip(),
        "next_action_on": outcome.next_action_on if outcome.next_action.strip() else None,
        "completed_at": utcnow(),
    }
    with write_transaction():
        _versioned_update(visit_id, version, values)
    return load_visit(visit_id)


def move_visit(visit_id: int, version: int, start: dt.datetime, rep_id: int | None = None) -> Visit:
    """Move a visit to another time or day (drag and drop), optionally to another rep.

    A moved visit leaves its old day's route: it goes to the end of the new day's order.
    """
    values: dict[str, object] = {
        "start": start.replace(second=0, microsecond=0),
        "route_position": None,
    }
    if rep_id is not None:
        values["rep"] = rep_id
    with write_transaction():
        _versioned_update(visit_id, version, values)
    return load_visit(visit_id)


def set_status(visit_id: int, version: int, status: str) -> Visit:
    """Cancel a visit, or put a cancelled / no-show one back to planned."""
    if status not in ("planned", "cancelled", "no_show"):
        raise ValidationFailed([FieldError("status", "choice", {"value": status})])
    with write_transaction():
        _versioned_update(visit_id, version, {"status": status})
    return load_visit(visit_id)


def cancel_visit(visit_id: int, version: int) -> Visit:
    return set_status(visit_id, version, "cancelled")


def delete_visit(visit_id: int, version: int) -> None:
    with write_transaction():
        if Visit.delete().where(Visit.id == visit_id, Visit.version == version).execute() == 0:
            current = Visit.select(Visit.version).where(Visit.id == visit_id).scalar()
            raise ConflictError("visit", visit_id, version, current)


def plan_next_visit(visit_id: int, at: dt.time | None = None) -> Visit:
    """Turn a visit's next action into the next planned visit (one click).

    The new visit is on the next action's due date at `at` (default: the same time of day as
    this visit), with the same customer, contact, rep and method; its matter is the next action.
    Calling it again returns the visit already made.
    """
    with write_transaction():
        source = load_visit(visit_id)
        if source.next_visit_id is not None:
            existing = Visit.get_or_none(Visit.id == source.next_visit_id)
            if existing is not None:
                return existing
        if not source.next_action or source.next_action_on is None:
            raise ValidationFailed([FieldError("next_action", "required")])
        start = dt.datetime.combine(source.next_action_on, at or source.start.time())
        visit = Visit.create(
            customer=source.customer_id,
            contact=source.contact_id,
            rep=source.rep_id,
            start=start,
            duration_minutes=source.duration_minutes,
            method=source.method,
            matter=source.next_action,
            reason=source.matter,
            purpose=source.next_action,
            status="planned",
        )
        Visit.update(next_visit=visit.id).where(Visit.id == visit_id).execute()
    return visit


def set_route_order(rep_id: int, day: dt.date, visit_ids: list[int]) -> None:
    """Keep the rep's order for the day: positions 1..n in one transaction.

    Visits of that rep and day not named keep their place after the named ones.
    """
    start, end = _day_bounds(day)
    with write_transaction():
        todays = [
            v.id
            for v in Visit.select(Visit.id)
            .where(Visit.rep == rep_id, Visit.start >= start, Visit.start < end)
            .order_by(Visit.route_position.asc(nulls="LAST"), Visit.start, Visit.id)
        ]
        unknown = set(visit_ids) - set(todays)
        if unknown:
            raise NotFoundError(sorted(unknown)[0])
        ordered = list(visit_ids) + [v for v in todays if v not in visit_ids]
        for position, vid in enumerate(ordered, start=1):
            Visit.update(route_position=position).where(Visit.id == vid).execute()


# ---------------------------------------------------------------- reads


def _day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(day, dt.time())
    return start, start + dt.timedelta(days=1)


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
            .where(Visit.customer.in_(part), Visit.status == "done")
            .group_by(Visit.customer)
        ):
            keep(cid, start)
    return {(cid, day): not (cid in first and first[cid] < day) for cid, day in wanted}


def is_new_customer(customer_id: int, day: dt.date) -> bool:
    return classify_new([(customer_id, day)])[(customer_id, day)]


def new_customer_sql() -> pw.ColumnBase:
    """1 when the visit's customer is new on the visit's day (the rule above), else 0.

    Correlated EXISTS over the deal and visit indexes, so the database answers it per row.
    """
    earlier = Visit.alias("earlier")
    day = pw.fn.DATE(Visit.start)
    deal_before = Deal.select(pw.SQL("1")).where(Deal.customer == Visit.customer, Deal.date < day)
    done_before = earlier.select(pw.SQL("1")).where(
        earlier.customer == Visit.customer, earlier.status == "done", earlier.start < day
    )
    traded = Customer.first_trade_on.is_null(False) & (Customer.first_trade_on < day)
    return pw.Case(None, [(pw.fn.EXISTS(deal_before) | pw.fn.EXISTS(done_before) | traded, 0)], 1)


def visits_between(
    start: dt.date, end: dt.date, rep_id: int | None = None, *, with_cancelled: bool = True
) -> list[VisitRow]:
    """Visits starting on days start..end-1 (one rep or all), in start order."""
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
    if not with_cancelled:
        query = query.where(Visit.status != "cancelled")
    rows = list(tuple_rows(query.order_by(Visit.start, Visit.id)))
    return [
        VisitRow(
            id=r[0],
            version=r[1],
            customer_id=r[2],
            customer_name=r[3],
            company=r[4],
            rep_id=r[5],
            rep_name=r[6],
            start=_as_datetime(r[7]),
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


def _as_datetime(value: object) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def route_order(rows: list[VisitRow]) -> list[VisitRow]:
    """A day's visits in the rep's kept order (unordered ones after, by time)."""
    return sorted(
        rows,
        key=lambda r: (r.route_position is None, r.route_position or 0, r.start, r.id),
    )


def last_done_visit(customer_id: int, before: dt.datetime) -> Visit | None:
    visit: Visit | None = (
        Visit.select()
        .where(Visit.customer == customer_id, Visit.status == "done", Visit.start < before)
        .order_by(Visit.start.desc())
        .first()
    )
    return visit
