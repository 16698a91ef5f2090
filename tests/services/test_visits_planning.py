"""Day summaries against the standard, overlaps, the side list, week review, month totals."""

from __future__ import annotations

import datetime as dt

import pytest
from visit_helpers import at, make_customer, make_rep

from desktop_crm.models.core import User
from desktop_crm.services import visits as vp
from desktop_crm.services import visits as vs
from desktop_crm.services.common.errors import ConflictError
from desktop_crm.services.context import AppContext
from desktop_crm.services.people.users import ensure_owner

MONDAY = dt.date(2026, 3, 2)


def _plan(cid: int, rep: User, start: dt.datetime, minutes: int = 60) -> int:
    return int(
        vs.plan_visit(
            ensure_owner(), vs.VisitDraft(cid, rep.id, start, duration_minutes=minutes)
        ).id
    )


def test_standards_office_default_rep_override_and_all_reps(ctx: AppContext) -> None:
    a, b = make_rep("甲"), make_rep("乙")
    assert vp.office_standard(ctx.user) == vp.VisitStandard(7, 3)
    vp.set_office_standard(ctx.user, vp.VisitStandard(6, 2))
    vp.set_rep_standard(ctx.user, b.id, vp.VisitStandard(4, 4))
    assert vp.rep_standard(ctx.user, a.id) == vp.VisitStandard(6, 2)
    assert vp.rep_standard(ctx.user, b.id) == vp.VisitStandard(4, 4)
    assert vp.standard_for(ctx.user, None, MONDAY) == vp.VisitStandard(10, 6)
    assert vp.standard_for(ctx.user, a.id, MONDAY + dt.timedelta(days=5)) == vp.VisitStandard(0, 0)
    vp.set_rep_standard(ctx.user, b.id, None)
    assert vp.rep_standard(ctx.user, b.id) == vp.VisitStandard(6, 2)


def test_day_summary_counts_planned_and_done_new_and_existing(ctx: AppContext) -> None:
    rep = make_rep()
    old1 = make_customer("老一", rep, deal_on=dt.date(2025, 5, 1))
    old2 = make_customer("老二", rep, deal_on=dt.date(2025, 5, 1))
    new1 = make_customer("新一", rep)
    cancelled = make_customer("取消", rep)
    v1 = _plan(old1.id, rep, at(MONDAY, 9))
    _plan(old2.id, rep, at(MONDAY, 11))
    v3 = _plan(new1.id, rep, at(MONDAY, 14))
    v4 = _plan(cancelled.id, rep, at(MONDAY, 16))
    vs.complete_visit(ctx.user, v1, 1, vs.VisitOutcome("好", "yes"))
    vs.complete_visit(ctx.user, v3, 1, vs.VisitOutcome("一般", "no"))
    vs.cancel_visit(ctx.user, v4, 1)
    period = vp.planner_period(ctx.user, MONDAY, 7, rep.id)
    monday = period.summaries[0]
    assert (monday.planned_existing, monday.planned_new) == (2, 1)
    assert (monday.done_existing, monday.done_new, monday.cancelled) == (1, 1, 1)
    assert monday.standard == vp.VisitStandard(7, 3) and not monday.planned_meets_standard
    assert period.summaries[5].standard.total == 0  # Saturday
    assert period.overlapping == frozenset()


def test_overlaps_only_within_one_rep_and_not_cancelled(ctx: AppContext) -> None:
    a, b = make_rep("甲"), make_rep("乙")
    c = make_customer("客户", a)
    x = _plan(c.id, a, at(MONDAY, 9), 90)
    y = _plan(c.id, a, at(MONDAY, 10), 30)  # inside x
    z = _plan(c.id, a, at(MONDAY, 10, 30))  # starts as x ends: no overlap
    _plan(c.id, b, at(MONDAY, 9))  # another rep: no overlap
    w = _plan(c.id, a, at(MONDAY, 15))
    _plan(c.id, a, at(MONDAY, 15, 30))
    period = vp.planner_period(ctx.user, MONDAY, 1, None)
    assert x in period.overlapping and y in period.overlapping
    assert z not in period.overlapping and w in period.overlapping
    assert len(period.overlapping) == 4
    vs.cancel_visit(ctx.user, w, 1)
    assert w not in vp.planner_period(ctx.user, MONDAY, 1, None).overlapping


def test_side_list_reasons_in_order_and_planned_ones_left_out(ctx: AppContext) -> None:
    rep = make_rep()
    today = MONDAY
    due = make_customer(
        "到期", rep, next_action="报价", next_action_on=today - dt.timedelta(days=3)
    )
    key = make_customer("重点", rep, key_category="key", deal_on=today - dt.timedelta(days=10))
    seen_key = make_customer("刚见过的重点", rep, key_category="key")
    dormant = make_customer("沉睡", rep, deal_on=today - dt.timedelta(days=400))
    make_customer("活跃", rep, deal_on=today - dt.timedelta(days=20))
    booked = make_customer(
        "已约", rep, next_action="x", next_action_on=today - dt.timedelta(days=1)
    )
    visit = _plan(seen_key.id, rep, at(today - dt.timedelta(days=5), 9))
    vs.complete_visit(ctx.user, visit, 1, vs.VisitOutcome("ok", "yes"))
    _plan(booked.id, rep, at(today + dt.timedelta(days=1), 9))
    found = vp.customers_to_visit(ctx.user, today, rep.id, key_days=30, dormant_days=180)
    assert [(s.name, s.reason) for s in found] == [
        ("到期", "overdue"),
        ("重点", "key_unseen"),
        ("沉睡", "dormant"),
    ]
    assert found[0].since == today - dt.timedelta(days=3) and found[0].detail == "报价"
    assert found[2].since == today - dt.timedelta(days=400)
    assert {due.id, key.id, dormant.id} == {s.customer_id for s in found}


def test_week_report_and_review_saved_with_locking(ctx: AppContext) -> None:
    rep = make_rep()
    c1 = make_customer("一", rep, deal_on=dt.date(2025, 1, 1))
    c2 = make_customer("二", rep)
    v1 = _plan(c1.id, rep, at(MONDAY, 9))
    v2 = _plan(c2.id, rep, at(MONDAY + dt.timedelta(days=2), 10))
    _plan(c1.id, rep, at(MONDAY + dt.timedelta(days=4), 10))
    vs.complete_visit(
        ctx.user,
        v1,
        1,
        vs.VisitOutcome("下单五箱", "yes", 40, "送货", MONDAY + dt.timedelta(days=7)),
    )
    vs.complete_visit(ctx.user, v2, 1, vs.VisitOutcome("没见到老板", "no"))
    report = vp.week_report(ctx.user, rep.id, MONDAY + dt.timedelta(days=3))
    assert report.first_day == MONDAY
    assert (report.planned, report.done, report.standard_total) == (3, 2, 50)
    assert report.purpose_met == {"yes": 1, "partly": 0, "no": 1}
    assert [text for _, text in report.results] == ["下单五箱", "没见到老板"]
    assert [(a, d, f) for _, a, d, f in report.next_actions] == [
        ("送货", dt.date(2026, 3, 9), False)
    ]
    version = vp.save_week_review(ctx.user, rep.id, MONDAY, "新客户太少", "多跑工业园区", None)
    assert vp.week_report(ctx.user, rep.id, MONDAY).review == "新客户太少"
    version = vp.save_week_review(ctx.user, rep.id, MONDAY, "新客户太少，下周补", "", version)
    assert version == 2
    with pytest.raises(ConflictError):
        vp.save_week_review(ctx.user, rep.id, MONDAY, "旧稿", "", 1)
    assert vp.week_report(ctx.user, rep.id, MONDAY).review == "新客户太少，下周补"


def test_month_totals(ctx: AppContext) -> None:
    rep = make_rep()
    c = make_customer("一", rep, deal_on=dt.date(2025, 1, 1))
    n = make_customer("新", rep)
    v = _plan(c.id, rep, at(dt.date(2026, 3, 10), 9))
    _plan(n.id, rep, at(dt.date(2026, 3, 31), 9))
    _plan(c.id, rep, at(dt.date(2026, 4, 1), 9))  # next month
    vs.complete_visit(ctx.user, v, 1, vs.VisitOutcome("ok", "partly"))
    totals = vp.month_totals(ctx.user, 2026, 3, rep.id)
    assert totals.workdays == 22  # March 2026: 22 weekdays
    assert totals.standard == vp.VisitStandard(154, 66)
    assert (totals.planned_existing, totals.planned_new, totals.done) == (1, 1, 1)
    assert totals.purpose_met == {"yes": 0, "partly": 1, "no": 0}


def test_parse_iso_week() -> None:
    assert vp.parse_iso_week("2026-W10") == dt.date(2026, 3, 2)
    for bad in ("2026-10", "2026-W60", "abcd-W01"):
        with pytest.raises(ValueError):
            vp.parse_iso_week(bad)


def test_week_review_with_control_characters_is_refused(ctx: AppContext) -> None:
    from desktop_crm.services.common.errors import ValidationFailed

    rep = make_rep()
    with pytest.raises(ValidationFailed) as caught:
        vp.save_week_review(ctx.user, rep.id, MONDAY, "第一行\n第二行\x00", "目标\x07", None)
    assert {(e.field, e.code) for e in caught.value.errors} == {
        ("review", "control_char"),
        ("plan_notes", "control_char"),
    }
    assert vp.week_report(ctx.user, rep.id, MONDAY).review_version is None
    assert vp.save_week_review(ctx.user, rep.id, MONDAY, "第一行\n第二行", "目标", None) == 1


def test_own_rep_standard_is_none_until_set(ctx: AppContext) -> None:
    from desktop_crm.services.people.users import add_user
    from desktop_crm.services.visits.standards import (
        VisitStandard,
        own_rep_standard,
        rep_standard,
        set_rep_standard,
    )

    rep = add_user(ctx.user, "陈志强")
    assert own_rep_standard(ctx.user, rep.id) is None
    set_rep_standard(ctx.user, rep.id, VisitStandard(5, 2))
    assert (
        own_rep_standard(ctx.user, rep.id) == VisitStandard(5, 2) == rep_standard(ctx.user, rep.id)
    )


def test_the_reps_board_counts_each_rep_against_their_own_standard(ctx: AppContext) -> None:
    from desktop_crm.services.visits.calendar import reps_board

    a, b = make_rep("甲"), make_rep("乙")
    vp.set_rep_standard(ctx.user, b.id, vp.VisitStandard(2, 0))
    first = _plan(make_customer("一", a).id, a, at(MONDAY, 9))
    _plan(make_customer("二", a).id, a, at(MONDAY, 11))
    _plan(make_customer("三", b).id, b, at(MONDAY + dt.timedelta(days=1), 10))
    vs.complete_visit(ctx.user, first, 1, vs.VisitOutcome("好", "yes"))
    period = vp.planner_period(ctx.user, MONDAY, 7, None)
    board = reps_board(ctx.user, period, [(b.id, "乙"), (a.id, "甲")])
    assert [r.rep_name for r in board] == ["乙", "甲"]  # in the order asked
    row_b, row_a = board
    assert (row_a.summaries[0].planned, row_a.summaries[0].done) == (2, 1)
    assert row_a.summaries[0].standard == vp.VisitStandard(7, 3)  # the office's
    assert row_b.summaries[1].standard == vp.VisitStandard(2, 0)  # 乙's own
    assert (row_a.planned, row_a.done, row_a.standard) == (2, 1, 5 * 10)
    assert (row_b.planned, row_b.done, row_b.standard) == (1, 0, 5 * 2)
    assert row_a.summaries[5].standard.total == 0  # Saturday is off


def test_a_week_across_a_months_end_totals_both_months(ctx: AppContext) -> None:
    from desktop_crm.services.visits.reviews import months_of_week, week_month_totals

    assert months_of_week(dt.date(2026, 11, 30)) == [(2026, 11), (2026, 12)]
    assert months_of_week(dt.date(2026, 12, 28)) == [(2026, 12), (2027, 1)]
    assert months_of_week(dt.date(2026, 12, 7)) == [(2026, 12)]
    rep = make_rep()
    _plan(make_customer("十一月", rep).id, rep, at(dt.date(2026, 11, 30), 9))
    _plan(make_customer("十二月", rep).id, rep, at(dt.date(2026, 12, 2), 9))
    months = week_month_totals(ctx.user, rep.id, dt.date(2026, 12, 3))
    assert [(m.year, m.month, m.planned) for m in months] == [(2026, 11, 1), (2026, 12, 1)]


def test_past_visits_without_a_result_are_listed_until_one_is_recorded(ctx: AppContext) -> None:
    from desktop_crm.services.common.errors import PermissionDenied
    from desktop_crm.services.people.users import person_of
    from desktop_crm.services.visits.queries import missing_results

    a, b = make_rep("甲"), make_rep("乙")
    now = dt.datetime(2026, 3, 4, 12, 0)
    over = _plan(make_customer("过去", a).id, a, at(MONDAY, 9))  # Monday 9-10: over
    running = _plan(make_customer("进行中", a).id, a, at(dt.date(2026, 3, 4), 11, 30))
    _plan(make_customer("未来", a).id, a, at(dt.date(2026, 3, 5), 9))
    done = _plan(make_customer("已完成", a).id, a, at(MONDAY, 14))
    vs.complete_visit(ctx.user, done, 1, vs.VisitOutcome("好", "yes"))
    other = _plan(make_customer("乙的", b).id, b, at(MONDAY, 9))
    assert [r.id for r in missing_results(ctx.user, a.id, now)] == [over]
    # the owner sees everyone's, oldest first; one ending exactly now counts as over
    late = dt.datetime(2026, 3, 4, 12, 30)
    assert [r.id for r in missing_results(ctx.user, None, late)] == [over, other, running]
    rep_a = person_of(a)
    assert [r.id for r in missing_results(rep_a, None, now)] == [over]  # a rep: own only
    with pytest.raises(PermissionDenied):
        missing_results(rep_a, b.id, now)
    vs.set_status(ctx.user, over, 1, "no_show")
    assert missing_results(ctx.user, a.id, now) == []
