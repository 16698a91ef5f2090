#!/usr/bin/env python3
"""Visit planner figures on a big database: one day's visit sheet, the all-reps week view.

    uv run python bench/bench_visits.py --database bench/data/visits-1m.sqlite3 --visits 1000000

Fills the database on first use (customers and visits from desktop_crm.demo's generators,
stored through the services' bulk paths: 50 reps, about ten visits per rep and working day,
reaching back as many years as the count needs), then prints
- seconds to build one rep's visit sheet PDF for a busy day (target < 0.5 s);
- seconds to open the all-reps week view: load the week's visits and summaries, lay them out
  and paint the calendar offscreen (target ≤ 100 ms at 1M visits, issue 14), beside its floor:
  the same week's rows read by one plain SQL query on the same connection and a bare widget
  painting one rectangle per visit; and the whole Planner room opened on the day and painted
  (target ≤ 250 ms), with the app's own runner: its "visit next" list is read on a worker
  thread as in the app, and the time until that list is shown comes on a line of its own.
Each figure is the median of five runs after one warm-up; the first (cold) run is shown too.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPS = 50
VISITS_PER_REP_DAY = 10


def timed(fn: Callable[[], object], runs: int = 5) -> tuple[float, float]:
    """(cold seconds, median of `runs` warm seconds)."""
    start = time.perf_counter()
    fn()
    cold = time.perf_counter() - start
    warm = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        warm.append(time.perf_counter() - start)
    return cold, statistics.median(warm)


def fill(visits: int, customers: int, today: dt.date) -> None:
    from desktop_crm.demo import ensure_staff, generate_customers, generate_visits
    from desktop_crm.models.core import Customer
    from desktop_crm.models.visits import Visit

    have = Visit.select().count()
    if have >= visits:
        print(f"database holds {have:,} visits already")
        return
    names = [f"业务员{i:02d}" for i in range(1, REPS + 1)]
    owner, reps = ensure_staff(names, "张总")
    if Customer.select().count() < customers:
        started = time.perf_counter()
        generate_customers(
            owner, customers, reps, seed=3, today=today, deals_per_customer=2.0, batch=2000
        )
        print(f"{customers:,} customers in {time.perf_counter() - started:.1f} s")
    rep_customers: dict[int, list[int]] = {r.id: [] for r in reps}
    for cid, rep in Customer.select(Customer.id, Customer.owner_rep).tuples():
        if rep in rep_customers:
            rep_customers[rep].append(cid)
    workdays_needed = (visits - have) // (REPS * VISITS_PER_REP_DAY) + 1
    first = today + dt.timedelta(days=30) - dt.timedelta(days=int(workdays_needed * 7 / 5) + 1)
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        print(f"\r  {done:,} / {total:,} visits", end="", flush=True)

    made = generate_visits(
        owner,
        visits - have,
        rep_customers,
        first_day=first,
        last_day=today + dt.timedelta(days=30),
        today=today,
        progress=progress,
    )
    print(
        f"\r{made:,} visits ({first} … {today + dt.timedelta(days=30)}) in "
        f"{time.perf_counter() - started:.1f} s"
    )


def week_floor(database: object, first: dt.date, size: object) -> float:
    """Median seconds of the least the week view must do: read the week's visits with their
    customer and rep names in one query, and paint a box for each on a bare widget."""
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QWidget

    lo = dt.datetime.combine(first, dt.time())
    hi = lo + dt.timedelta(days=7)
    sql = (
        "SELECT v.id, v.start, v.duration_minutes, v.status, c.name, c.company, u.name "
        "FROM visit v JOIN customer c ON c.id = v.customer_id JOIN user u ON u.id = v.rep_id "
        "WHERE v.rep_id IN (SELECT id FROM user) AND v.start >= ? AND v.start < ?"
    )
    rows: list[tuple[object, ...]] = []

    class Boxes(QWidget):
        def paintEvent(self, event: object) -> None:  # noqa: N802
            painter = QPainter(self)
            for n, row in enumerate(rows):
                painter.drawRect(n % 50 * 20, n // 50 * 15, 18, 13)
                painter.drawText(n % 50 * 20, n // 50 * 15 + 12, str(row[4])[:2])
            painter.end()

    widget = Boxes()
    widget.resize(size)  # type: ignore[arg-type]

    def floor() -> None:
        rows[:] = database.execute_sql(sql, (lo, hi)).fetchall()  # type: ignore[attr-defined]
        widget.grab()

    return timed(floor)[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default="bench/data/visits-1m.sqlite3")
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--customers", type=int, default=20_000)
    args = parser.parse_args()

    from desktop_crm.models.db import open_database

    today = dt.date.today()
    if not args.database.startswith("postgres"):
        Path(args.database).parent.mkdir(parents=True, exist_ok=True)
    database = open_database(args.database, create=True)
    fill(args.visits, args.customers, today)
    from desktop_crm.services.people.users import ensure_owner

    owner = ensure_owner()

    from desktop_crm.models.visits import Visit
    from desktop_crm.reports.visit_sheet import visit_sheet_pdf
    from desktop_crm.services.people.users import find_user
    from desktop_crm.services.visits.calendar import planner_period, week_start

    total = Visit.select().count()
    day = today + dt.timedelta(days=(7 - today.weekday()) % 7 or 1)  # a coming working day
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    rep = find_user(owner, "业务员01")
    assert rep is not None
    sheet = visit_sheet_pdf(owner, rep.id, day)
    cold, warm = timed(lambda: visit_sheet_pdf(owner, rep.id, day))
    count = (
        Visit.select()
        .where(
            Visit.rep == rep.id,
            Visit.start >= dt.datetime.combine(day, dt.time()),
            Visit.start < dt.datetime.combine(day + dt.timedelta(days=1), dt.time()),
        )
        .count()
    )
    print(f"visits in the database: {total:,}")
    print(
        f"visit sheet, 1 rep, {day} ({count} visits, {len(sheet):,} bytes): "
        f"{warm:.3f} s median (cold {cold:.3f} s)   target < 0.5 s"
    )

    from desktop_crm.services.context import AppContext
    from desktop_crm.services.people.users import ensure_owner
    from desktop_crm.ui.app import make_application
    from desktop_crm.ui.context import UiContext
    from desktop_crm.ui.planner.calendar_view import PlannerCalendar

    app = make_application(["bench"])
    first = week_start(day)
    calendar = PlannerCalendar()
    calendar.resize(1200, 760)

    def open_week_view() -> None:
        period = planner_period(owner, first, 7, None)
        calendar.show_period(period, True)
        calendar.grab()

    cold, warm = timed(open_week_view)
    shown = len(planner_period(owner, first, 7, None).rows)
    print(
        f"all-reps week view, {first} ({shown:,} visits): {warm * 1000:.0f} ms median "
        f"(cold {cold * 1000:.0f} ms)   target ≤ 100 ms"
    )
    floor = week_floor(database, first, calendar.size())
    print(
        f"floor (one SQL read of the week's rows, a bare widget painting a box each): "
        f"{floor * 1000:.0f} ms; week view ratio to the floor: {warm / floor:.1f}"
    )

    from desktop_crm.ui.planner.room import PlannerRoom
    from desktop_crm.ui.runner import Runner

    # The app's own runner: the "visit next" list is read on a worker thread, as in the app.
    runner = Runner()
    ctx = UiContext(app=AppContext(database, args.database, ensure_owner()), runner=runner)
    rooms: list[PlannerRoom] = []

    def open_room() -> None:
        room = PlannerRoom(ctx, day=day)  # opened on the day: its week read once
        room.resize(1440, 860)
        room.grab()
        rooms.append(room)

    def list_arrived() -> None:
        room = rooms[-1]
        while room.side_list.is_reading():  # started, read on the worker, delivered back
            app.processEvents()
            runner.wait()
        room.side_list.grab()

    def whole_room() -> None:
        open_room()
        list_arrived()
        for room in rooms:
            room.deleteLater()
        rooms.clear()
        app.processEvents()

    def timed_once(fn: Callable[[], object]) -> float:
        start = time.perf_counter()
        fn()
        return time.perf_counter() - start

    list_arrived_timed: list[float] = []
    whole_room()  # warm-up
    painted: list[float] = []
    for _ in range(6):  # the first is shown as cold, the median of the rest as the figure
        painted.append(timed_once(open_room))
        list_arrived_timed.append(timed_once(list_arrived))
        for room in rooms:
            room.deleteLater()
        rooms.clear()
        app.processEvents()
    warm = statistics.median(painted[1:])
    print(
        f"whole Planner room (all reps: board, visit-next list, route, week panel) painted: "
        f"{warm * 1000:.0f} ms median (cold {painted[0] * 1000:.0f} ms)   target ≤ 250 ms; "
        f"ratio to the week view's floor: {warm / floor:.1f}"
    )
    later = statistics.median(list_arrived_timed[1:])
    print(
        f"  then its visit-next list, read on a worker thread, shown {later * 1000:.0f} ms "
        f"later (median); room and list together {(warm + later) * 1000:.0f} ms"
    )
    database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
