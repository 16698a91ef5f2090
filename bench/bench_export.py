#!/usr/bin/env python3
"""Export figures on a big database: seconds and peak memory per format.

    uv run python bench/generate.py --customers 100000 --database bench/data/100k.sqlite3 --fresh
    uv run python bench/bench_export.py --database bench/data/100k.sqlite3

Each format runs in a child process of its own (so one format's memory does not count against
the next), exporting everything as the owner with zh_CN headers into a temporary folder, and
prints: format, customers, contacts, deals, seconds, peak memory (max RSS of the child, MB) and
the size of the files written.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FORMATS = [
    ("csv", "utf-8-sig", "3.0"),
    ("csv", "gb18030", "3.0"),
    ("xlsx", "", ""),
    ("vcf", "", "3.0"),
]


def child(database: str, fmt: str, encoding: str, version: str, folder: str) -> None:
    import resource

    from desktop_crm.demo import DEMO_OWNER
    from desktop_crm.services.context import open_context
    from desktop_crm.services.customers.export import export_customers
    from desktop_crm.services.people.users import ensure_owner
    from desktop_crm.translator import translate_function

    encoding = "utf-8-sig" if encoding in ("", "-") else encoding
    version = "3.0" if version in ("", "-") else version
    ctx = open_context(database)
    owner = ensure_owner(DEMO_OWNER)
    target = Path(folder) / f"export.{fmt}"
    started = time.perf_counter()
    summary = export_customers(
        owner,
        None,
        fmt,
        target,
        translate=translate_function("zh_CN"),
        encoding=encoding,
        vcard_version=version,
    )
    seconds = time.perf_counter() - started
    ctx.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size = sum(p.stat().st_size for p in summary.files)
    print(
        json.dumps(
            {
                "customers": summary.customers,
                "contacts": summary.contacts,
                "deals": summary.deals,
                "seconds": seconds,
                "peak_mb": peak,
                "bytes": size,
            }
        )
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database", default="bench/data/100k.sqlite3")
    parser.add_argument("--child", nargs=4, metavar=("FMT", "ENCODING", "VERSION", "FOLDER"))
    args = parser.parse_args()
    if args.child:
        child(args.database, *args.child)
        return 0
    print(
        f"{'format':<16} {'customers':>9} {'contacts':>9} {'deals':>8} {'seconds':>8} {'peak MB':>8} {'MB out':>7}"
    )
    for fmt, encoding, version in FORMATS:
        with tempfile.TemporaryDirectory() as folder:
            out = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--database",
                    args.database,
                    "--child",
                    fmt,
                    encoding or "-",
                    version or "-",
                    folder,
                ],
                capture_output=True,
                text=True,
                check=False,
            )
        if out.returncode != 0:
            print(f"{fmt}: failed\n{out.stderr}", file=sys.stderr)
            return 1
        r = json.loads(out.stdout.strip().splitlines()[-1])
        label = f"{fmt} {encoding}" if fmt == "csv" else f"{fmt} {version}".strip()
        print(
            f"{label:<16} {r['customers']:>9} {r['contacts']:>9} {r['deals']:>8} "
            f"{r['seconds']:>8.1f} {r['peak_mb']:>8.0f} {r['bytes'] / 1e6:>7.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
