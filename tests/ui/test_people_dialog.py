"""Settings → People, driven like a user: two reps added, one deactivated with a hand-over;
refusals shown beside their fields; a rep may not change people."""

from __future__ import annotations

import datetime as dt

from customers_support import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_crm.models.core import Customer, User
from desktop_crm.models.visits import Visit
from desktop_crm.services.context import AppContext
from desktop_crm.services.people.manage import add_person
from desktop_crm.services.people.passwords import verify_password
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.people_dialog import PeopleDialog
from desktop_crm.ui.person_dialogs import HandOverDialog, PasswordDialog, PersonDialog
from desktop_crm.ui.runner import SyncRunner


def _page(qtbot, app_ctx: AppContext) -> PeopleDialog:
    page = PeopleDialog(UiContext(app=app_ctx, runner=SyncRunner(), lang="en"))
    qtbot.addWidget(page)
    page.show()
    return page


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def _add(qtbot, page: PeopleDialog, name: str, phone: str, password: str) -> None:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    form = page.child
    assert isinstance(form, PersonDialog)
    type_text(form.name_edit, name)  # keyClicks types ASCII only
    qtbot.keyClicks(form.phone_edit, phone)
    qtbot.keyClicks(form.password_edit, password)
    _ok(qtbot, form)
    assert not form.isVisible()


def test_add_two_reps_and_deactivate_one_with_a_hand_over(qtbot, sqlite_ctx: AppContext) -> None:
    page = _page(qtbot, sqlite_ctx)
    _add(qtbot, page, "王建国", "138 0000 1111", "wang")
    _add(qtbot, page, "李晓梅", "139 0000 2222", "li")
    names = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert sorted(names) == sorted(["店主", "王建国", "李晓梅"])
    wang = User.get(User.name == "王建国")
    li = User.get(User.name == "李晓梅")
    assert (wang.role, wang.phone) == ("rep", "138 0000 1111")
    assert verify_password(wang.password_hash, "wang")
    customer = Customer.create(name="张三", owner_rep=wang.id)
    planned = Visit.create(customer=customer.id, rep=wang.id, start=dt.datetime(2026, 3, 2, 9))

    page.select("王建国")
    qtbot.mouseClick(page.deactivate_button, Qt.MouseButton.LeftButton)
    hand_over = page.child
    assert isinstance(hand_over, HandOverDialog)
    hand_over.choose_heir(li.id)
    _ok(qtbot, hand_over)

    assert not User.get_by_id(wang.id).active
    assert Customer.get_by_id(customer.id).owner_rep_id == li.id
    assert Visit.get_by_id(planned.id).rep_id == li.id
    row = [page.table.item(r, 0).text() for r in range(page.table.rowCount())].index("王建国")
    assert page.table.item(row, 4).text() == "Deactivated"
    page.select("王建国")
    assert not page.deactivate_button.isEnabled()


def test_errors_are_shown_beside_their_fields(qtbot, sqlite_ctx: AppContext) -> None:
    page = _page(qtbot, sqlite_ctx)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    form = page.child
    assert isinstance(form, PersonDialog)
    qtbot.keyClicks(form.email_edit, "not-an-address")
    _ok(qtbot, form)
    assert form.isVisible()
    assert form.errors["name"].isVisible() and "required" in form.errors["name"].text()
    assert "e-mail" in form.errors["email"].text()
    assert form.errors["password"].isVisible()
    assert not form.errors["phone"].isVisible()
    assert User.select().count() == 1
    form.reject()


def test_reset_password_asks_twice(qtbot, sqlite_ctx: AppContext) -> None:
    rep = add_person(sqlite_ctx.user, "陈志强", "rep", password="old")
    page = _page(qtbot, sqlite_ctx)
    page.select("陈志强")
    qtbot.mouseClick(page.password_button, Qt.MouseButton.LeftButton)
    dialog = page.child
    assert isinstance(dialog, PasswordDialog)
    type_text(dialog.password_edit, "新密码")
    type_text(dialog.again_edit, "新密")
    _ok(qtbot, dialog)
    assert dialog.errors["again"].isVisible()
    type_text(dialog.again_edit, "码")
    _ok(qtbot, dialog)
    assert verify_password(User.get_by_id(rep.id).password_hash, "新密码")


def test_a_rep_is_told_only_an_owner_may(qtbot, sqlite_ctx: AppContext) -> None:
    rep = add_person(sqlite_ctx.user, "陈志强", "rep", password="x")
    as_rep = AppContext(database=sqlite_ctx.database, target=sqlite_ctx.target, user=rep)
    page = _page(qtbot, as_rep)
    _add_attempt = page.add_person()
    type_text(_add_attempt.name_edit, "刘丹丹")
    qtbot.keyClicks(_add_attempt.password_edit, "x")
    _ok(qtbot, _add_attempt)
    assert _add_attempt.isVisible()
    assert "Only an owner" in _add_attempt.general_error.text()
    assert not User.select().where(User.name == "刘丹丹").exists()
    _add_attempt.reject()


def test_on_a_server_each_person_shows_their_database_login(
    qtbot, ctx: AppContext, backend: str
) -> None:
    """PostgreSQL: a person added in the dialog gets a login role, shown in its own column
    (what they connect with); SQLite has no such column."""
    page = _page(qtbot, ctx)
    _add(qtbot, page, "王建国", "138 0000 1111", "wang")
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    wang = User.get(User.name == "王建国")
    if backend == "sqlite":
        assert "Database login" not in headers
        assert wang.db_role == ""
        return
    column = headers.index("Database login")
    shown = {page.table.item(r, 0).text(): page.table.item(r, column).text() for r in range(2)}
    assert shown["王建国"] == wang.db_role
    assert wang.db_role.endswith(f"_u{wang.id}")
    assert shown["店主"] == "—"  # no password yet, so no login
