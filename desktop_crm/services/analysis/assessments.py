"""Scoring, saving and reading customer state assessments (DOMAIN.md §4).

The scoring rules (also in docs/state-analysis.md and the in-app help):
- a rating of 1..5 counts 0, 25, 50, 75, 100 points;
- a reverse-worded question (a high rating is the unwanted answer) counts 6 - rating;
- the score is the weighted mean of the answered questions' points; an unanswered question
  is left out of both the sum and the weights, so it neither helps nor hurts;
- with no question answered there is no score (None), and the customer has no quadrant.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

import peewee as pw

from ...models.assessments import Assessment, AssessmentAnswer
from ...models.core import Contact, Customer, User
from ...models.db import dict_rows, tuple_rows, utcnow, write_transaction
from ...models.visits import Visit
from ..common.acting import Person, internal, rule
from ..common.checks import refuse
from ..common.errors import FieldError, NotFoundError, ValidationFailed
from ..common.validation import check_day, check_id, check_typed_text, shown
from ..office import audit
from ..people.policy import guard, require_customer, require_visits
from . import questionnaires as qn
from .questionnaires import Questionnaire

NOTE_LIMIT = 500  # one question's note
NOTES_LIMIT = 2000  # the assessment's overall note

RATINGS: tuple[int, ...] = (1, 2, 3, 4, 5)


@dataclass(frozen=True)
class Score:
    """A questionnaire's score 0-100 (None when nothing was answered) and how much was answered."""

    value: float | None
    answered: int
    total: int

    def text(self) -> str:
        return "–" if self.value is None else f"{self.value:.0f}"


@rule
def rating_points(rating: int, reverse: bool = False) -> float:
    """Points 0-100 of one rating; a reverse-worded question counts 6 - rating."""
    if rating not in RATINGS:
        raise ValueError(f"rating must be 1-5, not {rating!r}")
    effective = 6 - rating if reverse else rating
    return (effective - 1) * 25.0


@rule
def score_assessment(questionnaire: Questionnaire, ratings: Mapping[str, int | None]) -> Score:
    """Weighted mean of the answered questions' points; unanswered ones are left out."""
    weighted = 0.0
    weights = 0.0
    answered = 0
    for question in questionnaire.questions:
        rating = ratings.get(question.id)
        if rating is None:
            continue
        weighted += question.weight * rating_points(rating, question.reverse)
        weights += question.weight
        answered += 1
    value = weighted / weights if weights else None
    return Score(value, answered, len(questionnaire.questions))


# ---------------------------------------------------------------- plain data


@dataclass
class Answer:
    """One question's rating (1-5, None: not answered) and note (stored stripped)."""

    rating: int | None = None
    note: str = ""


@dataclass
class AssessmentDraft:
    """What the form wants stored; answers are keyed by question id per questionnaire."""

    customer_id: int
    assessed_on: dt.date
    intent: dict[str, Answer] = field(default_factory=dict)
    quality: dict[str, Answer] = field(default_factory=dict)
    contact_id: int | None = None
    visit_id: int | None = None
    notes: str = ""
    intent_version_id: int | None = None  # None: the current version
    quality_version_id: int | None = None


@dataclass(frozen=True)
class AssessmentRecord:
    id: int
    customer_id: int
    customer_name: str
    contact_id: int | None
    contact_name: str
    visit_id: int | None
    assessed_on: dt.date
    assessed_by: str
    intent: Questionnaire
    quality: Questionnaire
    intent_answers: dict[str, Answer]
    quality_answers: dict[str, Answer]
    intent_score: Score
    quality_score: Score
    notes: str

    def questionnaire(self, key: str) -> Questionnaire:
        return self.intent if key == "intent" else self.quality

    def answers(self, key: str) -> dict[str, Answer]:
        return self.intent_answers if key == "intent" else self.quality_answers


@dataclass(frozen=True)
class HistoryPoint:
    id: int
    assessed_on: dt.date
    intent: float | None
    quality: float | None
    assessed_by: str
    contact_name: str


@dataclass(frozen=True)
class ComparedAnswer:
    questionnaire: str
    question_id: str
    label: str
    left: int | None
    right: int | None
    reverse: bool = False  # in the newer version: a lower rating is the better answer


# ---------------------------------------------------------------- writes


def _ratings(answers: dict[str, Answer]) -> dict[str, int | None]:
    return {qid: a.rating for qid, a in answers.items()}


def _check_answers(key: str, q: Questionnaire, answers: object) -> list[FieldError]:
    if not isinstance(answers, dict):
        return [FieldError(key, "type", {"value": type(answers).__name__})]
    errors: list[FieldError] = []
    known = {question.id for question in q.questions}
    for qid, answer in answers.items():
        name = f"{key}.{qid}"
        if qid not in known:
            errors.append(FieldError(name, "not_found"))
        if not isinstance(answer, Answer):
            errors.append(FieldError(name, "type", {"value": type(answer).__name__}))
            continue
        elif answer.rating is not None and (
            isinstance(answer.rating, bool)
            or not isinstance(answer.rating, int)  # 3.0 is not a rating
            or answer.rating not in RATINGS
        ):
            errors.append(FieldError(name, "choice", {"value": shown(answer.rating)}))
        note_error = check_typed_text(f"{name}.note", answer.note, NOTE_LIMIT, False)
        errors += [note_error] if note_error is not None else []
    return errors


def _check(draft: AssessmentDraft, intent: Questionnaire, quality: Questionnaire) -> None:
    """Every value of the draft, with the field named: types, ranges and references."""
    refuse(
        [
            check_id("customer", draft.customer_id),
            check_id("contact", draft.contact_id, required=False),
            check_id("visit", draft.visit_id, required=False),
            check_day("assessed_on", draft.assessed_on),
            *_check_answers("intent", intent, draft.intent),
            *_check_answers("quality", quality, draft.quality),
            check_typed_text("notes", draft.notes, NOTES_LIMIT, True),
        ]
    )
    errors: list[FieldError] = []
    if not Customer.select().where(Customer.id == draft.customer_id).exists():
        errors.append(FieldError("customer", "not_found", {"value": draft.customer_id}))
    if (
        draft.contact_id is not None
        and not Contact.select()
        .where((Contact.id == draft.contact_id) & (Contact.customer == draft.customer_id))
        .exists()
    ):
        errors.append(FieldError("contact", "not_found", {"value": draft.contact_id}))
    if (
        draft.visit_id is not None
        and not Visit.select()
        .where((Visit.id == draft.visit_id) & (Visit.customer == draft.customer_id))
        .exists()
    ):
        errors.append(FieldError("visit", "not_found", {"value": draft.visit_id}))
    if errors:
        raise ValidationFailed(errors)


def _version(actor: Person, key: str, version_id: object) -> Questionnaire:
    """The questionnaire version a draft names (its current one for None: the shipped file,
    version_id None, while no version is stored yet; `stored_version` stores it)."""
    if version_id is None:
        return qn.current_or_default(key)
    error = check_id(f"{key}_version", version_id)
    if error is not None:
        raise ValidationFailed([error])
    try:
        found = qn.version(actor, version_id)  # type: ignore[arg-type]  # an id, checked
    except NotFoundError:
        found = None
    if found is None or found.key != key:
        raise ValidationFailed([FieldError(f"{key}_version", "not_found")])
    return found


@internal
def stored_version(actor: Person, questionnaire: Questionnaire) -> Questionnaire:
    """A checked version as stored: the shipped file becomes version 1 in the database."""
    if questionnaire.version_id is not None:
        return questionnaire
    return qn.current(actor, questionnaire.key)


@guard.scoped
def save_assessment(actor: Person, draft: AssessmentDraft) -> AssessmentRecord:
    """Store a new dated assessment with all its answers and both scores in one transaction.

    Every value is checked first (`_check`): ValidationFailed names the field, nothing written.
    """
    if not isinstance(draft, AssessmentDraft):
        raise ValidationFailed([FieldError("draft", "type", {"value": type(draft).__name__})])
    intent = _version(actor, "intent", draft.intent_version_id)
    quality = _version(actor, "quality", draft.quality_version_id)
    _check(draft, intent, quality)
    require_customer(actor, draft.customer_id)
    if draft.visit_id is not None:
        require_visits(actor, [draft.visit_id])
    now = utcnow()
    with write_transaction():
        intent, quality = stored_version(actor, intent), stored_version(actor, quality)
        row = Assessment.create(
            customer=draft.customer_id,
            contact=draft.contact_id,
            visit_id=draft.visit_id,
            assessed_on=draft.assessed_on,
            assessed_by=actor.id,
            intent_version=intent.version_id,
            quality_version=quality.version_id,
            intent_score=score_assessment(intent, _ratings(draft.intent)).value,
            quality_score=score_assessment(quality, _ratings(draft.quality)).value,
            notes=draft.notes.strip(),
            created_at=now,
            updated_at=now,
        )
        rows = [
            {
                "assessment": row.id,
                "questionnaire": key,
                "question_id": qid,
                "rating": answer.rating,
                "note": answer.note.strip(),
                "created_at": now,
                "updated_at": now,
            }
            for key, answers in (("intent", draft.intent), ("quality", draft.quality))
            for qid, answer in answers.items()
            if answer.rating is not None or answer.note.strip()
        ]
        if rows:
            AssessmentAnswer.insert_many(rows).execute()
        audit.record_created(actor, audit.Entity.ASSESSMENT, Assessment, int(row.id), _LOGGED)
    return load_assessment(actor, int(row.id))


# What the audit log keeps of an assessment (its answers are in the assessment itself).
_LOGGED = ("assessed_on", "intent_score", "quality_score", "notes")


@guard.assessment()
def delete_assessment(actor: Person, assessment_id: int) -> None:
    """Delete an assessment with its answers (one already gone: nothing happens); an id that
    is not one is ValidationFailed on `assessment_id`."""
    error = check_id("assessment_id", assessment_id)
    if error is not None:
        raise ValidationFailed([error])
    with write_transaction():
        before = audit.snapshot(Assessment, assessment_id, ("customer", *_LOGGED))
        AssessmentAnswer.delete().where(AssessmentAnswer.assessment == assessment_id).execute()
        if Assessment.delete().where(Assessment.id == assessment_id).execute():
            customer = before.pop("customer", None)
            audit.record_deleted(actor, audit.Entity.ASSESSMENT, assessment_id, before, customer)


# ---------------------------------------------------------------- reads


@guard.assessment()
def load_assessment(actor: Person, assessment_id: int) -> AssessmentRecord:
    """An assessment with the questionnaire versions it was answered against, rescored."""
    row = Assessment.get_or_none(Assessment.id == assessment_id)
    if row is None:
        raise NotFoundError(assessment_id)
    intent = qn.version(actor, row.intent_version_id)
    quality = qn.version(actor, row.quality_version_id)
    answers: dict[str, dict[str, Answer]] = {"intent": {}, "quality": {}}
    for a in AssessmentAnswer.select().where(AssessmentAnswer.assessment == assessment_id):
        answers.setdefault(a.questionnaire, {})[a.question_id] = Answer(a.rating, a.note)
    customer = Customer.get_by_id(row.customer_id)
    contact = Contact.get_or_none(Contact.id == row.contact_id) if row.contact_id else None
    by = User.get_or_none(User.id == row.assessed_by_id) if row.assessed_by_id else None
    return AssessmentRecord(
        id=int(row.id),
        customer_id=int(row.customer_id),
        customer_name=str(customer.name),
        contact_id=row.contact_id,
        contact_name=str(contact.name) if contact else "",
        visit_id=row.visit_id,
        assessed_on=row.assessed_on,
        assessed_by=str(by.name) if by else "",
        intent=intent,
        quality=quality,
        intent_answers=answers["intent"],
        quality_answers=answers["quality"],
        intent_score=score_assessment(intent, _ratings(answers["intent"])),
        quality_score=score_assessment(quality, _ratings(answers["quality"])),
        notes=str(row.notes),
    )


@guard.customer()
def history(actor: Person, customer_id: int) -> list[HistoryPoint]:
    """Every assessment of a customer, oldest first (the trend chart's points)."""
    query = (
        Assessment.select(Assessment, User.name.alias("by_name"), Contact.name.alias("c_name"))
        .join(User, on=(Assessment.assessed_by == User.id), join_type=pw.JOIN.LEFT_OUTER)
        .switch(Assessment)
        .join(Contact, on=(Assessment.contact == Contact.id), join_type=pw.JOIN.LEFT_OUTER)
        .where(Assessment.customer == customer_id)
        .order_by(Assessment.assessed_on, Assessment.id)
    )
    return [
        HistoryPoint(
            int(r["id"]),
            r["assessed_on"],
            r["intent_score"],
            r["quality_score"],
            r["by_name"] or "",
            r["c_name"] or "",
        )
        for r in dict_rows(query)
    ]


@guard.customer()
def latest_assessment_id(actor: Person, customer_id: int) -> int | None:
    points = history(actor, customer_id)
    return points[-1].id if points else None


@guard.assessment("left_id", "right_id")
def compare(actor: Person, left_id: int, right_id: int, lang: str) -> list[ComparedAnswer]:
    """Two assessments question by question; a question only one version has shows a blank."""
    left, right = load_assessment(actor, left_id), load_assessment(actor, right_id)
    rows: list[ComparedAnswer] = []
    for key in qn.QUESTIONNAIRE_KEYS:
        seen: set[str] = set()
        for source in (right.questionnaire(key), left.questionnaire(key)):
            for q in source.questions:
                if q.id in seen:
                    continue
                seen.add(q.id)
                rows.append(
                    ComparedAnswer(
                        key,
                        q.id,
                        q.label(lang),
                        left.answers(key).get(q.id, Answer()).rating,
                        right.answers(key).get(q.id, Answer()).rating,
                        q.reverse,
                    )
                )
    return rows


@guard.customer()
def visit_choices(
    actor: Person, customer_id: int, limit: int = 20
) -> list[tuple[int, dt.datetime, str]]:
    """Recent visits of a customer an assessment can be linked to: (id, start, matter).

    Empty when the visit planner is not installed.
    """
    try:
        from ...models.visits import Visit
        from ..visits.status import VisitStatus
    except ImportError:
        return []
    query = (
        Visit.select(Visit.id, Visit.start, Visit.matter)
        .where(Visit.customer == customer_id, Visit.status != VisitStatus.CANCELLED)
        .order_by(Visit.start.desc())
        .limit(limit)
    )
    return [(int(i), start, str(matter or "")) for i, start, matter in tuple_rows(query)]
