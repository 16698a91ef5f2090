"""File → Import…, driven like a clerk would: an old GBK sheet with a title line, the encoding
changed and changed back, the columns mapped, the check showing the bad rows with their
reasons, the import, and Undo from the summary page and from the import history."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from import_support import office_rows, write_dates_csv, write_office_csv
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWizard

from desktop_crm.models.core import Customer
from desktop_crm.services.context import AppContext
from desktop_crm.services.people.manage import add_person
from desktop_crm.services.people.roles import Role
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.importing import common
from desktop_crm.ui.importing.history_dialog import ImportHistoryDialog
from desktop_crm.ui.importing.wizard import ImportWizard
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.runner import Operation, OperationCancelled, SyncRunner

BAD_ROWS = {6, 10, 14, 18}  # the source rows of the bad customers (title line 1, header 2)


def _ui(app_ctx: AppContext) -> UiContext:
    return UiContext(app=app_ctx, runner=SyncRunner(), lang="en")


def _wizard(qtbot: Any, app_ctx: AppContext, path: Path | None) -> ImportWizard:
    wizard = ImportWizard(_ui(app_ctx), path)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _next(qtbot: Any, wizard: ImportWizard) -> None:
    page = wizard.currentPage()
    which = (
        QWizard.WizardButton.CommitButton
        if page.isCommitPage()
        else QWizard.WizardButton.NextButton
    )
    button = wizard.button(which)
    assert button.isEnabled(), f"Next is disabled on {page.title()!r}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _live_customers() -> set[str]:
    return {c.name for c in Customer.select().where(Customer.deleted_at.is_null())}


def _to_check_page(qtbot: Any, wizard: ImportWizard) -> None:
    _next(qtbot, wizard)  # the columns
    _next(qtbot, wizard)  # how
    _next(qtbot, wizard)  # the check
    assert wizard.currentPage() is wizard.check_page


def test_a_gbk_sheet_is_checked_imported_and_undone(
    qtbot: Any, sqlite_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_office_csv(tmp_path / "客户资料.csv")
    wizard = _wizard(qtbot, sqlite_ctx, path)
    page = wizard.file_page
    assert page.encoding_combo.currentData() == "gb18030"
    assert page.header_spin.value() == 2  # the title line above the header is left out
    assert page.table.item(0, 0).text() == "张伟"
    assert page.kind_combo.currentData() == "customers"

    # another encoding re-reads the preview at once; UTF-8 cannot read GBK bytes: said why
    page.encoding_combo.setCurrentIndex(page.encoding_combo.findData("utf-8"))
    assert not page.error_label.isHidden() and "UTF-8" in page.error_label.text()
    assert page.table.rowCount() == 0
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.encoding_combo.setCurrentIndex(page.encoding_combo.findData("big5"))
    big5 = page.table.item(0, 0).text() if page.table.rowCount() else ""
    assert big5 != "张伟"
    page.encoding_combo.setCurrentIndex(page.encoding_combo.findData("gb18030"))
    assert page.error_label.isHidden() and page.table.item(0, 0).text() == "张伟"

    _next(qtbot, wizard)
    columns = wizard.columns_page
    mapping = columns.mapping()
    assert mapping[:4] == ("name", "company", "mobile", "email") or mapping[0] == "name"
    # a field chosen twice is flagged and blocks Next; ignoring the name blocks it too
    company = columns.combos[1]
    company.setCurrentIndex(company.findData("name"))
    assert "more than one column" in columns.problem_label.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    company.setCurrentIndex(company.findData("company"))
    columns.combos[0].setCurrentIndex(0)  # — ignore —
    assert "every row needs it" in columns.problem_label.text()
    columns.combos[0].setCurrentIndex(columns.combos[0].findData("name"))
    assert columns.problem_label.isHidden()

    qtbot.keyClick(wizard, Qt.Key.Key_Return)  # Enter is Next
    how = wizard.how_page
    assert wizard.currentPage() is how
    assert how.date_box.isHidden()  # 2010/3/5 and its kind are not ambiguous
    assert how.mode() == "create"
    _next(qtbot, wizard)

    check = wizard.check_page
    report = wizard.state.checked
    assert report is not None and report.dry_run
    assert report.created == 16 and report.errors == len(BAD_ROWS)
    assert Customer.select().count() == 0  # nothing is written by the check
    check.filter_combo.setCurrentIndex(check.filter_combo.findData("error"))
    model = check.model
    assert {int(model.index(r, 0).data()) for r in range(model.rowCount())} == BAD_ROWS
    reasons = {
        int(model.index(r, 0).data()): model.index(r, 3).data() for r in range(model.rowCount())
    }
    assert reasons[10].startswith("Column “手机”:")  # the column, then why
    assert reasons[6].startswith("Column “姓名”:")
    assert "16" in check.counts.text() and "4" in check.counts.text()

    saved = tmp_path / "errors.csv"
    monkeypatch.setattr(common, "choose_error_file", lambda parent, suggested: saved)
    qtbot.mouseClick(check.error_file_button, Qt.MouseButton.LeftButton)
    assert saved.exists() and "林峰" in saved.read_text("utf-8-sig")
    workbook = tmp_path / "errors.xlsx"
    monkeypatch.setattr(common, "choose_error_file", lambda parent, suggested: workbook)
    qtbot.mouseClick(check.error_file_button, Qt.MouseButton.LeftButton)
    import openpyxl

    sheet = openpyxl.load_workbook(workbook).worksheets[0]
    cells = [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c]
    assert "林峰" in cells and "errors.xlsx" in check.status.text()

    _next(qtbot, wizard)  # Import
    summary = wizard.import_page
    assert wizard.state.imported is not None and wizard.state.imported.created == 16
    assert "Created: 16" in summary.summary.text()
    good = {row[0] for row in office_rows() if row[0]} - {"林峰", "何平", "罗敏"}
    assert _live_customers() == good

    monkeypatch.setattr(common, "ask_undo", lambda parent, name, created, updated: True)
    qtbot.mouseClick(summary.undo_button, Qt.MouseButton.LeftButton)
    assert _live_customers() == set()
    assert "16 removed" in summary.status.text()
    assert not summary.undo_button.isEnabled()


def test_the_import_history_undoes_an_import(
    qtbot: Any, sqlite_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_office_csv(tmp_path / "老客户.csv")
    sqlite_ctx.user = add_person(sqlite_ctx.user, "文员小李", Role.CLERK, password="pw")
    wizard = _wizard(qtbot, sqlite_ctx, path)  # the office clerk imports
    _next(qtbot, wizard)
    wizard.columns_page.combos[4].setCurrentIndex(0)  # the city column ignored this time
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    assert len(_live_customers()) == 16
    assert {c.city for c in Customer.select()} == {""}
    wizard.accept()

    # the mapping chosen is offered again for a file with the same columns
    again = _wizard(qtbot, sqlite_ctx, write_office_csv(tmp_path / "老客户（二）.csv"))
    _next(qtbot, again)
    assert again.columns_page.mapping()[4] is None
    assert again.columns_page.mapping()[0] == "name"
    again.reject()

    dialog = ImportHistoryDialog(_ui(sqlite_ctx))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "老客户.csv"
    assert dialog.table.item(0, 1).text() == "文员小李"
    assert dialog.table.item(0, 5).text() == "16"
    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(common, "ask_undo", lambda parent, name, c, u: asked.append(name) or True)
    monkeypatch.setattr(common, "tell", lambda parent, title, text: told.append(text))
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert asked == ["老客户.csv"]
    assert _live_customers() == set()
    assert told and "16 removed" in told[0]
    assert dialog.table.item(0, 9).text() == "Undone"
    assert not dialog.undo_button.isEnabled()


def test_an_ambiguous_date_column_is_asked_once(
    qtbot: Any, sqlite_ctx: AppContext, tmp_path: Path
) -> None:
    wizard = _wizard(qtbot, sqlite_ctx, write_dates_csv(tmp_path / "dates.csv"))
    _next(qtbot, wizard)
    assert wizard.columns_page.mapping()[2] == "founded_on"
    _next(qtbot, wizard)
    how = wizard.how_page
    assert not how.date_box.isHidden()
    assert "03/05/2014" in how.date_question.text() and "成立日期" in how.date_question.text()
    assert how.day_first.text() == "3 May 2014 (day first)"
    assert how.month_first.text() == "5 March 2014 (month first)"
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # it must be answered
    how.month_first.setChecked(True)
    _next(qtbot, wizard)
    assert wizard.state.options is not None and wizard.state.options.date_order == "mdy"
    assert wizard.state.checked is not None and wizard.state.checked.errors == 0
    _next(qtbot, wizard)
    founded = {c.name: c.founded_on for c in Customer.select()}
    assert str(founded["钱进"]) == "2014-03-05"


def test_a_bad_file_says_why_beside_the_picker(
    qtbot: Any, sqlite_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    wizard = _wizard(qtbot, sqlite_ctx, None)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    monkeypatch.setattr(common, "choose_file", lambda parent, folder: empty)
    qtbot.mouseClick(wizard.file_page.choose_button, Qt.MouseButton.LeftButton)
    assert wizard.file_page.error_label.text() == "The file is empty."
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_cancelled_import_leaves_nothing_and_closing_asks(
    qtbot: Any, sqlite_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = _wizard(qtbot, sqlite_ctx, write_office_csv(tmp_path / "客户资料.csv"))
    _to_check_page(qtbot, wizard)

    def cancelled(self: Operation, done: int, total: int) -> None:  # Cancel pressed meanwhile
        raise OperationCancelled()

    monkeypatch.setattr(Operation, "report", cancelled)
    _next(qtbot, wizard)
    assert "cancelled" in wizard.import_page.summary.text()
    assert Customer.select().count() == 0
    assert not wizard.import_page.undo_button.isEnabled()


def test_closing_while_it_runs_asks_and_stops(
    qtbot: Any, sqlite_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = _wizard(qtbot, sqlite_ctx, write_office_csv(tmp_path / "客户资料.csv"))
    progress = wizard.check_page.progress
    asked: list[bool] = []
    monkeypatch.setattr(common, "ask_stop", lambda parent: asked.append(True) or False)
    monkeypatch.setattr(type(progress), "running", property(lambda self: True))
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # Esc while the check runs: asked, kept open
    assert asked == [True] and wizard.isVisible()
    monkeypatch.setattr(common, "ask_stop", lambda parent: True)
    wizard.reject()
    assert wizard.isVisible()  # it closes once the work has stopped
    monkeypatch.setattr(type(progress), "running", property(lambda self: False))
    progress.finished.emit()
    assert not wizard.isVisible()


def test_the_office_gets_the_import_and_a_rep_does_not(
    qtbot: Any, sqlite_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[object] = []
    monkeypatch.setattr(ImportWizard, "exec", lambda self: opened.append(self) or 0)
    owner = MainWindow(_ui(sqlite_ctx))
    qtbot.addWidget(owner)
    assert owner.import_action in owner.file_menu.actions()
    assert owner.import_action.shortcut().toString() == "Ctrl+I"
    assert owner.import_history_action in owner.file_menu.actions()
    owner.import_action.trigger()
    assert len(opened) == 1
    # a file dropped on the window opens the wizard with it
    dropped = write_office_csv(tmp_path / "拖进来.csv")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    owner.dropEvent(drop)
    qtbot.waitUntil(lambda: len(opened) == 2)
    assert opened[1].state.path == dropped  # type: ignore[attr-defined]

    clerk = add_person(sqlite_ctx.user, "文员小李", Role.CLERK, password="pw")
    rep = add_person(sqlite_ctx.user, "王建国", Role.REP, password="pw")
    sqlite_ctx.user = clerk
    as_clerk = MainWindow(_ui(sqlite_ctx))
    qtbot.addWidget(as_clerk)
    assert as_clerk.import_action in as_clerk.file_menu.actions()
    sqlite_ctx.user = rep
    as_rep = MainWindow(_ui(sqlite_ctx))
    qtbot.addWidget(as_rep)
    assert as_rep.import_action not in as_rep.file_menu.actions()
    assert as_rep.import_history_action not in as_rep.file_menu.actions()
    assert not as_rep.acceptDrops()


def test_the_wizard_remembers_its_size(qtbot: Any, sqlite_ctx: AppContext) -> None:
    first = _wizard(qtbot, sqlite_ctx, None)
    first.resize(760, 560)  # within the offscreen screen (800 × 600)
    first.reject()
    second = _wizard(qtbot, sqlite_ctx, None)
    assert (second.width(), second.height()) == (760, 560)


def test_an_import_refreshes_the_customer_list(
    qtbot: Any, sqlite_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from customers_support import add_customer

    window = MainWindow(_ui(sqlite_ctx))
    qtbot.addWidget(window)
    room = window.room("CustomersRoom")
    assert room is not None and room.list_panel.model.rowCount() == 0  # type: ignore[attr-defined]

    def imported(self: ImportWizard) -> int:  # what an import does while the wizard is open
        add_customer(sqlite_ctx, "张伟", "华东机电有限公司")
        self.changed.emit()
        return 1

    monkeypatch.setattr(ImportWizard, "exec", imported)
    window.import_action.trigger()
    assert room.list_panel.model.rowCount() == 1  # type: ignore[attr-defined]


def test_phone_contacts_are_imported_from_a_vcard_file(
    qtbot: Any, sqlite_ctx: AppContext, tmp_path: Path
) -> None:
    cards = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:林美玲\r\nORG:台北贸易有限公司\r\n"
        "TEL;TYPE=CELL:13800138000\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:陈志明\r\nTEL;TYPE=WORK:021 6123 4567\r\nEND:VCARD\r\n"
    )
    path = tmp_path / "手机通讯录.vcf"
    path.write_bytes(cards.encode("utf-8"))
    wizard = _wizard(qtbot, sqlite_ctx, path)
    page = wizard.file_page
    assert page.table.item(0, 0).text() == "林美玲" and page.table.item(1, 0).text() == "陈志明"
    assert not page.encoding_combo.isEnabled() and not page.header_spin.isEnabled()
    _next(qtbot, wizard)
    assert wizard.columns_page.mapping()[:2] == ("name", "company")
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    assert wizard.state.checked is not None and wizard.state.checked.created == 2
    _next(qtbot, wizard)
    assert _live_customers() == {"林美玲", "陈志明"}


def test_dates_ambiguous_only_further_down_are_asked_before_the_check(
    qtbot: Any, sqlite_ctx: AppContext, tmp_path: Path
) -> None:
    lines = ["姓名,成立日期"] + [f"客户{n},2014-03-05" for n in range(120)]
    lines += ["钱进,03/05/2014"]  # row 122, past the preview
    path = tmp_path / "长表.csv"
    path.write_bytes("\r\n".join(lines).encode("utf-8"))
    wizard = _wizard(qtbot, sqlite_ctx, path)
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    assert wizard.how_page.date_box.isHidden()  # the preview's dates are all year first
    _next(qtbot, wizard)
    check = wizard.check_page
    assert "go Back" in check.status.text() and "成立日期" in check.status.text()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    wizard.back()
    how = wizard.how_page
    assert not how.date_box.isHidden() and "03/05/2014" in how.date_question.text()
    how.day_first.setChecked(True)
    _next(qtbot, wizard)
    assert wizard.state.checked is not None
    assert (wizard.state.checked.created, wizard.state.checked.errors) == (121, 0)


def test_a_sales_list_imports_deals_onto_the_customers(
    qtbot: Any, sqlite_ctx: AppContext, tmp_path: Path
) -> None:
    from customers_support import add_customer

    from desktop_crm.models.core import Deal

    zhang = add_customer(sqlite_ctx, "张伟", "华东机电有限公司")
    lines = [
        "客户,成交日期,产品,金额,备注",
        '张伟,2023-05-06,电机 20台,"￥12,500",首单',
        "华东机电有限公司,2023年8月1日,变频器,3.2万,",
        "无此客户,2023-09-09,电缆,800,",
    ]
    path = tmp_path / "销售记录.csv"
    path.write_bytes("\r\n".join(lines).encode("gbk"))
    wizard = _wizard(qtbot, sqlite_ctx, path)
    assert wizard.file_page.kind_combo.currentData() == "deals"
    _next(qtbot, wizard)
    assert wizard.columns_page.mapping() == (
        "customer",
        "deal.date",
        "deal.products",
        "deal.amount",
        "deal.notes",
    )
    _next(qtbot, wizard)
    assert wizard.how_page.owner_combo.isHidden() and wizard.how_page.match_list.isHidden()
    _next(qtbot, wizard)
    report = wizard.state.checked
    assert report is not None and (report.created, report.errors) == (2, 1)
    _next(qtbot, wizard)
    amounts = sorted(str(d.amount) for d in Deal.select().where(Deal.customer == zhang))
    assert amounts == ["12500.00", "32000.00"]


def test_a_workbook_offers_its_sheets(qtbot: Any, sqlite_ctx: AppContext, tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    first = book.active
    first.title = "客户"
    first.append(["姓名", "公司", "手机"])
    first.append(["张伟", "华东机电有限公司", 13800138000])  # a phone typed as a number
    second = book.create_sheet("成交")
    second.append(["客户", "成交日期", "金额"])
    second.append(["张伟", "2023-05-06", 12500])
    path = tmp_path / "旧系统.xlsx"
    book.save(path)
    wizard = _wizard(qtbot, sqlite_ctx, path)
    page = wizard.file_page
    assert not page.sheet_combo.isHidden()
    assert [page.sheet_combo.itemText(i) for i in range(page.sheet_combo.count())] == [
        "客户",
        "成交",
    ]
    assert not page.encoding_combo.isEnabled() and not page.delimiter_combo.isEnabled()
    assert page.table.item(0, 2).text() == "13800138000"
    assert page.kind_combo.currentData() == "customers"
    page.sheet_combo.setCurrentIndex(1)
    assert page.table.horizontalHeaderItem(1).text() == "成交日期"
    assert page.kind_combo.currentData() == "deals"


def test_closing_during_a_threaded_import_cancels_it_and_writes_nothing(
    qtbot: Any, sqlite_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QThreadPool

    from desktop_crm.ui.runner import Runner

    lines = ["姓名,手机"] + [f"客户{n},139{n:08d}" for n in range(3000)]
    path = tmp_path / "大表.csv"
    path.write_bytes("\r\n".join(lines).encode("gbk"))
    pool = QThreadPool()
    runner = Runner(pool)
    wizard = ImportWizard(UiContext(app=sqlite_ctx, runner=runner, lang="en"), path)
    qtbot.addWidget(wizard)
    wizard.show()
    _to_check_page(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.state.checked is not None, timeout=60_000)
    monkeypatch.setattr(common, "ask_stop", lambda parent: True)
    _next(qtbot, wizard)  # Import: runs on a pool thread
    assert wizard.running()
    wizard.reject()  # the close box: asked, then cancelled
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=60_000)
    pool.waitForDone()
    assert Customer.select().count() == 0


def test_a_google_contacts_export_is_mapped_by_itself(
    qtbot: Any, sqlite_ctx: AppContext, tmp_path: Path
) -> None:
    header = (
        "Name,Given Name,Family Name,Organization 1 - Name,E-mail 1 - Type,E-mail 1 - Value,"
        "Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value"
    )
    row = "林美玲,美玲,林,台北贸易有限公司,* Work,mei@tb.cn,Mobile,13912345678,Work,021 6123 4567"
    path = tmp_path / "contacts.csv"
    path.write_bytes(("\r\n".join([header, row]) + "\r\n").encode("utf-8"))
    wizard = _wizard(qtbot, sqlite_ctx, path)
    _next(qtbot, wizard)
    mapping = wizard.columns_page.mapping()
    assert (mapping[0], mapping[3], mapping[5], mapping[7], mapping[9]) == (
        "name",
        "company",
        "email",
        "mobile",
        "phone",
    )
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    customer = Customer.get(Customer.name == "林美玲")
    assert customer.company == "台北贸易有限公司" and customer.email == "mei@tb.cn"


def test_a_contacts_file_with_first_and_last_names_only_needs_no_name_column(
    qtbot: Any, sqlite_ctx: AppContext, tmp_path: Path
) -> None:
    from desktop_crm.models.core import Contact
    from desktop_crm.services.customers.drafts import CustomerDraft
    from desktop_crm.services.customers.writes import save_customer

    save_customer(sqlite_ctx.user, CustomerDraft(values={"name": "华兴", "company": "华兴机械"}))
    path = tmp_path / "联系人.csv"
    path.write_bytes("单位,名,姓,移动电话\n华兴机械,美玲,林,13800138000\n".encode("gbk"))
    wizard = _wizard(qtbot, sqlite_ctx, path)
    page = wizard.file_page
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("contacts"))
    _next(qtbot, wizard)
    columns = wizard.columns_page
    assert columns.mapping() == ("customer", "given_name", "family_name", "contact.phone")
    assert columns.problem_label.isHidden()  # the name is joined from 名 and 姓
    _next(qtbot, wizard)  # how
    _next(qtbot, wizard)  # the check
    assert wizard.currentPage() is wizard.check_page
    model = wizard.check_page.model
    shown = [model.index(0, c).data() for c in range(model.columnCount())]
    assert "华兴机械 · 林美玲" in shown
    _next(qtbot, wizard)  # Import
    assert [c.name for c in Contact.select()] == ["林美玲"]
