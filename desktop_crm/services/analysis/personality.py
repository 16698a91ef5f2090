"""Personality type (顾客类型分析, DOMAIN.md §5): two ratings give one of four types.

The rep rates expressiveness (表达度) and emotionality (情感度) from 1 to 4. There is no middle
on purpose: 1-2 is low, 3-4 is high, so every rating points one way. Texts are English source
strings in the "Personality" translation context.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

import peewee as pw

from ...i18n import QT_TRANSLATE_NOOP
from ...models.assessments import PersonalityRating
from ...models.core import Customer, User
from ...models.db import tuple_rows, write_transaction
from ..common.acting import Person, internal, rule
from ..common.checks import check_reference, refuse
from ..common.errors import FieldError
from ..common.validation import check_day, check_id, check_typed_text
from ..office import audit
from ..people.policy import (
    guard,
    require_customers,
    sees_every_customer,
    visible_customer_ids,
)

SCALE: tuple[int, ...] = (1, 2, 3, 4)
HIGH_FROM = 3

SCALE_LABELS: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("Personality", "Very low"),
    2: QT_TRANSLATE_NOOP("Personality", "Rather low"),
    3: QT_TRANSLATE_NOOP("Personality", "Rather high"),
    4: QT_TRANSLATE_NOOP("Personality", "Very high"),
}
AXIS_HINTS: dict[str, str] = {
    "expressiveness": QT_TRANSLATE_NOOP(
        "Personality", "Expressiveness: talks fast and loud, takes the lead, shows opinions"
    ),
    "emotionality": QT_TRANSLATE_NOOP(
        "Personality", "Emotionality: shows feelings, values people and relations over facts"
    ),
}


class PersonalityType(StrEnum):
    DOMINANT = "dominant"
    EXPRESSIVE = "expressive"
    AMIABLE = "amiable"
    ANALYTICAL = "analytical"


TYPE_LABELS: dict[PersonalityType, str] = {
    PersonalityType.DOMINANT: QT_TRANSLATE_NOOP("Personality", "Dominant (driver)"),
    PersonalityType.EXPRESSIVE: QT_TRANSLATE_NOOP("Personality", "Expressive"),
    PersonalityType.AMIABLE: QT_TRANSLATE_NOOP("Personality", "Amiable"),
    PersonalityType.ANALYTICAL: QT_TRANSLATE_NOOP("Personality", "Analytical"),
}
TYPE_ADVICE: dict[PersonalityType, str] = {
    PersonalityType.DOMINANT: QT_TRANSLATE_NOOP(
        "Personality",
        "Be brief and to the point. Come prepared, talk about results and give two or three "
        "options so they can decide. Do not chat or lose their time.",
    ),
    PersonalityType.EXPRESSIVE: QT_TRANSLATE_NOOP(
        "Personality",
        "Be warm and lively. Talk about ideas, people and recognition, let them talk. Confirm "
        "the details in writing afterwards, they forget them.",
    ),
    PersonalityType.AMIABLE: QT_TRANSLATE_NOOP(
        "Personality",
        "Build trust first and do not push. Be personal and patient, show that others like "
        "them use it, offer guarantees and help them decide step by step.",
    ),
    PersonalityType.ANALYTICAL: QT_TRANSLATE_NOOP(
        "Personality",
        "Bring facts, figures and documents. Be exact and orderly, answer questions in detail, "
        "give them time to think and never exaggerate.",
    ),
}


@rule
def personality_type(expressiveness: int, emotionality: int) -> PersonalityType:
    """§5: high/low expressiveness × high/low emotionality."""
    for value in (expressiveness, emotionality):
        if value not in SCALE:
            raise ValueError(f"rating must be 1-4, not {value!r}")
    expressive = expressiveness >= HIGH_FROM
    emotional = emotionality >= HIGH_FROM
    if expressive:
        return PersonalityType.EXPRESSIVE if emotional else PersonalityType.DOMINANT
    return PersonalityType.AMIABLE if emotional else PersonalityType.ANALYTICAL


NOTE_LIMIT = 500  # the note column's length


@internal
def rating_errors(prefix: str, expressiveness: object, emotionality: object) -> list[FieldError]:
    """The two ratings, each a whole number of SCALE (a bool or 3.0 is refused)."""
    errors = []
    for name, value in (("expressiveness", expressiveness), ("emotionality", emotionality)):
        if isinstance(value, bool) or not isinstance(value, int):
            errors.append(FieldError(prefix + name, "type", {"value": type(value).__name__}))
        elif value not in SCALE:
            errors.append(FieldError(prefix + name, "choice", {"value": value}))
    return errors


@dataclass(frozen=True)
class PersonalityView:
    type: PersonalityType
    expressiveness: int
    emotionality: int
    rated_on: dt.date
    rated_by: str
    note: str


@guard.customer()
def rate_personality(
    actor: Person,
    customer_id: int,
    expressiveness: int,
    emotionality: int,
    rated_on: dt.date | None = None,
    note: str = "",
) -> PersonalityView:
    """Store a new rating (older ones stay as history); the latest counts.

    Ratings must be whole numbers 1-4, the day a date (None: today), the note text of at most
    NOTE_LIMIT characters (stored stripped), the customer one that exists: ValidationFailed
    names the argument otherwise, and nothing is written.
    """
    refuse(
        [
            check_id("customer", customer_id),
            *rating_errors("", expressiveness, emotionality),
            check_day("rated_on", rated_on, required=False),
            check_typed_text("note", note, NOTE_LIMIT, False),
        ]
    )
    refuse([check_reference("customer", Customer, customer_id)])
    with write_transaction():
        rating = PersonalityRating.create(
            customer=customer_id,
            expressiveness=expressiveness,
            emotionality=emotionality,
            rated_on=rated_on or dt.date.today(),
            rated_by=actor.id,
            note=note.strip(),
        )
        logged = ("expressiveness", "emotionality", "rated_on", "note")
        audit.record_created(actor, audit.Entity.PERSONALITY, PersonalityRating, rating.id, logged)
    view = latest_personality(actor, customer_id)
    assert view is not None
    return view


@guard.customer()
def latest_personality(actor: Person, customer_id: int) -> PersonalityView | None:
    row = (
        PersonalityRating.select(PersonalityRating, User.name.alias("by_name"))
        .join(User, on=(PersonalityRating.rated_by == User.id), join_type=pw.JOIN.LEFT_OUTER)
        .where(PersonalityRating.customer == customer_id)
        .order_by(PersonalityRating.rated_on.desc(), PersonalityRating.id.desc())
        .dicts()
        .first()
    )
    if row is None:
        return None
    return PersonalityView(
        personality_type(row["expressiveness"], row["emotionality"]),
        int(row["expressiveness"]),
        int(row["emotionality"]),
        row["rated_on"],
        str(row["by_name"] or ""),
        str(row["note"]),
    )


@guard.scoped
def latest_types(
    actor: Person, customer_ids: list[int] | None = None
) -> dict[int, PersonalityType]:
    """Each customer's current type (for lists, visit sheets and the portfolio)."""
    query = PersonalityRating.select(
        PersonalityRating.customer,
        PersonalityRating.expressiveness,
        PersonalityRating.emotionality,
    ).order_by(PersonalityRating.customer, PersonalityRating.rated_on, PersonalityRating.id)
    if customer_ids is not None:
        require_customers(actor, customer_ids)
        query = query.where(PersonalityRating.customer.in_(customer_ids))
    elif not sees_every_customer(actor):
        query = query.where(PersonalityRating.customer.in_(visible_customer_ids(actor)))
    result: dict[int, PersonalityType] = {}
    for cid, expressiveness, emotionality in tuple_rows(query):
        result[int(cid)] = personality_type(expressiveness, emotionality)
    return result


@guard.customer("customer_ids")
def advice_for(actor: Person, customer_ids: list[int]) -> dict[int, tuple[str, str]]:
    """(type label, advice) per rated customer, as English source texts in the "Personality"
    translation context: what a visit sheet prints beside each customer."""
    return {
        cid: (TYPE_LABELS[t], TYPE_ADVICE[t])
        for cid, t in latest_types(actor, customer_ids).items()
    }
