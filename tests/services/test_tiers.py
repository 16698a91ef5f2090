"""ABCD tiers: breakpoints on crafted revenue sets, ties, zero revenue, one customer, and the
recompute that follows deal changes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from desktop_crm.models.core import Customer
from desktop_crm.services.analysis import tiers
from desktop_crm.services.context import AppContext
from desktop_crm.services.customers.drafts import CustomerDraft, DealDraft
from desktop_crm.services.customers.queries import load_customer
from desktop_crm.services.customers.writes import move_to_trash, save_customer


def test_exact_breakpoints() -> None:
    # shares 40/30/20/10 of 100: customers start at 0, 40, 70, 90 % → A, B, C, D
    got = tiers.compute_tiers([(1, D(40)), (2, D(30)), (3, D(20)), (4, D(10))])
    assert got == {1: "A", 2: "B", 3: "C", 4: "D"}


def test_order_of_input_does_not_matter() -> None:
    got = tiers.compute_tiers([(4, D(10)), (2, D(30)), (1, D(40)), (3, D(20))])
    assert got == {1: "A", 2: "B", 3: "C", 4: "D"}


def test_ties_share_a_tier_and_zero_revenue_is_d() -> None:
    # total 100. 50 starts at 0 → A; the two 20s start together at 50 → both B;
    # the two 5s start at 90 → D (C stays empty); no revenue → D
    revenues = [(1, D(50)), (2, D(20)), (3, D(20)), (4, D(5)), (5, D(5)), (6, D(0))]
    assert tiers.compute_tiers(revenues) == {1: "A", 2: "B", 3: "B", 4: "D", 5: "D", 6: "D"}


def test_a_tie_across_a_breakpoint_takes_the_tier_of_its_start() -> None:
    # three at 30 start at 0 % → all A, although together they make 90 %; 10 starts at 90 → D
    got = tiers.compute_tiers([(1, D(30)), (2, D(30)), (3, D(30)), (4, D(10))])
    assert got == {1: "A", 2: "A", 3: "A", 4: "D"}


def test_single_customer() -> None:
    assert tiers.compute_tiers([(7, D("123.45"))]) == {7: "A"}
    assert tiers.compute_tiers([(7, D(0))]) == {7: "D"}
    assert tiers.compute_tiers([]) == {}


def test_nobody_has_revenue() -> None:
    assert tiers.compute_tiers([(1, D(0)), (2, D(0))]) == {1: "D", 2: "D"}


def test_settable_breakpoints() -> None:
    revenues = [(1, D(40)), (2, D(30)), (3, D(20)), (4, D(10))]
    # 50/25/15/10: cuts at 50, 75, 90 → starts 0, 40 → A; 70 → B; 90 → D
    assert tiers.compute_tiers(revenues, (50, 25, 15, 10)) == {1: "A", 2: "A", 3: "B", 4: "D"}
    # 20/30/30/20: cuts at 20, 50, 80 → 0 A, 40 B, 70 C, 90 D
    assert tiers.compute_tiers(revenues, (20, 30, 30, 20)) == {1: "A", 2: "B", 3: "C", 4: "D"}
    with pytest.raises(ValueError):
        tiers.compute_tiers(revenues, (40, 30, 20))
    with pytest.raises(ValueError):
        tiers.compute_tiers(revenues, (50, 30, 20, 10))


def test_breakpoints_setting(ctx: AppContext) -> None:
    assert tiers.get_breakpoints(ctx.user) == (40, 30, 20, 10)
    tiers.set_breakpoints(ctx.user, [50, 25, 15, 10])
    assert tiers.get_breakpoints(ctx.user) == (50, 25, 15, 10)
    with pytest.raises(ValueError):
        tiers.set_breakpoints(ctx.user, [90, 30, 20, 10])
    assert tiers.get_breakpoints(ctx.user) == (50, 25, 15, 10)


def _save(ctx: AppContext, name: str, deals: list[tuple[str, str]]) -> int:
    draft = CustomerDraft({"name": name}, deals=[DealDraft(d, "润滑油", a) for d, a in deals])
    return save_customer(ctx.user, draft).id


def test_recompute_counts_only_the_last_12_months(ctx: AppContext) -> None:
    today = dt.date(2026, 11, 22)
    old = _save(ctx, "老客户", [("2025-11-22", "900000")])  # exactly a year ago: outside
    recent = _save(ctx, "新客户", [("2025-11-23", "600"), ("2026-11-22", "400")])  # inside
    none = _save(ctx, "没生意", [])
    tiers.recompute_tiers(ctx.user, today)
    got = {c.id: c.tier_computed for c in Customer.select()}
    assert got == {old: "D", recent: "A", none: "D"}


def test_saving_deals_marks_tiers_stale_and_the_refresh_after_the_commit_computes_them(
    ctx: AppContext,
) -> None:
    today = dt.date.today()
    tiers.recompute_tiers(ctx.user, today)
    assert not tiers.tiers_are_stale(ctx.user, today)
    a = _save(ctx, "甲", [(today.isoformat(), "100")])
    # the save itself does not rank every customer (it would hold the write lock)
    assert load_customer(ctx.user, a).customer.tier_computed == ""
    assert tiers.tiers_are_stale(ctx.user, today)
    assert tiers.recompute_if_stale(ctx.user, today) == 1  # 甲 becomes A
    assert load_customer(ctx.user, a).customer.tier_computed == "A"
    assert not tiers.tiers_are_stale(ctx.user, today)
    b = _save(ctx, "乙", [(today.isoformat(), "300")])
    assert tiers.recompute_if_stale(ctx.user, today) == 2
    assert load_customer(ctx.user, b).customer.tier_computed == "A"
    assert load_customer(ctx.user, a).customer.tier_computed == "C"  # starts at 75 % of 400
    # a trashed customer no longer counts, and trashing marks the tiers stale
    move_to_trash(ctx.user, [b])
    assert tiers.tiers_are_stale(ctx.user, today)
    tiers.recompute_if_stale(ctx.user, today)
    assert load_customer(ctx.user, a).customer.tier_computed == "A"


def test_saving_a_customer_without_deal_changes_leaves_tiers_fresh(ctx: AppContext) -> None:
    today = dt.date.today()
    a = _save(ctx, "甲", [(today.isoformat(), "100")])
    tiers.recompute_tiers(ctx.user, today)
    record = load_customer(ctx.user, a)
    draft = CustomerDraft({"city": "上海"}, id=a, version=record.version)
    save_customer(ctx.user, draft)
    assert not tiers.tiers_are_stale(ctx.user, today)


def test_a_deal_saved_during_a_refresh_leaves_the_tiers_stale(ctx: AppContext) -> None:
    """The refresh records the deals generation it read, not the one at its end."""
    today = dt.date.today()
    a = _save(ctx, "甲", [(today.isoformat(), "100")])
    real_revenue = tiers.revenue_last_12_months

    def revenue_then_another_save(day: dt.date) -> list[tuple[int, D]]:
        result = real_revenue(day)
        _save(ctx, "乙", [(today.isoformat(), "300")])  # committed while we compute
        return result

    tiers.revenue_last_12_months = revenue_then_another_save  # type: ignore[assignment]
    try:
        tiers.recompute_tiers(ctx.user, today)
    finally:
        tiers.revenue_last_12_months = real_revenue  # type: ignore[assignment]
    assert load_customer(ctx.user, a).customer.tier_computed == "A"
    assert tiers.tiers_are_stale(ctx.user, today)
    tiers.recompute_if_stale(ctx.user, today)
    assert load_customer(ctx.user, a).customer.tier_computed == "C"


def test_distribution_counts_manual_override(ctx: AppContext) -> None:
    today = dt.date.today().isoformat()
    _save(ctx, "甲", [(today, "100")])
    c = _save(ctx, "乙", [])
    tiers.recompute_if_stale(ctx.user)
    Customer.update(tier_manual="B", tier_reason="年度合同").where(Customer.id == c).execute()
    (row,) = tiers.tier_distribution(ctx.user)
    assert row.counts == {"A": 1, "B": 1, "C": 0, "D": 0}
    assert row.manual == 1 and row.total == 2


def test_recompute_once_a_day(ctx: AppContext) -> None:
    day = dt.date(2026, 6, 1)
    cid = _save(ctx, "甲", [("2025-06-15", "100")])
    assert tiers.recompute_if_stale(ctx.user, day) == 1  # not yet computed on 1 June
    assert load_customer(ctx.user, cid).customer.tier_computed == "A"
    assert tiers.recompute_if_stale(ctx.user, day) is None  # done today already
    # a year later the deal has left the window: the next day's first look moves it to D
    assert tiers.recompute_if_stale(ctx.user, dt.date(2026, 6, 16)) == 1
    assert load_customer(ctx.user, cid).customer.tier_computed == "D"
