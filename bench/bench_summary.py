#!/usr/bin/env python3
"""A month's owner summary PDF on a big database: 100,000 customers and 1,000,000 visits.

    uv run python bench/bench_summary.py --database bench/data/summary-100k-1m.sqlite3

Fills the database on first use the way bench_visits.py does (customers with deals from
desktop_crm.demo's generators, 50 reps, about ten visits per rep and working day) and adds
opportunities in every stage when there are none. Then builds this month's office summary
(`report summary --month`, target < 1 s), a week's, and one rep's monthly report, and prints
for each the median of 3 runs after one warm-up (the cold run shown too) and its pages.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

RUNS = 3
OPEN_STAGES = ("contact", "needs", "proposal", "negotiation")


def timed(fn: Callable[[], bytes], runs: int = RUNS) -> tuple[float, float, bytes]:
    """(cold seconds, median of `runs` warm seconds, the last result)."""
    start = time.perf_counter()
    result = fn()
    cold = time.perf_counter() - start
    warm = []
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        warm.append(time.perf_counter() - start)
    return cold, statistics.median(warm), result


def add_opportunities(count: int, today: dt.date) -> None:
    """`count` opportunities on random customers: open ones in every stage, won and lost ones
    closed over the last year."""
    from desktop_crm.models.core import Customer
    from desktop_crm.models.db import write_transaction
    from desktop_crm.models.opportunities import Opportunity

    if Opportunity.select().count() >= count:
        return
    rng = random.Random(12)
    customers = list(Customer.select(Customer.id, Customer.owner_rep).tuples())
    rows = []
    for n in range(count):
        cid, rep = rng.choice(customers)
        stage = rng.choice((*OPEN_STAGES, "won", "lost"))
        closed = today - dt.timedelta(days=rng.randrange(365)) if stage in ("won", "lost") else None
        rows.append(
            {
                "customer": cid,
                "owner_rep": rep,
                "title": f"商机 {n}",
                "stage": stage,
                "probability": {"won": 100, "lost": 0}.get(stage, rng.choice((10, 30, 50, 80))),
                "expected_amount": Decimal(rng.randrange(1000, 200000)),
                "closed_on": closed,
            }
        )
    with write_transaction():
        for start in range(0, len(rows), 500):
            Opportunity.insert_many(rows[start : start + 500]).execute()
    print(f"{count:,} opportunities added")


def pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default="bench/data/summary-100k-1m.sqlite3")
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--opportunities", type=int, default=20_000)
    parser.add_argument("--lang", default="zh_CN")
    args = parser.parse_args()

    from bench_visits import fill

    from desktop_crm.models.db import open_database

    today = dt.date.today()
    if not args.database.startswith("postgres"):
        Path(args.database).parent.mkdir(parents=True, exist_ok=True)
    open_database(args.database, create=True)
    fill(args.visits, args.customers, today)
    add_opportunities(args.opportunities, today)

    from desktop_crm.models.core import Customer, User
    from desktop_crm.models.visits import Visit
    from desktop_crm.reports.registry import find_report
    from desktop_crm.reports.summary_report import SummaryParameters
    from desktop_crm.services.owner.figures import Period
    from desktop_crm.services.people.users import ensure_owner
    from desktop_crm.translator import translate_function

    owner = ensure_owner()
    reps = User.select().where(User.role == "rep", User.active == True).count()  # noqa: E712
    print(
        f"database: {Customer.select().count():,} customers, {Visit.select().count():,} visits, "
        f"{reps} reps"
    )
    report = find_report("summary")
    translate = translate_function(args.lang)
    rep = User.select().where(User.role == "rep").order_by(User.name).first()
    month, week = Period.containing(today), Period.containing(today, "week")
    cases = [
        (f"office, month {month.text}", SummaryParameters(month), " target < 1 s"),
        (f"office, week {week.text}", SummaryParameters(week), ""),
        (f"{rep.name}, month {month.text}", SummaryParameters(month, int(rep.id)), ""),
    ]
    for label, parameters, target in cases:
        cold, warm, pdf = timed(lambda p=parameters: report.pdf(owner, p, translate, args.lang))
        print(
            f"summary PDF, {label}: {warm:.3f} s median of {RUNS} (cold {cold:.3f} s), "
            f"{pages(pdf)} pages, {len(pdf):,} bytes{target}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
