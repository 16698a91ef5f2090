"""The “possibly the same as …” hint in the customer form and the duplicates finder."""

from __future__ import annotations

import re

from customers_support import add_customer, make_room, type_text
from PySide6.QtCore import Qt

from desktop_crm.services.people import manage
from desktop_crm.services.people.roles import Role
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.customers import questions
from desktop_crm.ui.customers.room import CustomersRoom
from desktop_crm.ui.runner import SyncRunner


def test_typing_a_known_phone_in_another_format_shows_the_hint_and_its_link_opens_that_customer(
    qtbot, ctx, monkeypatch
):
    known = add_customer(ctx, "张三", "深圳华兴机械有限公司", mobile="13800138000")
    add_customer(ctx, "李四", "宏达贸易")
    room = make_room(qtbot, ctx)
    room.show()
    form = room.form
    room.new_action.trigger()
    hint = form.duplicate_hint
    assert hint.isHidden()
    type_text(form.editors["name"].editor, "张先生")
    type_text(form.editors["phone"].editor, "+86 138 0013 8000")
    qtbot.waitUntil(lambda: hint.isVisible(), timeout=3000)
    assert [h.customer_id for h in hint.hints] == [known]
    assert "深圳华兴机械有限公司 (张三)" in hint.text()
    assert "same phone" in hint.text()
    assert form.save_button.isEnabled()  # nothing blocks saving

    asked = []
    monkeypatch.setattr(
        questions, "ask_unsaved_changes", lambda *a: asked.append(a) or questions.DISCARD
    )
    target = re.search(r'href="(\d+)"', hint.text())
    assert target is not None
    hint.linkActivated.emit(target.group(1))  # what a click on the link sends
    assert asked  # the typed new customer was not thrown away silently
    assert form.customer_id == known
    assert form.editors["name"].value() == "张三"
    assert hint.isHidden()  # an existing customer gets no hint


def test_a_new_customer_saves_even_with_a_hint_and_a_company_hint_appears(qtbot, ctx):
    add_customer(ctx, "王五", "華興機械股份有限公司")
    room = make_room(qtbot, ctx)
    room.show()
    form = room.form
    room.new_action.trigger()
    type_text(form.editors["name"].editor, "赵六")
    type_text(form.editors["company"].editor, "深圳市华兴机械有限公司")
    qtbot.waitUntil(lambda: form.duplicate_hint.isVisible(), timeout=3000)
    assert "similar company name" in form.duplicate_hint.text()
    assert form.save()
    assert form.customer_id is not None
    assert form.duplicate_hint.isHidden()


def test_the_finder_lists_groups_and_opens_a_member_on_double_click(qtbot, ctx):
    a = add_customer(ctx, "张三", "深圳市华兴机械有限公司", phone="0755-1234567")
    b = add_customer(ctx, "张先生", "华兴机械(深圳)有限公司")
    add_customer(ctx, "无关", "蓝天电子")
    room = make_room(qtbot, ctx)
    assert room.duplicates_action in room.menu.actions()
    dialog = room.find_duplicates()
    assert dialog.tree.topLevelItemCount() == 1
    group = dialog.tree.topLevelItem(0)
    assert group.text(1) == "100"
    assert group.childCount() == 2
    ids = [group.child(i).data(0, Qt.ItemDataRole.UserRole) for i in range(2)]
    assert ids == [a, b]
    assert "1 groups" in dialog.status.text() or "1 group" in dialog.status.text()
    dialog.tree.itemDoubleClicked.emit(group.child(1), 0)
    assert room.form.customer_id == b
    dialog.close()


def test_a_rep_has_no_finder_in_the_menu(qtbot, ctx):
    rep = manage.add_person(ctx.user, "王建国", Role.REP, password="pw")
    ctx.user = rep
    room = CustomersRoom(UiContext(app=ctx, runner=SyncRunner(), lang="en"), None)
    qtbot.addWidget(room)
    assert room.duplicates_action not in room.menu.actions()
