#!/usr/bin/env python3
"""Customer file figures on a big database: window start-up, filter-as-you-type, peak memory.

    uv run python bench/generate.py --customers 100000 --database bench/data/100k.sqlite3 --fresh
    uv run python bench/bench_customers.py --database bench/data/100k.sqlite3

Prints
- seconds from process start to the main window shown with its first rows (measured by this
  script around a child process that starts the app the way `desktop-crm` does);
- the median and worst latency of 20 typed prefixes (Chinese and Latin): from setting the
  filter to the list showing its first rows, and to the match count being shown;
- the child process's peak memory (max RSS).
Targets (issue 3): window < 1.5 s, filter median < 50 ms, peak memory < 350 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

PREFIXES = [
    "王",
    "王建",
    "张",
    "李晓",
    "陈",
    "陈志",
    "刘丹",
    "上海",
    "深圳",
    "深圳华",
    "北京康",
    "138",
    "1390",
    "021",
    "w",
    "wang",
    "c",
    "li",
    "五金",
    "贸易有限",
]


def child(database: str) -> None:
    """Start the app like run_gui, then type each prefix into the list's filter box."""
    import resource

    from PySide6.QtCore import QCoreApplication

    from desktop_crm.demo.office import DEMO_OWNER, DEMO_PASSWORD
    from desktop_crm.services.context import open_context
    from desktop_crm.services.people.signin import sign_in
    from desktop_crm.ui.app import make_application
    from desktop_crm.ui.context import UiContext
    from desktop_crm.ui.i18n import install_translators
    from desktop_crm.ui.main_window import MainWindow
    from desktop_crm.ui.runner import Runner

    app = make_application()
    install_translators("zh_CN")
    ctx = open_context(database)
    ctx.user = sign_in(DEMO_OWNER, DEMO_PASSWORD)  # the generated office is the demo's
    window = MainWindow(UiContext(app=ctx, runner=Runner(), lang="zh_CN"))
    window.show()
    room = window.room("CustomersRoom")
    panel = room.list_panel  # type: ignore[union-attr]
    while panel.model.rowCount() == 0:
        app.processEvents()
    print("SHOWN", flush=True)
    # The app warms the search cache in the background after showing; wait for that.
    from desktop_crm.services.customers.search_index import search_cache

    deadline = time.perf_counter() + 30
    while not search_cache().ids and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.01)
    with search_cache().lock:
        pass
    rows_ms, count_ms = [], []
    for prefix in PREFIXES:
        counted: list[int] = []
        shown: list[bool] = []

        # Connected and disconnected within this iteration, so it sees this iteration's values.
        def on_reset() -> None:
            shown.append(True)  # noqa: B023
            rows_ms.append((time.perf_counter() - started) * 1000)  # noqa: B023

        panel.model.count_changed.connect(counted.append)
        panel.model.modelReset.connect(on_reset)
        started = time.perf_counter()
        panel.filter_edit.setText(prefix)
        panel.apply_filter()  # what the debounce timer calls; the page is read off the GUI thread
        while not counted or not shown:
            app.processEvents()
        count_ms.append((time.perf_counter() - started) * 1000)
        panel.model.count_changed.disconnect(counted.append)
        panel.model.modelReset.disconnect(on_reset)
    window.close()
    QCoreApplication.processEvents()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        "RESULT " + json.dumps({"rows_ms": rows_ms, "count_ms": count_ms, "peak_mb": peak_mb}),
        flush=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database", default="bench/data/100k.sqlite3")
    parser.add_argument("--runs", type=int, default=3, help="start-ups to time (best and median)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.database)
        return 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    startups, result = [], None
    for _ in range(args.runs):
        started = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, __file__, "--child", "--database", args.database],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("SHOWN"):
                startups.append(time.perf_counter() - started)
            elif line.startswith("RESULT "):
                result = json.loads(line[7:])
        proc.wait()
    if result is None or not startups:
        print("the child failed", file=sys.stderr)
        return 1
    rows, counts = result["rows_ms"], result["count_ms"]
    print(f"database: {args.database}")
    print(
        f"window shown with first rows: median {statistics.median(startups):.2f} s, "
        f"best {min(startups):.2f} s over {len(startups)} runs (target < 1.5 s)"
    )
    print(
        f"filter, first rows shown: median {statistics.median(rows):.1f} ms, "
        f"worst {max(rows):.1f} ms over {len(rows)} prefixes (target median < 50 ms)"
    )
    print(
        f"filter, match count shown: median {statistics.median(counts):.1f} ms, "
        f"worst {max(counts):.1f} ms"
    )
    for prefix, r, c in zip(PREFIXES, rows, counts, strict=True):
        print(f"    {prefix!r:>12}  rows {r:6.1f} ms   count {c:6.1f} ms")
    print(f"peak memory: {result['peak_mb']:.0f} MB (target < 350 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
