#!/usr/bin/env python3
"""Write lock held by a deal save, and the tier refresh after it (issue 8: < 50 ms).

uv run python bench/bench_tiers.py --database bench/data/100k.sqlite3

Times every outermost write transaction (BEGIN IMMEDIATE … COMMIT on SQLite: the span in
which every other writer waits) while saving one new deal on a customer, then while the tiers
are brought up to date after the commit; prints medians over --runs saves.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from typing import Any

from desktop_crm.demo.office import DEMO_OWNER, DEMO_PASSWORD
from desktop_crm.services.analysis.tiers import recompute_if_stale, recompute_tiers
from desktop_crm.services.context import open_context
from desktop_crm.services.customers import (
    CustomerDraft,
    CustomerFilter,
    DealDraft,
    count_customers,
    find_customers,
    load_customer,
    save_customer,
)
from desktop_crm.services.people.signin import sign_in


class TimedTransactions:
    """Wraps `database.atomic` and records how long each outermost transaction lasted."""

    def __init__(self, database: Any) -> None:
        self.inner = database.atomic
        self.depth = 0
        self.spans: list[float] = []
        database.atomic = self.atomic

    def atomic(self, *args: Any, **kwargs: Any) -> Any:
        owner = self
        context = self.inner(*args, **kwargs)

        class Timed:
            def __enter__(self) -> Any:
                owner.depth += 1
                if owner.depth == 1:
                    self.started = time.perf_counter()
                return context.__enter__()

            def __exit__(self, *exc: Any) -> Any:
                result = context.__exit__(*exc)
                owner.depth -= 1
                if owner.depth == 0:
                    owner.spans.append(time.perf_counter() - self.started)
                return result

        return Timed()

    def take(self) -> list[float]:
        spans, self.spans = self.spans, []
        return spans


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database", default="bench/data/100k.sqlite3")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    ctx = open_context(args.database)
    ctx.user = sign_in(DEMO_OWNER, DEMO_PASSWORD)  # the generated office is the demo's
    total = count_customers(ctx.user, CustomerFilter())
    recompute_tiers(ctx.user)
    timer = TimedTransactions(ctx.database)
    rows = find_customers(ctx.user, CustomerFilter(), limit=args.runs, offset=total // 2)
    save_locks: list[float] = []
    refresh_locks: list[float] = []
    refresh_walls: list[float] = []
    for row in rows:
        record = load_customer(ctx.user, row.id)
        deals = [
            DealDraft(str(d.date), d.products, str(d.amount), d.notes, id=d.id)
            for d in record.deals
        ] + [DealDraft(dt.date.today().isoformat(), "bench", "123456.78")]
        timer.take()
        save_customer(ctx.user, CustomerDraft({}, id=row.id, version=record.version, deals=deals))
        save_locks.append(max(timer.take()))
        started = time.perf_counter()
        recompute_if_stale(ctx.user)
        refresh_walls.append(time.perf_counter() - started)
        refresh_locks.append(max(timer.take()))
    ms = 1000
    print(f"customers: {total}")
    print(
        f"deal save, write lock held: median {statistics.median(save_locks) * ms:.1f} ms, "
        f"worst {max(save_locks) * ms:.1f} ms (target < 50 ms)"
    )
    print(
        f"tier refresh after the commit, write lock held: median "
        f"{statistics.median(refresh_locks) * ms:.1f} ms, worst {max(refresh_locks) * ms:.1f} ms"
    )
    print(
        f"tier refresh, wall time (off the GUI thread, no lock while reading): median "
        f"{statistics.median(refresh_walls) * ms:.0f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
