"""iCalendar (.ics) export of a rep's planned visits, with the office time zone (VTIMEZONE)."""

from __future__ import annotations

import datetime as dt
import uuid
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from ...models.core import Contact, Customer, User
from ...models.db import write_transaction
from ...models.visits import Visit
from ..common.acting import Person, internal, rule
from ..common.settings import DATABASE_ID, setting_made_once
from ..office import audit
from ..people.policy import guard, visible_customers
from .queries import check_planner_days
from .standards import office_timezone
from .status import VisitStatus

PRODID = "-//Desktop CRM//Visit planner//ZH"


@internal
def database_identity() -> str:
    """This database's identity, made once (a random UUID) and kept in the office settings."""
    return str(setting_made_once(DATABASE_ID, lambda: uuid.uuid4().hex))


@rule
def visit_uid(database: str, visit_id: int, created_at: dt.datetime | str) -> str:
    """An event UID that no other office's file and no later visit reusing the id can share."""
    created = (
        created_at
        if isinstance(created_at, dt.datetime)
        else dt.datetime.fromisoformat(str(created_at))
    )
    return f"visit-{visit_id}-{created:%Y%m%dT%H%M%S%f}-{database}@desktop-crm"


@guard.rep()
def export_ics(
    actor: Person,
    rep_id: int,
    first_day: dt.date,
    last_day: dt.date,
    *,
    timezone: str | None = None,
    statuses: tuple[str, ...] = (VisitStatus.PLANNED, VisitStatus.CANCELLED),
) -> bytes:
    """The rep's visits on first_day..last_day as an .ics file: planned ones, and cancelled
    ones as STATUS:CANCELLED so a calendar that imported them before drops the appointment.

    Stored times are the office's wall-clock times; each event carries TZID=<zone> and the
    calendar holds the matching VTIMEZONE, so calendar programs place them right anywhere.
    Each UID names this database and the visit's creation (`visit_uid`), and SEQUENCE rises
    with every change of the visit (its version), so a re-import updates the right event.
    """
    check_planner_days(first_day, last_day)  # the time zones span a year either side
    zone_name = timezone or office_timezone(actor)
    zone = ZoneInfo(zone_name)
    rep = User.get_by_id(rep_id)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", f"{rep.name}")
    cal.add("x-wr-timezone", zone_name)
    lo = dt.datetime.combine(first_day, dt.time())
    hi = dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time())
    query = (
        Visit.select(
            Visit,
            Customer.name,
            Customer.company,
            Customer.address,
            Customer.phone,
            Customer.mobile,
        )
        .join(Customer, on=(Visit.customer == Customer.id))
        .where(Visit.rep == rep_id, Visit.start >= lo, Visit.start < hi, Visit.status.in_(statuses))
        .where(visible_customers(actor))
        .order_by(Visit.start, Visit.id)
    )
    contacts = {
        c.id: c
        for c in Contact.select().where(
            Contact.id.in_([v.contact_id for v in query if v.contact_id] or [0])
        )
    }
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    database = database_identity()
    for visit in query:
        customer = visit.customer
        start = visit.start.replace(tzinfo=zone)
        event = Event()
        event.add("uid", visit_uid(database, visit.id, visit.created_at))
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", start + dt.timedelta(minutes=visit.duration_minutes))
        title = customer.company or customer.name
        event.add("summary", f"{title}: {visit.matter}" if visit.matter else title)
        if customer.address:
            event.add("location", customer.address)
        lines = []
        contact = contacts.get(visit.contact_id) if visit.contact_id is not None else None
        if contact is not None:
            lines.append(f"{contact.name} {contact.position} {contact.phone}".strip())
        else:
            lines.append(f"{customer.name} {customer.mobile or customer.phone}".strip())
        for text in (visit.purpose, visit.action_plan, visit.expected_result):
            if text:
                lines.append(text)
        event.add("description", "\n".join(lines))
        event.add("status", "CONFIRMED" if visit.status != VisitStatus.CANCELLED else "CANCELLED")
        event.add("sequence", visit.version - 1)
        cal.add_component(event)
    cal.add_missing_timezones(
        first_date=first_day - dt.timedelta(days=366), last_date=last_day + dt.timedelta(days=366)
    )
    note = f".ics {rep.name} {first_day.isoformat()}..{last_day.isoformat()}"
    with write_transaction():  # who took the rep's calendar out, and which days
        audit.record(actor, audit.Action.EXPORT, audit.Entity.VISIT, None, None, note=note)
    return bytes(cal.to_ical())
