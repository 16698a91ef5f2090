"""Reassignment and the shared pool (公海): who owns a customer, and what moves with it.

- A customer's *planned visits* are its visits still planned from now on; they belong to its
  owner, so a reassigned customer's planned visits go to the new rep (whoever planned them).
  Past planned visits (not yet written up) and done ones stay with the rep who had them.
- Its *open follow-ups* are the next actions of its done visits not yet planned as a visit,
  and the next action on its file; they go with the customer: `plan_next_visit` plans them
  for the customer's owner, and the suggestions list them under the owner.
- A customer moved to the pool keeps its planned visits with the rep who planned them (the
  pool is visible to every rep); whoever claims it takes them over.
- The idle clock of the auto-return starts at the customer's last done visit, its last deal,
  or the moment its owner took it (reassignment, hand-over, claim; models/pool.OwnerSince),
  whichever is latest. Off by default (`pool.return_days` 0).

Who may: the office (owner, clerk) reassigns anyone's customers and runs the auto-return; a
rep may not reassign, but claims pool customers and releases their own to the pool
(services/people/policy.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import peewee as pw

from ...i18n import QT_TRANSLATE_NOOP
from ...models.core import Customer, Deal, User
from ...models.db import tuple_rows, utcnow, write_transaction
from ...models.pool import OwnerSince
from ...models.visits import Visit
from ..common.acting import Person, internal
from ..common.checks import check_reference_list, refuse
from ..common.errors import FieldError, NotFoundError, PermissionDenied
from ..common.settings import POOL_NOTICE_DAYS, POOL_RETURN_DAYS, read_setting, write_setting
from ..common.validation import check_id
from ..office.audit import Action, Change, Entity, named_references, record_many
from ..people.policy import guard, is_office
from ..visits.status import VisitStatus

AUTO_RETURN_NOTE = QT_TRANSLATE_NOOP("Audit", "Auto-return to the shared pool")  # the log's note
RETURN_DAYS_RANGE = (0, 3650)
NOTICE_DAYS_RANGE = (0, 365)
_CHUNK = 500


@dataclass(frozen=True)
class MoveCounts:
    """What a reassignment, release or claim moved (or would move)."""

    customers: int
    visits: int  # planned visits from now on that changed rep
    follow_ups: int  # open next actions of done visits, now the new owner's to plan


@dataclass(frozen=True)
class IdleCustomer:
    id: int
    name: str
    company: str
    rep_id: int
    rep_name: str
    last_activity: dt.date
    returns_on: dt.date


@dataclass(frozen=True)
class PoolSettings:
    return_days: int  # 0: customers never return to the pool on their own
    notice_days: int


class AlreadyOwned(PermissionDenied):
    """The customer has an owner (someone claimed it first); nothing was changed."""

    def __init__(self, actor: Person, customer_name: str, owner_name: str) -> None:
        super().__init__(
            actor.name, actor.role, f"claim “{customer_name}”: it belongs to {owner_name}"
        )
        self.customer_name = customer_name
        self.owner_name = owner_name


# ---------------------------------------------------------------- building blocks


def _ids(values: object) -> list[int]:
    ids, errors = check_reference_list("customer_ids", Customer, values)
    refuse(errors)
    return ids


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


@internal
def check_move_target(to_rep_id: object) -> None:
    """`to_rep_id` is an active member (None: the pool); ValidationFailed naming it."""
    if to_rep_id is None:
        return
    refuse([check_id("to_rep_id", to_rep_id)])
    user = User.get_or_none(User.id == to_rep_id)
    if user is None:
        refuse([FieldError("to_rep_id", "not_found", {"value": to_rep_id})])
    elif not user.active:
        refuse([FieldError("to_rep_id", "inactive", {"value": str(user.name)})])


def _planned_from(ids: list[int], now: dt.datetime) -> pw.Expression:
    return (
        Visit.customer.in_(ids) & (Visit.status == VisitStatus.PLANNED.value) & (Visit.start >= now)
    )


def _open_follow_ups(ids: list[int]) -> pw.Expression:
    return (
        Visit.customer.in_(ids)
        & (Visit.status == VisitStatus.DONE.value)
        & (Visit.next_action != "")
        & (pw.fn.COALESCE(Visit.next_visit, 0) == 0)
    )


def _count(ids: list[int], now: dt.datetime, to_rep_id: int | None) -> MoveCounts:
    visits = follow_ups = 0
    for chunk in _chunks(ids):
        if to_rep_id is not None:
            planned = _planned_from(chunk, now) & (Visit.rep != to_rep_id)
            visits += Visit.select().where(planned).count()
        follow_ups += Visit.select().where(_open_follow_ups(chunk)).count()
    return MoveCounts(len(ids), visits, follow_ups)


@internal
def mark_owner_since(customer_ids: list[int], when: dt.datetime) -> None:
    """Start the idle clock of customers that just got an owner (inside the caller's
    transaction)."""
    for chunk in _chunks(sorted(set(customer_ids))):
        OwnerSince.insert_many(
            [{"customer": cid, "since": when, "updated_at": when} for cid in chunk]
        ).on_conflict(
            conflict_target=[OwnerSince.customer],
            preserve=[OwnerSince.since, OwnerSince.updated_at],
        ).execute()


def _record_owner_changes(
    actor: Person, action: str, changes: list[tuple[int, int | None, int | None]], note: str = ""
) -> None:
    """One audit entry per customer whose owner changed: (customer, before, after)."""
    people = named_references(
        [Change("owner_rep", str(b or ""), str(a or "")) for _, b, a in changes]
    )
    record_many(
        actor,
        [
            (action, Entity.CUSTOMER, cid, cid, [change], note)
            for (cid, _, _), change in zip(changes, people, strict=True)
        ],
    )


@internal
def move_customers(
    actor: Person, customer_ids: list[int], to_rep_id: int | None, now: dt.datetime
) -> MoveCounts:
    """Give the customers the owner `to_rep_id` (None: the pool), with their planned visits
    from `now` on, inside the caller's transaction, each change in the audit log. Customers
    already there are not counted."""
    stamp = utcnow()
    moved: list[int] = []
    visits = follow_ups = 0
    for chunk in _chunks(customer_ids):
        owner = (
            Customer.owner_rep.is_null(False)
            if to_rep_id is None
            else (Customer.owner_rep.is_null(True) | (Customer.owner_rep != to_rep_id))
        )
        before = {
            int(i): (None if o is None else int(o))
            for i, o in tuple_rows(
                Customer.select(Customer.id, Customer.owner_rep).where(
                    Customer.id.in_(chunk), owner
                )
            )
        }
        changing = list(before)
        if not changing:
            continue
        _record_owner_changes(
            actor, Action.REASSIGN, [(cid, before[cid], to_rep_id) for cid in changing]
        )
        Customer.update(owner_rep=to_rep_id, updated_at=stamp, version=Customer.version + 1).where(
            Customer.id.in_(changing)
        ).execute()
        moved += changing
        follow_ups += Visit.select().where(_open_follow_ups(changing)).count()
        if to_rep_id is not None:
            visits += int(
                Visit.update(rep=to_rep_id, updated_at=stamp, version=Visit.version + 1)
                .where(_planned_from(changing, now), Visit.rep != to_rep_id)
                .execute()
            )
    if to_rep_id is not None:  # a pool customer's row stays: only owned ones are idle
        mark_owner_since(moved, stamp)
    return MoveCounts(len(moved), visits, follow_ups)


# ---------------------------------------------------------------- reassign, release, claim


@guard.customer("customer_ids")
def reassign_preview(
    actor: Person,
    customer_ids: list[int],
    to_rep_id: int | None,
    now: dt.datetime | None = None,
) -> MoveCounts:
    """What `reassign_selected` would move (for its confirmation), changing nothing."""
    ids = _ids(customer_ids)
    return _count(ids, now or dt.datetime.now(), to_rep_id)


@guard.office
def reassign_selected(
    actor: Person,
    customer_ids: list[int],
    to_rep_id: int | None,
    now: dt.datetime | None = None,
) -> MoveCounts:
    """Give the customers to `to_rep_id` (None: the shared pool) with their planned visits
    from `now` on, in one transaction; see the module's text for what moves.

    Every id must be a customer's (`customer_ids.N`); the target must be an active member
    (`to_rep_id`: not_found, inactive). Refused before anything is written.
    """
    ids = _ids(customer_ids)
    check_move_target(to_rep_id)
    with write_transaction():
        return move_customers(actor, ids, to_rep_id, now or dt.datetime.now())


@guard.customer("customer_ids")
def release_to_pool(actor: Person, customer_ids: list[int]) -> MoveCounts:
    """Move customers to the shared pool: the office any, a rep only their own (PermissionDenied
    otherwise, nothing written; the rule is policy.may_release, checked here in SQL). Their
    planned visits stay with the rep who planned them."""
    ids = _ids(customer_ids)
    if not is_office(actor):
        for chunk in _chunks(ids):
            others = Customer.select(Customer.id).where(
                Customer.id.in_(chunk), Customer.owner_rep != actor.id
            )
            if others.exists():
                raise PermissionDenied(
                    actor.name, actor.role, "move another rep's customer to the pool"
                )
    with write_transaction():
        return move_customers(actor, ids, None, dt.datetime.now())


@guard.scoped
def claim_customer(actor: Person, customer_id: int, now: dt.datetime | None = None) -> MoveCounts:
    """Take a customer from the shared pool, with its planned visits from `now` on.

    One conditional update (`… WHERE owner_rep IS NULL`): of two people claiming at once one
    wins; the other, and anyone claiming a customer that has an owner, gets AlreadyOwned
    naming who has it. A customer in the trash or missing: NotFoundError.
    """
    refuse([check_id("customer_id", customer_id)])
    stamp = utcnow()
    with write_transaction():
        taken = (
            Customer.update(owner_rep=actor.id, updated_at=stamp, version=Customer.version + 1)
            .where(
                Customer.id == customer_id,
                Customer.owner_rep.is_null(True),
                Customer.deleted_at.is_null(True),
            )
            .execute()
        )
        if taken:
            visits = int(
                Visit.update(rep=actor.id, updated_at=stamp, version=Visit.version + 1)
                .where(_planned_from([customer_id], now or dt.datetime.now()))
                .where(Visit.rep != actor.id)
                .execute()
            )
            follow_ups = Visit.select().where(_open_follow_ups([customer_id])).count()
            mark_owner_since([customer_id], stamp)
            _record_owner_changes(actor, Action.CLAIM, [(customer_id, None, actor.id)])
            return MoveCounts(1, visits, follow_ups)
    row = (
        Customer.select(Customer.name, Customer.deleted_at, User.name)
        .join(User, pw.JOIN.LEFT_OUTER, on=(Customer.owner_rep == User.id))
        .where(Customer.id == customer_id)
        .tuples()
        .first()
    )
    if row is None or row[1] is not None:
        raise NotFoundError(f"customer {customer_id}")
    raise AlreadyOwned(actor, str(row[0]), str(row[2] or "?"))


@guard.office
def set_manual_tier_for(actor: Person, customer_ids: list[int], tier: str, reason: str = "") -> int:
    """Set one tier by hand on every customer named ("" clears it: the computed tier counts
    again), in one transaction; a tier set by hand wins (analysis/tiers.effective_tier)."""
    ids = _ids(customer_ids)
    from ..analysis.bulk import ManualTier, set_manual_tiers  # it imports the customers package

    set_manual_tiers(actor, [ManualTier(cid, tier, reason) for cid in ids])
    return len(ids)


# ---------------------------------------------------------------- auto-return


@guard.anyone
def pool_settings(actor: Person) -> PoolSettings:
    return PoolSettings(int(read_setting(POOL_RETURN_DAYS)), int(read_setting(POOL_NOTICE_DAYS)))


@guard.office
def set_pool_settings(actor: Person, return_days: int, notice_days: int) -> PoolSettings:
    """Store the auto-return days (0: off) and the notice days (ValidationFailed, range)."""
    errors = []
    for name, value, (low, high) in (
        ("return_days", return_days, RETURN_DAYS_RANGE),
        ("notice_days", notice_days, NOTICE_DAYS_RANGE),
    ):
        if isinstance(value, bool) or not isinstance(value, int):
            errors.append(FieldError(name, "type", {"value": type(value).__name__}))
        elif not low <= value <= high:
            errors.append(FieldError(name, "range", {"value": value, "low": low, "high": high}))
    refuse(errors)
    write_setting(POOL_RETURN_DAYS, return_days)
    write_setting(POOL_NOTICE_DAYS, notice_days)
    return pool_settings(actor)


def _idle_by(actor: Person, day: dt.date, days: int) -> list[IdleCustomer]:
    """Owned customers (the actor's own for a rep) idle for `days` days on `day`: no done
    visit, deal or change of owner after `day - days`, and made before it."""
    first_active = day - dt.timedelta(days=days - 1)  # activity on or after it counts
    since = dt.datetime.combine(first_active, dt.time())
    visited = Visit.select(pw.SQL("1")).where(
        Visit.customer == Customer.id,
        Visit.status == VisitStatus.DONE.value,
        Visit.start >= since,
    )
    dealt = Deal.select(pw.SQL("1")).where(Deal.customer == Customer.id, Deal.date >= first_active)
    taken = OwnerSince.select(pw.SQL("1")).where(
        OwnerSince.customer == Customer.id, OwnerSince.since >= since
    )
    query = (
        Customer.select(Customer.id, Customer.name, Customer.company, User.id, User.name)
        .join(User, on=(Customer.owner_rep == User.id))
        .where(
            Customer.deleted_at.is_null(True),
            Customer.created_at < since,
            ~pw.fn.EXISTS(visited),
            ~pw.fn.EXISTS(dealt),
            ~pw.fn.EXISTS(taken),
        )
    )
    if not is_office(actor):
        query = query.where(Customer.owner_rep == actor.id)
    rows = list(query.order_by(User.name, Customer.name, Customer.id).tuples())
    last = _last_activity([int(r[0]) for r in rows])
    return [
        IdleCustomer(
            id=int(cid),
            name=str(name),
            company=str(company),
            rep_id=int(rep_id),
            rep_name=str(rep_name),
            last_activity=last[int(cid)],
            returns_on=last[int(cid)] + dt.timedelta(days=days),
        )
        for cid, name, company, rep_id, rep_name in rows
    ]


def _as_day(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.datetime.fromisoformat(str(value)).date()


def _last_activity(ids: list[int]) -> dict[int, dt.date]:
    """Customer id → the day its idle clock started (see the module's text)."""
    last: dict[int, dt.date] = {}

    def later(cid: int, value: object) -> None:
        if value is not None:
            day = _as_day(value)
            if day > last.get(int(cid), dt.date.min):
                last[int(cid)] = day

    for chunk in _chunks(ids):
        for cid, made in tuple_rows(
            Customer.select(Customer.id, Customer.created_at).where(Customer.id.in_(chunk))
        ):
            later(cid, made)
        done = Visit.select(Visit.customer, pw.fn.MAX(Visit.start)).where(
            Visit.customer.in_(chunk), Visit.status == VisitStatus.DONE.value
        )
        for cid, value in tuple_rows(done.group_by(Visit.customer)):
            later(cid, value)
        deals = Deal.select(Deal.customer, pw.fn.MAX(Deal.date)).where(Deal.customer.in_(chunk))
        for cid, value in tuple_rows(deals.group_by(Deal.customer)):
            later(cid, value)
        owned = OwnerSince.select(OwnerSince.customer, OwnerSince.since)
        for cid, value in tuple_rows(owned.where(OwnerSince.customer.in_(chunk))):
            later(cid, value)
    return last


@guard.scoped
def idle_customers(actor: Person, today: dt.date) -> list[IdleCustomer]:
    """The customers that return to the pool within the notice days (or are due now), with
    the day each returns: a rep's own, every rep's for the office. Empty when the
    auto-return is off."""
    settings = pool_settings(actor)
    if settings.return_days <= 0:
        return []
    horizon = today + dt.timedelta(days=settings.notice_days)
    return _idle_by(actor, horizon, settings.return_days)


@guard.office
def return_idle_to_pool(actor: Person, today: dt.date) -> list[IdleCustomer]:
    """Move the customers idle for `pool.return_days` days to the pool in one transaction and
    say which moved (nothing when the auto-return is off). A customer whose owner changed
    meanwhile stays where it is."""
    days = pool_settings(actor).return_days
    if days <= 0:
        return []
    moved: list[IdleCustomer] = []
    with write_transaction():
        by_rep: dict[int, list[IdleCustomer]] = {}
        for customer in _idle_by(actor, today, days):
            by_rep.setdefault(customer.rep_id, []).append(customer)
        stamp = utcnow()
        for rep_id, customers in by_rep.items():
            for start in range(0, len(customers), _CHUNK):
                part = {c.id: c for c in customers[start : start + _CHUNK]}
                Customer.update(
                    owner_rep=None, updated_at=stamp, version=Customer.version + 1
                ).where(Customer.id.in_(list(part)), Customer.owner_rep == rep_id).execute()
                pooled = Customer.select(Customer.id).where(
                    Customer.id.in_(list(part)), Customer.owner_rep.is_null(True)
                )
                returned = [part[int(i)] for (i,) in tuple_rows(pooled)]
                _record_owner_changes(
                    actor,
                    Action.REASSIGN,
                    [(c.id, rep_id, None) for c in returned],
                    AUTO_RETURN_NOTE,
                )
                moved += returned
    return moved
