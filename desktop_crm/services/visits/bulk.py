"""Many visits, week reviews and customer coordinates at once: the demo's and generator's path.

Each call is one transaction of batched inserts, the database allocating the ids. Values come
from the services' own dataclasses by field name (VisitDraft, VisitOutcome and the two small
entries below), so a new column with a default needs no change here.

It writes no audit entries (services/office/audit.py): the demo and the benchmarks build an
office, nobody changes one.
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
from ..common.checks import refuse
from ..common.errors import FieldError, ValidationFailed
from ..common.validation import (
    check_day,
    check_flag,
    check_id,
    check_moment,
    check_number,
    check_typed_text,
)
from ..people.policy import guard
from .calendar import week_start
from .checks import PLANNER_DAYS, check_value, draft_values, outcome_values, validate_outcome
from .drafts import VisitDraft, VisitOutcome
from .fields import PLAN_FIELDS, draft_attribute
from .reviews import REVIEW_LIMIT
from .status import VisitStatus

# The outcome columns of a visit without a result: what a planned or cancelled one stores.
_NO_OUTCOME = outcome_values(VisitOutcome("", "", status=VisitStatus.NO_SHOW))
# The plan's described fields, checked by value (whether references exist: in sets, below).
_VALUE_FIELDS = [(spec, draft_attribute(spec)) for spec in PLAN_FIELDS]


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


COORDINATE_PLACES = 7


@dataclass(frozen=True)
class CustomerPlace:
    """A customer's coordinates for route planning, in degrees."""

    customer_id: int
    latitude: float
    longitude: float


@guard.office
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
    if not isinstance(entries, (list, tuple)):
        raise ValidationFailed([FieldError("visits", "type", {"value": type(entries).__name__})])
    errors: list[FieldError] = []
    # check_value is pure: each distinct value is checked once (generated visits repeat)
    checked: dict[str, dict[tuple[type, object], FieldError | None]] = {
        s.name: {} for s, _ in _VALUE_FIELDS
    }
    for index, entry in enumerate(entries):
        where = f"visits.{index}"
        if not isinstance(entry, VisitEntry) or not isinstance(entry.plan, VisitDraft):
            errors.append(FieldError(where, "type", {"value": type(entry).__name__}))
            continue
        plan = entry.plan
        for spec, attribute in _VALUE_FIELDS:
            value = getattr(plan, attribute)
            if isinstance(value, _MEMO_TYPES):
                seen = checked[spec.name]
                key = (type(value), value)
                if key not in seen:
                    seen[key] = check_value(spec, value)
                error = seen[key]
            else:
                error = check_value(spec, value)
            if error is not None:
                errors.append(FieldError(f"{where}.{error.field}", error.code, error.params))
        if plan.id is not None:
            errors.append(FieldError(f"{where}.id", "not_found", {"value": plan.id}))
        start_error = any(e.field == f"{where}.start" for e in errors)
        if entry.outcome is not None:
            day = None if start_error else plan.start.date()
            errors += [
                FieldError(f"{where}.{e.field}", e.code, e.params)
                for e in validate_outcome(entry.outcome, day)
            ]
        errors += _entry_errors(where, entry, len(entries))
    if errors:
        raise ValidationFailed(errors)
    _check_visit_references(entries)


_MEMO_TYPES = (str, int, dt.datetime)


def _entry_errors(where: str, entry: VisitEntry, count: int) -> list[FieldError]:
    """An entry's own values: a flag, a time, the index of its follow-up."""
    errors = [
        e
        for e in (
            check_flag(f"{where}.cancelled", entry.cancelled),
            check_moment(f"{where}.completed_at", entry.completed_at, required=False),
        )
        if e is not None
    ]
    follow_up = entry.follow_up
    if follow_up is not None:
        if isinstance(follow_up, bool) or not isinstance(follow_up, int):
            errors.append(FieldError(f"{where}.follow_up", "type"))
        elif not 0 <= follow_up < count:
            errors.append(FieldError(f"{where}.follow_up", "not_found", {"value": follow_up}))
    if entry.cancelled and entry.outcome is not None:
        errors.append(FieldError(f"{where}.cancelled", "choice", {"value": True}))
    return errors


def _check_visit_references(entries: Sequence[VisitEntry]) -> None:
    """Customers, reps and contacts (each the visited customer's) in a few set queries."""
    errors: list[FieldError] = []
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


@guard.office
def add_week_reviews(actor: Person, reviews: Sequence[WeekReviewEntry]) -> None:
    """Store week reviews in one transaction (each week's Monday; one per rep and week).

    Values are checked as `save_week_review` checks them, reps must exist and a rep's week
    may have only one review; a refused one raises ValidationFailed ("reviews.N." prefixed)
    and nothing is written.
    """
    _check_reviews(reviews)
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


def _check_reviews(reviews: Sequence[WeekReviewEntry]) -> None:
    """Each entry's values, its rep, and one review per rep and week (in the call and in
    the database)."""
    if not isinstance(reviews, (list, tuple)):
        raise ValidationFailed([FieldError("reviews", "type", {"value": type(reviews).__name__})])
    errors: list[FieldError] = []
    for index, entry in enumerate(reviews):
        where = f"reviews.{index}"
        if not isinstance(entry, WeekReviewEntry):
            errors.append(FieldError(where, "type", {"value": type(entry).__name__}))
            continue
        errors += [
            e
            for e in (
                check_id(f"{where}.rep", entry.rep_id),
                check_day(f"{where}.week_start", entry.week_start, span=PLANNER_DAYS),
                check_typed_text(f"{where}.review", entry.review, REVIEW_LIMIT, True),
                check_typed_text(f"{where}.plan_notes", entry.plan_notes, REVIEW_LIMIT, True),
            )
            if e is not None
        ]
    if errors:
        raise ValidationFailed(errors)
    reps = _existing(User, {r.rep_id for r in reviews})
    weeks = [(r.rep_id, week_start(r.week_start)) for r in reviews]
    stored = set(
        tuple_rows(
            WeekReview.select(WeekReview.rep, WeekReview.week_start).where(
                WeekReview.rep.in_(sorted(reps) or [0]),
                WeekReview.week_start.in_(sorted({w for _, w in weeks})),
            )
        )
    )
    stored = {(int(rep), _as_day(day)) for rep, day in stored}
    seen: set[tuple[int, dt.date]] = set()
    for index, (rep, week) in enumerate(weeks):
        if rep not in reps:
            errors.append(FieldError(f"reviews.{index}.rep", "not_found", {"value": rep}))
        elif (rep, week) in stored or (rep, week) in seen:
            errors.append(FieldError(f"reviews.{index}.week_start", "duplicate"))
        seen.add((rep, week))
    if errors:
        raise ValidationFailed(errors)


def _as_day(value: object) -> dt.date:
    """A date column's value (SQLite may hand back text)."""
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


@guard.office
def add_customer_places(actor: Person, places: Sequence[CustomerPlace]) -> None:
    """Store customers' coordinates in one transaction; a customer that has some keeps them
    (and of two for one customer in the call, the first is kept).

    Customers must exist and coordinates be finite degrees (latitude -90..90, longitude
    -180..180): ValidationFailed ("places.N.") otherwise, nothing written. Degrees are
    stored to COORDINATE_PLACES decimals (a centimetre; a far smaller number, say 1e-300,
    would underflow PostgreSQL's REAL column).
    """
    _check_places(places)
    now = utcnow()
    with write_transaction():
        insert_records(
            CustomerGeo,
            [
                {
                    "customer": p.customer_id,
                    "latitude": round(p.latitude, COORDINATE_PLACES),
                    "longitude": round(p.longitude, COORDINATE_PLACES),
                    "created_at": now,
                    "updated_at": now,
                }
                for p in places
            ],
            returning=False,
            ignore_conflicts=True,
        )


def _check_places(places: Sequence[CustomerPlace]) -> None:
    if not isinstance(places, (list, tuple)):
        raise ValidationFailed([FieldError("places", "type", {"value": type(places).__name__})])
    errors: list[FieldError] = []
    for index, place in enumerate(places):
        where = f"places.{index}"
        if not isinstance(place, CustomerPlace):
            errors.append(FieldError(where, "type", {"value": type(place).__name__}))
            continue
        errors += [
            e
            for e in (
                check_id(f"{where}.customer", place.customer_id),
                check_number(f"{where}.latitude", place.latitude, -90, 90),
                check_number(f"{where}.longitude", place.longitude, -180, 180),
            )
            if e is not None
        ]
    if errors:
        raise ValidationFailed(errors)
    known = _existing(Customer, {p.customer_id for p in places})
    refuse(
        FieldError(f"places.{index}.customer", "not_found", {"value": p.customer_id})
        for index, p in enumerate(places)
        if p.customer_id not in known
    )
