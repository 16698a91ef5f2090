"""The customer list: filter as you type, combo filters, count, SQL sorting, lazy pages."""

from __future__ import annotations

from customers_support import add_customer, make_room, type_text
from PySide6.QtCore import Qt

from desktop_crm.models.core import Customer
from desktop_crm.services.people.users import add_user
from desktop_crm.ui.customers import list_model


def names(room) -> list[str]:
    model = room.list_panel.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_filter_as_you_type_narrows_list_and_count(qtbot, ctx):
    add_customer(ctx, "张三", "宁波华兴机械")
    add_customer(ctx, "张三丰", "武当贸易")
    add_customer(ctx, "李四", "杭州恒通", contacts=["张三"])  # matched by its contact
    add_customer(ctx, "王五", "张家港五金")
    room = make_room(qtbot, ctx)
    panel = room.list_panel
    assert panel.model.rowCount() == 4
    assert panel.count_label.text() == "Matches: 4"

    type_text(panel.filter_edit, "张三")

    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=2000)
    assert sorted(names(room)) == sorted(["张三", "张三丰", "李四"])
    assert panel.count_label.text() == "Matches: 3"
    type_text(panel.filter_edit, "丰")
    qtbot.waitUntil(lambda: names(room) == ["张三丰"], timeout=2000)
    assert panel.count_label.text() == "Matches: 1"
    panel.filter_edit.setText("%'_;")  # SQL metacharacters are just text
    panel.apply_filter()
    assert panel.model.rowCount() == 0 and panel.count_label.text() == "Matches: 0"
    panel.filter_edit.clear()
    panel.apply_filter()
    assert panel.model.rowCount() == 4


def test_pinyin_search_and_the_found_in_column(qtbot, ctx):
    from desktop_crm.ui.customers.list_panel import MATCHED_COLUMN

    add_customer(ctx, "张伟", "宁波华兴机械")
    add_customer(ctx, "李四", "杭州恒通", contacts=["曾国藩"])
    add_customer(ctx, "王五", "臺北五金")
    room = make_room(qtbot, ctx)
    panel = room.list_panel
    assert panel.view.isColumnHidden(MATCHED_COLUMN)  # nothing typed: no such column
    type_text(panel.filter_edit, "zw")
    qtbot.waitUntil(lambda: names(room) == ["张伟"], timeout=2000)
    panel.filter_edit.clear()
    type_text(panel.filter_edit, "zgf")  # a contact's initials (曾 read zeng)
    qtbot.waitUntil(lambda: names(room) == ["李四"], timeout=2000)
    assert not panel.view.isColumnHidden(MATCHED_COLUMN)
    assert panel.model.index(0, MATCHED_COLUMN).data() == "Contact: 曾国藩"
    panel.filter_edit.clear()
    type_text(panel.filter_edit, "台北")  # simplified typed, traditional stored
    qtbot.waitUntil(lambda: names(room) == ["王五"], timeout=2000)
    panel.filter_edit.clear()
    panel.apply_filter()
    assert panel.view.isColumnHidden(MATCHED_COLUMN)


def test_rep_tier_and_city_filters(qtbot, sqlite_ctx):
    rep = add_user(sqlite_ctx.user, "陈志强")
    add_customer(sqlite_ctx, "甲", city="杭州", tier_manual="A", owner_rep_id=rep.id)
    add_customer(sqlite_ctx, "乙", city="宁波", tier_manual="B")
    add_customer(sqlite_ctx, "丙", city="杭州")
    room = make_room(qtbot, sqlite_ctx)
    panel = room.list_panel
    panel.city_combo.setCurrentIndex(panel.city_combo.findData("杭州"))
    assert sorted(names(room)) == ["丙", "甲"]
    panel.tier_combo.setCurrentIndex(panel.tier_combo.findData("A"))
    assert names(room) == ["甲"]
    panel.city_combo.setCurrentIndex(0)
    panel.tier_combo.setCurrentIndex(0)
    panel.rep_combo.setCurrentIndex(panel.rep_combo.findData(rep.id))
    assert names(room) == ["甲"]
    assert panel.count_label.text() == "Matches: 1"


def test_sorting_by_header_runs_in_sql_and_pages_are_lazy(qtbot, sqlite_ctx, monkeypatch):
    monkeypatch.setattr(list_model, "PAGE_SIZE", 5)
    for number in range(12):
        add_customer(sqlite_ctx, f"客户{number:02d}", f"公司{11 - number:02d}")
    room = make_room(qtbot, sqlite_ctx)
    model = room.list_panel.model
    assert model.rowCount() == 5 and model.canFetchMore()
    assert room.list_panel.count_label.text() == "Matches: 12"
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 12 and not model.canFetchMore()

    room.list_panel.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # company
    assert model.rowCount() == 5
    assert names(room)[0] == "客户11"
    room.list_panel.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert names(room)[0] == "客户11" and names(room)[1] == "客户10"
    assert Customer.select().count() == 12


def test_a_saved_new_customer_is_selected_even_below_the_rows_read(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(list_model, "PAGE_SIZE", 5)
    for number in range(12):
        add_customer(ctx, f"客户{number:02d}", "")
    room = make_room(qtbot, ctx)
    room.resize(1000, 300)  # a short list: the last rows are out of sight
    room.show()
    qtbot.waitExposed(room)
    model = room.list_panel.model
    assert model.rowCount() == 5
    room.new_customer()
    room.form.editors["name"].editor.setText("客户99")  # sorts last, past the first page
    room.save_action.trigger()
    saved = Customer.get(Customer.name == "客户99")
    qtbot.waitUntil(lambda: room.list_panel.selected_ids() == [saved.id], timeout=5000)
    current = room.list_panel.view.currentIndex()
    assert model.id_at(current.row()) == saved.id
    assert room.list_panel.view.visualRect(current).intersects(
        room.list_panel.view.viewport().rect()
    )  # scrolled to


def test_list_keeps_fixed_row_heights_and_interactive_columns(qtbot, sqlite_ctx):
    from PySide6.QtWidgets import QHeaderView

    add_customer(sqlite_ctx, "甲")
    room = make_room(qtbot, sqlite_ctx)
    view = room.list_panel.view
    assert view.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    assert view.horizontalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive
    room.find_action.trigger()  # Ctrl+F: no error, filter box takes the focus when shown
