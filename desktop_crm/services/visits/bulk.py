"""Many visits, week reviews and customer coordinates at once: the demo's and generator's path.

Each call is one transaction of batched inserts, the database allocating the ids. Values come
from the services' own dataclasses by field name (VisitDraft, VisitOutcome and the two small
entries below), so a new column with a default needs no change here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import cast

import peewee as pw

from ...models.core import Contact, Customer, User
from ...models.db import tuple_rows, utcnow, write_transaction
from ...models.visits import CustomerGeo, Visit, WeekReview
from ..common.acting import Person
from ..common.bulk import insert_records
from ..common.errors import FieldError, ValidationFailed
from ..common.validation import check_text
from .calendar import week_start
from .checks import _check_value, draft_values, outcome_values, validate_outcome
from .drafts import VisitDraft, VisitOutcome
from .fields import PLAN_FIELDS, Kind, draft_attribute
from .reviews import REVIEW_LIMIT
from .status import VisitStatus

# The outcome columns of a visit without a result: what a planned or cancelled one stores.
_NO_OUTCOME = outcome_values(VisitOutcome("", "", status=VisitStatus.NO_SHOW))
# The plan's described fields checked by value (references are checked in sets, below).
_VALUE_FIELDS = [
    (spec, draft_attribute(spec)) for spec in PLAN_FIELDS if spec.kind != Kind.REFERENCE
]


@dataclass
class VisitEntry:
    """One visit of a bulk write: the plan and what became of it.

    `outcome` for a visit done or missed (no-show), `cancelled` for one called off, neither
    for one still planned. `completed_at` is when the outcome was recorded (None: unknown).
    `follow_up` is the index, in the same call, of the visit planned from this one's next
    action: it becomes this visit's next visit.
    """

    plan: VisitDraft
    outcome: VisitOutcome | None = None
    cancelled: bool = False
    completed_at: dt.datetime | None = None
    follow_up: int | None = None

    @property
    def status(self) -> str:
        if self.outcome is not None:
            return self.outcome.status
        return VisitStatus.CANCELLED.value if self.cancelled else VisitStatus.PLANNED.value


@dataclass(frozen=True)
class WeekReviewEntry:
    """A rep's plan notes and review of one week (`week_start`: any day of it)."""

    rep_id: int
    week_start: dt.date
    review: str = ""
    plan_notes: str = ""


@dataclass(frozen=True)
class CustomerPlace:
    """A customer's coordinates for route planning, in degrees."""

    customer_id: int
    latitude: float
    longitude: float


def add_visits(actor: Person, entries: Sequence[VisitEntry]) -> list[int]:
    """Store visits with their outcomes in one transaction; returns the ids in entry order.

    Plans and outcomes are checked by the visit description's rules (customers, reps and
    contacts in a few set queries, not per visit); a refused one raises ValidationFailed,
    field names prefixed "visits.N.", and nothing is written. Fills in each `plan.id`.
    """
    _check_visits(entries)
    now = utcnow()
    records = []
    for entry in entries:
        record = draft_values(entry.plan)
        record.update(outcome_values(entry.outcome) if entry.outcome else _NO_OUTCOME)
        record.update(
            status=str(entry.status),
            completed_at=entry.completed_at,
            created_at=now,
            updated_at=now,
        )
        records.append(record)
    with write_transaction():
        ids = insert_records(Visit, records)
        for entry, visit_id in zip(entries, ids, strict=True):
            entry.plan.id, entry.plan.version = visit_id, 1
        for entry in entries:
            if entry.follow_up is not None:
                Visit.update(next_visit=ids[entry.follow_up]).where(
                    Visit.id == entry.plan.id
                ).execute()
    return ids


def _check_visits(entries: Sequence[VisitEntry]) -> None:
    """The plan checked field by field as `validate_draft` does, references in a few set
    queries instead of three queries a visit; outcomes as `validate_outcome` does."""
    errors: list[FieldError] = []
    # _check_value is pure: each distinct value is checked once (generated visits repeat)
    checked: dict[str, dict[object, FieldError | None]] = {s.name: {} for s, _ in _VALUE_FIELDS}
    customers = _existing(Customer, {e.plan.customer_id for e in entries})
    reps = _existing(User, {e.plan.rep_id for e in entries})
    wanted = {e.plan.contact_id for e in entries if e.plan.contact_id is not None}
    contact_of: dict[int, int] = {}
    for chunk in _chunks(sorted(wanted)):
        query = Contact.select(Contact.id, Contact.customer).where(Contact.id.in_(chunk))
        contact_of.update((int(i), int(c)) for i, c in tuple_rows(query))
    for index, entry in enumerate(entries):
        plan, where = entry.plan, f"visits.{index}"
        if plan.customer_id not in customers:
            errors.append(FieldError(f"{where}.customer", "not_found", {"value": plan.customer_id}))
        if plan.rep_id not in reps:
            errors.append(FieldError(f"{where}.rep", "not_found", {"value": plan.rep_id}))
        if plan.contact_id is not None and contact_of.get(plan.contact_id) != plan.customer_id:
            errors.append(FieldError(f"{where}.contact", "not_found", {"value": plan.contact_id}))
        for spec, attribute in _VALUE_FIELDS:
            value = getattr(plan, attribute)
            seen = checked[spec.name]
            if value not in seen:
                seen[value] = _check_value(spec, value)
            error = seen[value]
            if error is not None:
                errors.append(FieldError(f"{where}.{error.field}", error.code, error.params))
        if entry.outcome is not None:
            errors += [
                FieldError(f"{where}.{e.field}", e.code, e.params)
                for e in validate_outcome(entry.outcome, plan.start.date())
            ]
        if entry.follow_up is not None and not 0 <= entry.follow_up < len(entries):
            errors.append(FieldError(f"{where}.follow_up", "not_found"))
    if errors:
        raise ValidationFailed(errors)


def _existing(model: type[pw.Model], ids: set[int]) -> set[int]:
    """Which of `ids` are keys of `model`'s rows."""
    key = cast(pw.Field, model._meta.primary_key)  # every table here has a single key
    found: set[int] = set()
    for chunk in _chunks(sorted(ids)):
        found |= {int(i) for (i,) in tuple_rows(model.select(key).where(key.in_(chunk)))}
    return found


def _chunks(values: list[int], size: int = 5000) -> Iterable[list[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def add_week_reviews(actor: Person, reviews: Sequence[WeekReviewEntry]) -> None:
    """Store week reviews in one transaction (each week's Monday; one per rep and week).

    Texts are checked as `save_week_review` checks them; a refused one raises
    ValidationFailed ("reviews.N." prefixed) and nothing is written.
    """
    errors = [
        error
        for index, entry in enumerate(reviews)
        for name, text in (("review", entry.review), ("plan_notes", entry.plan_notes))
        if (error := check_text(f"reviews.{index}.{name}", text.strip(), REVIEW_LIMIT, True))
    ]
    if errors:
        raise ValidationFailed(errors)
    with write_transaction():
        insert_records(
            WeekReview,
            [
                {
                    "rep": entry.rep_id,
                    "week_start": week_start(entry.week_start),
                    "review": entry.review.strip(),
                    "plan_notes": entry.plan_notes.strip(),
                }
                for entry in reviews
            ],
            returning=False,
        )


def add_customer_places(actor: Person, places: Sequence[CustomerPlace]) -> None:
    """Store customers' coordinates in one transaction; a customer that has some keeps them."""
    now = utcnow()
    with write_transaction():
        insert_records(
            CustomerGeo,
            [
                {
                    "customer": p.customer_id,
                    "latitude": p.latitude,
                    "longitude": p.longitude,
                    "created_at": now,
                    "updated_at": now,
                }
                for p in places
            ],
            returning=False,
            ignore_conflicts=True,
        )
