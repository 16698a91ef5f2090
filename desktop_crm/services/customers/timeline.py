"""A customer's timeline (issue 12, item 6): what happened with the customer, newest first —
visits with their results and next actions, deals, opportunities, assessments, and the audit
log's changes to the customer's file — as typed entries, one page at a time.

The order key of every entry is a local date and time (`TimelineEntry.when`):
- a visit: its start; a change of the file: when it was saved (the log's UTC made local);
- a deal, an assessment (dated by day only): the end of that day, so what was recorded on a
  day reads above that day's visits; an opportunity: its closing day's end once closed, else
  when it was created.
Ties are broken by kind (KIND_ORDER) and then by id, newest first, so every backend agrees.

Paging: `timeline(actor, customer_id, offset, limit)` reads at most `offset + limit + 1` rows of
each source (each ordered by its own key, in SQL), merges them and returns the page and whether
more follow; a long history is read as far as it is scrolled.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

import peewee as pw

from ...models.assessments import Assessment
from ...models.audit import AuditEntry
from ...models.core import Customer, Deal, User
from ...models.db import dict_rows
from ...models.opportunities import Opportunity
from ...models.visits import Visit
from ..common.acting import Person, rule
from ..common.checks import refuse
from ..common.errors import NotFoundError
from ..common.validation import check_id, check_int
from ..office.audit import Action, Change, Entity, records_of
from ..people.policy import guard

PAGE = 50
END_OF_DAY = dt.time(23, 59, 59)


class EntryKind(StrEnum):
    VISIT = "visit"
    DEAL = "deal"
    OPPORTUNITY = "opportunity"
    ASSESSMENT = "assessment"
    CHANGE = "change"


# Entries at the same moment: the outcome above what led to it (newest first reads down).
KIND_ORDER: dict[EntryKind, int] = {
    EntryKind.CHANGE: 0,
    EntryKind.VISIT: 1,
    EntryKind.ASSESSMENT: 2,
    EntryKind.OPPORTUNITY: 3,
    EntryKind.DEAL: 4,
}

# The file's own log entries the timeline shows (logins, exports … are not the customer's story)
CHANGE_ACTIONS = (
    Action.CREATE,
    Action.CHANGE,
    Action.OVERWRITE,
    Action.REASSIGN,
    Action.CLAIM,
    Action.TRASH,
    Action.RESTORE,
    Action.MERGE,
    Action.UNMERGE,
)


@dataclass(frozen=True)
class VisitEntry:
    id: int
    when: dt.datetime  # the visit's start (local)
    status: str  # services.visits.status.VisitStatus value
    rep_name: str
    method: str
    matter: str
    purpose: str
    result: str  # the recorded result ("" while planned)
    purpose_met: str  # "" | yes | partly | no
    next_action: str
    next_action_on: dt.date | None
    kind: EntryKind = EntryKind.VISIT


@dataclass(frozen=True)
class DealEntry:
    id: int
    when: dt.datetime  # the end of the deal's day
    day: dt.date
    products: str
    amount: Decimal
    notes: str
    kind: EntryKind = EntryKind.DEAL


@dataclass(frozen=True)
class OpportunityEntry:
    id: int
    when: dt.datetime  # closed: the end of the closing day; open: when it was created
    title: str
    stage: str  # the stage code (services.owner.pipeline)
    probability: int
    expected_amount: Decimal | None
    expected_close: dt.date | None
    closed_on: dt.date | None
    lost_reason: str
    owner_name: str
    kind: EntryKind = EntryKind.OPPORTUNITY


@dataclass(frozen=True)
class AssessmentEntry:
    id: int
    when: dt.datetime  # the end of the assessment's day
    day: dt.date
    intent: float | None
    quality: float | None
    assessed_by: str
    kind: EntryKind = EntryKind.ASSESSMENT


@dataclass(frozen=True)
class ChangeEntry:
    id: int  # the audit entry's id
    when: dt.datetime  # local time of the save
    action: str  # services.office.audit.Action value
    person_name: str
    changes: tuple[Change, ...]  # field name, before, after (as the log wrote them)
    note: str
    kind: EntryKind = EntryKind.CHANGE


TimelineEntry = VisitEntry | DealEntry | OpportunityEntry | AssessmentEntry | ChangeEntry


@dataclass(frozen=True)
class TimelinePage:
    entries: tuple[TimelineEntry, ...]  # newest first
    offset: int
    more: bool  # entries older than these exist

    @property
    def next_offset(self) -> int:
        return self.offset + len(self.entries)


@rule
def sort_key(entry: TimelineEntry) -> tuple[dt.datetime, int, int]:
    """Ascending key; the timeline is in descending order of it."""
    return (entry.when, -KIND_ORDER[entry.kind], entry.id)


def _local(utc: dt.datetime) -> dt.datetime:
    return utc.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def _end_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, END_OF_DAY)


def _visits(customer_id: int, n: int, *also: Any) -> list[TimelineEntry]:
    query = (
        Visit.select(Visit, User.name.alias("rep_name"))
        .join(User, on=(Visit.rep == User.id), join_type=pw.JOIN.LEFT_OUTER)
        .where(Visit.customer == customer_id, *also)
        .order_by(Visit.start.desc(), Visit.id.desc())
        .limit(n)
    )
    return [
        VisitEntry(
            id=int(r["id"]),
            when=r["start"],
            status=str(r["status"]),
            rep_name=str(r["rep_name"] or ""),
            method=str(r["method"] or ""),
            matter=str(r["matter"] or ""),
            purpose=str(r["purpose"] or ""),
            result=str(r["actual_result"] or ""),
            purpose_met=str(r["purpose_met"] or ""),
            next_action=str(r["next_action"] or ""),
            next_action_on=r["next_action_on"],
        )
        for r in dict_rows(query)
    ]


def _deals(customer_id: int, n: int) -> list[TimelineEntry]:
    query = (
        Deal.select()
        .where(Deal.customer == customer_id)
        .order_by(Deal.date.desc(), Deal.id.desc())
        .limit(n)
    )
    return [
        DealEntry(
            id=int(d.id),
            when=_end_of(d.date),
            day=d.date,
            products=str(d.products or ""),
            amount=Decimal(d.amount),
            notes=str(d.notes or ""),
        )
        for d in query
    ]


def _opportunities(customer_id: int, n: int) -> list[TimelineEntry]:
    # Two orders meet here (closed by day, open by creation): read each side's newest n.
    base = (
        Opportunity.select(Opportunity, User.name.alias("owner_name"))
        .join(User, on=(Opportunity.owner_rep == User.id), join_type=pw.JOIN.LEFT_OUTER)
        .where(Opportunity.customer == customer_id)
    )
    closed = base.where(Opportunity.closed_on.is_null(False)).order_by(
        Opportunity.closed_on.desc(), Opportunity.id.desc()
    )
    still_open = base.where(Opportunity.closed_on.is_null()).order_by(
        Opportunity.created_at.desc(), Opportunity.id.desc()
    )
    entries: list[TimelineEntry] = []
    for query in (closed.limit(n), still_open.limit(n)):
        for r in dict_rows(query):
            closed_on = r["closed_on"]
            entries.append(
                OpportunityEntry(
                    id=int(r["id"]),
                    when=_end_of(closed_on) if closed_on else _local(r["created_at"]),
                    title=str(r["title"]),
                    stage=str(r["stage"]),
                    probability=int(r["probability"] or 0),
                    expected_amount=(
                        None if r["expected_amount"] is None else Decimal(r["expected_amount"])
                    ),
                    expected_close=r["expected_close"],
                    closed_on=closed_on,
                    lost_reason=str(r["lost_reason"] or ""),
                    owner_name=str(r["owner_name"] or ""),
                )
            )
    return entries


def _assessments(customer_id: int, n: int) -> list[TimelineEntry]:
    query = (
        Assessment.select(Assessment, User.name.alias("by_name"))
        .join(User, on=(Assessment.assessed_by == User.id), join_type=pw.JOIN.LEFT_OUTER)
        .where(Assessment.customer == customer_id)
        .order_by(Assessment.assessed_on.desc(), Assessment.id.desc())
        .limit(n)
    )
    return [
        AssessmentEntry(
            id=int(r["id"]),
            when=_end_of(r["assessed_on"]),
            day=r["assessed_on"],
            intent=r["intent_score"],
            quality=r["quality_score"],
            assessed_by=str(r["by_name"] or ""),
        )
        for r in dict_rows(query)
    ]


def _changes(customer_id: int, n: int) -> list[TimelineEntry]:
    query = (
        AuditEntry.select()
        .where(
            (AuditEntry.customer_id == customer_id)
            & (AuditEntry.entity == Entity.CUSTOMER.value)
            & AuditEntry.action.in_([a.value for a in CHANGE_ACTIONS])
        )
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(n)
    )
    return [
        ChangeEntry(
            id=record.id,
            when=_local(record.at),
            action=record.action,
            person_name=record.person_name,
            changes=record.changes,
            note=record.note,
        )
        for record in records_of(query)
    ]


SOURCES = (_visits, _deals, _opportunities, _assessments, _changes)


@guard.customer()
def timeline(actor: Person, customer_id: int, offset: int = 0, limit: int = PAGE) -> TimelinePage:
    """One page of the customer's timeline, newest first (see the module's docstring)."""
    refuse(
        [
            check_id("customer_id", customer_id),
            check_int("offset", offset, 0, 2**31),
            check_int("limit", limit, 1, 1000),
        ]
    )
    if not Customer.select().where(Customer.id == customer_id).exists():
        raise NotFoundError(customer_id)
    wanted = offset + limit + 1
    entries: list[TimelineEntry] = []
    for source in SOURCES:
        entries += source(customer_id, wanted)
    entries.sort(key=sort_key, reverse=True)
    page = entries[offset : offset + limit]
    return TimelinePage(tuple(page), offset, more=len(entries) > offset + limit)


@guard.customer()
def recent_visits(
    actor: Person, customer_id: int, limit: int = 8, now: dt.datetime | None = None
) -> list[VisitEntry]:
    """The customer's visits that have started by `now` (any status), newest first, with
    their results and next actions (the customer profile's list)."""
    refuse([check_id("customer_id", customer_id), check_int("limit", limit, 1, 1000)])
    moment = now or dt.datetime.now()
    entries = _visits(customer_id, limit, Visit.start <= moment)
    return [e for e in entries if isinstance(e, VisitEntry)]
