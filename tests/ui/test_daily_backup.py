"""The window takes the day's backup at start, silently on the runner, once a day; a failure
shows in the status bar and blocks nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from desktop_crm.services.common.settings import BACKUP_FOLDER
from desktop_crm.services.context import AppContext
from desktop_crm.ui import main_window
from desktop_crm.ui.common.rooms import discover_rooms
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.local_settings import write_local
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.runner import SyncRunner


def _window(qtbot: Any, app_ctx: AppContext) -> MainWindow:
    window = MainWindow(UiContext(app=app_ctx, runner=SyncRunner(), lang="en"))
    qtbot.addWidget(window)
    return window


def test_the_first_start_of_the_day_takes_a_backup_beside_the_database(
    qtbot: Any, sqlite_ctx: AppContext
) -> None:
    folder = Path(str(sqlite_ctx.database.database)).parent / "backups"
    daily = folder / f"crm-daily-{dt.date.today().isoformat()}.sqlite3"
    _window(qtbot, sqlite_ctx)
    qtbot.waitUntil(daily.exists, timeout=5000)
    taken = daily.stat().st_mtime_ns
    _window(qtbot, sqlite_ctx)
    qtbot.wait(main_window.BACKUP_AFTER_MS + 300)  # its check has run, and taken nothing
    assert daily.stat().st_mtime_ns == taken  # once a day
    assert len(list(folder.glob("crm-weekly-*.sqlite3"))) == 1


def test_a_failed_backup_shows_in_the_status_bar(
    qtbot: Any, sqlite_ctx: AppContext, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    write_local(BACKUP_FOLDER, str(blocker))
    window = _window(qtbot, sqlite_ctx)
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage().startswith("The daily backup failed"),
        timeout=5000,
    )
    assert window.tabs.count() == len(discover_rooms())  # the window works on
