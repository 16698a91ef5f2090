"""Property tests of the service boundary: the visit planner's writes (see test_fuzz.py).

A versioned write names the visit and the version it read; a missing visit or another
version there is the ConflictError of optimistic locking, so the visit's id and version are
fuzzed only with values that cannot name a row (`fuzz_support.target`).
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

import pytest
from fuzz_support import (
    FUZZ,
    HOSTILE,
    TEXT,
    attempt,
    either,
    fuzz_tally,  # noqa: F401 (autouse: prints the tally after the module)
    ident,
    mix,
    spec_values,
    stripped,
    target,
    vary,
    with_groups,
)
from hypothesis import given
from hypothesis import strategies as st
from visit_helpers import at, make_contact, make_customer, make_rep

from desktop_crm.models.visits import WeekReview
from desktop_crm.services import visits as vs
from desktop_crm.services.common.errors import NotFoundError
from desktop_crm.services.context import AppContext
from desktop_crm.services.visits import standards as vst
from desktop_crm.services.visits.fields import OUTCOME_FIELDS, PLAN_FIELDS, draft_attribute
from desktop_crm.services.visits.status import VisitStatus
from desktop_crm.services.visits.writes import (
    cancel_visit,
    delete_visit,
    move_visit,
    plan_next_visit,
    set_route_order,
    set_status,
)

MONDAY = dt.date(2026, 3, 2)
# Rules over several fields: a next action needs its date, not before the visit; a done
# visit needs "purpose met"; a contact must be the visited customer's.
GROUPS = (
    {"start", "next_action", "next_action_on"},
    {"status", "purpose_met"},
    {"customer", "contact"},
)


@pytest.fixture
def office(ctx: AppContext) -> SimpleNamespace:
    rep = make_rep()
    first, second = make_customer("甲", rep), make_customer("乙", rep)
    return SimpleNamespace(
        me=ctx.user,
        rep=rep.id,
        customers=(first.id, second.id),
        contacts=(make_contact(first, "甲联系人").id, make_contact(second, "乙联系人").id),
    )


def _plan_strategies(office: SimpleNamespace) -> dict[str, st.SearchStrategy[Any]]:
    strategies = {draft_attribute(s): spec_values(s) for s in PLAN_FIELDS}
    strategies["customer_id"] = ident(*office.customers)
    strategies["rep_id"] = ident(office.rep, office.me.id)
    strategies["contact_id"] = mix(st.none(), ident(*office.contacts))
    return strategies


def _baseline(office: SimpleNamespace) -> dict[str, Any]:
    return {"customer_id": office.customers[0], "rep_id": office.rep, "start": at(MONDAY, 9)}


def _error_name(attribute: str) -> str:
    return attribute.removesuffix("_id")  # customer_id is the field "customer"


def _outcome(data: st.DataObject) -> tuple[Any, set[str]]:
    """A result with some values varied, or now and then something that is no result."""
    if data.draw(st.integers(0, 9)) == 0:
        return data.draw(HOSTILE, label="outcome"), {"outcome"}
    baseline = {"actual_result": "谈妥", "purpose_met": "yes", "status": "done"}
    values, varied = vary(data, baseline, {s.name: spec_values(s) for s in OUTCOME_FIELDS})
    return vs.VisitOutcome(**values), varied


def _same_outcome(visit: vs.VisitRecord, outcome: vs.VisitOutcome) -> None:
    assert visit.status == outcome.status
    assert visit.actual_result == outcome.actual_result.strip()
    done = outcome.status == VisitStatus.DONE
    assert visit.purpose_met == (outcome.purpose_met if done else "")
    assert visit.time_spent_minutes == outcome.time_spent_minutes
    assert visit.next_action == outcome.next_action.strip()
    assert visit.next_action_on == (outcome.next_action_on if visit.next_action else None)


@given(data=st.data())
@FUZZ
def test_plan_and_save_visit(office: SimpleNamespace, data: st.DataObject) -> None:
    values, varied = vary(data, _baseline(office), _plan_strategies(office))
    existing = None
    if data.draw(st.booleans(), label="editing"):
        existing = vs.plan_visit(office.me, vs.VisitDraft(**_baseline(office)))
    draft = vs.VisitDraft(
        **values,
        id=existing.id if existing else None,
        version=existing.version if existing else None,
    )
    outcome, outcome_varied = _outcome(data) if data.draw(st.booleans()) else (None, set())
    if outcome is None and data.draw(st.integers(0, 9)) == 0:
        outcome, outcome_varied = data.draw(HOSTILE.filter(lambda v: v is not None)), {"outcome"}
    names = with_groups({_error_name(a) for a in varied} | outcome_varied, *GROUPS)

    def read_back(visit: vs.VisitRecord) -> None:
        stored = vs.load_visit(office.me, visit.id)
        assert stored == visit
        for spec in PLAN_FIELDS:
            raw = getattr(draft, draft_attribute(spec))
            expected = raw.replace(second=0, microsecond=0) if spec.name == "start" else raw
            assert getattr(stored, draft_attribute(spec)) == stripped(expected), spec.name
        if outcome is not None:
            _same_outcome(stored, outcome)
        else:
            assert stored.status == VisitStatus.PLANNED

    if outcome is None:
        attempt(lambda: vs.plan_visit(office.me, draft), names, read_back)
    else:
        attempt(lambda: vs.save_visit(office.me, draft, outcome), names, read_back)


def _fresh(office: SimpleNamespace) -> vs.VisitRecord:
    return vs.plan_visit(office.me, vs.VisitDraft(**_baseline(office)))


@given(data=st.data())
@FUZZ
def test_complete_visit(office: SimpleNamespace, data: st.DataObject) -> None:
    visit = _fresh(office)
    visit_id, version = data.draw(target(visit.id)), data.draw(target(visit.version))
    outcome, varied = _outcome(data)
    names = with_groups(varied | {"visit_id", "version", "outcome"}, *GROUPS)
    attempt(
        lambda: vs.complete_visit(office.me, visit_id, version, outcome),
        names,
        lambda stored: _same_outcome(stored, outcome),
    )


@given(data=st.data())
@FUZZ
def test_move_visit(office: SimpleNamespace, data: st.DataObject) -> None:
    visit = _fresh(office)
    visit_id, version = data.draw(target(visit.id)), data.draw(target(visit.version))
    start = data.draw(spec_values(PLAN_FIELDS[1]), label="start")
    rep_id = data.draw(mix(st.none(), ident(office.rep, office.me.id)), label="rep_id")

    def read_back(moved: vs.VisitRecord) -> None:
        assert moved.start == start.replace(second=0, microsecond=0)
        assert moved.rep_id == (rep_id if rep_id is not None else office.rep)
        assert moved.route_position is None

    names = {"visit_id", "version", "start", "rep_id"}
    attempt(lambda: move_visit(office.me, visit_id, version, start, rep_id), names, read_back)


@given(data=st.data())
@FUZZ
def test_status_cancel_and_delete(office: SimpleNamespace, data: st.DataObject) -> None:
    visit = _fresh(office)
    visit_id, version = data.draw(target(visit.id)), data.draw(target(visit.version))
    action = data.draw(st.sampled_from(["status", "cancel", "delete"]))
    status = data.draw(either(st.sampled_from([s.value for s in VisitStatus])), label="status")
    names = {"visit_id", "version", "status"}
    if action == "delete":

        def gone(_: None) -> None:
            with pytest.raises(NotFoundError):
                vs.load_visit(office.me, visit.id)

        attempt(lambda: delete_visit(office.me, visit_id, version), names, gone)
        return
    wanted = status if action == "status" else VisitStatus.CANCELLED
    call = (
        (lambda: set_status(office.me, visit_id, version, status))
        if action == "status"
        else (lambda: cancel_visit(office.me, visit_id, version))
    )
    attempt(call, names, lambda stored: _assert_equal(stored.status, wanted))


def _assert_equal(actual: object, expected: object) -> None:
    assert actual == expected


@given(data=st.data())
@FUZZ
def test_plan_next_visit(office: SimpleNamespace, data: st.DataObject) -> None:
    source = _fresh(office)
    outcome = vs.VisitOutcome("谈妥", "yes", next_action="送样品", next_action_on=MONDAY)
    source = vs.complete_visit(office.me, source.id, source.version, outcome)
    visit_id = data.draw(ident(source.id), label="visit_id")
    when = data.draw(mix(st.none(), st.times(), HOSTILE), label="at")

    def read_back(follow: vs.VisitRecord) -> None:
        assert follow.start == dt.datetime.combine(MONDAY, when or source.start.time())
        assert (follow.matter, follow.customer_id) == ("送样品", source.customer_id)
        assert vs.load_visit(office.me, source.id).next_visit_id == follow.id

    # another visit named by a drawn id may have no next action to plan from
    names = {"visit_id", "at", "next_action"}
    attempt(lambda: plan_next_visit(office.me, visit_id, when), names, read_back)


@given(data=st.data())
@FUZZ
def test_set_route_order(office: SimpleNamespace, data: st.DataObject) -> None:
    day = [_fresh(office).id for _ in range(3)]
    visit_ids = data.draw(mix(st.lists(ident(*day), max_size=4), HOSTILE), label="visit_ids")
    rep_id = data.draw(ident(office.rep), label="rep_id")
    when = data.draw(either(st.just(MONDAY)), label="day")

    def read_back(_: None) -> None:
        rows = vs.visits_between(office.me, when, when + dt.timedelta(days=1), rep_id)
        ordered = [r.id for r in vs.route_order(rows)]
        named = list(dict.fromkeys(visit_ids))
        assert ordered[: len(named)] == named
        assert [r.route_position for r in vs.route_order(rows)] == list(range(1, len(rows) + 1))

    attempt(
        lambda: set_route_order(office.me, rep_id, when, visit_ids),
        {"rep_id", "day", "visit_ids"},
        read_back,
    )


def _review_version(rep_id: object, first_day: object) -> int | None:
    """The version of the review stored for that rep and week (None: none, or no such week)."""
    sound_rep = isinstance(rep_id, int) and not isinstance(rep_id, bool) and 0 < rep_id < 2**63
    if not sound_rep or type(first_day) is not dt.date:
        return None
    row = WeekReview.get_or_none(
        WeekReview.rep == rep_id, WeekReview.week_start == vs.week_start(first_day)
    )
    return int(row.version) if row else None


@given(data=st.data())
@FUZZ
def test_save_week_review(office: SimpleNamespace, data: st.DataObject) -> None:
    rep_id = data.draw(ident(office.rep, office.me.id), label="rep_id")
    first_day = data.draw(either(st.dates(dt.date(2025, 1, 1), dt.date(2027, 1, 1))))
    review, notes = data.draw(either(TEXT)), data.draw(either(TEXT))
    version = data.draw(target(_review_version(rep_id, first_day)), label="version")

    def read_back(new_version: int) -> None:
        report = vs.week_report(office.me, rep_id, first_day)
        assert (report.review, report.plan_notes) == (review.strip(), notes.strip())
        assert report.review_version == new_version

    names = {"rep_id", "first_day", "review", "plan_notes", "version"}
    attempt(
        lambda: vs.save_week_review(office.me, rep_id, first_day, review, notes, version),
        names,
        read_back,
    )


@given(data=st.data())
@FUZZ
def test_standards_and_time_zone(office: SimpleNamespace, data: st.DataObject) -> None:
    counts = either(st.integers(0, vst.MAX_DAILY_VISITS + 3))
    standard = data.draw(
        mix(st.builds(vst.VisitStandard, counts, counts), st.none(), HOSTILE), label="standard"
    )
    which = data.draw(st.sampled_from(["office", "rep", "zone"]))
    if which == "zone":
        zones = ["Asia/Shanghai", "UTC", "Asia/Taipei", "Mars/Base", "../etc/passwd", " UTC"]
        name = data.draw(either(st.sampled_from(zones)), label="timezone")
        attempt(
            lambda: vst.set_office_timezone(office.me, name),
            {"timezone"},
            lambda _: _assert_equal(vst.office_timezone(office.me), name),
        )
    elif which == "office":
        attempt(
            lambda: vst.set_office_standard(office.me, standard),
            {"standard", "existing", "new"},
            lambda _: _assert_equal(vst.office_standard(office.me), standard),
        )
    else:
        rep_id = data.draw(ident(office.rep), label="rep_id")
        attempt(
            lambda: vst.set_rep_standard(office.me, rep_id, standard),
            {"rep_id", "standard", "existing", "new"},
            lambda _: _assert_equal(vst.own_rep_standard(office.me, rep_id), standard),
        )
