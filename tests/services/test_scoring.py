"""Assessment scores against examples worked out by hand (rules: services/assessments.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from desktop_crm.services.analysis import questionnaires as qn
from desktop_crm.services.analysis.assessments import (
    Answer,
    AssessmentDraft,
    history,
    load_assessment,
    rating_points,
    save_assessment,
    score_assessment,
)
from desktop_crm.services.analysis.quadrant import Quadrant, quadrant_of
from desktop_crm.services.analysis.questionnaires import Question, Questionnaire
from desktop_crm.services.context import AppContext
from desktop_crm.services.customers.drafts import CustomerDraft
from desktop_crm.services.customers.writes import save_customer


def _q(qid: str, weight: float = 1.0, reverse: bool = False) -> Question:
    return Question(qid, {"en": qid}, {}, weight, reverse)


SMALL = Questionnaire("intent", 1, {"en": "t"}, (_q("a"), _q("b", 3.0), _q("c", 1.0, True)))


def test_points_of_one_rating() -> None:
    assert [rating_points(r) for r in (1, 2, 3, 4, 5)] == [0, 25, 50, 75, 100]
    # reverse-worded: 6 - rating
    assert [rating_points(r, reverse=True) for r in (1, 2, 3, 4, 5)] == [100, 75, 50, 25, 0]
    with pytest.raises(ValueError):
        rating_points(0)
    with pytest.raises(ValueError):
        rating_points(6)


def test_weighted_mean_with_reverse_question() -> None:
    # a=5 → 100 (w1), b=2 → 25 (w3), c=2 reversed → 4 → 75 (w1)
    # (100 + 3*25 + 75) / 5 = 250 / 5 = 50
    score = score_assessment(SMALL, {"a": 5, "b": 2, "c": 2})
    assert score.value == pytest.approx(50.0)
    assert (score.answered, score.total) == (3, 3)


def test_unanswered_questions_are_left_out_of_the_weights() -> None:
    # only a=4 → 75 (w1) and b=1 → 0 (w3): (75 + 0) / 4 = 18.75; c counts nowhere
    score = score_assessment(SMALL, {"a": 4, "b": 1, "c": None})
    assert score.value == pytest.approx(18.75)
    assert (score.answered, score.total) == (2, 3)
    # answering only the heavy question b=5 gives 100, not 100*3/5
    assert score_assessment(SMALL, {"b": 5}).value == pytest.approx(100.0)


def test_nothing_answered_has_no_score() -> None:
    score = score_assessment(SMALL, {})
    assert score.value is None and score.answered == 0 and score.text() == "–"


def test_shipped_intent_template_weights() -> None:
    intent = qn.load_default("intent")
    # shipped: questions 1-8 weight 1, question 9 (influence) weight 2, question 10 reversed
    ratings = {f"intent.{n}": 5 for n in range(1, 9)}
    ratings["intent.9"] = 1  # 0 points, weight 2
    ratings["intent.10"] = 1  # one person decides: reversed → 100 points
    # (8*100 + 2*0 + 100) / (8 + 2 + 1) = 900 / 11
    assert score_assessment(intent, ratings).value == pytest.approx(900 / 11)
    all_threes = {q.id: 3 for q in intent.questions}
    assert score_assessment(intent, all_threes).value == pytest.approx(50.0)


def test_an_all_neutral_customer_is_low_on_both_axes() -> None:
    # every answer 3 scores 50 on both questionnaires: on the default threshold, so low/low
    # ("keep in touch cheaply"), never "close now" (issue 14, item 8)
    intent, quality = qn.load_default("intent"), qn.load_default("quality")
    neutral_intent = score_assessment(intent, {q.id: 3 for q in intent.questions}).value
    neutral_quality = score_assessment(quality, {q.id: 3 for q in quality.questions}).value
    assert neutral_intent == pytest.approx(50.0) and neutral_quality == pytest.approx(50.0)
    assert quadrant_of(neutral_intent, neutral_quality) == Quadrant.MAINTAIN


def test_shipped_quality_template_reverse_question() -> None:
    quality = qn.load_default("quality")
    # all ten at 5: nine count 100, the superstition question (3, reversed) counts 0 → 900 / 10
    ratings = {q.id: 5 for q in quality.questions}
    assert score_assessment(quality, ratings).value == pytest.approx(90.0)


def _customer(actor: object) -> int:
    return save_customer(actor, CustomerDraft({"name": "华兴贸易"})).id  # type: ignore[arg-type]


def test_changed_template_keeps_old_scores(ctx: AppContext) -> None:
    cid = _customer(ctx.user)
    v1 = qn.current(ctx.user, "intent")
    answers = {f"intent.{n}": Answer(4) for n in range(1, 11)}
    answers["intent.10"] = Answer(2, "两个人拍板")
    # v1: nine questions at 4 → 75, weights 1*8 + 2 (q9) = 10 → 750; q10=2 reversed → 4 → 75
    # (750 + 75) / 11 = 75
    old = save_assessment(ctx.user, AssessmentDraft(cid, dt.date(2026, 3, 1), intent=answers))
    assert old.intent_score.value == pytest.approx(75.0)
    assert old.quality_score.value is None

    # the office edits: question 1 weight 1 → 4, question 2 removed, a new question added
    questions = [
        replace(q, weight=4.0) if q.id == "intent.1" else q
        for q in v1.questions
        if q.id != "intent.2"
    ]
    questions.append(Question(qn.next_question_id(ctx.user, "intent"), {"en": "Budget approved?"}))
    v2 = qn.save_new_version(ctx.user, replace(v1, questions=tuple(questions)))
    assert v2.number == 2 and v2.questions[-1].id == "intent.11"

    new_answers = {"intent.1": Answer(5), "intent.3": Answer(1), "intent.11": Answer(3)}
    new = save_assessment(ctx.user, AssessmentDraft(cid, dt.date(2026, 9, 1), intent=new_answers))
    # v2: q1=5 → 100 w4, q3=1 → 0 w1, q11=3 → 50 w1: (400 + 0 + 50) / 6 = 75
    assert new.intent_score.value == pytest.approx(75.0)
    assert new.intent.number == 2

    # the old assessment still reads and scores against version 1
    again = load_assessment(ctx.user, old.id)
    assert again.intent.number == 1
    assert again.intent.question("intent.2") is not None
    assert again.intent.question("intent.1").weight == 1.0  # type: ignore[union-attr]
    assert again.intent_score.value == pytest.approx(75.0)
    assert again.intent_answers["intent.10"].note == "两个人拍板"
    assert [p.intent for p in history(ctx.user, cid)] == [pytest.approx(75.0), pytest.approx(75.0)]


def test_answer_to_unknown_question_is_refused(ctx: AppContext) -> None:
    from desktop_crm.services.common.errors import ValidationFailed

    cid = _customer(ctx.user)
    with pytest.raises(ValidationFailed):
        save_assessment(
            ctx.user, AssessmentDraft(cid, dt.date(2026, 1, 1), intent={"intent.99": Answer(3)})
        )
    with pytest.raises(ValidationFailed):
        save_assessment(
            ctx.user, AssessmentDraft(cid, dt.date(2026, 1, 1), intent={"intent.1": Answer(7)})
        )
    assert history(ctx.user, cid) == []


def test_notes_with_control_characters_or_too_long_are_refused(ctx: AppContext) -> None:
    """A NUL byte in a note would break PostgreSQL: refused with a field error, nothing stored."""
    from desktop_crm.services.common.errors import ValidationFailed

    cid = _customer(ctx.user)
    with pytest.raises(ValidationFailed) as caught:
        save_assessment(
            ctx.user,
            AssessmentDraft(
                cid,
                dt.date(2026, 1, 1),
                intent={"intent.1": Answer(3, "用过\x00"), "intent.2": Answer(4, "长" * 501)},
                notes="总评\x00",
            ),
        )
    assert {(e.field, e.code) for e in caught.value.errors} == {
        ("intent.intent.1.note", "control_char"),
        ("intent.intent.2.note", "too_long"),
        ("notes", "control_char"),
    }
    assert history(ctx.user, cid) == []
    emoji = "😀'; DROP TABLE assessment;--"
    saved = save_assessment(
        ctx.user,
        AssessmentDraft(
            cid, dt.date(2026, 1, 1), intent={"intent.1": Answer(3, emoji)}, notes=emoji
        ),
    )
    assert saved.notes == emoji


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"assessed_on": "2025-02-30"}, "assessed_on", "type"),  # was stored as text on SQLite
        ({"assessed_on": dt.datetime(2026, 1, 1, 9)}, "assessed_on", "type"),
        ({"assessed_on": None}, "assessed_on", "required"),
        ({"customer_id": "1"}, "customer", "type"),
        ({"customer_id": 10**30}, "customer", "not_found"),
        ({"customer_id": 987654}, "customer", "not_found"),
        ({"visit_id": 987654}, "visit", "not_found"),  # a visit that does not exist
        ({"contact_id": True}, "contact", "type"),
        ({"notes": None}, "notes", "type"),
        ({"notes": "半个\ud800字"}, "notes", "encoding"),
        ({"intent": [3, 4]}, "intent", "type"),
        ({"intent": {"intent.1": 3}}, "intent.intent.1", "type"),
        ({"intent": {"intent.1": Answer("3")}}, "intent.intent.1", "choice"),
        ({"intent": {"intent.1": Answer(True)}}, "intent.intent.1", "choice"),
        ({"intent": {"intent.1": Answer(3, None)}}, "intent.intent.1.note", "type"),  # type: ignore[arg-type]
        ({"intent_version_id": 987654}, "intent_version", "not_found"),
        ({"intent_version_id": "x"}, "intent_version", "type"),
    ],
)
def test_hostile_drafts_are_field_errors_and_store_nothing(
    ctx: AppContext, changes: dict[str, object], field: str, code: str
) -> None:
    from desktop_crm.models.assessments import Assessment
    from desktop_crm.services.common.errors import ValidationFailed

    cid = _customer(ctx.user)
    draft = replace(AssessmentDraft(cid, dt.date(2026, 1, 1)), **changes)  # type: ignore[arg-type]
    with pytest.raises(ValidationFailed) as caught:
        save_assessment(ctx.user, draft)
    error = caught.value.for_field(field)
    assert error is not None and error.code == code, caught.value.errors
    assert Assessment.select().count() == 0


def test_a_quality_version_cannot_stand_for_the_intent_one(ctx: AppContext) -> None:
    from desktop_crm.services.common.errors import ValidationFailed

    cid = _customer(ctx.user)
    quality_version = qn.current(ctx.user, "quality").version_id
    with pytest.raises(ValidationFailed) as caught:
        save_assessment(
            ctx.user,
            AssessmentDraft(cid, dt.date(2026, 1, 1), intent_version_id=quality_version),
        )
    assert caught.value.for_field("intent_version") is not None
