#!/usr/bin/env python3
"""The reminder centre's list and the monthly card list on a big office (issue 13, item 5).

uv run python bench/bench_reminders.py --database bench/data/100k.sqlite3

Signs in as the owner (the office: every complaint, the unowned customers) and as each rep,
and prints the best and the median of --runs calls of `reminders_for` (every kind: birthdays
solar and lunar, anniversaries, follow-ups, complaints, dormant customers, visits without a
result) and of `monthly_cards`, with how many each found.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from collections.abc import Callable
from typing import Any

from desktop_crm.demo.office import DEMO_OWNER, DEMO_PASSWORD
from desktop_crm.services.aftersale.reminders import monthly_cards, reminders_for
from desktop_crm.services.context import open_context
from desktop_crm.services.people.manage import list_people
from desktop_crm.services.people.signin import sign_in


def _timed(fn: Callable[[], Any], runs: int) -> tuple[float, float, Any]:
    spans, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        spans.append((time.perf_counter() - started) * 1000)
    return min(spans), statistics.median(spans), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default="bench/data/100k.sqlite3")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--date", type=dt.date.fromisoformat, default=dt.date.today())
    args = parser.parse_args()
    open_context(args.database)
    owner = sign_in(DEMO_OWNER, DEMO_PASSWORD)
    people = [owner] + [p for p in list_people(owner) if p.role == "rep"][:3]
    print(f"{'person':<10} {'role':<6} {'list best/median ms':>20} {'found':>6}"
          f" {'cards best/median ms':>21} {'cards':>6}")  # fmt: skip
    for person in people:
        best, median, found = _timed(lambda p=person: reminders_for(p, args.date), args.runs)
        c_best, c_median, cards = _timed(
            lambda p=person: monthly_cards(p, args.date.replace(day=1)), args.runs
        )
        print(
            f"{person.name:<10} {person.role:<6} {best:>9.0f} / {median:<8.0f} {len(found):>6}"
            f" {c_best:>10.0f} / {c_median:<8.0f} {len(cards):>6}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
