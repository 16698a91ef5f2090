"""The visit status rule: the transition table (no database), and the writes that obey it.

Expected transitions are written out by hand from the planner's rules (DOMAIN.md §3): a
planned visit is held (done / no-show) or cancelled; a result may be corrected; a no-show
may be tried again; a cancelled visit must be restored before anything else.
"""

from __future__ import annotations

import datetime as dt

import pytest
from visit_helpers import at, make_customer, make_rep

from desktop_crm.models.visits import Visit
from desktop_crm.services import visits as vs
from desktop_crm.services.common.errors import ValidationFailed
from desktop_crm.services.context import AppContext
from desktop_crm.services.visits.status import VisitStatus, check_transition

MONDAY = dt.date(2026, 3, 2)
P, D, N, C = "planned", "done", "no_show", "cancelled"

ALLOWED = {
    (P, P), (P, D), (P, N), (P, C),
    (D, D), (D, N),
    (N, N), (N, D), (N, P),
    (C, C), (C, P),
}  # fmt: skip


@pytest.mark.parametrize("current", [P, D, N, C])
@pytest.mark.parametrize("target", [P, D, N, C])
def test_the_transition_table(current: str, target: str) -> None:
    assert VisitStatus(current).may_become(target) == ((current, target) in ALLOWED)


def test_the_named_predicates() -> None:
    assert [s.value for s in VisitStatus if s.counts_as_planned] == [P, D, N]
    assert [s.value for s in VisitStatus if s.has_result] == [D, N]
    assert [s.value for s in VisitStatus if s.is_open] == [P]
    assert [s.value for s in VisitStatus if s.may_record_result] == [P, D, N]
    assert vs.ACTIVE_STATUSES == (P, D, N)


def test_statuses_equal_the_stored_strings() -> None:
    assert VisitStatus.NO_SHOW == "no_show" and VisitStatus("cancelled") is VisitStatus.CANCELLED


def test_check_transition_names_the_status_field() -> None:
    with pytest.raises(ValidationFailed) as refused:
        check_transition(C, D)
    assert [(e.field, e.code, e.params) for e in refused.value.errors] == [
        ("status", "transition", {"from": C, "to": D})
    ]
    with pytest.raises(ValidationFailed) as unknown:
        check_transition(P, "postponed")
    assert [(e.field, e.code) for e in unknown.value.errors] == [("status", "choice")]
    check_transition(N, P)  # allowed: no error


def _stored(visit_id: int) -> tuple[str, int, str]:
    visit = Visit.get_by_id(visit_id)
    return (visit.status, visit.version, visit.actual_result)


def test_a_cancelled_visit_takes_no_result_until_restored(ctx: AppContext) -> None:
    rep = make_rep()
    visit = vs.plan_visit(
        ctx.user, vs.VisitDraft(make_customer("张三", rep).id, rep.id, at(MONDAY, 9))
    )
    vs.cancel_visit(ctx.user, visit.id, 1)
    with pytest.raises(ValidationFailed) as refused:
        vs.complete_visit(ctx.user, visit.id, 2, vs.VisitOutcome("谈妥了", "yes"))
    assert refused.value.for_field("status") is not None
    assert _stored(visit.id) == (C, 2, "")  # nothing written
    vs.set_status(ctx.user, visit.id, 2, P)
    assert vs.complete_visit(ctx.user, visit.id, 3, vs.VisitOutcome("谈妥了", "yes")).status == D
    assert _stored(visit.id) == (D, 4, "谈妥了")


def test_save_visit_refuses_a_result_on_a_cancelled_visit_and_keeps_the_plan(
    ctx: AppContext,
) -> None:
    rep = make_rep()
    customer = make_customer("张三", rep)
    visit = vs.plan_visit(
        ctx.user, vs.VisitDraft(customer.id, rep.id, at(MONDAY, 9), matter="报价")
    )
    vs.cancel_visit(ctx.user, visit.id, 1)
    draft = vs.VisitDraft(
        customer.id, rep.id, at(MONDAY, 10), matter="改了", id=visit.id, version=2
    )
    with pytest.raises(ValidationFailed):
        vs.save_visit(ctx.user, draft, vs.VisitOutcome("见到了", "yes"))
    stored = Visit.get_by_id(visit.id)
    assert (stored.status, stored.version, stored.matter, stored.start) == (
        C,
        2,
        "报价",
        at(MONDAY, 9),
    )


def test_set_status_follows_the_table(ctx: AppContext) -> None:
    rep = make_rep()
    visit = vs.plan_visit(
        ctx.user, vs.VisitDraft(make_customer("张三", rep).id, rep.id, at(MONDAY, 9))
    )
    vs.complete_visit(ctx.user, visit.id, 1, vs.VisitOutcome("好", "yes"))
    for target in (C, P):  # a held visit cannot be cancelled or planned again
        with pytest.raises(ValidationFailed) as refused:
            vs.set_status(ctx.user, visit.id, 2, target)
        assert refused.value.errors[0].field == "status"
    with pytest.raises(ValidationFailed):
        vs.set_status(ctx.user, visit.id, 2, D)  # "done" needs a result
    assert _stored(visit.id) == (D, 2, "好")
    assert vs.set_status(ctx.user, visit.id, 2, N).status == N  # corrected to a no-show
    assert vs.set_status(ctx.user, visit.id, 3, P).status == P  # and tried again
