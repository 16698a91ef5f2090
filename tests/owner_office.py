"""A small office for the summary's action lists and the summary PDF, every value worked out by
hand (tests/services/test_actions.py, tests/reports/test_summary_report.py, tests/commands).

"Today" = Wednesday 16 December 2026; the period December 2026 (previous: November).

people    王建国 (rep A, the office standard 7 + 3 = 10 a day), 李娜 (rep B, own 4 + 1 = 5)
customers c1 甲 A key          created 2026-01-10    c5 戊 the pool, key   created 2026-04-01
          c2 乙 A tier A, uncategorised (so key)      c6 己 B key           created 2026-12-10
                                created 2026-02-01    c7 庚 A key, in the trash
          c3 丙 B key          created 2026-03-01
          c4 丁 B ordinary, tier A (not key: categorised) created 2026-03-01
deals     2026-11-20 c1 1000; 2026-12-02 c1 3000; 2026-12-05 c3 600; 2026-12-06 c7 9999 (trash)
visits    v1 A c1 12-01 done, next action 送样品 due 12-10, no follow-up
          v2 A c2 11-10 done       v3 B c3 12-14 planned (past, no result)
          v4 B c3 12-04 done       v5 A c1 12-18 planned (ahead)
          v6 B c4 12-02 done, next action 报价 due 12-05, no follow-up
opps      o1 A c1 won 12-05 3000   o2 A c2 lost 12-12 800   o3 B c3 won 12-01 600
          o4 A c1 proposal 2000 (50 %), open

By hand, December (workdays Mon-Fri 1-16 Dec: 12):
office  sales 3600.00 (Nov 1000.00); visits done 3 (v1 v4 v6; Nov 1: v2); close rate 66.7 %
        (2 won / 3); new customers 1 (c6); overdue next actions 2 (v6, v1); visits without a
        result 1 (v3); against the standard 3 / (15 × 12) = 1.7 %
rep A   sales 3000.00, visits 1 of 120 (0.8 %), close rate 50.0 %, new 0, overdue 1 (v1)
rep B   sales 600.00, visits 2 of 60 (3.3 %), close rate 100.0 %, new 1 (c6), overdue 1 (v6)
key customers not seen for 30 days (since 17 Nov): c5, c6 (never visited), c2 (last
        2026-11-10); c1, c3 seen in December, c4 not key, c7 in the trash
complaints (UTC; cause inattention unless named)
        k1 A c1 in 12-01 02:00, resolved on time; k2 B c3 in 12-03, resolved late;
        k3 B c4 in 12-13 02:00 due 14:00 (22:00 in Shanghai), open: late, "送货晚了",
           misinformation;
        k4 the pool's c5 in 12-11 02:00 due 14:00, open: late, "发票开错", not heard;
        k5 A c2 in 12-16 01:00 due 12-17 01:00, open: not late yet; k6 A c7 late, in the trash
        late complaints: k4 (due 11 Dec), then k3 (13 Dec); rep B: k3; rep A: none
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

from desktop_crm.models.aftersale import Complaint
from desktop_crm.models.core import Customer, Deal
from desktop_crm.models.opportunities import Opportunity
from desktop_crm.models.visits import Visit
from desktop_crm.services.common.acting import Person
from desktop_crm.services.customers.drafts import CustomerDraft
from desktop_crm.services.customers.writes import save_customer
from desktop_crm.services.people import manage
from desktop_crm.services.people.roles import Role
from desktop_crm.services.visits.standards import VisitStandard, set_rep_standard

TODAY = dt.date(2026, 12, 16)


def build_office(owner: Person) -> SimpleNamespace:
    a = manage.add_person(owner, "王建国", Role.REP, password="pw")
    b = manage.add_person(owner, "李娜", Role.REP, password="pw")
    set_rep_standard(owner, b.id, VisitStandard(4, 1))

    def customer(name: str, rep: Person | None, created: dt.date, **columns: object) -> int:
        draft = CustomerDraft({"name": name}, owner_rep_id=rep.id if rep else None)
        cid = int(save_customer(owner, draft).id)
        at = dt.datetime.combine(created, dt.time(4))  # 04:00 UTC: noon in Shanghai
        Customer.update(created_at=at, **columns).where(Customer.id == cid).execute()
        return cid

    c1 = customer("甲", a, dt.date(2026, 1, 10), key_category="key")
    c2 = customer("乙", a, dt.date(2026, 2, 1), tier_manual="A")
    c3 = customer("丙", b, dt.date(2026, 3, 1), key_category="key")
    c4 = customer("丁", b, dt.date(2026, 3, 1), key_category="ordinary", tier_manual="A")
    c5 = customer("戊", None, dt.date(2026, 4, 1), key_category="key")
    c6 = customer("己", b, dt.date(2026, 12, 10), key_category="key")
    c7 = customer("庚", a, dt.date(2026, 1, 5), key_category="key")
    for cid, day, amount in [
        (c1, dt.date(2026, 11, 20), 1000),
        (c1, dt.date(2026, 12, 2), 3000),
        (c3, dt.date(2026, 12, 5), 600),
        (c7, dt.date(2026, 12, 6), 9999),
    ]:
        Deal.create(customer=cid, date=day, amount=Decimal(amount))

    def visit(rep: Person, cid: int, day: dt.date, status: str, **more: object) -> int:
        start = dt.datetime.combine(day, dt.time(10))
        row = Visit.create(
            customer=cid, rep=rep.id, start=start, status=status, matter="回访", **more
        )
        return int(row.id)

    v1 = visit(
        a,
        c1,
        dt.date(2026, 12, 1),
        "done",
        next_action="送样品",
        next_action_on=dt.date(2026, 12, 10),
    )
    v2 = visit(a, c2, dt.date(2026, 11, 10), "done")
    v3 = visit(b, c3, dt.date(2026, 12, 14), "planned")
    v4 = visit(b, c3, dt.date(2026, 12, 4), "done")
    v5 = visit(a, c1, dt.date(2026, 12, 18), "planned")
    v6 = visit(
        b, c4, dt.date(2026, 12, 2), "done", next_action="报价", next_action_on=dt.date(2026, 12, 5)
    )

    def opp(
        rep: Person, cid: int, stage: str, amount: int, prob: int, closed: dt.date | None
    ) -> int:
        row = Opportunity.create(
            customer=cid, owner_rep=rep.id, title=f"商机{cid}", stage=stage,
            expected_amount=Decimal(amount), probability=prob, closed_on=closed,
        )  # fmt: skip
        return int(row.id)

    opp(a, c1, "won", 3000, 100, dt.date(2026, 12, 5))
    opp(a, c2, "lost", 800, 0, dt.date(2026, 12, 12))
    opp(b, c3, "won", 600, 100, dt.date(2026, 12, 1))
    opp(a, c1, "proposal", 2000, 50, None)
    at = dt.datetime

    def complaint(
        rep: Person | None,
        cid: int,
        received: dt.datetime,
        due: dt.datetime,
        resolved: dt.datetime | None = None,
        text: str = "投诉",
        cause: str = "inattention",
    ) -> int:
        row = Complaint.create(
            cause=cause,
            customer=cid,
            rep=rep.id if rep else None,
            received_at=received,
            due_at=due,
            resolved_at=resolved,
            status="resolved" if resolved else "new",
            description=text,
        )
        return int(row.id)  # fmt: skip

    k1 = complaint(a, c1, at(2026, 12, 1, 2), at(2026, 12, 1, 14), at(2026, 12, 1, 9))
    k2 = complaint(b, c3, at(2026, 12, 3, 2), at(2026, 12, 3, 14), at(2026, 12, 4, 9))
    k3 = complaint(
        b, c4, at(2026, 12, 13, 2), at(2026, 12, 13, 14), text="送货晚了", cause="misinformation"
    )
    k4 = complaint(
        None, c5, at(2026, 12, 11, 2), at(2026, 12, 11, 14), text="发票开错", cause="not_heard"
    )
    k5 = complaint(a, c2, at(2026, 12, 16, 1), at(2026, 12, 17, 1))
    k6 = complaint(a, c7, at(2026, 12, 5, 2), at(2026, 12, 5, 14))
    Customer.update(deleted_at=dt.datetime(2026, 12, 9)).where(Customer.id == c7).execute()
    return SimpleNamespace(
        owner=owner, a=a, b=b, c1=c1, c2=c2, c3=c3, c4=c4, c5=c5, c6=c6, c7=c7,
        v1=v1, v2=v2, v3=v3, v4=v4, v5=v5, v6=v6, k1=k1, k2=k2, k3=k3, k4=k4, k5=k5, k6=k6,
    )  # fmt: skip
