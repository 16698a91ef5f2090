"""The key figures (issue 12, items 2 and 8) against a small office whose every figure is worked
out by hand below; the periods (months, ISO weeks, years, their boundaries). Both backends.

The office, "today" = Wednesday 16 December 2026, the period December 2026 (previous: November):

people    王建国 (rep A, the office standard 7 + 3 = 10 a day), 李娜 (rep B, own standard 4 + 1 = 5)
customers c1 甲 A created 2026-01-10      c5 戊 A created 2026-02-01
          c2 乙 A created 2026-11-05      c6 己 A created 2026-12-02, in the trash
          c3 丙 B created 2026-12-03      c7 庚 the pool, created 2026-03-01
          c4 丁 B created 2026-06-01      c8 辛 B created 2026-11-30 17:00 UTC = 1 Dec in Shanghai
deals     2025-06-01 c1 1500   2025-12-10 c4 700   2025-12-20 c1 300
          2026-03-01 c5 800    2026-10-01 c7 250
          Nov: 11-10 c1 1000, 11-20 c2 500, 11-25 c4 2000
          Dec: 12-02 c1 3000, 12-10 c1 1000, 12-05 c3 600, 12-15 c4 400, 12-04 c6 9999 (trash)
visits    v1 A c1 12-01 done    v2 A c2 12-02 done, next action due 12-10, no follow-up
          v3 A c1 12-03 done, next action due 12-20     v4 B c3 12-04 done
          v5 B c4 12-14 planned (past)    v6 A c6 12-08 done (trash)    v7 A c2 12-18 planned
          v8 B c4 12-09 no-show           v9 B c7 12-10 done (a pool customer)
          v10 A c1 11-03 done    v11 B c4 11-04 done, next action due 11-10, followed up by v8
          v12 A c5 2026-05-01 done   v13 A c5 2026-08-20 done, next action due 2026-09-01
opps      o1 A c1 won 12-05 3000 (100 %)   o2 A c2 lost 12-12 800 (0 %)
          o3 B c4 won 12-01 500 (100 %)    o4 B c3 lost 11-20 300 (0 %)
          o5 A c1 proposal 2000 (50 %)     o6 B c4 contact 1000 (10 %)
          o7 A c6 needs 5000 (30 %, trash) o8 A c2 won 11-15 700 (100 %)
complaints (UTC; the rep the complaint's)
          k1 A c1 in 12-01 02:00 due 14:00, resolved 10:00: on time
          k2 B c3 in 12-03 02:00 due 14:00, resolved 12-04 01:00: late
          k3 B c4 in 12-14 02:00 due 14:00, open: late
          k4 A c2 in 12-16 01:00 due 12-17 01:00, open: neither (not due by the end of today)
          k5 A c6 in 12-05, open, late: in the trash     k6 A c1 in 11-10, resolved on time
          k7 pool c7 in 12-10 02:00 due 14:00, resolved 12-11: late (the office's only)
          k8 B c8 in 11-30 17:00 (1 Dec in Shanghai) due 12-01 05:00, resolved 04:00: on time
surveys   satisfaction: s1 A c1 12-05 satisfied, s2 B c3 12-06 not, s3 B c4 12-07 satisfied,
          s5 A c2 12-09 unscored, s6 A c6 12-05 satisfied (trash), s7 A c5 11-20 not;
          s4 A c1 12-08 relationship (not a satisfaction survey)
Workdays (Mon-Fri): 1-16 December 2026 hold 12 (Tue 1 … Wed 16); November 2026 holds 21.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

import pytest

from desktop_crm.models.aftersale import Complaint, Survey
from desktop_crm.models.assessments import Assessment
from desktop_crm.models.core import Customer, Deal
from desktop_crm.models.opportunities import Opportunity
from desktop_crm.models.visits import Visit
from desktop_crm.services.analysis.assessments import AssessmentDraft, save_assessment
from desktop_crm.services.common.errors import PermissionDenied, ValidationFailed
from desktop_crm.services.common.settings import FIGURES_DORMANT_DAYS, write_setting
from desktop_crm.services.context import AppContext
from desktop_crm.services.customers.drafts import CustomerDraft
from desktop_crm.services.customers.writes import save_customer
from desktop_crm.services.owner import figures as f
from desktop_crm.services.owner.figures import FigureKey as K
from desktop_crm.services.owner.figures import Period
from desktop_crm.services.people import manage
from desktop_crm.services.people.roles import Role
from desktop_crm.services.visits.standards import VisitStandard, set_rep_standard

TODAY = dt.date(2026, 12, 16)
DEC = Period.month(2026, 12)
D = Decimal


@pytest.fixture
def office(ctx: AppContext) -> SimpleNamespace:
    owner = ctx.user
    a = manage.add_person(owner, "王建国", Role.REP, password="pw")
    b = manage.add_person(owner, "李娜", Role.REP, password="pw")
    set_rep_standard(owner, b.id, VisitStandard(4, 1))

    def customer(name: str, rep: object, created: dt.datetime) -> int:
        rep_id = rep.id if rep is not None else None  # type: ignore[attr-defined]
        cid = save_customer(owner, CustomerDraft({"name": name}, owner_rep_id=rep_id)).id
        Customer.update(created_at=created).where(Customer.id == cid).execute()
        return int(cid)

    noon = dt.time(4)  # 04:00 UTC is noon in Shanghai: the same day
    c1 = customer("甲", a, dt.datetime.combine(dt.date(2026, 1, 10), noon))
    c2 = customer("乙", a, dt.datetime.combine(dt.date(2026, 11, 5), noon))
    c3 = customer("丙", b, dt.datetime.combine(dt.date(2026, 12, 3), noon))
    c4 = customer("丁", b, dt.datetime.combine(dt.date(2026, 6, 1), noon))
    c5 = customer("戊", a, dt.datetime.combine(dt.date(2026, 2, 1), noon))
    c6 = customer("己", a, dt.datetime.combine(dt.date(2026, 12, 2), noon))
    c7 = customer("庚", None, dt.datetime.combine(dt.date(2026, 3, 1), noon))
    c8 = customer("辛", b, dt.datetime(2026, 11, 30, 17, 0))
    for cid, day, amount in [
        (c1, dt.date(2025, 6, 1), 1500),
        (c4, dt.date(2025, 12, 10), 700),
        (c1, dt.date(2025, 12, 20), 300),
        (c5, dt.date(2026, 3, 1), 800),
        (c7, dt.date(2026, 10, 1), 250),
        (c1, dt.date(2026, 11, 10), 1000),
        (c2, dt.date(2026, 11, 20), 500),
        (c4, dt.date(2026, 11, 25), 2000),
        (c1, dt.date(2026, 12, 2), 3000),
        (c1, dt.date(2026, 12, 10), 1000),
        (c3, dt.date(2026, 12, 5), 600),
        (c4, dt.date(2026, 12, 15), 400),
        (c6, dt.date(2026, 12, 4), 9999),
    ]:
        Deal.create(customer=cid, date=day, amount=D(amount))

    def visit(rep: object, cid: int, day: dt.date, status: str, **more: object) -> int:
        start = dt.datetime.combine(day, dt.time(10))
        row = Visit.create(customer=cid, rep=rep.id, start=start, status=status, **more)  # type: ignore[attr-defined]
        return int(row.id)

    due = {"next_action": "送样品"}
    v = SimpleNamespace()
    v.v1 = visit(a, c1, dt.date(2026, 12, 1), "done")
    v.v2 = visit(a, c2, dt.date(2026, 12, 2), "done", next_action_on=dt.date(2026, 12, 10), **due)
    v.v3 = visit(a, c1, dt.date(2026, 12, 3), "done", next_action_on=dt.date(2026, 12, 20), **due)
    v.v4 = visit(b, c3, dt.date(2026, 12, 4), "done")
    v.v5 = visit(b, c4, dt.date(2026, 12, 14), "planned")
    v.v6 = visit(a, c6, dt.date(2026, 12, 8), "done")
    v.v7 = visit(a, c2, dt.date(2026, 12, 18), "planned")
    v.v8 = visit(b, c4, dt.date(2026, 12, 9), "no_show")
    v.v9 = visit(b, c7, dt.date(2026, 12, 10), "done")
    v.v10 = visit(a, c1, dt.date(2026, 11, 3), "done")
    v.v11 = visit(
        b,
        c4,
        dt.date(2026, 11, 4),
        "done",
        next_action_on=dt.date(2026, 11, 10),
        next_visit=v.v8,
        **due,
    )
    v.v12 = visit(a, c5, dt.date(2026, 5, 1), "done")
    # due 1 Sep, 106 days before today: beyond the 90 days the to-do figures look back
    v.v13 = visit(a, c5, dt.date(2026, 8, 20), "done", next_action_on=dt.date(2026, 9, 1), **due)

    def opp(
        rep: object, cid: int, stage: str, amount: int, prob: int, closed: dt.date | None
    ) -> int:
        row = Opportunity.create(
            customer=cid, owner_rep=rep.id, title=f"商机{cid}", stage=stage,  # type: ignore[attr-defined]
            expected_amount=D(amount), probability=prob, closed_on=closed,
        )  # fmt: skip
        return int(row.id)

    o = SimpleNamespace()
    o.o1 = opp(a, c1, "won", 3000, 100, dt.date(2026, 12, 5))
    o.o2 = opp(a, c2, "lost", 800, 0, dt.date(2026, 12, 12))
    o.o3 = opp(b, c4, "won", 500, 100, dt.date(2026, 12, 1))
    o.o4 = opp(b, c3, "lost", 300, 0, dt.date(2026, 11, 20))
    o.o5 = opp(a, c1, "proposal", 2000, 50, None)
    o.o6 = opp(b, c4, "contact", 1000, 10, None)
    o.o7 = opp(a, c6, "needs", 5000, 30, None)
    o.o8 = opp(a, c2, "won", 700, 100, dt.date(2026, 11, 15))
    k = add_complaints(a, b, c1, c2, c3, c4, c6, c7, c8)
    s = add_surveys(a, b, c1, c2, c3, c4, c5, c6)
    Customer.update(deleted_at=dt.datetime(2026, 12, 9)).where(Customer.id == c6).execute()
    return SimpleNamespace(
        owner=owner, a=a, b=b, c1=c1, c2=c2, c3=c3, c4=c4, c5=c5, c6=c6, c7=c7, c8=c8, v=v, o=o,
        k=k, s=s,
    )  # fmt: skip


def add_complaints(a: object, b: object, *c: int) -> SimpleNamespace:
    """The complaints of the docstring (customers c1 c2 c3 c4 c6 c7 c8, in that order)."""
    c1, c2, c3, c4, c6, c7, c8 = c
    at = dt.datetime

    def complaint(
        rep: object, cid: int, received: dt.datetime, due: dt.datetime, resolved: object = None
    ) -> int:
        row = Complaint.create(
            customer=cid, rep=rep.id if rep is not None else None,  # type: ignore[attr-defined]
            received_at=received, due_at=due, resolved_at=resolved, description="投诉",
            status="resolved" if resolved else "new",
        )  # fmt: skip
        return int(row.id)

    k = SimpleNamespace()
    k.k1 = complaint(a, c1, at(2026, 12, 1, 2), at(2026, 12, 1, 14), at(2026, 12, 1, 10))
    k.k2 = complaint(b, c3, at(2026, 12, 3, 2), at(2026, 12, 3, 14), at(2026, 12, 4, 1))
    k.k3 = complaint(b, c4, at(2026, 12, 14, 2), at(2026, 12, 14, 14))
    k.k4 = complaint(a, c2, at(2026, 12, 16, 1), at(2026, 12, 17, 1))
    k.k5 = complaint(a, c6, at(2026, 12, 5, 2), at(2026, 12, 5, 14))
    k.k6 = complaint(a, c1, at(2026, 11, 10, 2), at(2026, 11, 10, 14), at(2026, 11, 10, 8))
    k.k7 = complaint(None, c7, at(2026, 12, 10, 2), at(2026, 12, 10, 14), at(2026, 12, 11, 2))
    k.k8 = complaint(b, c8, at(2026, 11, 30, 17), at(2026, 12, 1, 5), at(2026, 12, 1, 4))
    return k


def add_surveys(a: object, b: object, *c: int) -> SimpleNamespace:
    """The surveys of the docstring (customers c1 c2 c3 c4 c5 c6, in that order)."""
    c1, c2, c3, c4, c5, c6 = c

    def survey(
        rep: object, cid: int, day: dt.date, score: float | None, kind: str = "satisfaction"
    ) -> int:
        satisfied = None if score is None or kind != "satisfaction" else score >= 80
        row = Survey.create(
            customer=cid, rep=rep.id, kind=kind, surveyed_on=day, template_version_id=0,  # type: ignore[attr-defined]
            score=score, satisfied=satisfied,
        )  # fmt: skip
        return int(row.id)

    s = SimpleNamespace()
    s.s1 = survey(a, c1, dt.date(2026, 12, 5), 90)
    s.s2 = survey(b, c3, dt.date(2026, 12, 6), 60)
    s.s3 = survey(b, c4, dt.date(2026, 12, 7), 80)
    s.s4 = survey(a, c1, dt.date(2026, 12, 8), 70, "relationship")
    s.s5 = survey(a, c2, dt.date(2026, 12, 9), None)
    s.s6 = survey(a, c6, dt.date(2026, 12, 5), 100)
    s.s7 = survey(a, c5, dt.date(2026, 11, 20), 40)
    return s


def values(figures: dict[K, f.Figure]) -> dict[K, Decimal | None]:
    return {k: fig.value for k, fig in figures.items()}


def test_the_office_figures_of_december(office: SimpleNamespace) -> None:
    got = f.key_figures(office.owner, DEC, today=TODAY)
    assert set(got) == set(K)  # every figure is computed
    assert values(got) == {
        K.CLOSE_RATE: D("66.7"),  # won o1, o3; lost o2: 2 / 3
        K.DEALS_PER_VISIT: D("0.80"),  # 4 deals / 5 done visits (v1 v2 v3 v4 v9; v6 in the trash)
        K.NEW_CUSTOMERS: D(2),  # c3, c8 (1 Dec in Shanghai); c6 in the trash
        K.ACTIVE_CUSTOMERS: D(5),  # deals c1 c3 c4, done visits c1 c2 c3 c7: c1 c2 c3 c4 c7
        K.DORMANT_CUSTOMERS: D(1),  # on file before 18 Sep (c1 c4 c5 c7); c5 unseen since May
        K.VISITS_DONE: D(5),
        K.VISITS_PER_DAY: D("0.21"),  # 5 / (12 workdays × 2 reps) = 0.208
        K.VISITS_AGAINST_STANDARD: D("2.8"),  # 5 / ((10 + 5) × 12 = 180) = 2.78 %
        K.SALES: D("5000.00"),  # 3000 + 1000 + 600 + 400
        K.SALES_YTD: D("9550.00"),  # 800 + 250 + (1000 + 500 + 2000) + 5000
        K.SALES_YTD_LAST_YEAR: D("2500.00"),  # 1500 + 700 + 300
        K.AVERAGE_PURCHASE: D("1250.00"),  # 5000 / 4
        K.PURCHASE_FREQUENCY: D("1.33"),  # 4 deals / 3 buyers (c1 c3 c4)
        K.SALES_PER_REP: D("2500.00"),  # 5000 / 2 reps owning customers
        K.RETENTION_RATE: D("66.7"),  # Nov buyers c1 c2 c4; c1 c4 again: 2 / 3
        K.TOP20_SHARE: D("80.0"),  # 3 buyers: the top ceil(0.6) = 1, c1 4000 / 5000
        K.OVERDUE_NEXT_ACTIONS: D(1),  # v2 (due 10 Dec); v3 not due; v11 followed up; v13 > 90 d
        K.VISITS_WITHOUT_RESULT: D(1),  # v5 (14 Dec, still planned); v7 lies ahead
        K.OPEN_PIPELINE: D("3000.00"),  # o5 2000 + o6 1000 (o7 in the trash)
        K.WEIGHTED_PIPELINE: D("1100.00"),  # 2000 × 50 % + 1000 × 10 %
        K.SATISFACTION_RATE: D("66.7"),  # s1 s3 of s1 s2 s3 (s5 unscored, s6 trash): 2 / 3
        K.COMPLAINTS_ON_TIME: D(2),  # k1, k8 (received 1 Dec in Shanghai)
        K.COMPLAINTS_LATE: D(3),  # k2 resolved late, k3 open past due, k7 the pool's
    }
    assert all(fig.unit == f.UNITS[k] for k, fig in got.items())


def test_the_previous_period_is_november(office: SimpleNamespace) -> None:
    got = f.key_figures(office.owner, DEC, today=TODAY)
    previous = {k: fig.previous for k, fig in got.items()}
    assert previous == {
        K.CLOSE_RATE: D("50.0"),  # won o8, lost o4
        K.DEALS_PER_VISIT: D("1.50"),  # 3 deals / 2 done visits (v10 v11)
        K.NEW_CUSTOMERS: D(1),  # c2 (c8 is 1 Dec in Shanghai)
        K.ACTIVE_CUSTOMERS: D(3),  # deals c1 c2 c4, visits c1 c4
        K.DORMANT_CUSTOMERS: D(1),  # on 30 Nov: on file before 2 Sep c1 c4 c5 c7, c5 unseen
        K.VISITS_DONE: D(2),
        K.VISITS_PER_DAY: D("0.05"),  # 2 / (21 × 2) = 0.048
        K.VISITS_AGAINST_STANDARD: D("0.6"),  # 2 / (15 × 21 = 315) = 0.63 %
        K.SALES: D("3500.00"),
        K.SALES_YTD: D("4550.00"),  # 800 + 250 + 3500
        K.SALES_YTD_LAST_YEAR: D("1500.00"),  # to 30 Nov 2025: 1500
        K.AVERAGE_PURCHASE: D("1166.67"),  # 3500 / 3
        K.PURCHASE_FREQUENCY: D("1.00"),  # 3 deals / 3 buyers
        K.SALES_PER_REP: D("1750.00"),
        K.RETENTION_RATE: D("0.0"),  # October's buyer c7 did not buy in November
        K.TOP20_SHARE: D("57.1"),  # 3 buyers: top 1, c4 2000 / 3500
        K.OVERDUE_NEXT_ACTIONS: None,  # as of today: no previous value
        K.VISITS_WITHOUT_RESULT: None,
        K.OPEN_PIPELINE: None,
        K.WEIGHTED_PIPELINE: None,
        K.SATISFACTION_RATE: D("0.0"),  # s7 not satisfied: 0 / 1
        K.COMPLAINTS_ON_TIME: D(1),  # k6
        K.COMPLAINTS_LATE: D(0),
    }
    assert got[K.SALES].change == D("1500.00")
    assert got[K.OPEN_PIPELINE].change is None


def test_a_rep_sees_their_own_and_is_refused_another_reps(office: SimpleNamespace) -> None:
    mine = f.key_figures(office.a, DEC, today=TODAY)
    assert mine == f.key_figures(office.a, DEC, office.a.id, today=TODAY)  # None means themself
    assert mine == f.key_figures(office.owner, DEC, office.a.id, today=TODAY)  # as the office sees
    assert values(mine) == {
        K.CLOSE_RATE: D("50.0"),  # o1 won, o2 lost
        K.DEALS_PER_VISIT: D("0.67"),  # 2 deals (c1's) / 3 done visits (v1 v2 v3)
        K.NEW_CUSTOMERS: D(0),  # c6 is in the trash
        K.ACTIVE_CUSTOMERS: D(2),  # c1 (deals, visits), c2 (v2)
        K.DORMANT_CUSTOMERS: D(1),  # c5
        K.VISITS_DONE: D(3),
        K.VISITS_PER_DAY: D("0.25"),  # 3 / 12
        K.VISITS_AGAINST_STANDARD: D("2.5"),  # 3 / (10 × 12)
        K.SALES: D("4000.00"),
        K.SALES_YTD: D("6300.00"),  # 800 + 1000 + 500 + 4000
        K.SALES_YTD_LAST_YEAR: D("1800.00"),  # 1500 + 300
        K.AVERAGE_PURCHASE: D("2000.00"),
        K.PURCHASE_FREQUENCY: D("2.00"),  # 2 deals / 1 buyer
        K.SALES_PER_REP: D("4000.00"),  # a rep's own sales
        K.RETENTION_RATE: D("50.0"),  # Nov buyers c1 c2, c1 again
        K.TOP20_SHARE: D("100.0"),  # one buyer: the top 1
        K.OVERDUE_NEXT_ACTIONS: D(1),  # v2
        K.VISITS_WITHOUT_RESULT: D(0),
        K.OPEN_PIPELINE: D("2000.00"),  # o5
        K.WEIGHTED_PIPELINE: D("1000.00"),
        K.SATISFACTION_RATE: D("100.0"),  # s1 (s5 unscored, s6 in the trash)
        K.COMPLAINTS_ON_TIME: D(1),  # k1
        K.COMPLAINTS_LATE: D(0),  # k4 not due by the end of today, k5 in the trash
    }
    theirs = f.key_figures(office.b, DEC, today=TODAY)
    assert theirs[K.VISITS_DONE].value == D(2)  # v4, v9 (a pool customer, B's visit)
    assert theirs[K.SALES].value == D("1000.00")  # c3 600 + c4 400
    assert theirs[K.VISITS_AGAINST_STANDARD].value == D("3.3")  # 2 / (5 × 12) = 3.33 %
    for call in (
        lambda: f.key_figures(office.a, DEC, office.b.id, today=TODAY),
        lambda: f.drill(office.a, K.SALES, DEC, office.b.id, today=TODAY),
        lambda: f.sales_by_month(office.a, dt.date(2026, 1, 1), 12, office.b.id),
        lambda: f.figures_per_rep(office.a, DEC, today=TODAY),
    ):
        with pytest.raises(PermissionDenied):
            call()


def test_every_figure_drills_to_the_rows_it_counts(office: SimpleNamespace) -> None:
    o, v, owner = office.o, office.v, office.owner

    def ids(key: K, who: object = owner, rep: int | None = None) -> tuple[int, ...]:
        return f.drill(who, key, DEC, rep, today=TODAY).ids  # type: ignore[arg-type]

    deals_dec = {
        int(d.id) for d in Deal.select().where(Deal.date >= DEC.start, Deal.customer != office.c6)
    }
    assert len(deals_dec) == 4
    assert ids(K.CLOSE_RATE) == (o.o1, o.o2, o.o3)
    for key in (K.DEALS_PER_VISIT, K.SALES, K.AVERAGE_PURCHASE, K.PURCHASE_FREQUENCY):
        assert set(ids(key)) == deals_dec
    assert set(ids(K.SALES_PER_REP)) == deals_dec
    assert len(ids(K.SALES_YTD)) == 9  # 2 + 3 in Nov + 4 in Dec
    assert len(ids(K.SALES_YTD_LAST_YEAR)) == 3
    assert ids(K.NEW_CUSTOMERS) == (office.c3, office.c8)
    assert ids(K.ACTIVE_CUSTOMERS) == (office.c1, office.c2, office.c3, office.c4, office.c7)
    assert ids(K.DORMANT_CUSTOMERS) == (office.c5,)
    for key in (K.VISITS_DONE, K.VISITS_PER_DAY, K.VISITS_AGAINST_STANDARD):
        assert ids(key) == (v.v1, v.v2, v.v3, v.v4, v.v9)
    assert ids(K.RETENTION_RATE) == (office.c1, office.c4)
    assert ids(K.TOP20_SHARE) == (office.c1,)
    assert ids(K.OVERDUE_NEXT_ACTIONS) == (v.v2,)
    assert ids(K.VISITS_WITHOUT_RESULT) == (v.v5,)
    assert ids(K.OPEN_PIPELINE) == ids(K.WEIGHTED_PIPELINE) == (o.o5, o.o6)
    k, s = office.k, office.s
    assert ids(K.COMPLAINTS_ON_TIME) == (k.k1, k.k8)
    assert ids(K.COMPLAINTS_LATE) == (k.k2, k.k3, k.k7)
    assert ids(K.COMPLAINTS_LATE, office.b) == (k.k2, k.k3)
    assert ids(K.SATISFACTION_RATE) == (s.s1, s.s2, s.s3)
    assert ids(K.SATISFACTION_RATE, office.a) == (s.s1,)
    late = f.drill(owner, K.COMPLAINTS_LATE, DEC, office.b.id, today=TODAY)
    assert late.entity == "complaint"
    assert [(r.customer, r.day, r.rep, r.text) for r in late.rows] == [
        ("丙", dt.date(2026, 12, 3), "李娜", "投诉"),
        ("丁", dt.date(2026, 12, 14), "李娜", "投诉"),
    ]
    rated = f.drill(owner, K.SATISFACTION_RATE, DEC, office.b.id, today=TODAY)
    assert [(r.customer, r.amount) for r in rated.rows] == [("丙", D("60.00")), ("丁", D("80.00"))]
    assert ids(K.VISITS_DONE, office.a) == (v.v1, v.v2, v.v3)  # a rep: their own
    drilled = f.drill(owner, K.SALES, DEC, office.a.id, today=TODAY)
    assert drilled.entity == "deal"
    assert [(r.customer, r.day, r.amount, r.rep) for r in drilled.rows] == [
        ("甲", dt.date(2026, 12, 2), D("3000.00"), "王建国"),
        ("甲", dt.date(2026, 12, 10), D("1000.00"), "王建国"),
    ]
    assert {key for key in K} == set(f.DRILL_ENTITY) == set(f.DEFINITIONS)


def test_the_dormant_days_follow_the_setting(office: SimpleNamespace) -> None:
    write_setting(FIGURES_DORMANT_DAYS, 30)
    # 30 days to 16 Dec: 17 Nov .. 16 Dec; on file before 17 Nov: c1 c2 c4 c5 c7;
    # seen since: c1 c2 (v2) c4 c7 (v9) -> c5 only
    assert f.key_figures(office.owner, DEC, today=TODAY)[K.DORMANT_CUSTOMERS].value == D(1)
    write_setting(FIGURES_DORMANT_DAYS, 5)
    # 12..16 Dec: deals c4 (15th), no done visit; on file before 12 Dec: all but c3 (3rd is
    # before: c3 counts too) -> c1 c2 c3 c4 c5 c7 c8, seen c4 -> 6 dormant
    assert f.key_figures(office.owner, DEC, today=TODAY)[K.DORMANT_CUSTOMERS].value == D(6)


def test_sales_by_month_pipeline_and_visits_against_the_standard(office: SimpleNamespace) -> None:
    owner = office.owner
    months = f.sales_by_month(owner, dt.date(2026, 1, 15), 12)
    assert [m.month for m in months] == [dt.date(2026, n, 1) for n in range(1, 13)]
    assert [m.amount for m in months] == [
        D(x) for x in (0, 0, 800, 0, 0, 0, 0, 0, 0, 250, 3500, 5000)
    ]
    last_year = f.sales_by_month(owner, dt.date(2025, 1, 1), 12, office.a.id)
    assert last_year[5].amount == D("1500.00") and last_year[11].amount == D("300.00")
    stages = f.pipeline_by_stage(owner)
    assert [(s.stage, s.count, s.amount, s.weighted) for s in stages] == [
        ("contact", 1, D("1000.00"), D("100.00")),
        ("needs", 0, D("0.00"), D("0.00")),  # o7's customer is in the trash
        ("proposal", 1, D("2000.00"), D("1000.00")),
        ("negotiation", 0, D("0.00"), D("0.00")),
        ("won", 3, D("4200.00"), D("4200.00")),  # o1 3000 + o3 500 + o8 700, at 100 %
        ("lost", 2, D("1100.00"), D("0.00")),  # o2 800 + o4 300, at 0 %
    ]
    rows = f.visits_against_standard(owner, DEC, today=TODAY)
    # weeks from Monday 30 Nov; workdays up to today: 1-4 Dec 4, 7-11 Dec 5, 14-16 Dec 3, then 0
    assert [(r.rep_name, r.week_start, r.done, r.standard) for r in rows] == [
        ("李娜", dt.date(2026, 11, 30), 1, 20),  # v4; 5 a day
        ("李娜", dt.date(2026, 12, 7), 1, 25),  # v9 (v8 a no-show)
        ("李娜", dt.date(2026, 12, 14), 0, 15),
        ("李娜", dt.date(2026, 12, 21), 0, 0),
        ("李娜", dt.date(2026, 12, 28), 0, 0),
        ("王建国", dt.date(2026, 11, 30), 3, 40),  # v1 v2 v3; 10 a day
        ("王建国", dt.date(2026, 12, 7), 0, 50),  # v6's customer is in the trash
        ("王建国", dt.date(2026, 12, 14), 0, 30),
        ("王建国", dt.date(2026, 12, 21), 0, 0),
        ("王建国", dt.date(2026, 12, 28), 0, 0),
    ]
    whole = f.visits_against_standard(office.b, DEC, by_week=False, today=TODAY)
    assert [(r.rep_name, r.week_start, r.done, r.standard) for r in whole] == [
        ("李娜", None, 2, 60)  # 5 × 12
    ]


def test_the_overview_holds_what_the_dashboard_shows(office: SimpleNamespace) -> None:
    seen = f.overview(office.owner, DEC, today=TODAY)
    assert seen.figures == f.key_figures(office.owner, DEC, today=TODAY)
    assert [m.amount for m in seen.this_year][9:] == [D("250.00"), D("3500.00"), D("5000.00")]
    assert [m.amount for m in seen.last_year][5] == D("1500.00")
    assert [m.amount for m in seen.last_year][11] == D("1000.00")  # 700 + 300 in Dec 2025
    assert seen.stages == f.pipeline_by_stage(office.owner)
    assert seen.per_rep == f.visits_against_standard(office.owner, DEC, by_week=False, today=TODAY)
    assert [(r.rep_name, r.done, r.standard) for r in seen.per_rep] == [
        ("李娜", 2, 60),  # v4 v9; 5 × 12
        ("王建国", 3, 120),  # v1 v2 v3; 10 × 12
    ]
    assert seen.per_week == f.visits_against_standard(office.owner, DEC, today=TODAY)
    mine = f.overview(office.a, DEC, today=TODAY)
    assert mine.figures[K.SALES].value == D("4000.00")
    with pytest.raises(PermissionDenied):
        f.overview(office.a, DEC, office.b.id, today=TODAY)


def test_tier_and_quadrant_distributions(office: SimpleNamespace) -> None:
    owner = office.owner
    Customer.update(tier_manual="A").where(Customer.id == office.c1).execute()
    Customer.update(tier_computed="B").where(Customer.id == office.c4).execute()
    Customer.update(tier_computed="C").where(Customer.id == office.c6).execute()  # the trash
    # alive: c1 c2 c3 c4 c5 c7 c8 -> A c1, B c4, five unclassified
    assert f.tier_distribution(owner) == {"A": 1, "B": 1, "C": 0, "D": 0, "": 5}
    assert f.tier_distribution(office.b) == {"A": 0, "B": 1, "C": 0, "D": 0, "": 2}  # c3 c8

    def assess(cid: int, day: dt.date, intent: float, quality: float) -> None:
        aid = save_assessment(owner, AssessmentDraft(cid, day)).id
        Assessment.update(intent_score=intent, quality_score=quality).where(
            Assessment.id == aid
        ).execute()

    assess(office.c1, dt.date(2026, 1, 5), 80, 80)  # replaced by the later one
    assess(office.c1, dt.date(2026, 6, 5), 40, 70)  # low intent, high quality
    assess(office.c4, dt.date(2026, 6, 5), 60, 30)  # high intent, low quality
    assess(office.c3, dt.date(2026, 12, 5), 50, 50)  # on the threshold: low, low
    assert f.quadrant_distribution(owner) == {
        "high_intent_high_quality": 0,
        "high_intent_low_quality": 1,
        "low_intent_high_quality": 1,
        "low_intent_low_quality": 1,
    }
    assert f.quadrant_distribution(office.a)["low_intent_high_quality"] == 1
    assert sum(f.quadrant_distribution(office.a).values()) == 1


def test_figures_per_rep_row_by_name(office: SimpleNamespace) -> None:
    rows = f.figures_per_rep(office.owner, DEC, today=TODAY)
    assert [(r.rep_name, r.figures[K.SALES].value) for r in rows] == [
        ("李娜", D("1000.00")),
        ("王建国", D("4000.00")),
    ]


def test_an_empty_period_leaves_rates_undefined(office: SimpleNamespace) -> None:
    got = f.key_figures(office.owner, Period.month(2020, 1), today=TODAY)
    assert got[K.SALES].value == D("0.00")
    for key in (K.CLOSE_RATE, K.DEALS_PER_VISIT, K.AVERAGE_PURCHASE, K.RETENTION_RATE):
        assert got[key].value is None
    ahead = f.key_figures(office.owner, Period.month(2027, 3), today=TODAY)
    assert ahead[K.VISITS_AGAINST_STANDARD].value is None  # no workday has begun


# ---------------------------------------------------------------- periods (no database)


def test_months_weeks_and_years() -> None:
    assert Period.month(2026, 2) == Period(dt.date(2026, 2, 1), dt.date(2026, 2, 28), "month")
    assert Period.month(2024, 2).end == dt.date(2024, 2, 29)
    assert Period.month(2026, 1).previous() == Period.month(2025, 12)  # over the year boundary
    assert Period.month(2026, 3).previous() == Period.month(2026, 2)
    assert Period.year(2026).previous() == Period(
        dt.date(2025, 1, 1), dt.date(2025, 12, 31), "year"
    )
    # 2026 begins on a Thursday: it has an ISO week 53, Mon 28 Dec 2026 .. Sun 3 Jan 2027
    w53 = Period.week(2026, 53)
    assert (w53.start, w53.end, w53.days) == (dt.date(2026, 12, 28), dt.date(2027, 1, 3), 7)
    assert Period.week(2027, 1).previous() == w53
    assert Period.week(2026, 1) == Period(dt.date(2025, 12, 29), dt.date(2026, 1, 4), "week")
    assert Period.week(2026, 1).previous() == Period.week(2025, 52)
    custom = Period(dt.date(2026, 12, 1), dt.date(2026, 12, 10))
    assert custom.previous() == Period(dt.date(2026, 11, 21), dt.date(2026, 11, 30))
    assert Period.containing(dt.date(2027, 1, 2), "week") == w53
    assert Period.containing(dt.date(2026, 12, 16)) == DEC


def test_parse_reads_months_weeks_and_years_and_names_the_period() -> None:
    assert Period.parse("2026-11") == Period.month(2026, 11)
    assert Period.parse("2026-W49") == Period.week(2026, 49)
    assert Period.parse("2026-w53") == Period.week(2026, 53)
    assert Period.parse(" 2026 ") == Period.year(2026)
    assert Period.parse("2026-W53").text == "2026-W53"
    assert Period.parse("2026-11").text == "2026-11"
    for bad in ("2025-W53", "2026-13", "2026-00", "2026-W00", "11/2026", "", "abc"):
        with pytest.raises(ValidationFailed) as caught:
            Period.parse(bad)
        assert caught.value.for_field("period") is not None, bad


def test_complaints_and_satisfaction_by_rep(office: SimpleNamespace) -> None:
    def three(who: object, rep: int | None) -> list[tuple[Decimal | None, Decimal | None]]:
        got = f.key_figures(office.owner, DEC, rep, today=TODAY)
        keys = (K.SATISFACTION_RATE, K.COMPLAINTS_ON_TIME, K.COMPLAINTS_LATE)
        return [(got[key].value, got[key].previous) for key in keys]

    # A: s1 of s1 (Nov s7 not); k1 on time (Nov k6); k4 not due yet, k5 in the trash
    assert three(office.owner, office.a.id) == [
        (D("100.0"), D("0.0")),
        (D(1), D(1)),
        (D(0), D(0)),
    ]
    # B: s3 of s2 s3 (no November survey); k8 on time, k2 k3 late
    assert three(office.owner, office.b.id) == [(D("50.0"), None), (D(1), D(0)), (D(2), D(0))]


def test_an_open_complaint_is_late_once_its_deadline_has_passed(office: SimpleNamespace) -> None:
    # k4 is due 17 Dec 01:00 UTC (09:00 in Shanghai): judged on 17 Dec (its end), it is late
    later = f.key_figures(office.owner, DEC, office.a.id, today=dt.date(2026, 12, 17))
    assert later[K.COMPLAINTS_LATE].value == D(1)
    assert f.drill(office.owner, K.COMPLAINTS_LATE, DEC, today=dt.date(2026, 12, 17)).ids == (
        office.k.k2, office.k.k3, office.k.k4, office.k.k7,
    )  # fmt: skip
