"""A rep's day: the route (kept or optimised) and everything the visit sheet prints."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ...models.core import Contact, Customer, User
from ...models.db import write_transaction
from ...models.visits import CustomerGeo, Visit
from ..analysis.key_customers import effective_category
from ..analysis.tiers import effective_tier
from ..common.acting import Person
from ..common.checks import refuse
from ..common.errors import FieldError
from ..people.policy import guard
from .calendar import DaySummary, planner_period
from .drafts import VisitRow
from .queries import route_order
from .routing import RouteStop, TimedStop, order_stops, retimed_starts
from .status import VisitStatus
from .writes import retime_visits, set_route_order


@dataclass(frozen=True)
class SheetVisit:
    """One block of the visit sheet."""

    row: VisitRow
    address: str
    phone: str
    contact_name: str
    contact_position: str
    contact_role: str
    contact_phone: str
    tier: str
    key_category: str
    reason: str
    action_plan: str
    expected_result: str
    last_visit_on: dt.date | None
    last_result: str
    next_action_on_file: str
    # The customer's personality type and how to approach it (English source texts in the
    # "Personality" translation context; empty when the type was never rated).
    personality: str = ""
    personality_advice: str = ""
    # What was recorded (a visit done, missed or cancelled prints it instead of blank lines).
    actual_result: str = ""
    purpose_met: str = ""
    time_spent_minutes: int | None = None
    next_action: str = ""
    next_action_on: dt.date | None = None


@dataclass(frozen=True)
class SheetDay:
    rep_id: int
    rep_name: str
    day: dt.date
    summary: DaySummary
    visits: list[SheetVisit]


@guard.rep()
def day_rows(actor: Person, rep_id: int, day: dt.date) -> tuple[DaySummary, list[VisitRow]]:
    """The day's summary and its visits (not cancelled) in route order."""
    period = planner_period(actor, day, 1, rep_id)
    rows = [r for r in period.rows if r.status != VisitStatus.CANCELLED]
    return period.summaries[0], route_order(rows)


@guard.rep()
def optimise_day_route(
    actor: Person,
    rep_id: int,
    day: dt.date,
    start: tuple[float, float] | None = None,
    *,
    retime: bool = True,
) -> list[int]:
    """Order the day's visits by the customers' coordinates (else district and address),
    keep that order and return the visit ids in it. With `retime` the planned visits move to
    follow the new order (routing.retimed_starts: durations kept, travel between customers,
    from the first visit's time; done ones keep theirs), in the same transaction, so the
    sheet and the .ics agree with the route. A day that would run past midnight keeps its
    times ("day", "too_full") and nothing is written."""
    _, rows = day_rows(actor, rep_id, day)
    ids = [r.customer_id for r in rows]
    geo = {
        g.customer_id: g for g in CustomerGeo.select().where(CustomerGeo.customer.in_(ids or [0]))
    }
    places = {
        c.id: c
        for c in Customer.select(Customer.id, Customer.district, Customer.address).where(
            Customer.id.in_(ids or [0])
        )
    }
    stops = []
    for row in rows:
        g = geo.get(row.customer_id)
        place = places[row.customer_id]
        stops.append(
            RouteStop(
                row.id,
                g.latitude if g else None,
                g.longitude if g else None,
                place.district or "",
                place.address or "",
            )
        )
    order = order_stops(stops, start)
    by_id = {r.id: r for r in rows}
    points = {s.visit_id: s.point for s in stops}
    starts = (
        retimed_starts(
            [
                TimedStop(
                    vid,
                    by_id[vid].start,
                    by_id[vid].duration_minutes,
                    points[vid],
                    by_id[vid].status != VisitStatus.PLANNED,
                )
                for vid in order
            ]
        )
        if retime
        else {}
    )
    if any(s.date() != day for s in starts.values()):
        refuse([FieldError("day", "too_full", {"value": day.isoformat()})])
    with write_transaction():
        set_route_order(actor, rep_id, day, order)
        retime_visits(actor, {vid: by_id[vid].version for vid in starts}, starts)
    return order


@guard.rep()
def sheet_day(actor: Person, rep_id: int, day: dt.date) -> SheetDay:
    """Everything the day's visit sheet prints, in route order; four or five queries. The
    day's cancelled visits come last (they print as cancelled, for the record)."""
    rep = User.get_by_id(rep_id)
    summary, rows = day_rows(actor, rep_id, day)
    period = planner_period(actor, day, 1, rep_id)
    rows += [r for r in period.rows if r.status == VisitStatus.CANCELLED]
    ids = [r.id for r in rows]
    customer_ids = [r.customer_id for r in rows] or [0]
    visits = {v.id: v for v in Visit.select().where(Visit.id.in_(ids or [0]))}
    customers = {c.id: c for c in Customer.select().where(Customer.id.in_(customer_ids))}
    contact_ids = [v.contact_id for v in visits.values() if v.contact_id] or [0]
    contacts = {c.id: c for c in Contact.select().where(Contact.id.in_(contact_ids))}
    first_contacts: dict[int, Contact] = {}
    for candidate in (
        Contact.select().where(Contact.customer.in_(customer_ids)).order_by(Contact.id)
    ):
        first_contacts.setdefault(candidate.customer_id, candidate)
    day_start = dt.datetime.combine(day, dt.time())
    last: dict[int, Visit] = {}
    for visit in (
        Visit.select(Visit.customer, Visit.start, Visit.actual_result, Visit.purpose_met)
        .where(
            Visit.customer.in_(customer_ids),
            Visit.status == VisitStatus.DONE,
            Visit.start < day_start,
        )
        .order_by(Visit.start)
    ):
        last[visit.customer_id] = visit
    from ..analysis.personality import advice_for

    personalities = advice_for(actor, [c for c in customer_ids if c])
    out = []
    for row in rows:
        visit = visits[row.id]
        customer = customers[row.customer_id]
        contact = (
            contacts.get(visit.contact_id) if visit.contact_id is not None else None
        ) or first_contacts.get(row.customer_id)
        previous = last.get(row.customer_id)
        out.append(
            SheetVisit(
                row=row,
                address=customer.address or "",
                phone=customer.phone or customer.mobile or "",
                contact_name=contact.name if contact else "",
                contact_position=contact.position if contact else "",
                contact_role=contact.role if contact else "",
                contact_phone=contact.phone if contact else "",
                tier=effective_tier(customer.tier_manual, customer.tier_computed),
                key_category=effective_category(
                    customer.key_category,
                    effective_tier(customer.tier_manual, customer.tier_computed),
                ),
                reason=visit.reason,
                action_plan=visit.action_plan,
                expected_result=visit.expected_result,
                last_visit_on=previous.start.date() if previous else None,
                last_result=previous.actual_result if previous else "",
                next_action_on_file=customer.next_action or "",
                personality=personalities.get(row.customer_id, ("", ""))[0],
                personality_advice=personalities.get(row.customer_id, ("", ""))[1],
                actual_result=visit.actual_result,
                purpose_met=visit.purpose_met,
                time_spent_minutes=visit.time_spent_minutes,
                next_action=visit.next_action,
                next_action_on=visit.next_action_on,
            )
        )
    return SheetDay(rep_id, rep.name, day, summary, out)
