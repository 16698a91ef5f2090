"""The bench generator's functions on a small set, and the bulk paths' refusals."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import peewee as pw
import pytest

from desktop_crm.demo import ensure_staff, generate_customers, generate_visits
from desktop_crm.models.core import Contact, Customer, CustomerSearch, Deal
from desktop_crm.models.visits import Visit
from desktop_crm.services.common.errors import ValidationFailed
from desktop_crm.services.customers import (
    ContactDraft,
    CustomerDraft,
    CustomerFilter,
    DealDraft,
    find_customers,
)
from desktop_crm.services.customers.bulk import add_customers
from desktop_crm.services.visits import VisitDraft, VisitOutcome
from desktop_crm.services.visits.bulk import VisitEntry, add_visits

TODAY = dt.date(2026, 12, 2)


def test_generated_customers_and_visits(db: pw.Database) -> None:
    owner, reps = ensure_staff([f"业务员{i}" for i in range(1, 11)], "张总")
    seen: list[int] = []
    ids = generate_customers(
        owner, 1000, reps, seed=3, today=TODAY, batch=400, progress=lambda d, t: seen.append(d)
    )
    assert seen == [400, 800, 1000]
    assert len(ids) == len(set(ids)) == 1000
    assert Customer.select().count() == 1000
    assert CustomerSearch.select().count() == 1000
    assert 1000 <= Contact.select().count() <= 3000  # one to three each
    assert 3000 < Deal.select().count() < 5000  # about four each, a few customers none
    rep_ids = {r.id for r in reps}
    assert {c for (c,) in Customer.select(Customer.owner_rep).distinct().tuples()} == rep_ids
    rep_customers: dict[int, list[int]] = {r.id: [] for r in reps}
    for cid, rep in Customer.select(Customer.id, Customer.owner_rep).tuples():
        rep_customers[rep].append(cid)
    first, last = TODAY - dt.timedelta(days=60), TODAY + dt.timedelta(days=20)
    made = generate_visits(
        owner, 10000, rep_customers, first_day=first, last_day=last, today=TODAY, batch=3000
    )
    assert made == 10000
    assert Visit.select().count() == 10000
    assert Visit.select().where(Visit.start < dt.datetime.combine(first, dt.time())).count() == 0
    ahead = Visit.select().where(Visit.start >= dt.datetime.combine(TODAY, dt.time()))
    assert {v for (v,) in ahead.select(Visit.status).distinct().tuples()} == {"planned"}
    foreign = (
        Visit.select()
        .join(Customer, on=(Visit.customer == Customer.id))
        .where(Visit.rep != Customer.owner_rep)
    )
    assert foreign.count() == 0
    # the search finds a generated customer by part of its name
    name = Customer.get_by_id(ids[567]).name
    assert ids[567] in {
        row.id for row in find_customers(owner, CustomerFilter(text=name), limit=500)
    }


def test_a_bad_draft_stores_nothing(db: pw.Database) -> None:
    owner, reps = ensure_staff(["王建国"], "张总")
    good = CustomerDraft(
        values={"name": "李四", "email": "li@example.cn"},
        owner_rep_id=reps[0].id,
        contacts=[ContactDraft("李四")],
        deals=[DealDraft("2026-11-30", "润滑油", "1200.50")],
    )
    bad = CustomerDraft(values={"name": "张三", "email": "not an address"})
    with pytest.raises(ValidationFailed) as refused:
        add_customers(owner, [good, bad])
    assert [e.field for e in refused.value.errors] == ["customers.1.email"]
    assert Customer.select().count() == 0
    [cid] = add_customers(owner, [good])
    assert good.id == cid and good.contacts is not None and good.contacts[0].id is not None
    deal = Deal.get(Deal.customer == cid)
    assert (deal.date, deal.amount) == (dt.date(2026, 11, 30), Decimal("1200.50"))
    assert Contact.get_by_id(good.contacts[0].id).customer_id == cid


def test_a_visit_of_an_unknown_customer_stores_nothing(db: pw.Database) -> None:
    owner, reps = ensure_staff(["王建国"], "张总")
    [cid] = add_customers(owner, [CustomerDraft(values={"name": "李四"})])
    start = dt.datetime.combine(TODAY, dt.time(9, 0))
    done = VisitEntry(
        VisitDraft(cid, reps[0].id, start), VisitOutcome("谈妥了", "yes", 50), follow_up=1
    )
    unknown = VisitEntry(VisitDraft(cid + 99, reps[0].id, start + dt.timedelta(days=7)))
    with pytest.raises(ValidationFailed) as refused:
        add_visits(owner, [done, unknown])
    assert [e.field for e in refused.value.errors] == ["visits.1.customer"]
    assert Visit.select().count() == 0
    later = VisitEntry(VisitDraft(cid, reps[0].id, start + dt.timedelta(days=7)))
    first_id, second_id = add_visits(owner, [done, later])
    stored = Visit.get_by_id(first_id)
    assert (stored.status, stored.actual_result, stored.purpose_met) == ("done", "谈妥了", "yes")
    assert stored.next_visit_id == second_id
    assert Visit.get_by_id(second_id).status == "planned"
