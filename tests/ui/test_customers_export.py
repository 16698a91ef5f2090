"""Customers → Export…: the dialog's choices, the export of the filtered list, Cancel."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
from customers_support import add_customer, make_room

from desktop_crm.models.audit import AuditEntry
from desktop_crm.ui.customers import export_dialog
from desktop_crm.ui.customers.export_dialog import ExportChoice, ExportDialog
from desktop_crm.ui.runner import Operation, OperationCancelled


def test_everything_is_the_owners_only_and_the_format_picks_its_options(qtbot) -> None:
    rep = ExportDialog(3, owner=False, filtered=True)
    qtbot.addWidget(rep)
    assert rep.list_radio.isChecked() and not rep.all_radio.isEnabled()
    rep.all_radio.setChecked(True)  # even forced, a rep's choice is the list
    assert not rep.choice().everything
    owner = ExportDialog(3, owner=True, filtered=False)
    qtbot.addWidget(owner)
    owner.all_radio.click()
    owner.format_combo.setCurrentIndex(owner.format_combo.findData("csv"))
    assert owner.encoding_combo.isEnabled() and not owner.version_combo.isEnabled()
    owner.encoding_combo.setCurrentIndex(owner.encoding_combo.findData("gb18030"))
    assert owner.choice() == ExportChoice(True, "csv", "gb18030", "3.0")
    owner.format_combo.setCurrentIndex(owner.format_combo.findData("vcf"))
    assert owner.version_combo.isEnabled() and not owner.encoding_combo.isEnabled()


def test_the_filtered_list_is_exported_with_a_status_line(
    qtbot, sqlite_ctx, tmp_path: Path, monkeypatch
) -> None:
    add_customer(
        sqlite_ctx, "东方机电", "东方机电有限公司", contacts=["刘经理"], phone="13800138000"
    )
    add_customer(sqlite_ctx, "西部建材")
    room = make_room(qtbot, sqlite_ctx)
    room.list_panel.filter_edit.setText("东方")
    room.list_panel.apply_filter()
    asked = []

    def ask(parent, count, owner, filtered):
        asked.append((count, owner, filtered))
        return ExportChoice(False, "xlsx")

    target = tmp_path / "list.xlsx"
    monkeypatch.setattr(export_dialog, "ask_export", ask)
    monkeypatch.setattr(export_dialog, "ask_target", lambda parent, choice: target)
    room.export_action.trigger()
    assert asked == [(1, True, True)]
    book = openpyxl.load_workbook(target)
    assert [r[1] for r in book.worksheets[0].iter_rows(min_row=2, values_only=True)] == ["东方机电"]
    assert [r[2] for r in book.worksheets[1].iter_rows(min_row=2, values_only=True)] == ["刘经理"]
    notice = room.selection.notice
    assert not notice.isHidden() and "Exported 1 customers, 1 contacts" in notice.label.text()
    assert AuditEntry.select().where(AuditEntry.action == "export").count() == 1

    monkeypatch.setattr(export_dialog, "ask_export", lambda *a: ExportChoice(True, "csv"))
    everything = tmp_path / "all.csv"
    monkeypatch.setattr(export_dialog, "ask_target", lambda parent, choice: everything)
    room.export_action.trigger()
    rows = list(csv.reader(everything.read_text("utf-8-sig").splitlines()))
    assert {r[1] for r in rows[1:]} == {"东方机电", "西部建材"}
    assert "all-contacts.csv" in notice.label.text()


def test_cancel_leaves_no_file(qtbot, sqlite_ctx, tmp_path: Path, monkeypatch) -> None:
    add_customer(sqlite_ctx, "东方机电")
    room = make_room(qtbot, sqlite_ctx)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(export_dialog, "ask_export", lambda *a: ExportChoice(False, "vcf"))
    monkeypatch.setattr(export_dialog, "ask_target", lambda parent, choice: out / "x.vcf")

    def cancelled(self, done, total):  # the progress dialog's Cancel pressed
        raise OperationCancelled()

    monkeypatch.setattr(Operation, "report", cancelled)
    room.export_action.trigger()
    assert list(out.iterdir()) == []
    assert "cancelled" in room.selection.notice.label.text()
    assert AuditEntry.select().where(AuditEntry.action == "export").count() == 0
