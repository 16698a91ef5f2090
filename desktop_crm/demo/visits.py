"""Generated visits and customer coordinates, seeded: the demo office's and the benchmarks'.

Visits are built as the services' own entries (VisitDraft, VisitOutcome in a VisitEntry) and
stored through `services.visits.bulk`, one transaction per batch.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence

from ..services.common.acting import Person
from ..services.visits import VisitDraft, VisitOutcome
from ..services.visits.bulk import CustomerPlace, VisitEntry, add_visits
from .names import CITY_CENTRES
from .visit_texts import MATTER_RESULTS, MATTERS, METHOD_WEIGHTS, NEXT_ACTIONS, RESULTS

Matter = tuple[str, str, str, str, str]


def visit_entry(
    rng: random.Random,
    customer_id: int,
    rep_id: int,
    start: dt.datetime,
    cutoff: dt.datetime,
    contact_id: int | None = None,
    matter_row: Matter | None = None,
) -> VisitEntry:
    """One visit: done / no-show / cancelled when it starts before `cutoff`, else planned."""
    matter, reason, purpose, plan, expected = matter_row or rng.choice(MATTERS)
    method = rng.choices([m for m, _ in METHOD_WEIGHTS], [w for _, w in METHOD_WEIGHTS])[0]
    duration = 20 if method == "phone" else rng.choice((30, 45, 60, 60, 90))
    entry = VisitEntry(
        VisitDraft(
            customer_id=customer_id,
            rep_id=rep_id,
            start=start,
            duration_minutes=duration,
            method=method,
            contact_id=contact_id,
            matter=matter,
            reason=reason,
            purpose=purpose,
            action_plan=plan,
            expected_result=expected,
        )
    )
    if start >= cutoff:
        return entry
    status = rng.choices(("done", "no_show", "cancelled"), (88, 5, 7))[0]
    if status == "cancelled":
        entry.cancelled = True
    elif status == "no_show":
        entry.outcome = VisitOutcome(actual_result="", purpose_met="", status="no_show")
    else:
        met = rng.choices(("yes", "partly", "no"), (55, 30, 15))[0]
        result = rng.choice(MATTER_RESULTS.get(matter, RESULTS)[met])
        spent = max(10, duration + rng.randint(-15, 30))
        action, action_on = "", None
        if rng.random() < 0.6:
            action = rng.choice(NEXT_ACTIONS)
            action_on = start.date() + dt.timedelta(days=rng.randint(3, 21))
        entry.outcome = VisitOutcome(result, met, spent, action, action_on)
        entry.completed_at = start + dt.timedelta(minutes=spent)
    return entry


def generate_visits(
    actor: Person,
    count: int,
    rep_customers: dict[int, list[int]],
    *,
    first_day: dt.date,
    last_day: dt.date,
    today: dt.date | None = None,
    seed: int = 11,
    batch: int = 20000,
    workdays: tuple[int, ...] = (0, 1, 2, 3, 4),
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Spread `count` visits over the reps' workdays first_day..last_day, each rep visiting
    its own customers from 8:30 on; returns how many were stored (one transaction a batch)."""
    rng = random.Random(seed)
    cutoff = dt.datetime.combine(today or dt.date.today(), dt.time())
    days = [
        first_day + dt.timedelta(d)
        for d in range((last_day - first_day).days + 1)
        if (first_day + dt.timedelta(d)).weekday() in workdays
    ]
    reps = [r for r, customers in rep_customers.items() if customers]
    slots = len(days) * len(reps)
    per_slot, extra = divmod(count, slots) if slots else (0, 0)
    entries: list[VisitEntry] = []
    made = 0
    slot = 0
    for day in days:
        for rep in reps:
            n = per_slot + (1 if slot < extra else 0)
            slot += 1
            customers = rep_customers[rep]
            minute = 8 * 60 + 30
            for _ in range(n):
                start = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minute % 1440)
                entries.append(visit_entry(rng, rng.choice(customers), rep, start, cutoff))
                minute += rng.choice((45, 60, 60, 75))
            if len(entries) >= batch:
                made += len(add_visits(actor, entries))
                entries = []
                if progress:
                    progress(made, count)
    if entries:
        made += len(add_visits(actor, entries))
    return made


def place_entries(
    customers: Sequence[tuple[int, str]], seed: int = 5, spread: float = 0.06
) -> list[CustomerPlace]:
    """Coordinates near each customer's city centre (customers of unknown cities get none)."""
    rng = random.Random(seed)
    places = []
    for cid, city in customers:
        centre = CITY_CENTRES.get(city)
        if centre is None:
            continue
        places.append(
            CustomerPlace(
                cid,
                centre[0] + rng.uniform(-spread, spread),
                centre[1] + rng.uniform(-spread, spread) * 1.2,
            )
        )
    return places
