"""The named domain rules (issue 8): each in one place, and its SQL twin agrees with it."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_crm.models.core import Customer
from desktop_crm.services.analysis.key_customers import (
    CATEGORIES,
    category_label,
    customers_by_category,
    effective_category,
    effective_category_sql,
    is_key_customer,
    key_customer_sql,
)
from desktop_crm.services.analysis.tiers import effective_tier, effective_tier_sql
from desktop_crm.services.context import AppContext
from desktop_crm.services.customers.drafts import CustomerDraft
from desktop_crm.services.customers.fields import KEY_CATEGORIES
from desktop_crm.services.customers.writes import save_customer
from desktop_crm.services.visits.suggestions import customers_to_visit


@pytest.mark.parametrize(
    ("manual", "computed", "expected"),
    [("", "C", "C"), ("A", "C", "A"), ("B", "", "B"), ("", "", ""), (None, None, "")],
)
def test_a_manual_tier_wins(manual: str | None, computed: str | None, expected: str) -> None:
    assert effective_tier(manual, computed) == expected


@pytest.mark.parametrize(
    ("category", "tier", "expected"),
    [
        ("key", "D", "key"),
        ("ordinary", "A", "ordinary"),  # a category set by hand stands
        ("", "A", "key"),  # nobody categorised the biggest customer yet: key
        ("", "B", ""),
        ("bogus", "A", "key"),
        (None, None, ""),
    ],
)
def test_effective_category(category: str | None, tier: str | None, expected: str) -> None:
    assert effective_category(category, tier) == expected
    assert is_key_customer(category, tier) == (expected == "key")


def _customer(ctx: AppContext, name: str, category: str, manual: str, computed: str) -> int:
    cid = save_customer(ctx.user, CustomerDraft({"name": name, "key_category": category})).id
    Customer.update(tier_manual=manual, tier_computed=computed).where(Customer.id == cid).execute()
    return cid


CASES = [
    ("甲", "key", "", "D"),
    ("乙", "", "", "A"),
    ("丙", "", "A", "C"),
    ("丁", "ordinary", "A", "A"),
    ("戊", "", "B", "A"),
    ("己", "potential", "", ""),
]


def test_sql_twins_agree_with_the_rules(ctx: AppContext) -> None:
    ids = {_customer(ctx, *case): case for case in CASES}
    query = Customer.select(
        Customer.id,
        effective_tier_sql().alias("tier"),
        effective_category_sql().alias("category"),
    ).where(Customer.id.in_(list(ids)))
    for cid, tier, category in query.tuples():
        _name, cat, manual, computed = ids[cid]
        assert (tier or "") == effective_tier(manual, computed)
        assert (category or "") == effective_category(cat, effective_tier(manual, computed))
    keys = {c for (c,) in Customer.select(Customer.id).where(key_customer_sql()).tuples()}
    expected = {
        cid for cid, (_n, cat, m, c) in ids.items() if is_key_customer(cat, effective_tier(m, c))
    }
    assert keys == expected == {cid for cid, case in ids.items() if case[0] in "甲乙丙"}
    assert customers_by_category(ctx.user) == {"key": 3, "ordinary": 1, "potential": 1, "": 1}


def test_the_planner_lists_key_customers_by_the_same_rule(ctx: AppContext) -> None:
    ids = {_customer(ctx, *case): case[0] for case in CASES}
    unseen = {
        s.customer_id
        for s in customers_to_visit(ctx.user, dt.date.today(), key_days=30, dormant_days=10_000)
        if s.reason == "key_unseen"
    }
    assert {ids[cid] for cid in unseen} == {"甲", "乙", "丙"}


def test_category_labels_come_from_the_field_description() -> None:
    seen: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        seen.append((context, text))
        return f"<{text}>"

    assert CATEGORIES == tuple(choice.value for choice in KEY_CATEGORIES)
    for choice in KEY_CATEGORIES:
        assert category_label(translate, choice.value) == f"<{choice.label}>"
    assert category_label(translate, "") == "<Not categorised>"
    assert category_label(translate, "bogus") == "<Not categorised>"
    assert seen[0] == ("Choice", KEY_CATEGORIES[0].label)


def test_time_share_against_the_guidance() -> None:
    from desktop_crm.services.analysis.key_customers import (
        GUIDANCE,
        GUIDANCE_TOLERANCE,
        time_share_off_guidance,
    )

    key_time = GUIDANCE["key"][1]  # 60 % of selling time
    assert not time_share_off_guidance("key", key_time)
    assert not time_share_off_guidance("key", key_time - GUIDANCE_TOLERANCE + 0.5)
    assert time_share_off_guidance("key", key_time - GUIDANCE_TOLERANCE)
    assert time_share_off_guidance("ordinary", 0)  # guidance 30 %
    assert not time_share_off_guidance("", 100)  # uncategorised: no guidance
