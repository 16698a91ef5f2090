"""Validation of a visit plan and of its outcome, and the values they store.

Both walk the visit description (`PLAN_FIELDS`, `OUTCOME_FIELDS`): a described field is
checked for its kind, choices, limits and bounds without a line here. What the description
cannot say (a reference must exist, a done visit needs "purpose met", a next action needs a
date not before the visit) is written out below.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ...models.core import Contact, Customer, User
from ..common.acting import internal
from ..common.errors import FieldError
from ..common.validation import check_text
from .drafts import VisitDraft, VisitOutcome
from .fields import OUTCOME_FIELDS, PLAN_FIELDS, FieldSpec, Kind, draft_attribute
from .status import RESULT_STATUSES, VisitStatus

_TEXT_KINDS = (Kind.TEXT, Kind.LONGTEXT)


def _check_value(spec: FieldSpec, value: object) -> FieldError | None:
    """What is wrong with a typed value of a described field (references aside), or None."""
    if spec.kind in _TEXT_KINDS:
        # too long, or holding control characters (a NUL byte breaks PostgreSQL text)
        return check_text(spec.name, str(value).strip(), spec.limit, spec.kind == Kind.LONGTEXT)
    if spec.kind == Kind.CHOICE and (value or spec.required):
        if value not in spec.choice_values:
            return FieldError(spec.name, "choice", {"value": value})
    if spec.kind == Kind.INTEGER and value is not None:
        low, high = spec.bounds
        if not low <= int(str(value)) <= high:
            return FieldError(spec.name, "number", {"value": value})
    return None


def _customer_exists(draft: VisitDraft) -> bool:
    return bool(Customer.select().where(Customer.id == draft.customer_id).exists())


def _rep_exists(draft: VisitDraft) -> bool:
    return bool(User.select().where(User.id == draft.rep_id).exists())


def _contact_of_customer(draft: VisitDraft) -> bool:
    """No contact is fine; a contact must be one of the visited customer's."""
    if draft.contact_id is None:
        return True
    query = Contact.select().where(
        Contact.id == draft.contact_id, Contact.customer == draft.customer_id
    )
    return bool(query.exists())


_REFERENCE_CHECKS: dict[str, Callable[[VisitDraft], bool]] = {
    "customer": _customer_exists,
    "rep": _rep_exists,
    "contact": _contact_of_customer,
}


@internal
def validate_draft(draft: VisitDraft) -> list[FieldError]:
    errors: list[FieldError] = []
    for spec in PLAN_FIELDS:
        value = getattr(draft, draft_attribute(spec))
        if spec.kind == Kind.REFERENCE:
            if not _REFERENCE_CHECKS[spec.name](draft):
                errors.append(FieldError(spec.name, "not_found", {"value": value}))
            continue
        error = _check_value(spec, value)
        if error is not None:
            errors.append(error)
    return errors


@internal
def validate_outcome(outcome: VisitOutcome, visit_day: dt.date | None = None) -> list[FieldError]:
    """Check a result; with `visit_day`, the next action may not fall due before the visit."""
    errors: list[FieldError] = []
    for spec in OUTCOME_FIELDS:
        error = _check_value(spec, getattr(outcome, draft_attribute(spec)))
        if spec.name == "status" and outcome.status not in RESULT_STATUSES:
            error = FieldError("status", "choice", {"value": outcome.status})
        if error is not None:
            errors.append(error)
    if outcome.status == VisitStatus.DONE and not outcome.purpose_met:
        errors.append(FieldError("purpose_met", "required"))
    action = outcome.next_action.strip()
    if action and outcome.next_action_on is None:
        errors.append(FieldError("next_action_on", "required"))
    if (
        action
        and outcome.next_action_on is not None
        and visit_day is not None
        and outcome.next_action_on < visit_day
    ):
        errors.append(FieldError("next_action_on", "before_visit", {"visit_day": visit_day}))
    return errors


def _stored(spec: FieldSpec, value: object) -> object:
    if spec.kind in _TEXT_KINDS:
        return str(value).strip()
    if spec.kind == Kind.INTEGER and value is not None:
        return int(str(value))
    if spec.kind == Kind.DATETIME and isinstance(value, dt.datetime):
        return value.replace(second=0, microsecond=0, tzinfo=None)  # wall clock, to the minute
    return value


@internal
def draft_values(draft: VisitDraft) -> dict[str, object]:
    """The plan's columns as stored: text trimmed, the start to the minute."""
    return {spec.name: _stored(spec, getattr(draft, draft_attribute(spec))) for spec in PLAN_FIELDS}


@internal
def outcome_values(outcome: VisitOutcome) -> dict[str, object]:
    """The outcome's columns as stored: "purpose met" only for a done visit, the next action's
    date only with a next action."""
    values = {
        spec.name: _stored(spec, getattr(outcome, draft_attribute(spec))) for spec in OUTCOME_FIELDS
    }
    if outcome.status != VisitStatus.DONE:
        values["purpose_met"] = ""
    if not values["next_action"]:
        values["next_action_on"] = None
    return values
