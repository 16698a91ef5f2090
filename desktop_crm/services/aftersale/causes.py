"""Cause analysis of the complaints (DOMAIN.md §6 "periodic analysis of causes feeds
improvement"; issue 13, item 2), Qt-free.

For the complaints received in a span of the office's days (a month, say), `cause_analysis`
counts them by cause as a Pareto table (the most frequent cause first, each with its share and
the cumulative share: the few causes behind most complaints stand out), by product, by rep and
by month, and how they stand against their deadline: on time (resolved by it), late (resolved
after it, or open and past it now), open (not yet due). The key figures COMPLAINTS_ON_TIME and
COMPLAINTS_LATE use the same rule (services/owner/figure_sql.py).

Whose complaints: those of the customers the actor sees (none in the trash), as the register
lists them; for one rep (a rep asking: always themself) those of the rep (the complaint's rep,
the customer's rep when it came in), as the key figures count them. The counting runs in Python over the span's complaints: an office registers
hundreds a year, not millions, and months must be the office's months, not UTC's.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import peewee as pw

from ...models.aftersale import CAUSES, Complaint
from ...models.core import Customer, User
from ...models.db import tuple_rows, utcnow
from ..common.acting import Person
from ..common.checks import refuse
from ..common.errors import FieldError
from ..people.policy import guard, visible_customers
from ..visits.standards import office_timezone
from . import deadline

CAUSE_ORDER = tuple(code for code, _ in CAUSES)
TOP_PRODUCTS = 10  # products listed one by one; the rest are added up as "others"
MAX_DAYS = 3 * 366  # the longest span one analysis reads


@dataclass(frozen=True)
class CauseCount:
    cause: str  # a CAUSES code
    count: int
    share: Decimal  # of all complaints of the span, %
    cumulative: Decimal  # this cause's and every more frequent one's share, %


@dataclass(frozen=True)
class Count:
    """One row of a breakdown: its key (a product's name, a rep's name, a month's first day),
    how many complaints, how many of them late."""

    key: str
    count: int
    late: int
    rep_id: int | None = None
    month: dt.date | None = None


@dataclass(frozen=True)
class CauseAnalysis:
    first: dt.date
    last: dt.date
    rep_id: int | None
    total: int
    on_time: int
    late: int
    open: int  # not resolved, not due yet
    causes: tuple[CauseCount, ...]  # Pareto order: most frequent first
    products: tuple[Count, ...]  # most frequent first; `others` the rest
    others: int  # complaints of the products beyond TOP_PRODUCTS
    reps: tuple[Count, ...]  # by name; "" for complaints of the pool
    months: tuple[Count, ...]  # every month of the span, in order (zero ones too)

    @property
    def rate_on_time(self) -> Decimal | None:
        """On time ÷ (on time + late), % (None when none was settled or late)."""
        return _percent(self.on_time, self.on_time + self.late)


def _percent(part: int, whole: int) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) * 100 / whole).quantize(Decimal("0.1"), ROUND_HALF_UP)


def _months(first: dt.date, last: dt.date) -> list[dt.date]:
    out, month = [], first.replace(day=1)
    while month <= last:
        out.append(month)
        month = (month + dt.timedelta(days=32)).replace(day=1)
    return out


def _check(first: object, last: object) -> None:
    errors: list[FieldError | None] = []
    if not isinstance(first, dt.date) or isinstance(first, dt.datetime):
        errors.append(FieldError("first", "date", {"value": str(first)[:40]}))
    if not isinstance(last, dt.date) or isinstance(last, dt.datetime):
        errors.append(FieldError("last", "date", {"value": str(last)[:40]}))
    refuse(errors)
    assert isinstance(first, dt.date) and isinstance(last, dt.date)
    if last < first or (last - first).days > MAX_DAYS:
        high = first + dt.timedelta(days=MAX_DAYS)
        refuse([FieldError("last", "range", {"value": last, "low": first, "high": high})])


@guard.rep()
def cause_analysis(
    actor: Person,
    first: dt.date,
    last: dt.date,
    rep_id: int | None = None,
    *,
    now: dt.datetime | None = None,
) -> CauseAnalysis:
    """The complaints received on the office's days first..last, counted (see the module's
    text). `rep_id`: the office narrowing to one rep (a rep always sees their own customers')."""
    _check(first, last)
    now = now or utcnow()
    zone = office_timezone(actor)
    since = deadline.utc_of(dt.datetime.combine(first, dt.time()), zone)
    before = deadline.utc_of(dt.datetime.combine(last + dt.timedelta(days=1), dt.time()), zone)
    query = (
        Complaint.select(
            Complaint.received_at,
            Complaint.cause,
            Complaint.product,
            Complaint.rep,
            User.name,
            Complaint.due_at,
            Complaint.resolved_at,
        )
        .join(Customer, on=Complaint.customer == Customer.id)
        .switch(Complaint)
        .join(User, pw.JOIN.LEFT_OUTER, on=Complaint.rep == User.id)
        .where(
            Complaint.received_at >= since,
            Complaint.received_at < before,
            visible_customers(actor),
            Customer.deleted_at.is_null(True),
        )
    )
    if rep_id is not None:
        query = query.where(Complaint.rep == rep_id)
    causes: Counter[str] = Counter()
    products, product_late = Counter[str](), Counter[str]()
    reps, rep_late = Counter[int | None](), Counter[int | None]()
    names: dict[int | None, str] = {None: ""}
    months, month_late = Counter[dt.date](), Counter[dt.date]()
    on_time = late = waiting = 0
    for received, cause, product, rep, rep_name, due, resolved in tuple_rows(query):
        is_late = (resolved is not None and resolved > due) or (resolved is None and due < now)
        if is_late:
            late += 1
        elif resolved is not None:
            on_time += 1
        else:
            waiting += 1
        causes[str(cause) if cause in CAUSE_ORDER else "other"] += 1
        name = str(product or "").strip()
        products[name] += 1
        product_late[name] += is_late
        who = None if rep is None else int(rep)
        names[who] = str(rep_name or "")
        reps[who] += 1
        rep_late[who] += is_late
        month = deadline.local_of(received, zone).date().replace(day=1)
        months[month] += 1
        month_late[month] += is_late
    total = sum(causes.values())
    return CauseAnalysis(
        first=first,
        last=last,
        rep_id=rep_id,
        total=total,
        on_time=on_time,
        late=late,
        open=waiting,
        causes=_pareto(causes, total),
        products=tuple(
            Count(name, n, product_late[name])
            for name, n in sorted(products.items(), key=lambda p: (-p[1], p[0]))[:TOP_PRODUCTS]
        ),
        others=sum(sorted(products.values(), reverse=True)[TOP_PRODUCTS:]),
        reps=tuple(
            Count(names[who], n, rep_late[who], rep_id=who)
            for who, n in sorted(reps.items(), key=lambda r: (r[0] is None, names[r[0]]))
        ),
        months=tuple(
            Count(f"{m:%Y-%m}", months[m], month_late[m], month=m) for m in _months(first, last)
        ),
    )


def _pareto(causes: Counter[str], total: int) -> tuple[CauseCount, ...]:
    """The causes met, most frequent first (ties in the order of CAUSES), with shares."""
    ordered = sorted(causes.items(), key=lambda c: (-c[1], CAUSE_ORDER.index(c[0])))
    out, running = [], 0
    for cause, n in ordered:
        running += n
        share, cumulative = _percent(n, total), _percent(running, total)
        out.append(CauseCount(cause, n, share or Decimal(0), cumulative or Decimal(0)))
    return tuple(out)
