"""Saving a name with a character no PDF font has warns in the form (issue 9, item 7)."""

from __future__ import annotations

from customers_support import make_room, type_text

from desktop_crm.reports import fonts

NO_FONT = "\U0010fffd"  # private use, plane 16: no font has it


def test_saving_an_unprintable_name_warns_and_saves(qtbot, ctx):
    room = make_room(qtbot, ctx)
    form = room.form
    room.new_action.trigger()
    type_text(form.editors["name"].editor, f"张{NO_FONT}")
    assert form.save()
    assert form.customer_id is not None  # saved all the same
    assert NO_FONT in form.summary.text() and fonts.REPLACEMENT in form.summary.text()


def test_an_ordinary_name_saves_without_a_warning(qtbot, ctx):
    room = make_room(qtbot, ctx)
    form = room.form
    room.new_action.trigger()
    type_text(form.editors["name"].editor, "王建国")
    assert form.save()
    assert form.summary.text() == ""
