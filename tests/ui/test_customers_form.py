"""The customer form: create on all five tabs, validation, conflicts, unsaved changes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from customers_support import (
    add_customer,
    click_row,
    make_room,
    set_cell,
    set_choice,
    type_text,
)
from PySide6.QtCore import Qt

from desktop_crm.models.core import Contact, Customer, Deal
from desktop_crm.services.customers.drafts import CustomerDraft
from desktop_crm.services.customers.queries import load_customer, record_totals
from desktop_crm.services.customers.writes import save_customer
from desktop_crm.services.people.users import add_user
from desktop_crm.ui.customers import form as form_module
from desktop_crm.ui.customers import questions
from desktop_crm.ui.customers.conflict_dialog import ConflictDialog
from desktop_crm.ui.customers.room import CustomersRoom


def test_create_customer_on_all_tabs_and_reopen(qtbot, ctx):
    rep = add_user(ctx.user, "王建国")
    referrer_id = add_customer(ctx, "李四", "杭州恒通贸易有限公司")
    room = make_room(qtbot, ctx)
    form = room.form
    room.new_action.trigger()
    assert form.is_open() and form.customer_id is None

    # Basic details
    type_text(form.editors["name"].editor, "张三")
    form.editors["company"].editor.setText("宁波华兴机械有限公司")
    form.editors["phone"].editor.setText("0574-8765 4321")
    form.editors["email"].editor.setText("zhang@example.cn")
    form.editors["founded_on"].editor.setText("2001/03/15")
    form.editors["assets"].editor.setText("1,250,000.5")
    set_choice(room, "company_form", "limited")
    form.pages.set_rep(rep.id)
    form.pages.referrer.setText("李四")
    form.pages.referrer.suggest()
    form.pages.referrer.choose_caption("李四 · 杭州恒通贸易有限公司")
    # Business details (with segmentation)
    form.editors["development_plans"].editor.setPlainText("明年上市'; DROP TABLE customer;--")
    form.editors["fiscal_year_start"].editor.setText("4-1")
    form.editors["city"].editor.setText("宁波")
    set_choice(room, "usage_rate", "often")
    set_choice(room, "attitude", "enthusiastic")
    # Personal details
    form.editors["birthday"].editor.setText("1980-02-29")
    form.editors["age"].editor.setText("46")
    form.editors["hobbies"].editor.setText("钓鱼 🎣")
    # Logistics details
    form.editors["priority_delivery"].editor.setChecked(True)
    form.editors["delivery_address"].editor.setText("宁波市鄞州区 3 号仓库")
    set_choice(room, "contact_channel", "wechat")
    # Business record
    set_choice(room, "credit_status", "good")
    form.editors["next_action"].editor.setText("寄样品")
    form.editors["next_action_on"].editor.setText("2026-12-01")

    contacts, deals = form.pages.contacts, form.pages.deals
    before = form.completeness_bar.value()
    contacts.add_button.click()
    set_cell(contacts, 0, "name", "赵六")
    set_cell(contacts, 0, "role", "decision_maker")
    set_cell(contacts, 0, "email", "zhao@example.cn")
    assert form.completeness_bar.value() > before  # a contact counts
    for date, products, amount in (
        ("2026-03-10", "液压油", "1200.50"),
        ("2026-05-02", "", "0.08万"),
    ):
        row = deals.add_row()
        set_cell(deals, row, "date", date)
        set_cell(deals, row, "products", products)
        set_cell(deals, row, "amount", amount)
    assert "2 deals" in deals.totals_label.text()
    assert "¥2,000.50" in deals.totals_label.text()  # 1200.50 + 0.08万 (800)
    amount_column = [c.key for c in deals.model.columns].index("amount")
    assert deals.model.index(0, amount_column).data() == "¥1,200.50"  # shown with the sign
    assert form.is_dirty()

    room.save_action.trigger()

    assert not form.is_dirty() and form.customer_id is not None
    saved = Customer.get(Customer.name == "张三")
    assert saved.company == "宁波华兴机械有限公司"
    assert saved.phone == "0574-8765 4321"
    assert saved.email == "zhang@example.cn"
    assert saved.founded_on == dt.date(2001, 3, 15)
    assert saved.assets == Decimal("1250000.50")
    assert saved.company_form == "limited"
    assert saved.owner_rep_id == rep.id
    assert saved.referred_by_id == referrer_id
    assert saved.development_plans == "明年上市'; DROP TABLE customer;--"
    assert saved.fiscal_year_start == "04-01"
    assert (saved.city, saved.usage_rate, saved.attitude) == ("宁波", "often", "enthusiastic")
    assert saved.birthday == dt.date(1980, 2, 29) and saved.age == 46
    assert saved.hobbies == "钓鱼 🎣"
    assert saved.priority_delivery is True and saved.contact_channel == "wechat"
    assert saved.credit_status == "good" and saved.next_action_on == dt.date(2026, 12, 1)
    people = list(Contact.select().where(Contact.customer == saved.id))
    assert [(p.name, p.role, p.email) for p in people] == [
        ("赵六", "decision_maker", "zhao@example.cn")
    ]
    stored_deals = list(Deal.select().where(Deal.customer == saved.id).order_by(Deal.date))
    assert [(d.date, d.products, d.amount) for d in stored_deals] == [
        (dt.date(2026, 3, 10), "液压油", Decimal("1200.50")),
        (dt.date(2026, 5, 2), "", Decimal("800.00")),
    ]
    totals = record_totals(load_customer(ctx.user, saved.id))
    assert (totals.count, totals.total, totals.last_date) == (
        2,
        Decimal("2000.50"),
        dt.date(2026, 5, 2),
    )
    assert room.list_panel.model.row_of(saved.id) >= 0  # the list shows it

    # a fresh room reads it back from the database
    other = make_room(qtbot, ctx)
    assert other.show_customer(saved.id)
    assert other.form.editors["fiscal_year_start"].value() == "04-01"
    assert other.form.editors["assets"].value() == "1,250,000.50"  # shown grouped
    shown_deals = other.form.pages.deals.model.rows
    assert [r["date"] for r in shown_deals] == ["2026-05-02", "2026-03-10"]  # newest first
    assert other.form.editors["company_form"].value() == "limited"
    assert other.form.editors["priority_delivery"].value() is True
    assert other.form.pages.referrer.customer_id() == referrer_id
    assert other.form.pages.contacts.model.rowCount() == 1
    assert other.form.pages.deals.model.rowCount() == 2
    assert not other.form.is_dirty()


def test_bad_values_show_errors_and_save_nothing(qtbot, ctx):
    room = make_room(qtbot, ctx)
    form = room.form
    room.new_customer()
    form.editors["name"].editor.setText("王五")
    form.editors["email"].editor.setText("wang at example")
    form.editors["birthday"].editor.setText("2025-02-30")
    form.editors["company"].editor.setText("坏\x00公司")
    row = form.pages.deals.add_row()
    set_cell(form.pages.deals, row, "amount", "十万")
    before = Customer.select().count()

    assert form.save() is False

    assert Customer.select().count() == before
    email = form.editors["email"]
    assert not email.error_label.isHidden()
    assert "e-mail" in email.error_label.text()
    assert "YYYY-MM-DD" in form.editors["birthday"].error_label.text()
    assert "control characters" in form.editors["company"].error_label.text()
    model = form.pages.deals.model
    amount = model.index(row, 2)
    assert "amount" in model.data(amount, Qt.ItemDataRole.ToolTipRole)
    assert model.data(amount, Qt.ItemDataRole.BackgroundRole) is not None
    assert "Row 1" in form.pages.deals.error_label.text()
    assert "(4)" in form.summary.text()
    # typing in a field clears its mark; a corrected form saves
    form.editors["email"].editor.setText("wang@example.com")
    assert email.error_label.isHidden()
    form.editors["birthday"].editor.setText("2024-02-29")
    form.editors["company"].editor.setText("好公司")
    set_cell(form.pages.deals, row, "amount", "10万")  # 万 is read as people write it
    assert form.save() is True
    saved = Customer.get(Customer.name == "王五")
    assert saved.email == "wang@example.com"
    assert Deal.get(Deal.customer == saved.id).amount == Decimal("100000.00")
    # a new customer belongs to whoever creates it (here the office's owner), not to nobody
    assert saved.owner_rep_id == ctx.user.id


def test_over_long_name_is_refused_with_a_message(qtbot, sqlite_ctx):
    room = make_room(qtbot, sqlite_ctx)
    room.new_customer()
    room.form.editors["name"].editor.setText("长" * 101)
    assert room.form.save() is False
    assert "at most 100" in room.form.editors["name"].error_label.text()
    assert Customer.select().count() == 0


@pytest.mark.parametrize("answer", ["cancel", "overwrite", "reload"])
def test_conflict_asks_and_follows_the_answer(qtbot, ctx, monkeypatch, answer):
    customer_id = add_customer(ctx, "陈七", "老公司")
    room = make_room(qtbot, ctx)
    assert room.show_customer(customer_id)
    # someone else saves first
    theirs = load_customer(ctx.user, customer_id)
    save_customer(
        ctx.user,
        CustomerDraft(values={"company": "他们的公司"}, id=customer_id, version=theirs.version),
    )
    asked = []
    monkeypatch.setattr(
        ConflictDialog,
        "ask",
        classmethod(lambda cls, parent, name, deleted=False: asked.append(name) or answer),
    )
    room.form.editors["company"].editor.setText("我的公司")

    room.save_action.trigger()

    assert asked == ["陈七"]
    stored = Customer.get_by_id(customer_id).company
    if answer == "cancel":
        assert stored == "他们的公司"
        assert room.form.is_dirty()
        assert room.form.editors["company"].value() == "我的公司"
    elif answer == "overwrite":
        assert stored == "我的公司"
        assert not room.form.is_dirty()
    else:
        assert stored == "他们的公司"
        assert room.form.editors["company"].value() == "他们的公司"
        assert not room.form.is_dirty()


@pytest.mark.parametrize("answer", ["cancel", "discard", "save"])
def test_unsaved_changes_prompt_when_switching(qtbot, sqlite_ctx, monkeypatch, answer):
    first = add_customer(sqlite_ctx, "甲一", "原公司")
    second = add_customer(sqlite_ctx, "乙二")
    room = make_room(qtbot, sqlite_ctx)
    click_row(room, first)
    assert room.form.customer_id == first
    room.form.editors["company"].editor.setText("改过的公司")
    asked = []
    monkeypatch.setattr(
        questions, "ask_unsaved_changes", lambda parent, name: asked.append(name) or answer
    )

    click_row(room, second)

    assert asked == ["甲一"]
    stored = Customer.get_by_id(first).company
    if answer == "cancel":
        assert room.form.customer_id == first and room.form.is_dirty()
        assert room.list_panel.selected_ids() == [first]
        assert stored == "原公司"
    else:
        assert room.form.customer_id == second
        assert room.list_panel.selected_ids() == [second]
        assert stored == ("改过的公司" if answer == "save" else "原公司")
    if answer != "cancel":  # nothing changed any more: no question
        asked.clear()
        room.new_action.trigger()
        assert asked == [] and room.form.customer_id is None


def test_maybe_close_and_new_customer_ask_first(qtbot, sqlite_ctx, monkeypatch):
    customer_id = add_customer(sqlite_ctx, "丙三")
    room = make_room(qtbot, sqlite_ctx)
    room.show_customer(customer_id)
    room.form.editors["hobbies"].editor.setText("围棋")
    answers = iter(["cancel", "cancel", "save"])
    monkeypatch.setattr(questions, "ask_unsaved_changes", lambda parent, name: next(answers))
    assert room.maybe_close() is False
    room.new_action.trigger()
    assert room.form.customer_id == customer_id  # stayed
    assert room.maybe_close() is True
    assert Customer.get_by_id(customer_id).hobbies == "围棋"


def test_form_module_holds_no_queries():
    """Widgets ask services; they never build queries (STYLE.md)."""
    for module in (form_module,):
        source = open(module.__file__, encoding="utf-8").read()
        assert ".select(" not in source and "Customer." not in source


def test_threaded_runner_counts_and_saves_off_the_gui_thread(qtbot, sqlite_ctx, monkeypatch):
    """The real runner: counts and saves run on pool threads (own SQLite connections)."""
    from desktop_crm.ui.context import UiContext
    from desktop_crm.ui.customers import list_model
    from desktop_crm.ui.runner import Runner

    monkeypatch.setattr(list_model, "PAGE_SIZE", 2)  # more rows than a page: count in SQL

    for number in range(3):
        add_customer(sqlite_ctx, f"线程{number}")
    runner = Runner()
    room = CustomersRoom(UiContext(app=sqlite_ctx, runner=runner, lang="en"), None)
    qtbot.addWidget(room)
    panel = room.list_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=3000)
    qtbot.waitUntil(lambda: panel.count_label.text() == "Matches: 3", timeout=3000)
    room.new_customer()
    room.form.editors["name"].editor.setText("后台保存")
    row = room.form.pages.deals.add_row()
    set_cell(room.form.pages.deals, row, "amount", "50")
    assert room.form.save() is True
    runner.wait()
    saved = Customer.get(Customer.name == "后台保存")
    assert Deal.select().where(Deal.customer == saved.id).count() == 1
    assert room.form.customer_id == saved.id and not room.form.is_dirty()
    qtbot.waitUntil(lambda: panel.count_label.text() == "Matches: 4", timeout=3000)
    # the tiers are ranked after the commit, on a pool thread, and the list then shows them
    qtbot.waitUntil(lambda: Customer.get_by_id(saved.id).tier_computed == "A", timeout=5000)
    tier_column = [key for key, _ in list_model.COLUMNS].index("tier")

    def shown_tier() -> str:
        row = panel.model.row_of(saved.id)
        return str(panel.model.index(row, tier_column).data()) if row >= 0 else ""

    qtbot.waitUntil(lambda: shown_tier() == "A", timeout=5000)


def test_empty_added_rows_are_left_out_and_errors_land_on_the_right_row(qtbot, sqlite_ctx):
    room = make_room(qtbot, sqlite_ctx)
    form = room.form
    room.new_customer()
    form.editors["name"].editor.setText("空行测试")
    contacts, deals = form.pages.contacts, form.pages.deals
    contacts.add_row()  # left empty: not saved, no error
    contacts.add_row()
    set_cell(contacts, 1, "email", "no-at-sign")  # a contact without a name, bad e-mail
    deals.add_row()  # only the default date: left out
    assert form.save() is False
    model = contacts.model
    assert model.data(model.index(1, 5), Qt.ItemDataRole.ToolTipRole)  # row 2, not row 1
    assert not model.data(model.index(0, 5), Qt.ItemDataRole.ToolTipRole)
    assert "Row 2" in contacts.error_label.text()
    set_cell(contacts, 1, "name", "孙八")
    set_cell(contacts, 1, "email", "sun@example.com")
    assert form.save() is True
    saved = Customer.get(Customer.name == "空行测试")
    assert [c.name for c in Contact.select().where(Contact.customer == saved.id)] == ["孙八"]
    assert Deal.select().where(Deal.customer == saved.id).count() == 0
    assert form.pages.contacts.model.rowCount() == 1  # reloaded from the database


def test_date_fields_drop_a_calendar_that_writes_the_day(qtbot, sqlite_ctx):
    from PySide6.QtCore import QDate

    from desktop_crm.ui.common.date_edit import DateLineEdit

    room = make_room(qtbot, sqlite_ctx)
    room.new_customer()
    field = room.form.editors["founded_on"].editor
    assert isinstance(field, DateLineEdit)
    field.setText("2001-03-15")
    popup = field.open_calendar()
    assert popup.calendar.selectedDate() == QDate(2001, 3, 15)  # opens on the typed day
    popup.calendar.clicked.emit(QDate(2001, 4, 2))
    assert field.text() == "2001-04-02" and not popup.isVisible()
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field.popup is not None and field.popup.isVisible()  # the keyboard opens it too
    field.popup.close()

    # the deals table's date column edits through the same field
    deals = room.form.pages.deals
    row = deals.add_row()
    date_column = [c.key for c in deals.model.columns].index("date")
    index = deals.model.index(row, date_column)
    deals.view.edit(index)
    editor = deals.view.indexWidget(index) or deals.view.focusWidget()
    assert isinstance(editor, DateLineEdit)
    editor.open_calendar().calendar.clicked.emit(QDate(2026, 11, 30))
    deals.view.commitData(editor)
    assert deals.model.rows[row]["date"] == "2026-11-30"


def test_the_editor_is_built_after_the_first_rows_or_when_first_needed(qtbot, ctx):
    """Issue 14, item 9: the room shows its list first; the form's five tabs come just after
    the first rows, or at once when a customer is opened or made before that."""
    first_id = add_customer(ctx, "张三", "宁波华兴机械有限公司")
    room = make_room(qtbot, ctx)
    form = room.form
    assert form._editor is None and not form.is_open()
    assert form.stack.count() == 1  # the placeholder only
    qtbot.waitUntil(lambda: room.list_panel.model.rowCount() > 0)
    qtbot.waitUntil(lambda: form._editor is not None, timeout=2000)
    assert form.stack.count() == 2 and not form.is_open()  # built, still the placeholder
    click_row(room, first_id)
    assert form.is_open() and form.editors["name"].value() == "张三"

    fresh = make_room(qtbot, ctx)  # a new customer before the editor was built
    assert fresh.form._editor is None
    fresh.new_action.trigger()
    assert fresh.form.is_open() and fresh.form.customer_id is None
    type_text(fresh.form.editors["name"].editor, "李四")
    assert fresh.save_action.isEnabled()
    fresh.save_action.trigger()
    assert Customer.select().where(Customer.name == "李四").count() == 1
    assert fresh.form.stack.count() == 2  # built once
