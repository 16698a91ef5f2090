"""The customer's timeline (issue 12, item 6): every kind of entry, newest first in an order
worked out by hand below, paged; guarded by customer. SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop_crm.models.core import Deal
from desktop_crm.models.opportunities import Opportunity
from desktop_crm.services import visits as vs
from desktop_crm.services.analysis import questionnaires
from desktop_crm.services.analysis.assessments import Answer, AssessmentDraft, save_assessment
from desktop_crm.services.common.errors import NotFoundError, PermissionDenied
from desktop_crm.services.context import AppContext
from desktop_crm.services.customers.drafts import CustomerDraft
from desktop_crm.services.customers.timeline import (
    AssessmentEntry,
    ChangeEntry,
    DealEntry,
    OpportunityEntry,
    VisitEntry,
    timeline,
)
from desktop_crm.services.customers.writes import save_customer
from desktop_crm.services.people import manage
from desktop_crm.services.people.roles import Role


def _story(ctx: AppContext) -> tuple[int, int]:
    """A customer with one of everything; returns (customer id, its rep's id)."""
    owner = ctx.user
    rep = manage.add_person(owner, "王建国", Role.REP, password="pw")
    saved = save_customer(
        owner, CustomerDraft({"name": "华兴五金", "city": "上海"}, owner_rep_id=rep.id)
    )
    save_customer(
        owner,
        CustomerDraft(
            {"name": "华兴五金", "city": "苏州"},
            id=saved.id,
            version=saved.version,
            owner_rep_id=rep.id,
        ),
    )
    cid = saved.id
    done = vs.plan_visit(
        owner, vs.VisitDraft(cid, rep.id, dt.datetime(2026, 3, 2, 10), 30, matter="报价跟进")
    )
    vs.complete_visit(
        owner,
        done.id,
        done.version,
        vs.VisitOutcome("订了十箱", "yes", 30, "送货上门", dt.date(2026, 3, 9)),
    )
    vs.plan_visit(owner, vs.VisitDraft(cid, rep.id, dt.datetime(2026, 3, 5, 9), 30, matter="回访"))
    Deal.create(customer=cid, date=dt.date(2026, 3, 2), products="螺丝", amount=Decimal("1200.00"))
    answers = {
        key: {q.id: Answer(4) for q in questionnaires.current(owner, key).questions}
        for key in ("intent", "quality")
    }
    save_assessment(owner, AssessmentDraft(cid, dt.date(2026, 3, 4), **answers))
    Opportunity.create(
        customer=cid,
        title="年度合同",
        stage="won",
        probability=100,
        closed_on=dt.date(2026, 3, 3),
        owner_rep=rep.id,
    )
    Opportunity.create(
        customer=cid,
        title="新仓库货架",
        stage="needs",
        probability=30,
        owner_rep=rep.id,
        created_at=dt.datetime(2026, 2, 1, 8, 0),  # naive UTC, like every created_at
    )
    return cid, rep.id


def _label(entry: object) -> str:
    match entry:
        case ChangeEntry(action=action):
            return f"change:{action}"
        case VisitEntry(matter=matter):
            return f"visit:{matter}"
        case DealEntry(products=products):
            return f"deal:{products}"
        case AssessmentEntry(day=day):
            return f"assessment:{day.isoformat()}"
        case OpportunityEntry(title=title):
            return f"opportunity:{title}"
    raise AssertionError(entry)


# Newest first: the two saves (today), the visit planned for 03-05 09:00, the assessment of
# 03-04 (end of day), the won opportunity closed 03-03, the deal of 03-02 (end of that day,
# so above that day's 10:00 visit), the visit, the open opportunity created 02-01.
EXPECTED = [
    "change:change",
    "change:create",
    "visit:回访",
    "assessment:2026-03-04",
    "opportunity:年度合同",
    "deal:螺丝",
    "visit:报价跟进",
    "opportunity:新仓库货架",
]


def test_the_timeline_is_newest_first_and_typed(ctx: AppContext) -> None:
    cid, _rep = _story(ctx)
    page = timeline(ctx.user, cid)
    assert [_label(e) for e in page.entries] == EXPECTED and not page.more
    done = next(e for e in page.entries if isinstance(e, VisitEntry) and e.matter == "报价跟进")
    assert (done.status, done.result, done.purpose_met) == ("done", "订了十箱", "yes")
    assert (done.next_action, done.next_action_on, done.rep_name) == (
        "送货上门",
        dt.date(2026, 3, 9),
        "王建国",
    )
    deal = next(e for e in page.entries if isinstance(e, DealEntry))
    assert deal.amount == Decimal("1200.00") and deal.day == dt.date(2026, 3, 2)
    change = page.entries[0]
    assert isinstance(change, ChangeEntry)
    assert any(c.field == "city" and c.after == "苏州" for c in change.changes)
    won = next(e for e in page.entries if isinstance(e, OpportunityEntry) and e.stage == "won")
    assert won.closed_on == dt.date(2026, 3, 3) and won.owner_name == "王建国"


def test_pages_join_into_the_whole_timeline(ctx: AppContext) -> None:
    cid, _rep = _story(ctx)
    seen: list[str] = []
    offset, pages = 0, 0
    while True:
        page = timeline(ctx.user, cid, offset=offset, limit=3)
        seen += [_label(e) for e in page.entries]
        pages += 1
        if not page.more:
            break
        offset = page.next_offset
    assert seen == EXPECTED and pages == 3


def test_the_timeline_is_guarded_by_customer(ctx: AppContext) -> None:
    cid, rep_id = _story(ctx)
    other = manage.add_person(ctx.user, "李娜", Role.REP, password="pw")
    assert timeline(manage_person(ctx, rep_id), cid).entries  # the owning rep reads it
    with pytest.raises((PermissionDenied, NotFoundError)):
        timeline(other, cid)
    with pytest.raises(NotFoundError):
        timeline(ctx.user, cid + 1000)


def manage_person(ctx: AppContext, person_id: int):  # the rep as a Person
    from desktop_crm.models.core import User
    from desktop_crm.services.people.users import person_of

    return person_of(User.get_by_id(person_id))
