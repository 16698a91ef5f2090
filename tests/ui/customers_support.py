"""Shared helpers for the Customers room tests (imported by the test_customers_* files)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop_crm.models.core import Customer
from desktop_crm.services.context import AppContext
from desktop_crm.services.customers.drafts import ContactDraft, CustomerDraft
from desktop_crm.services.customers.writes import save_customer
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.customers.child_tables import ChildTableEditor
from desktop_crm.ui.customers.room import CustomersRoom
from desktop_crm.ui.runner import SyncRunner


def make_room(qtbot: Any, app_ctx: AppContext) -> CustomersRoom:
    room = CustomersRoom(UiContext(app=app_ctx, runner=SyncRunner(), lang="en"), None)
    qtbot.addWidget(room)
    room.resize(1400, 900)
    return room


def add_customer(
    app_ctx: AppContext,
    name: str,
    company: str = "",
    contacts: list[str] | None = None,
    owner_rep_id: int | None = None,
    **values: Any,
) -> int:
    draft = CustomerDraft(
        values={"name": name, "company": company, **values},
        owner_rep_id=owner_rep_id,
        contacts=[ContactDraft(name=c) for c in contacts or []],
    )
    return save_customer(app_ctx.user, draft).id


def set_cell(table: ChildTableEditor, row: int, key: str, value: str) -> None:
    column = [c.key for c in table.model.columns].index(key)
    assert table.model.setData(table.model.index(row, column), value, Qt.ItemDataRole.EditRole)


def set_choice(room: CustomersRoom, name: str, value: str) -> None:
    combo = room.form.editors[name].editor
    index = combo.findData(value)
    assert index > 0, (name, value)
    combo.setCurrentIndex(index)


def click_row(room: CustomersRoom, customer_id: int) -> None:
    """Make `customer_id` the current row of the list, as a click would."""
    row = room.list_panel.model.row_of(customer_id)
    assert row >= 0, f"customer {customer_id} not in the list"
    room.list_panel.view.setCurrentIndex(room.list_panel.model.index(row, 0))


def db_customer(customer_id: int) -> Any:
    return Customer.get_by_id(customer_id)


def type_text(widget: Any, text: str) -> None:
    """Type any text (also Chinese, which QTest.keyClicks cannot) one key event per character."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
