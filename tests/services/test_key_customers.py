"""Where visit time went against the 60/30/10 guidance, and the strategy texts."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_crm.models.visits import Visit
from desktop_crm.services.analysis import key_customers as kc
from desktop_crm.services.context import AppContext
from desktop_crm.services.customers.drafts import CustomerDraft
from desktop_crm.services.customers.writes import save_customer
from desktop_crm.services.people.users import add_user


def test_every_category_has_a_strategy_and_guidance() -> None:
    assert set(kc.STRATEGY) == set(kc.CATEGORIES) == set(kc.GUIDANCE)
    assert sum(customers for customers, _ in kc.GUIDANCE.values()) == 100
    assert sum(time for _, time in kc.GUIDANCE.values()) == 100


def test_visit_time_by_category(ctx: AppContext) -> None:
    rep = add_user(ctx.user, "李晓梅")
    other = add_user(ctx.user, "陈志强")
    key = save_customer(ctx.user, CustomerDraft({"name": "甲", "key_category": "key"})).id
    ordinary = save_customer(ctx.user, CustomerDraft({"name": "乙", "key_category": "ordinary"})).id
    loose = save_customer(ctx.user, CustomerDraft({"name": "丙"})).id

    def visit(
        customer: int,
        who: int,
        day: int,
        minutes: int,
        spent: int | None = None,
        status: str = "done",
    ) -> None:
        Visit.create(
            customer=customer,
            rep=who,
            start=dt.datetime(2026, 3, day, 9),
            duration_minutes=minutes,
            time_spent_minutes=spent,
            status=status,
        )

    visit(key, rep.id, 2, 60, spent=90)  # time actually spent wins: 90
    visit(key, rep.id, 3, 30)  # no time recorded: the planned 30
    visit(ordinary, rep.id, 4, 60)
    visit(loose, rep.id, 5, 60)
    visit(key, rep.id, 6, 600, status="planned")  # not done: not counted
    visit(key, rep.id, 31, 45)  # 31 March: outside [1, 30 March]
    visit(ordinary, other.id, 10, 120)

    rows = kc.visit_time_by_category(ctx.user, dt.date(2026, 3, 1), dt.date(2026, 3, 30))
    assert [r.rep_name for r in rows] == sorted(["李晓梅", "陈志强"])
    mine = next(r for r in rows if r.rep_name == "李晓梅")
    assert mine.minutes == {"key": 120, "ordinary": 60, "": 60}
    assert mine.total == 240
    assert mine.share("key") == pytest.approx(50.0)
    assert mine.share("potential") == 0.0
    (only,) = kc.visit_time_by_category(
        ctx.user, dt.date(2026, 3, 1), dt.date(2026, 3, 30), other.id
    )
    assert only.minutes == {"ordinary": 120}


def test_customers_by_category(ctx: AppContext) -> None:
    for name, category in (("甲", "key"), ("乙", "key"), ("丙", "potential"), ("丁", "")):
        save_customer(ctx.user, CustomerDraft({"name": name, "key_category": category}))
    assert kc.customers_by_category(ctx.user) == {"key": 2, "potential": 1, "": 1}
