"""The summary's action lists (services/owner/actions.py) on the hand-worked office of
tests/owner_office.py: which rows, in which order, capped with "and N more"; a rep gets their
own; both backends."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from owner_office import TODAY, build_office

from desktop_crm.services.common.errors import PermissionDenied, ValidationFailed
from desktop_crm.services.context import AppContext
from desktop_crm.services.owner.actions import ActionList, action_lists


@pytest.fixture
def office(ctx: AppContext) -> SimpleNamespace:
    return build_office(ctx.user)


def _rows(found: ActionList) -> list[tuple[int, str, str, dt.date | None, str]]:
    return [(r.id, r.customer, r.rep, r.day, r.text) for r in found.rows]


def test_the_office_lists(office: SimpleNamespace) -> None:
    got = action_lists(office.owner, today=TODAY)
    assert got.today == TODAY and got.key_days == 30
    assert _rows(got.overdue_follow_ups) == [
        (office.v6, "丁", "李娜", dt.date(2026, 12, 5), "报价"),  # the oldest due first
        (office.v1, "甲", "王建国", dt.date(2026, 12, 10), "送样品"),
    ]
    assert got.overdue_follow_ups.total == 2 and got.overdue_follow_ups.more == 0
    assert _rows(got.unreported_visits) == [
        (office.v3, "丙", "李娜", dt.date(2026, 12, 14), "回访")
    ]
    assert _rows(got.key_customers_not_seen) == [
        (office.c5, "戊", "", None, ""),  # the pool's, never visited: first
        (office.c6, "己", "李娜", None, ""),  # new, never visited
        (office.c2, "乙", "王建国", dt.date(2026, 11, 10), "A"),  # uncategorised tier A
    ]
    assert got.late_complaints is not None
    assert _rows(got.late_complaints) == [
        (office.k4, "戊", "", dt.date(2026, 12, 11), "发票开错"),  # the pool's, the oldest due
        (office.k3, "丁", "李娜", dt.date(2026, 12, 13), "送货晚了"),  # 22:00 in Shanghai
    ]  # k1 on time, k2 resolved (late, but done), k5 not due yet, k6 in the trash


def test_a_rep_gets_their_own_lists(office: SimpleNamespace) -> None:
    mine = action_lists(office.a, today=TODAY)
    assert mine == action_lists(office.owner, office.a.id, today=TODAY)
    assert [r.id for r in mine.overdue_follow_ups.rows] == [office.v1]
    assert mine.unreported_visits.total == 0
    assert [r.id for r in mine.key_customers_not_seen.rows] == [office.c2]  # not the pool's
    theirs = action_lists(office.b, today=TODAY)
    assert [r.id for r in theirs.overdue_follow_ups.rows] == [office.v6]
    assert [r.id for r in theirs.unreported_visits.rows] == [office.v3]
    assert [r.id for r in theirs.key_customers_not_seen.rows] == [office.c6]  # c3 seen 4 Dec
    assert mine.late_complaints is not None and theirs.late_complaints is not None
    assert mine.late_complaints.total == 0  # k5 is not due yet
    assert [r.id for r in theirs.late_complaints.rows] == [office.k3]
    with pytest.raises(PermissionDenied):
        action_lists(office.a, office.b.id, today=TODAY)


def test_lists_are_capped_and_count_what_they_leave_out(office: SimpleNamespace) -> None:
    got = action_lists(office.owner, today=TODAY, limit=1, key_days=10)
    # 10 days up to 16 Dec: since 7 Dec; c1 (1 Dec) and c3 (4 Dec) are unseen too
    assert [r.id for r in got.key_customers_not_seen.rows] == [office.c5]
    assert (got.key_customers_not_seen.total, got.key_customers_not_seen.more) == (5, 4)
    assert (got.overdue_follow_ups.total, got.overdue_follow_ups.more) == (2, 1)
    every = action_lists(office.owner, today=TODAY, key_days=10).key_customers_not_seen
    assert [r.id for r in every.rows] == [office.c5, office.c6, office.c2, office.c1, office.c3]
    assert [r.day for r in every.rows] == [
        None,
        None,
        dt.date(2026, 11, 10),
        dt.date(2026, 12, 1),
        dt.date(2026, 12, 4),
    ]
    assert action_lists(office.owner, today=TODAY, limit=0).overdue_follow_ups.more == 2
    none_shown = action_lists(office.owner, today=TODAY, limit=0).late_complaints
    assert none_shown is not None and (none_shown.total, none_shown.more) == (2, 2)
    # judged on 17 Dec (its end), k5 (due 17 Dec 01:00 UTC) is late too
    later = action_lists(office.owner, today=dt.date(2026, 12, 17)).late_complaints
    assert later is not None and [r.id for r in later.rows] == [office.k4, office.k3, office.k5]


def test_later_the_follow_up_is_no_longer_overdue(office: SimpleNamespace) -> None:
    early = action_lists(office.owner, today=dt.date(2026, 12, 6))
    assert [r.id for r in early.overdue_follow_ups.rows] == [office.v6]  # v1 due on the 10th
    assert early.unreported_visits.total == 0  # v3 on the 14th lies ahead


@pytest.mark.parametrize(
    ("keywords", "field"),
    [({"limit": -1}, "limit"), ({"key_days": 0}, "key_days"), ({"key_days": True}, "key_days")],
)
def test_bad_arguments_name_their_field(
    office: SimpleNamespace, keywords: dict[str, int], field: str
) -> None:
    with pytest.raises(ValidationFailed) as caught:
        action_lists(office.owner, today=TODAY, **keywords)  # type: ignore[arg-type]
    assert caught.value.for_field(field) is not None
