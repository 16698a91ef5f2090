"""First-run setup and sign-in in the window (issue 10), driven like a user: on an empty
database the setup is typed in (a Chinese owner, the office's details, two reps), then one
rep signs in with a typed password and the window's title names them; a wrong password shows
beside the field; File → Switch user… rebuilds the window for someone else; cancelling the
sign-in at start quits with 1."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest
from customers_support import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop_crm.models.core import User
from desktop_crm.services.common.settings import (
    HOME_CITY,
    HOME_PROVINCE,
    LAST_SIGN_IN_NAME,
    OFFICE_LANGUAGE,
    OFFICE_NAME,
    read_setting,
)
from desktop_crm.services.context import AppContext, open_context
from desktop_crm.services.people import manage
from desktop_crm.services.people.roles import Role
from desktop_crm.services.people.signin import first_run_setup, needs_setup
from desktop_crm.ui import app as gui
from desktop_crm.ui import setup_dialog, sign_in_dialog
from desktop_crm.ui.local_settings import read_local
from desktop_crm.ui.runner import SyncRunner
from desktop_crm.ui.setup_dialog import FirstRunSetupDialog
from desktop_crm.ui.sign_in_dialog import SignInDialog


@pytest.fixture
def empty_ctx(tmp_path: Path) -> Any:
    ctx = open_context(str(tmp_path / "office.sqlite3"), create=True)
    yield ctx
    ctx.close()


@pytest.fixture
def office_ctx(empty_ctx: AppContext) -> AppContext:
    owner = first_run_setup("金星门窗", "广东省", "佛山市", "王老板", "boss-pass", "en")
    manage.add_person(owner, "李晓梅", Role.REP, password="li-pass")
    manage.add_person(owner, "赵磊", Role.REP, password="zhao-pass")
    return empty_ctx


def _click(qtbot: Any, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _fill_setup(qtbot: Any, dialog: FirstRunSetupDialog) -> None:
    type_text(dialog.office_edit, "金星门窗")
    type_text(dialog.province_edit, "广东省")
    type_text(dialog.city_edit, "佛山市")
    _click(qtbot, dialog.next_button)
    assert dialog.pages.currentIndex() == 1
    type_text(dialog.owner_edit, "王老板")
    qtbot.keyClicks(dialog.password_edit, "boss-pass")
    qtbot.keyClicks(dialog.again_edit, "boss-pass")
    _click(qtbot, dialog.next_button)
    assert dialog.pages.currentIndex() == 2
    for row, name, password in zip(
        dialog.rows, ("李晓梅", "赵磊"), ("li-pass", "zhao-pass"), strict=True
    ):
        type_text(row.name_edit, name)
        qtbot.keyClicks(row.password_edit, password)
    _click(qtbot, dialog.next_button)  # Finish


def _sign_in(qtbot: Any, dialog: SignInDialog, name: str, password: str) -> None:
    dialog.name_combo.setCurrentText("")
    type_text(dialog.name_combo.lineEdit(), name)
    qtbot.keyClicks(dialog.password_edit, password)
    _click(qtbot, dialog.sign_in_button)


def test_setup_on_an_empty_database_then_a_rep_signs_in(
    qtbot: Any, qapp: Any, empty_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert needs_setup()
    seen: dict[str, Any] = {}

    def setup(app_ctx: AppContext, language: str) -> Any:
        dialog = FirstRunSetupDialog(app_ctx, language)
        qtbot.addWidget(dialog)
        dialog.show()
        _fill_setup(qtbot, dialog)
        assert dialog.result() == QDialog.DialogCode.Accepted
        return dialog.outcome

    def ask(app_ctx: AppContext, parent: Any = None, name: str = "") -> Any:
        dialog = SignInDialog(app_ctx, parent, name)
        qtbot.addWidget(dialog)
        dialog.show()
        seen["offered"] = [dialog.name_combo.itemText(i) for i in range(dialog.name_combo.count())]
        seen["filled"] = dialog.name_combo.currentText()
        _sign_in(qtbot, dialog, "李晓梅", "wrong")
        assert dialog.person is None and dialog.isVisible()
        assert dialog.password_error.isVisible()
        assert dialog.password_error.text() == "Wrong name or password."
        _sign_in(qtbot, dialog, "李晓梅", "li-pass")
        assert not dialog.isVisible()
        return dialog.person

    monkeypatch.setattr(setup_dialog, "ask_first_run_setup", setup)
    monkeypatch.setattr(sign_in_dialog, "ask_sign_in", ask)
    signed_in = gui.sign_in_at_start(qapp, empty_ctx, "en", demo=False)
    assert signed_in is not None
    ctx, lang, person = signed_in
    assert (person.name, person.role, lang) == ("李晓梅", Role.REP.value, "en")
    assert seen["filled"] == "王老板"  # the new owner's name is offered first
    assert sorted(seen["offered"]) == sorted(["王老板", "李晓梅", "赵磊"])

    owner = User.get(User.name == "王老板")
    assert owner.role == Role.OWNER.value and owner.password_hash.startswith("$argon2id$")
    reps = User.select().where(User.role == Role.REP.value).order_by(User.name)
    assert sorted(u.name for u in reps) == sorted(["李晓梅", "赵磊"])
    assert read_setting(OFFICE_NAME) == "金星门窗"
    assert (read_setting(HOME_PROVINCE), read_setting(HOME_CITY)) == ("广东省", "佛山市")
    assert read_setting(OFFICE_LANGUAGE) == "en"

    assert read_local(LAST_SIGN_IN_NAME) == "李晓梅"  # remembered on this computer
    again = SignInDialog(ctx)
    qtbot.addWidget(again)
    assert again.name_combo.currentText() == "李晓梅"

    ctx.user = person
    session = gui.Session(ctx, lang, runner=SyncRunner)
    window = session.open_window()
    qtbot.addWidget(window)
    assert "李晓梅" in window.windowTitle()
    assert "Sales rep" in window.windowTitle()


def test_setup_errors_show_beside_their_fields_and_nothing_is_written(
    qtbot: Any, empty_ctx: AppContext
) -> None:
    dialog = FirstRunSetupDialog(empty_ctx, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    _click(qtbot, dialog.next_button)
    assert dialog.pages.currentIndex() == 0
    assert dialog.errors["office_name"].isVisible()
    assert dialog.errors["office_name"].text() == "This field is required."
    type_text(dialog.office_edit, "金星门窗")
    type_text(dialog.province_edit, "广东省")
    type_text(dialog.city_edit, "佛山市")
    _click(qtbot, dialog.next_button)
    type_text(dialog.owner_edit, "王老板")
    qtbot.keyClicks(dialog.password_edit, "abc")
    qtbot.keyClicks(dialog.again_edit, "abd")
    _click(qtbot, dialog.next_button)
    assert dialog.pages.currentIndex() == 1
    assert dialog.errors["owner_password"].text() == "Too short: use at least 4 characters."
    assert dialog.errors["owner_again"].text() == "The two passwords differ."
    dialog.password_edit.setText("boss-pass")
    dialog.again_edit.setText("boss-pass")
    _click(qtbot, dialog.next_button)
    type_text(dialog.rows[0].name_edit, "王老板")  # the owner's name again
    qtbot.keyClicks(dialog.rows[0].password_edit, "pass-1")
    qtbot.keyClicks(dialog.rows[1].password_edit, "pass-2")  # a password without a name
    _click(qtbot, dialog.next_button)
    assert dialog.rows[1].error.isVisible() and "required" in dialog.rows[1].error.text()
    type_text(dialog.rows[1].name_edit, "赵磊")
    _click(qtbot, dialog.next_button)
    assert dialog.isVisible()
    assert dialog.rows[0].error.text() == "Name: Someone already has this name."
    assert User.select().count() == 0 and needs_setup()  # one transaction: nothing stays
    dialog.rows[0].name_edit.setText("李晓梅")
    _click(qtbot, dialog.next_button)
    assert not dialog.isVisible()
    assert sorted(u.name for u in User.select()) == sorted(["王老板", "李晓梅", "赵磊"])


def test_the_demo_button_ends_the_setup_without_writing(qtbot: Any, empty_ctx: AppContext) -> None:
    dialog = FirstRunSetupDialog(empty_ctx, "zh_CN")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.language_combo.currentText() == "简体中文"
    _click(qtbot, dialog.demo_button)
    assert dialog.outcome is not None and dialog.outcome.demo
    assert User.select().count() == 0


def test_a_deactivated_person_and_the_slow_down_show_beside_the_fields(
    qtbot: Any, office_ctx: AppContext
) -> None:
    owner = User.get(User.name == "王老板")
    zhao = User.get(User.name == "赵磊")
    from desktop_crm.services.people.signin import sign_in

    manage.deactivate_person(sign_in("王老板", "boss-pass"), zhao.id)
    dialog = SignInDialog(office_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    _sign_in(qtbot, dialog, "赵磊", "zhao-pass")
    assert dialog.name_error.isVisible() and "deactivated" in dialog.name_error.text()
    for _ in range(3):
        _sign_in(qtbot, dialog, "李晓梅", "nope")
    _sign_in(qtbot, dialog, "李晓梅", "li-pass")
    assert dialog.person is None
    assert "Too many failed attempts. Wait" in dialog.password_error.text()
    assert not dialog.sign_in_button.isEnabled()
    assert owner.id  # the owner is untouched


def test_switch_user_rebuilds_the_window_for_the_new_person(
    qtbot: Any, office_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_crm.services.people.signin import sign_in

    office_ctx.user = sign_in("王老板", "boss-pass")
    session = gui.Session(office_ctx, "en", runner=SyncRunner)
    first = session.open_window()
    qtbot.addWidget(first)
    assert "王老板" in first.windowTitle()
    assert first.switch_user_action.isVisible()

    def ask(app_ctx: AppContext, parent: Any = None, name: str = "") -> Any:
        dialog = SignInDialog(app_ctx, parent, name)
        dialog.show()
        _sign_in(qtbot, dialog, "李晓梅", "li-pass")
        return dialog.person

    monkeypatch.setattr(sign_in_dialog, "ask_sign_in", ask)
    first.switch_user_action.trigger()
    second = session.window
    assert second is not None and second is not first
    qtbot.addWidget(second)
    assert not first.isVisible() and second.isVisible()
    assert "李晓梅" in second.windowTitle()
    assert office_ctx.user.name == "李晓梅"


def test_cancelling_the_sign_in_at_start_quits_with_1(
    qtbot: Any, office_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = office_ctx.target
    office_ctx.close()
    monkeypatch.setattr(sign_in_dialog, "ask_sign_in", lambda *a, **k: None)
    args = argparse.Namespace(lang="en", demo=False, database=target)
    assert gui.run_gui(args, target) == 1


def _demo_like(ctx: AppContext) -> None:
    from desktop_crm.demo.office import DEMO_OWNER, DEMO_PASSWORD

    first_run_setup("演示公司", "广东省", "广州市", DEMO_OWNER, DEMO_PASSWORD, "zh_CN")


def test_the_demo_signs_in_as_its_owner_without_a_dialog(
    qtbot: Any, qapp: Any, empty_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_crm.demo.office import DEMO_OWNER

    _demo_like(empty_ctx)

    def never(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("no dialog for the demo")

    monkeypatch.setattr(sign_in_dialog, "ask_sign_in", never)
    monkeypatch.setattr(setup_dialog, "ask_first_run_setup", never)
    signed_in = gui.sign_in_at_start(qapp, empty_ctx, "en", demo=True)
    assert signed_in is not None and signed_in[2].name == DEMO_OWNER


def test_choosing_the_demo_in_the_setup_opens_the_demo_office(
    qtbot: Any, qapp: Any, empty_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_crm.demo.office import DEMO_OWNER

    demo_ctx = open_context(str(tmp_path / "demo.sqlite3"), create=True)
    _demo_like(demo_ctx)
    demo_ctx.close()
    opened: list[tuple[str, bool]] = []

    def open_demo(app: Any, target: str, demo: bool, create: bool) -> AppContext:
        opened.append((target, demo))
        return open_context(str(tmp_path / "demo.sqlite3"))

    monkeypatch.setattr(gui, "_open_or_tell", open_demo)
    monkeypatch.setattr(
        setup_dialog,
        "ask_first_run_setup",
        lambda ctx, lang: setup_dialog.SetupOutcome(None, lang, demo=True),
    )
    signed_in = gui.sign_in_at_start(qapp, open_context(empty_ctx.target), "en", demo=False)
    assert signed_in is not None
    ctx, _lang, person = signed_in
    assert person.name == DEMO_OWNER and opened[0][1] is True
    assert opened[0][0].endswith("demo.sqlite3")
    ctx.close()
