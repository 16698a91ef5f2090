"""Many assessments, personality ratings and manual tiers at once: the demo office's path.

Each call is one transaction of batched inserts, the database allocating the ids. Values come
from the services' own dataclasses by field name (AssessmentDraft and its Answers, and the
small entries below), checked by the rules the single writes use.

It writes no audit entries (services/office/audit.py): the demo builds an office, nobody
changes one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from ...models.assessments import Assessment, AssessmentAnswer, PersonalityRating
from ...models.core import Customer, User
from ...models.db import utcnow, write_transaction
from ..common.acting import Person
from ..common.bulk import insert_records
from ..common.checks import check_reference, existing_ids, refuse
from ..common.errors import FieldError, ValidationFailed
from ..common.validation import check_day, check_id, check_typed_text, clean_value
from ..customers.fields import FIELDS_BY_NAME
from ..people.policy import guard
from .assessments import (
    AssessmentDraft,
    _check,
    _ratings,
    _version,
    score_assessment,
    stored_version,
)
from .personality import NOTE_LIMIT, rating_errors
from .questionnaires import Questionnaire


@dataclass
class AssessmentEntry:
    """An assessment to store and who made it (None: the acting person)."""

    draft: AssessmentDraft
    assessed_by_id: int | None = None


@dataclass(frozen=True)
class PersonalityEntry:
    """A rep's rating of a customer's expressiveness and emotionality (1-4 each)."""

    customer_id: int
    expressiveness: int
    emotionality: int
    rated_on: dt.date
    rated_by_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class ManualTier:
    """A tier set by hand (it wins over the computed one) and why."""

    customer_id: int
    tier: str
    reason: str = ""


@guard.office
def add_assessments(actor: Person, entries: Sequence[AssessmentEntry]) -> list[int]:
    """Store assessments with their answers and both scores in one transaction; returns the
    ids in entry order.

    Each draft is checked and scored as `save_assessment` does it (a refused one raises
    ValidationFailed, "assessments.N." prefixed, and nothing is written).
    """
    _listed("assessments", entries)
    versions: dict[tuple[str, int | None], Questionnaire] = {}
    scored = []
    errors: list[FieldError] = []
    for index, entry in enumerate(entries):
        try:
            if not isinstance(entry, AssessmentEntry) or not isinstance(
                entry.draft, AssessmentDraft
            ):
                raise ValidationFailed([FieldError("draft", "type")])
            draft = entry.draft
            intent = _questionnaire(actor, versions, "intent", draft.intent_version_id)
            quality = _questionnaire(actor, versions, "quality", draft.quality_version_id)
            _check(draft, intent, quality)
            refuse([check_reference("assessed_by", User, entry.assessed_by_id, required=False)])
        except ValidationFailed as refused:
            errors += [
                dataclasses.replace(e, field=f"assessments.{index}.{e.field}")
                for e in refused.errors
            ]
            continue
        scored.append((intent, quality))
    if errors:
        raise ValidationFailed(errors)
    now = utcnow()
    with write_transaction():
        stored: dict[str, Questionnaire] = {}  # the shipped files as stored, once each

        def as_stored(q: Questionnaire) -> Questionnaire:
            if q.version_id is not None:
                return q
            return stored.setdefault(q.key, stored_version(actor, q))

        scored = [(as_stored(i), as_stored(q)) for i, q in scored]
        ids = insert_records(
            Assessment,
            [
                {
                    "customer": e.draft.customer_id,
                    "contact": e.draft.contact_id,
                    "visit_id": e.draft.visit_id,
                    "assessed_on": e.draft.assessed_on,
                    "assessed_by": e.assessed_by_id if e.assessed_by_id is not None else actor.id,
                    "intent_version": intent.version_id,
                    "quality_version": quality.version_id,
                    "intent_score": score_assessment(intent, _ratings(e.draft.intent)).value,
                    "quality_score": score_assessment(quality, _ratings(e.draft.quality)).value,
                    "notes": e.draft.notes.strip(),
                    "created_at": now,
                    "updated_at": now,
                }
                for e, (intent, quality) in zip(entries, scored, strict=True)
            ],
        )
        insert_records(
            AssessmentAnswer,
            [
                {
                    "assessment": assessment_id,
                    "questionnaire": key,
                    "question_id": qid,
                    "rating": answer.rating,
                    "note": answer.note.strip(),
                    "created_at": now,
                    "updated_at": now,
                }
                for e, assessment_id in zip(entries, ids, strict=True)
                for key, answers in (("intent", e.draft.intent), ("quality", e.draft.quality))
                for qid, answer in answers.items()
                if answer.rating is not None or answer.note.strip()
            ],
            returning=False,
        )
    return ids


def _questionnaire(
    actor: Person,
    cache: dict[tuple[str, int | None], Questionnaire],
    key: str,
    version_id: object,
) -> Questionnaire:
    """The version asked for (None: the current one), checked as `save_assessment` checks
    it, read once per call."""
    if version_id is not None and (isinstance(version_id, bool) or not isinstance(version_id, int)):
        return _version(actor, key, version_id)  # raises the type error
    wanted = (key, version_id)
    if wanted not in cache:
        cache[wanted] = _version(actor, key, version_id)
    return cache[wanted]


def _listed(name: str, entries: object) -> None:
    if not isinstance(entries, (list, tuple)):
        raise ValidationFailed([FieldError(name, "type", {"value": type(entries).__name__})])


@guard.office
def add_personality_ratings(actor: Person, ratings: Sequence[PersonalityEntry]) -> None:
    """Store personality ratings in one transaction (older ones stay as history).

    Each is checked as `rate_personality` checks it (a rater, when named, must exist);
    a refused one raises ValidationFailed ("ratings.N." prefixed) and nothing is written.
    """
    _listed("ratings", ratings)
    errors: list[FieldError] = []
    for index, r in enumerate(ratings):
        where = f"ratings.{index}."
        if not isinstance(r, PersonalityEntry):
            errors.append(FieldError(where[:-1], "type", {"value": type(r).__name__}))
            continue
        errors += [
            e
            for e in (
                check_id(where + "customer", r.customer_id),
                *rating_errors(where, r.expressiveness, r.emotionality),
                check_day(where + "rated_on", r.rated_on),
                check_id(where + "rated_by", r.rated_by_id, required=False),
                check_typed_text(where + "note", r.note, NOTE_LIMIT, False),
            )
            if e is not None
        ]
    refuse(errors)
    known = existing_ids(Customer, {r.customer_id for r in ratings})
    raters = existing_ids(User, {r.rated_by_id for r in ratings if r.rated_by_id is not None})
    refuse(
        [
            FieldError(f"ratings.{index}.customer", "not_found", {"value": r.customer_id})
            for index, r in enumerate(ratings)
            if r.customer_id not in known
        ]
        + [
            FieldError(f"ratings.{index}.rated_by", "not_found", {"value": r.rated_by_id})
            for index, r in enumerate(ratings)
            if r.rated_by_id is not None and r.rated_by_id not in raters
        ]
    )
    now = utcnow()
    with write_transaction():
        insert_records(
            PersonalityRating,
            [
                {
                    "customer": r.customer_id,
                    "expressiveness": r.expressiveness,
                    "emotionality": r.emotionality,
                    "rated_on": r.rated_on,
                    "rated_by": r.rated_by_id if r.rated_by_id is not None else actor.id,
                    "note": r.note.strip(),
                    "created_at": now,
                    "updated_at": now,
                }
                for r in ratings
            ],
            returning=False,
        )


@guard.office
def set_manual_tiers(actor: Person, tiers: Sequence[ManualTier]) -> None:
    """Set tiers by hand in one transaction; each customer's version moves on.

    Tier and reason are checked against the customer field description (ValidationFailed,
    "tiers.N." prefixed, nothing written).
    """
    _listed("tiers", tiers)
    errors: list[FieldError] = []
    cleaned = []
    for index, entry in enumerate(tiers):
        if not isinstance(entry, ManualTier):
            errors.append(FieldError(f"tiers.{index}", "type", {"value": type(entry).__name__}))
            continue
        id_error = check_id(f"tiers.{index}.customer", entry.customer_id)
        if id_error:
            errors.append(id_error)
        values = {}
        for name, raw in (("tier_manual", entry.tier), ("tier_reason", entry.reason)):
            value, error = clean_value(FIELDS_BY_NAME[name], raw, key=f"tiers.{index}.{name}")
            if error:
                errors.append(error)
            values[name] = value
        cleaned.append(values)
    refuse(errors)
    known = existing_ids(Customer, {t.customer_id for t in tiers})
    errors += [
        FieldError(f"tiers.{index}.customer", "not_found", {"value": t.customer_id})
        for index, t in enumerate(tiers)
        if t.customer_id not in known
    ]
    if errors:
        raise ValidationFailed(errors)
    now = utcnow()
    with write_transaction():
        for entry, values in zip(tiers, cleaned, strict=True):
            Customer.update(
                tier_manual=values["tier_manual"],
                tier_reason=values["tier_reason"],
                updated_at=now,
                version=Customer.version + 1,
            ).where(Customer.id == entry.customer_id).execute()
