"""Issue 10's whole path in the window, driven like a new office would: on an empty database
the first-run setup makes the owner and two reps; a rep signs in and sees only their own
customers and the pool; the owner signs in, reassigns that rep's customers by right-click,
and the customer's History tab shows the reassignment; the rep then sees them no more."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog
from test_audit_views import _history_cells
from test_customers_pool import _menu_action, _right_click, _select_rows
from test_sign_in import _fill_setup, _sign_in

from desktop_crm.models.core import Customer, User
from desktop_crm.services.context import open_context
from desktop_crm.ui import app as gui
from desktop_crm.ui import setup_dialog, sign_in_dialog
from desktop_crm.ui.customers import pool_dialogs
from desktop_crm.ui.customers.pool_dialogs import ReassignDialog
from desktop_crm.ui.runner import SyncRunner
from desktop_crm.ui.setup_dialog import FirstRunSetupDialog
from desktop_crm.ui.sign_in_dialog import SignInDialog


def _names(window: Any) -> list[str]:
    room = window.show_room("CustomersRoom")
    model = room.list_panel.model
    return sorted(str(model.index(r, 0).data()) for r in range(model.rowCount()))


def test_a_new_office_from_setup_to_a_reassignment_in_the_history(
    qtbot: Any, qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = open_context(str(tmp_path / "office.sqlite3"), create=True)
    try:
        who = {"name": "李晓梅", "password": "li-pass"}

        def setup(app_ctx: Any, language: str) -> Any:
            dialog = FirstRunSetupDialog(app_ctx, language)
            qtbot.addWidget(dialog)
            dialog.show()
            _fill_setup(qtbot, dialog)  # 王老板 / boss-pass, reps 李晓梅 and 赵磊
            assert dialog.result() == QDialog.DialogCode.Accepted
            return dialog.outcome

        def ask(app_ctx: Any, parent: Any = None, name: str = "") -> Any:
            dialog = SignInDialog(app_ctx, parent, name)
            qtbot.addWidget(dialog)
            dialog.show()
            _sign_in(qtbot, dialog, who["name"], who["password"])
            return dialog.person

        monkeypatch.setattr(setup_dialog, "ask_first_run_setup", setup)
        monkeypatch.setattr(sign_in_dialog, "ask_sign_in", ask)
        signed_in = gui.sign_in_at_start(qapp, ctx, "en", demo=False)
        assert signed_in is not None
        ctx, lang, person = signed_in
        li = User.get(User.name == "李晓梅")
        zhao = User.get(User.name == "赵磊")
        mine = [Customer.create(name=n, owner_rep=li.id).id for n in ("甲方贸易", "乙方实业")]
        Customer.create(name="赵的客户", owner_rep=zhao.id)
        Customer.create(name="公海客户")

        ctx.user = person
        session = gui.Session(ctx, lang, runner=SyncRunner)
        window = session.open_window()
        qtbot.addWidget(window)
        assert "李晓梅" in window.windowTitle()
        assert _names(window) == sorted(["甲方贸易", "乙方实业", "公海客户"])

        who.update(name="王老板", password="boss-pass")
        window.switch_user_action.trigger()
        window = session.window
        qtbot.addWidget(window)
        assert "王老板" in window.windowTitle()
        assert len(_names(window)) == 4
        room = window.show_room("CustomersRoom")
        _select_rows(room, mine)
        menu = _right_click(room, mine[0])

        def pick_zhao(dialog: ReassignDialog) -> int:
            dialog.person_combo.setCurrentIndex(dialog.person_combo.findData(zhao.id))
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(ReassignDialog, "exec", pick_zhao)
        monkeypatch.setattr(pool_dialogs, "confirm_reassign", lambda *_a: True)
        _menu_action(menu, "reassign").trigger()
        menu.hide()
        assert [Customer.get_by_id(i).owner_rep_id for i in mine] == [zhao.id, zhao.id]

        assert room.show_customer(mine[0])
        room.form.pages.setCurrentWidget(room.form.pages.history)
        newest = _history_cells(room.form)[0]
        assert newest[1] == "王老板" and "Reassigned" in newest[2]
        assert newest[4] == "李晓梅 → 赵磊"

        who.update(name="李晓梅", password="li-pass")
        window.switch_user_action.trigger()
        window = session.window
        qtbot.addWidget(window)
        assert _names(window) == ["公海客户"]
    finally:
        ctx.close()
