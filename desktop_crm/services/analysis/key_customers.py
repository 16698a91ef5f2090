"""Key-customer categories (DOMAIN.md §2, seed 003): strategy texts, the 60/30/10 guidance and
where each rep's visit time actually went.

Texts are English source strings in the "KeyCustomer" translation context; the Chinese
translations are the training's own words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

import peewee as pw

from ...i18n import QT_TRANSLATE_NOOP
from ...models.core import Customer, User
from ...models.customer_fields import KEY_CATEGORIES
from ...models.db import tuple_rows
from ..common.acting import Person, rule
from ..people.policy import guard
from .tiers import effective_tier, effective_tier_sql

# The categories and their labels are the customer field description's (one home for both).
CATEGORIES: tuple[str, ...] = tuple(choice.value for choice in KEY_CATEGORIES)
KEY = "key"
UNCATEGORISED = QT_TRANSLATE_NOOP("KeyCustomer", "Not categorised")

CATEGORY_LABELS: dict[str, str] = {choice.value: choice.label for choice in KEY_CATEGORIES}
CATEGORY_LABELS[""] = UNCATEGORISED
LABEL_CONTEXT = {code: "Choice" for code in CATEGORIES} | {"": "KeyCustomer"}


@rule
def category_label(translate: Callable[[str, str], str], code: str) -> str:
    """The translated label of a key-customer category ("Not categorised" for none)."""
    code = code if code in CATEGORIES else ""
    return translate(LABEL_CONTEXT[code], CATEGORY_LABELS[code])


@rule
def effective_category(category: str | None, tier: str | None) -> str:
    """The category that counts: the one set in the file; a customer nobody categorised yet
    counts as a key customer when its effective tier is A (the biggest customers are key
    until someone says otherwise), else as uncategorised."""
    if category in CATEGORIES:
        return str(category)
    return KEY if tier == "A" else ""


@rule
def is_key_customer(category: str | None, tier: str | None) -> bool:
    """The one definition of a key customer (重点客户): see `effective_category`."""
    return effective_category(category, tier) == KEY


@rule
def effective_category_sql() -> pw.ColumnBase:
    """`effective_category` as an SQL expression over the customer table."""
    categorised = Customer.key_category.in_(list(CATEGORIES))
    return pw.Case(
        None,
        [(categorised, Customer.key_category), (effective_tier_sql() == "A", KEY)],
        "",
    )


@rule
def key_customer_sql() -> pw.Expression:
    """`is_key_customer` as an SQL condition over the customer table."""
    condition: pw.Expression = (Customer.key_category == KEY) | (
        Customer.key_category.not_in(list(CATEGORIES)) & (effective_tier_sql() == "A")
    )
    return condition


STRATEGY: dict[str, str] = {
    "key": QT_TRANSLATE_NOOP(
        "KeyCustomer",
        "Build good relations with their whole top management and look after them carefully; "
        "if possible, form a partnership or strategic alliance.",
    ),
    "ordinary": QT_TRANSLATE_NOOP(
        "KeyCustomer",
        "Do your duty well where you are already in; widen the difference between you and "
        "others, win more access to the key people and try to turn them into key customers, "
        "while raising the added value you offer.",
    ),
    "potential": QT_TRANSLATE_NOOP(
        "KeyCustomer",
        "Take active steps to win the first deal and turn them into ordinary customers, then "
        "do your duty and consolidate your position.",
    ),
    "unattractive": QT_TRANSLATE_NOOP(
        "KeyCustomer",
        "Worth winning only if they have great potential: then try to turn them into "
        "potential customers.",
    ),
}

# Share of customers and share of selling time the training recommends, in per cent.
GUIDANCE: dict[str, tuple[int, int]] = {
    "key": (10, 60),
    "ordinary": (30, 30),
    "potential": (60, 10),
    "unattractive": (0, 0),
}
# A rep's time share this many percentage points away from the guidance is flagged.
GUIDANCE_TOLERANCE = 15.0


@rule
def time_share_off_guidance(category: str, share: float) -> bool:
    """True when a rep's share of selling time on `category` strays from the 60/30/10
    guidance by GUIDANCE_TOLERANCE points or more (no guidance: never)."""
    guidance = GUIDANCE.get(category)
    return guidance is not None and abs(share - guidance[1]) >= GUIDANCE_TOLERANCE


@dataclass
class RepTime:
    """Minutes of done visits per key-customer category ("" for uncategorised customers)."""

    rep_id: int
    rep_name: str
    minutes: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.minutes.values())

    def share(self, category: str) -> float:
        return 100.0 * self.minutes.get(category, 0) / self.total if self.total else 0.0


@guard.rep()
def visit_time_by_category(
    actor: Person, since: dt.date, until: dt.date, rep_id: int | None = None
) -> list[RepTime]:
    """Per rep, the minutes of done visits in [since, until] by the customer's category.

    Uses the visit planner's table when it is installed (models.visits.Visit); without it the
    result is empty. A visit's time is the time actually spent, else its planned duration.
    """
    try:
        from ...models.visits import Visit
        from ..visits.status import VisitStatus
    except ImportError:
        return []
    minutes = pw.fn.SUM(pw.fn.COALESCE(Visit.time_spent_minutes, Visit.duration_minutes))
    start = dt.datetime.combine(since, dt.time.min)
    end = dt.datetime.combine(until + dt.timedelta(days=1), dt.time.min)
    # Grouped by the raw columns (PostgreSQL will not group by a parametrised CASE), folded
    # into the effective category here.
    facts = (Customer.key_category, Customer.tier_manual, Customer.tier_computed)
    query = (
        Visit.select(Visit.rep, User.name, *facts, minutes.alias("minutes"))
        .join(User, on=(Visit.rep == User.id))
        .switch(Visit)
        .join(Customer, on=(Visit.customer == Customer.id))
        .where(Visit.status == VisitStatus.DONE, Visit.start >= start, Visit.start < end)
        .group_by(Visit.rep, User.name, *facts)
    )
    if rep_id is not None:
        query = query.where(Visit.rep == rep_id)
    rows: dict[int, RepTime] = {}
    for rep, name, category, manual, computed, total in tuple_rows(query):
        row = rows.setdefault(int(rep), RepTime(int(rep), str(name)))
        key = effective_category(category, effective_tier(manual, computed))
        row.minutes[key] = row.minutes.get(key, 0) + int(total or 0)
    return sorted(rows.values(), key=lambda r: r.rep_name)


@guard.rep()
def customers_by_category(actor: Person, rep_id: int | None = None) -> dict[str, int]:
    """How many customers (not in the trash) fall in each effective category."""
    facts = (Customer.key_category, Customer.tier_manual, Customer.tier_computed)
    query = (
        Customer.select(*facts, pw.fn.COUNT(Customer.id))
        .where(Customer.deleted_at.is_null(True))
        .group_by(*facts)
    )
    if rep_id is not None:
        query = query.where(Customer.owner_rep == rep_id)
    result: dict[str, int] = {}
    for category, manual, computed, count in tuple_rows(query):
        key = effective_category(category, effective_tier(manual, computed))
        result[key] = result.get(key, 0) + int(count)
    return result
