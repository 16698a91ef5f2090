""" "Keep me signed in on this computer" (issue 14, item 9): ticked in the sign-in dialog, the
next start opens the window for that person without the dialog; signing in without it, File →
Sign out, or a new password ends it. Driven like a user, the database and the computer's file
of kept sign-ins checked afterwards."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest
from customers_support import type_text
from PySide6.QtCore import Qt

from desktop_crm.models.sign_in import RememberedSignIn
from desktop_crm.services.common.settings import KEEP_SIGNED_IN
from desktop_crm.services.context import AppContext, open_context
from desktop_crm.services.people import kept, manage
from desktop_crm.services.people.roles import Role
from desktop_crm.services.people.signin import first_run_setup, sign_in
from desktop_crm.ui import app as gui
from desktop_crm.ui import sign_in_dialog
from desktop_crm.ui.local_settings import read_local
from desktop_crm.ui.runner import SyncRunner
from desktop_crm.ui.sign_in_dialog import SignInDialog


@pytest.fixture
def office_ctx(tmp_path: Path) -> Any:
    ctx = open_context(str(tmp_path / "office.sqlite3"), create=True)
    owner = first_run_setup("金星门窗", "广东省", "佛山市", "王老板", "boss-pass", "en")
    manage.add_person(owner, "李晓梅", Role.REP, password="li-pass")
    yield ctx
    ctx.close()


def _sign_in(qtbot: Any, dialog: SignInDialog, name: str, password: str, keep: bool) -> None:
    dialog.name_combo.setCurrentText("")
    type_text(dialog.name_combo.lineEdit(), name)
    qtbot.keyClicks(dialog.password_edit, password)
    if dialog.keep_box.isChecked() != keep:
        qtbot.mouseClick(dialog.keep_box, Qt.MouseButton.LeftButton)
    assert dialog.keep_box.isChecked() == keep
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)


def _asking(qtbot: Any, monkeypatch: pytest.MonkeyPatch, *answers: tuple[str, str, bool]) -> list:
    """Replace the dialog: each time it is asked for, the next answer is typed into it."""
    asked: list[SignInDialog] = []
    queue = list(answers)

    def ask(app_ctx: AppContext, parent: Any = None, name: str = "") -> Any:
        dialog = SignInDialog(app_ctx, parent, name)
        qtbot.addWidget(dialog)
        dialog.show()
        asked.append(dialog)
        _sign_in(qtbot, dialog, *queue.pop(0))
        return dialog.person

    monkeypatch.setattr(sign_in_dialog, "ask_sign_in", ask)
    return asked


def _started(qtbot: Any, qapp: Any, office_ctx: AppContext) -> tuple[Any, gui.Session, Any]:
    """The program's start (the dialog as `_asking` answers it), then its session's window."""
    signed_in = gui.sign_in_at_start(qapp, office_ctx, "en", demo=False)
    assert signed_in is not None
    office_ctx.user = signed_in[2]
    session = gui.Session(office_ctx, "en", runner=SyncRunner)
    window = session.open_window()
    qtbot.addWidget(window)
    return signed_in, session, window


def test_keep_me_signed_in_lets_the_next_start_skip_the_dialog(
    qtbot: Any, qapp: Any, office_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _asking(qtbot, monkeypatch, ("李晓梅", "li-pass", True))
    signed_in = gui.sign_in_at_start(qapp, office_ctx, "en", demo=False)
    assert signed_in is not None and signed_in[2].name == "李晓梅"
    assert len(asked) == 1 and not asked[0].keep_box.isHidden()
    assert [r.user_id for r in RememberedSignIn.select()] == [signed_in[2].id]
    assert kept.kept_sign_in(office_ctx.target).name == "李晓梅"  # type: ignore[union-attr]
    assert read_local(KEEP_SIGNED_IN) is True  # the box starts ticked next time
    again = gui.sign_in_at_start(qapp, office_ctx, "en", demo=False)  # the next start
    assert again is not None and again[2] == signed_in[2]
    assert len(asked) == 1  # no dialog this time
    dialog = SignInDialog(office_ctx)
    qtbot.addWidget(dialog)
    assert dialog.keep_box.isChecked()


def test_signing_in_without_the_box_ends_what_the_computer_kept(
    qtbot: Any, qapp: Any, office_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _asking(qtbot, monkeypatch, ("李晓梅", "li-pass", True), ("王老板", "boss-pass", False))
    assert gui.sign_in_at_start(qapp, office_ctx, "en", demo=False) is not None
    office_ctx.user = sign_in("李晓梅", "li-pass")
    session = gui.Session(office_ctx, "en", runner=SyncRunner)
    window = session.open_window()
    qtbot.addWidget(window)
    window.switch_user_action.trigger()  # 王老板 signs in here, the box not ticked
    assert len(asked) == 2 and office_ctx.user.name == "王老板"
    assert RememberedSignIn.select().count() == 0
    assert kept.kept_sign_in(office_ctx.target) is None
    assert read_local(KEEP_SIGNED_IN) is False


def test_sign_out_forgets_the_kept_sign_in_and_asks_who_signs_in(
    qtbot: Any, qapp: Any, office_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _asking(qtbot, monkeypatch, ("李晓梅", "li-pass", True), ("王老板", "boss-pass", False))
    signed_in, session, window = _started(qtbot, qapp, office_ctx)
    assert window.sign_out_action.isVisible()
    menu = [a.text() for a in window.file_menu.actions()]
    assert "Sign &out" in menu
    window.sign_out_action.trigger()
    assert len(asked) == 2 and office_ctx.user.name == "王老板"
    assert RememberedSignIn.select().count() == 0 and kept.kept_sign_in(office_ctx.target) is None


def test_a_new_password_sends_the_next_start_to_the_dialog(
    qtbot: Any, qapp: Any, office_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _asking(qtbot, monkeypatch, ("李晓梅", "li-pass", True), ("李晓梅", "li-new", True))
    first = gui.sign_in_at_start(qapp, office_ctx, "en", demo=False)
    assert first is not None
    manage.set_password(sign_in("王老板", "boss-pass"), first[2].id, "li-new")
    second = gui.sign_in_at_start(qapp, office_ctx, "en", demo=False)
    assert second is not None and len(asked) == 2  # the dialog again
    assert second[2] == first[2]
    assert RememberedSignIn.select().count() == 1  # kept again, with the new password typed


def test_run_gui_opens_the_window_for_the_kept_person(
    qtbot: Any, qapp: Any, office_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    rep = sign_in("李晓梅", "li-pass")
    from desktop_crm.services.people.remembered import stay_signed_in

    assert stay_signed_in(rep, office_ctx.target)
    target = office_ctx.target
    office_ctx.close()
    monkeypatch.setattr(sign_in_dialog, "ask_sign_in", lambda *a, **k: pytest.fail("asked"))
    opened: list[Any] = []

    def open_window(session: gui.Session) -> Any:
        opened.append(session.app_ctx.user)
        return None

    monkeypatch.setattr(gui.Session, "open_window", open_window)
    monkeypatch.setattr(qapp, "exec", lambda: 0)
    assert gui.run_gui(argparse.Namespace(lang="en", demo=False, database=target), target) == 0
    assert [p.name for p in opened] == ["李晓梅"]


def test_a_switch_the_old_window_refuses_changes_nothing_kept(
    qtbot: Any, qapp: Any, office_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _asking(qtbot, monkeypatch, ("李晓梅", "li-pass", True), ("王老板", "boss-pass", True))
    signed_in, session, window = _started(qtbot, qapp, office_ctx)
    monkeypatch.setattr(window, "close", lambda: False)  # unsaved work: the user stays
    assert session.switch_user() is False
    assert len(asked) == 2 and session.window is window
    assert office_ctx.user.name == "李晓梅"
    assert kept.kept_sign_in(office_ctx.target).name == "李晓梅"  # type: ignore[union-attr]
    assert [r.user_id for r in RememberedSignIn.select()] == [signed_in[2].id]


def test_sign_out_cancelled_closes_the_window_and_ends_the_program(
    qtbot: Any, qapp: Any, office_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication

    _asking(qtbot, monkeypatch, ("李晓梅", "li-pass", True))
    signed_in, session, window = _started(qtbot, qapp, office_ctx)
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    monkeypatch.setattr(sign_in_dialog, "ask_sign_in", lambda *a, **k: None)  # cancelled
    window.sign_out_action.trigger()
    assert quits == [True] and not window.isVisible()
    assert kept.kept_sign_in(office_ctx.target) is None
    assert RememberedSignIn.select().count() == 0
    assert read_local(KEEP_SIGNED_IN) is False  # the next one starts unticked
    dialog = SignInDialog(office_ctx)
    qtbot.addWidget(dialog)
    assert not dialog.keep_box.isChecked()


def test_a_user_named_at_start_is_asked_for_when_someone_else_is_kept(
    qtbot: Any, qapp: Any, office_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_crm.services.people.remembered import stay_signed_in

    assert stay_signed_in(sign_in("李晓梅", "li-pass"), office_ctx.target)
    asked = _asking(
        qtbot, monkeypatch, ("王老板", "boss-pass", False), ("王老板", "boss-pass", False)
    )
    signed_in = gui.sign_in_at_start(qapp, office_ctx, "en", demo=False, name="王老板")
    assert signed_in is not None and signed_in[2].name == "王老板" and len(asked) == 1
    again = gui.sign_in_at_start(qapp, office_ctx, "en", demo=False, name="")
    assert again is not None and len(asked) == 2  # the box was not ticked: nothing kept now
