"""`desktop-crm import`: one summary line, exit 0 when it ran (even with row errors), 2 for a
refusal, never a traceback. Files are written by the tests (GBK, UTF-8, an export)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from desktop_crm.cli import main
from desktop_crm.models.core import Contact, Customer, Deal
from desktop_crm.models.db import open_database
from desktop_crm.services.people import manage
from desktop_crm.services.people.roles import Role
from desktop_crm.services.people.signin import first_run_setup

SHEET = "客户名称,联系人,手机,城市,客户编号\r\n甲公司,张三,13800138000,上海,A-1\r\n乙公司,李四,13900139000,北京,A-2\r\n"


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    path = str(tmp_path / "office.sqlite3")
    database = open_database(path, create=True)
    owner = first_run_setup("金星门窗", "广东省", "佛山市", "王老板", "boss-pass", "zh_CN")
    manage.add_person(owner, "李晓梅", Role.REP, password="li-pass")
    database.close()
    monkeypatch.delenv("DESKTOP_CRM_USER", raising=False)
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "boss-pass")
    return path


def run(office: str, *argv: str) -> int:
    return main(["import", *argv, "--user", "王老板", "--database", office, "--lang", "en"])


def one_line(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    lines = (captured.out + captured.err).strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def names(office: str) -> list[str]:
    database = open_database(office)
    try:
        return sorted(c.name for c in Customer.select())
    finally:
        database.close()


def test_a_gbk_sheet_imports_and_says_so_in_one_line(
    office: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "客户.csv"
    sheet.write_bytes(SHEET.encode("gbk"))
    assert run(office, str(sheet), "--dry-run") == 0
    assert one_line(capsys) == (
        "dry run of 客户.csv as customers: 2 created, 0 updated, 0 skipped, 0 errors"
    )
    assert names(office) == []
    assert run(office, str(sheet)) == 0
    assert one_line(capsys) == (
        "imported 客户.csv as customers: 2 created, 0 updated, 0 skipped, 0 errors"
    )
    assert names(office) == ["乙公司", "甲公司"]
    assert run(office, str(sheet)) == 0  # create only: both are there already
    assert "0 created, 0 updated, 2 skipped" in one_line(capsys)


def test_row_errors_still_exit_0_and_go_to_the_report(
    office: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "bad.csv"
    sheet.write_text(
        "客户名称,手机\r\n甲公司,13800138000\r\n,13900139000\r\n丙公司,12\r\n", "utf-8"
    )
    report = tmp_path / "errors.csv"
    assert run(office, str(sheet), "--report", str(report)) == 0
    line = one_line(capsys)
    assert line.startswith("imported bad.csv as customers: 1 created, 0 updated, 0 skipped")
    assert "2 errors" in line and str(report) in line
    rows = list(csv.reader(report.read_text("utf-8-sig").splitlines()))
    assert len(rows) == 3  # the header and the two failed rows
    assert names(office) == ["甲公司"]


def test_an_ambiguous_date_column_needs_date_order(
    office: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    setup = tmp_path / "customers.csv"
    setup.write_text("客户名称\r\n甲公司\r\n", "utf-8")
    assert run(office, str(setup)) == 0
    capsys.readouterr()
    deals = tmp_path / "deals.csv"
    deals.write_text('日期,客户,产品,金额\r\n03/05/2024,甲公司,打印机,"1,200"\r\n', "utf-8")
    assert run(office, str(deals)) == 2
    line = one_line(capsys)
    assert "日期" in line and "--date-order" in line
    assert run(office, str(deals), "--date-order", "dmy") == 0
    assert "1 created" in one_line(capsys)
    database = open_database(office)
    try:
        deal = Deal.get()
        assert (deal.date.isoformat(), str(deal.amount)) == ("2024-05-03", "1200.00")
    finally:
        database.close()


def test_contacts_find_their_customer(
    office: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    setup = tmp_path / "customers.csv"
    setup.write_text("客户名称,城市\r\n甲公司,上海\r\n", "utf-8")
    assert run(office, str(setup)) == 0
    capsys.readouterr()
    contacts = tmp_path / "contacts.csv"
    contacts.write_text("客户名称,联系人,职务,手机\r\n甲公司,张经理,采购,13800138000\r\n", "utf-8")
    assert run(office, str(contacts)) == 0
    assert "as contacts: 1 created" in one_line(capsys)
    database = open_database(office)
    try:
        assert [(c.name, c.position) for c in Contact.select()] == [("张经理", "采购")]
    finally:
        database.close()


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["missing.csv"], "no such file"),
        (["sheet.csv", "--report", "errors.pdf"], ".csv or .xlsx"),
        (["sheet.csv", "--encoding", "klingon"], "Unknown encoding"),
        (["nothing.csv"], "no column of nothing.csv matches"),
        (["empty.csv"], "empty"),
        (["sheet.csv", "--mode", "sideways"], "invalid choice"),
    ],
)
def test_refusals_are_one_line_and_status_2(
    office: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    words: str,
) -> None:
    (tmp_path / "sheet.csv").write_text(SHEET, "utf-8")
    (tmp_path / "nothing.csv").write_text("甲,乙\r\n1,2\r\n", "utf-8")
    (tmp_path / "empty.csv").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    try:
        status = run(office, *argv)
    except SystemExit as exit_:  # argparse's own refusal
        status = int(exit_.code or 0)
    assert status == 2
    assert words in one_line(capsys)
    assert names(office) == []


def test_a_rep_may_not_import(
    office: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(SHEET, "utf-8")
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "li-pass")
    argv = ["import", str(sheet), "--user", "李晓梅", "--database", office]
    assert main(argv) == 2
    assert "not allowed" in one_line(capsys)


def test_an_export_imports_into_a_new_office_sheet_by_sheet(
    office: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = open_database(office)
    try:
        a = Customer.create(name="甲公司", company="上海甲贸易有限公司", mobile="138 0013 8000")
        Contact.create(customer=a.id, name="张经理", position="采购经理", role="buyer")
        Deal.create(customer=a.id, date="2024-03-05", products="打印机", amount="999.90")
        Customer.create(name="=1+2", priority_delivery=True)
    finally:
        database.close()
    workbook = tmp_path / "office.xlsx"
    export = ["export", "-o", str(workbook), "--user", "王老板", "--database", office]
    assert main([*export, "--lang", "zh_CN"]) == 0
    capsys.readouterr()
    fresh = str(tmp_path / "new.sqlite3")
    database = open_database(fresh, create=True)
    first_run_setup("新店", "广东省", "佛山市", "王老板", "boss-pass", "zh_CN")
    database.close()
    for sheet, kind in (("客户", "customers"), ("联系人", "contacts"), ("成交记录", "deals")):
        assert run(fresh, str(workbook), "--sheet", sheet) == 0
        assert f"as {kind}: " in one_line(capsys)
    database = open_database(fresh)
    try:
        rows = {c.name: c for c in Customer.select()}
        assert set(rows) == {"甲公司", "=1+2"}
        assert rows["甲公司"].mobile == "138 0013 8000" and rows["=1+2"].priority_delivery
        contact = Contact.get()
        assert (contact.customer_id, contact.name, contact.role) == (
            rows["甲公司"].id,
            "张经理",
            "buyer",
        )
        deal = Deal.get()
        assert (deal.customer_id, deal.products, str(deal.amount)) == (
            rows["甲公司"].id,
            "打印机",
            "999.90",
        )
    finally:
        database.close()
