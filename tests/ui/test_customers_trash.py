"""Delete with confirmation → trash → undo / restore / delete permanently."""

from __future__ import annotations

from customers_support import add_customer, click_row, make_room

from desktop_crm.models.core import Contact, Customer
from desktop_crm.ui.customers import questions


def test_delete_confirm_undo_and_restore_from_trash(qtbot, sqlite_ctx, monkeypatch):
    keep = add_customer(sqlite_ctx, "留下")
    gone = add_customer(sqlite_ctx, "删掉", contacts=["联系人"])
    room = make_room(qtbot, sqlite_ctx)
    click_row(room, gone)
    assert room.form.customer_id == gone

    monkeypatch.setattr(questions, "confirm_move_to_trash", lambda parent, names: False)
    room.trash_action.trigger()
    assert Customer.get_by_id(gone).deleted_at is None  # said no: nothing happened

    confirmed = []
    monkeypatch.setattr(
        questions, "confirm_move_to_trash", lambda parent, names: confirmed.append(names) or True
    )
    room.trash_action.trigger()
    assert confirmed == [["删掉"]]
    assert Customer.get_by_id(gone).deleted_at is not None
    assert room.list_panel.model.row_of(gone) == -1
    assert room.list_panel.count_label.text() == "Matches: 1"
    assert not room.form.is_open()
    assert not room.undo_bar.isHidden() and "删掉" in room.undo_bar.label.text()

    room.undo_bar.undo_button.click()  # undo right away
    assert Customer.get_by_id(gone).deleted_at is None
    assert room.list_panel.model.row_of(gone) >= 0
    assert room.undo_bar.isHidden()

    click_row(room, gone)
    room.trash_action.trigger()
    trash = room.open_trash()
    qtbot.addWidget(trash)
    assert trash.model.rowCount() == 1 and trash.model.id_at(0) == gone
    trash.select_rows([0])
    trash.restore_button.click()
    assert Customer.get_by_id(gone).deleted_at is None
    assert trash.model.rowCount() == 0
    assert room.list_panel.model.row_of(gone) >= 0
    assert Customer.get_by_id(keep).deleted_at is None


def test_delete_permanently_asks_and_purges(qtbot, sqlite_ctx, monkeypatch):
    gone = add_customer(sqlite_ctx, "彻底删除", contacts=["某人"])
    room = make_room(qtbot, sqlite_ctx)
    click_row(room, gone)
    monkeypatch.setattr(questions, "confirm_move_to_trash", lambda parent, names: True)
    room.trash_action.trigger()
    trash = room.open_trash()
    qtbot.addWidget(trash)
    trash.select_rows([0])

    monkeypatch.setattr(questions, "confirm_purge", lambda parent, count: False)
    trash.purge_button.click()
    assert Customer.get_or_none(Customer.id == gone) is not None

    monkeypatch.setattr(questions, "confirm_purge", lambda parent, count: count == 1)
    trash.select_rows([0])
    trash.purge_button.click()
    assert Customer.get_or_none(Customer.id == gone) is None
    assert Contact.select().where(Contact.customer == gone).count() == 0
    assert trash.model.rowCount() == 0
