"""Questionnaire templates (DOMAIN.md §4): the shipped defaults, their versions and edits.

The files in resources/questionnaires are the defaults; the database holds the versions in use.
An edit never changes a stored version: it stores a new one and makes it current, so every
saved assessment keeps the exact questions, anchors and weights it was answered against.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field, replace
from typing import Any

from ...models.assessments import QuestionnaireTemplate, TemplateVersion
from ...models.db import utcnow, write_transaction
from ...paths import resources_dir
from ..common.acting import Person, internal, rule
from ..common.errors import FieldError, NotFoundError, ValidationFailed
from ..common.validation import check_text, check_typed_text
from ..people.policy import guard

QUESTIONNAIRE_KEYS: tuple[str, ...] = ("intent", "quality")
# The after-sale surveys' templates (DOMAIN.md §7, services/aftersale/surveys.py): stored and
# versioned like the state analysis's, answered on the scale each file declares.
SURVEY_KEYS: tuple[str, ...] = ("satisfaction", "relationship")
TEMPLATE_KEYS: tuple[str, ...] = QUESTIONNAIRE_KEYS + SURVEY_KEYS
LANGS: tuple[str, ...] = ("zh_CN", "zh_TW", "en")
ANCHOR_RATINGS: tuple[int, ...] = (1, 3, 5)


@rule
def text_in(texts: dict[str, str], lang: str) -> str:
    """The text in `lang`, else the nearest language that has one."""
    fallbacks = {"zh_TW": ("zh_TW", "zh_CN", "en"), "zh_CN": ("zh_CN", "zh_TW", "en")}
    for candidate in fallbacks.get(lang, (lang, "en", "zh_CN", "zh_TW")):
        if texts.get(candidate, "").strip():
            return texts[candidate]
    return next((t for t in texts.values() if t.strip()), "")


@dataclass(frozen=True)
class Question:
    """One question: its text and the meaning of ratings 1, 3 and 5, per language."""

    id: str
    text: dict[str, str]
    anchors: dict[int, dict[str, str]] = field(default_factory=dict)
    weight: float = 1.0
    reverse: bool = False  # worded so that a high rating is the unwanted answer

    def label(self, lang: str) -> str:
        return text_in(self.text, lang)

    def anchor(self, rating: int, lang: str) -> str:
        return text_in(self.anchors.get(rating, {}), lang)


@dataclass(frozen=True)
class ScaleLevel:
    """One answer of a survey's scale: the level stored, the points it scores (0-100) and
    its words per language (满意 100, …; 非常同意 5 → 100, …)."""

    level: int
    points: float
    text: dict[str, str]

    def label(self, lang: str) -> str:
        return text_in(self.text, lang)


@dataclass(frozen=True)
class Questionnaire:
    """One version of a questionnaire. `version_id` is None for the shipped file itself."""

    key: str
    number: int
    title: dict[str, str]
    questions: tuple[Question, ...]
    version_id: int | None = None
    scale: tuple[ScaleLevel, ...] = ()  # the surveys' answers, best first (none: 1-5 ratings)

    def title_in(self, lang: str) -> str:
        return text_in(self.title, lang)

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)


class TemplateError(ValidationFailed):
    """A template edit that cannot be stored (no questions, a bad weight, a blank text).

    `code` (no_questions, duplicate_id, weight, no_text, control_char, type, not_found,
    too_long) and `question_id` let the UI say it in the user's language; as a
    ValidationFailed it names the field too (`questions.3.weight`, `key`, `note`).
    """

    def __init__(
        self, message: str, code: str = "", question_id: str = "", field: str = "questions"
    ) -> None:
        super().__init__([FieldError(field, code, {"question_id": question_id})])
        self.message = message
        self.code = code
        self.question_id = question_id

    def __str__(self) -> str:
        return self.message


# ---------------------------------------------------------------- JSON <-> dataclasses


@rule
def parse_content(
    key: str, content: dict[str, Any], number: int = 1, version_id: int | None = None
) -> Questionnaire:
    questions = tuple(
        Question(
            id=str(q["id"]),
            text=dict(q["text"]),
            anchors={int(r): dict(t) for r, t in q.get("anchors", {}).items()},
            weight=float(q.get("weight", 1.0)),
            reverse=bool(q.get("reverse", False)),
        )
        for q in content["questions"]
    )
    scale = tuple(
        ScaleLevel(int(s["level"]), float(s["points"]), dict(s["text"]))
        for s in content.get("scale", ())
    )
    return Questionnaire(key, number, dict(content.get("title", {})), questions, version_id, scale)


@rule
def to_content(questionnaire: Questionnaire) -> dict[str, Any]:
    questions = []
    for q in questionnaire.questions:
        item: dict[str, Any] = {
            "id": q.id,
            "text": q.text,
            "anchors": {str(r): t for r, t in sorted(q.anchors.items())},
            "weight": q.weight,
        }
        if q.reverse:
            item["reverse"] = True
        questions.append(item)
    content: dict[str, Any] = {
        "key": questionnaire.key,
        "title": questionnaire.title,
        "questions": questions,
    }
    if questionnaire.scale:
        content["scale"] = [
            {"level": s.level, "points": s.points, "text": s.text} for s in questionnaire.scale
        ]
    return content


@internal
def load_default(key: str) -> Questionnaire:
    """The shipped template file for `key`."""
    if key not in TEMPLATE_KEYS:
        raise NotFoundError(key)
    path = resources_dir() / "questionnaires" / f"{key}.json"
    return parse_content(key, json.loads(path.read_text(encoding="utf-8")))


MAX_WEIGHT = 100.0
NOTE_LIMIT = 200  # what changed, in a few words


TEXT_LIMIT = 1000  # a question's, an anchor's or the title's text in one language
QUESTION_ID_LIMIT = 60  # the answers' question_id column


@rule
def validate(questionnaire: Questionnaire) -> None:
    """Raise TemplateError for the first thing that cannot be stored, naming its field."""
    if not isinstance(questionnaire, Questionnaire):
        raise TemplateError("not a questionnaire", "type", field="edited")
    if questionnaire.key not in QUESTIONNAIRE_KEYS:
        raise TemplateError("no such questionnaire", "not_found", field="key")
    if not _texts_ok(questionnaire.title):
        raise TemplateError("the title is not text in each language", "control_char", field="title")
    questions = questionnaire.questions
    if not isinstance(questions, (tuple, list)):
        raise TemplateError("the questions are not a list", "type")
    if not questions:
        raise TemplateError("a questionnaire needs at least one question", "no_questions")
    for index, q in enumerate(questions):
        _validate_question(index, q)
    ids = [q.id for q in questions]
    if len(set(ids)) != len(ids):
        raise TemplateError("question ids must be unique", "duplicate_id")


def _validate_question(index: int, q: object) -> None:
    where = f"questions.{index}"
    if not isinstance(q, Question):
        raise TemplateError(f"{where}: not a question", "type", field=where)
    if not isinstance(q.id, str) or not q.id.strip():
        raise TemplateError(f"{where}: the question has no id", "type", field=f"{where}.id")
    if check_text("id", q.id, QUESTION_ID_LIMIT, False):
        raise TemplateError(f"{where}: a bad id", "control_char", q.id, f"{where}.id")
    # "inf" parses as a float and would turn every score into NaN
    weight = q.weight
    if (
        isinstance(weight, bool)
        or not isinstance(weight, (int, float))
        or not math.isfinite(weight)
        or not 0 < weight <= MAX_WEIGHT
    ):
        raise TemplateError(
            f"{q.id}: the weight must be above 0 and at most {MAX_WEIGHT:g}",
            "weight",
            q.id,
            f"{where}.weight",
        )
    if not isinstance(q.reverse, bool):
        raise TemplateError(f"{q.id}: reverse is yes or no", "type", q.id, f"{where}.reverse")
    if not _texts_ok(q.text) or not isinstance(q.anchors, dict):
        raise TemplateError(
            f"{q.id}: a text is too long or holds control characters",
            "control_char",
            q.id,
            f"{where}.text",
        )
    if not any(t.strip() for t in q.text.values()):
        raise TemplateError(f"{q.id}: the question has no text", "no_text", q.id, f"{where}.text")
    for rating, texts in q.anchors.items():
        if isinstance(rating, bool) or rating not in ANCHOR_RATINGS or not _texts_ok(texts):
            raise TemplateError(
                f"{q.id}: a text is too long or holds control characters",
                "control_char",
                q.id,
                f"{where}.anchors",
            )


def _texts_ok(texts: object) -> bool:
    """A text per language: a dict of language → str, each storable."""
    return isinstance(texts, dict) and all(
        isinstance(lang, str)
        and lang in LANGS
        and isinstance(text, str)
        and check_text("text", text, TEXT_LIMIT, False) is None
        for lang, text in texts.items()
    )


# ---------------------------------------------------------------- the database copies


@internal
def ensure_templates(actor: Person | None = None) -> None:
    """Store the shipped defaults as version 1 of any questionnaire not yet in the database."""
    missing = [
        k
        for k in TEMPLATE_KEYS
        if not QuestionnaireTemplate.select().where(QuestionnaireTemplate.key == k).exists()
    ]
    if not missing:
        return
    with write_transaction():
        for key in missing:
            template = QuestionnaireTemplate.create(key=key, current_version=1)
            TemplateVersion.create(
                template=template,
                number=1,
                content=json.dumps(to_content(load_default(key)), ensure_ascii=False),
                note="shipped default",
                created_by=actor.id if actor is not None else None,
            )


def _from_row(key: str, row: TemplateVersion) -> Questionnaire:
    return parse_content(key, json.loads(row.content), int(row.number), int(row.id))


@guard.anyone
def current(actor: Person, key: str) -> Questionnaire:
    """The version new assessments are answered against."""
    ensure_templates()
    template = QuestionnaireTemplate.get(QuestionnaireTemplate.key == key)
    row = TemplateVersion.get(
        (TemplateVersion.template == template)
        & (TemplateVersion.number == template.current_version)
    )
    return _from_row(key, row)


@internal
def current_or_default(key: str) -> Questionnaire:
    """The current version as stored, or the shipped file (version_id None) while none is
    stored: what a check reads, so that a refused write stores nothing, not even the
    defaults (`current` stores them)."""
    template = QuestionnaireTemplate.get_or_none(QuestionnaireTemplate.key == key)
    if template is None:
        return load_default(key)
    row = TemplateVersion.get(
        (TemplateVersion.template == template)
        & (TemplateVersion.number == template.current_version)
    )
    return _from_row(key, row)


@guard.anyone
def version(actor: Person, version_id: int) -> Questionnaire:
    """A stored version by id (what an assessment references)."""
    row = (
        TemplateVersion.select(TemplateVersion, QuestionnaireTemplate.key)
        .join(QuestionnaireTemplate)
        .where(TemplateVersion.id == version_id)
        .first()
    )
    if row is None:
        raise NotFoundError(version_id)
    return _from_row(str(row.template.key), row)


@guard.anyone
def versions(actor: Person, key: str) -> list[Questionnaire]:
    """Every stored version of `key`, oldest first."""
    ensure_templates()
    rows = (
        TemplateVersion.select()
        .join(QuestionnaireTemplate)
        .where(QuestionnaireTemplate.key == key)
        .order_by(TemplateVersion.number)
    )
    return [_from_row(key, r) for r in rows]


@guard.anyone
def next_question_id(actor: Person, key: str) -> str:
    """An id never used by any version of `key`, so answers can never be mistaken."""
    used = {q.id for v in versions(actor, key) for q in v.questions}
    n = len(used) + 1
    while f"{key}.{n}" in used:
        n += 1
    return f"{key}.{n}"


@guard.office
def save_new_version(actor: Person, edited: Questionnaire, note: str = "") -> Questionnaire:
    """Store `edited` (title and questions) as the next version of its questionnaire.

    An edit that changes nothing stores nothing and returns the current version. A bad edit
    or note raises TemplateError (a ValidationFailed) and stores nothing; the note is stored
    stripped.
    """
    validate(edited)
    note_error = check_typed_text("note", note, NOTE_LIMIT, False)
    if note_error is not None:
        raise TemplateError("the note cannot be stored", note_error.code, field="note")
    key = edited.key
    now_current = current(actor, key)
    if to_content(replace(edited, number=0)) == to_content(replace(now_current, number=0)):
        return now_current
    with write_transaction():
        template = QuestionnaireTemplate.get(QuestionnaireTemplate.key == key)
        number = int(template.current_version) + 1
        row = TemplateVersion.create(
            template=template,
            number=number,
            content=json.dumps(to_content(edited), ensure_ascii=False),
            note=note.strip(),
            created_by=actor.id if actor is not None else None,
        )
        QuestionnaireTemplate.update(
            current_version=number, updated_at=utcnow(), version=QuestionnaireTemplate.version + 1
        ).where(QuestionnaireTemplate.id == template.id).execute()
    return _from_row(key, row)
