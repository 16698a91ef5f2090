#!/usr/bin/env python3
"""Reading a big import file (issue 11, item 9, the reading half): read_table on a 100,000-row
customer CSV and .xlsx against a bare csv.reader pass over the same CSV, in the same run.

    uv run python bench/bench_import_read.py                 # writes bench/data/import-100k.*
    uv run python bench/bench_import_read.py --rows 20000 --fresh

The files hold 20 columns under the customer field description's zh_CN headers, with values
from the demo generator (desktop_crm/demo/customers.py); in the .xlsx a mobile number is a
number cell and dates are date cells, the way an office's sheet has them. Each measurement
runs in its own child process, so its peak memory (max RSS) is its own. Prints seconds,
rows/s, the ratio to the bare pass and the peak memory of each.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

COLUMNS = 20
DATA = Path(__file__).resolve().parent / "data"


def write_files(rows: int, csv_path: Path, xlsx_path: Path) -> None:
    import openpyxl

    from desktop_crm.demo.customers import customer_draft
    from desktop_crm.services.customers.fields import export_columns
    from desktop_crm.ui.i18n import translate_function

    columns = export_columns(translate_function("zh_CN"))[:COLUMNS]
    rng = random.Random(11)
    today = dt.date(2026, 12, 1)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("客户")
    header = [column.header for column in columns]
    with open(csv_path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        sheet.append(header)
        for number in range(1, rows + 1):
            values = customer_draft(rng, number, [], today).values
            cells = [values.get(column.name, "") for column in columns]
            writer.writerow(["" if cell is None else str(cell) for cell in cells])
            sheet.append(
                [
                    int(cell) if column.name == "mobile" and cell else cell
                    for column, cell in zip(columns, cells, strict=True)
                ]
            )
    book.save(xlsx_path)


def _peak_mb() -> float:
    """This process's peak resident memory. Not ru_maxrss: Linux carries the parent's over
    an exec, so a small child would report its parent's peak."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # not Linux


def child(kind: str, path: str) -> None:
    from desktop_crm.services.importing.tables import preview, read_table

    started = time.perf_counter()
    if kind == "bare":
        with open(path, encoding="utf-8-sig", newline="") as handle:
            count = sum(1 for _ in csv.reader(handle)) - 1
    elif kind == "preview":
        count = len(preview(path, rows=20).rows)
    else:
        table = read_table(path)
        count = len(table.rows)
        assert table.width == COLUMNS, table.header
    seconds = time.perf_counter() - started
    peak_mb = _peak_mb()
    print(json.dumps({"rows": count, "seconds": seconds, "peak_mb": peak_mb}))


def measure(kind: str, path: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--fresh", action="store_true", help="write the files again")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    DATA.mkdir(exist_ok=True)
    csv_path = DATA / f"import-{args.rows}.csv"
    xlsx_path = DATA / f"import-{args.rows}.xlsx"
    if args.fresh or not (csv_path.exists() and xlsx_path.exists()):
        started = time.perf_counter()
        write_files(args.rows, csv_path, xlsx_path)
        print(
            f"wrote {csv_path.name} and {xlsx_path.name} in {time.perf_counter() - started:.1f} s"
        )
    print(
        f"{args.rows} rows x {COLUMNS} columns: CSV {csv_path.stat().st_size / 1e6:.1f} MB, "
        f"xlsx {xlsx_path.stat().st_size / 1e6:.1f} MB"
    )
    bare = measure("bare", csv_path)
    print(f"{'what':<28}{'seconds':>9}{'rows/s':>11}{'x bare':>8}{'peak MB':>9}")
    for label, kind, path in (
        ("csv.reader, bare", "bare", csv_path),
        ("read_table CSV", "csv", csv_path),
        ("read_table xlsx", "xlsx", xlsx_path),
        ("preview CSV, 20 rows", "preview", csv_path),
        ("preview xlsx, 20 rows", "preview", xlsx_path),
    ):
        figures = bare if kind == "bare" else measure(kind, path)
        rate = figures["rows"] / figures["seconds"] if figures["seconds"] else 0.0
        print(
            f"{label:<28}{figures['seconds']:>9.2f}{rate:>11,.0f}"
            f"{figures['seconds'] / bare['seconds']:>8.1f}{figures['peak_mb']:>9.0f}"
        )


if __name__ == "__main__":
    main()
