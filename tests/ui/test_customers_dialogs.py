"""The small dialogs of the Customers room and the settings dialog."""

from __future__ import annotations

from customers_support import add_customer, make_room

from desktop_crm.ui.context import UiContext
from desktop_crm.ui.customers.conflict_dialog import ConflictDialog
from desktop_crm.ui.i18n import saved_language
from desktop_crm.ui.runner import SyncRunner
from desktop_crm.ui.settings_dialog import SettingsDialog


def test_conflict_dialog_buttons_give_the_choice(qtbot):
    dialog = ConflictDialog("张三", deleted=False)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel

    assert any("张三" in label.text() for label in dialog.findChildren(QLabel))
    dialog.overwrite_button.click()
    assert dialog.choice == "overwrite"
    dialog = ConflictDialog("张三", deleted=True)
    qtbot.addWidget(dialog)
    assert dialog.choice == "cancel"
    dialog.reload_button.click()
    assert dialog.choice == "reload"


def test_settings_dialog_saves_the_language_for_next_start(qtbot, sqlite_ctx):
    dialog = SettingsDialog(UiContext(app=sqlite_ctx, runner=SyncRunner(), lang="en"))
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    assert combo.count() == 4  # follow the system + three languages
    combo.setCurrentIndex(combo.findData("zh_TW"))
    dialog.accept()
    assert saved_language() == "zh_TW"
    dialog = SettingsDialog(UiContext(app=sqlite_ctx, runner=SyncRunner(), lang="en"))
    qtbot.addWidget(dialog)
    assert dialog.language_combo.currentData() == "zh_TW"
    dialog.language_combo.setCurrentIndex(0)
    dialog.accept()
    assert saved_language() is None


def test_room_protocol_and_shortcuts(qtbot, sqlite_ctx):
    add_customer(sqlite_ctx, "甲")
    room = make_room(qtbot, sqlite_ctx)
    assert room.room_title() == "Customers"
    menu = room.room_menu()
    assert room.new_action in menu.actions() and room.save_action in menu.actions()
    assert room.new_action.shortcut().toString() == "Ctrl+N"
    assert room.save_action.shortcut().toString() == "Ctrl+S"
    assert room.find_action.shortcut().toString() == "Ctrl+F"
    assert room.trash_action.shortcut().toString() == "Del"
    assert room.maybe_close() is True  # nothing open, nothing to ask
    room.refresh()
    assert room.list_panel.model.rowCount() == 1


def test_keyboard_shortcuts_drive_the_room(qtbot, sqlite_ctx, monkeypatch):
    from PySide6.QtCore import Qt

    from desktop_crm.models.core import Customer
    from desktop_crm.ui.customers import questions

    customer_id = add_customer(sqlite_ctx, "甲")
    room = make_room(qtbot, sqlite_ctx)
    room.show()
    qtbot.waitExposed(room)
    room.activateWindow()
    qtbot.waitUntil(room.isActiveWindow, timeout=1000)
    ctrl = Qt.KeyboardModifier.ControlModifier
    view = room.list_panel.view
    qtbot.keyClick(view, Qt.Key.Key_N, ctrl)  # Ctrl+N: a new customer
    assert room.form.is_open() and room.form.customer_id is None
    name = room.form.editors["name"].editor
    qtbot.keyClicks(name, "Zhou")
    qtbot.keyClick(name, Qt.Key.Key_S, ctrl)  # Ctrl+S: saved
    assert Customer.get(Customer.name == "Zhou").id == room.form.customer_id
    qtbot.keyClick(name, Qt.Key.Key_F, ctrl)  # Ctrl+F: the filter box
    assert room.list_panel.filter_edit.hasFocus()
    monkeypatch.setattr(questions, "confirm_move_to_trash", lambda parent, names: True)
    room.list_panel.select_id(customer_id)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # Delete in the list: to the trash
    assert Customer.get_by_id(customer_id).deleted_at is not None
