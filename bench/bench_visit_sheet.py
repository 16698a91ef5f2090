#!/usr/bin/env python3
"""The headless visit sheet's wall time beside its floor (issue 14, item 9: ≤ 0.5 s wall).

    uv run desktop-crm demo --database /tmp/demo.sqlite3
    uv run python bench/bench_visit_sheet.py --database /tmp/demo.sqlite3 --rep 王建国

Times, as wall clock around a fresh process each run (median of --runs after one warming run):
- `desktop-crm visit-sheet --rep R --date D -o F.pdf` through the virtual environment's own
  entry point (`.venv/bin/desktop-crm`, what an installed program runs; `uv run` adds its own
  start, shown apart with --uv), signed in as a rep's computer does it every morning: kept
  signed in (`desktop-crm sign-in` once, in a configuration folder of the bench's own);
- the same with the password given each time (DESKTOP_CRM_PASSWORD: its argon2id check runs);
- the floor: a Python that imports reportlab and writes an empty PDF.
The date is the rep's first day with visits from today on unless --date names one. Signs in as
DESKTOP_CRM_USER / DESKTOP_CRM_PASSWORD, else the demo office's owner. Bytecode is cached as
an installed program's is (see bench_customers.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FLOOR = (
    "import io; from reportlab.pdfgen import canvas; "
    "c = canvas.Canvas(io.BytesIO()); c.showPage(); c.save()"
)


def wall(argv: list[str], env: dict[str, str], runs: int) -> float:
    subprocess.run(argv, env=env, check=True, capture_output=True)  # warming run
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(argv, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def busy_day(database: str, rep: str) -> dt.date:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as con:
        row = con.execute(
            "SELECT date(v.start) FROM visit v JOIN user u ON u.id = v.rep_id "
            "WHERE u.name = ? AND date(v.start) >= date('now') ORDER BY v.start LIMIT 1",
            (rep,),
        ).fetchone()
    if row is None:
        raise SystemExit(f"{rep} has no visits from today on: give --date")
    return dt.date.fromisoformat(row[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True)
    parser.add_argument("--rep", default="王建国")
    parser.add_argument("--date", type=dt.date.fromisoformat)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--uv", action="store_true", help="also time it through `uv run`")
    args = parser.parse_args()
    day = args.date or busy_day(args.database, args.rep)
    env = dict(os.environ)
    env.setdefault("DESKTOP_CRM_USER", "张总")
    env.setdefault("DESKTOP_CRM_PASSWORD", "demo")
    if env.pop("PYTHONDONTWRITEBYTECODE", None) and "PYTHONPYCACHEPREFIX" not in env:
        env["PYTHONPYCACHEPREFIX"] = os.path.join(tempfile.gettempdir(), "desktop-crm-pycache")
    out = Path(tempfile.gettempdir()) / "bench-visit-sheet.pdf"
    command = ["visit-sheet", "--database", args.database, "--rep", args.rep]
    command += ["--date", day.isoformat(), "-o", str(out)]
    entry = Path(sys.executable).with_name("desktop-crm")
    with_password = wall([str(entry), *command], env, args.runs)
    kept_env = dict(env, DESKTOP_CRM_CONFIG_DIR=tempfile.mkdtemp(prefix="bench-sheet-config-"))
    subprocess.run([str(entry), "sign-in", "--database", args.database], env=kept_env, check=True)
    kept_env.pop("DESKTOP_CRM_PASSWORD")
    sheet = wall([str(entry), *command], kept_env, args.runs)
    floor = wall([sys.executable, "-c", FLOOR], env, args.runs)
    print(f"database: {args.database}   rep {args.rep}, {day}   ({out.stat().st_size:,} bytes)")
    print(
        f"headless visit sheet ({entry}, kept signed in): {sheet:.2f} s wall "
        f"median of {args.runs} (target ≤ 0.5 s)"
    )
    print(f"the same with the password each time (argon2id): {with_password:.2f} s wall")
    print(f"floor (python, import reportlab, an empty PDF): {floor:.2f} s wall")
    print(f"visit sheet ratio to the floor: {sheet / floor:.1f}")
    uv = shutil.which("uv")
    if args.uv and uv:
        through_uv = wall([uv, "run", "desktop-crm", *command], kept_env, args.runs)
        print(f"the same through `uv run desktop-crm`: {through_uv:.2f} s wall")
    return 0


if __name__ == "__main__":
    sys.exit(main())
