"""Opportunities and the pipeline (issue 12, item 1): stages, drafts, saving with the version
check, moving, winning into a deal, reopening, lists, the weighted forecast. Both backends."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import pytest
from visit_helpers import make_customer

from desktop_crm.models.audit import AuditEntry
from desktop_crm.models.core import Deal
from desktop_crm.models.opportunities import Opportunity
from desktop_crm.services.common.acting import Person
from desktop_crm.services.common.errors import ConflictError, PermissionDenied, ValidationFailed
from desktop_crm.services.context import AppContext
from desktop_crm.services.owner import pipeline
from desktop_crm.services.owner.pipeline import OpportunityDraft, OpportunityFilter, StageDraft
from desktop_crm.services.people import manage
from desktop_crm.services.people.roles import Role


def test_the_default_pipeline_is_four_open_stages_then_won_and_lost(ctx: AppContext) -> None:
    found = pipeline.stages(ctx.user)
    assert [s.code for s in found] == ["contact", "needs", "proposal", "negotiation", "won", "lost"]
    assert [s.kind for s in found] == ["open"] * 4 + ["won", "lost"]
    assert [s.probability for s in found] == [10, 30, 50, 75, 100, 0]


def test_the_office_renames_adds_removes_and_reorders_open_stages(ctx: AppContext) -> None:
    owner = ctx.user
    rep = manage.add_person(owner, "王建国", Role.REP, password="pw")
    drafts = [
        StageDraft("谈判", 80, "negotiation"),
        StageDraft("Qualified lead", 20, "contact"),
        StageDraft("试用", 60),
    ]
    after = pipeline.set_stages(owner, drafts)
    assert [(s.code, s.label, s.probability) for s in after[:3]] == [
        ("negotiation", "谈判", 80),
        ("contact", "Qualified lead", 20),
        ("stage1", "试用", 60),
    ]
    assert [s.code for s in after[3:]] == ["won", "lost"]
    assert pipeline.stages(rep) == after  # every role reads the pipeline
    with pytest.raises(PermissionDenied):
        pipeline.set_stages(rep, drafts)
    with pytest.raises(ValidationFailed) as failed:
        pipeline.set_stages(owner, [StageDraft("", 10), StageDraft("B", 101)])
    assert {e.field for e in failed.value.errors} == {"stages.0.label", "stages.1.probability"}
    with pytest.raises(ValidationFailed) as failed:
        pipeline.set_stages(owner, [StageDraft("A", 10), StageDraft("A", 20)])
    assert failed.value.errors[0].field == "stages.1.label"
    with pytest.raises(ValidationFailed):
        pipeline.set_stages(owner, [])


# ---------------------------------------------------------------- opportunities

DAY = dt.date(2026, 11, 20)


@pytest.fixture
def office(ctx: AppContext) -> SimpleNamespace:
    owner = ctx.user
    rep_a = manage.add_person(owner, "王建国", Role.REP, password="pw")
    rep_b = manage.add_person(owner, "李娜", Role.REP, password="pw")
    a = make_customer("甲公司", SimpleNamespace(id=rep_a.id))  # type: ignore[arg-type]
    b = make_customer("乙公司", SimpleNamespace(id=rep_b.id))  # type: ignore[arg-type]
    return SimpleNamespace(owner=owner, rep_a=rep_a, rep_b=rep_b, a=int(a.id), b=int(b.id))


def _new(actor: Person, customer_id: int, title: str = "空调改造", **values: object) -> Any:
    draft = OpportunityDraft(customer_id, title, **values)  # type: ignore[arg-type]
    return pipeline.save_opportunity(actor, draft, today=DAY)


def _fields(failed: pytest.ExceptionInfo[ValidationFailed]) -> set[str]:
    return {e.field for e in failed.value.errors}


def test_a_draft_is_refused_naming_each_bad_field(office: SimpleNamespace) -> None:
    owner = office.owner
    with pytest.raises(ValidationFailed) as failed:
        _new(owner, office.a, " ", expected_amount=Decimal("-1"), probability=101)
    assert _fields(failed) == {"title", "expected_amount", "probability"}
    with pytest.raises(ValidationFailed) as failed:
        _new(owner, office.a, expected_amount=Decimal("100000000000000"))
    assert _fields(failed) == {"expected_amount"}
    with pytest.raises(ValidationFailed) as failed:
        _new(owner, office.a, stage="lost")
    assert _fields(failed) == {"lost_reason"}
    with pytest.raises(ValidationFailed) as failed:
        _new(owner, office.a, stage="nowhere")
    assert _fields(failed) == {"stage"}
    with pytest.raises(ValidationFailed) as failed:
        _new(owner, 987654)
    assert _fields(failed) == {"customer_id"}
    assert Opportunity.select().count() == 0


def test_a_new_opportunity_takes_the_stage_probability_and_the_customers_rep(
    office: SimpleNamespace,
) -> None:
    made = _new(office.owner, office.a, expected_amount=Decimal("12000.50"), stage="needs")
    assert (made.probability, made.owner_rep_id, made.owner_rep_name) == (
        30,
        office.rep_a.id,
        "王建国",
    )
    assert made.expected_amount == Decimal("12000.50") and made.closed_on is None
    entry = AuditEntry.select().where(AuditEntry.entity == "opportunity").get()
    assert (entry.action, entry.entity_id, entry.customer_id) == ("create", made.id, office.a)


def test_a_stale_version_is_a_conflict_and_writes_nothing(office: SimpleNamespace) -> None:
    made = _new(office.owner, office.a)
    draft = OpportunityDraft(office.a, "改名一", id=made.id, version=made.version, probability=20)
    first = pipeline.save_opportunity(office.owner, draft)
    assert first.version == made.version + 1 and first.title == "改名一"
    stale = replace(draft, title="改名二")
    with pytest.raises(ConflictError):
        pipeline.save_opportunity(office.owner, stale)
    with pytest.raises(ConflictError):
        pipeline.move(office.owner, made.id, "proposal", made.version)
    again = pipeline.load_opportunity(office.owner, made.id)
    assert (again.title, again.stage, again.version) == ("改名一", "contact", first.version)


def test_winning_records_the_deal_and_reopening_removes_it(office: SimpleNamespace) -> None:
    made = _new(office.owner, office.a, expected_amount=Decimal("8800"), products="风机盘管")
    deals = Deal.select().count()
    won = pipeline.move(office.owner, made.id, "won", made.version, today=DAY)
    assert (won.stage, won.probability, won.closed_on) == ("won", 100, DAY)
    deal = Deal.get_by_id(won.deal_id)
    assert (deal.customer_id, deal.date, deal.amount, deal.products) == (
        office.a,
        DAY,
        Decimal("8800.00"),
        "风机盘管",
    )
    assert Deal.select().count() == deals + 1
    reopened = pipeline.move(office.owner, made.id, "negotiation", won.version, today=DAY)
    assert (reopened.stage, reopened.probability, reopened.closed_on, reopened.deal_id) == (
        "negotiation",
        75,
        None,
        None,
    )
    assert Deal.select().count() == deals  # a deal that did not happen is gone again
    won = pipeline.move(office.owner, made.id, "won", reopened.version, today=DAY)
    Deal.update(amount=Decimal("9000"), version=Deal.version + 1).where(
        Deal.id == won.deal_id
    ).execute()  # someone worked on the deal since: reopening keeps it
    pipeline.move(office.owner, made.id, "contact", won.version, today=DAY)
    assert Deal.get_by_id(won.deal_id).amount == Decimal("9000.00")


def test_winning_is_one_transaction_with_its_deal(
    office: SimpleNamespace, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = _new(office.owner, office.a, expected_amount=Decimal("500"))
    deals = Deal.select().count()

    def broken() -> None:
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(pipeline, "mark_tiers_stale", broken)  # fails after the deal's insert
    with pytest.raises(RuntimeError):
        pipeline.move(office.owner, made.id, "won", made.version, today=DAY)
    assert Deal.select().count() == deals
    again = pipeline.load_opportunity(office.owner, made.id)
    assert (again.stage, again.deal_id, again.version) == ("contact", None, made.version)


def test_losing_needs_a_reason_and_keeps_it(office: SimpleNamespace) -> None:
    made = _new(office.owner, office.a)
    with pytest.raises(ValidationFailed) as failed:
        pipeline.move(office.owner, made.id, "lost", made.version)
    assert _fields(failed) == {"lost_reason"}
    lost = pipeline.move(
        office.owner, made.id, "lost", made.version, lost_reason="价格太高", today=DAY
    )
    assert (lost.stage, lost.lost_reason, lost.probability, lost.closed_on) == (
        "lost",
        "价格太高",
        0,
        DAY,
    )


def test_moving_within_a_column_puts_the_card_at_its_place(office: SimpleNamespace) -> None:
    one, two, three = (_new(office.owner, office.a, t) for t in ("一", "二", "三"))
    pipeline.move(office.owner, three.id, "contact", three.version, position=0)
    column = pipeline.find_opportunities(office.owner, OpportunityFilter(stage="contact"))
    assert [c.title for c in column] == ["三", "一", "二"]


def test_a_rep_sees_and_moves_only_their_customers_opportunities(office: SimpleNamespace) -> None:
    theirs = _new(office.owner, office.b, "乙的商机")
    mine = _new(office.rep_a, office.a, "甲的商机")
    assert mine.owner_rep_id == office.rep_a.id
    with pytest.raises(PermissionDenied):
        pipeline.move(office.rep_a, theirs.id, "won", theirs.version)
    with pytest.raises(PermissionDenied):
        pipeline.load_opportunity(office.rep_a, theirs.id)
    with pytest.raises(PermissionDenied):
        _new(office.rep_a, office.b, "偷偷的")
    with pytest.raises(PermissionDenied):  # nor their own customer's for another rep
        _new(office.rep_a, office.a, "给别人", owner_rep_id=office.rep_b.id)
    with pytest.raises(PermissionDenied):
        pipeline.save_opportunity(
            office.rep_a,
            OpportunityDraft(office.a, "搬走", id=theirs.id, version=theirs.version),
        )
    assert [r.title for r in pipeline.find_opportunities(office.rep_a)] == ["甲的商机"]
    columns = pipeline.board(office.rep_a, today=DAY)
    assert [c.count for c in columns] == [1, 0, 0, 0, 0, 0]
    assert {r.title for r in pipeline.find_opportunities(office.owner)} == {"乙的商机", "甲的商机"}
    assert pipeline.load_opportunity(office.owner, theirs.id).stage == "contact"


def test_the_list_filters_by_stage_rep_customer_and_text(office: SimpleNamespace) -> None:
    _new(office.owner, office.a, "冷库项目", products="压缩机")
    _new(office.owner, office.b, "办公楼空调", stage="proposal")
    owner = office.owner

    def titles(**wanted: Any) -> set[str]:
        return {r.title for r in pipeline.find_opportunities(owner, OpportunityFilter(**wanted))}

    assert titles(stage="proposal") == {"办公楼空调"}
    assert titles(rep_id=office.rep_a.id) == {"冷库项目"}
    assert titles(customer_id=office.b) == {"办公楼空调"}
    assert titles(text="压缩") == {"冷库项目"}
    assert titles(text="乙公司") == {"办公楼空调"}
    assert [r.title for r in pipeline.open_opportunities_of(owner, office.a)] == ["冷库项目"]


def test_the_forecast_weighs_amounts_by_probability_per_expected_month(
    office: SimpleNamespace,
) -> None:
    owner = office.owner
    _new(owner, office.a, "一", expected_amount=Decimal("10000"), probability=50,
         expected_close=dt.date(2026, 12, 15))  # fmt: skip
    _new(owner, office.a, "二", expected_amount=Decimal("3000"), probability=10,
         expected_close=dt.date(2026, 12, 1))  # fmt: skip
    _new(owner, office.b, "三", expected_amount=Decimal("2000"), probability=75,
         expected_close=dt.date(2027, 1, 31))  # fmt: skip
    _new(
        owner,
        office.a,
        "迟了",
        expected_amount=Decimal("1000"),
        probability=30,
        expected_close=dt.date(2026, 10, 3),
    )  # fmt: skip  late: counts in the first month
    _new(
        owner,
        office.a,
        "赢了",
        expected_amount=Decimal("99999"),
        stage="won",
        expected_close=dt.date(2026, 12, 3),
    )  # fmt: skip  closed: not forecast
    rows = pipeline.forecast_by_month(owner, None, 3, start=dt.date(2026, 11, 20))
    assert [r.month for r in rows] == [
        dt.date(2026, 11, 1),
        dt.date(2026, 12, 1),
        dt.date(2027, 1, 1),
    ]
    assert [r.count for r in rows] == [1, 2, 1]
    assert [r.amount for r in rows] == [Decimal("1000"), Decimal("13000"), Decimal("2000")]
    # 1000 × 30 % = 300; 10000 × 50 % + 3000 × 10 % = 5300; 2000 × 75 % = 1500
    assert [r.weighted for r in rows] == [Decimal("300"), Decimal("5300"), Decimal("1500")]
    mine = pipeline.forecast_by_month(office.rep_b, None, 3, start=dt.date(2026, 11, 20))
    assert [r.weighted for r in mine] == [Decimal(0), Decimal(0), Decimal("1500")]
    with pytest.raises(PermissionDenied):
        pipeline.forecast_by_month(office.rep_b, office.rep_a.id, 3)


def test_a_stage_holding_opportunities_cannot_be_removed(office: SimpleNamespace) -> None:
    _new(office.owner, office.a, stage="proposal")
    keep = [StageDraft("初步接触", 10, "contact"), StageDraft("谈判", 75, "negotiation")]
    with pytest.raises(ValidationFailed) as failed:
        pipeline.set_stages(office.owner, keep)
    error = failed.value.errors[0]
    assert (error.field, error.code, error.params) == (
        "stages",
        "in_use",
        {"stage": "Proposal and quote", "count": 1},
    )
    assert [s.code for s in pipeline.open_stages(office.owner)] == [
        "contact", "needs", "proposal", "negotiation",
    ]  # fmt: skip
    pipeline.set_stages(office.owner, [*keep, StageDraft("方案", 40, "proposal")])
    assert pipeline.load_opportunity(office.owner, 1).stage == "proposal"


def test_a_visit_works_on_one_of_its_customers_opportunities(office: SimpleNamespace) -> None:
    from desktop_crm.models.visits import Visit
    from desktop_crm.services.visits.drafts import VisitDraft
    from desktop_crm.services.visits.writes import plan_visit

    mine = _new(office.owner, office.a, "甲的商机")
    theirs = _new(office.owner, office.b, "乙的商机")
    start = dt.datetime(2026, 12, 3, 10)
    draft = VisitDraft(office.a, office.rep_a.id, start, opportunity_id=mine.id)
    visit = plan_visit(office.rep_a, draft)
    assert visit.opportunity_id == mine.id
    assert Visit.get_by_id(visit.id).opportunity_id == mine.id
    with pytest.raises(ValidationFailed) as failed:  # another customer's opportunity
        plan_visit(
            office.owner, VisitDraft(office.a, office.rep_a.id, start, opportunity_id=theirs.id)
        )
    assert _fields(failed) == {"opportunity_id"}
    cleared = plan_visit(
        office.rep_a,
        VisitDraft(office.a, office.rep_a.id, start, id=visit.id, version=visit.version),
    )
    assert cleared.opportunity_id is None
