"""The permission policy (issue 10, item 4): every public service function carries a guard
(services/people/policy.py), and what it guards is refused to the wrong person.

The guarded-by-id functions are found, not listed: each is called as rep A with rep B's row,
and must refuse before its body runs. Functions whose body scopes its own queries are listed
in SCOPED_TESTED with the test that drives them as a rep; a new one fails until it gets one.
Both backends.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from visit_helpers import make_contact, make_customer

import desktop_crm.services as services
from desktop_crm.models.aftersale import Complaint, Survey
from desktop_crm.models.assessments import Assessment
from desktop_crm.models.core import Customer
from desktop_crm.models.visits import Visit
from desktop_crm.services.analysis.assessments import AssessmentDraft, save_assessment
from desktop_crm.services.analysis.personality import latest_types, rate_personality
from desktop_crm.services.analysis.quadrant import quadrant_points
from desktop_crm.services.common.acting import Person, kind_of
from desktop_crm.services.common.errors import PermissionDenied
from desktop_crm.services.context import AppContext
from desktop_crm.services.customers import export, queries, writes
from desktop_crm.services.customers.drafts import CustomerDraft, CustomerFilter
from desktop_crm.services.owner import pipeline
from desktop_crm.services.owner.pipeline import OpportunityDraft
from desktop_crm.services.people import manage
from desktop_crm.services.people.policy import guard_of, guards_of
from desktop_crm.services.people.roles import Role
from desktop_crm.services.visits import queries as visit_queries
from desktop_crm.services.visits import writes as visit_writes
from desktop_crm.services.visits.drafts import VisitDraft

INFRASTRUCTURE = ("desktop_crm.services.common", "desktop_crm.services.context")
DAY = dt.date(2026, 3, 2)


def _acting_functions() -> list[tuple[str, Any]]:
    found = []
    for info in pkgutil.walk_packages(services.__path__, "desktop_crm.services."):
        if info.name.startswith(INFRASTRUCTURE):
            continue
        module = importlib.import_module(info.name)
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ != info.name or name.startswith("_") or kind_of(fn):
                continue
            found.append((f"{info.name.removeprefix('desktop_crm.services.')}.{name}", fn))
    return found


def test_every_service_function_that_acts_has_a_guard() -> None:
    functions = _acting_functions()
    assert len(functions) > 90
    unguarded = [name for name, fn in functions if guard_of(fn) is None]
    assert not unguarded, (
        "these service functions decide nothing about who may call them; give each a guard "
        "from services/people/policy.py:\n  " + "\n  ".join(unguarded)
    )


@pytest.fixture
def office(ctx: AppContext) -> SimpleNamespace:
    owner = ctx.user
    clerk = manage.add_person(owner, "周敏", Role.CLERK, password="pw")
    rep_a = manage.add_person(owner, "王建国", Role.REP, password="pw")
    rep_b = manage.add_person(owner, "李娜", Role.REP, password="pw")
    a_customer = make_customer("甲公司", SimpleNamespace(id=rep_a.id), city="上海")  # type: ignore[arg-type]
    b_customer = make_customer("乙公司", SimpleNamespace(id=rep_b.id), city="北京")  # type: ignore[arg-type]
    pool = make_customer("公海客户", None, city="杭州")
    b_contact = make_contact(b_customer, "刘经理")
    start = dt.datetime.combine(DAY, dt.time(10))
    b_visit = visit_writes.plan_visit(owner, VisitDraft(b_customer.id, rep_b.id, start))
    a_visit = visit_writes.plan_visit(owner, VisitDraft(a_customer.id, rep_a.id, start))
    b_assessment = save_assessment(owner, AssessmentDraft(b_customer.id, DAY))
    a_assessment = save_assessment(owner, AssessmentDraft(a_customer.id, DAY))
    rate_personality(owner, b_customer.id, 4, 4)
    rate_personality(owner, a_customer.id, 2, 2)
    b_opportunity = pipeline.save_opportunity(owner, OpportunityDraft(b_customer.id, "乙的商机"))
    a_opportunity = pipeline.save_opportunity(owner, OpportunityDraft(a_customer.id, "甲的商机"))
    # Rows of the after-sale tables, stored directly: the guards only read their customer.
    b_complaint, a_complaint, b_survey, a_survey = (
        int(table.create(customer=customer, **values).id)
        for table, customer, values in (
            (Complaint, b_customer.id, {"received_at": start, "due_at": start}),
            (Complaint, a_customer.id, {"received_at": start, "due_at": start}),
            (Survey, b_customer.id, {"kind": "satisfaction", "surveyed_on": DAY, "template_version_id": 0}),
            (Survey, a_customer.id, {"kind": "satisfaction", "surveyed_on": DAY, "template_version_id": 0}),
        )
    )  # fmt: skip
    return SimpleNamespace(
        owner=owner,
        clerk=clerk,
        rep_a=rep_a,
        rep_b=rep_b,
        a=int(a_customer.id),
        b=int(b_customer.id),
        pool=int(pool.id),
        b_contact=int(b_contact.id),
        b_visit=b_visit,
        a_visit=a_visit,
        b_assessment=int(b_assessment.id),
        a_assessment=int(a_assessment.id),
        b_opportunity=b_opportunity.id,
        a_opportunity=a_opportunity.id,
        b_complaint=b_complaint,
        a_complaint=a_complaint,
        b_survey=b_survey,
        a_survey=a_survey,
    )


def _other_reps_value(office: SimpleNamespace, kind: str, argument: str) -> Any:
    row = {
        "customer": office.b,
        "visit": office.b_visit.id,
        "assessment": office.b_assessment,
        "opportunity": office.b_opportunity,
        "complaint": office.b_complaint,
        "survey": office.b_survey,
    }
    if kind == "rep":
        return office.rep_b.id
    value = row[kind]
    return [value] if argument.endswith("_ids") else value


def test_a_rep_asking_for_another_reps_row_by_id_is_refused(office: SimpleNamespace) -> None:
    """Every function guarded by a customer, visit, assessment or rep argument refuses rep A
    rep B's row, whatever the other arguments (the guard runs before the body)."""
    checked = []
    for name, fn in _acting_functions():
        for spec in guards_of(fn):
            if spec.kind in _ROW_KINDS:
                checked += _refuses_other_reps_rows(office, name, fn, spec)
    assert len(checked) > 30  # they are found, so a new one is checked too


_ROW_KINDS = ("customer", "visit", "assessment", "opportunity", "complaint", "survey", "rep")


def _refuses_other_reps_rows(office: SimpleNamespace, name: str, fn: Any, spec: Any) -> list[str]:
    checked = []
    for argument in spec.arguments:
        kwargs = {a: _other_reps_value(office, spec.kind, a) for a in spec.arguments}
        for other in spec.arguments:  # the argument under test holds B's; others A's own
            if other != argument:
                kwargs[other] = _own_value(office, spec.kind, other)
        with pytest.raises(PermissionDenied):
            fn(office.rep_a, **kwargs)
        checked.append(f"{name}({argument})")
    return checked


def _own_value(office: SimpleNamespace, kind: str, argument: str) -> Any:
    row = {
        "customer": office.a,
        "visit": office.a_visit.id,
        "assessment": office.a_assessment,
        "opportunity": office.a_opportunity,
        "complaint": office.a_complaint,
        "survey": office.a_survey,
    }
    if kind == "rep":
        return office.rep_a.id
    return [row[kind]] if argument.endswith("_ids") else row[kind]


def test_the_owner_and_the_clerk_reach_every_row(office: SimpleNamespace) -> None:
    for person in (office.owner, office.clerk):
        assert queries.load_customer(person, office.b).id == office.b
        assert visit_queries.load_visit(person, office.b_visit.id).id == office.b_visit.id
        found = queries.find_customers(person, CustomerFilter())
        assert {r.id for r in found} == {office.a, office.b, office.pool}


def test_office_and_owner_guards_refuse_the_wrong_role(office: SimpleNamespace) -> None:
    refused_rep = refused_clerk = 0
    for _name, fn in _acting_functions():
        spec = guard_of(fn)
        assert spec is not None
        if spec.kind in ("office", "owner"):
            with pytest.raises(PermissionDenied):
                fn(office.rep_a)
            refused_rep += 1
        if spec.kind == "owner":
            with pytest.raises(PermissionDenied):
                fn(office.clerk)
            refused_clerk += 1
    assert refused_rep > 20 and refused_clerk > 8


def test_a_deactivated_person_is_refused_everything(office: SimpleNamespace) -> None:
    gone = manage.deactivate_person(office.owner, office.rep_a.id, hand_over_to=office.rep_b.id)
    assert not gone.active
    for _name, fn in _acting_functions():
        with pytest.raises(PermissionDenied):
            fn(gone)


# ---------------------------------------------------------------- scoped bodies, driven


def test_a_reps_list_search_count_and_cities_hold_their_own_and_the_pool(
    office: SimpleNamespace,
) -> None:
    rep = office.rep_a
    rows = queries.find_customers(rep, CustomerFilter())
    assert {r.id for r in rows} == {office.a, office.pool}
    assert queries.count_customers(rep, CustomerFilter()) == 2
    assert queries.find_customers(rep, CustomerFilter(text="乙公司")) == []
    assert queries.count_customers(rep, CustomerFilter(rep_id=office.rep_b.id)) == 0
    assert set(queries.cities(rep)) == {"上海", "杭州"}
    assert "北京" in queries.cities(office.owner)
    # another rep's customer has no place in this rep's list, though the office's list has it
    others = [i for i in queries.find_customers(office.owner, CustomerFilter()) if i.id != office.a]
    hidden = next(r.id for r in others if r.id != office.pool)
    assert queries.position_of(rep, CustomerFilter(), hidden) is None
    assert queries.position_of(office.owner, CustomerFilter(), hidden) is not None
    assert queries.position_of(rep, CustomerFilter(), office.a) in (0, 1)


def test_a_reps_quadrant_and_personality_types_hold_no_other_reps_customer(
    office: SimpleNamespace,
) -> None:
    rep = office.rep_a
    assert office.b not in {p.customer_id for p in quadrant_points(rep)}
    assert set(latest_types(rep)) == {office.a}
    assert set(latest_types(office.owner)) == {office.a, office.b}
    with pytest.raises(PermissionDenied):
        latest_types(rep, [office.b])


def test_a_rep_cannot_save_into_another_reps_customer(office: SimpleNamespace) -> None:
    rep = office.rep_a
    theirs = queries.load_customer(office.owner, office.b)
    with pytest.raises(PermissionDenied):
        writes.save_customer(
            rep,
            CustomerDraft({"name": "改名"}, id=office.b, version=theirs.version, owner_rep_id=None),
        )
    mine = queries.load_customer(rep, office.a)
    with pytest.raises(PermissionDenied):  # nor hand their own to another rep
        writes.save_customer(
            rep,
            CustomerDraft(
                {"name": "甲公司"}, id=office.a, version=mine.version, owner_rep_id=office.rep_b.id
            ),
        )
    with pytest.raises(PermissionDenied):  # nor create one for another rep
        writes.save_customer(rep, CustomerDraft({"name": "新客户"}, owner_rep_id=office.rep_b.id))
    with pytest.raises(PermissionDenied):  # nor refer to another rep's customer
        writes.save_customer(rep, CustomerDraft({"name": "新客户"}, referred_by_id=office.b))
    assert Customer.get_by_id(office.b).name == "乙公司"
    assert Customer.get_by_id(office.a).owner_rep_id == rep.id
    created = writes.save_customer(rep, CustomerDraft({"name": "新客户"}, owner_rep_id=rep.id))
    assert created.customer.owner_rep_id == rep.id


def test_a_rep_plans_and_assesses_only_their_own_and_the_pool(office: SimpleNamespace) -> None:
    rep = office.rep_a
    start = dt.datetime.combine(DAY, dt.time(15))
    visits = Visit.select().count()
    with pytest.raises(PermissionDenied):  # another rep's customer
        visit_writes.plan_visit(rep, VisitDraft(office.b, rep.id, start))
    with pytest.raises(PermissionDenied):  # for another rep
        visit_writes.save_visit(rep, VisitDraft(office.a, office.rep_b.id, start))
    with pytest.raises(PermissionDenied):  # editing another rep's visit
        visit_writes.plan_visit(
            rep,
            VisitDraft(
                office.a, rep.id, start, id=office.b_visit.id, version=office.b_visit.version
            ),
        )
    assert Visit.select().count() == visits
    assert (
        visit_writes.plan_visit(rep, VisitDraft(office.pool, rep.id, start)).customer_id
        == office.pool
    )
    assessments = Assessment.select().count()
    with pytest.raises(PermissionDenied):
        save_assessment(rep, AssessmentDraft(office.b, DAY))
    assert Assessment.select().count() == assessments
    assert save_assessment(rep, AssessmentDraft(office.a, DAY)).customer_id == office.a


def test_a_reps_planner_is_their_own(office: SimpleNamespace) -> None:
    rep = office.rep_a
    every = visit_queries.visits_between(rep, DAY, DAY + dt.timedelta(days=1))
    assert {v.id for v in every} == {office.a_visit.id}
    with pytest.raises(PermissionDenied):
        visit_queries.visits_between(rep, DAY, DAY + dt.timedelta(days=1), office.rep_b.id)
    owners = visit_queries.visits_between(office.owner, DAY, DAY + dt.timedelta(days=1))
    assert {v.id for v in owners} == {office.a_visit.id, office.b_visit.id}


def test_a_rep_claims_only_from_the_pool_and_hears_only_of_their_own_idle_customers(
    office: SimpleNamespace,
) -> None:
    from desktop_crm.services.customers import pool

    rep_a, rep_b = office.rep_a, office.rep_b
    with pytest.raises(pool.AlreadyOwned):  # another rep's customer: refused, naming the owner
        pool.claim_customer(rep_a, office.b)
    assert Customer.get_by_id(office.b).owner_rep_id == rep_b.id
    assert pool.claim_customer(rep_a, office.pool).customers == 1
    Customer.update(created_at=dt.datetime(2020, 1, 1)).execute()
    pool.set_pool_settings(office.owner, 30, 7)
    today = dt.date.today() + dt.timedelta(days=400)
    assert {c.id for c in pool.idle_customers(rep_b, today)} == {office.b}
    assert {c.id for c in pool.idle_customers(office.owner, today)} == {
        office.a,
        office.b,
        office.pool,
    }


def test_a_reps_duplicate_hints_name_only_their_own_and_the_pool(office: SimpleNamespace) -> None:
    from desktop_crm.services.customers.duplicates import find_duplicates, possible_duplicates

    Customer.update(phone="13812345678").execute()  # every customer shares the phone
    typed = {"phone": "+86 138 1234 5678"}
    seen = {h.customer_id for h in possible_duplicates(office.rep_a, typed)}
    assert seen == {office.a, office.pool}
    assert {h.customer_id for h in possible_duplicates(office.owner, typed)} == {
        office.a,
        office.b,
        office.pool,
    }
    with pytest.raises(PermissionDenied):
        find_duplicates(office.rep_a)
    assert len(find_duplicates(office.clerk)) == 1


def test_a_reps_export_holds_their_own_and_the_pool_and_not_everything(
    office: SimpleNamespace, tmp_path: Path
) -> None:
    rep = office.rep_a
    summary = export.export_customers(rep, CustomerFilter(), "vcf", tmp_path / "mine.vcf")
    assert summary.customers == 2
    with pytest.raises(PermissionDenied):
        export.export_customers(rep, None, "vcf", tmp_path / "all.vcf")
    assert not (tmp_path / "all.vcf").exists()


def test_a_rep_merges_and_unmerges_only_customers_they_see(office: SimpleNamespace) -> None:
    """Merging needs both customers in sight (guard.customer on both ids, checked by the
    by-id test above); unmerging too, checked inside as the record names them."""
    from desktop_crm.services.customers import merge

    def versions(*ids: int) -> list[int]:
        return [int(Customer.get_by_id(i).version) for i in ids]

    owner, rep = office.owner, office.rep_a
    with pytest.raises(PermissionDenied):
        merge.merge_customers(rep, office.a, office.b, {}, *versions(office.a, office.b))
    of_b = merge.merge_customers(owner, office.b, office.pool, {}, *versions(office.b, office.pool))
    with pytest.raises(PermissionDenied):
        merge.unmerge(rep, of_b.merge_id)  # rep B's survivor
    merge.unmerge(owner, of_b.merge_id)
    mine = merge.merge_customers(rep, office.a, office.pool, {}, *versions(office.a, office.pool))
    assert [m.merge_id for m in merge.merges_of(rep, office.a)] == [mine.merge_id]
    merge.unmerge(rep, mine.merge_id)
    assert Customer.get_by_id(office.pool).deleted_at is None


def test_a_reps_pipeline_holds_their_own_customers_opportunities(office: SimpleNamespace) -> None:
    rep = office.rep_a
    assert [r.id for r in pipeline.find_opportunities(rep)] == [office.a_opportunity]
    on_board = [c.id for column in pipeline.board(rep) for c in column.cards]
    assert on_board == [office.a_opportunity]
    with pytest.raises(PermissionDenied):  # another rep's customer
        pipeline.save_opportunity(rep, OpportunityDraft(office.b, "偷偷的"))
    theirs = pipeline.load_opportunity(office.owner, office.b_opportunity)
    with pytest.raises(PermissionDenied):  # another rep's opportunity, moved to their customer
        pipeline.save_opportunity(
            rep, OpportunityDraft(office.a, "搬走", id=theirs.id, version=theirs.version)
        )
    assert pipeline.save_opportunity(rep, OpportunityDraft(office.pool, "公海的")).customer_id == (
        office.pool
    )


SCOPED_TESTED = {
    "owner.pipeline.find_opportunities": test_a_reps_pipeline_holds_their_own_customers_opportunities,
    "owner.pipeline.board": test_a_reps_pipeline_holds_their_own_customers_opportunities,
    "owner.pipeline.save_opportunity": test_a_reps_pipeline_holds_their_own_customers_opportunities,
    "customers.merge.unmerge": test_a_rep_merges_and_unmerges_only_customers_they_see,
    "customers.export.export_customers": test_a_reps_export_holds_their_own_and_the_pool_and_not_everything,
    "customers.queries.find_customers": test_a_reps_list_search_count_and_cities_hold_their_own_and_the_pool,
    "customers.queries.count_customers": test_a_reps_list_search_count_and_cities_hold_their_own_and_the_pool,
    "customers.queries.position_of": test_a_reps_list_search_count_and_cities_hold_their_own_and_the_pool,
    "customers.queries.cities": test_a_reps_list_search_count_and_cities_hold_their_own_and_the_pool,
    "analysis.quadrant.quadrant_points": test_a_reps_quadrant_and_personality_types_hold_no_other_reps_customer,
    "analysis.personality.latest_types": test_a_reps_quadrant_and_personality_types_hold_no_other_reps_customer,
    "customers.writes.save_customer": test_a_rep_cannot_save_into_another_reps_customer,
    "visits.writes.plan_visit": test_a_rep_plans_and_assesses_only_their_own_and_the_pool,
    "visits.writes.save_visit": test_a_rep_plans_and_assesses_only_their_own_and_the_pool,
    "analysis.assessments.save_assessment": test_a_rep_plans_and_assesses_only_their_own_and_the_pool,
    "customers.pool.claim_customer": test_a_rep_claims_only_from_the_pool_and_hears_only_of_their_own_idle_customers,
    "customers.pool.idle_customers": test_a_rep_claims_only_from_the_pool_and_hears_only_of_their_own_idle_customers,
    "customers.duplicates.possible_duplicates": test_a_reps_duplicate_hints_name_only_their_own_and_the_pool,
}


def test_every_scoped_function_is_driven_as_a_rep_by_a_test_here() -> None:
    scoped = {
        name for name, fn in _acting_functions() if getattr(guard_of(fn), "kind", "") == "scoped"
    }
    untested = sorted(scoped - set(SCOPED_TESTED))
    assert not untested, (
        "these functions scope their own queries; add a test here that drives each as a rep, "
        f"and list it in SCOPED_TESTED: {untested}"
    )


def test_a_person_value_cannot_be_forged_into_more_rights_by_a_role_typo(
    office: SimpleNamespace,
) -> None:
    """An unknown role sees no more than a rep."""
    odd = Person(id=office.rep_a.id, name="x", role="boss")
    assert {r.id for r in queries.find_customers(odd, CustomerFilter())} == {office.a, office.pool}
    with pytest.raises(PermissionDenied):
        writes.purge_trash(odd)


ROW_ARGUMENTS = {
    "customer_id": "customer",
    "customer_ids": "customer",
    "visit_id": "visit",
    "assessment_id": "assessment",
    "left_id": "assessment",
    "right_id": "assessment",
    "rep_id": "rep",
    "opportunity_id": "opportunity",
    "complaint_id": "complaint",
    "complaint_ids": "complaint",
    "survey_id": "survey",
    "survey_ids": "survey",
}
# Functions that name a row yet rightly let anyone (or only the office) through, and why.
OPEN_ON_PURPOSE = {
    "visits.standards.own_rep_standard": "a rep's visit standard is office-wide knowledge",
    "visits.standards.rep_standard": "a rep's visit standard is office-wide knowledge",
    "visits.standards.standard_for": "a rep's visit standard is office-wide knowledge",
    "visits.standards.set_rep_standard": "office only: the owner or clerk sets it",
    "people.users.user_name": "people's names are listed to everyone",
}


def test_a_function_naming_a_row_guards_that_row() -> None:
    """A function with a customer_id / visit_id / rep_id … argument must guard it (or scope
    its body), so marking it `anyone` cannot slip past the by-id test above."""
    loose = []
    for name, fn in _acting_functions():
        spec = guard_of(fn)
        assert spec is not None
        named = [p for p in inspect.signature(fn).parameters if p in ROW_ARGUMENTS]
        if not named or spec.kind == "scoped" or name in OPEN_ON_PURPOSE:
            continue
        if spec.kind in ("office", "owner"):
            continue  # the office sees every row
        guarded = {a for g in guards_of(fn) for a in g.arguments}
        unguarded = [p for p in named if p not in guarded]
        if unguarded:
            loose.append(f"{name} ({', '.join(unguarded)} not guarded; guard: {spec.kind})")
    assert not loose, "\n  ".join(["these name rows they do not check:", *loose])


def test_a_reps_pickers_offer_only_themself(office: SimpleNamespace) -> None:
    from desktop_crm.services.people.users import sales_reps

    assert [p.id for p in sales_reps(office.rep_a)] == [office.rep_a.id]
    assert [p.id for p in queries.reps(office.rep_a)] == [office.rep_a.id]
    everyone = {office.owner.id, office.clerk.id, office.rep_a.id, office.rep_b.id}
    assert {p.id for p in sales_reps(office.clerk)} == everyone
    assert {p.id for p in queries.reps(office.owner)} == everyone


def test_a_reps_session_still_takes_the_daily_backup(office: SimpleNamespace, tmp_path) -> None:
    import peewee as pw

    from desktop_crm.models.db import database_proxy
    from desktop_crm.services.office.backup import backup_to, daily_backup

    if not isinstance(database_proxy.obj, pw.SqliteDatabase):
        pytest.skip("the daily backup is of a SQLite file")
    result = daily_backup(office.rep_a, tmp_path / "backups", DAY)
    assert result.taken is not None and result.taken.exists()
    with pytest.raises(PermissionDenied):  # a copy of the whole file to take away: the office
        backup_to(office.rep_a, tmp_path / "mine.sqlite3")


def test_a_refusal_leaves_an_entry_in_the_audit_log(office: SimpleNamespace) -> None:
    from desktop_crm.models.audit import AuditEntry

    before = AuditEntry.select().where(AuditEntry.action == "refused").count()
    with pytest.raises(PermissionDenied):
        queries.load_customer(office.rep_a, office.b)
    with pytest.raises(PermissionDenied):  # refused inside the body, under a transaction
        visit_writes.save_visit(
            office.rep_a, VisitDraft(office.b, office.rep_a.id, dt.datetime(2026, 3, 3, 9))
        )
    entries = list(
        AuditEntry.select()
        .where(AuditEntry.action == "refused")
        .order_by(AuditEntry.id)
        .offset(before)
    )
    assert [e.person_id for e in entries] == [office.rep_a.id, office.rep_a.id]
    assert "load_customer" in entries[0].note and entries[0].customer_id == office.b
    assert "save_visit" in entries[1].note or "plan_visit" in entries[1].note


def test_a_reps_complaints_are_their_own_customers_and_the_pools(office: SimpleNamespace) -> None:
    from desktop_crm.services.aftersale import complaints
    from desktop_crm.services.aftersale.complaints import ComplaintDraft

    found = {c.customer_id for c in complaints.find_complaints(office.rep_a)}
    assert found == {office.a}  # the fixture's complaints: A's and B's
    mine = complaints.save_complaint(office.rep_a, ComplaintDraft(office.pool, "公海客户投诉"))
    assert mine.customer_id == office.pool
    assert complaints.complaint_exists(office.rep_a, office.a_complaint)
    assert not complaints.complaint_exists(office.rep_a, office.b_complaint)
    with pytest.raises(PermissionDenied):
        complaints.save_complaint(office.rep_a, ComplaintDraft(office.b, "越权"))
    b_draft = ComplaintDraft(office.a, "改成别人的", id=office.b_complaint, version=1)
    with pytest.raises(PermissionDenied):
        complaints.save_complaint(office.rep_a, b_draft)


SCOPED_TESTED.update(
    {
        "aftersale.complaints.find_complaints": test_a_reps_complaints_are_their_own_customers_and_the_pools,
        "aftersale.complaints.save_complaint": test_a_reps_complaints_are_their_own_customers_and_the_pools,
        "aftersale.complaints.complaint_exists": test_a_reps_complaints_are_their_own_customers_and_the_pools,
    }
)


def test_a_reps_surveys_are_their_own_customers_and_the_pools(office: SimpleNamespace) -> None:
    from desktop_crm.services.aftersale import surveys
    from desktop_crm.services.aftersale.surveys import SurveyDraft
    from desktop_crm.services.owner.figures import Period

    assert {s.customer_id for s in surveys.find_surveys(office.rep_a)} == {office.a}
    answers = {"satisfaction.1": 100}
    mine = surveys.save_survey(office.rep_a, SurveyDraft(office.pool, "satisfaction", answers, DAY))
    assert mine.customer_id == office.pool
    with pytest.raises(PermissionDenied):
        surveys.save_survey(office.rep_a, SurveyDraft(office.b, "satisfaction", answers))
    b_draft = SurveyDraft(office.a, "satisfaction", answers, id=office.b_survey, version=1)
    with pytest.raises(PermissionDenied):
        surveys.save_survey(office.rep_a, b_draft)
    march = Period.month(2026, 3)
    assert surveys.survey_figures(office.rep_a, march).whole.satisfaction_count == 1  # the pool's
    assert surveys.survey_figures(office.owner, march).whole.satisfaction_count == 1
    with pytest.raises(PermissionDenied):
        surveys.survey_figures(office.rep_a, march, rep_id=office.rep_b.id)


SCOPED_TESTED.update(
    {
        "aftersale.surveys.find_surveys": test_a_reps_surveys_are_their_own_customers_and_the_pools,
        "aftersale.surveys.save_survey": test_a_reps_surveys_are_their_own_customers_and_the_pools,
        "aftersale.surveys.survey_figures": test_a_reps_surveys_are_their_own_customers_and_the_pools,
    }
)
