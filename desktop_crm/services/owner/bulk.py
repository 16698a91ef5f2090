"""Many opportunities at once: the demo's and the benchmark generator's path.

One transaction of batched inserts. A won entry gets its deal, as winning one by hand does
(date = the day it closed, its products, amount = the expected amount), linked to it. Like
the other bulk paths (services/*/bulk.py) it writes no audit entries: the demo and the
benchmarks build an office, nobody changes one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from ...models.core import Customer, Deal
from ...models.db import tuple_rows, utcnow, write_transaction
from ...models.opportunities import LOST, WON, Opportunity
from ..analysis.tiers import mark_tiers_stale
from ..common.acting import Person
from ..common.bulk import insert_records
from ..common.checks import refuse
from ..common.errors import FieldError
from ..common.validation import MAX_MONEY, check_day, check_int, check_typed_text
from ..people.policy import guard
from .pipeline import MAX_PRODUCTS, MAX_TEXT, MAX_TITLE, stages


@dataclass
class OpportunityEntry:
    """One opportunity of a bulk write; `closed_on` for a won or lost one (lost: with its
    `lost_reason`); `created_on` the day it was opened; `owner_rep_id` None: the customer's
    rep."""

    customer_id: int
    title: str
    stage: str
    expected_amount: Decimal
    probability: int
    owner_rep_id: int | None
    expected_close: dt.date | None = None
    products: str = ""
    lost_reason: str = ""
    closed_on: dt.date | None = None
    created_on: dt.date | None = None


def _check(index: int, entry: OpportunityEntry, codes: set[str]) -> list[FieldError]:
    name = f"entries.{index}"
    errors = [
        check_typed_text(f"{name}.title", entry.title, MAX_TITLE, False, required=True),
        check_typed_text(f"{name}.products", entry.products, MAX_PRODUCTS, False),
        check_typed_text(f"{name}.lost_reason", entry.lost_reason, MAX_TEXT, True),
        check_int(f"{name}.probability", entry.probability, 0, 100),
        check_day(f"{name}.expected_close", entry.expected_close, required=False),
        check_day(f"{name}.closed_on", entry.closed_on, required=entry.stage in (WON, LOST)),
    ]
    if entry.stage not in codes:
        errors.append(FieldError(f"{name}.stage", "choice", {"value": entry.stage}))
    if not Decimal(0) <= Decimal(entry.expected_amount) <= MAX_MONEY:
        errors.append(FieldError(f"{name}.expected_amount", "range", {"low": 0}))
    if entry.stage == LOST and not entry.lost_reason.strip():
        errors.append(FieldError(f"{name}.lost_reason", "required"))
    return [e for e in errors if e is not None]


def _owners(customer_ids: Sequence[int]) -> dict[int, int | None]:
    """Each existing customer's rep (None: the shared pool), a few set queries."""
    wanted = sorted(set(customer_ids))
    found: dict[int, int | None] = {}
    for start in range(0, len(wanted), 5000):
        query = Customer.select(Customer.id, Customer.owner_rep).where(
            Customer.id.in_(wanted[start : start + 5000])
        )
        found |= {int(c): (None if r is None else int(r)) for c, r in tuple_rows(query)}
    return found


@guard.office
def add_opportunities(actor: Person, entries: Sequence[OpportunityEntry]) -> int:
    """Store the entries (and the deals of the won ones) in one transaction; how many."""
    codes = {s.code for s in stages(actor)}
    errors = [e for i, entry in enumerate(entries) for e in _check(i, entry, codes)]
    owners = _owners([e.customer_id for e in entries])
    known = set(owners)
    errors += [
        FieldError(f"entries.{i}.customer_id", "not_found", {"value": e.customer_id})
        for i, e in enumerate(entries)
        if e.customer_id not in known
    ]
    refuse(errors)
    now = utcnow()
    positions: dict[str, int] = {}
    with write_transaction():
        won = [e for e in entries if e.stage == WON]
        deal_ids = insert_records(
            Deal,
            [
                {
                    "customer": e.customer_id,
                    "date": e.closed_on,
                    "products": e.products,
                    "amount": Decimal(e.expected_amount),
                    "notes": e.title[:300],
                    "created_at": now,
                    "updated_at": now,
                }
                for e in won
            ],
        )
        deal_of = {id(e): deal for e, deal in zip(won, deal_ids, strict=True)}
        rows = []
        for entry in entries:
            position = positions.get(entry.stage, 0)
            positions[entry.stage] = position + 1
            created = dt.datetime.combine(entry.created_on, dt.time(9)) if entry.created_on else now
            rows.append(
                {
                    "customer": entry.customer_id,
                    "title": entry.title.strip(),
                    "products": entry.products.strip(),
                    "expected_amount": Decimal(entry.expected_amount),
                    "stage": entry.stage,
                    "probability": entry.probability,
                    "expected_close": entry.expected_close,
                    "owner_rep": entry.owner_rep_id or owners[entry.customer_id],
                    "lost_reason": entry.lost_reason.strip() if entry.stage == LOST else "",
                    "closed_on": entry.closed_on if entry.stage in (WON, LOST) else None,
                    "deal": deal_of.get(id(entry)),
                    "position": position,
                    "created_at": created,
                    "updated_at": created,
                }
            )
        insert_records(Opportunity, rows, returning=False)
        if won:
            mark_tiers_stale()
    return len(entries)
