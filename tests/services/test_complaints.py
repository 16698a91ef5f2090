"""The complaints register and its deadline (issue 13, items 1-2). Deadlines worked by hand:
the office is in Asia/Shanghai (UTC+8, no clock changes), home province 广东. Both backends."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from types import SimpleNamespace

import pytest
from visit_helpers import make_contact, make_customer

from desktop_crm.models.aftersale import Complaint
from desktop_crm.models.audit import AuditEntry
from desktop_crm.services.aftersale import complaints, deadline
from desktop_crm.services.aftersale.complaints import ComplaintDraft, ComplaintFilter
from desktop_crm.services.common.errors import ConflictError, PermissionDenied, ValidationFailed
from desktop_crm.services.common.settings import HOME_PROVINCE, write_setting
from desktop_crm.services.context import AppContext
from desktop_crm.services.people import manage
from desktop_crm.services.people.roles import Role

ZONE = "Asia/Shanghai"


def local(text: str) -> dt.datetime:
    """An office wall-clock time, as the naive UTC the tables hold (Shanghai = UTC+8)."""
    return dt.datetime.fromisoformat(text) - dt.timedelta(hours=8)


@pytest.fixture
def office(ctx: AppContext) -> SimpleNamespace:
    write_setting(HOME_PROVINCE, "广东省")
    owner = ctx.user
    rep_a = manage.add_person(owner, "王建国", Role.REP, password="pw")
    rep_b = manage.add_person(owner, "李娜", Role.REP, password="pw")
    inside = make_customer("广州恒达", SimpleNamespace(id=rep_a.id), province="广东", city="广州")  # type: ignore[arg-type]
    outside = make_customer(
        "杭州远景", SimpleNamespace(id=rep_a.id), province="浙江省", city="杭州"
    )  # type: ignore[arg-type]
    unknown = make_customer("无地址客户", SimpleNamespace(id=rep_b.id))  # type: ignore[arg-type]
    return SimpleNamespace(
        owner=owner, rep_a=rep_a, rep_b=rep_b, inside=inside, outside=outside, unknown=unknown
    )


def test_the_region_rule_by_hand() -> None:
    home = deadline.home_region([], "广东省", "")
    assert home == frozenset({"广东"})
    assert not deadline.is_outside("广东", "深圳", home)
    assert not deadline.is_outside("", "", home)  # unknown counts as inside (stricter)
    assert deadline.is_outside("浙江省", "杭州市", home)
    assert not deadline.is_outside("广西壮族自治区", "", deadline.home_region(["广西"], "", ""))
    listed = deadline.home_region(["深圳市", " 东莞 "], "广东省", "")
    assert listed == frozenset({"深圳", "东莞"})  # a list replaces the province
    assert deadline.is_outside("广东", "广州", listed)
    assert deadline.home_region([], "", "上海市") == frozenset({"上海"})


def test_the_clock_by_hand() -> None:
    due = dt.datetime(2026, 3, 2, 0, 30)
    assert deadline.clock(due, None, due, 4).state == deadline.DUE_SOON  # exactly at due: not late
    assert deadline.clock(due, None, due + dt.timedelta(seconds=1), 4).state == deadline.LATE
    assert deadline.clock(due, None, due - dt.timedelta(hours=4), 4).state == deadline.RUNNING
    soon = deadline.clock(due, None, due - dt.timedelta(hours=3, minutes=59), 4)
    assert soon.state == deadline.DUE_SOON and soon.left == dt.timedelta(hours=3, minutes=59)
    assert deadline.clock(due, due, due + dt.timedelta(days=3), 4).state == deadline.ON_TIME
    late = deadline.clock(due, due + dt.timedelta(minutes=1), due, 4)
    assert late.state == deadline.RESOLVED_LATE and late.is_late and not late.is_open


def test_office_time_and_utc_by_hand() -> None:
    assert deadline.utc_of(dt.datetime(2026, 3, 1, 20, 30), ZONE) == dt.datetime(2026, 3, 1, 12, 30)
    assert deadline.local_of(dt.datetime(2026, 3, 1, 16, 30), ZONE) == dt.datetime(
        2026, 3, 2, 0, 30
    )


def test_deadlines_across_midnight_inside_and_outside(office: SimpleNamespace) -> None:
    received = local("2026-03-01 20:30")
    now = local("2026-03-01 21:00")
    inside = complaints.save_complaint(
        office.owner, ComplaintDraft(office.inside.id, "空调不制冷", received_at=received), now
    )
    assert inside.due_at == local("2026-03-02 08:30") and not inside.outside_region
    outside = complaints.save_complaint(
        office.owner, ComplaintDraft(office.outside.id, "送货晚了三天", received_at=received), now
    )
    assert outside.due_at == local("2026-03-02 20:30") and outside.outside_region
    unknown = complaints.save_complaint(
        office.owner, ComplaintDraft(office.unknown.id, "发票开错", received_at=received), now
    )
    assert unknown.due_at == local("2026-03-02 08:30")
    assert inside.clock.state == deadline.RUNNING
    at_nine = complaints.load_complaint(office.owner, inside.id, local("2026-03-02 09:00"))
    assert at_nine.clock.state == deadline.LATE
    assert at_nine.clock.left == dt.timedelta(minutes=-30)


def test_an_override_needs_its_reason_and_replaces_the_rule(office: SimpleNamespace) -> None:
    received = local("2026-03-01 20:30")
    draft = ComplaintDraft(
        office.inside.id, "设备异响", received_at=received, due_at=local("2026-03-03 18:00")
    )
    with pytest.raises(ValidationFailed) as failed:
        complaints.save_complaint(office.owner, draft, received)
    assert failed.value.for_field("due_override_reason") is not None
    saved = complaints.save_complaint(
        office.owner, replace(draft, due_override_reason="客户周一才在厂"), received
    )
    assert saved.due_at == local("2026-03-03 18:00")
    assert saved.due_override_reason == "客户周一才在厂"
    early = replace(draft, due_at=received - dt.timedelta(hours=1), due_override_reason="x")
    with pytest.raises(ValidationFailed) as failed:
        complaints.save_complaint(office.owner, early, received)
    assert failed.value.for_field("due_at") is not None


def test_settings_change_new_deadlines_only(office: SimpleNamespace) -> None:
    received = local("2026-03-01 20:30")
    first = complaints.save_complaint(
        office.owner, ComplaintDraft(office.inside.id, "a", received_at=received), received
    )
    complaints.set_deadline_settings(office.owner, 6, 48, ["广州"], 2)
    second = complaints.save_complaint(
        office.owner, ComplaintDraft(office.outside.id, "b", received_at=received), received
    )
    assert complaints.load_complaint(office.owner, first.id).due_at == local("2026-03-02 08:30")
    assert second.due_at == local("2026-03-03 20:30")  # 48 h outside
    settings = complaints.deadline_settings(office.rep_a)
    assert (settings.inside_hours, settings.outside_hours, settings.soon_hours) == (6, 48, 2)
    with pytest.raises(PermissionDenied):
        complaints.set_deadline_settings(office.rep_a, 1, 1, [], 1)
    with pytest.raises(ValidationFailed) as failed:
        complaints.set_deadline_settings(office.owner, 0, 24, [], 4)
    assert failed.value.for_field("inside_hours") is not None


def test_validation_names_the_field(office: SimpleNamespace) -> None:
    now = local("2026-03-01 21:00")
    cases = {
        "description": ComplaintDraft(office.inside.id, "  "),
        "cause": ComplaintDraft(office.inside.id, "x", cause="rude"),
        "channel": ComplaintDraft(office.inside.id, "x", channel="fax"),
        "received_at": ComplaintDraft(office.inside.id, "x", received_at=now + dt.timedelta(hours=1)),
        "satisfaction_after": ComplaintDraft(office.inside.id, "x", satisfaction_after=70),
        "compensation_amount": ComplaintDraft(office.inside.id, "x", compensation_amount=Decimal(-1)),
        "customer_id": ComplaintDraft(999999, "x"),
    }  # fmt: skip
    for name, draft in cases.items():
        with pytest.raises(ValidationFailed) as failed:
            complaints.save_complaint(office.owner, draft, now)
        assert failed.value.for_field(name) is not None, name
    other = make_contact(office.outside, "刘经理")
    with pytest.raises(ValidationFailed) as failed:
        complaints.save_complaint(
            office.owner, ComplaintDraft(office.inside.id, "x", contact_id=other.id), now
        )
    assert failed.value.for_field("contact_id") is not None
    assert Complaint.select().count() == 0


def test_status_moves_and_resolved_at_stays(office: SimpleNamespace) -> None:
    received = local("2026-03-01 20:30")
    saved = complaints.save_complaint(
        office.rep_a, ComplaintDraft(office.inside.id, "漏水", received_at=received), received
    )
    assert saved.status == "new" and saved.rep_id == office.rep_a.id
    assert saved.handler_id == office.rep_a.id  # the one registering handles it by default
    with pytest.raises(ValidationFailed):  # a rep moves one step at a time
        complaints.set_status(office.rep_a, saved.id, "resolved", saved.version)
    step = complaints.set_status(office.rep_a, saved.id, "in_progress", saved.version)
    resolved_at = local("2026-03-02 08:00")
    done = complaints.set_status(office.rep_a, step.id, "resolved", step.version, resolved_at)
    assert done.resolved_at == resolved_at and done.clock.state == deadline.ON_TIME
    back = complaints.set_status(office.rep_a, done.id, "in_progress", done.version)
    again = complaints.set_status(office.rep_a, back.id, "resolved", back.version)
    assert again.resolved_at == resolved_at  # the first resolution counts
    with pytest.raises(ValidationFailed) as failed:  # the call-back needs its date and result
        complaints.set_status(office.rep_a, again.id, "called_back", again.version)
    assert failed.value.for_field("callback_on") is not None
    draft = replace(again.draft(), callback_on=dt.date(2026, 3, 4), callback_result="客户满意")
    edited = complaints.save_complaint(office.rep_a, draft)
    called = complaints.set_status(office.rep_a, edited.id, "called_back", edited.version)
    closed = complaints.set_status(office.rep_a, called.id, "closed", called.version)
    assert closed.closed_at is not None and closed.resolved_at == resolved_at
    with pytest.raises(ConflictError):
        complaints.set_status(office.rep_a, closed.id, "called_back", called.version)
    assert AuditEntry.select().where(AuditEntry.entity == "complaint").count() >= 6


def test_a_stale_save_is_a_conflict_and_writes_nothing(office: SimpleNamespace) -> None:
    saved = complaints.save_complaint(office.owner, ComplaintDraft(office.inside.id, "旧"))
    complaints.save_complaint(office.owner, replace(saved.draft(), description="新"))
    with pytest.raises(ConflictError):
        complaints.save_complaint(office.owner, replace(saved.draft(), description="冲突"))
    assert complaints.load_complaint(office.owner, saved.id).description == "新"


def test_a_rep_sees_and_registers_only_their_customers_complaints(
    office: SimpleNamespace,
) -> None:
    mine = complaints.save_complaint(office.rep_a, ComplaintDraft(office.inside.id, "我的"))
    theirs = complaints.save_complaint(office.owner, ComplaintDraft(office.unknown.id, "别人的"))
    with pytest.raises(PermissionDenied):
        complaints.save_complaint(office.rep_a, ComplaintDraft(office.unknown.id, "越权"))
    with pytest.raises(PermissionDenied):
        complaints.load_complaint(office.rep_a, theirs.id)
    assert [c.id for c in complaints.find_complaints(office.rep_a)] == [mine.id]
    assert {c.id for c in complaints.find_complaints(office.owner)} == {mine.id, theirs.id}
    with pytest.raises(PermissionDenied):
        complaints.delete_complaint(office.rep_b, mine.id, mine.version)


def test_the_list_filters_and_puts_the_soonest_due_first(office: SimpleNamespace) -> None:
    now = local("2026-03-02 12:00")
    late = complaints.save_complaint(
        office.owner,
        ComplaintDraft(office.inside.id, "早", received_at=local("2026-03-01 20:00")),
        now,
    )
    soon = complaints.save_complaint(
        office.owner,
        ComplaintDraft(office.inside.id, "近", received_at=local("2026-03-02 03:00")),
        now,
    )
    later = complaints.save_complaint(
        office.owner, ComplaintDraft(office.outside.id, "远", received_at=local("2026-03-02 11:00")), now
    )  # fmt: skip
    settled = complaints.set_status(office.owner, later.id, "resolved", later.version, now)
    found = complaints.find_complaints(office.owner, ComplaintFilter(), now)
    assert [c.id for c in found] == [late.id, soon.id, settled.id]
    assert [c.clock.state for c in found] == ["late", "due_soon", "on_time"]
    only_late = complaints.find_complaints(office.owner, ComplaintFilter(which="late"), now)
    assert [c.id for c in only_late] == [late.id]
    by_text = complaints.find_complaints(office.owner, ComplaintFilter(text="杭州"), now)
    assert [c.id for c in by_text] == [settled.id]
    by_rep = complaints.find_complaints(office.owner, ComplaintFilter(rep_id=office.rep_b.id), now)
    assert by_rep == []
