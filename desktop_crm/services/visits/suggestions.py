"""Who to visit next: overdue next actions, key customers not seen, dormant customers."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

import peewee as pw

from ...models.core import Customer, Deal
from ...models.db import tuple_rows
from ...models.visits import Visit
from ..analysis.key_customers import key_customer_sql
from ..common.acting import Person
from ..people.policy import guard
from .status import VisitStatus

# ---------------------------------------------------------------- who to visit next


@dataclass(frozen=True)
class Suggestion:
    """A customer to visit next, with why: overdue (next action due), key_unseen, dormant."""

    customer_id: int
    name: str
    company: str
    reason: str
    since: dt.date | None  # the due date, or the last contact
    detail: str = ""


def _done_visit(since: dt.datetime | None = None) -> pw.ModelSelect[Visit]:
    """Done visits of the outer query's customer (correlated; the (customer, start) index)."""
    v = Visit.alias("dv")
    query = v.select(pw.SQL("1")).where(v.customer == Customer.id, v.status == VisitStatus.DONE)
    return query.where(v.start >= since) if since is not None else query


def _last_done_visit() -> pw.ModelSelect[Visit]:
    v = Visit.alias("lv")
    return v.select(pw.fn.MAX(v.start)).where(
        v.customer == Customer.id, v.status == VisitStatus.DONE
    )


@dataclass(frozen=True)
class DaySpan:
    """A number of days the user may set, with its default and its bounds."""

    default: int
    low: int
    high: int


KEY_UNSEEN_DAYS = DaySpan(30, 7, 365)  # key customers not seen for this long
DORMANT_DAYS = DaySpan(180, 30, 1000)  # customers without a visit or deal for this long


@guard.rep()
def customers_to_visit(
    actor: Person,
    today: dt.date,
    rep_id: int | None = None,
    *,
    key_days: int = KEY_UNSEEN_DAYS.default,
    dormant_days: int = DORMANT_DAYS.default,
    limit: int = 25,
) -> list[Suggestion]:
    """Overdue next actions first, then key customers not seen for `key_days`, then dormant
    customers (no done visit and no deal for `dormant_days`). Customers with a visit already
    planned from today on are left out.

    At most `limit` customers for each of the three reasons. Every test is a correlated EXISTS / MAX over the (customer, start) and deal indexes, so the
    cost follows the number of customers looked at, not the size of the visit table.
    """
    now = dt.datetime.combine(today, dt.time())
    pv = Visit.alias("pv")
    planned = pv.select(pw.SQL("1")).where(
        pv.customer == Customer.id, pv.start >= now, pv.status == VisitStatus.PLANNED
    )
    alive = Customer.deleted_at.is_null() & ~pw.fn.EXISTS(planned)
    if rep_id is not None:
        alive &= Customer.owner_rep == rep_id
    out: list[Suggestion] = []
    seen: set[int] = set()

    per_reason: Counter[str] = Counter()

    def add(cid: int, name: str, company: str, reason: str, since: object, detail: str) -> None:
        if cid in seen or per_reason[reason] >= limit:
            return
        seen.add(cid)
        per_reason[reason] += 1
        out.append(Suggestion(cid, name, company, reason, _as_date(since), detail))

    # 1. next actions that are due: on the customer file or on a done visit not yet followed up
    for cid, name, company, due, action in (
        Customer.select(
            Customer.id,
            Customer.name,
            Customer.company,
            Customer.next_action_on,
            Customer.next_action,
        )
        .where(alive, Customer.next_action != "", Customer.next_action_on <= today)
        .order_by(Customer.next_action_on)
        .limit(limit)
        .tuples()
    ):
        add(cid, name, company, "overdue", due, action)
    for cid, name, company, due, action in tuple_rows(
        Visit.select(
            Visit.customer, Customer.name, Customer.company, Visit.next_action_on, Visit.next_action
        )
        # `+ 0`: walk the due-date index, not every visit of every customer
        .join(Customer, on=((Visit.customer + 0) == Customer.id))
        .where(
            alive,
            Visit.status == VisitStatus.DONE,
            # not `next_visit IS NULL`: SQLite would walk that (nearly all-NULL) index
            pw.fn.COALESCE(Visit.next_visit, 0) == 0,
            Visit.next_action != "",
            Visit.next_action_on <= today,
            Visit.next_action_on > today - dt.timedelta(days=90),
        )
        .order_by(Visit.next_action_on)
        .limit(limit)
    ):
        add(cid, name, company, "overdue", due, action)
    # 2. key customers not seen for key_days
    key = key_customer_sql()
    last_seen = _last_done_visit()
    for cid, name, company, last in (
        Customer.select(Customer.id, Customer.name, Customer.company, last_seen.alias("last"))
        .where(alive, key, ~pw.fn.EXISTS(_done_visit(now - dt.timedelta(days=key_days))))
        .order_by(pw.SQL("last").asc(nulls="FIRST"), Customer.id)
        .limit(limit)
        .tuples()
    ):
        add(cid, name, company, "key_unseen", last, "")
    # 3. dormant: some deal once, but no done visit and no deal for dormant_days
    dormant_cut = today - dt.timedelta(days=dormant_days)
    d = Deal.alias("dd")
    any_deal = d.select(pw.SQL("1")).where(d.customer == Customer.id)
    recent_deal = d.select(pw.SQL("1")).where(d.customer == Customer.id, d.date >= dormant_cut)
    last_deal = d.select(pw.fn.MAX(d.date)).where(d.customer == Customer.id)
    for cid, name, company, visited, bought in (
        Customer.select(
            Customer.id,
            Customer.name,
            Customer.company,
            _last_done_visit().alias("visited"),
            last_deal.alias("bought"),
        )
        .where(
            alive,
            pw.fn.EXISTS(any_deal),
            ~pw.fn.EXISTS(recent_deal),
            ~pw.fn.EXISTS(_done_visit(now - dt.timedelta(days=dormant_days))),
        )
        .order_by(pw.SQL("bought"), Customer.id)
        .limit(limit)
        .tuples()
    ):
        last_contact = max(d for d in (_as_date(visited), _as_date(bought)) if d is not None)
        add(cid, name, company, "dormant", last_contact, "")
    return out


def _as_date(value: object) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
