"""The customer list's columns and the contacts table come from the field descriptions and look
as they did: same headers, order, sort keys; a contact typed in the table is stored whole."""

from __future__ import annotations

from customers_support import add_customer, make_room, set_cell
from PySide6.QtCore import Qt

from desktop_crm.models.core import Contact
from desktop_crm.services.people.users import add_user
from desktop_crm.ui.customers.list_model import SORT_KEY_ROLE


def headers(model) -> list[str]:
    return [
        model.headerData(n, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for n in range(model.columnCount())
    ]


def test_list_columns_headers_order_and_sort_keys(qtbot, ctx):
    rep = add_user(ctx.user, "王建国")
    add_customer(ctx, "赵六", "苏州华兴", owner_rep_id=rep.id, city="苏州", mobile="13800138000")
    room = make_room(qtbot, ctx)
    model = room.list_panel.model
    # "Found in" shows only while searching (where a match hides), never sorted by
    assert headers(model) == [
        "Name",
        "Company",
        "Phone",
        "City",
        "Rep",
        "Tier",
        "Updated",
        "Found in",
    ]
    keys = [model.index(0, n).data(SORT_KEY_ROLE) for n in range(model.columnCount())]
    assert keys == ["name", "company", "phone", "city", "rep", "tier", "updated", "matched"]
    row = [model.index(0, n).data() for n in range(5)]
    assert row == ["赵六", "苏州华兴", "13800138000", "苏州", "王建国"]  # no phone: the mobile


def test_sorting_by_a_described_and_a_derived_column(qtbot, ctx):
    add_customer(ctx, "甲", "B公司", city="上海")
    add_customer(ctx, "乙", "A公司", city="北京", tier_manual="A", tier_reason="老客户")
    room = make_room(qtbot, ctx)
    model = room.list_panel.model
    model.sort(1, Qt.SortOrder.AscendingOrder)  # company
    assert [model.index(r, 1).data() for r in range(2)] == ["A公司", "B公司"]
    model.sort(5, Qt.SortOrder.DescendingOrder)  # tier: the manual A, marked by hand
    assert model.index(0, 5).data() == "A*"


def test_contacts_table_columns_and_a_typed_contact_is_stored(qtbot, ctx):
    customer_id = add_customer(ctx, "赵六", "苏州华兴")
    room = make_room(qtbot, ctx)
    room.form.load(customer_id)
    contacts = room.form.pages.contacts
    assert headers(contacts.model) == [
        "Name",
        "Position",
        "Role",
        "Influence",
        "Phone",
        "E-mail",
        "Notes",
    ]
    widths = [contacts.view.columnWidth(n) for n in range(6)]
    assert widths == [80, 90, 90, 76, 110, 150]
    contacts.add_button.click()
    for key, value in (
        ("name", "钱七"),
        ("position", "采购经理"),
        ("role", "buyer"),
        ("influence", "high"),
        ("phone", "0512-6234 5678"),
        ("email", "qian@example.com"),
        ("notes", "周三"),
    ):
        set_cell(contacts, 0, key, value)
    assert contacts.model.index(0, 2).data() == "Buyer"  # the choice's label is shown
    assert room.form.save()
    stored = Contact.get(Contact.customer == customer_id)
    assert (stored.name, stored.position, stored.role, stored.influence) == (
        "钱七",
        "采购经理",
        "buyer",
        "high",
    )
    assert (stored.phone, stored.email, stored.notes) == (
        "0512-6234 5678",
        "qian@example.com",
        "周三",
    )
