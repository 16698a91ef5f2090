"""Cause analysis of the complaints (issue 13, item 2): the Pareto table by cause, the counts
by product, rep and month, on time against late; every number worked by hand below. The office
is in Asia/Shanghai (UTC+8). Both backends.

December 2026, "now" = 10 Dec 12:00 UTC:
  k1 A c1 inattention   空调KFR-35  in 12-01 02:00  due 14:00, resolved 10:00        on time
  k2 A c1 inattention   空调KFR-35  in 12-02 02:00  due 14:00, resolved 12-03 02:00  late
  k3 B c2 misinformation 热水器     in 12-05 02:00  due 14:00, open                  late
  k4 B c2 inattention   (none)     in 12-09 23:00 (10 Dec, 07:00 local) due 12-10 23:00  open
  k5 pool c3 not_heard  空调KFR-35  in 11-30 17:00 (1 Dec, 01:00 local), resolved on time
  k6 A c4 (in the trash)            in 12-03                                      nowhere
  k7 A c1 friend_opinion            in 11-30 15:00 (30 Nov, 23:00 local), resolved on time
  k8 B c2 other                     in 2027-01-02                                 not December
By hand: 5 complaints; inattention 3 (60 %, 60 %), not_heard 1 (20 %, 80 %), misinformation 1
(20 %, 100 %: a tie is kept in the order of the five causes); on time 2, late 2, open 1.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

import pytest

from desktop_crm.models.aftersale import Complaint
from desktop_crm.models.core import Customer
from desktop_crm.services.aftersale.causes import CauseCount, Count, cause_analysis
from desktop_crm.services.common.errors import PermissionDenied, ValidationFailed
from desktop_crm.services.context import AppContext
from desktop_crm.services.people import manage
from desktop_crm.services.people.roles import Role

NOW = dt.datetime(2026, 12, 10, 12)
DEC_1, DEC_31 = dt.date(2026, 12, 1), dt.date(2026, 12, 31)
D = Decimal
at = dt.datetime


@pytest.fixture
def office(ctx: AppContext) -> SimpleNamespace:
    owner = ctx.user
    a = manage.add_person(owner, "王建国", Role.REP, password="pw")
    b = manage.add_person(owner, "李娜", Role.REP, password="pw")
    c1 = Customer.create(name="甲", owner_rep=a.id)
    c2 = Customer.create(name="乙", owner_rep=b.id)
    c3 = Customer.create(name="丙")
    c4 = Customer.create(name="丁", owner_rep=a.id)

    def k(
        rep: object,
        customer: object,
        cause: str,
        product: str,
        received: dt.datetime,
        due: dt.datetime,
        resolved: dt.datetime | None = None,
    ) -> int:
        row = Complaint.create(
            customer=customer,
            rep=getattr(rep, "id", None),
            cause=cause,
            product=product,
            received_at=received,
            due_at=due,
            resolved_at=resolved,
            description="投诉",
        )
        return int(row.id)  # fmt: skip

    k(
        a,
        c1,
        "inattention",
        "空调KFR-35",
        at(2026, 12, 1, 2),
        at(2026, 12, 1, 14),
        at(2026, 12, 1, 10),
    )
    k(
        a,
        c1,
        "inattention",
        "空调KFR-35",
        at(2026, 12, 2, 2),
        at(2026, 12, 2, 14),
        at(2026, 12, 3, 2),
    )
    k(b, c2, "misinformation", "热水器", at(2026, 12, 5, 2), at(2026, 12, 5, 14))
    k(b, c2, "inattention", "", at(2026, 12, 9, 23), at(2026, 12, 10, 23))
    k(
        None,
        c3,
        "not_heard",
        "空调KFR-35",
        at(2026, 11, 30, 17),
        at(2026, 12, 1, 5),
        at(2026, 12, 1, 3),
    )
    k(a, c4, "inattention", "空调KFR-35", at(2026, 12, 3, 2), at(2026, 12, 3, 14))
    k(a, c1, "friend_opinion", "", at(2026, 11, 30, 15), at(2026, 12, 1, 3), at(2026, 12, 1, 1))
    k(b, c2, "other", "", at(2027, 1, 2, 2), at(2027, 1, 2, 14))  # fmt: skip
    Customer.update(deleted_at=at(2026, 12, 9)).where(Customer.id == c4.id).execute()
    return SimpleNamespace(owner=owner, a=a, b=b)


def test_december_by_cause_product_rep_and_month(office: SimpleNamespace) -> None:
    got = cause_analysis(office.owner, DEC_1, DEC_31, now=NOW)
    assert (got.total, got.on_time, got.late, got.open) == (5, 2, 2, 1)
    assert got.rate_on_time == D("50.0")
    assert got.causes == (
        CauseCount("inattention", 3, D("60.0"), D("60.0")),
        CauseCount("not_heard", 1, D("20.0"), D("80.0")),
        CauseCount("misinformation", 1, D("20.0"), D("100.0")),
    )
    assert [(p.key, p.count, p.late) for p in got.products] == [
        ("空调KFR-35", 3, 1),  # k1 k2 k5; k2 late
        ("", 1, 0),  # k4, no product named (sorts before 热水器)
        ("热水器", 1, 1),  # k3
    ]
    assert got.others == 0
    assert [(r.key, r.count, r.late, r.rep_id) for r in got.reps] == [
        ("李娜", 2, 1, office.b.id),  # k3 late, k4 open
        ("王建国", 2, 1, office.a.id),  # k1 on time, k2 late
        ("", 1, 0, None),  # the pool's k5, last
    ]
    assert got.months == (Count("2026-12", 5, 2, month=DEC_1),)


def test_months_of_a_longer_span_and_the_zero_ones(office: SimpleNamespace) -> None:
    got = cause_analysis(office.owner, dt.date(2026, 10, 1), dt.date(2027, 1, 31), now=NOW)
    assert [(m.key, m.count, m.late) for m in got.months] == [
        ("2026-10", 0, 0),
        ("2026-11", 1, 0),  # k7, 23:00 on 30 Nov in Shanghai
        ("2026-12", 5, 2),
        ("2027-01", 1, 0),  # k8, due after "now": open
    ]
    assert got.total == 7 and got.open == 2


def test_a_rep_sees_their_own_and_the_office_can_narrow(office: SimpleNamespace) -> None:
    mine = cause_analysis(office.a, DEC_1, DEC_31, now=NOW)
    assert mine == cause_analysis(office.owner, DEC_1, DEC_31, office.a.id, now=NOW)
    assert (mine.total, mine.on_time, mine.late) == (2, 1, 1)  # k1 k2 (k6 in the trash)
    assert mine.causes == (CauseCount("inattention", 2, D("100.0"), D("100.0")),)
    theirs = cause_analysis(office.b, DEC_1, DEC_31, now=NOW)
    assert (theirs.total, theirs.late, theirs.open) == (2, 1, 1)
    with pytest.raises(PermissionDenied):
        cause_analysis(office.a, DEC_1, DEC_31, office.b.id, now=NOW)


def test_an_empty_month(office: SimpleNamespace) -> None:
    got = cause_analysis(office.owner, dt.date(2026, 6, 1), dt.date(2026, 6, 30), now=NOW)
    assert (got.total, got.causes, got.products, got.reps) == (0, (), (), ())
    assert got.rate_on_time is None
    assert got.months == (Count("2026-06", 0, 0, month=dt.date(2026, 6, 1)),)


@pytest.mark.parametrize(
    ("first", "last", "field"),
    [
        ("2026-12-01", DEC_31, "first"),
        (DEC_1, None, "last"),
        (DEC_31, DEC_1, "last"),  # the end before the start
        (dt.date(2020, 1, 1), DEC_31, "last"),  # longer than three years
    ],
)
def test_bad_spans_name_their_field(
    office: SimpleNamespace, first: object, last: object, field: str
) -> None:
    with pytest.raises(ValidationFailed) as caught:
        cause_analysis(office.owner, first, last)  # type: ignore[arg-type]
    assert caught.value.for_field(field) is not None
