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
        vs.VisitDraft(
            customer.id,
            rep.id,
            at(DAY, 9, 30),
            45,
            contact_id=contact.id,
            matter="报价",
            purpose="谈价格",
        )
    )
    vs.plan_visit(vs.VisitDraft(customer.id, rep.id, at(DAY + dt.timedelta(days=1), 14), 90))
    done = vs.plan_visit(vs.VisitDraft(customer.id, rep.id, at(DAY, 16), 30))
    vs.complete_visit(done.id, 1, vs.VisitOutcome("ok", "yes"))
    vs.plan_visit(vs.VisitDraft(customer.id, rep.id, at(DAY + dt.timedelta(days=9), 9), 30))

    cal = Calendar.from_ical(export_ics(rep.id, DAY, DAY + dt.timedelta(days=6)))
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
    event = by_uid[f"visit-{first.id}@desktop-crm"]
    assert event.decoded("dtend") - event.decoded("dtstart") == dt.timedelta(minutes=45)
    assert str(event["summary"]) == "苏州恒通电子有限公司: 报价"
    assert str(event["location"]) == "苏州工业园区星湖街1号"
    assert "李四" in str(event["description"]) and "谈价格" in str(event["description"])
    assert event["dtstart"].params["TZID"] == "Asia/Shanghai"
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["Asia/Shanghai"]


def test_office_timezone_setting_is_used(ctx: AppContext) -> None:
    rep = make_rep()
    customer = make_customer("王五", rep)
    vs.plan_visit(vs.VisitDraft(customer.id, rep.id, at(DAY, 10), 60))
    set_office_timezone("Asia/Taipei")
    cal = Calendar.from_ical(export_ics(rep.id, DAY, DAY))
    (event,) = cal.walk("VEVENT")
    assert event.decoded("dtstart") == dt.datetime(2026, 3, 3, 10, tzinfo=ZoneInfo("Asia/Taipei"))
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["Asia/Taipei"]
