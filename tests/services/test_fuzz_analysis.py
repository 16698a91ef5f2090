"""Property tests of the service boundary: the state analysis' writes (see test_fuzz.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from types import SimpleNamespace
from typing import Any

import pytest
from fuzz_support import (
    EDGE_DAYS,
    FAIR_TEXT,
    FUZZ,
    HOSTILE,
    TEXT,
    attempt,
    either,
    fuzz_tally,  # noqa: F401 (autouse: prints the tally after the module)
    ident,
    mix,
    vary,
    with_groups,
)
from hypothesis import given
from hypothesis import strategies as st
from visit_helpers import at, make_contact, make_customer, make_rep

from desktop_crm.models.assessments import PersonalityRating, TemplateVersion
from desktop_crm.services.analysis import quadrant, tiers
from desktop_crm.services.analysis import questionnaires as qn
from desktop_crm.services.analysis.assessments import (
    Answer,
    AssessmentDraft,
    AssessmentRecord,
    load_assessment,
    save_assessment,
)
from desktop_crm.services.analysis.personality import rate_personality
from desktop_crm.services.context import AppContext
from desktop_crm.services.visits import VisitDraft
from desktop_crm.services.visits.writes import plan_visit

# An assessment's contact and visit must be the customer's; answers must fit the version.
GROUPS = (
    {"customer", "contact", "visit"},
    {"intent_version", "intent"},
    {"quality_version", "quality"},
)


@pytest.fixture
def office(ctx: AppContext) -> SimpleNamespace:
    rep = make_rep()
    first, second = make_customer("甲", rep), make_customer("乙", rep)
    visits = [
        plan_visit(ctx.user, VisitDraft(c.id, rep.id, at(dt.date(2026, 3, 2), 9))).id
        for c in (first, second)
    ]
    intent, quality = qn.current(ctx.user, "intent"), qn.current(ctx.user, "quality")
    return SimpleNamespace(
        me=ctx.user,
        customers=(first.id, second.id),
        contacts=(make_contact(first, "甲联系人").id, make_contact(second, "乙联系人").id),
        visits=tuple(visits),
        versions=(intent.version_id, quality.version_id),
        intent=intent,
    )


def _answers(key: str) -> st.SearchStrategy[Any]:
    """Answers keyed by question id: known ids, an unknown one, a key that is no id."""
    ids = st.sampled_from([f"{key}.1", f"{key}.2", f"{key}.3", f"{key}.99", 7])
    answer = mix(
        st.builds(Answer, either(st.sampled_from([None, 1, 2, 3, 4, 5])), either(FAIR_TEXT)),
        HOSTILE,
    )
    return mix(st.dictionaries(ids, answer, max_size=3), HOSTILE)


@given(data=st.data())
@FUZZ
def test_save_assessment(office: SimpleNamespace, data: st.DataObject) -> None:
    strategies = {
        "customer_id": ident(*office.customers),
        "contact_id": mix(st.none(), ident(*office.contacts)),
        "visit_id": mix(st.none(), ident(*office.visits)),
        "assessed_on": either(st.sampled_from(EDGE_DAYS)),
        "intent": _answers("intent"),
        "quality": _answers("quality"),
        "notes": either(TEXT),
        "intent_version_id": mix(st.none(), ident(*office.versions)),
        "quality_version_id": mix(st.none(), ident(*office.versions)),
    }
    baseline = {"customer_id": office.customers[0], "assessed_on": dt.date(2026, 3, 2)}
    values, varied = vary(data, baseline, strategies)
    draft = AssessmentDraft(**values)
    names = with_groups({v.removesuffix("_id") for v in varied}, *GROUPS)

    def read_back(record: AssessmentRecord) -> None:
        stored = load_assessment(office.me, record.id)
        assert stored == record
        assert (stored.customer_id, stored.contact_id, stored.visit_id) == (
            draft.customer_id,
            draft.contact_id,
            draft.visit_id,
        )
        assert (stored.assessed_on, stored.notes) == (draft.assessed_on, draft.notes.strip())
        for key, answers in (("intent", draft.intent), ("quality", draft.quality)):
            kept = {
                qid: Answer(a.rating, a.note.strip())
                for qid, a in answers.items()
                if a.rating is not None or a.note.strip()
            }
            assert stored.answers(key) == kept

    attempt(lambda: save_assessment(office.me, draft), names, read_back)


@given(data=st.data())
@FUZZ
def test_rate_personality(office: SimpleNamespace, data: st.DataObject) -> None:
    customer = data.draw(ident(*office.customers), label="customer")
    ratings = either(st.integers(0, 5))
    expressiveness, emotionality = data.draw(ratings), data.draw(ratings)
    rated_on = data.draw(mix(st.none(), st.sampled_from(EDGE_DAYS), HOSTILE), label="rated_on")
    note = data.draw(either(TEXT), label="note")

    def read_back(_: object) -> None:
        row = PersonalityRating.select().order_by(PersonalityRating.id.desc()).get()
        assert (row.customer_id, row.expressiveness, row.emotionality) == (
            customer,
            expressiveness,
            emotionality,
        )
        assert row.rated_on == (rated_on or dt.date.today())
        assert row.note == note.strip()

    attempt(
        lambda: rate_personality(office.me, customer, expressiveness, emotionality, rated_on, note),
        {"customer", "expressiveness", "emotionality", "rated_on", "note"},
        read_back,
    )


@given(data=st.data())
@FUZZ
def test_save_new_version(office: SimpleNamespace, data: st.DataObject) -> None:
    current = qn.current(office.me, "intent")
    first = current.questions[0]
    changes, varied = vary(
        data,
        {},
        {
            "weight": either(st.floats(0.1, 100)),
            "text": either(st.dictionaries(st.sampled_from(qn.LANGS), FAIR_TEXT, max_size=2)),
            "anchors": either(
                st.dictionaries(
                    st.sampled_from([1, 3, 5, 2]), st.dictionaries(st.just("en"), TEXT), max_size=2
                )
            ),
            "reverse": either(st.booleans()),
            "id": either(st.sampled_from(["intent.11", "intent.2", "intent.1"])),
        },
    )
    edited = replace(current, questions=(replace(first, **changes), *current.questions[1:]))
    if data.draw(st.integers(0, 9)) == 0:
        edited = replace(edited, questions=data.draw(HOSTILE, label="questions"))
    if data.draw(st.integers(0, 9)) == 0:
        edited = replace(edited, key=data.draw(either(st.just("quality")), label="key"))
    note = data.draw(either(TEXT), label="note")

    def read_back(stored: qn.Questionnaire) -> None:
        now = qn.current(office.me, edited.key)
        assert now == stored
        assert (now.questions, now.title) == (tuple(edited.questions), edited.title)
        if now.number != current.number:
            assert TemplateVersion.get_by_id(now.version_id).note == note.strip()

    names = {"questions", "key", "note", "edited", "title"}
    attempt(lambda: qn.save_new_version(office.me, edited, note), names, read_back)


@given(data=st.data())
@FUZZ
def test_breakpoints_and_thresholds(office: SimpleNamespace, data: st.DataObject) -> None:
    if data.draw(st.booleans()):
        shares = mix(st.floats(0, 100), st.integers(0, 100), HOSTILE)
        valid = st.sampled_from([[40, 30, 20, 10], [25.0, 25.0, 25.0, 25.0], [100, 0, 0, 0]])
        breakpoints = data.draw(mix(valid, valid, st.lists(shares, max_size=5), HOSTILE))
        attempt(
            lambda: tiers.set_breakpoints(office.me, breakpoints),
            {"breakpoints"},
            lambda _: _same(tiers.get_breakpoints(office.me), tuple(breakpoints)),
        )
        return
    score = either(mix(st.floats(0, 100), st.integers(-5, 105)))
    thresholds = data.draw(
        mix(st.builds(quadrant.Thresholds, score, score), HOSTILE), label="thresholds"
    )
    attempt(
        lambda: quadrant.set_thresholds(office.me, thresholds),
        {"thresholds", "intent", "quality"},
        lambda _: _same(quadrant.get_thresholds(office.me), thresholds),
    )


def _same(actual: object, expected: object) -> None:
    assert actual == expected
