#!/usr/bin/env python3
"""Importing a big file (issue 11, item 9): a dry run and a create-import of a 100,000-row
customer CSV and .xlsx into a fresh SQLite database, each beside a bare read of the same file
measured in the same run.

    uv run python bench/bench_import.py                    # writes bench/data/import-100000.*
    uv run python bench/bench_import.py --rows 20000 --runs 1

The files are bench_import_read.py's: 20 columns under the zh_CN headers of our export
(services/customers/fields.export_columns), values from the demo generator. Each measurement
runs in its own child process (its peak memory is its own) on a fresh database set up as the
first-run setup does (home city 深圳, so a landline without an area code takes 0755). An
import goes as `desktop-crm import` does it: read_source, suggest_mapping, then
engine.dry_run or engine.run_import as the owner; the figures are from opening the file to the
report. The floors: a bare `csv.reader` pass over the CSV, and a bare python-calamine read of
the .xlsx's first sheet. Prints wall and CPU seconds, the ratio of each to its floor's, and
the peak memory. Targets: create-import < 60 s with peak memory < 500 MB; dry run < 30 s.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import_read import COLUMNS, DATA, _peak_mb, write_files  # noqa: E402


def _bare(kind: str, path: str) -> int:
    if kind == "bare-csv":
        with open(path, encoding="utf-8-sig", newline="") as handle:
            return sum(1 for _ in csv.reader(handle)) - 1
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(path)
    return len(book.get_sheet_by_index(0).to_python()) - 1


def _import(kind: str, path: str) -> dict[str, object]:
    from desktop_crm.models.db import open_database
    from desktop_crm.services.importing import engine
    from desktop_crm.services.importing.mapping import RecordKind, suggest_mapping
    from desktop_crm.services.importing.sources import read_source
    from desktop_crm.services.people.signin import first_run_setup
    from desktop_crm.ui.i18n import translate_function

    with tempfile.TemporaryDirectory(prefix="bench-import-") as folder:
        database = open_database(str(Path(folder) / "fresh.sqlite3"), create=True)
        owner = first_run_setup("金星门窗", "广东省", "深圳市", "王老板", "boss-pass", "zh_CN")
        translators = tuple(translate_function(lang) for lang in ("zh_CN", "zh_TW", "en"))
        wall, cpu = time.perf_counter(), time.process_time()
        table = read_source(Path(path))
        mapping = suggest_mapping(RecordKind.CUSTOMERS, table.header, translators, table.rows[:200])
        options = engine.ImportOptions(
            kind=RecordKind.CUSTOMERS,
            mapping=tuple(mapping),
            mode=engine.Mode.CREATE,
            file_name=Path(path).name,
            translators=translators,
        )
        run = engine.dry_run if kind == "dry" else engine.run_import
        report = run(owner, table, options)
        figures: dict[str, object] = {
            "seconds": time.perf_counter() - wall,
            "cpu": time.process_time() - cpu,
            "rows": len(table.rows),
            "mapped": sum(1 for key in mapping if key),
            "counts": [report.created, report.updated, report.skipped, report.errors],
        }
        database.close()
    return figures


def child(kind: str, path: str) -> None:
    if kind.startswith("bare"):
        wall, cpu = time.perf_counter(), time.process_time()
        rows = _bare(kind, path)
        figures: dict[str, object] = {
            "seconds": time.perf_counter() - wall,
            "cpu": time.process_time() - cpu,
            "rows": rows,
        }
    else:
        figures = _import(kind, path)
    figures["peak_mb"] = _peak_mb()
    print(json.dumps(figures))


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
    parser.add_argument("--runs", type=int, default=2, help="measurements of each")
    parser.add_argument("--fresh", action="store_true", help="write the files again")
    parser.add_argument("--only", choices=("csv", "xlsx"), default=None)
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
        f"xlsx {xlsx_path.stat().st_size / 1e6:.1f} MB; {args.runs} run(s) each"
    )
    print(
        f"{'what':<24}{'wall s':>8}{'x floor':>9}{'CPU s':>8}{'x floor':>9}{'peak MB':>9}"
        "  created/updated/skipped/errors"
    )
    files = [("CSV", "bare-csv", csv_path), ("xlsx", "bare-xlsx", xlsx_path)]
    for name, floor_kind, path in files:
        if args.only and args.only != name.lower():
            continue
        for run in range(1, args.runs + 1):
            floor = measure(floor_kind, path)
            floor_name = "csv.reader" if floor_kind == "bare-csv" else "calamine"
            rows = [(f"{floor_name}, bare", floor)]
            for label, kind in (("dry run", "dry"), ("create-import", "create")):
                rows.append((f"{name} {label}", measure(kind, path)))
            for label, figures in rows:
                counts = figures.get("counts")
                print(
                    f"{label + f' #{run}':<24}{figures['seconds']:>8.2f}"
                    f"{figures['seconds'] / floor['seconds']:>9.1f}{figures['cpu']:>8.2f}"
                    f"{figures['cpu'] / floor['cpu']:>9.1f}{figures['peak_mb']:>9.0f}"
                    + (f"  {'/'.join(map(str, counts))}" if counts else ""),  # type: ignore[call-overload]
                    flush=True,
                )


if __name__ == "__main__":
    main()
