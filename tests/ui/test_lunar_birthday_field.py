"""The customer form's lunar birthday (农历生日), beside the birthday on the personal tab:
typed in Chinese or as MM-DD, stored in its one form, refused with its reason."""

from __future__ import annotations

from customers_support import make_room, type_text

from desktop_crm.models.core import Customer
from desktop_crm.models.customer_fields import Category, form_fields


def test_it_sits_right_after_the_birthday() -> None:
    names = [s.name for s in form_fields(Category.PERSONAL)]
    assert names[names.index("birthday") + 1] == "lunar_birthday"


def test_typed_in_chinese_stored_as_its_form(qtbot, sqlite_ctx) -> None:
    room = make_room(qtbot, sqlite_ctx)
    form = room.form
    room.new_action.trigger()
    type_text(form.editors["name"].editor, "张三")
    lunar = form.editors["lunar_birthday"]
    lunar.editor.setText("二月三十一")  # no lunar month has a 31st
    room.save_action.trigger()
    assert Customer.select().count() == 0
    assert not lunar.error_label.isHidden()
    assert "lunar" in lunar.error_label.text()
    lunar.editor.setText("闰四月十五")  # a leap month, typed as a calendar prints it
    room.save_action.trigger()
    saved = Customer.get(Customer.name == "张三")
    assert saved.lunar_birthday == "L04-15"
    other = make_room(qtbot, sqlite_ctx)
    assert other.show_customer(saved.id)
    assert other.form.editors["lunar_birthday"].value() == "L04-15"
    assert other.form.editors["lunar_birthday"].editor.toolTip() == "闰四月十五"  # said in full
