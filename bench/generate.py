#!/usr/bin/env python3
"""Build a benchmark database with the project's own generator.

uv run python bench/generate.py --customers 100000 --database bench/data/100k.sqlite3
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from desktop_crm.demo import (
    DEMO_OWNER,
    DEMO_REPS,
    ensure_staff,
    generate_customers,
    generate_opportunities,
)
from desktop_crm.services.context import open_context


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--database", default="bench/data/100k.sqlite3")
    parser.add_argument("--fresh", action="store_true", help="delete an existing SQLite file")
    parser.add_argument(
        "--opportunities", type=float, default=0.3, help="opportunities per customer (商机)"
    )
    args = parser.parse_args()
    if args.fresh and not args.database.startswith("postgres"):
        for suffix in ("", "-wal", "-shm"):
            Path(args.database + suffix).unlink(missing_ok=True)
    if not args.database.startswith("postgres"):
        Path(args.database).parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    ctx = open_context(args.database, create=True)
    owner, reps = ensure_staff(DEMO_REPS + ["赵立新", "孙海燕", "周文斌", "吴春梅"], DEMO_OWNER)

    def progress(done: int, total: int) -> None:
        if done % 10_000 == 0 or done == total:
            print(
                f"  {done:>7} / {total} customers  {time.perf_counter() - started:6.1f} s",
                file=sys.stderr,
            )

    ids = generate_customers(owner, args.customers, reps, seed=100, progress=progress)
    made = time.perf_counter()
    opportunities = generate_opportunities(owner, ids, share=args.opportunities, seed=101)
    print(
        f"  {opportunities} opportunities  {time.perf_counter() - made:6.1f} s",
        file=sys.stderr,
    )
    ctx.database.execute_sql("ANALYZE") if not ctx.is_postgres else None
    ctx.close()
    print(
        f"generated {args.customers} customers in {time.perf_counter() - started:.1f} s "
        f"-> {args.database}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
