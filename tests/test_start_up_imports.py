"""Start-up pays only for what the first screen needs (issue 14, item 9): the window on a
SQLite file loads no PostgreSQL driver and no report, export or duplicate-finding library;
a headless visit sheet loads no Qt, no other command or report and no lunar calendar. Each runs in a fresh interpreter, where nothing of the
test session is imported yet. PostgreSQL still works after a start without its driver."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import PG_URL

ROOT = Path(__file__).resolve().parents[1]


def _run(code: str, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {})),
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


WINDOW = """
    import sys
    from desktop_crm.services.context import open_context
    from desktop_crm.services.people.users import ensure_owner
    from desktop_crm.ui.app import make_application
    from desktop_crm.ui.context import UiContext
    from desktop_crm.ui.main_window import MainWindow
    from desktop_crm.ui.runner import SyncRunner

    app = make_application()
    ctx = open_context({path!r}, create=True)
    ctx.user = ensure_owner()
    window = MainWindow(UiContext(app=ctx, runner=SyncRunner(), lang="zh_CN"))
    window.show()
    window.room("CustomersRoom")
    app.processEvents()
    heavy = ("psycopg", "psycopg2", "reportlab", "openpyxl", "icalendar", "vobject", "rapidfuzz")
    heavy += ("lunar_python", "desktop_crm.ui.aftersale.reminder_centre")  # the first check's
    print(sorted(name for name in heavy if name in sys.modules))
"""


def test_the_window_on_sqlite_loads_no_driver_report_or_export_library(tmp_path: Path) -> None:
    assert _run(WINDOW.format(path=str(tmp_path / "office.sqlite3"))) == "[]"


@pytest.mark.skipif(not PG_URL, reason="DESKTOP_CRM_TEST_PG not set")
def test_postgres_opens_after_peewee_was_loaded_without_its_driver() -> None:
    out = _run(
        f"""
        import sys
        import desktop_crm.models.db as db
        assert "psycopg" not in sys.modules  # peewee came without it
        database = db.open_database({PG_URL!r})
        with database.atomic():
            database.execute_sql("SELECT 1")
        from desktop_crm.models.row_security import database_prefix
        print(database_prefix(database) != "", type(database).__name__)
        """
    )
    assert out == "True PostgresqlDatabase"


def test_a_headless_visit_sheet_loads_no_qt(tmp_path: Path) -> None:
    path, out = str(tmp_path / "office.sqlite3"), tmp_path / "sheet.pdf"
    made = _run(
        f"""
        import datetime as dt
        from desktop_crm.models.core import Customer, User
        from desktop_crm.models.db import open_database
        from desktop_crm.services import visits as vs
        from desktop_crm.services.people.users import ensure_owner
        database = open_database({path!r}, create=True)
        rep = User.create(name="李晓梅", role="rep")
        customer = Customer.create(name="周一", company="南京鑫隆五金商行", owner_rep=rep.id)
        start = dt.datetime(2026, 3, 4, 10, 15)
        vs.plan_visit(ensure_owner(), vs.VisitDraft(customer.id, rep.id, start, 45))
        print("made")
        """
    )
    assert made == "made"
    argv = ["visit-sheet", "--database", path, "--rep", "李晓梅", "--date", "2026-03-04"]
    loaded = _run(
        f"""
        import sys
        from desktop_crm.cli import main
        from desktop_crm.cli import COMMANDS
        from desktop_crm.reports.registry import COMMANDS as REPORTS
        code = main({[*argv, "-o", str(out)]!r})
        heavy = ["PySide6", "shiboken6", "lunar_python", "openpyxl", "rapidfuzz"]
        heavy += [f"desktop_crm.commands.{{m}}" for m in set(COMMANDS.values())]
        heavy += [f"desktop_crm.reports.{{m}}" for m in REPORTS.values()]
        print(code, sorted(n for n in heavy if n in sys.modules))
        """,
        env={"LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""},
    )
    # only the visit sheet's own command and report module, no Qt, nothing else
    assert loaded == "0 ['desktop_crm.commands.report_cmd', 'desktop_crm.reports.visit_sheet']"
    assert out.read_bytes().startswith(b"%PDF")
