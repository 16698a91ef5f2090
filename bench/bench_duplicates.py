#!/usr/bin/env python3
"""Duplicate-customer figures on a big database: the finder's seconds and peak memory, and the
hint's time per keystroke.

    uv run python bench/generate.py --customers 100000 --database bench/data/100k.sqlite3 --fresh
    uv run python bench/bench_duplicates.py --database bench/data/100k.sqlite3

Prints
- the key index's first build (the first hint or finder run after start-up pays it);
- the finder over the whole file (find_duplicates): seconds, groups found, and the process's
  peak memory (max RSS) before and after;
- the hint (possible_duplicates) as a new customer is typed key by key (a company name, a
  phone, a person's name): median and worst milliseconds per keystroke.
Targets (issue 11): finder < 10 s at 100k customers; a hint well under the 300 ms debounce.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time

from desktop_crm.demo.office import DEMO_OWNER, DEMO_PASSWORD
from desktop_crm.services.context import open_context
from desktop_crm.services.customers.drafts import CustomerFilter
from desktop_crm.services.customers.duplicates import (
    find_duplicates,
    key_index,
    possible_duplicates,
)
from desktop_crm.services.customers.queries import count_customers
from desktop_crm.services.people.signin import sign_in

TYPED = [
    ("company", "深圳市华兴机械有限公司"),
    ("company", "上海恒通五金贸易有限公司"),
    ("phone", "+86 138 0013 8000"),
    ("name", "王建国"),
    ("email", "wang.jianguo@example.com"),
]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database", default="bench/data/100k.sqlite3")
    args = parser.parse_args()
    ctx = open_context(args.database)
    ctx.user = sign_in(DEMO_OWNER, DEMO_PASSWORD)  # the generated office is the demo's
    total = count_customers(ctx.user, CustomerFilter())
    print(f"customers: {total}; peak memory after opening: {peak_mb():.0f} MB")

    started = time.perf_counter()
    key_index().sync()
    print(f"key index, first build: {time.perf_counter() - started:.2f} s, peak {peak_mb():.0f} MB")

    started = time.perf_counter()
    groups = find_duplicates(ctx.user)
    seconds = time.perf_counter() - started
    members = sum(len(g.members) for g in groups)
    print(
        f"finder: {seconds:.2f} s (target < 10 s), {len(groups)} groups, {members} customers, "
        f"peak memory {peak_mb():.0f} MB"
    )

    spans: list[float] = []
    for field, text in TYPED:
        for end in range(1, len(text) + 1):
            started = time.perf_counter()
            possible_duplicates(ctx.user, {field: text[:end]})
            spans.append(time.perf_counter() - started)
    ms = 1000
    print(
        f"hint per keystroke ({len(spans)} keystrokes): median "
        f"{statistics.median(spans) * ms:.1f} ms, worst {max(spans) * ms:.1f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
