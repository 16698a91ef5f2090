"""Satisfaction and relationship surveys (DOMAIN.md §7, issue 13 item 4), Qt-free.

**Templates.** The two surveys are questionnaire templates stored and versioned like the
state analysis's (services/analysis/questionnaires.py, resources/questionnaires/
satisfaction.json and relationship.json; schema step 71 stores them): "satisfaction" holds
weighted indicators answered on 满意 100 / 较满意 80 / 一般 60 / 较不满意 40 / 不满意 20;
"relationship" the fifteen statements of [001 §87], answered from 非常同意 (5) to 非常不同意 (1),
statement 13 worded the other way round.

**Scoring** (`survey_score`): each answered item scores its level's points (satisfaction: the
level itself; relationship: (agreement - 1) × 25, so 0-100), a reverse-scored item the points
of the mirrored level (非常同意 ↔ 非常不同意); the score is the weighted mean over the answered
items. The satisfaction index of a survey is that score, and the survey counts as satisfied
when it is at least the office's SURVEY_SATISFIED_FROM (80 unless set); `Survey.score` and
`Survey.satisfied` are stored when saved (a relationship survey's `satisfied` is None).

**Figures** (`survey_figures`): over a period's satisfaction surveys the satisfaction index is
the mean score, the satisfaction rate satisfied surveys / all × 100 (the owner's key figure
counts the same rows: kind "satisfaction", Survey.satisfied); the relationship figure is the
mean relationship score. Whole period, per rep (the rep stored with each survey: the
customer's rep when surveyed) and per customer.

A rep sees and enters surveys of the customers they see (their own and the pool): the guards
here, and row security on PostgreSQL. Every save and delete is in the audit log.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from ...models.aftersale import RELATIONSHIP, SATISFACTION, SURVEY_KINDS, Survey
from ...models.core import Contact, Customer, User
from ...models.db import utcnow, write_transaction
from ..analysis import questionnaires as qn
from ..analysis.questionnaires import Questionnaire
from ..common.acting import Person, rule
from ..common.checks import check_reference, refuse
from ..common.errors import FieldError, NotFoundError, PermissionDenied
from ..common.locking import versioned_delete, versioned_update
from ..common.settings import SURVEY_SATISFIED_FROM, read_setting
from ..common.validation import (
    check_choice,
    check_day,
    check_id,
    check_int,
    check_typed_text,
    check_version,
)
from ..office import audit
from ..owner.figures import Period
from ..people.policy import (
    customer_owner,
    guard,
    is_office,
    require_customer,
    require_rep,
    require_surveys,
    visible_customers,
)

KINDS = SURVEY_KINDS  # "satisfaction", "relationship"
SATISFACTION_KIND, RELATIONSHIP_KIND = SATISFACTION, RELATIONSHIP
SURVEY = audit.Entity.SURVEY.value
NOTES_LIMIT = 2000
_ORDER = (
    "customer", "contact", "kind", "surveyed_on", "rep", "template_version_id", "answers",
    "score", "satisfied", "notes",
)  # fmt: skip


@dataclass
class SurveyDraft:
    """A survey as the dialog hands it in (`id` None: a new one). `answers` maps an item id
    of the kind's template to a level of its scale; items left out are not answered."""

    customer_id: int
    kind: str
    answers: dict[str, int] = field(default_factory=dict)
    surveyed_on: dt.date | None = None  # None: today
    contact_id: int | None = None
    notes: str = ""
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class SurveyRecord:
    """A stored survey with the names the screens show."""

    id: int
    version: int
    customer_id: int
    customer_name: str
    contact_id: int | None
    contact_name: str
    kind: str
    surveyed_on: dt.date
    rep_id: int | None
    rep_name: str
    template_version_id: int
    answers: dict[str, int]
    score: float | None
    satisfied: bool | None
    entered_by_id: int | None
    notes: str

    def draft(self) -> SurveyDraft:
        """The draft an edit starts from."""
        return SurveyDraft(
            customer_id=self.customer_id,
            kind=self.kind,
            answers=dict(self.answers),
            surveyed_on=self.surveyed_on,
            contact_id=self.contact_id,
            notes=self.notes,
            id=self.id,
            version=self.version,
        )


@dataclass(frozen=True)
class SurveyFilter:
    """Which surveys a list shows: a kind ("" both), a rep (the rep stored with the survey;
    a rep always sees only their own customers'), surveyed within [date_from, date_to]."""

    kind: str = ""
    rep_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    limit: int = 2000


@dataclass(frozen=True)
class SurveyFigures:
    """The figures of a set of surveys: satisfaction index (mean score, 0-100), satisfaction
    rate (satisfied / all satisfaction surveys × 100), the counts, the relationship mean."""

    satisfaction_count: int = 0
    satisfied_count: int = 0
    satisfaction_index: float | None = None
    satisfaction_rate: float | None = None
    relationship_count: int = 0
    relationship_mean: float | None = None

    @property
    def count(self) -> int:
        return self.satisfaction_count + self.relationship_count


@dataclass(frozen=True)
class NamedFigures:
    """The figures of one rep or one customer (`id` None: surveys without a rep)."""

    id: int | None
    name: str
    figures: SurveyFigures


@dataclass(frozen=True)
class SurveyFigureSheet:
    period: Period
    whole: SurveyFigures
    per_rep: tuple[NamedFigures, ...]
    per_customer: tuple[NamedFigures, ...]


# ---------------------------------------------------------------- the rules


@rule
def item_points(questionnaire: Questionnaire, level: int, reverse: bool) -> float | None:
    """The points (0-100) a level scores; a reverse-scored item scores the mirrored level
    (the best answer counts as the worst). None for a level not on the scale."""
    levels = [s.level for s in questionnaire.scale]
    if level not in levels:
        return None
    index = levels.index(level)
    if reverse:
        index = len(levels) - 1 - index
    return questionnaire.scale[index].points


@rule
def survey_score(questionnaire: Questionnaire, answers: Mapping[str, int]) -> float | None:
    """The weighted mean of the answered items' points (0-100); None when none is answered."""
    total = weights = 0.0
    for question in questionnaire.questions:
        if question.id not in answers:
            continue
        points = item_points(questionnaire, answers[question.id], question.reverse)
        if points is None:
            continue
        total += question.weight * points
        weights += question.weight
    return round(total / weights, 2) if weights else None


@rule
def is_satisfied(kind: str, score: float | None, satisfied_from: int) -> bool | None:
    """Whether a survey counts as satisfied in the satisfaction rate: a satisfaction survey
    scoring at least `satisfied_from`; None for a relationship survey or no score."""
    if kind != SATISFACTION or score is None:
        return None
    return score >= satisfied_from


@rule
def figures_of(rows: list[tuple[str, float | None, bool | None]]) -> SurveyFigures:
    """The figures of (kind, score, satisfied) rows; rows without a score do not count."""
    satisfaction = [(s, ok) for kind, s, ok in rows if kind == SATISFACTION and s is not None]
    relationship = [s for kind, s, _ in rows if kind == RELATIONSHIP and s is not None]
    satisfied = sum(1 for _, ok in satisfaction if ok)
    return SurveyFigures(
        satisfaction_count=len(satisfaction),
        satisfied_count=satisfied,
        satisfaction_index=(
            round(sum(s for s, _ in satisfaction) / len(satisfaction), 2) if satisfaction else None
        ),
        satisfaction_rate=round(satisfied * 100 / len(satisfaction), 2) if satisfaction else None,
        relationship_count=len(relationship),
        relationship_mean=(
            round(sum(relationship) / len(relationship), 2) if relationship else None
        ),
    )


# ---------------------------------------------------------------- reading


@guard.anyone
def template(actor: Person, kind: str) -> Questionnaire:
    """The template version new surveys of `kind` are answered against (its scale included)."""
    refuse([check_choice("kind", kind, KINDS)])
    stored = qn.current_or_default(kind)  # schema step 71 stored both: a read, even for a rep
    return stored if stored.version_id is not None else qn.current(actor, kind)


@guard.anyone
def template_version(actor: Person, version_id: int) -> Questionnaire:
    """The template version a stored survey was answered against."""
    refuse([check_id("version_id", version_id)])
    return qn.version(actor, version_id)


@guard.anyone
def satisfied_from(actor: Person) -> int:
    """The satisfaction index from which a survey counts as satisfied (the office's setting)."""
    return int(read_setting(SURVEY_SATISFIED_FROM))


def _record_query() -> Any:
    rep = User.alias("rep")
    return (
        Survey.select(
            Survey,
            Customer.name.alias("customer_name"),
            Contact.name.alias("contact_name"),
            rep.name.alias("rep_name"),
        )
        .join(Customer, on=Survey.customer == Customer.id)
        .switch(Survey)
        .join(Contact, pw.JOIN.LEFT_OUTER, on=Survey.contact == Contact.id)
        .switch(Survey)
        .join(rep, pw.JOIN.LEFT_OUTER, on=Survey.rep == rep.id)
    )


def _answers_of(text: str) -> dict[str, int]:
    try:
        loaded = json.loads(text or "{}")
    except ValueError:
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {str(k): int(v) for k, v in loaded.items() if isinstance(v, int)}


def _as_record(row: Any) -> SurveyRecord:
    def optional_id(value: Any) -> int | None:
        return None if value is None else int(value)

    return SurveyRecord(
        id=int(row.id),
        version=int(row.version),
        customer_id=int(row.customer_id),
        customer_name=str(row.customer_name or ""),
        contact_id=optional_id(row.contact_id),
        contact_name=str(getattr(row, "contact_name", "") or ""),
        kind=str(row.kind),
        surveyed_on=row.surveyed_on,
        rep_id=optional_id(row.rep_id),
        rep_name=str(getattr(row, "rep_name", "") or ""),
        template_version_id=int(row.template_version_id),
        answers=_answers_of(row.answers),
        score=None if row.score is None else float(row.score),
        satisfied=row.satisfied,
        entered_by_id=optional_id(row.entered_by_id),
        notes=str(row.notes),
    )


def _load(survey_id: int) -> SurveyRecord:
    row = _record_query().where(Survey.id == survey_id).objects().first()
    if row is None:
        raise NotFoundError(f"survey {survey_id}")
    return _as_record(row)


@guard.survey()
def load_survey(actor: Person, survey_id: int) -> SurveyRecord:
    """One survey; NotFoundError when none."""
    refuse([check_id("survey_id", survey_id)])
    return _load(survey_id)


@guard.customer()
def surveys_of(actor: Person, customer_id: int) -> list[SurveyRecord]:
    """A customer's surveys, newest first."""
    refuse([check_id("customer_id", customer_id)])
    query = _record_query().where(Survey.customer == customer_id)
    order = (Survey.surveyed_on.desc(), Survey.id.desc())
    return [_as_record(r) for r in query.order_by(*order).objects()]


def _filtered(actor: Person, which: SurveyFilter) -> Any:
    refuse([check_choice("kind", which.kind, ("", *KINDS))])
    query = _record_query().where(visible_customers(actor), Customer.deleted_at.is_null(True))
    if which.kind:
        query = query.where(Survey.kind == which.kind)
    if which.rep_id is not None:
        query = query.where(Survey.rep == require_rep(actor, which.rep_id))
    if which.date_from is not None:
        query = query.where(Survey.surveyed_on >= which.date_from)
    if which.date_to is not None:
        query = query.where(Survey.surveyed_on <= which.date_to)
    return query


@guard.scoped
def find_surveys(actor: Person, which: SurveyFilter | None = None) -> list[SurveyRecord]:
    """The surveys of the customers the actor sees (none in the trash), newest first."""
    which = which or SurveyFilter()
    query = _filtered(actor, which).order_by(Survey.surveyed_on.desc(), Survey.id.desc())
    return [_as_record(r) for r in query.limit(max(1, which.limit)).objects()]


@guard.scoped
def survey_figures(
    actor: Person, period: Period, rep_id: int | None = None, kind: str = ""
) -> SurveyFigureSheet:
    """The survey figures of `period` (days surveyed, both ends included) over the customers
    the actor sees: for the whole period, per rep and per customer (see the module's text).
    `rep_id` keeps one rep's surveys (a rep: only their own)."""
    if not isinstance(period, Period):
        refuse([FieldError("period", "type", {"value": type(period).__name__})])
    which = SurveyFilter(kind=kind, rep_id=rep_id, date_from=period.start, date_to=period.end)
    rows = [_as_record(r) for r in _filtered(actor, which).objects()]
    Fact = tuple[str, float | None, bool | None]
    reps: dict[int | None, tuple[str, list[Fact]]] = {}
    customers: dict[int, tuple[str, list[Fact]]] = {}
    facts: list[Fact] = []
    for row in rows:
        fact = (row.kind, row.score, row.satisfied)
        facts.append(fact)
        reps.setdefault(row.rep_id, (row.rep_name, []))[1].append(fact)
        customers.setdefault(row.customer_id, (row.customer_name, []))[1].append(fact)
    return SurveyFigureSheet(
        period=period,
        whole=figures_of(facts),
        per_rep=tuple(
            NamedFigures(key, name, figures_of(facts))
            for key, (name, facts) in sorted(reps.items(), key=lambda kv: kv[1][0])
        ),
        per_customer=tuple(
            NamedFigures(key, name, figures_of(facts))
            for key, (name, facts) in sorted(customers.items(), key=lambda kv: kv[1][0])
        ),
    )


# ---------------------------------------------------------------- writing


def _check_answers(questionnaire: Questionnaire, answers: object) -> list[FieldError | None]:
    if not isinstance(answers, dict):
        return [FieldError("answers", "type", {"value": type(answers).__name__})]
    if not answers:
        return [FieldError("answers", "required")]
    levels = {s.level for s in questionnaire.scale}
    known = {q.id for q in questionnaire.questions}
    errors: list[FieldError | None] = []
    for item, level in answers.items():
        if not isinstance(item, str) or item not in known:
            errors.append(FieldError(f"answers.{item}", "not_found", {"value": str(item)}))
        elif isinstance(level, bool) or not isinstance(level, int) or level not in levels:
            errors.append(FieldError(f"answers.{item}", "choice", {"value": str(level)}))
    return errors


def _questionnaire_for(actor: Person, draft: SurveyDraft) -> Questionnaire:
    """The version the draft is answered against: a new survey the kind's current one (the
    shipped file while none is stored), an edit the one it was first answered against."""
    if draft.id is None:
        return qn.current_or_default(draft.kind)
    stored = Survey.get_or_none(Survey.id == draft.id)
    if stored is None:
        raise NotFoundError(f"survey {draft.id}")
    if stored.kind != draft.kind:
        refuse([FieldError("kind", "choice", {"value": draft.kind})])
    return qn.version(actor, int(stored.template_version_id))


@guard.scoped
def save_survey(actor: Person, draft: SurveyDraft, today: dt.date | None = None) -> SurveyRecord:
    """Validate and store a survey, new or changed at `draft.version` (a stale save is a
    ConflictError and writes nothing), its score and "satisfied" computed. The customer must
    be one the actor sees; a new survey's rep is the customer's rep now, kept afterwards."""
    today = today or dt.date.today()
    errors: list[FieldError | None] = [
        check_id("customer_id", draft.customer_id),
        check_id("contact_id", draft.contact_id, required=False),
        check_version("version", draft.version),
        check_choice("kind", draft.kind, KINDS),
        check_day("surveyed_on", draft.surveyed_on, required=False),
        check_typed_text("notes", draft.notes, NOTES_LIMIT, True),
    ]
    if isinstance(draft.surveyed_on, dt.date) and draft.surveyed_on > today:
        errors.append(FieldError("surveyed_on", "future"))
    refuse(errors)
    live = Customer.select(Customer.id).where(
        Customer.id == draft.customer_id, Customer.deleted_at.is_null(True)
    )
    if not live.exists():
        refuse([FieldError("customer_id", "not_found", {"value": draft.customer_id})])
    require_customer(actor, draft.customer_id)
    if draft.id is not None:
        refuse([check_id("id", draft.id), check_reference("id", Survey, draft.id)])
        require_surveys(actor, [draft.id])
    questionnaire = _questionnaire_for(actor, draft)
    refuse(_check_answers(questionnaire, draft.answers))
    if draft.contact_id is not None:
        owner = Contact.select(Contact.customer).where(Contact.id == draft.contact_id).scalar()
        if owner != draft.customer_id:
            refuse([FieldError("contact_id", "not_found", {"value": draft.contact_id})])
    if questionnaire.version_id is None:  # the shipped file: stored as version 1 now
        questionnaire = template(actor, draft.kind)
    assert questionnaire.version_id is not None
    answers = {q.id: draft.answers[q.id] for q in questionnaire.questions if q.id in draft.answers}
    score = survey_score(questionnaire, answers)
    values: dict[str, Any] = {
        "customer": draft.customer_id,
        "contact": draft.contact_id,
        "kind": draft.kind,
        "surveyed_on": draft.surveyed_on or today,
        "template_version_id": questionnaire.version_id,
        "answers": json.dumps(answers, ensure_ascii=False),
        "score": score,
        "satisfied": is_satisfied(draft.kind, score, satisfied_from(actor)),
        "notes": draft.notes.strip(),
    }
    now = utcnow()
    with write_transaction():
        if draft.id is None:
            values["rep"] = customer_owner(draft.customer_id)
            values["entered_by"] = actor.id
            created = Survey.create(**values, created_at=now, updated_at=now)
            survey_id = int(created.id)
            audit.record_created(actor, SURVEY, Survey, survey_id, _ORDER, draft.customer_id)
        else:
            survey_id = draft.id
            before = audit.snapshot(Survey, survey_id, _ORDER)
            versioned_update(Survey, "survey", survey_id, draft.version, values, now=now)
            audit.record_change(
                actor, audit.Action.CHANGE, SURVEY, Survey, survey_id, before, order=_ORDER
            )
    return _load(survey_id)


@guard.survey()
def delete_survey(actor: Person, survey_id: int, version: int) -> None:
    """Delete a survey entered by mistake: the office any, anyone else one they entered."""
    refuse([check_id("survey_id", survey_id), check_int("version", version, 0, 2**62)])
    row = Survey.get_or_none(Survey.id == survey_id)
    if row is None:
        raise NotFoundError(f"survey {survey_id}")
    if not is_office(actor) and row.entered_by_id != actor.id:
        raise PermissionDenied(actor.name, actor.role, "delete a survey someone else entered")
    with write_transaction():
        before = audit.snapshot(Survey, survey_id, _ORDER)
        versioned_delete(Survey, "survey", survey_id, version)
        audit.record_deleted(actor, SURVEY, survey_id, before, int(row.customer_id))
