"""The demo office, built on each backend: what the database holds afterwards.

Built once per backend for the whole module (about two seconds on SQLite); every test reads
the tables directly, so a part that silently stops writing fails here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import peewee as pw
import pytest
from conftest import BACKENDS, open_test_database

from desktop_crm.demo import DemoOffice, build_demo_office
from desktop_crm.models.assessments import Assessment, AssessmentAnswer, PersonalityRating
from desktop_crm.models.core import Contact, Customer, CustomerSearch, Deal, User
from desktop_crm.models.visits import CustomerGeo, RepStandard, Visit, WeekReview
from desktop_crm.services.customers import CustomerDraft, save_customer
from desktop_crm.services.people.passwords import verify_password
from desktop_crm.services.visits import VisitDraft, plan_visit

TODAY = dt.date(2026, 12, 2)  # a Wednesday
REPS = ["王建国", "李晓梅", "陈志强", "刘丹丹"]


@pytest.fixture(scope="module", params=BACKENDS)
def office(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[pw.Database, DemoOffice]]:
    database, _ = open_test_database(str(request.param), Path(tmp_path_factory.mktemp("demo")))
    built = build_demo_office(TODAY)
    assert built is not None
    yield database, built
    database.close()


def test_staff_by_name(office: tuple[pw.Database, DemoOffice]) -> None:
    people = {u.name: u.role for u in User.select()}
    assert people == {
        "张总": "owner",
        "王建国": "rep",
        "李晓梅": "rep",
        "陈志强": "rep",
        "刘丹丹": "rep",
        "内勤 周敏": "staff",
    }
    # Everyone's password is "demo", stored only as an argon2id hash.
    for user in User.select():
        assert user.password_hash.startswith("$argon2id$"), user.name
        assert verify_password(user.password_hash, "demo"), user.name


def test_customers_and_prospects(office: tuple[pw.Database, DemoOffice]) -> None:
    assert Customer.select().count() == 300 + 4 * 50
    assert CustomerSearch.select().count() == 500
    assert CustomerGeo.select().count() == 500
    traded = {c for (c,) in Deal.select(Deal.customer).distinct().tuples()}
    never_traded = [
        (c.id, c.owner_rep_id)
        for c in Customer.select().where(Customer.first_trade_on.is_null())
        if c.id not in traded
    ]
    per_rep: dict[int, int] = {}
    for _, rep in never_traded:
        per_rep[rep] = per_rep.get(rep, 0) + 1
    reps = {u.id for u in User.select().where(User.role == "rep")}
    assert set(per_rep) == reps
    assert all(n >= 50 for n in per_rep.values())  # each rep's 50 prospects, at least
    assert Contact.select().where(Contact.customer.is_null()).count() == 0
    # every customer file has at least one contact
    with_contacts = {c for (c,) in Contact.select(Contact.customer).distinct().tuples()}
    assert len(with_contacts) == 500


def test_visits_around_today(office: tuple[pw.Database, DemoOffice]) -> None:
    noon = dt.datetime.combine(TODAY, dt.time(12, 0))
    past = Visit.select().where(Visit.start < noon)
    ahead = Visit.select().where(Visit.start >= noon)
    assert past.count() > 300 and ahead.count() > 100
    assert {v.status for v in ahead} == {"planned"}
    assert {v.status for v in past} == {"done", "no_show", "cancelled"}
    done = list(past.where(Visit.status == "done"))
    assert all(v.actual_result and v.purpose_met in ("yes", "partly", "no") for v in done)
    assert all(v.completed_at is not None and v.completed_at > v.start for v in done)
    for name in REPS:
        rep = User.get(User.name == name)
        assert Visit.select().where(Visit.rep == rep.id, Visit.start < noon).count() > 50
        assert WeekReview.select().where(WeekReview.rep == rep.id).count() == 6
    # follow-ups were planned from next actions and linked
    linked = Visit.select().where(Visit.next_visit.is_null(False))
    assert linked.count() > 0
    assert all(v.next_visit.start > v.start for v in linked)
    standard = RepStandard.get(RepStandard.rep == User.get(User.name == "李晓梅").id)
    assert (standard.existing_per_day, standard.new_per_day) == (6, 2)


def test_every_visit_has_its_customer_and_rep(office: tuple[pw.Database, DemoOffice]) -> None:
    orphans = (
        Visit.select()
        .join(Customer, pw.JOIN.LEFT_OUTER, on=(Visit.customer == Customer.id))
        .switch(Visit)
        .join(User, pw.JOIN.LEFT_OUTER, on=(Visit.rep == User.id))
        .where(Customer.id.is_null() | User.id.is_null())
    )
    assert orphans.count() == 0
    # a rep visits only customers of their own
    foreign = (
        Visit.select()
        .join(Customer, on=(Visit.customer == Customer.id))
        .where(Visit.rep != Customer.owner_rep)
    )
    assert foreign.count() == 0


def test_assessments_scored(office: tuple[pw.Database, DemoOffice]) -> None:
    assessments = list(Assessment.select())
    assert 300 < len(assessments) < 500
    assert all(0 <= a.intent_score <= 100 and 0 <= a.quality_score <= 100 for a in assessments)
    answered = {a for (a,) in AssessmentAnswer.select(AssessmentAnswer.assessment).tuples()}
    assert answered == {a.id for a in assessments}
    assert {r for (r,) in AssessmentAnswer.select(AssessmentAnswer.rating).tuples()} <= {
        1,
        2,
        3,
        4,
        5,
    }
    on_visits = [a for a in assessments if a.visit_id is not None]
    assert on_visits
    visits = {v.id: v for v in Visit.select().where(Visit.id.in_([a.visit_id for a in on_visits]))}
    assert all(visits[a.visit_id].customer_id == a.customer_id for a in on_visits)
    assert all(visits[a.visit_id].status == "done" for a in on_visits)
    twice = (
        Assessment.select(Assessment.customer)
        .group_by(Assessment.customer)
        .having(pw.fn.COUNT(Assessment.id) > 1)
    )
    assert twice.count() > 20
    assert 250 < PersonalityRating.select().count() < 500


def test_tiers_computed(office: tuple[pw.Database, DemoOffice]) -> None:
    tiers = {t for (t,) in Customer.select(Customer.tier_computed).tuples()}
    assert tiers == {"A", "B", "C", "D"}
    manual = {
        (c.tier_manual, c.tier_reason) for c in Customer.select().where(Customer.tier_manual != "")
    }
    assert manual == {
        ("A", "集团总部，战略客户"),
        ("B", "新签年度合同，预计放量"),
        ("C", "账期长，控制投入"),
    }
    # customers without any deal in the last twelve months are D
    recent = {
        c
        for (c,) in Deal.select(Deal.customer)
        .where(Deal.date > TODAY - dt.timedelta(days=365))
        .tuples()
    }
    idle = Customer.select().where(Customer.id.not_in(list(recent)))
    assert idle.count() > 200
    assert {c.tier_computed for c in idle} == {"D"}


def test_new_rows_after_the_demo_get_fresh_ids(office: tuple[pw.Database, DemoOffice]) -> None:
    """The database allocated every id, so its sequences moved on (PostgreSQL's too)."""
    database, built = office
    highest = Customer.select(pw.fn.MAX(Customer.id)).scalar()
    record = save_customer(built.owner, CustomerDraft(values={"name": "新来的客户"}))
    assert record.id > highest
    assert Customer.get_by_id(record.id).name == "新来的客户"
    visit = plan_visit(
        built.owner,
        VisitDraft(record.id, built.reps[0].id, dt.datetime.combine(TODAY, dt.time(15, 0))),
    )
    assert visit.id > Visit.select(pw.fn.MAX(Visit.id)).where(Visit.id != visit.id).scalar()


def test_a_filled_database_is_left_alone(office: tuple[pw.Database, DemoOffice]) -> None:
    before = Customer.select().count()
    assert build_demo_office(TODAY) is None
    assert Customer.select().count() == before


def test_opportunities_in_every_stage(office: tuple[pw.Database, DemoOffice]) -> None:
    """Issue 12, item 7: every stage holds some; won ones have their deal (same amount, on the
    day they closed), lost ones their reason; open ones close over the coming months (a few
    late), closed ones over the last months; all of them on their rep's own customers."""
    from desktop_crm.models.opportunities import Opportunity

    rows = list(Opportunity.select())
    assert len(rows) == 4 * 24
    by_stage: dict[str, list[Opportunity]] = {}
    for row in rows:
        by_stage.setdefault(str(row.stage), []).append(row)
    stages = ["contact", "needs", "proposal", "negotiation", "won", "lost"]
    assert set(by_stage) == set(stages)
    assert [len(by_stage[s]) for s in stages] == [16, 16, 12, 12, 24, 16]
    for won in by_stage["won"]:
        deal = Deal.get_by_id(won.deal_id)
        assert (deal.customer_id, deal.amount, deal.date) == (
            won.customer_id,
            won.expected_amount,
            won.closed_on,
        )
    assert all(lost.lost_reason and lost.deal_id is None for lost in by_stage["lost"])
    closed = [r.closed_on for s in ("won", "lost") for r in by_stage[s]]
    assert all(TODAY - dt.timedelta(days=180) <= day < TODAY for day in closed)
    assert len({(d.year, d.month) for d in closed}) >= 5  # spread over the last months
    opened = [r for s in stages[:4] for r in by_stage[s]]
    assert all(r.closed_on is None and r.deal_id is None for r in opened)
    ahead = {(r.expected_close.year, r.expected_close.month) for r in opened}
    assert len(ahead) >= 4
    assert 0 < sum(r.expected_close < TODAY for r in opened) < len(opened) // 4
    owners = {c.id: c.owner_rep_id for c in Customer.select(Customer.id, Customer.owner_rep)}
    assert all(r.owner_rep_id == owners[r.customer_id] is not None for r in rows)


def test_surveys_of_both_kinds_with_some_dissatisfied(
    office: tuple[pw.Database, DemoOffice],
) -> None:
    from desktop_crm.models.aftersale import Survey

    kinds = {
        k: n
        for k, n in Survey.select(Survey.kind, pw.fn.COUNT(Survey.id))
        .group_by(Survey.kind)
        .tuples()
    }
    assert kinds == {"satisfaction": 60, "relationship": 25}
    satisfaction = Survey.select().where(Survey.kind == "satisfaction")
    satisfied = sum(1 for s in satisfaction if s.satisfied)
    assert 15 <= satisfied <= 45  # a spread, not all happy nor all angry
    assert min(s.score for s in satisfaction) < 60
    months = {s.surveyed_on.strftime("%Y-%m") for s in Survey.select()}
    assert len(months) >= 5 and TODAY.strftime("%Y-%m") in months
    assert len({s.rep_id for s in Survey.select()}) == 4
    assert all(s.surveyed_on <= TODAY for s in Survey.select())
