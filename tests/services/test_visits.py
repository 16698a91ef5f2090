"""Visits: plan, complete, move, cancel, next action → next visit, new/existing, locking."""

from __future__ import annotations

import datetime as dt

import pytest
from visit_helpers import at, make_contact, make_customer, make_rep

from desktop_crm.models.visits import Visit
from desktop_crm.services import visits as vs
from desktop_crm.services.common.errors import ConflictError, ValidationFailed
from desktop_crm.services.context import AppContext
from desktop_crm.services.people.users import ensure_owner

MONDAY = dt.date(2026, 3, 2)


def _plan(customer_id: int, rep_id: int, start: dt.datetime, **extra: object) -> Visit:
    return vs.plan_visit(
        ensure_owner(), vs.VisitDraft(customer_id=customer_id, rep_id=rep_id, start=start, **extra)
    )  # type: ignore[arg-type]


def test_plan_keeps_the_five_elements(ctx: AppContext) -> None:
    rep = make_rep()
    customer = make_customer("张三", rep, company="上海华兴机械有限公司")
    contact = make_contact(customer, "李四")
    visit = _plan(
        customer.id,
        rep.id,
        at(MONDAY, 9, 30),
        contact_id=contact.id,
        method="phone",
        matter="年度合同",
        reason="续约到期",
        purpose="谈定续约",
        action_plan="带报价单",
        expected_result="签意向书",
    )
    stored = Visit.get_by_id(visit.id)
    assert (stored.start, stored.method, stored.contact_id) == (
        at(MONDAY, 9, 30),
        "phone",
        contact.id,
    )
    assert (stored.matter, stored.reason, stored.purpose) == ("年度合同", "续约到期", "谈定续约")
    assert (stored.action_plan, stored.expected_result) == ("带报价单", "签意向书")
    assert stored.status == "planned" and stored.version == 1


def test_plan_rejects_bad_method_duration_and_foreign_contact(ctx: AppContext) -> None:
    rep = make_rep()
    a = make_customer("甲", rep)
    b = make_customer("乙", rep)
    other_contact = make_contact(b, "外人")
    with pytest.raises(ValidationFailed) as caught:
        _plan(
            a.id,
            rep.id,
            at(MONDAY, 9),
            method="pigeon",
            duration_minutes=1,
            contact_id=other_contact.id,
        )
    assert {e.field for e in caught.value.errors} == {"method", "duration_minutes", "contact"}
    assert Visit.select().count() == 0


def test_stale_version_raises_conflict_and_writes_nothing(ctx: AppContext) -> None:
    rep = make_rep()
    customer = make_customer("张三", rep)
    visit = _plan(customer.id, rep.id, at(MONDAY, 9))
    vs.move_visit(ctx.user, visit.id, 1, at(MONDAY, 14))  # someone else moved it: version 2
    with pytest.raises(ConflictError):
        vs.plan_visit(
            ctx.user,
            vs.VisitDraft(customer.id, rep.id, at(MONDAY, 10), matter="旧", id=visit.id, version=1),
        )
    with pytest.raises(ConflictError):
        vs.complete_visit(ctx.user, visit.id, 1, vs.VisitOutcome("结果", "yes"))
    stored = Visit.get_by_id(visit.id)
    assert (stored.start, stored.matter, stored.status, stored.version) == (
        at(MONDAY, 14),
        "",
        "planned",
        2,
    )


def test_complete_then_next_action_becomes_next_visit_once(ctx: AppContext) -> None:
    rep = make_rep()
    customer = make_customer("张三", rep)
    visit = _plan(customer.id, rep.id, at(MONDAY, 15), method="face", matter="介绍新品")
    done = vs.complete_visit(
        ctx.user,
        visit.id,
        1,
        vs.VisitOutcome("客户同意试用", "partly", 50, "送样品", dt.date(2026, 3, 9)),
    )
    assert (done.status, done.purpose_met, done.time_spent_minutes) == ("done", "partly", 50)
    assert done.next_action_on == dt.date(2026, 3, 9)
    follow = vs.plan_next_visit(ctx.user, visit.id)
    assert follow.start == at(dt.date(2026, 3, 9), 15)
    assert (follow.matter, follow.status, follow.customer_id) == ("送样品", "planned", customer.id)
    assert Visit.get_by_id(visit.id).next_visit_id == follow.id
    assert (
        vs.plan_next_visit(ctx.user, visit.id).id == follow.id
    )  # a second click makes no second visit
    assert Visit.select().count() == 2


def test_next_action_needs_a_date(ctx: AppContext) -> None:
    rep = make_rep()
    customer = make_customer("张三", rep)
    visit = _plan(customer.id, rep.id, at(MONDAY, 9))
    with pytest.raises(ValidationFailed) as caught:
        vs.complete_visit(ctx.user, visit.id, 1, vs.VisitOutcome("ok", "yes", None, "回访", None))
    assert caught.value.for_field("next_action_on") is not None


def test_new_or_existing_is_derived(ctx: AppContext) -> None:
    rep = make_rep()
    bought = make_customer("老客户", rep, deal_on=dt.date(2026, 2, 1))
    bought_later = make_customer("后来成交", rep, deal_on=dt.date(2026, 3, 5))
    traded = make_customer("有首次交易日", rep, first_trade_on=dt.date(2025, 1, 1))
    prospect = make_customer("新客户", rep)
    first = _plan(prospect.id, rep.id, at(MONDAY, 9))
    vs.complete_visit(ctx.user, first.id, 1, vs.VisitOutcome("初次见面", "yes"))
    assert vs.is_new_customer(ctx.user, bought.id, MONDAY) is False
    assert vs.is_new_customer(ctx.user, bought_later.id, MONDAY) is True
    assert vs.is_new_customer(ctx.user, bought_later.id, dt.date(2026, 3, 6)) is False
    assert vs.is_new_customer(ctx.user, traded.id, MONDAY) is False
    # the done first visit does not count on its own day, only after it
    assert vs.is_new_customer(ctx.user, prospect.id, MONDAY) is True
    assert vs.is_new_customer(ctx.user, prospect.id, MONDAY + dt.timedelta(days=1)) is False
    rows = vs.visits_between(ctx.user, MONDAY, MONDAY + dt.timedelta(days=1), rep.id)
    assert [(r.customer_name, r.is_new) for r in rows] == [("新客户", True)]


def test_move_clears_route_position_and_can_change_rep(ctx: AppContext) -> None:
    rep = make_rep()
    other = make_rep("李晓梅")
    customer = make_customer("张三", rep)
    visit = _plan(customer.id, rep.id, at(MONDAY, 9))
    vs.set_route_order(ctx.user, rep.id, MONDAY, [visit.id])
    assert Visit.get_by_id(visit.id).route_position == 1
    moved = vs.move_visit(
        ctx.user, visit.id, 1, at(MONDAY + dt.timedelta(days=2), 11), rep_id=other.id
    )
    assert (moved.start, moved.rep_id, moved.route_position) == (
        at(dt.date(2026, 3, 4), 11),
        other.id,
        None,
    )


def test_route_order_is_kept_and_does_not_bump_versions(ctx: AppContext) -> None:
    rep = make_rep()
    ids = [
        _plan(make_customer(n, rep).id, rep.id, at(MONDAY, h)).id
        for n, h in (("甲", 9), ("乙", 10), ("丙", 11))
    ]
    vs.set_route_order(ctx.user, rep.id, MONDAY, [ids[2], ids[0]])
    rows = vs.route_order(
        vs.visits_between(ctx.user, MONDAY, MONDAY + dt.timedelta(days=1), rep.id)
    )
    assert [r.customer_name for r in rows] == ["丙", "甲", "乙"]
    assert [Visit.get_by_id(i).version for i in ids] == [1, 1, 1]


def test_cancel_and_delete(ctx: AppContext) -> None:
    rep = make_rep()
    customer = make_customer("张三", rep)
    visit = _plan(customer.id, rep.id, at(MONDAY, 9))
    assert vs.cancel_visit(ctx.user, visit.id, 1).status == "cancelled"
    with pytest.raises(ConflictError):
        vs.delete_visit(ctx.user, visit.id, 1)
    vs.delete_visit(ctx.user, visit.id, 2)
    assert Visit.select().count() == 0


def test_control_characters_are_refused_before_anything_is_written(ctx: AppContext) -> None:
    """A NUL byte would break PostgreSQL (DataError) and hide text on SQLite: refuse it."""
    rep = make_rep()
    customer = make_customer("张三", rep)
    with pytest.raises(ValidationFailed) as caught:
        _plan(customer.id, rep.id, at(MONDAY, 9), matter="a\x00b", purpose="第一行\n第二\x07行")
    assert {(e.field, e.code) for e in caught.value.errors} == {
        ("matter", "control_char"),
        ("purpose", "control_char"),
    }
    assert Visit.select().count() == 0
    visit = _plan(customer.id, rep.id, at(MONDAY, 9), purpose="第一行\n第二行")
    outcome = vs.VisitOutcome(
        actual_result="谈妥\x00",
        purpose_met="yes",
        next_action="寄\x1b样品",
        next_action_on=MONDAY,
    )
    with pytest.raises(ValidationFailed) as caught:
        vs.complete_visit(ctx.user, visit.id, visit.version, outcome)
    assert {(e.field, e.code) for e in caught.value.errors} == {
        ("actual_result", "control_char"),
        ("next_action", "control_char"),
    }
    assert Visit.get_by_id(visit.id).status == "planned"


def test_save_visit_writes_plan_and_outcome_together_or_nothing(ctx: AppContext) -> None:
    rep = make_rep()
    customer = make_customer("张三", rep)
    visit = _plan(customer.id, rep.id, at(MONDAY, 9), matter="旧事项")
    draft = vs.VisitDraft(
        customer_id=customer.id,
        rep_id=rep.id,
        start=at(MONDAY, 9),
        matter="新事项",
        id=visit.id,
        version=visit.version,
    )
    refused = vs.VisitOutcome(actual_result="长" * 4001, purpose_met="yes")
    with pytest.raises(ValidationFailed) as caught:
        vs.save_visit(ctx.user, draft, refused)
    assert [e.field for e in caught.value.errors] == ["actual_result"]
    stored = Visit.get_by_id(visit.id)
    assert (stored.matter, stored.status, stored.version) == ("旧事项", "planned", visit.version)

    saved = vs.save_visit(ctx.user, draft, vs.VisitOutcome(actual_result="谈妥", purpose_met="yes"))
    stored = Visit.get_by_id(visit.id)
    assert (stored.matter, stored.status, stored.actual_result) == ("新事项", "done", "谈妥")
    assert saved.version == stored.version
    assert (
        vs.save_visit(
            ctx.user, vs.VisitDraft(customer_id=customer.id, rep_id=rep.id, start=at(MONDAY, 14))
        ).status
        == "planned"
    )


def test_next_action_cannot_fall_due_before_the_visit(ctx: AppContext) -> None:
    rep = make_rep()
    customer = make_customer("张三", rep)
    visit = _plan(customer.id, rep.id, at(MONDAY, 9))
    early = vs.VisitOutcome(
        "谈妥", "yes", next_action="送样品", next_action_on=dt.date(2025, 2, 28)
    )
    with pytest.raises(ValidationFailed) as caught:
        vs.complete_visit(ctx.user, visit.id, visit.version, early)
    assert [(e.field, e.code) for e in caught.value.errors] == [("next_action_on", "before_visit")]
    draft = vs.VisitDraft(customer.id, rep.id, at(MONDAY, 9), id=visit.id, version=visit.version)
    with pytest.raises(ValidationFailed):
        vs.save_visit(ctx.user, draft, early)
    assert Visit.get_by_id(visit.id).status == "planned"
    same_day = vs.VisitOutcome("谈妥", "yes", next_action="回电", next_action_on=MONDAY)
    assert vs.complete_visit(ctx.user, visit.id, visit.version, same_day).next_action_on == MONDAY
