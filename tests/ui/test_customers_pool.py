"""The customer list's selection: right-click → Reassign to…, the shared pool filter, claiming
as a rep, the auto-return notice and its settings (issue 10, item 6)."""

from __future__ import annotations

import datetime as dt

from customers_support import add_customer, make_room
from PySide6.QtCore import QItemSelectionModel, QPoint
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialog

from desktop_crm.models.core import Customer
from desktop_crm.models.visits import Visit
from desktop_crm.services.context import AppContext
from desktop_crm.services.customers import pool
from desktop_crm.services.people import manage as people
from desktop_crm.services.people.roles import Role
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.customers import pool_dialogs, questions
from desktop_crm.ui.customers.pool_dialogs import POOL, ReassignDialog, TierDialog
from desktop_crm.ui.runner import SyncRunner
from desktop_crm.ui.settings_dialog import SettingsDialog


def _select_rows(room, ids: list[int]) -> None:
    view = room.list_panel.view
    selection = view.selectionModel()
    selection.clearSelection()
    for customer_id in ids:
        row = room.list_panel.model.row_of(customer_id)
        assert row >= 0
        selection.select(
            room.list_panel.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def _right_click(room, customer_id: int):
    view = room.list_panel.view
    row = room.list_panel.model.row_of(customer_id)
    position = view.visualRect(room.list_panel.model.index(row, 1)).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, position, view.viewport().mapToGlobal(position)
    )
    QApplication.sendEvent(view.viewport(), event)
    menu = room.selection.menu
    assert menu.isVisible()
    return menu


def _menu_action(menu, name: str):
    action = next(a for a in menu.actions() if a.objectName() == name)
    assert action.isEnabled() and action.isVisible(), name
    return action


def test_select_three_right_click_reassign_to_a_person(qtbot, sqlite_ctx, monkeypatch):
    zhang = people.add_person(sqlite_ctx.user, "张三", Role.REP, password="x")
    li = people.add_person(sqlite_ctx.user, "李四", Role.REP, password="x")
    ids = [add_customer(sqlite_ctx, n, owner_rep_id=zhang.id) for n in ("甲", "乙", "丙")]
    other = add_customer(sqlite_ctx, "丁", owner_rep_id=zhang.id)
    soon = dt.datetime.now() + dt.timedelta(days=3)
    visit = Visit.create(customer=ids[0], rep=zhang.id, start=soon, status="planned")
    room = make_room(qtbot, sqlite_ctx)
    _select_rows(room, ids)
    menu = _right_click(room, ids[1])
    assert len(room.list_panel.selected_ids()) == 3  # a right-click inside keeps the selection

    def pick_li(dialog: ReassignDialog) -> int:
        combo = dialog.person_combo
        combo.setCurrentIndex(combo.findData(li.id))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReassignDialog, "exec", pick_li)
    asked: list[str] = []

    def confirm(parent, counts, name, to_pool):
        asked.append(pool_dialogs.reassign_question(counts, name, to_pool))
        return True

    monkeypatch.setattr(pool_dialogs, "confirm_reassign", confirm)
    _menu_action(menu, "reassign").trigger()
    menu.hide()
    assert asked == ["Reassign 3 customers and 1 planned visits to 李四?"]
    assert [Customer.get_by_id(i).owner_rep_id for i in ids] == [li.id] * 3
    assert Customer.get_by_id(other).owner_rep_id == zhang.id
    assert Visit.get_by_id(visit.id).rep_id == li.id
    assert sorted(room.list_panel.selected_ids()) == sorted(ids)  # still selected
    assert "李四" in room.selection.notice.label.text()
    assert not room.selection.notice.isHidden()


def test_pool_filter_lists_unowned_customers_and_move_to_pool(qtbot, sqlite_ctx, monkeypatch):
    zhang = people.add_person(sqlite_ctx.user, "张三", Role.REP, password="x")
    owned = add_customer(sqlite_ctx, "有主", owner_rep_id=zhang.id)
    free = add_customer(sqlite_ctx, "公海客户")
    room = make_room(qtbot, sqlite_ctx)
    combo = room.list_panel.rep_combo
    combo.setCurrentIndex(combo.findData(POOL))
    assert [r.id for r in room.list_panel.model.rows] == [free]

    combo.setCurrentIndex(0)
    _select_rows(room, [owned])
    monkeypatch.setattr(pool_dialogs, "confirm_release", lambda parent, count: count == 1)
    room.selection.release_action.trigger()
    assert Customer.get_by_id(owned).owner_rep_id is None
    combo.setCurrentIndex(combo.findData(POOL))
    assert sorted(r.id for r in room.list_panel.model.rows) == sorted([owned, free])


def test_set_tier_by_hand_on_the_selection(qtbot, sqlite_ctx, monkeypatch):
    ids = [add_customer(sqlite_ctx, n) for n in ("甲", "乙")]
    room = make_room(qtbot, sqlite_ctx)
    _select_rows(room, ids)

    def pick_b(dialog: TierDialog) -> int:
        dialog.tier_combo.setCurrentIndex(dialog.tier_combo.findData("B"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TierDialog, "exec", pick_b)
    monkeypatch.setattr(pool_dialogs, "confirm_tier", lambda parent, count, text: count == 2)
    room.selection.tier_action.trigger()
    assert [Customer.get_by_id(i).tier_manual for i in ids] == ["B", "B"]


def test_a_rep_claims_from_the_pool_and_a_lost_race_is_explained(qtbot, sqlite_ctx, monkeypatch):
    zhang = people.add_person(sqlite_ctx.user, "张三", Role.REP, password="x")
    li = people.add_person(sqlite_ctx.user, "李四", Role.REP, password="x")
    first, second = add_customer(sqlite_ctx, "公海一"), add_customer(sqlite_ctx, "公海二")
    rep_ctx = AppContext(database=sqlite_ctx.database, target=sqlite_ctx.target, user=zhang)
    room = make_room(qtbot, rep_ctx)
    _select_rows(room, [first])
    menu = _right_click(room, first)
    assert not room.selection.reassign_action.isVisible()  # a rep does not reassign
    _menu_action(menu, "claim").trigger()
    menu.hide()
    assert Customer.get_by_id(first).owner_rep_id == zhang.id
    assert "claimed" in room.selection.notice.label.text()

    _select_rows(room, [second])
    pool.claim_customer(li, second)  # 李四 was quicker
    told: list[str] = []
    monkeypatch.setattr(questions, "tell", lambda parent, title, text: told.append(text))
    room.selection.claim_action.trigger()
    assert told == ["“公海二” already belongs to 李四; nothing was changed."]
    assert Customer.get_by_id(second).owner_rep_id == li.id
    assert room.list_panel.model.row_of(second) == -1  # no longer visible to 张三


def test_menu_key_and_shift_f10_open_the_menu(qtbot, sqlite_ctx):
    only = add_customer(sqlite_ctx, "甲")
    room = make_room(qtbot, sqlite_ctx)
    room.list_panel.select_id(only)
    menu = room.selection.show_menu_at_current()
    assert menu.isVisible()
    menu.hide()
    assert room.selection.menu_key.shortcut().toString() == "Shift+F10"
    assert room.trash_action in room.list_panel.view.actions()  # Delete still trashes
    view = room.list_panel.view
    where = QPoint(5, 5)  # the menu key sends a keyboard context-menu event
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, where, view.viewport().mapToGlobal(where)
    )
    QApplication.sendEvent(view.viewport(), event)
    assert menu.isVisible()
    menu.hide()


def test_pool_settings_and_the_reps_notice_at_start(qtbot, sqlite_ctx):
    zhang = people.add_person(sqlite_ctx.user, "张三", Role.REP, password="x")
    idle = Customer.create(name="久未联系", owner_rep=zhang.id, created_at=dt.datetime(2020, 1, 1))
    ui = UiContext(app=sqlite_ctx, runner=SyncRunner(), lang="en")
    dialog = SettingsDialog(ui)
    qtbot.addWidget(dialog)
    assert dialog.return_days.value() == 0  # off by default
    dialog.return_days.setValue(30)
    dialog.notice_days.setValue(10)
    dialog.accept()
    assert pool.pool_settings(sqlite_ctx.user) == pool.PoolSettings(30, 10)

    rep_ctx = AppContext(database=sqlite_ctx.database, target=sqlite_ctx.target, user=zhang)
    rep_dialog = SettingsDialog(UiContext(app=rep_ctx, runner=SyncRunner(), lang="en"))
    qtbot.addWidget(rep_dialog)
    assert not rep_dialog.return_days.isEnabled()

    room = make_room(qtbot, rep_ctx)
    room.selection.check_pool()  # what the start does: a rep only hears
    assert Customer.get_by_id(idle.id).owner_rep_id == zhang.id
    assert "久未联系" in room.selection.notice.label.text()
    room.selection.notice.close_button.click()
    assert room.selection.notice.isHidden()

    office_room = make_room(qtbot, sqlite_ctx)
    office_room.selection.check_pool()  # the office returns it
    assert Customer.get_by_id(idle.id).owner_rep_id is None
    assert "returned to the shared pool" in office_room.selection.notice.label.text()
