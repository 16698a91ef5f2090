"""The complaints register (顾客投诉处理登记表; DOMAIN.md §6, issue 13 items 1-2), Qt-free.

**Registering.** `save_complaint` takes a draft naming the field of every bad value: the
customer (one the actor sees), a contact of that customer, when it came in (naive UTC; not
more than a few minutes ahead of now), the channel and the cause (codes of
models/aftersale.py), what happened (required). A new complaint's handler is the actor unless
named, its rep the customer's owner rep, and its deadline the rule's (services/aftersale/
deadline.py: 12 h inside the home region, 24 h outside, settable) unless the draft overrides
it with a due time and the reason for it (both or neither). Edits carry the version read:
a stale save is a ConflictError and writes nothing. Changing the customer or the time
received computes the deadline again (unless overridden).

**Status.** new → in progress → resolved → called back → closed; `set_status` moves one step
on or back (or any step for the office). Reaching resolved (or a later status) the first time
stamps `resolved_at`, never moved afterwards: on time means resolved_at <= due_at. Called back
needs the call-back's date and result; closing stamps `closed_at`.

A rep sees and registers complaints of the customers they see (their own and the pool): the
guards here, and row security on PostgreSQL. Every change is in the audit log.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import peewee as pw

from ...models.aftersale import CALLED_BACK, CLOSED, NEW, OPEN_STATUSES, RESOLVED, Complaint
from ...models.aftersale import CAUSES as CAUSES  # the codes and labels, handed on to screens
from ...models.aftersale import CHANNELS as CHANNELS
from ...models.aftersale import SATISFACTION_LEVELS as SATISFACTION_LEVELS
from ...models.aftersale import STATUSES as STATUSES
from ...models.core import Contact, Customer, User
from ...models.db import tuple_rows, utcnow, write_transaction
from ..common.acting import Person, rule
from ..common.checks import check_reference, refuse
from ..common.errors import FieldError, NotFoundError, PermissionDenied
from ..common.locking import versioned_delete, versioned_update
from ..common.settings import (
    COMPLAINT_DUE_SOON_HOURS,
    COMPLAINT_HOME_REGION,
    COMPLAINT_HOURS,
    HOME_CITY,
    HOME_PROVINCE,
    read_setting,
    write_setting,
)
from ..common.validation import (
    MAX_MONEY,
    check_choice,
    check_id,
    check_int,
    check_moment,
    check_typed_text,
    check_version,
)
from ..office import audit
from ..people.policy import (
    customer_owner,
    guard,
    is_office,
    require_complaints,
    require_customer,
    visible_customers,
)
from . import deadline

STATUS_ORDER = tuple(code for code, _ in STATUSES)
CAUSE_CODES = tuple(code for code, _ in CAUSES)
CHANNEL_CODES = tuple(code for code, _ in CHANNELS)
LEVELS = tuple(score for score, _ in SATISFACTION_LEVELS)
AHEAD = dt.timedelta(minutes=10)  # a clock a little fast is no "received in the future"
MAX_HOURS = 24 * 30
COMPLAINT = audit.Entity.COMPLAINT.value
_ORDER = (
    "customer", "contact", "received_at", "channel", "product", "description", "cause",
    "cause_note", "valid", "handler", "steps", "resolution", "compensation",
    "compensation_amount", "callback_on", "callback_result", "satisfaction_after", "status",
    "due_at", "due_override_reason", "resolved_at", "closed_at",
)  # fmt: skip


@dataclass
class ComplaintDraft:
    """A complaint as the dialog hands it in (`id` None: a new one). Times are naive UTC.
    `due_at` with `due_override_reason` set the deadline by hand; both None/"" keep the rule."""

    customer_id: int
    description: str
    received_at: dt.datetime | None = None  # None: now
    cause: str = "other"
    channel: str = "phone"
    contact_id: int | None = None
    product: str = ""
    cause_note: str = ""
    valid: bool | None = None
    handler_id: int | None = None
    steps: str = ""
    resolution: str = ""
    compensation: str = ""
    compensation_amount: Decimal = Decimal(0)
    callback_on: dt.date | None = None
    callback_result: str = ""
    satisfaction_after: int | None = None
    due_at: dt.datetime | None = None
    due_override_reason: str = ""
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class ComplaintRecord:
    """A stored complaint with the names the screens show and its clock at `now`."""

    id: int
    version: int
    customer_id: int
    customer_name: str
    contact_id: int | None
    contact_name: str
    received_at: dt.datetime
    channel: str
    product: str
    description: str
    cause: str
    cause_note: str
    valid: bool | None
    handler_id: int | None
    handler_name: str
    rep_id: int | None
    rep_name: str
    steps: str
    resolution: str
    compensation: str
    compensation_amount: Decimal
    callback_on: dt.date | None
    callback_result: str
    satisfaction_after: int | None
    status: str
    outside_region: bool
    due_at: dt.datetime
    due_override_reason: str
    resolved_at: dt.datetime | None
    closed_at: dt.datetime | None
    has_letter: bool
    clock: deadline.Clock

    def draft(self) -> ComplaintDraft:
        """The draft an edit starts from."""
        return ComplaintDraft(
            id=self.id, version=self.version, customer_id=self.customer_id,
            description=self.description, received_at=self.received_at, cause=self.cause,
            channel=self.channel, contact_id=self.contact_id, product=self.product,
            cause_note=self.cause_note, valid=self.valid, handler_id=self.handler_id,
            steps=self.steps, resolution=self.resolution, compensation=self.compensation,
            compensation_amount=self.compensation_amount, callback_on=self.callback_on,
            callback_result=self.callback_result, satisfaction_after=self.satisfaction_after,
            due_at=self.due_at if self.due_override_reason else None,
            due_override_reason=self.due_override_reason,
        )  # fmt: skip

    def clock_at(self, now: dt.datetime, soon_hours: int) -> deadline.Clock:
        """The clock at another moment (the list's live column, no query)."""
        return deadline.clock(self.due_at, self.resolved_at, now, soon_hours)


@dataclass(frozen=True)
class ComplaintFilter:
    """Which complaints a list shows: `which` all | open | late; a rep (the office's
    choice; a rep always sees their own customers'), a handler, text in the customer's name,
    the product or what happened, received within [received_from, received_to) (UTC)."""

    which: str = "all"
    rep_id: int | None = None
    handler_id: int | None = None
    text: str = ""
    received_from: dt.datetime | None = None
    received_to: dt.datetime | None = None
    limit: int = 2000


@dataclass(frozen=True)
class DeadlineSettings:
    inside_hours: int
    outside_hours: int
    home_region: tuple[str, ...]  # as the office listed them ("" : none listed)
    soon_hours: int
    regions_in_force: tuple[str, ...] = field(default=())  # the keys that count as home


# ---------------------------------------------------------------- settings


def _hours() -> tuple[int, int]:
    stored = {**COMPLAINT_HOURS.default, **read_setting(COMPLAINT_HOURS)}
    return int(stored["inside"]), int(stored["outside"])


def _home() -> frozenset[str]:
    return deadline.home_region(
        read_setting(COMPLAINT_HOME_REGION),
        str(read_setting(HOME_PROVINCE)),
        str(read_setting(HOME_CITY)),
    )


@guard.anyone
def deadline_settings(actor: Person) -> DeadlineSettings:
    """The office's complaint hours, home region and "due soon" hours."""
    inside, outside = _hours()
    return DeadlineSettings(
        inside_hours=inside,
        outside_hours=outside,
        home_region=tuple(read_setting(COMPLAINT_HOME_REGION)),
        soon_hours=int(read_setting(COMPLAINT_DUE_SOON_HOURS)),
        regions_in_force=tuple(sorted(_home())),
    )


@guard.office
def set_deadline_settings(
    actor: Person,
    inside_hours: int,
    outside_hours: int,
    home_region: Sequence[str],
    soon_hours: int,
) -> DeadlineSettings:
    """Store the office's hours (1-720 each), home region (names of provinces or cities) and
    due-soon hours (0-720). Complaints registered before keep their deadline."""
    errors: list[FieldError | None] = [
        check_int("inside_hours", inside_hours, 1, MAX_HOURS),
        check_int("outside_hours", outside_hours, 1, MAX_HOURS),
        check_int("soon_hours", soon_hours, 0, MAX_HOURS),
    ]
    if isinstance(home_region, (str, bytes)) or not isinstance(home_region, (list, tuple)):
        errors.append(FieldError("home_region", "type", {"value": type(home_region).__name__}))
        names: list[str] = []
    else:
        errors += [
            check_typed_text(f"home_region.{i}", name, 60, False)
            for i, name in enumerate(home_region)
        ]
        names = [str(n).strip() for n in home_region if isinstance(n, str) and n.strip()]
    refuse(errors)
    with write_transaction():
        write_setting(COMPLAINT_HOURS, {"inside": inside_hours, "outside": outside_hours})
        write_setting(COMPLAINT_HOME_REGION, names)
        write_setting(COMPLAINT_DUE_SOON_HOURS, soon_hours)
    return deadline_settings(actor)


# ---------------------------------------------------------------- reading


def _record_query() -> Any:
    handler = User.alias("handler")
    rep = User.alias("rep")
    return (
        Complaint.select(
            *[f for f in Complaint._meta.sorted_fields if f.name != "letter_pdf"],
            Customer.name.alias("customer_name"),
            Contact.name.alias("contact_name"),
            handler.name.alias("handler_name"),
            rep.name.alias("rep_name"),
            Complaint.letter_parts.alias("letter_text"),
        )
        .join(Customer, on=Complaint.customer == Customer.id)
        .switch(Complaint)
        .join(Contact, pw.JOIN.LEFT_OUTER, on=Complaint.contact == Contact.id)
        .switch(Complaint)
        .join(handler, pw.JOIN.LEFT_OUTER, on=Complaint.handler == handler.id)
        .switch(Complaint)
        .join(rep, pw.JOIN.LEFT_OUTER, on=Complaint.rep == rep.id)
    )


def _as_record(row: Any, now: dt.datetime, soon_hours: int) -> ComplaintRecord:
    def optional_id(value: Any) -> int | None:
        return None if value is None else int(value)

    return ComplaintRecord(
        id=int(row.id),
        version=int(row.version),
        customer_id=int(row.customer_id),
        customer_name=str(row.customer_name or ""),
        contact_id=optional_id(row.contact_id),
        contact_name=str(getattr(row, "contact_name", "") or ""),
        received_at=row.received_at,
        channel=str(row.channel),
        product=str(row.product),
        description=str(row.description),
        cause=str(row.cause),
        cause_note=str(row.cause_note),
        valid=row.valid,
        handler_id=optional_id(row.handler_id),
        handler_name=str(getattr(row, "handler_name", "") or ""),
        rep_id=optional_id(row.rep_id),
        rep_name=str(getattr(row, "rep_name", "") or ""),
        steps=str(row.steps),
        resolution=str(row.resolution),
        compensation=str(row.compensation),
        compensation_amount=Decimal(row.compensation_amount or 0),
        callback_on=row.callback_on,
        callback_result=str(row.callback_result),
        satisfaction_after=optional_id(row.satisfaction_after),
        status=str(row.status),
        outside_region=bool(row.outside_region),
        due_at=row.due_at,
        due_override_reason=str(row.due_override_reason),
        resolved_at=row.resolved_at,
        closed_at=row.closed_at,
        has_letter=bool(row.letter_text),
        clock=deadline.clock(row.due_at, row.resolved_at, now, soon_hours),
    )


def _soon() -> int:
    return int(read_setting(COMPLAINT_DUE_SOON_HOURS))


def _load(complaint_id: int, now: dt.datetime | None = None) -> ComplaintRecord:
    row = _record_query().where(Complaint.id == complaint_id).objects().first()
    if row is None:
        raise NotFoundError(f"complaint {complaint_id}")
    return _as_record(row, now or utcnow(), _soon())


@guard.complaint()
def load_complaint(
    actor: Person, complaint_id: int, now: dt.datetime | None = None
) -> ComplaintRecord:
    """One complaint with its clock at `now` (default: now); NotFoundError when none."""
    refuse([check_id("complaint_id", complaint_id)])
    return _load(complaint_id, now)


@guard.scoped
def complaint_exists(actor: Person, complaint_id: int) -> bool:
    """Whether a complaint of that id exists among those the actor sees."""
    if check_id("complaint_id", complaint_id) is not None:
        return False
    query = (
        Complaint.select(Complaint.id)
        .join(Customer, on=Complaint.customer == Customer.id)
        .where(Complaint.id == complaint_id, visible_customers(actor))
    )
    return query.exists()


@guard.scoped
def find_complaints(
    actor: Person, which: ComplaintFilter | None = None, now: dt.datetime | None = None
) -> list[ComplaintRecord]:
    """The complaints of the customers the actor sees (none in the trash), filtered: open
    ones first, soonest due first; then the settled ones, newest first."""
    which = which or ComplaintFilter()
    refuse([check_choice("which", which.which, ("all", "open", "late"))])
    now = now or utcnow()
    query = _record_query().where(visible_customers(actor), Customer.deleted_at.is_null(True))
    if which.which in ("open", "late"):
        query = query.where(Complaint.status.in_(OPEN_STATUSES))
    if which.which == "late":
        query = query.where(Complaint.due_at < now)
    if which.rep_id is not None:
        query = query.where(Complaint.rep == which.rep_id)
    if which.handler_id is not None:
        query = query.where(Complaint.handler == which.handler_id)
    text = which.text.strip() if isinstance(which.text, str) else ""
    if text:
        query = query.where(
            Customer.name.contains(text)
            | Complaint.product.contains(text)
            | Complaint.description.contains(text)
            | Customer.company.contains(text)
            | (Complaint.id == (int(text) if text.isdigit() and len(text) < 18 else -1))
        )
    if which.received_from is not None:
        query = query.where(Complaint.received_at >= which.received_from)
    if which.received_to is not None:
        query = query.where(Complaint.received_at < which.received_to)
    open_first = pw.Case(None, [(Complaint.status.in_(OPEN_STATUSES), 0)], 1)
    query = query.order_by(open_first, Complaint.due_at, Complaint.received_at.desc())
    soon = _soon()
    rows = [_as_record(r, now, soon) for r in query.limit(max(1, which.limit)).objects()]
    opened = [r for r in rows if r.status in OPEN_STATUSES]
    settled = sorted(
        (r for r in rows if r.status not in OPEN_STATUSES),
        key=lambda r: r.received_at,
        reverse=True,
    )
    return opened + settled


# ---------------------------------------------------------------- writing


def _check_draft(draft: ComplaintDraft, now: dt.datetime) -> list[FieldError | None]:
    errors: list[FieldError | None] = [
        check_id("customer_id", draft.customer_id),
        check_id("contact_id", draft.contact_id, required=False),
        check_id("handler_id", draft.handler_id, required=False),
        check_version("version", draft.version),
        check_typed_text("description", draft.description, 4000, True, required=True),
        check_choice("cause", draft.cause, CAUSE_CODES),
        check_choice("channel", draft.channel, CHANNEL_CODES),
        check_typed_text("product", draft.product, 200, False),
        check_typed_text("cause_note", draft.cause_note, 300, False),
        check_typed_text("steps", draft.steps, 4000, True),
        check_typed_text("resolution", draft.resolution, 4000, True),
        check_typed_text("compensation", draft.compensation, 2000, True),
        check_typed_text("callback_result", draft.callback_result, 2000, True),
        check_typed_text("due_override_reason", draft.due_override_reason, 300, False),
    ]
    if draft.valid is not None and not isinstance(draft.valid, bool):
        errors.append(FieldError("valid", "type", {"value": type(draft.valid).__name__}))
    if draft.received_at is not None:
        errors.append(check_moment("received_at", draft.received_at))
        if isinstance(draft.received_at, dt.datetime) and draft.received_at > now + AHEAD:
            errors.append(FieldError("received_at", "future"))
    if draft.callback_on is not None and (
        isinstance(draft.callback_on, dt.datetime) or not isinstance(draft.callback_on, dt.date)
    ):
        errors.append(FieldError("callback_on", "date"))
    if draft.satisfaction_after is not None and draft.satisfaction_after not in LEVELS:
        errors.append(
            FieldError("satisfaction_after", "choice", {"value": draft.satisfaction_after})
        )
    amount = draft.compensation_amount
    if isinstance(amount, bool) or not isinstance(amount, (Decimal, int)):
        errors.append(FieldError("compensation_amount", "money"))
    elif not Decimal(0) <= Decimal(amount) <= MAX_MONEY:
        errors.append(
            FieldError("compensation_amount", "range", {"low": 0, "high": str(MAX_MONEY)})
        )
    reason = draft.due_override_reason.strip() if isinstance(draft.due_override_reason, str) else ""
    if draft.due_at is not None:
        errors.append(check_moment("due_at", draft.due_at))
        if not reason:
            errors.append(FieldError("due_override_reason", "required"))
        received = draft.received_at or now
        if isinstance(draft.due_at, dt.datetime) and isinstance(received, dt.datetime):
            if draft.due_at <= received:
                errors.append(FieldError("due_at", "before_received"))
    elif reason:
        errors.append(FieldError("due_at", "required"))
    return errors


def _customer_place(customer_id: int) -> tuple[str, str] | None:
    query = Customer.select(Customer.province, Customer.city).where(
        Customer.id == customer_id, Customer.deleted_at.is_null(True)
    )
    row = next(iter(tuple_rows(query)), None)
    return None if row is None else (str(row[0] or ""), str(row[1] or ""))


@rule
def rule_due(received_at: dt.datetime, outside: bool, hours: tuple[int, int]) -> dt.datetime:
    """The deadline by the office's rule (inside, outside hours)."""
    return deadline.due_at(received_at, outside, hours[0], hours[1])


@guard.scoped
def save_complaint(
    actor: Person, draft: ComplaintDraft, now: dt.datetime | None = None
) -> ComplaintRecord:
    """Validate and store a complaint, new or changed at `draft.version` (see the module's
    text). The customer must be one the actor sees."""
    now = now or utcnow()
    refuse(_check_draft(draft, now))
    place = _customer_place(draft.customer_id)
    if place is None:
        refuse([FieldError("customer_id", "not_found", {"value": draft.customer_id})])
    assert place is not None
    require_customer(actor, draft.customer_id)
    if draft.id is not None:
        refuse([check_reference("id", Complaint, draft.id)])
        require_complaints(actor, [draft.id])
    if draft.contact_id is not None:
        owner = Contact.select(Contact.customer).where(Contact.id == draft.contact_id).scalar()
        if owner != draft.customer_id:
            refuse([FieldError("contact_id", "not_found", {"value": draft.contact_id})])
    handler = draft.handler_id if draft.handler_id is not None else actor.id
    refuse([check_reference("handler_id", User, handler)])
    received = draft.received_at or now
    outside = deadline.is_outside(place[0], place[1], _home())
    reason = draft.due_override_reason.strip()
    due = draft.due_at if draft.due_at is not None else rule_due(received, outside, _hours())
    values: dict[str, Any] = {
        "customer": draft.customer_id,
        "contact": draft.contact_id,
        "received_at": received,
        "channel": draft.channel,
        "product": draft.product.strip(),
        "description": draft.description.strip(),
        "cause": draft.cause,
        "cause_note": draft.cause_note.strip(),
        "valid": draft.valid,
        "handler": handler,
        "steps": draft.steps.strip(),
        "resolution": draft.resolution.strip(),
        "compensation": draft.compensation.strip(),
        "compensation_amount": Decimal(draft.compensation_amount),
        "callback_on": draft.callback_on,
        "callback_result": draft.callback_result.strip(),
        "satisfaction_after": draft.satisfaction_after,
        "outside_region": outside,
        "due_at": due,
        "due_override_reason": reason if draft.due_at is not None else "",
    }
    with write_transaction():
        if draft.id is None:
            values["rep"] = customer_owner(draft.customer_id)
            values["created_by"] = actor.id
            values["status"] = NEW
            created = Complaint.create(**values, created_at=now, updated_at=now)
            complaint_id = int(created.id)
            audit.record_created(
                actor, COMPLAINT, Complaint, complaint_id, _ORDER, draft.customer_id
            )
        else:
            complaint_id = draft.id
            before = audit.snapshot(Complaint, complaint_id, _ORDER)
            versioned_update(Complaint, "complaint", complaint_id, draft.version, values, now=now)
            audit.record_change(
                actor, audit.Action.CHANGE, COMPLAINT, Complaint, complaint_id, before,
                order=_ORDER,
            )  # fmt: skip
    return _load(complaint_id, now)


@rule
def next_status(status: str) -> str | None:
    """The status after `status` (None after closed)."""
    index = STATUS_ORDER.index(status) if status in STATUS_ORDER else 0
    return STATUS_ORDER[index + 1] if index + 1 < len(STATUS_ORDER) else None


@rule
def status_errors(
    current: str, wanted: str, office: bool, callback_on: dt.date | None, callback_result: str
) -> list[FieldError]:
    """Why a complaint may not move from `current` to `wanted` ([] when it may)."""
    if wanted not in STATUS_ORDER:
        return [FieldError("status", "choice", {"value": wanted})]
    step = STATUS_ORDER.index(wanted) - STATUS_ORDER.index(current)
    if not office and abs(step) > 1:
        return [FieldError("status", "invalid", {"value": wanted})]
    reached = STATUS_ORDER.index(wanted) >= STATUS_ORDER.index(CALLED_BACK)
    if reached and (callback_on is None or not callback_result.strip()):
        return [FieldError("callback_on" if callback_on is None else "callback_result", "required")]
    return []


@guard.complaint()
def set_status(
    actor: Person,
    complaint_id: int,
    status: str,
    version: int | None,
    now: dt.datetime | None = None,
) -> ComplaintRecord:
    """Move a complaint to `status` (one step on or back; the office any step). The first
    time it reaches resolved or later stamps resolved_at; closed stamps closed_at."""
    refuse([check_id("complaint_id", complaint_id), check_version("version", version)])
    now = now or utcnow()
    current = _load(complaint_id, now)
    refuse(
        status_errors(
            current.status, status, is_office(actor), current.callback_on, current.callback_result
        )
    )
    values: dict[str, Any] = {"status": status}
    if STATUS_ORDER.index(status) >= STATUS_ORDER.index(RESOLVED) and current.resolved_at is None:
        values["resolved_at"] = now
    values["closed_at"] = now if status == CLOSED else None
    with write_transaction():
        before = audit.snapshot(Complaint, complaint_id, _ORDER)
        versioned_update(Complaint, "complaint", complaint_id, version, values, now=now)
        audit.record_change(
            actor, audit.Action.CHANGE, COMPLAINT, Complaint, complaint_id, before, order=_ORDER
        )
    return _load(complaint_id, now)


@guard.complaint()
def delete_complaint(actor: Person, complaint_id: int, version: int) -> None:
    """Delete a complaint registered by mistake: the office any, anyone else only one they
    registered that is still new."""
    refuse([check_id("complaint_id", complaint_id), check_int("version", version, 0, 2**62)])
    row = Complaint.get_or_none(Complaint.id == complaint_id)
    if row is None:
        raise NotFoundError(f"complaint {complaint_id}")
    if not is_office(actor) and (row.created_by_id != actor.id or row.status != NEW):
        raise PermissionDenied(actor.name, actor.role, "delete a complaint someone works on")
    with write_transaction():
        before = audit.snapshot(Complaint, complaint_id, _ORDER)
        versioned_delete(Complaint, "complaint", complaint_id, version)
        audit.record_deleted(actor, COMPLAINT, complaint_id, before, int(row.customer_id))
