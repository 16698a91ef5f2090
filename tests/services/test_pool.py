"""Reassignment, the shared pool (公海) and the auto-return (issue 10, item 6). Both backends."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from visit_helpers import at

from desktop_crm.models.core import Customer, Deal
from desktop_crm.models.visits import Visit
from desktop_crm.services.common.acting import Person
from desktop_crm.services.common.errors import PermissionDenied, ValidationFailed
from desktop_crm.services.context import AppContext
from desktop_crm.services.customers import pool
from desktop_crm.services.customers.drafts import CustomerFilter
from desktop_crm.services.customers.queries import find_customers
from desktop_crm.services.customers.writes import reassign_customers
from desktop_crm.services.people import manage as people
from desktop_crm.services.people.roles import Role
from desktop_crm.services.visits.writes import plan_next_visit

NOW = dt.datetime(2026, 3, 10, 12, 0)
TODAY = NOW.date()


def _rep(ctx: AppContext, name: str) -> Person:
    return people.add_person(ctx.user, name, Role.REP, password="x")


def _customer(name: str, owner: Person | None, made: dt.date = dt.date(2025, 1, 1)) -> int:
    made_at = dt.datetime.combine(made, dt.time(9))
    row = Customer.create(
        name=name, owner_rep=owner.id if owner else None, created_at=made_at, updated_at=made_at
    )
    return int(row.id)


def _visit(customer_id: int, rep: Person, start: dt.datetime, status: str = "planned", **kw):
    return Visit.create(customer=customer_id, rep=rep.id, start=start, status=status, **kw)


def _owner(customer_id: int) -> int | None:
    return Customer.get_by_id(customer_id).owner_rep_id


def test_reassign_selected_moves_customers_and_their_future_planned_visits(ctx: AppContext):
    zhang, li = _rep(ctx, "张三"), _rep(ctx, "李四")
    a, b, c = (_customer(n, zhang) for n in ("甲", "乙", "丙"))
    future = _visit(a, zhang, at(TODAY + dt.timedelta(days=2), 9))
    later = _visit(b, zhang, at(TODAY + dt.timedelta(days=9), 14))
    past_planned = _visit(a, zhang, at(TODAY - dt.timedelta(days=1), 9))
    done = _visit(a, zhang, at(TODAY - dt.timedelta(days=3), 9), "done", next_action="送样品")
    done.next_action_on = TODAY + dt.timedelta(days=5)
    done.save()
    not_selected = _visit(c, zhang, at(TODAY + dt.timedelta(days=1), 10))

    preview = pool.reassign_preview(ctx.user, [a, b], li.id, NOW)
    assert (preview.customers, preview.visits, preview.follow_ups) == (2, 2, 1)
    moved = pool.reassign_selected(ctx.user, [a, b], li.id, NOW)
    assert (moved.customers, moved.visits, moved.follow_ups) == (2, 2, 1)

    assert (_owner(a), _owner(b), _owner(c)) == (li.id, li.id, zhang.id)
    rep_of = {v.id: v.rep_id for v in Visit.select()}
    assert rep_of[future.id] == rep_of[later.id] == li.id
    assert rep_of[past_planned.id] == rep_of[done.id] == rep_of[not_selected.id] == zhang.id
    # the open follow-up goes with the customer: planned, it is the new owner's visit
    assert plan_next_visit(ctx.user, done.id).rep_id == li.id
    # again: nothing left to move
    assert pool.reassign_selected(ctx.user, [a, b], li.id, NOW).customers == 0


def test_reassign_to_the_pool_keeps_planned_visits_with_their_rep(ctx: AppContext):
    zhang = _rep(ctx, "张三")
    a = _customer("甲", zhang)
    visit = _visit(a, zhang, at(TODAY + dt.timedelta(days=2), 9))
    moved = pool.reassign_selected(ctx.user, [a], None, NOW)
    assert (moved.customers, moved.visits) == (1, 0)
    assert _owner(a) is None
    assert Visit.get_by_id(visit.id).rep_id == zhang.id
    pooled = find_customers(ctx.user, CustomerFilter(pool_only=True))
    assert [r.id for r in pooled] == [a]


def test_a_deactivated_target_is_refused_before_anything_moves(ctx: AppContext):
    zhang, gone = _rep(ctx, "张三"), _rep(ctx, "王五")
    a = _customer("甲", zhang)
    people.deactivate_person(ctx.user, gone.id)
    with pytest.raises(ValidationFailed) as error:
        pool.reassign_selected(ctx.user, [a], gone.id, NOW)
    assert [(e.field, e.code) for e in error.value.errors] == [("to_rep_id", "inactive")]
    with pytest.raises(ValidationFailed) as error:
        reassign_customers(ctx.user, zhang.id, gone.id)
    assert error.value.errors[0].field == "to_rep_id"
    with pytest.raises(ValidationFailed) as error:
        pool.reassign_selected(ctx.user, [a, 999999], zhang.id, NOW)
    assert error.value.errors[0].field == "customer_ids.1"
    assert _owner(a) == zhang.id


def test_a_failure_half_way_leaves_nothing_changed(ctx: AppContext, monkeypatch):
    zhang, li = _rep(ctx, "张三"), _rep(ctx, "李四")
    a = _customer("甲", zhang)
    visit = _visit(a, zhang, at(TODAY + dt.timedelta(days=2), 9))

    def broken(*_args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(pool, "mark_owner_since", broken)
    with pytest.raises(RuntimeError):
        pool.reassign_selected(ctx.user, [a], li.id, NOW)
    assert _owner(a) == zhang.id
    assert Visit.get_by_id(visit.id).rep_id == zhang.id


def test_reassign_all_of_a_reps_customers_moves_their_planned_visits(ctx: AppContext):
    zhang, li = _rep(ctx, "张三"), _rep(ctx, "李四")
    a, b = _customer("甲", zhang), _customer("乙", zhang)
    visit = _visit(b, zhang, at(TODAY + dt.timedelta(days=30), 9))
    assert reassign_customers(ctx.user, zhang.id, li.id, NOW) == 2
    assert (_owner(a), _owner(b)) == (li.id, li.id)
    assert Visit.get_by_id(visit.id).rep_id == li.id


def test_a_rep_may_not_reassign_but_claims_and_releases_their_own(ctx: AppContext):
    zhang, li = _rep(ctx, "张三"), _rep(ctx, "李四")
    mine, theirs, free = _customer("甲", zhang), _customer("乙", li), _customer("丙", None)
    with pytest.raises(PermissionDenied):
        pool.reassign_selected(zhang, [mine], li.id, NOW)
    with pytest.raises(PermissionDenied):
        pool.release_to_pool(zhang, [theirs])
    with pytest.raises(PermissionDenied):
        pool.set_manual_tier_for(zhang, [mine], "A")
    assert pool.release_to_pool(zhang, [mine]).customers == 1
    assert _owner(mine) is None
    assert pool.claim_customer(zhang, free).customers == 1
    assert _owner(free) == zhang.id
    assert (_owner(theirs)) == li.id


def test_claim_race_the_second_claim_is_refused_naming_who_has_it(ctx: AppContext):
    zhang, li = _rep(ctx, "张三"), _rep(ctx, "李四")
    free = _customer("丙", None)
    visit = _visit(free, li, at(TODAY + dt.timedelta(days=3), 9))
    won = pool.claim_customer(zhang, free, NOW)
    assert (won.customers, won.visits) == (1, 1)
    assert Visit.get_by_id(visit.id).rep_id == zhang.id  # the claimer takes the planned visit
    with pytest.raises(pool.AlreadyOwned) as refused:
        pool.claim_customer(li, free, NOW)
    assert refused.value.owner_name == "张三"
    assert "张三" in str(refused.value)
    with pytest.raises(pool.AlreadyOwned):
        pool.claim_customer(zhang, free, NOW)  # already theirs
    assert _owner(free) == zhang.id


def test_set_manual_tier_for_a_selection(ctx: AppContext):
    a, b = _customer("甲", None), _customer("乙", None)
    assert pool.set_manual_tier_for(ctx.user, [a, b], "A") == 2
    assert {Customer.get_by_id(i).tier_manual for i in (a, b)} == {"A"}
    pool.set_manual_tier_for(ctx.user, [a], "")
    assert Customer.get_by_id(a).tier_manual == ""
    with pytest.raises(ValidationFailed):
        pool.set_manual_tier_for(ctx.user, [a], "Z")


def test_auto_return_is_off_by_default_and_moves_only_idle_customers(ctx: AppContext):
    zhang = _rep(ctx, "张三")
    idle = _customer("久未联系", zhang)
    visited = _customer("刚拜访", zhang)
    _visit(visited, zhang, at(TODAY - dt.timedelta(days=10), 9), "done")
    bought = _customer("刚成交", zhang)
    Deal.create(customer=bought, date=TODAY - dt.timedelta(days=20), amount=Decimal("100"))
    soon = _customer("快到期", zhang)
    _visit(soon, zhang, at(TODAY - dt.timedelta(days=27), 9), "done")
    planned_only = _customer("只有计划", zhang)
    _visit(planned_only, zhang, at(TODAY - dt.timedelta(days=40), 9), "planned")
    new = _customer("新客户", zhang, made=TODAY - dt.timedelta(days=3))
    free = _customer("公海", None)

    assert pool.pool_settings(ctx.user) == pool.PoolSettings(0, 7)
    assert pool.idle_customers(ctx.user, TODAY) == []
    assert pool.return_idle_to_pool(ctx.user, TODAY) == []
    assert _owner(idle) == zhang.id

    pool.set_pool_settings(ctx.user, 30, 7)
    with pytest.raises(ValidationFailed):
        pool.set_pool_settings(ctx.user, -1, 7)
    with pytest.raises(PermissionDenied):
        pool.set_pool_settings(zhang, 10, 7)
    with pytest.raises(PermissionDenied):
        pool.return_idle_to_pool(zhang, TODAY)

    notice = {c.name: c.returns_on for c in pool.idle_customers(zhang, TODAY)}
    assert notice == {
        "久未联系": dt.date(2025, 1, 31),
        "只有计划": dt.date(2025, 1, 31),
        "快到期": TODAY + dt.timedelta(days=3),
    }
    moved = pool.return_idle_to_pool(ctx.user, TODAY)
    assert sorted(c.name for c in moved) == ["久未联系", "只有计划"]
    assert _owner(idle) is None and _owner(planned_only) is None
    for kept in (visited, bought, soon, new):
        assert _owner(kept) == zhang.id
    assert _owner(free) is None
    # a claim restarts the clock
    pool.claim_customer(zhang, idle, NOW)
    assert pool.return_idle_to_pool(ctx.user, TODAY) == []
    assert _owner(idle) == zhang.id


def test_a_new_owner_in_the_form_restarts_the_idle_clock(ctx: AppContext):
    from desktop_crm.services.customers.drafts import CustomerDraft
    from desktop_crm.services.customers.writes import save_customer

    zhang, li = _rep(ctx, "张三"), _rep(ctx, "李四")
    record = save_customer(ctx.user, CustomerDraft(values={"name": "甲"}, owner_rep_id=zhang.id))
    Customer.update(created_at=dt.datetime(2020, 1, 1)).where(Customer.id == record.id).execute()
    pool.set_pool_settings(ctx.user, 30, 7)
    assert [c.id for c in pool.idle_customers(ctx.user, dt.date.today())] == [record.id]
    fresh = Customer.get_by_id(record.id)
    save_customer(
        ctx.user,
        CustomerDraft(
            id=record.id, version=fresh.version, values={"name": "甲"}, owner_rep_id=li.id
        ),
    )
    assert pool.idle_customers(ctx.user, dt.date.today()) == []


def test_reassign_release_claim_and_auto_return_are_in_the_audit_log(ctx: AppContext):
    from desktop_crm.services.office.audit import customer_history

    zhang, li = _rep(ctx, "张三"), _rep(ctx, "李四")
    a = _customer("甲", zhang)
    pool.reassign_selected(ctx.user, [a], li.id, NOW)
    pool.release_to_pool(li, [a])
    pool.claim_customer(zhang, a, NOW)
    Customer.update(created_at=dt.datetime(2020, 1, 1)).execute()
    pool.set_pool_settings(ctx.user, 30, 7)
    pool.return_idle_to_pool(ctx.user, dt.date.today() + dt.timedelta(days=400))
    entries = [
        (e.person_name, e.action, [(c.field, c.before, c.after) for c in e.changes])
        for e in reversed(customer_history(ctx.user, a))
        if e.action in ("reassign", "claim")
    ]
    assert entries == [
        ("店主", "reassign", [("owner_rep", "张三", "李四")]),
        ("李四", "reassign", [("owner_rep", "李四", "")]),
        ("张三", "claim", [("owner_rep", "", "张三")]),
        ("店主", "reassign", [("owner_rep", "张三", "")]),
    ]
