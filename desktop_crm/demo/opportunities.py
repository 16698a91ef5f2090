"""Generated opportunities for a big database (bench/generate.py): about `share` per
customer, in every stage, open ones expected over the coming months, won ones (with their
deals) and lost ones (with reasons) over the last year. Deterministic for a seed."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from decimal import Decimal

from ..services.common.acting import Person
from ..services.owner.bulk import OpportunityEntry, add_opportunities
from ..services.owner.pipeline import Stage, open_stages
from .office_opportunities import LOST_REASONS, TITLES


def generate_opportunities(
    actor: Person,
    customer_ids: Sequence[int],
    *,
    share: float = 0.3,
    seed: int = 12,
    today: dt.date | None = None,
    batch: int = 5000,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Store about `share` × len(customer_ids) opportunities on those customers (each with
    its customer's rep), `batch` per transaction; how many."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    stages = open_stages(actor)
    chosen = [cid for cid in customer_ids if rng.random() < share]
    stored = 0
    for start in range(0, len(chosen), batch):
        entries = [_entry(rng, cid, stages, today) for cid in chosen[start : start + batch]]
        stored += add_opportunities(actor, entries)
        if progress:
            progress(stored, len(chosen))
    return stored


def _entry(
    rng: random.Random, customer_id: int, stages: Sequence[Stage], today: dt.date
) -> OpportunityEntry:
    title, products = TITLES[rng.randrange(len(TITLES))]
    amount = Decimal(rng.randrange(20, 800) * 500)
    roll = rng.random()
    if roll < 0.6:  # open
        stage = stages[rng.randrange(len(stages))]
        close = today + dt.timedelta(days=rng.randrange(-20, 180))
        return OpportunityEntry(
            customer_id, title, stage.code, amount, stage.probability, None, close, products,
            created_on=today - dt.timedelta(days=rng.randrange(5, 200)),
        )  # fmt: skip
    won = roll < 0.85
    closed = today - dt.timedelta(days=rng.randrange(1, 365))
    return OpportunityEntry(
        customer_id,
        title,
        "won" if won else "lost",
        amount,
        100 if won else 0,
        None,
        closed,
        products,
        lost_reason="" if won else rng.choice(LOST_REASONS),
        closed_on=closed,
        created_on=closed - dt.timedelta(days=rng.randrange(10, 120)),
    )
