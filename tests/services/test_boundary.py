"""What the service boundary refuses, one case each: the findings of the fuzz tests
(tests/services/test_fuzz*.py) and of issue 9, written out so a regression names itself."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from visit_helpers import at, make_contact, make_customer, make_rep

from desktop_crm.models.assessments import QuestionnaireTemplate, TemplateVersion
from desktop_crm.models.visits import CustomerGeo, Visit, WeekReview
from desktop_crm.services import customers as cs
from desktop_crm.services import visits as vs
from desktop_crm.services.analysis.assessments import (
    Answer,
    AssessmentDraft,
    delete_assessment,
    history,
    save_assessment,
)
from desktop_crm.services.analysis.personality import rate_personality
from desktop_crm.services.common.errors import ValidationFailed
from desktop_crm.services.common.validation import MAX_MONEY
from desktop_crm.services.context import AppContext
from desktop_crm.services.people.users import add_user
from desktop_crm.services.visits import bulk as vb
from desktop_crm.services.visits.writes import set_route_order

MONDAY = dt.date(2026, 3, 2)


def _refused(call: object, *args: object) -> set[tuple[str, str]]:
    with pytest.raises(ValidationFailed) as caught:
        call(*args)  # type: ignore[operator]
    return {(e.field, e.code) for e in caught.value.errors}


def test_the_largest_amount_comes_back_to_the_cent(ctx: AppContext) -> None:
    """Amounts are whole fen in a 64-bit column (main's MoneyField); the largest allowed
    comes back exactly, one digit more is a field error."""
    draft = cs.CustomerDraft(
        {"name": "大户", "assets": MAX_MONEY},
        deals=[cs.DealDraft("2025-01-01", amount=str(-MAX_MONEY))],
    )
    record = cs.save_customer(ctx.user, draft)
    assert (record.customer.assets, record.deals[0].amount) == (MAX_MONEY, -MAX_MONEY)
    too_big = cs.CustomerDraft({"name": "更大"}, deals=[cs.DealDraft("2025-01-01", amount=10**14)])
    assert _refused(cs.save_customer, ctx.user, too_big) == {("deals.0.amount", "money")}


def test_deal_and_contact_values_are_typed_and_their_ids_the_customers(ctx: AppContext) -> None:
    other = cs.save_customer(
        ctx.user, cs.CustomerDraft({"name": "乙"}, contacts=[cs.ContactDraft("外人")])
    )
    draft = cs.CustomerDraft(
        {"name": "甲"},
        contacts=[cs.ContactDraft("张三", id=other.contacts[0].id), cs.ContactDraft(["李四"])],  # type: ignore[arg-type]
        deals=[cs.DealDraft("2025-01-01", amount=1.5), cs.DealDraft(dt.date(1, 1, 1))],  # type: ignore[arg-type]
    )
    assert _refused(cs.save_customer, ctx.user, draft) == {
        ("contacts.1.name", "type"),
        ("deals.0.amount", "type"),
        ("deals.1.date", "range"),
    }
    draft.contacts, draft.deals = draft.contacts[:1], None  # references once values are sound
    assert _refused(cs.save_customer, ctx.user, draft) == {("contacts.0.id", "not_found")}
    assert cs.count_customers(ctx.user, cs.CustomerFilter()) == 1


def test_visit_values_of_the_wrong_type_or_day_are_field_errors(ctx: AppContext) -> None:
    rep, customer = make_rep(), make_customer("张三")
    draft = vs.VisitDraft(
        customer.id,
        rep.id,
        dt.datetime(9999, 12, 31, 23, 0),
        duration_minutes="60",  # type: ignore[arg-type]
        matter=[],  # type: ignore[arg-type]
    )
    assert _refused(vs.save_visit, ctx.user, draft, None) == {
        ("start", "range"),
        ("duration_minutes", "type"),
        ("matter", "type"),  # was stored as "[]"
    }
    outcome = vs.VisitOutcome(None, "yes")  # type: ignore[arg-type]
    draft = vs.VisitDraft(customer.id, rep.id, None)  # type: ignore[arg-type]
    assert _refused(vs.save_visit, ctx.user, draft, outcome) == {
        ("start", "required"),  # was AttributeError on None.date()
        ("actual_result", "type"),
    }
    assert Visit.select().count() == 0


def test_a_route_naming_another_days_visit_is_refused(ctx: AppContext) -> None:
    rep, customer = make_rep(), make_customer("张三")
    today = vs.plan_visit(ctx.user, vs.VisitDraft(customer.id, rep.id, at(MONDAY, 9)))
    later = vs.plan_visit(ctx.user, vs.VisitDraft(customer.id, rep.id, at(MONDAY, 15)))
    other = vs.plan_visit(
        ctx.user, vs.VisitDraft(customer.id, rep.id, at(MONDAY, 9) + dt.timedelta(1))
    )
    refused = _refused(set_route_order, ctx.user, rep.id, MONDAY, [later.id, other.id, "x"])
    assert refused == {("visit_ids.2", "type")}
    refused = _refused(set_route_order, ctx.user, rep.id, MONDAY, [later.id, other.id])
    assert refused == {("visit_ids.1", "not_found")}  # was NotFoundError
    assert vs.load_visit(ctx.user, today.id).route_position is None


def test_a_refused_assessment_stores_not_even_the_shipped_questionnaires(
    ctx: AppContext,
) -> None:
    customer = make_customer("张三")
    draft = AssessmentDraft(customer.id, dt.date(2026, 3, 2), intent={"intent.1": Answer(3.0)})  # type: ignore[arg-type]
    assert _refused(save_assessment, ctx.user, draft) == {("intent.intent.1", "choice")}
    analysis = QuestionnaireTemplate.key.in_(("intent", "quality"))  # the surveys' are seeded
    assert QuestionnaireTemplate.select().where(analysis).count() == 0
    assert TemplateVersion.select().join(QuestionnaireTemplate).where(analysis).count() == 0
    saved = save_assessment(ctx.user, AssessmentDraft(customer.id, dt.date(2026, 3, 2)))
    assert saved.intent.version_id is not None  # stored with the first saved assessment
    assert _refused(delete_assessment, ctx.user, "1") == {("assessment_id", "type")}
    delete_assessment(ctx.user, saved.id)
    assert history(ctx.user, customer.id) == []


def test_ratings_and_notes_are_checked_not_cut(ctx: AppContext) -> None:
    customer = make_customer("张三")
    assert _refused(rate_personality, ctx.user, customer.id, True, 3, None, "长" * 501) == {
        ("expressiveness", "type"),
        ("note", "too_long"),
    }


def test_taken_names_and_weeks_are_field_errors(ctx: AppContext) -> None:
    """Both used to raise the database's IntegrityError."""
    rep = add_user(ctx.user, "王建国")
    assert _refused(add_user, ctx.user, " 王建国 ") == {("name", "duplicate")}
    vs.save_week_review(ctx.user, rep.id, MONDAY, "好", "", None)
    entries = [vb.WeekReviewEntry(rep.id, MONDAY + dt.timedelta(days=2), "又一份")]
    assert _refused(vb.add_week_reviews, ctx.user, entries) == {
        ("reviews.0.week_start", "duplicate")
    }
    assert WeekReview.select().count() == 1


def test_a_tiny_coordinate_is_stored_to_seven_decimals(ctx: AppContext) -> None:
    """1e-300 underflowed PostgreSQL's REAL column (DataError)."""
    customer = make_customer("张三")
    make_contact(customer, "甲")
    vb.add_customer_places(ctx.user, [vb.CustomerPlace(customer.id, 1e-300, 121.5)])
    row = CustomerGeo.get_by_id(customer.id)
    assert (row.latitude, row.longitude) == (0.0, pytest.approx(121.5))
    assert _refused(
        vb.add_customer_places, ctx.user, [vb.CustomerPlace(customer.id, float("nan"), 200)]
    ) == {("places.0.latitude", "number"), ("places.0.longitude", "range")}
    assert Decimal(str(row.longitude)) == Decimal("121.5")
