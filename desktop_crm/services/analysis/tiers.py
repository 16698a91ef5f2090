"""ABCD tiers by contribution (DOMAIN.md §2).

Customers are sorted by revenue over the last 12 months. A customer's tier is decided by where
its revenue *starts* on the cumulative scale: with the default breakpoints 40/30/20/10 a
customer starting below 40 % of total revenue is A, below 70 % B, below 90 % C, else D. So the
biggest customer is always A, customers with equal revenue always share a tier (the group takes
the tier of its start), and a customer without revenue in the window is D. A manual tier
overrides the computed one: `effective_tier` (and `effective_tier_sql` for queries) is the
one home of that rule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import groupby

import peewee as pw

from ...models.core import Customer, Deal, User
from ...models.db import database_proxy, tuple_rows, write_transaction
from ...models.row_security import sees_every_row
from ..common.acting import Person, internal, rule
from ..common.checks import refuse
from ..common.errors import FieldError, ValidationFailed
from ..common.settings import (
    DEALS_GENERATION,
    TIER_BREAKPOINTS,
    TIERS_COMPUTED_ON,
    TIERS_GENERATION,
    bump_counter,
    read_setting,
    write_setting,
)
from ..common.validation import check_number, shown
from ..people.policy import guard, sees_every_customer

TIERS: tuple[str, ...] = ("A", "B", "C", "D")
DEFAULT_BREAKPOINTS: tuple[float, ...] = tuple(TIER_BREAKPOINTS.default)


@rule
def effective_tier(manual: str | None, computed: str | None) -> str:
    """The tier that counts: a tier set by hand wins over the computed one ("" when neither)."""
    return str(manual or computed or "")


@rule
def effective_tier_sql() -> pw.ColumnBase:
    """`effective_tier` as an SQL expression over the customer table, for filters and sorts."""
    return pw.Case(
        None, [(Customer.tier_manual != "", Customer.tier_manual)], Customer.tier_computed
    )


@rule
def validate_breakpoints(breakpoints: Sequence[float]) -> tuple[float, ...]:
    """Four shares of revenue (numbers 0-100, A to D) adding up to 100 %, as floats.

    ValidationFailed (a ValueError) names `breakpoints.N` for a share that is not a finite
    number in range, `breakpoints` for a wrong count or total.
    """
    if not isinstance(breakpoints, (list, tuple)) or len(breakpoints) != len(TIERS):
        raise ValidationFailed([FieldError("breakpoints", "type", {"value": shown(breakpoints)})])
    refuse(check_number(f"breakpoints.{i}", b, 0, 100) for i, b in enumerate(breakpoints))
    values = tuple(float(b) for b in breakpoints)
    if abs(sum(values) - 100) > 0.001:
        raise ValidationFailed(
            [FieldError("breakpoints", "range", {"value": sum(values), "low": 100, "high": 100})]
        )
    return values


@guard.anyone
def get_breakpoints(actor: Person) -> tuple[float, ...]:
    value = read_setting(TIER_BREAKPOINTS)
    try:
        return validate_breakpoints(value) if value else DEFAULT_BREAKPOINTS
    except (TypeError, ValueError):
        return DEFAULT_BREAKPOINTS


@guard.office
def set_breakpoints(actor: Person, breakpoints: Sequence[float]) -> None:
    """Store the office's breakpoints (checked by `validate_breakpoints`)."""
    write_setting(TIER_BREAKPOINTS, list(validate_breakpoints(breakpoints)))


@rule
def compute_tiers(
    revenues: Sequence[tuple[int, Decimal]],
    breakpoints: Sequence[float] = DEFAULT_BREAKPOINTS,
) -> dict[int, str]:
    """Tier of each customer from (customer id, revenue) pairs; see the module docstring."""
    shares = validate_breakpoints(breakpoints)
    cuts = [Decimal(str(sum(shares[: i + 1]))) for i in range(3)]  # 40, 70, 90
    total = sum((r for _, r in revenues if r > 0), Decimal(0))
    result: dict[int, str] = {}
    ordered = sorted(revenues, key=lambda pair: -pair[1])
    before = Decimal(0)
    for revenue, group in groupby(ordered, key=lambda pair: pair[1]):
        members = [cid for cid, _ in group]
        if revenue <= 0 or total == 0:
            tier = "D"
        else:
            start = before * 100 / total
            tier = next((t for t, cut in zip(TIERS, cuts, strict=False) if start < cut), "D")
            before += revenue * len(members)
        for cid in members:
            result[cid] = tier
    return result


@rule
def window_start(today: dt.date) -> dt.date:
    """The day before the 12-month window (same day last year; 29 Feb becomes 28 Feb)."""
    try:
        return today.replace(year=today.year - 1)
    except ValueError:
        return today.replace(year=today.year - 1, day=28)


@internal
def revenue_last_12_months(today: dt.date) -> list[tuple[int, Decimal]]:
    """Every customer not in the trash with its revenue in (today - 1 year, today].

    Two narrow queries (deals by date index, active customer ids) instead of a grouped join
    over every customer row: about ten times faster at 100k customers.
    """
    sums = dict(
        tuple_rows(
            # the sum in whole fen, exact (not coerced through the column's converter)
            Deal.select(Deal.customer, pw.fn.SUM(Deal.amount).coerce(False))
            .where(Deal.date > window_start(today), Deal.date <= today)
            .group_by(Deal.customer)
        )
    )
    active = Customer.select(Customer.id).where(Customer.deleted_at.is_null(True)).tuples()
    return [(int(cid), Decimal(int(sums.get(cid) or 0)) / 100) for (cid,) in active]


@internal
def mark_tiers_stale() -> None:
    """Note, inside the caller's write transaction, that deals (or the active customers)
    changed, so the computed tiers must be brought up to date after the commit.

    One small row: the write lock stays short. The note is in the database, so a crash
    before the refresh, or another machine, still finds the tiers stale.
    """
    bump_counter(DEALS_GENERATION)


@guard.anyone
def tiers_are_stale(actor: Person, today: dt.date | None = None) -> bool:
    """True when deals changed since the last computation, or it was not done today
    (the 12-month window moves even without new deals)."""
    today = today or dt.date.today()
    if read_setting(TIERS_COMPUTED_ON) != today.isoformat():
        return True
    return bool(read_setting(TIERS_GENERATION) != read_setting(DEALS_GENERATION))


@guard.office
def recompute_tiers(actor: Person, today: dt.date | None = None) -> int:
    """Bring tier_computed up to date for every customer; returns how many changed."""
    return _recompute(actor, today)


def _recompute(actor: Person, today: dt.date | None) -> int:
    """Bring tier_computed up to date for every customer; returns how many changed.

    Revenue is read and the tiers computed outside any transaction (a reader does not hold
    SQLite's write lock); only the rows whose tier changed are written, in one short
    transaction. Run it after the commit that changed deals, off the GUI thread.

    On a PostgreSQL connection that is shown only some customers (a rep's own role, row-level
    security), tiers ranked over that part would be wrong: nothing is done, they stay stale
    for the next connection that sees the whole file.
    """
    if not sees_every_row(database_proxy.obj):
        return 0
    today = today or dt.date.today()
    generation = read_setting(DEALS_GENERATION)
    tiers = compute_tiers(revenue_last_12_months(today), get_breakpoints(actor))
    old = dict(tuple_rows(Customer.select(Customer.id, Customer.tier_computed)))
    changed: dict[str, list[int]] = {}
    for cid, tier in tiers.items():
        if old.get(cid) != tier:
            changed.setdefault(tier, []).append(cid)
    with write_transaction():
        for tier, ids in changed.items():
            for start in range(0, len(ids), 500):
                Customer.update(tier_computed=tier).where(
                    Customer.id.in_(ids[start : start + 500])
                ).execute()
        write_setting(TIERS_COMPUTED_ON, today.isoformat())
        # A deal saved while we computed leaves the tiers stale for the next refresh.
        write_setting(TIERS_GENERATION, generation)
    return sum(len(ids) for ids in changed.values())


@guard.customer("customer_ids")
def effective_tiers(actor: Person, customer_ids: Sequence[int]) -> dict[int, str]:
    """Customer id → the tier that counts (a manual tier wins), "" for none yet."""
    query = Customer.select(Customer.id, Customer.tier_manual, Customer.tier_computed).where(
        Customer.id.in_(list(customer_ids))
    )
    return {int(c): effective_tier(m, t) for c, m, t in tuple_rows(query)}


@guard.anyone
def recompute_if_stale(actor: Person, today: dt.date | None = None) -> int | None:
    """Recompute when deals changed or the day moved on.

    Returns how many tiers changed, or None when they were up to date (or left to the
    office: on PostgreSQL a rep's own connection sees only their rows, so the tiers, which
    rank the whole office, are computed by an owner's or clerk's session).

    Anyone's session may run it: it derives a figure from the deals, it decides nothing.
    """
    if not tiers_are_stale(actor, today):
        return None
    if not sees_every_customer(actor) and not isinstance(database_proxy.obj, pw.SqliteDatabase):
        return None
    return _recompute(actor, today)


# ---------------------------------------------------------------- distribution


@dataclass
class RepTiers:
    rep_id: int | None
    rep_name: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TIERS, 0))
    untiered: int = 0
    manual: int = 0

    @property
    def total(self) -> int:
        return sum(self.counts.values()) + self.untiered


@guard.rep()
def tier_distribution(actor: Person, rep_id: int | None = None) -> list[RepTiers]:
    """Customers per effective tier for each rep (manual overrides counted, and counted apart)."""
    query = (
        Customer.select(Customer.owner_rep, User.name, Customer.tier_manual, Customer.tier_computed)
        .join(User, pw.JOIN.LEFT_OUTER, on=(Customer.owner_rep == User.id))
        .where(Customer.deleted_at.is_null(True))
        .tuples()
    )
    if rep_id is not None:
        query = query.where(Customer.owner_rep == rep_id)
    rows: dict[int | None, RepTiers] = {}
    for owner, name, manual, computed in query:
        row = rows.setdefault(owner, RepTiers(owner, name or ""))
        tier = effective_tier(manual, computed)
        if tier in row.counts:
            row.counts[tier] += 1
        else:
            row.untiered += 1
        if manual:
            row.manual += 1
    return sorted(rows.values(), key=lambda r: (r.rep_id is None, r.rep_name))
