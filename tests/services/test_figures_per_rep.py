"""figures_per_rep (every rep's key figures at once, grouped queries) gives for each active rep
exactly what key_figures(actor, period, rep_id) gives, one rep at a time: over the hand-worked
office of test_figures.py and over offices drawn by a seeded generator (pool customers, the
trash, an inactive rep, reps with their own standards, visits of every status, follow-ups,
opportunities in every stage). Both backends."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from types import SimpleNamespace

import pytest
from test_figures import DEC, TODAY, office  # noqa: F401 (the hand-worked office fixture)

from desktop_crm.models.aftersale import Complaint, Survey
from desktop_crm.models.core import Customer, Deal, User
from desktop_crm.models.opportunities import Opportunity
from desktop_crm.models.visits import Visit
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

PERIODS = [
    DEC,
    Period.month(2026, 11),
    Period.month(2026, 1),  # the year before enters its "previous"
    Period.week(2026, 50),
    Period.week(2026, 53),  # partly ahead of today
    Period.year(2026),
    Period(dt.date(2026, 11, 20), dt.date(2026, 12, 12)),
    Period.month(2027, 2),  # wholly ahead
]


def same_as_one_by_one(owner: object, period: Period, today: dt.date) -> list[str]:
    """figures_per_rep's rows compared with key_figures per rep; the names of the reps seen."""
    rows = f.figures_per_rep(owner, period, today=today)  # type: ignore[arg-type]
    active = (
        User.select(User.id, User.name)
        .where(User.active == True, User.role == Role.REP.value)  # noqa: E712
        .tuples()
    )
    assert [r.rep_name for r in rows] == sorted(name for _, name in active)
    for row in rows:
        one = f.key_figures(owner, period, row.rep_id, today=today)  # type: ignore[arg-type]
        assert row.figures == one, (period.text, row.rep_name)
    return [r.rep_name for r in rows]


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: p.text)
def test_the_hand_worked_office(office: SimpleNamespace, period: Period) -> None:  # noqa: F811
    assert same_as_one_by_one(office.owner, period, TODAY) == ["李娜", "王建国"]


def test_the_hand_worked_office_values_and_the_dormant_setting(
    office: SimpleNamespace,  # noqa: F811
) -> None:
    rows = {r.rep_name: r.figures for r in f.figures_per_rep(office.owner, DEC, today=TODAY)}
    # from the hand-worked office (test_figures.py): A's December, B's sales and visits
    assert rows["王建国"][K.SALES].value == Decimal("4000.00")
    assert rows["王建国"][K.RETENTION_RATE].value == Decimal("50.0")
    assert rows["王建国"][K.DORMANT_CUSTOMERS].value == Decimal(1)  # c5
    assert rows["王建国"][K.WEIGHTED_PIPELINE].value == Decimal("1000.00")
    assert rows["李娜"][K.VISITS_DONE].value == Decimal(2)  # v4, v9 (a pool customer)
    assert rows["李娜"][K.VISITS_AGAINST_STANDARD].value == Decimal("3.3")
    for days in (30, 5):
        write_setting(FIGURES_DORMANT_DAYS, days)
        same_as_one_by_one(office.owner, DEC, TODAY)


def random_office(owner: object, seed: int) -> None:
    """An office drawn from `seed`: 5 reps (one inactive, two with their own standard), 60
    customers (some in the pool, some in the trash) created over two years, their deals,
    visits and opportunities."""
    rng = random.Random(seed)
    reps = [
        manage.add_person(owner, f"业务员{seed}-{n}", Role.REP, password="pw")  # type: ignore[arg-type]
        for n in range(5)
    ]
    for rep in reps[:2]:
        set_rep_standard(owner, rep.id, VisitStandard(rng.randrange(1, 6), rng.randrange(0, 3)))  # type: ignore[arg-type]
    start = dt.datetime(2025, 1, 1, 3)
    customers = []
    for n in range(60):
        rep = rng.choice([*reps, None])
        cid = save_customer(
            owner,  # type: ignore[arg-type]
            CustomerDraft({"name": f"客户{seed}-{n}"}, owner_rep_id=rep.id if rep else None),
        ).id
        created = start + dt.timedelta(days=rng.randrange(730), hours=rng.randrange(24))
        Customer.update(created_at=created).where(Customer.id == cid).execute()
        customers.append(int(cid))
    day0 = dt.date(2025, 1, 1)
    for _ in range(150):
        Deal.create(
            customer=rng.choice(customers),
            date=day0 + dt.timedelta(days=rng.randrange(760)),
            amount=Decimal(rng.randrange(100, 500000)) / 100,
        )
    people = [*reps, owner]
    visits: list[int] = []
    for _ in range(250):
        day = day0 + dt.timedelta(days=rng.randrange(760))
        status = rng.choice(("done", "done", "done", "planned", "no_show", "cancelled"))
        more: dict[str, object] = {}
        if status == "done" and rng.random() < 0.4:
            more = {
                "next_action": "回访",
                "next_action_on": TODAY - dt.timedelta(days=rng.randrange(-20, 120)),
            }
            if visits and rng.random() < 0.3:
                more["next_visit"] = rng.choice(visits)
        row = Visit.create(
            customer=rng.choice(customers),
            rep=rng.choice(people).id,  # type: ignore[attr-defined]
            start=dt.datetime.combine(day, dt.time(rng.randrange(8, 18))),
            status=status,
            **more,
        )
        visits.append(int(row.id))
    for n in range(60):
        stage = rng.choice(("contact", "needs", "proposal", "negotiation", "won", "lost"))
        closed = day0 + dt.timedelta(days=rng.randrange(760)) if stage in ("won", "lost") else None
        Opportunity.create(
            customer=rng.choice(customers),
            owner_rep=rng.choice(people).id,  # type: ignore[attr-defined]
            title=f"商机{n}",
            stage=stage,
            expected_amount=Decimal(rng.randrange(100, 100000)),
            probability={"won": 100, "lost": 0}.get(stage, rng.randrange(0, 101)),
            closed_on=closed,
        )
    for n in range(40):  # complaints: resolved on time, late, or open; some reps gone
        received = dt.datetime.combine(
            day0 + dt.timedelta(days=rng.randrange(760)), dt.time(rng.randrange(24))
        )
        due = received + dt.timedelta(hours=rng.choice((12, 24)))
        resolved = rng.choice((None, due - dt.timedelta(hours=2), due + dt.timedelta(hours=3)))
        rep = rng.choice([*people, None])
        Complaint.create(
            customer=rng.choice(customers), rep=rep.id if rep else None,  # type: ignore[attr-defined]
            received_at=received, due_at=due, resolved_at=resolved, description=f"投诉{n}",
        )  # fmt: skip
    for _ in range(40):
        kind = rng.choice(("satisfaction", "satisfaction", "relationship"))
        score = rng.choice((None, 20.0, 60.0, 80.0, 100.0))
        Survey.create(
            customer=rng.choice(customers), rep=rng.choice(people).id,  # type: ignore[attr-defined]
            kind=kind, surveyed_on=day0 + dt.timedelta(days=rng.randrange(760)),
            template_version_id=0, score=score,
            satisfied=None if score is None else score >= 80,
        )  # fmt: skip
    trash = rng.sample(customers, 6)
    Customer.update(deleted_at=dt.datetime(2026, 12, 1)).where(Customer.id.in_(trash)).execute()
    User.update(active=False).where(User.id == reps[4].id).execute()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_random_office(ctx: AppContext, seed: int) -> None:
    random_office(ctx.user, seed)
    rng = random.Random(seed)
    for period in [*PERIODS, Period.month(2026, rng.randrange(1, 13))]:
        assert len(same_as_one_by_one(ctx.user, period, TODAY)) == 4  # the inactive one left out
    write_setting(FIGURES_DORMANT_DAYS, rng.randrange(10, 200))
    same_as_one_by_one(ctx.user, DEC, TODAY)


def test_no_active_rep_no_rows(ctx: AppContext) -> None:
    assert f.figures_per_rep(ctx.user, DEC, today=TODAY) == []
