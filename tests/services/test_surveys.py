"""Satisfaction and relationship surveys (issue 13, item 4). Every score and figure below is
worked out by hand from the shipped templates: satisfaction weights 3 (quality), 2 (delivery),
2 (price), 2 (attitude), 2 (after-sale response), 1 (the rep's expertise) = 12; relationship
agreement 5..1 → 100, 75, 50, 25, 0, statement 13 mirrored. Both backends; the row rules of
PostgreSQL on a rep's own connection at the end."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import peewee as pw
import psycopg
import pytest
from conftest import PG_URL, open_test_database
from visit_helpers import make_contact, make_customer

from desktop_crm.models.aftersale import Survey
from desktop_crm.models.audit import AuditEntry
from desktop_crm.models.core import Customer, User
from desktop_crm.models.db import database_proxy
from desktop_crm.services.aftersale import surveys
from desktop_crm.services.aftersale.surveys import SurveyDraft, SurveyFilter
from desktop_crm.services.analysis.questionnaires import (
    Question,
    Questionnaire,
    ScaleLevel,
    load_default,
)
from desktop_crm.services.common.errors import ConflictError, PermissionDenied, ValidationFailed
from desktop_crm.services.common.settings import SURVEY_SATISFIED_FROM, write_setting
from desktop_crm.services.context import AppContext
from desktop_crm.services.owner.figures import Period
from desktop_crm.services.people import db_roles, manage
from desktop_crm.services.people.roles import Role
from desktop_crm.services.people.users import ensure_owner

DAY = dt.date(2026, 3, 10)
MARCH = Period.month(2026, 3)
S = [f"satisfaction.{n}" for n in range(1, 7)]
R = [f"relationship.{n}" for n in range(1, 16)]


def satisfaction(*levels: int) -> dict[str, int]:
    return dict(zip(S, levels, strict=False))


def agreement(level: int, thirteenth: int | None = None) -> dict[str, int]:
    answers = dict.fromkeys(R, level)
    if thirteenth is not None:
        answers["relationship.13"] = thirteenth
    return answers


@pytest.fixture
def office(ctx: AppContext) -> SimpleNamespace:
    owner = ctx.user
    rep_a = manage.add_person(owner, "王建国", Role.REP, password="pw")
    rep_b = manage.add_person(owner, "李娜", Role.REP, password="pw")
    mine = make_customer("甲方贸易", SimpleNamespace(id=rep_a.id))  # type: ignore[arg-type]
    theirs = make_customer("乙方实业", SimpleNamespace(id=rep_b.id))  # type: ignore[arg-type]
    pool = make_customer("公海客户", None)
    return SimpleNamespace(
        owner=owner, rep_a=rep_a, rep_b=rep_b, mine=mine, theirs=theirs, pool=pool
    )


# ---------------------------------------------------------------- the rules, by hand


def _made_up(weights: tuple[float, ...], reverse: int | None = None) -> Questionnaire:
    scale = tuple(ScaleLevel(level, level, {"en": str(level)}) for level in (100, 80, 60, 40, 20))
    questions = tuple(
        Question(f"q{i}", {"en": f"q{i}"}, weight=w, reverse=i == reverse)
        for i, w in enumerate(weights)
    )
    return Questionnaire("satisfaction", 1, {"en": "x"}, questions, 1, scale)


def test_the_satisfaction_index_is_the_weighted_mean_of_the_levels() -> None:
    made_up = _made_up((3, 2, 1))
    # (3×100 + 2×60 + 1×20) / 6 = 440 / 6
    assert surveys.survey_score(made_up, {"q0": 100, "q1": 60, "q2": 20}) == 73.33
    assert surveys.survey_score(made_up, {"q1": 60, "q2": 20}) == 46.67  # (120 + 20) / 3
    assert surveys.survey_score(made_up, {}) is None
    # reversed: 100 scores as 20, 60 stays 60, 20 as 100: (3×20 + 120 + 20) / 6 = 200 / 6
    assert (
        surveys.survey_score(_made_up((3, 2, 1), reverse=0), {"q0": 100, "q1": 60, "q2": 20})
        == 33.33
    )


def test_the_relationship_score_reverses_statement_13() -> None:
    relationship = load_default("relationship")
    assert [q.id for q in relationship.questions if q.reverse] == ["relationship.13"]
    assert [s.level for s in relationship.scale] == [5, 4, 3, 2, 1]
    assert surveys.survey_score(relationship, agreement(5, thirteenth=1)) == 100.0
    # agreeing with everything, 13 too: 14 × 100 + 0 over 15
    assert surveys.survey_score(relationship, agreement(5)) == 93.33
    # agreeing (4 → 75) with all, strongly disagreeing with 13 (1 → mirrored 5 → 100)
    assert surveys.survey_score(relationship, agreement(4, thirteenth=1)) == round(
        (14 * 75 + 100) / 15, 2
    )  # 76.67
    assert surveys.survey_score(relationship, {"relationship.13": 2}) == 75.0


def test_the_shipped_statements_are_the_domains_word_for_word() -> None:
    relationship = load_default("relationship")
    assert len(relationship.questions) == 15
    assert relationship.questions[0].text["zh_CN"] == "我认为你们很在意我"
    assert relationship.questions[12].text["zh_CN"] == "假如可以避开的话,我不会和你们打交道"
    assert relationship.questions[14].label("zh_TW") == "你們是一家不錯的公司,很了解像我這樣的客戶"
    assert all(q.text["en"] and q.text["zh_TW"] for q in relationship.questions)
    shipped = load_default("satisfaction")
    assert [q.weight for q in shipped.questions] == [3, 2, 2, 2, 2, 1]
    assert [(s.level, s.label("zh_CN")) for s in shipped.scale] == [
        (100, "满意"), (80, "较满意"), (60, "一般"), (40, "较不满意"), (20, "不满意"),
    ]  # fmt: skip


def test_satisfied_counts_from_the_offices_threshold() -> None:
    assert surveys.is_satisfied("satisfaction", 80.0, 80) is True
    assert surveys.is_satisfied("satisfaction", 79.99, 80) is False
    assert surveys.is_satisfied("relationship", 100.0, 80) is None
    assert surveys.is_satisfied("satisfaction", None, 80) is None


# ---------------------------------------------------------------- saving


def test_a_saved_survey_stores_its_score_satisfied_and_rep(office: SimpleNamespace) -> None:
    # (3×100 + 2×80 + 2×60 + 2×80 + 2×40 + 1×100) / 12 = 920 / 12 = 76.67: below 80
    draft = SurveyDraft(office.mine.id, "satisfaction", satisfaction(100, 80, 60, 80, 40, 100), DAY)
    saved = surveys.save_survey(office.rep_a, draft, today=DAY)
    row = Survey.get_by_id(saved.id)
    assert row.score == pytest.approx(76.67) and row.satisfied is False
    assert row.rep_id == office.rep_a.id and row.entered_by_id == office.rep_a.id
    assert row.kind == "satisfaction" and row.surveyed_on == DAY
    assert surveys.load_survey(office.rep_a, saved.id).answers["satisfaction.1"] == 100
    write_setting(SURVEY_SATISFIED_FROM, 75)
    again = surveys.save_survey(office.owner, replace(saved.draft(), notes="再问一次"), today=DAY)
    assert again.satisfied is True and again.version == saved.version + 1
    # the customer moves to rep B: the survey keeps the rep it was taken under
    Customer.update(owner_rep=office.rep_b.id).where(Customer.id == office.mine.id).execute()
    later = surveys.save_survey(office.owner, replace(again.draft(), notes="改"), today=DAY)
    assert later.rep_id == office.rep_a.id
    new = surveys.save_survey(
        office.owner, SurveyDraft(office.mine.id, "relationship", agreement(3))
    )
    assert new.rep_id == office.rep_b.id and new.score == 50.0 and new.satisfied is None
    entries = AuditEntry.select().where(AuditEntry.entity == "survey")
    assert [e.action for e in entries.order_by(AuditEntry.id)] == [
        "create", "change", "change", "create",
    ]  # fmt: skip


def test_validation_names_the_field_and_stores_nothing(office: SimpleNamespace) -> None:
    c = office.mine.id
    cases = {
        "kind": SurveyDraft(c, "happiness", satisfaction(100)),
        "answers": SurveyDraft(c, "satisfaction", {}),
        "answers.satisfaction.1": SurveyDraft(c, "satisfaction", satisfaction(70)),
        "answers.relationship.1": SurveyDraft(c, "satisfaction", agreement(5)),
        "surveyed_on": SurveyDraft(c, "satisfaction", satisfaction(100), DAY + dt.timedelta(1)),
        "customer_id": SurveyDraft(999999, "satisfaction", satisfaction(100)),
        "notes": SurveyDraft(c, "satisfaction", satisfaction(100), notes="x" * 2001),
    }
    for name, draft in cases.items():
        with pytest.raises(ValidationFailed) as failed:
            surveys.save_survey(office.owner, draft, today=DAY)
        assert failed.value.for_field(name) is not None, name
    other = make_contact(office.theirs, "刘经理")
    with pytest.raises(ValidationFailed) as failed:
        surveys.save_survey(
            office.owner, SurveyDraft(c, "satisfaction", satisfaction(100), contact_id=other.id)
        )
    assert failed.value.for_field("contact_id") is not None
    assert Survey.select().count() == 0


def test_a_stale_save_is_a_conflict_and_writes_nothing(office: SimpleNamespace) -> None:
    saved = surveys.save_survey(
        office.owner, SurveyDraft(office.mine.id, "satisfaction", satisfaction(60))
    )
    surveys.save_survey(office.owner, replace(saved.draft(), notes="新"))
    with pytest.raises(ConflictError):
        surveys.save_survey(office.owner, replace(saved.draft(), notes="冲突"))
    assert surveys.load_survey(office.owner, saved.id).notes == "新"
    with pytest.raises(ValidationFailed) as failed:  # a survey keeps its kind
        surveys.save_survey(office.owner, replace(saved.draft(), kind="relationship"))
    assert failed.value.for_field("kind") is not None


def test_a_rep_surveys_only_their_own_and_the_pools_customers(office: SimpleNamespace) -> None:
    mine = surveys.save_survey(
        office.rep_a, SurveyDraft(office.mine.id, "satisfaction", satisfaction(100))
    )
    pool = surveys.save_survey(
        office.rep_a, SurveyDraft(office.pool.id, "relationship", agreement(4))
    )
    theirs = surveys.save_survey(
        office.owner, SurveyDraft(office.theirs.id, "satisfaction", satisfaction(20))
    )
    with pytest.raises(PermissionDenied):
        surveys.save_survey(
            office.rep_a, SurveyDraft(office.theirs.id, "satisfaction", satisfaction(100))
        )
    with pytest.raises(PermissionDenied):  # nor move theirs onto a customer of their own
        surveys.save_survey(office.rep_a, replace(theirs.draft(), customer_id=office.mine.id))
    with pytest.raises(PermissionDenied):
        surveys.load_survey(office.rep_a, theirs.id)
    with pytest.raises(PermissionDenied):
        surveys.surveys_of(office.rep_a, office.theirs.id)
    assert {s.id for s in surveys.find_surveys(office.rep_a)} == {mine.id, pool.id}
    assert {s.id for s in surveys.find_surveys(office.owner)} == {mine.id, pool.id, theirs.id}
    assert pool.rep_id is None  # the pool has no rep
    with pytest.raises(PermissionDenied):  # someone else's entry
        surveys.delete_survey(office.rep_b, mine.id, mine.version)
    assert Survey.select().count() == 3
    surveys.delete_survey(office.rep_a, mine.id, mine.version)
    surveys.delete_survey(office.owner, theirs.id, theirs.version)
    assert [s.id for s in surveys.find_surveys(office.owner)] == [pool.id]
    assert (
        AuditEntry.select()
        .where(AuditEntry.entity == "survey", AuditEntry.action == "delete")
        .count()
        == 2
    )


def test_the_list_filters_by_kind_rep_and_days(office: SimpleNamespace) -> None:
    first = surveys.save_survey(
        office.owner,
        SurveyDraft(office.mine.id, "satisfaction", satisfaction(100), dt.date(2026, 2, 27)),
        today=DAY,
    )
    second = surveys.save_survey(
        office.owner, SurveyDraft(office.theirs.id, "relationship", agreement(2), DAY), today=DAY
    )
    assert [s.id for s in surveys.find_surveys(office.owner)] == [second.id, first.id]
    assert [
        s.id for s in surveys.find_surveys(office.owner, SurveyFilter(kind="satisfaction"))
    ] == [first.id]
    assert [
        s.id for s in surveys.find_surveys(office.owner, SurveyFilter(rep_id=office.rep_b.id))
    ] == [second.id]
    march = SurveyFilter(date_from=MARCH.start, date_to=MARCH.end)
    assert [s.id for s in surveys.find_surveys(office.owner, march)] == [second.id]
    assert [s.id for s in surveys.surveys_of(office.owner, office.mine.id)] == [first.id]


# ---------------------------------------------------------------- figures


def test_the_figures_of_a_month_by_hand(office: SimpleNamespace) -> None:
    def take(customer: Customer, kind: str, answers: dict[str, int], day: dt.date) -> None:
        surveys.save_survey(office.owner, SurveyDraft(customer.id, kind, answers, day), today=DAY)

    take(
        office.mine, "satisfaction", satisfaction(100, 100, 100, 100, 100, 100), dt.date(2026, 3, 1)
    )  # 100
    take(
        office.mine, "satisfaction", satisfaction(60, 60, 60, 60, 60, 60), dt.date(2026, 3, 5)
    )  # 60
    take(office.theirs, "satisfaction", satisfaction(80, 80, 100, 60, 80, 100), DAY)
    # (240 + 160 + 200 + 120 + 160 + 100) / 12 = 980 / 12 = 81.67: satisfied
    take(office.theirs, "relationship", agreement(4, thirteenth=1), DAY)  # 76.67
    take(office.pool, "relationship", agreement(3), DAY)  # 14 × 50 + 50 = 50
    take(office.pool, "satisfaction", satisfaction(20), dt.date(2026, 2, 28))  # February: out
    sheet = surveys.survey_figures(office.owner, MARCH)
    whole = sheet.whole
    assert (whole.satisfaction_count, whole.satisfied_count) == (3, 2)
    assert whole.satisfaction_index == round((100 + 60 + 81.67) / 3, 2)  # 80.56
    assert whole.satisfaction_rate == 66.67  # 2 of 3
    assert whole.relationship_count == 2 and whole.relationship_mean == round((76.67 + 50) / 2, 2)
    assert whole.count == 5
    by_rep = {r.id: r.figures for r in sheet.per_rep}
    assert by_rep[office.rep_a.id].satisfaction_index == 80.0  # (100 + 60) / 2
    assert by_rep[office.rep_a.id].satisfaction_rate == 50.0
    assert by_rep[office.rep_b.id].satisfaction_rate == 100.0
    assert by_rep[None].relationship_mean == 50.0  # the pool's
    by_customer = {c.id: c.figures for c in sheet.per_customer}
    assert by_customer[office.theirs.id].relationship_mean == 76.67
    assert by_customer[office.pool.id].satisfaction_count == 0
    assert by_customer[office.pool.id].satisfaction_rate is None
    one = surveys.survey_figures(office.owner, MARCH, rep_id=office.rep_a.id).whole
    assert (one.satisfaction_count, one.relationship_count) == (2, 0)
    # a rep's figures hold their own customers' and the pool's, whatever rep they name
    theirs = surveys.survey_figures(office.rep_a, MARCH).whole
    assert (theirs.satisfaction_count, theirs.relationship_count) == (2, 1)
    with pytest.raises(PermissionDenied):
        surveys.survey_figures(office.rep_a, MARCH, rep_id=office.rep_b.id)
    # the satisfaction rate counts the rows the owner's key figure counts
    rows = Survey.select().where(
        Survey.kind == "satisfaction", Survey.surveyed_on.between(MARCH.start, MARCH.end)
    )
    assert sum(1 for r in rows if r.satisfied) * 100 / rows.count() == pytest.approx(
        66.67, abs=0.01
    )


# ---------------------------------------------------------------- PostgreSQL's row rules


def test_on_a_reps_own_connection_another_reps_customer_takes_no_survey(tmp_path: Path) -> None:
    if not PG_URL:
        pytest.skip("needs DESKTOP_CRM_TEST_PG")
    database, _ = open_test_database("postgres", tmp_path)
    try:
        owner = ensure_owner("店主")
        rep1 = manage.add_person(owner, "王建国", Role.REP, password="rep1-pass")
        rep2 = manage.add_person(owner, "李晓梅", Role.REP, password="rep2-pass")
        mine = make_customer("张三", SimpleNamespace(id=rep1.id))  # type: ignore[arg-type]
        theirs = make_customer("李五", SimpleNamespace(id=rep2.id))  # type: ignore[arg-type]
        surveys.save_survey(owner, SurveyDraft(theirs.id, "satisfaction", satisfaction(40)))
        role = str(User.get_by_id(rep1.id).db_role)
        own = db_roles.connect_as(PG_URL, role, "rep1-pass")
        try:
            assert surveys.find_surveys(owner) == []  # the server hides rep 2's survey
            with pytest.raises((ValidationFailed, PermissionDenied)):
                surveys.save_survey(rep1, SurveyDraft(theirs.id, "satisfaction", satisfaction(100)))
            saved = surveys.save_survey(rep1, SurveyDraft(mine.id, "relationship", agreement(5)))
            assert saved.score == 93.33
            version = surveys.template(rep1, "satisfaction").version_id
            with pytest.raises((pw.DatabaseError, psycopg.Error)):  # row security refuses
                own.execute_sql(
                    "INSERT INTO survey (created_at, updated_at, version, customer_id, kind,"
                    " surveyed_on, template_version_id, answers, notes)"
                    " VALUES (now(), now(), 1, %s, 'satisfaction', now(), %s, '{}', '')",
                    (theirs.id, version),
                )
        finally:
            own.close()
            database_proxy.initialize(database)
        assert Survey.select().where(Survey.customer == theirs.id).count() == 1
        assert Survey.select().where(Survey.customer == mine.id).count() == 1
    finally:
        if not database.is_closed():
            database.close()
