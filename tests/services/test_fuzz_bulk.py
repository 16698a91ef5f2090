"""Property tests of the service boundary: the bulk paths (see test_fuzz.py).

The bulk paths check what the single writes check, with field names prefixed by the entry
("customers.1.email", "visits.0.start"); a refused call writes nothing at all.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

import peewee as pw
import pytest
from fuzz_support import (
    EDGE_DAYS,
    FUZZ,
    HOSTILE,
    TEXT,
    attempt,
    draw_value,
    either,
    fuzz_tally,  # noqa: F401 (autouse: prints the tally after the module)
    ident,
    mix,
    spec_values,
    stored_form,
    stripped,
    vary,
)
from hypothesis import given
from hypothesis import strategies as st
from visit_helpers import at, make_contact, make_customer, make_rep

from desktop_crm.models.assessments import PersonalityRating
from desktop_crm.models.db import database_proxy
from desktop_crm.models.visits import CustomerGeo, WeekReview
from desktop_crm.services import customers as cs
from desktop_crm.services.analysis import bulk as ab
from desktop_crm.services.analysis.assessments import AssessmentDraft, load_assessment
from desktop_crm.services.context import AppContext
from desktop_crm.services.customers.bulk import add_customers
from desktop_crm.services.customers.fields import FIELDS_BY_NAME
from desktop_crm.services.visits import bulk as vb
from desktop_crm.services.visits import load_visit, week_start
from desktop_crm.services.visits.drafts import VisitDraft, VisitOutcome
from desktop_crm.services.visits.fields import PLAN_FIELDS, draft_attribute

MONDAY = dt.date(2026, 3, 2)
NAMES = ["name", "company", "email", "founded_on", "assets", "age", "priority_delivery"]


@pytest.fixture
def office(ctx: AppContext) -> SimpleNamespace:
    rep = make_rep()
    first, second = make_customer("甲", rep), make_customer("乙", rep)
    return SimpleNamespace(
        me=ctx.user,
        rep=rep.id,
        customers=(first.id, second.id),
        contact=make_contact(first, "甲联系人").id,
    )


def _entries(data: st.DataObject, make: Any, label: str) -> tuple[Any, set[str]]:
    """A list of one or two entries from `make(data)` (each giving an entry and the names it
    varied), sometimes a hostile value instead; names come back prefixed "label.N"."""
    if data.draw(st.integers(0, 9)) == 0:
        return data.draw(HOSTILE, label=label), {label}
    entries, varied = [], set()
    for index in range(data.draw(st.integers(1, 2))):
        entry, names = make(data)
        entries.append(entry)
        varied |= {f"{label}.{index}"} if names is None else {f"{label}.{index}.{n}" for n in names}
    return entries, varied


def _customer(data: st.DataObject, office: SimpleNamespace) -> tuple[Any, set[str] | None]:
    names = data.draw(st.lists(st.sampled_from(NAMES), max_size=3, unique=True))
    values = {"name": "批量客户"} | {n: draw_value(data, FIELDS_BY_NAME[n]) for n in names}
    owner = data.draw(mix(st.none(), ident(office.rep)), label="owner")
    return cs.CustomerDraft(values, owner_rep_id=owner), {*names, "owner_rep", "contacts"}


@given(data=st.data())
@FUZZ
def test_add_customers(office: SimpleNamespace, data: st.DataObject) -> None:
    drafts, varied = _entries(data, lambda d: _customer(d, office), "customers")
    listed = drafts if isinstance(drafts, list) else []
    raw = [dict(d.values) if isinstance(d, cs.CustomerDraft) else {} for d in listed]

    def read_back(ids: list[int]) -> None:
        for customer_id, values in zip(ids, raw, strict=True):
            stored = cs.load_customer(office.me, customer_id).customer
            for name, value in values.items():
                assert getattr(stored, name) == stored_form(FIELDS_BY_NAME[name], value), name

    attempt(lambda: add_customers(office.me, drafts), varied, read_back)


def _visit(data: st.DataObject, office: SimpleNamespace) -> tuple[Any, set[str] | None]:
    strategies = {draft_attribute(s): spec_values(s) for s in PLAN_FIELDS}
    strategies["customer_id"] = ident(*office.customers)
    strategies["contact_id"] = mix(st.none(), ident(office.contact))
    strategies["rep_id"] = ident(office.rep)
    baseline = {"customer_id": office.customers[0], "rep_id": office.rep, "start": at(MONDAY, 9)}
    values, varied = vary(data, baseline, strategies)
    outcome = None
    if data.draw(st.booleans()):
        outcome = VisitOutcome("谈妥", data.draw(either(st.just("yes")), label="purpose_met"))
        varied.add("purpose_met")
    names = {v.removesuffix("_id") for v in varied} | {"contact"}
    return vb.VisitEntry(VisitDraft(**values), outcome), names


@given(data=st.data())
@FUZZ
def test_add_visits(office: SimpleNamespace, data: st.DataObject) -> None:
    entries, varied = _entries(data, lambda d: _visit(d, office), "visits")

    def read_back(ids: list[int]) -> None:
        for visit_id, entry in zip(ids, entries, strict=True):
            stored = load_visit(office.me, visit_id)
            assert stored.status == entry.status
            for spec in PLAN_FIELDS:
                raw = getattr(entry.plan, draft_attribute(spec))
                expected = raw.replace(second=0, microsecond=0) if spec.name == "start" else raw
                assert getattr(stored, draft_attribute(spec)) == stripped(expected), spec.name

    attempt(lambda: vb.add_visits(office.me, entries), varied, read_back)


@given(data=st.data())
@FUZZ
def test_add_week_reviews_and_places(office: SimpleNamespace, data: st.DataObject) -> None:
    if data.draw(st.booleans()):

        def review(d: st.DataObject) -> tuple[Any, set[str] | None]:
            day = d.draw(either(st.dates(dt.date(2020, 1, 1), dt.date(2030, 1, 1))), label="day")
            rep = d.draw(ident(office.rep, office.me.id), label="rep")
            texts = either(TEXT)
            return vb.WeekReviewEntry(rep, day, d.draw(texts), d.draw(texts)), {
                "rep",
                "week_start",
                "review",
                "plan_notes",
            }

        entries, varied = _entries(data, review, "reviews")

        def reviews_back(_: None) -> None:
            for e in entries:
                row = WeekReview.get(
                    WeekReview.rep == e.rep_id, WeekReview.week_start == week_start(e.week_start)
                )
                assert (row.review, row.plan_notes) == (e.review.strip(), e.plan_notes.strip())

        attempt(lambda: vb.add_week_reviews(office.me, entries), varied, reviews_back)
        return

    def place(d: st.DataObject) -> tuple[Any, set[str] | None]:
        customer = d.draw(ident(*office.customers), label="customer")
        degrees = either(st.floats(-90, 90))
        return vb.CustomerPlace(customer, d.draw(degrees), d.draw(degrees)), {
            "customer",
            "latitude",
            "longitude",
        }

    places, varied = _entries(data, place, "places")
    before = {g.customer_id for g in CustomerGeo.select()}

    def places_back(_: None) -> None:
        for p in places:
            if p.customer_id not in before and p is next(
                q for q in places if q.customer_id == p.customer_id
            ):
                row = CustomerGeo.get_by_id(p.customer_id)
                assert (row.latitude, row.longitude) == _as_stored(p.latitude, p.longitude)

    attempt(lambda: vb.add_customer_places(office.me, places), varied, places_back)


def _as_stored(*degrees: float) -> tuple[Any, ...]:
    """Coordinates as documented (to COORDINATE_PLACES decimals) and as the backend keeps
    them: exactly on SQLite; PostgreSQL's column is a REAL (peewee's FloatField, single
    precision, about 7 digits: ~1 m), a known limit until a migration makes it DOUBLE."""
    rounded = tuple(round(d, vb.COORDINATE_PLACES) for d in degrees)
    if isinstance(database_proxy.obj, pw.PostgresqlDatabase):
        return tuple(pytest.approx(d, rel=1e-6, abs=1e-6) for d in rounded)
    return rounded


@given(data=st.data())
@FUZZ
def test_analysis_bulk(office: SimpleNamespace, data: st.DataObject) -> None:
    which = data.draw(st.sampled_from(["assessments", "ratings", "tiers"]))
    customer = ident(*office.customers)
    if which == "assessments":

        def assessment(d: st.DataObject) -> tuple[Any, set[str] | None]:
            day = d.draw(either(st.sampled_from(EDGE_DAYS)), label="assessed_on")
            notes = d.draw(either(TEXT), label="notes")
            by = d.draw(mix(st.none(), ident(office.rep)), label="assessed_by")
            draft = AssessmentDraft(d.draw(customer), day, notes=notes)
            names = {"customer", "assessed_on", "notes", "assessed_by"}
            return ab.AssessmentEntry(draft, by), names

        entries, varied = _entries(data, assessment, "assessments")

        def assessments_back(ids: list[int]) -> None:
            for assessment_id, e in zip(ids, entries, strict=True):
                stored = load_assessment(office.me, assessment_id)
                assert (stored.customer_id, stored.assessed_on, stored.notes) == (
                    e.draft.customer_id,
                    e.draft.assessed_on,
                    e.draft.notes.strip(),
                )

        attempt(lambda: ab.add_assessments(office.me, entries), varied, assessments_back)
    elif which == "ratings":

        def rating(d: st.DataObject) -> tuple[Any, set[str] | None]:
            scale = either(st.integers(0, 5))
            day = d.draw(either(st.sampled_from(EDGE_DAYS)), label="rated_on")
            entry = ab.PersonalityEntry(
                d.draw(customer), d.draw(scale), d.draw(scale), day, note=d.draw(either(TEXT))
            )
            return entry, {"customer", "expressiveness", "emotionality", "rated_on", "note"}

        entries, varied = _entries(data, rating, "ratings")
        count = PersonalityRating.select().count()

        def ratings_back(_: None) -> None:
            rows = PersonalityRating.select().order_by(PersonalityRating.id)[count:]
            assert [(r.customer_id, r.expressiveness, r.emotionality, r.note) for r in rows] == [
                (e.customer_id, e.expressiveness, e.emotionality, e.note.strip()) for e in entries
            ]

        attempt(lambda: ab.add_personality_ratings(office.me, entries), varied, ratings_back)
    else:

        def manual(d: st.DataObject) -> tuple[Any, set[str] | None]:
            tier = d.draw(either(st.sampled_from(["A", "B", "C", "D", ""])), label="tier")
            entry = ab.ManualTier(d.draw(customer), tier, d.draw(either(TEXT)))
            return entry, {"customer", "tier_manual", "tier_reason"}

        entries, varied = _entries(data, manual, "tiers")

        def tiers_back(_: None) -> None:
            last = {e.customer_id: e for e in entries}  # the last entry for a customer wins
            for customer_id, e in last.items():
                stored = cs.load_customer(office.me, customer_id).customer
                assert (stored.tier_manual, stored.tier_reason) == (
                    stored_form(FIELDS_BY_NAME["tier_manual"], e.tier),
                    stored_form(FIELDS_BY_NAME["tier_reason"], e.reason),
                )

        attempt(lambda: ab.set_manual_tiers(office.me, entries), varied, tiers_back)
