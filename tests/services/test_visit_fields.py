"""Visit validation and stored values walk the visit description: every described field is
checked by its kind and limits, and the drafts hold exactly the described fields."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from visit_helpers import at, make_customer, make_rep

from desktop_crm.models.visits import Visit
from desktop_crm.services import visits as vs
from desktop_crm.services.common.errors import ValidationFailed
from desktop_crm.services.context import AppContext
from desktop_crm.services.visits.fields import OUTCOME_FIELDS, PLAN_FIELDS, draft_attribute

MONDAY = dt.date(2026, 3, 2)


def test_drafts_have_one_attribute_per_described_field() -> None:
    # the opportunity link is the pipeline's, not a described field (models/opportunities.py)
    kept_apart = ("id", "version", "opportunity_id")
    plan = [f.name for f in dataclasses.fields(vs.VisitDraft) if f.name not in kept_apart]
    assert sorted(plan) == sorted(draft_attribute(s) for s in PLAN_FIELDS)
    outcome = [f.name for f in dataclasses.fields(vs.VisitOutcome)]
    assert sorted(outcome) == sorted(s.name for s in OUTCOME_FIELDS)


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("matter", "事" * 301, "too_long"),
        ("reason", "a\x00b", "control_char"),
        ("purpose", "x" * 4001, "too_long"),
        ("method", "pigeon", "choice"),
        ("duration_minutes", 4, "number"),
        ("duration_minutes", 721, "number"),
    ],
)
def test_a_bad_plan_value_is_refused_and_nothing_stored(
    ctx: AppContext, field: str, value: object, code: str
) -> None:
    rep = make_rep()
    draft = vs.VisitDraft(make_customer("张三", rep).id, rep.id, at(MONDAY, 9))
    with pytest.raises(ValidationFailed) as refused:
        vs.plan_visit(ctx.user, dataclasses.replace(draft, **{field: value}))
    assert [(e.field, e.code) for e in refused.value.errors] == [(field, code)]
    assert Visit.select().count() == 0


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"time_spent_minutes": 1441}, [("time_spent_minutes", "number")]),
        ({"actual_result": "x" * 4001}, [("actual_result", "too_long")]),
        ({"purpose_met": ""}, [("purpose_met", "required")]),
        ({"purpose_met": "maybe"}, [("purpose_met", "choice")]),
        ({"status": "cancelled"}, [("status", "choice")]),
        ({"next_action": "回访"}, [("next_action_on", "required")]),
        ({"next_action": "回" * 301, "next_action_on": MONDAY}, [("next_action", "too_long")]),
    ],
)
def test_a_bad_outcome_is_refused_and_the_visit_unchanged(
    ctx: AppContext, changes: dict[str, object], expected: list[tuple[str, str]]
) -> None:
    rep = make_rep()
    visit = vs.plan_visit(
        ctx.user, vs.VisitDraft(make_customer("张三", rep).id, rep.id, at(MONDAY, 9))
    )
    outcome = dataclasses.replace(vs.VisitOutcome("谈妥", "yes"), **changes)
    with pytest.raises(ValidationFailed) as refused:
        vs.complete_visit(ctx.user, visit.id, 1, outcome)
    assert [(e.field, e.code) for e in refused.value.errors] == expected
    stored = Visit.get_by_id(visit.id)
    assert (stored.status, stored.version, stored.actual_result) == ("planned", 1, "")


def test_stored_values_are_trimmed_and_to_the_minute(ctx: AppContext) -> None:
    rep = make_rep()
    start = dt.datetime(2026, 3, 2, 9, 30, 42, 1234)
    draft = vs.VisitDraft(
        make_customer("张三", rep).id, rep.id, start, matter=" 报价 ", purpose="\n确认\n"
    )
    visit = vs.plan_visit(ctx.user, draft)
    vs.complete_visit(
        ctx.user,
        visit.id,
        1,
        vs.VisitOutcome(" 谈妥 ", "partly", 40, " 回访 ", MONDAY + dt.timedelta(days=7)),
    )
    stored = Visit.get_by_id(visit.id)
    assert (stored.start, stored.matter, stored.purpose) == (at(MONDAY, 9, 30), "报价", "确认")
    assert (stored.actual_result, stored.purpose_met, stored.time_spent_minutes) == (
        "谈妥",
        "partly",
        40,
    )
    assert (stored.next_action, stored.next_action_on) == ("回访", dt.date(2026, 3, 9))
