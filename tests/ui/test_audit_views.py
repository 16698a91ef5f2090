"""The audit log in the window: the customer form's History tab shows a saved change with the
field's label; the trash says who deleted; File → Audit log… filters and pages (owner only)."""

from __future__ import annotations

from dataclasses import replace

from customers_support import add_customer, click_row, make_room

from desktop_crm.services.customers.drafts import CustomerDraft
from desktop_crm.services.customers.queries import load_customer
from desktop_crm.services.customers.writes import move_to_trash, save_customer
from desktop_crm.services.office import audit
from desktop_crm.services.people import manage
from desktop_crm.services.people.roles import Role
from desktop_crm.ui import audit_dialog
from desktop_crm.ui.audit_dialog import AuditLogDialog
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.customers.conflict_dialog import ConflictDialog
from desktop_crm.ui.customers.trash_dialog import TrashDialog
from desktop_crm.ui.runner import SyncRunner


def _history_cells(form) -> list[list[str]]:
    model = form.pages.history.model
    return [
        [model.text(row, key) for key, _label in model.columns] for row in range(model.rowCount())
    ]


def test_history_tab_shows_the_saved_change_with_the_fields_label(qtbot, ctx):
    customer_id = add_customer(ctx, "张三", city="上海")
    room = make_room(qtbot, ctx)
    click_row(room, customer_id)
    form = room.form
    form.pages.setCurrentWidget(form.pages.history)  # read when shown
    assert [row[2] for row in _history_cells(form)] == ["Customer · Created"] * 2  # name, city

    form.editors["city"].editor.setText("北京")
    assert form.save() is True
    rows = _history_cells(form)
    when, who, what, field, change = rows[0]
    assert (who, what, field, change) == ("店主", "Customer · Changed", "City", "上海 → 北京")
    assert form.pages.history.status.text() == "2 entries, newest first."
    # what the database holds, read back through the service
    assert audit.customer_history(ctx.user, customer_id)[0].changes == (
        audit.Change("city", "上海", "北京"),
    )

    form.pages.setCurrentIndex(0)  # another customer while History is hidden: read later
    other = add_customer(ctx, "李四")
    room.list_panel.model.reload()
    click_row(room, other)
    assert form.pages.history.model.rowCount() == 0
    form.pages.setCurrentWidget(form.pages.history)
    assert [row[4] for row in _history_cells(form)] == ["(empty) → 李四"]


def test_the_trash_says_who_deleted(qtbot, ctx):
    clerk = manage.add_person(ctx.user, "周敏", Role.CLERK, password="pw")
    gone = add_customer(ctx, "删掉")
    move_to_trash(clerk, [gone])
    trash = TrashDialog(UiContext(app=ctx, runner=SyncRunner(), lang="en"))
    qtbot.addWidget(trash)
    assert trash.deleted_label.text() == "Select a customer to see who deleted it."
    trash.select_rows([0])
    assert trash.deleted_label.text().startswith("Deleted by 周敏 on ")


def test_audit_log_dialog_filters_and_loads_more(qtbot, ctx, monkeypatch):
    rep = manage.add_person(ctx.user, "王建国", Role.REP, password="pw")
    for n in range(6):
        add_customer(ctx, f"客户{n}")
    monkeypatch.setattr(audit_dialog, "PAGE", 3)
    dialog = AuditLogDialog(UiContext(app=ctx, runner=SyncRunner(), lang="en"))
    qtbot.addWidget(dialog)
    assert dialog.model.entries == 3 and dialog.more_button.isEnabled()
    dialog.more_button.click()
    assert dialog.model.entries == 6
    dialog.more_button.click()
    assert dialog.model.entries == 7  # 6 customers and the person added
    assert not dialog.more_button.isEnabled()
    assert dialog.count_label.text() == "7 entries shown"

    dialog.customer_edit.setText("客户3")
    dialog.search_button.click()
    assert dialog.model.entries == 1
    customer_column = [k for k, _ in dialog.model.columns].index("customer")
    assert dialog.model.text(0, "customer") == "客户3" and customer_column == 2

    dialog.customer_edit.clear()
    dialog.action_combo.setCurrentIndex(dialog.action_combo.findData("create"))
    dialog.person_combo.setCurrentIndex(dialog.person_combo.findData(rep.id))
    dialog.search_button.click()
    assert dialog.model.entries == 0  # the rep did nothing

    rep_dialog = AuditLogDialog(UiContext(app=replace(ctx, user=rep), runner=SyncRunner()))
    qtbot.addWidget(rep_dialog)
    assert "could not be read" in rep_dialog.count_label.text()  # refused by the service


def test_overwrite_after_a_conflict_shows_the_overwritten_value(qtbot, ctx, monkeypatch):
    customer_id = add_customer(ctx, "陈七", "老公司")
    room = make_room(qtbot, ctx)
    assert room.show_customer(customer_id)
    clerk = manage.add_person(ctx.user, "周敏", Role.CLERK, password="pw")
    theirs = load_customer(clerk, customer_id)
    save_customer(
        clerk,
        CustomerDraft(
            values={"name": "陈七", "company": "他们的公司"}, id=customer_id, version=theirs.version
        ),
    )
    monkeypatch.setattr(
        ConflictDialog, "ask", classmethod(lambda cls, parent, name, deleted=False: "overwrite")
    )
    room.form.editors["company"].editor.setText("我的公司")
    room.form.pages.setCurrentWidget(room.form.pages.history)
    room.save_action.trigger()
    newest = _history_cells(room.form)[0]
    assert newest[1:] == ["店主", "Customer · Overwrote", "Company", "他们的公司 → 我的公司"]
    assert _history_cells(room.form)[1][1:3] == ["周敏", "Customer · Changed"]
