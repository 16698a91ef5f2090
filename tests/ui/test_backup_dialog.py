"""File → Backups…: the folder and its copies, Back up now, and a restore asked for by an
owner only (the buttons follow the policy; the services refuse anyway)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_crm.services.context import AppContext
from desktop_crm.services.people import manage
from desktop_crm.services.people.roles import Role
from desktop_crm.ui import backup_dialog
from desktop_crm.ui.backup_dialog import BackupDialog
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.runner import SyncRunner


def _dialog(qtbot: Any, app_ctx: AppContext) -> BackupDialog:
    dialog = BackupDialog(UiContext(app=app_ctx, runner=SyncRunner(), lang="en"))
    qtbot.addWidget(dialog)
    return dialog


def test_back_up_now_lists_the_copy_and_an_owner_asks_to_restore_it(
    qtbot: Any, sqlite_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "elsewhere"
    chosen.mkdir()
    monkeypatch.setattr(backup_dialog, "choose_folder", lambda _parent, _start: str(chosen))
    dialog = _dialog(qtbot, sqlite_ctx)
    assert dialog.table.rowCount() == 0
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.folder_edit.text() == str(chosen)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    copies = list(chosen.glob("crm-manual-*.sqlite3"))
    assert len(copies) == 1 and dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == copies[0].name
    monkeypatch.setattr(backup_dialog, "confirm_restore", lambda _parent, _name: True)
    with qtbot.waitSignal(dialog.restore_requested) as signal:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert signal.args == [copies[0]]
    # the choice stays on this computer
    again = _dialog(qtbot, sqlite_ctx)
    assert again.folder_edit.text() == str(chosen)
    qtbot.mouseClick(again.default_button, Qt.MouseButton.LeftButton)
    assert again.folder_edit.text().endswith("backups")


def test_a_rep_is_offered_neither_backup_nor_restore(qtbot: Any, sqlite_ctx: AppContext) -> None:
    rep = manage.add_person(sqlite_ctx.user, "王建国", Role.REP, password="pw")
    clerk = manage.add_person(sqlite_ctx.user, "周敏", Role.CLERK, password="pw")
    sqlite_ctx.user = rep
    dialog = _dialog(qtbot, sqlite_ctx)
    assert not dialog.backup_button.isEnabled()
    assert not dialog.restore_file_button.isEnabled()
    sqlite_ctx.user = clerk
    dialog = _dialog(qtbot, sqlite_ctx)
    assert dialog.backup_button.isEnabled() and not dialog.restore_file_button.isEnabled()


def test_an_owner_restores_a_backup_and_the_window_reopens_on_it(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File → Backups… → Restore: the window closes, the backup is put in place (the current
    file kept aside), the window reopens on it with the same person signed in."""
    from desktop_crm.models.core import Customer
    from desktop_crm.services.context import open_context
    from desktop_crm.services.office.backup import backup_to
    from desktop_crm.services.people.signin import first_run_setup, sign_in
    from desktop_crm.ui import app as gui

    app_ctx = open_context(str(tmp_path / "office.sqlite3"), create=True)
    try:
        first_run_setup("金星门窗", "广东省", "佛山市", "王老板", "boss-pass", "en")
        app_ctx.user = sign_in("王老板", "boss-pass")
        Customer.create(name="备份前的客户")
        backup = backup_to(app_ctx.user, tmp_path / "kept.sqlite3").path
        Customer.create(name="备份后的客户")
        session = gui.Session(app_ctx, "en", runner=SyncRunner)
        first = session.open_window()
        qtbot.addWidget(first)
        monkeypatch.setattr(backup_dialog, "choose_backup_file", lambda *_a: str(backup))
        monkeypatch.setattr(backup_dialog, "confirm_restore", lambda *_a: True)

        def exec_pressing_restore(dialog: BackupDialog) -> int:
            dialog.show()
            qtbot.mouseClick(dialog.restore_file_button, Qt.MouseButton.LeftButton)
            return int(dialog.result())

        monkeypatch.setattr(BackupDialog, "exec", exec_pressing_restore)
        first.backups_action.trigger()
        qtbot.waitUntil(lambda: session.window is not first, timeout=5000)
        second = session.window
        assert second is not None
        qtbot.addWidget(second)
        assert "王老板" in second.windowTitle()
        assert sorted(c.name for c in Customer.select()) == ["备份前的客户"]
        assert "Restored from kept.sqlite3" in second.statusBar().currentMessage()
        assert list(tmp_path.glob("office.sqlite3.before-restore-*"))
    finally:
        app_ctx.close()
