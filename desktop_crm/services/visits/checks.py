"""Validation of a visit plan and of its outcome, and the values they store.

Both walk the visit description (`PLAN_FIELDS`, `OUTCOME_FIELDS`): a described field is
checked for its type, kind, choices, limits and bounds without a line here. What the
description cannot say (a reference must exist, a done visit needs "purpose met", a next
action needs a date not before the visit) is written out below.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection

from ...models.core import Contact, Customer, User
from ...models.opportunities import Opportunity
from ..common.acting import internal
from ..common.checks import existing_ids
from ..common.errors import FieldError
from ..common.validation import (
    Span,
    check_choice,
    check_day,
    check_id,
    check_int,
    check_moment,
    check_typed_text,
    check_version,
)
from .drafts import VisitDraft, VisitOutcome
from .fields import OUTCOME_FIELDS, PLAN_FIELDS, FieldSpec, Kind, draft_attribute
from .queries import FIRST_PLANNER_DAY, LAST_PLANNER_DAY
from .status import RESULT_STATUSES, VisitStatus

_TEXT_KINDS = (Kind.TEXT, Kind.LONGTEXT)
# A visit's days lie in the planner's calendar, where every week and period can be computed.
PLANNER_DAYS: Span = (FIRST_PLANNER_DAY, LAST_PLANNER_DAY)


@internal
def check_value(spec: FieldSpec, value: object, name: str | None = None) -> FieldError | None:
    """What is wrong with a value of a described field, or None: its type first (text for
    text, an int — not a bool — for minutes, a datetime for the start, a date for a day, an
    id for a reference), then limits, choices, bounds and the supported days. Pure: whether
    a referenced row exists is `check_references`'s question."""
    name = name or spec.name
    kind = spec.kind
    if kind in _TEXT_KINDS:
        # too long, or holding control characters (a NUL byte breaks PostgreSQL text)
        return check_typed_text(name, value, spec.limit, kind == Kind.LONGTEXT)
    if kind == Kind.CHOICE:
        return check_choice(name, value, spec.choice_values, required=spec.required)
    if kind == Kind.INTEGER:
        low, high = spec.bounds
        error = check_int(name, value, low, high, required=spec.required)
        if error is not None and error.code == "range":  # the code the dialog knows
            return FieldError(name, "number", {"value": value})
        return error
    if kind == Kind.DATETIME:
        return check_moment(name, value, required=spec.required, span=PLANNER_DAYS)
    if kind == Kind.DATE:
        return check_day(name, value, required=spec.required, span=PLANNER_DAYS)
    if kind == Kind.REFERENCE:
        return check_id(name, value, required=spec.required)
    return None


def _customer_exists(draft: VisitDraft) -> bool:
    return bool(existing_ids(Customer, [draft.customer_id]))


def _rep_exists(draft: VisitDraft) -> bool:
    return bool(existing_ids(User, [draft.rep_id]))


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
def check_plan_values(draft: object) -> list[FieldError]:
    """Every value of a plan, without the database: the draft's type, its id and version,
    each described field (`check_value`)."""
    if not isinstance(draft, VisitDraft):
        return [FieldError("draft", "type", {"value": type(draft).__name__})]
    errors = [
        e
        for e in (
            check_id("id", draft.id, required=False),
            check_version("version", draft.version),
            check_id("opportunity_id", draft.opportunity_id, required=False),
        )
        if e is not None
    ]
    for spec in PLAN_FIELDS:
        error = check_value(spec, getattr(draft, draft_attribute(spec)))
        if error is not None:
            errors.append(error)
    return errors


@internal
def check_references(draft: VisitDraft, skip: Collection[str] = ()) -> list[FieldError]:
    """The rows a plan refers to: customer, rep, the customer's contact; a reference named
    in `skip` (its value is refused already) is not looked up, nor the contact then. The
    opportunity must be one of the customer's."""
    errors = [
        FieldError(spec.name, "not_found", {"value": getattr(draft, draft_attribute(spec))})
        for spec in PLAN_FIELDS
        if spec.kind == Kind.REFERENCE
        and spec.name not in skip
        and not (spec.name == "contact" and "customer" in skip)
        and not _REFERENCE_CHECKS[spec.name](draft)
    ]
    if draft.opportunity_id is not None and not {"customer", "opportunity_id"} & set(skip):
        of_customer = Opportunity.select().where(
            Opportunity.id == draft.opportunity_id, Opportunity.customer == draft.customer_id
        )
        if not of_customer.exists():
            errors.append(
                FieldError("opportunity_id", "not_found", {"value": draft.opportunity_id})
            )
    return errors


@internal
def validate_draft(draft: VisitDraft) -> list[FieldError]:
    """Everything wrong with a plan: its values, and the references whose ids are sound."""
    errors = check_plan_values(draft)
    if any(e.field == "draft" for e in errors):
        return errors
    return errors + check_references(draft, {e.field for e in errors})


@internal
def validate_outcome(outcome: VisitOutcome, visit_day: dt.date | None = None) -> list[FieldError]:
    """Check a result; with `visit_day`, the next action may not fall due before the visit."""
    if not isinstance(outcome, VisitOutcome):
        return [FieldError("outcome", "type", {"value": type(outcome).__name__})]
    errors: list[FieldError] = []
    for spec in OUTCOME_FIELDS:
        value = getattr(outcome, draft_attribute(spec))
        error = check_value(spec, value)
        if spec.name == "status" and error is None and value not in RESULT_STATUSES:
            error = FieldError("status", "choice", {"value": value})
        if error is not None:
            errors.append(error)
    bad = {e.field for e in errors}  # the rules below read only sound values
    if not bad & {"status", "purpose_met"}:
        if outcome.status == VisitStatus.DONE and not outcome.purpose_met:
            errors.append(FieldError("purpose_met", "required"))
    if bad & {"next_action", "next_action_on"}:
        return errors
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
    if spec.kind == Kind.DATETIME and isinstance(value, dt.datetime):
        return value.replace(second=0, microsecond=0, tzinfo=None)  # wall clock, to the minute
    return value


@internal
def draft_values(draft: VisitDraft) -> dict[str, object]:
    """The plan's columns as stored: text trimmed, the start to the minute; the opportunity."""
    values = {
        spec.name: _stored(spec, getattr(draft, draft_attribute(spec))) for spec in PLAN_FIELDS
    }
    return values | {"opportunity": draft.opportunity_id}


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
