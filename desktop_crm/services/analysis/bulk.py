"""Many assessments, personality ratings and manual tiers at once: the demo office's path.

Each call is one transaction of batched inserts, the database allocating the ids. Values come
from the services' own dataclasses by field name (AssessmentDraft and its Answers, and the
small entries below), checked by the rules the single writes use.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from ...models.assessments import Assessment, AssessmentAnswer, PersonalityRating
from ...models.core import Customer
from ...models.db import tuple_rows, utcnow, write_transaction
from ..common.acting import Person
from ..common.bulk import insert_records
from ..common.errors import FieldError, ValidationFailed
from ..common.validation import clean_value
from ..customers.fields import FIELDS_BY_NAME
from . import questionnaires as qn
from .assessments import AssessmentDraft, _check, _ratings, score_assessment
from .personality import SCALE
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


def add_assessments(actor: Person, entries: Sequence[AssessmentEntry]) -> list[int]:
    """Store assessments with their answers and both scores in one transaction; returns the
    ids in entry order.

    Each draft is checked and scored as `save_assessment` does it (a refused one raises
    ValidationFailed, "assessments.N." prefixed, and nothing is written).
    """
    versions: dict[int | None, dict[str, Questionnaire]] = {}
    scored = []
    errors: list[FieldError] = []
    for index, entry in enumerate(entries):
        draft = entry.draft
        intent = _questionnaire(actor, versions, "intent", draft.intent_version_id)
        quality = _questionnaire(actor, versions, "quality", draft.quality_version_id)
        try:
            _check(draft, intent, quality)
        except ValidationFailed as refused:
            errors += [
                dataclasses.replace(e, field=f"assessments.{index}.{e.field}")
                for e in refused.errors
            ]
        scored.append((intent, quality))
    if errors:
        raise ValidationFailed(errors)
    now = utcnow()
    with write_transaction():
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
    cache: dict[int | None, dict[str, Questionnaire]],
    key: str,
    version_id: int | None,
) -> Questionnaire:
    """The version asked for (None: the current one), read once per call."""
    found = cache.setdefault(version_id, {})
    if key not in found:
        found[key] = qn.version(actor, version_id) if version_id else qn.current(actor, key)
    return found[key]


def add_personality_ratings(actor: Person, ratings: Sequence[PersonalityEntry]) -> None:
    """Store personality ratings in one transaction (older ones stay as history).

    Ratings outside 1-4 or of unknown customers raise ValidationFailed ("ratings.N."
    prefixed) and nothing is written.
    """
    known = _known_customers({r.customer_id for r in ratings})
    errors = [
        FieldError(f"ratings.{index}.{name}", "choice", {"value": value})
        for index, r in enumerate(ratings)
        for name, value in (("expressiveness", r.expressiveness), ("emotionality", r.emotionality))
        if value not in SCALE
    ] + [
        FieldError(f"ratings.{index}.customer", "not_found", {"value": r.customer_id})
        for index, r in enumerate(ratings)
        if r.customer_id not in known
    ]
    if errors:
        raise ValidationFailed(errors)
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
                    "note": r.note.strip()[:500],
                    "created_at": now,
                    "updated_at": now,
                }
                for r in ratings
            ],
            returning=False,
        )


def set_manual_tiers(actor: Person, tiers: Sequence[ManualTier]) -> None:
    """Set tiers by hand in one transaction; each customer's version moves on.

    Tier and reason are checked against the customer field description (ValidationFailed,
    "tiers.N." prefixed, nothing written).
    """
    errors: list[FieldError] = []
    cleaned = []
    for index, entry in enumerate(tiers):
        values = {}
        for name, raw in (("tier_manual", entry.tier), ("tier_reason", entry.reason)):
            value, error = clean_value(FIELDS_BY_NAME[name], raw, key=f"tiers.{index}.{name}")
            if error:
                errors.append(error)
            values[name] = value
        cleaned.append(values)
    known = _known_customers({t.customer_id for t in tiers})
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


def _known_customers(ids: set[int]) -> set[int]:
    wanted = sorted(ids)
    found: set[int] = set()
    for start in range(0, len(wanted), 5000):
        query = Customer.select(Customer.id).where(Customer.id.in_(wanted[start : start + 5000]))
        found |= {int(i) for (i,) in tuple_rows(query)}
    return found
