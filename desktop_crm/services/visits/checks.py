"""Validation of a visit plan and of its outcome."""

from __future__ import annotations

import datetime as dt

from ...models.core import Contact, Customer, User
from ..common.errors import FieldError
from ..common.validation import check_text
from .drafts import METHOD_CODES, PURPOSE_MET_CODES, VisitDraft, VisitOutcome


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


def draft_values(draft: VisitDraft) -> dict[str, object]:
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
