"""Visit writes: plan, save, complete, move, cancel, delete, next visit, route order."""

from __future__ import annotations

import datetime as dt

from ...models.core import Customer, User
from ...models.db import utcnow, write_transaction
from ...models.visits import Visit
from ..common.acting import Person, internal
from ..common.checks import check_reference, refuse
from ..common.errors import FieldError, ValidationFailed
from ..common.locking import versioned_delete, versioned_update
from ..common.validation import (
    MAX_INT,
    check_choice,
    check_day,
    check_id,
    check_ids,
    check_int,
    check_moment,
)
from ..office import audit
from ..people.policy import guard, require_customer, require_rep, require_visits
from .checks import (
    PLANNER_DAYS,
    draft_values,
    outcome_values,
    validate_draft,
    validate_outcome,
)
from .drafts import VisitDraft, VisitOutcome, VisitRecord
from .fields import VISIT_FIELDS
from .queries import as_datetime, day_bounds, load_visit, visit_record
from .status import VisitStatus, check_transition


def _versioned_update(
    actor: Person, visit_id: int, version: int | None, values: dict[str, object]
) -> None:
    """Update one visit if it is still at `version`; else ConflictError, nothing written.
    The audit log gets the fields that changed."""
    before = audit.snapshot(Visit, visit_id, values)
    versioned_update(Visit, "visit", visit_id, version, values)
    audit.record_change(actor, audit.Action.CHANGE, VISIT, Visit, visit_id, before, order=_ORDER)


@internal
def retime_visits(actor: Person, versions: dict[int, int], starts: dict[int, dt.datetime]) -> None:
    """Move visits to new starts inside the caller's transaction, each checked against the
    version it was read at (ConflictError otherwise) and logged like any change."""
    for visit_id, start in starts.items():
        _versioned_update(actor, visit_id, versions[visit_id], {"start": start})


def _record_created(actor: Person, visit_id: int) -> None:
    audit.record_created(actor, VISIT, Visit, visit_id, _ORDER)


VISIT = audit.Entity.VISIT.value
_ORDER = tuple(spec.name for spec in VISIT_FIELDS)


# The statuses set_status sets: "done" needs a result (complete_visit).
_SET_STATUSES = tuple(s.value for s in VisitStatus if s is not VisitStatus.DONE)


def _target(visit_id: object, version: object) -> list[FieldError]:
    """What is wrong with the visit id and version a write names (whether the visit is still
    there at that version is the write's ConflictError)."""
    errors = [check_id("visit_id", visit_id), check_int("version", version, 0, MAX_INT)]
    return [e for e in errors if e is not None]


@guard.scoped
def plan_visit(actor: Person, draft: VisitDraft) -> VisitRecord:
    """Store a new planned visit, or the edited plan of an existing one (version-checked)."""
    refuse(validate_draft(draft))
    require_customer(actor, draft.customer_id)
    require_rep(actor, draft.rep_id)
    if draft.id is not None:
        require_visits(actor, [draft.id])
    values = draft_values(draft)
    with write_transaction():
        if draft.id is None:
            visit = Visit.create(**values, status=VisitStatus.PLANNED.value)
            _record_created(actor, int(visit.id))
            return load_visit(actor, int(visit.id))
        _versioned_update(actor, draft.id, draft.version, values)
    return load_visit(actor, draft.id)


@guard.scoped
def save_visit(
    actor: Person, draft: VisitDraft, outcome: VisitOutcome | None = None
) -> VisitRecord:
    """Store the plan and, when given, the outcome in one transaction.

    Both are checked before anything is written: a refused outcome (or a status change the
    transition table does not allow) leaves the plan unchanged.
    """
    errors = validate_draft(draft)
    if outcome is not None:
        sound_start = not any(e.field in ("draft", "start") for e in errors)
        errors += validate_outcome(outcome, draft.start.date() if sound_start else None)
    refuse(errors)
    if outcome is not None and draft.id is not None:
        _check_status_change(draft.id, draft.version, outcome.status)
    with write_transaction():
        visit = plan_visit(actor, draft)
        if outcome is not None:
            visit = complete_visit(actor, int(visit.id), int(visit.version), outcome)
    return visit


def _check_status_change(visit_id: int, version: int | None, status: str) -> None:
    """Refuse (ValidationFailed on `status`) a change the transition table does not allow.

    A missing visit or a stale version is left to `_versioned_update`, which says so as a
    ConflictError: the status the user saw may not be the one stored now.
    """
    row = Visit.select(Visit.status, Visit.version).where(Visit.id == visit_id).first()
    if row is not None and int(row.version) == (version or 0):
        check_transition(str(row.status), status)


@guard.visit()
def complete_visit(
    actor: Person, visit_id: int, version: int, outcome: VisitOutcome
) -> VisitRecord:
    """Record the outcome (done or no-show) of a visit, where its status allows one.

    A visit deleted meanwhile (or a stale version) is a ConflictError, as for every write.
    """
    refuse(_target(visit_id, version))
    start = Visit.select(Visit.start).where(Visit.id == visit_id).scalar()
    refuse(validate_outcome(outcome, as_datetime(start).date() if start else None))
    values = outcome_values(outcome) | {"completed_at": utcnow()}
    with write_transaction():
        _check_status_change(visit_id, version, outcome.status)
        _versioned_update(actor, visit_id, version, values)
    return load_visit(actor, visit_id)


@guard.visit()
@guard.rep()
def move_visit(
    actor: Person, visit_id: int, version: int, start: dt.datetime, rep_id: int | None = None
) -> VisitRecord:
    """Move a visit to another time or day (drag and drop), optionally to another rep.

    A moved visit leaves its old day's route: it goes to the end of the new day's order.
    """
    refuse([*_target(visit_id, version), check_moment("start", start, span=PLANNER_DAYS)])
    refuse([check_reference("rep_id", User, rep_id, required=False)])
    assert isinstance(start, dt.datetime)
    values: dict[str, object] = {
        "start": start.replace(second=0, microsecond=0),
        "route_position": None,
    }
    if rep_id is not None:
        values["rep"] = rep_id
    with write_transaction():
        _versioned_update(actor, visit_id, version, values)
    return load_visit(actor, visit_id)


@guard.visit()
def set_status(actor: Person, visit_id: int, version: int, status: str) -> VisitRecord:
    """Cancel a visit, mark it a no-show, or put a cancelled / no-show one back to planned.

    "done" needs a result (complete_visit); a change the transition table does not allow
    raises ValidationFailed on `status` and writes nothing.
    """
    refuse([*_target(visit_id, version), check_choice("status", status, _SET_STATUSES)])
    with write_transaction():
        _check_status_change(visit_id, version, status)
        _versioned_update(actor, visit_id, version, {"status": VisitStatus(status).value})
    return load_visit(actor, visit_id)


@guard.visit()
def cancel_visit(actor: Person, visit_id: int, version: int) -> VisitRecord:
    return set_status(actor, visit_id, version, VisitStatus.CANCELLED)


@guard.visit()
def delete_visit(actor: Person, visit_id: int, version: int) -> None:
    """Delete a visit at `version` (ConflictError when it changed or is gone)."""
    refuse(_target(visit_id, version))
    with write_transaction():
        before = audit.snapshot(Visit, visit_id, _ORDER)
        versioned_delete(Visit, "visit", visit_id, version)
        customer = before.get("customer")
        audit.record_deleted(actor, VISIT, visit_id, before, int(customer) if customer else None)


@guard.visit()
def plan_next_visit(actor: Person, visit_id: int, at: dt.time | None = None) -> VisitRecord:
    """Turn a visit's next action into the next planned visit (one click).

    The new visit is on the next action's due date at `at` (default: the same time of day as
    this visit), with the same customer, contact and method; its matter is the next action. It
    goes to the customer's owner (an open follow-up moves with a reassigned customer), or to
    this visit's rep when the customer is in the shared pool. Calling it again returns the visit already made. A visit that does not exist is
    ValidationFailed on `visit_id`.
    """
    refuse([check_reference("visit_id", Visit, visit_id)])
    if at is not None and not isinstance(at, dt.time):
        refuse([FieldError("at", "type", {"value": type(at).__name__})])
    with write_transaction():
        source = load_visit(actor, visit_id)
        if source.next_visit_id is not None:
            existing = Visit.get_or_none(Visit.id == source.next_visit_id)
            if existing is not None:
                return visit_record(existing)
        if not source.next_action or source.next_action_on is None:
            raise ValidationFailed([FieldError("next_action", "required")])
        start = dt.datetime.combine(source.next_action_on, at or source.start.time())
        owner = Customer.select(Customer.owner_rep).where(Customer.id == source.customer_id)
        visit = Visit.create(
            customer=source.customer_id,
            contact=source.contact_id,
            rep=owner.scalar() or source.rep_id,
            start=start,
            duration_minutes=source.duration_minutes,
            method=source.method,
            matter=source.next_action,
            reason=source.matter,
            purpose=source.next_action,
            status=VisitStatus.PLANNED.value,
        )
        Visit.update(next_visit=visit.id).where(Visit.id == visit_id).execute()
        _record_created(actor, int(visit.id))
    return load_visit(actor, int(visit.id))


@guard.rep()
def set_route_order(actor: Person, rep_id: int, day: dt.date, visit_ids: list[int]) -> None:
    """Keep the rep's order for the day: positions 1..n in one transaction.

    Visits of that rep and day not named keep their place after the named ones; a named
    visit that is not one of them is ValidationFailed on `visit_ids.N`, nothing written.
    """
    ids, errors = check_ids("visit_ids", visit_ids)
    refuse(
        [check_reference("rep_id", User, rep_id), check_day("day", day, span=PLANNER_DAYS), *errors]
    )
    start, end = day_bounds(day)
    with write_transaction():
        todays = [
            v.id
            for v in Visit.select(Visit.id)
            .where(Visit.rep == rep_id, Visit.start >= start, Visit.start < end)
            .order_by(Visit.route_position.asc(nulls="LAST"), Visit.start, Visit.id)
        ]
        refuse(
            FieldError(f"visit_ids.{index}", "not_found", {"value": value})
            for index, value in enumerate(visit_ids)
            if value not in todays
        )
        ordered = ids + [v for v in todays if v not in ids]
        for position, vid in enumerate(ordered, start=1):
            Visit.update(route_position=position).where(Visit.id == vid).execute()


# ---------------------------------------------------------------- reads
