"""Merging from the duplicates finder and the list's menu, unmerging from the History tab:
the real widgets clicked, the database asserted."""

from __future__ import annotations

from customers_support import add_customer, click_row, db_customer, make_room
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt

from desktop_crm.models.core import Contact
from desktop_crm.models.merges import MergeRecord
from desktop_crm.ui.customers import questions
from desktop_crm.ui.customers.merge_dialog import MergeDialog


def choose(qtbot, dialog: MergeDialog, field: str, side: str) -> None:
    """Click the radio button's indicator, as a user does (its middle may be past the text)."""
    button = dialog.radio(field, side)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def _pair(ctx):
    a = add_customer(
        ctx, "张三", "深圳市华兴机械有限公司", contacts=["李工"], phone="0755-1234567",
        city="深圳",
    )  # fmt: skip
    b = add_customer(
        ctx, "张先生", "华兴机械(深圳)有限公司", contacts=["王会计", "赵"], city="广州",
        email="zhang@hx.cn",
    )  # fmt: skip
    return a, b


def test_merge_from_the_finder_with_choices_then_unmerge_from_the_history(qtbot, ctx, monkeypatch):
    a, b = _pair(ctx)
    room = make_room(qtbot, ctx)
    room.show()
    finder = room.find_duplicates()
    assert not finder.merge_button.isEnabled()
    group = finder.tree.topLevelItem(0)
    finder.tree.setCurrentItem(group)
    assert finder.merge_button.isEnabled()  # a group of two
    qtbot.mouseClick(finder.merge_button, Qt.MouseButton.LeftButton)
    dialog = room.merging.dialog
    assert isinstance(dialog, MergeDialog) and dialog.isVisible()
    assert dialog.windowTitle() == (
        "Merge “深圳市华兴机械有限公司 (张三)” and “华兴机械(深圳)有限公司 (张先生)”"
    )
    rows = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert rows == ["Name", "Company", "Phone", "E-mail", "City"]
    assert dialog.radio("email", "other").isChecked()  # the survivor's is empty
    assert dialog.radio("city", "survivor").isChecked()
    assert "contacts: 2" in dialog.moves.text()
    choose(qtbot, dialog, "city", "other")
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    survivor = db_customer(a)
    assert (survivor.name, survivor.city, survivor.email) == ("张三", "广州", "zhang@hx.cn")
    assert db_customer(b).deleted_at is not None
    assert Contact.select().where(Contact.customer == a).count() == 3
    assert room.list_panel.model.row_of(b) < 0  # gone from the list
    assert room.form.customer_id == a
    assert room.form.editors["city"].value() == "广州"
    assert finder.tree.topLevelItemCount() == 0  # searched again

    room.form.pages.setCurrentWidget(room.form.pages.history)
    history = room.form.pages.history
    qtbot.waitUntil(lambda: history.merge_bar.isVisible(), timeout=3000)
    assert "张先生" in history.merge_label.text()
    asked = []
    monkeypatch.setattr(
        questions, "confirm_unmerge", lambda parent, s, o: asked.append((s, o)) or True
    )
    qtbot.mouseClick(history.unmerge_button, Qt.MouseButton.LeftButton)
    assert asked == [("深圳市华兴机械有限公司 (张三)", "华兴机械(深圳)有限公司 (张先生)")]
    lines = [history.model.text(r, "what") for r in range(history.model.rowCount())]
    assert "Merged with “张先生 (#2)”" in lines
    assert db_customer(a).city == "深圳" and db_customer(b).deleted_at is None
    assert Contact.select().where(Contact.customer == b).count() == 2
    assert MergeRecord.get().state == "undone"
    assert room.list_panel.model.row_of(b) >= 0
    assert room.form.editors["city"].value() == "深圳"
    qtbot.waitUntil(lambda: history.merge_bar.isHidden(), timeout=3000)


def test_merge_two_selected_in_the_list_take_all_from_the_right_or_cancel(qtbot, ctx):
    a, b = _pair(ctx)
    add_customer(ctx, "无关", "蓝天电子")
    room = make_room(qtbot, ctx)
    room.show()
    view, model = room.list_panel.view, room.list_panel.model
    click_row(room, a)
    assert not room.selection.merge_action.isEnabled()
    view.selectionModel().select(
        model.index(model.row_of(b), 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    room.selection.update_actions()
    assert room.selection.merge_action.isEnabled()
    room.selection.merge_action.trigger()
    dialog = room.merging.dialog
    assert dialog is not None and dialog.preview.survivor.customer_id == a  # the open one
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert db_customer(b).deleted_at is None and not MergeRecord.select().exists()

    room.selection.merge_action.trigger()
    dialog = room.merging.dialog
    qtbot.mouseClick(dialog.swap_button, Qt.MouseButton.LeftButton)
    assert dialog.preview.survivor.customer_id == b
    qtbot.mouseClick(dialog.right_button, Qt.MouseButton.LeftButton)  # all of 张三's
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    kept = db_customer(b)
    assert (kept.name, kept.company, kept.city) == ("张三", "深圳市华兴机械有限公司", "深圳")
    assert db_customer(a).deleted_at is not None
    assert room.form.customer_id == b


def test_a_change_meanwhile_is_told_and_the_dialog_reads_them_again(qtbot, ctx, monkeypatch):
    a, b = _pair(ctx)
    room = make_room(qtbot, ctx)
    dialog = room.merging.start(a, b)
    assert dialog is not None
    from desktop_crm.models.core import Customer

    Customer.update(city="东莞", version=Customer.version + 1).where(Customer.id == b).execute()
    told = []
    monkeypatch.setattr(questions, "tell", lambda parent, title, text: told.append(text))
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert told and "changed meanwhile" in told[0]
    assert dialog.isVisible() and db_customer(b).deleted_at is None
    assert dialog.radio("city", "other").text() == "东莞"
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert db_customer(b).deleted_at is not None


def test_merging_a_customer_with_itself_is_told(qtbot, ctx, monkeypatch):
    a, _b = _pair(ctx)
    room = make_room(qtbot, ctx)
    told = []
    monkeypatch.setattr(questions, "tell", lambda parent, title, text: told.append(text))
    assert room.merging.start(a, a) is None
    assert told == ["A customer cannot be merged with itself."]


def test_the_trash_says_merged_into_and_refuses_to_restore_it(qtbot, ctx, monkeypatch):
    a, b = _pair(ctx)
    room = make_room(qtbot, ctx)
    dialog = room.merging.start(a, b)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    trash = room.open_trash()
    trash.select_rows([trash.model.row_of(b)])
    assert "Merged into “深圳市华兴机械有限公司 (张三)”" in trash.deleted_label.text()
    told = []
    monkeypatch.setattr(questions, "tell", lambda parent, title, text: told.append(text))
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    assert told and "unmerge it in the History tab of “张三”" in told[0]
    assert db_customer(b).deleted_at is not None
