"""The .ics export parses with icalendar; times round-trip in the office time zone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar
from visit_helpers import at, make_contact, make_customer, make_rep

from desktop_crm.services import visits as vs
from desktop_crm.services.context import AppContext
from desktop_crm.services.visits.ics_export import export_ics
from desktop_crm.services.visits.standards import set_office_timezone

DAY = dt.date(2026, 3, 3)


def test_planned_visits_round_trip_with_timezone(ctx: AppContext) -> None:
    rep = make_rep()
    customer = make_customer(
        "张三", rep, company="苏州恒通电子有限公司", address="苏州工业园区星湖街1号"
    )
    contact = make_contact(customer, "李四")
    first = vs.plan_visit(
        ctx.user,
        vs.VisitDraft(
            customer.id,
            rep.id,
            at(DAY, 9, 30),
            45,
            contact_id=contact.id,
            matter="报价",
            purpose="谈价格",
        ),
    )
    vs.plan_visit(
        ctx.user, vs.VisitDraft(customer.id, rep.id, at(DAY + dt.timedelta(days=1), 14), 90)
    )
    done = vs.plan_visit(ctx.user, vs.VisitDraft(customer.id, rep.id, at(DAY, 16), 30))
    vs.complete_visit(ctx.user, done.id, 1, vs.VisitOutcome("ok", "yes"))
    vs.plan_visit(
        ctx.user, vs.VisitDraft(customer.id, rep.id, at(DAY + dt.timedelta(days=9), 9), 30)
    )

    cal = Calendar.from_ical(export_ics(ctx.user, rep.id, DAY, DAY + dt.timedelta(days=6)))
    events = list(cal.walk("VEVENT"))
    assert len(events) == 2  # the done visit and the one after the range stay out
    shanghai = ZoneInfo("Asia/Shanghai")
    starts = sorted(e.decoded("dtstart") for e in events)
    assert starts == [
        dt.datetime(2026, 3, 3, 9, 30, tzinfo=shanghai),
        dt.datetime(2026, 3, 4, 14, 0, tzinfo=shanghai),
    ]
    assert starts[0].astimezone(dt.UTC) == dt.datetime(2026, 3, 3, 1, 30, tzinfo=dt.UTC)
    by_uid = {str(e["uid"]): e for e in events}
    (event,) = [e for uid, e in by_uid.items() if uid.startswith(f"visit-{first.id}-")]
    assert event.decoded("dtend") - event.decoded("dtstart") == dt.timedelta(minutes=45)
    assert str(event["summary"]) == "苏州恒通电子有限公司: 报价"
    assert str(event["location"]) == "苏州工业园区星湖街1号"
    assert "李四" in str(event["description"]) and "谈价格" in str(event["description"])
    assert event["dtstart"].params["TZID"] == "Asia/Shanghai"
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["Asia/Shanghai"]


def test_office_timezone_setting_is_used(ctx: AppContext) -> None:
    rep = make_rep()
    customer = make_customer("王五", rep)
    vs.plan_visit(ctx.user, vs.VisitDraft(customer.id, rep.id, at(DAY, 10), 60))
    set_office_timezone(ctx.user, "Asia/Taipei")
    cal = Calendar.from_ical(export_ics(ctx.user, rep.id, DAY, DAY))
    (event,) = cal.walk("VEVENT")
    assert event.decoded("dtstart") == dt.datetime(2026, 3, 3, 10, tzinfo=ZoneInfo("Asia/Taipei"))
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["Asia/Taipei"]


def test_cancelled_visits_are_sent_as_cancelled_and_sequence_rises(ctx: AppContext) -> None:
    rep = make_rep()
    customer = make_customer("赵六", rep)
    visit = vs.plan_visit(ctx.user, vs.VisitDraft(customer.id, rep.id, at(DAY, 10), 60))

    def only_event() -> object:
        (event,) = Calendar.from_ical(export_ics(ctx.user, rep.id, DAY, DAY)).walk("VEVENT")
        return event

    first = only_event()
    assert str(first["status"]) == "CONFIRMED" and int(first["sequence"]) == 0
    moved = vs.move_visit(ctx.user, visit.id, visit.version, at(DAY, 11))
    second = only_event()
    assert int(second["sequence"]) == 1 and str(second["uid"]) == str(first["uid"])
    vs.cancel_visit(ctx.user, moved.id, moved.version)
    third = only_event()
    assert str(third["status"]) == "CANCELLED"
    assert int(third["sequence"]) == 2 and str(third["uid"]) == str(first["uid"])


def test_uids_carry_the_database_identity(ctx: AppContext) -> None:
    from desktop_crm.services.visits.ics_export import database_identity, visit_uid

    rep = make_rep()
    customer = make_customer("钱七", rep)
    visit = vs.plan_visit(ctx.user, vs.VisitDraft(customer.id, rep.id, at(DAY, 10), 60))
    identity = database_identity()
    assert len(identity) == 32 and database_identity() == identity  # made once, then kept
    (event,) = Calendar.from_ical(export_ics(ctx.user, rep.id, DAY, DAY)).walk("VEVENT")
    uid = str(event["uid"])
    assert identity in uid and uid.startswith(f"visit-{visit.id}-")
    # another office's visit with the same id, or a later visit reusing the id, differs
    assert visit_uid("0" * 32, visit.id, visit.created_at) != uid
    later = visit.created_at + dt.timedelta(days=1)
    assert visit_uid(identity, visit.id, later) != uid
