"""pytest-qt drives the complaints page (issue 13): registering one by typing in the dialog,
its errors beside the fields, the live clock's colours, the next status; each checked in the
database."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_crm.models.aftersale import Complaint
from desktop_crm.models.core import Contact, Customer, User
from desktop_crm.services.aftersale import complaints, letters
from desktop_crm.services.context import AppContext
from desktop_crm.ui.aftersale.complaint_dialog import ComplaintDialog
from desktop_crm.ui.aftersale.complaints_page import LATE_COLOUR, SOON_COLOUR, ComplaintsPage
from desktop_crm.ui.aftersale.letter_dialog import LetterDialog
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.runner import SyncRunner


@pytest.fixture
def office(sqlite_ctx: AppContext) -> dict[str, Any]:
    rep = User.create(name="王建国", role="rep")
    customer = Customer.create(
        name="赵六", company="苏州华兴机械", owner_rep=rep.id, province="江苏"
    )
    contact = Contact.create(customer=customer.id, name="刘经理", role="buyer")
    return {"ctx": UiContext(app=sqlite_ctx, runner=SyncRunner(), lang="en"), "customer": customer,
            "contact": contact, "rep": rep}  # fmt: skip


def _page(qtbot: Any, ctx: UiContext) -> ComplaintsPage:
    page = ComplaintsPage(ctx, None)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_registering_a_complaint_by_typing(qtbot: Any, office: dict[str, Any]) -> None:
    dialog = ComplaintDialog(office["ctx"], customer_id=office["customer"].id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.contact_combo.count() == 2  # (none) and the customer's contact
    dialog.contact_combo.setCurrentIndex(1)
    dialog.cause_combo.setCurrentIndex(dialog.cause_combo.findData("misinformation"))
    qtbot.keyClicks(dialog.product_edit, "KFR-35")
    assert not dialog.save()  # nothing typed about what happened
    assert not dialog.errors["description"].isHidden()
    assert Complaint.select().count() == 0
    dialog.description_edit.insertPlainText(
        "安装师傅说的和合同不一样"
    )  # Chinese comes from an IME, not keys
    assert dialog.save()
    stored = Complaint.get()
    assert stored.customer_id == office["customer"].id
    assert stored.contact_id == office["contact"].id
    assert stored.cause == "misinformation" and stored.product == "KFR-35"
    assert stored.description == "安装师傅说的和合同不一样"
    assert stored.rep_id == office["rep"].id
    assert stored.due_at - stored.received_at == dt.timedelta(hours=12)  # no home region set
    reopened = ComplaintDialog(office["ctx"], stored.id)
    qtbot.addWidget(reopened)
    assert reopened.description_edit.toPlainText() == "安装师傅说的和合同不一样"
    assert reopened.contact_combo.currentData() == office["contact"].id


def test_an_override_without_reason_is_shown_beside_the_field(
    qtbot: Any, office: dict[str, Any]
) -> None:
    dialog = ComplaintDialog(office["ctx"], customer_id=office["customer"].id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.description_edit.insertPlainText("延迟交货")
    dialog.override_check.setChecked(True)
    assert not dialog.save()
    assert not dialog.errors["due_override_reason"].isHidden()
    assert dialog.tabs.currentIndex() == 1  # the tab holding the field is shown
    assert Complaint.select().count() == 0


def test_the_list_colours_rows_by_their_clock_and_moves_status(
    qtbot: Any, office: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    owner = office["ctx"].app.user
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    saved = complaints.save_complaint(
        owner,
        complaints.ComplaintDraft(
            office["customer"].id, "漏水", received_at=now - dt.timedelta(hours=10)
        ),
    )
    page = _page(qtbot, office["ctx"])
    assert page.model.rowCount() == 1
    assert page.model.item(0, 2).text() == "赵六"
    assert page.model.item(0, 0).background().color() == SOON_COLOUR  # 2 h left of 12
    page.update_clocks(now + dt.timedelta(hours=3))  # an hour late: the tick repaints it
    assert page.model.item(0, 0).background().color() == LATE_COLOUR
    assert page.model.item(0, 7).text().startswith("late by")
    page.table.selectRow(0)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert Complaint.get_by_id(saved.id).status == "in_progress"
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert Complaint.get_by_id(saved.id).resolved_at is not None
    assert page.model.rowCount() == 0  # resolved: the list of open ones no longer holds it
    page.which_combo.setCurrentIndex(page.which_combo.findData("all"))
    assert page.model.item(0, 7).text() == "resolved on time"
    page.table.selectRow(0)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)  # the call-back is missing
    assert warned and Complaint.get_by_id(saved.id).status == "resolved"


def _letter_dialog(qtbot: Any, office: dict[str, Any]) -> tuple[Any, int]:
    owner = office["ctx"].app.user
    saved = complaints.save_complaint(
        owner, complaints.ComplaintDraft(office["customer"].id, "送货晚了三天")
    )
    page = _page(qtbot, office["ctx"])
    page.table.selectRow(0)
    qtbot.mouseClick(page.letter_button, Qt.MouseButton.LeftButton)
    dialog = page.letter_dialog
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    with qtbot.waitActive(dialog):  # its Ctrl+S works in the active window
        dialog.raise_()
        dialog.activateWindow()
    return dialog, saved.id


def test_the_letter_is_drafted_edited_saved_and_reopened(
    qtbot: Any, office: dict[str, Any]
) -> None:
    dialog, complaint_id = _letter_dialog(qtbot, office)
    assert list(dialog.edits) == list(letters.PARTS)
    assert "送货晚了三天" in dialog.edits["specifics"].toPlainText()  # drafted from the complaint
    assert dialog.language_combo.currentData() == "en"  # the reader's language
    assert not Complaint.get_by_id(complaint_id).letter_parts  # a draft is not kept unasked
    dialog.edits["compensation"].setPlainText("我们免费为您更换一台新机。")
    qtbot.keyClick(dialog.edits["compensation"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = json.loads(Complaint.get_by_id(complaint_id).letter_parts)
    assert stored["compensation"] == "我们免费为您更换一台新机。"
    assert Complaint.get_by_id(complaint_id).letter_language == "en"
    again = LetterDialog(office["ctx"], complaint_id)
    qtbot.addWidget(again)
    assert again.edits["compensation"].toPlainText() == "我们免费为您更换一台新机。"
    assert again.status_label.text() == "Saved with the complaint."


def test_printing_saves_and_keeps_the_pdf(
    qtbot: Any, office: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_crm.ui.common.print_preview import PrintPreviewDialog

    shown: list[bytes] = []
    monkeypatch.setattr(PrintPreviewDialog, "open", lambda self: shown.append(self.pdf))
    dialog, complaint_id = _letter_dialog(qtbot, office)
    dialog.edits["welcome"].setPlainText("Welcome back any time.")
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    row = Complaint.get_by_id(complaint_id)
    assert shown and shown[0].startswith(b"%PDF") and row.letter_pdf == shown[0]
    assert json.loads(row.letter_parts)["welcome"] == "Welcome back any time."


def test_another_language_asks_before_replacing_edits(
    qtbot: Any, office: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog, _ = _letter_dialog(qtbot, office)
    dialog.edits["agreement"].setPlainText("typed by hand")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: answers.pop(0))
    zh = dialog.language_combo.findData("zh_CN")
    dialog.language_combo.setCurrentIndex(zh)
    dialog.language_combo.activated.emit(zh)  # No: the edit and the language stay
    assert dialog.edits["agreement"].toPlainText() == "typed by hand"
    assert dialog.language_combo.currentData() == "en"
    dialog.language_combo.setCurrentIndex(zh)
    dialog.language_combo.activated.emit(zh)  # Yes: drafted again in Chinese
    assert "感谢" in dialog.edits["sympathy"].toPlainText()
    assert dialog.letter is not None and dialog.letter.language == "zh_CN"


def test_a_stale_letter_or_a_too_long_part_saves_nothing(
    qtbot: Any, office: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog, complaint_id = _letter_dialog(qtbot, office)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    dialog.edits["causes"].setPlainText("长" * 4001)
    assert not dialog.save()
    assert not dialog.errors["causes"].isHidden()  # the message beside the part
    assert not Complaint.get_by_id(complaint_id).letter_parts
    dialog.edits["causes"].setPlainText("原因已查明。")
    Complaint.update(version=Complaint.version + 1).where(Complaint.id == complaint_id).execute()
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    assert not dialog.save()
    assert warned and "Someone changed this complaint" in warned[0]
    assert not Complaint.get_by_id(complaint_id).letter_parts


def test_the_letterhead_is_set_in_the_settings(
    qtbot: Any, office: dict[str, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    from PySide6.QtGui import QColor as Colour
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QFileDialog

    from desktop_crm.services.aftersale.letters import letterhead
    from desktop_crm.ui.settings_dialog import SettingsDialog

    picture = QPixmap(40, 20)
    picture.fill(Colour("#2563eb"))
    path = tmp_path / "logo.png"
    assert picture.save(str(path))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    dialog = SettingsDialog(office["ctx"])
    qtbot.addWidget(dialog)
    dialog.office_name.setText("华东制冷设备有限公司")
    dialog.office_address.setText("上海市浦东新区张江路 88 号")
    dialog._choose_logo()
    dialog.accept()
    head = letterhead(office["ctx"].app.user)
    assert head.name == "华东制冷设备有限公司"
    assert head.address == "上海市浦东新区张江路 88 号"
    assert head.logo == path.read_bytes()


def test_the_deadline_and_the_marks_are_set_in_the_settings(
    qtbot: Any, office: dict[str, Any]
) -> None:
    from desktop_crm.services.aftersale.settings import aftersale_settings
    from desktop_crm.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(office["ctx"])
    qtbot.addWidget(dialog)
    dialog.inside_hours.setValue(8)
    dialog.home_region.setText("上海，江苏、 浙江")  # the separators people type
    dialog.satisfied_from.setValue(60)
    dialog.accept()
    got = aftersale_settings(office["ctx"].app.user)
    assert (got.inside_hours, got.home_region, got.satisfied_from) == (
        8,
        ("上海", "江苏", "浙江"),
        60,
    )
    again = SettingsDialog(office["ctx"])
    qtbot.addWidget(again)
    assert again.home_region.text() == "上海、江苏、浙江" and again.inside_hours.value() == 8
    again.home_region.setText("长" * 61)  # longer than a region's name may be
    again.accept()
    assert not again.aftersale_error.isHidden() and again.result() == 0  # stays open
    assert aftersale_settings(office["ctx"].app.user).home_region == ("上海", "江苏", "浙江")
