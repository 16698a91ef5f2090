"""Export of the customer file to CSV, .xlsx and vCard (services/customers/export.py), on
SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import openpyxl
import pytest
import vobject
from visit_helpers import make_contact, make_customer

from desktop_crm.commands import command_translate
from desktop_crm.models.audit import AuditEntry
from desktop_crm.models.core import Customer, Deal
from desktop_crm.services.common.errors import PermissionDenied, ValidationFailed
from desktop_crm.services.context import AppContext
from desktop_crm.services.customers.drafts import CustomerFilter
from desktop_crm.services.customers.export import (
    ExportCancelled,
    companion_paths,
    export_customers,
)
from desktop_crm.services.people import manage
from desktop_crm.services.people.roles import Role

ZH = command_translate("zh_CN")


@pytest.fixture
def office(ctx: AppContext) -> SimpleNamespace:
    owner = ctx.user
    rep_a = manage.add_person(owner, "王建国", Role.REP, password="pw")
    rep_b = manage.add_person(owner, "李娜", Role.REP, password="pw")
    a = make_customer(
        "甲公司",
        SimpleNamespace(id=rep_a.id),
        company="上海甲贸易有限公司",  # type: ignore[arg-type]
        address="上海市浦东新区世纪大道100号",
        phone="13800138000",
        email="a@example.cn",
        founded_on=dt.date(2001, 5, 6),
        assets=Decimal("1234567.50"),
    )
    b = make_customer("乙公司", SimpleNamespace(id=rep_b.id))  # type: ignore[arg-type]
    pool = make_customer("=1+2", None, company="@SUM(A1)")
    make_contact(a, "张经理")
    make_contact(a, "陈主任", position="主任")
    Deal.create(
        customer=a.id, date=dt.date(2024, 3, 5), products="打印机", amount=Decimal("999.90")
    )
    return SimpleNamespace(owner=owner, rep_a=rep_a, rep_b=rep_b, a=a.id, b=b.id, pool=pool.id)


def _exports() -> int:
    return AuditEntry.select().where(AuditEntry.action == "export").count()


def test_csv_with_bom_holds_the_chinese_header_contacts_and_deals(
    office: SimpleNamespace, tmp_path: Path
) -> None:
    target = tmp_path / "客户.csv"
    summary = export_customers(office.owner, None, "csv", target, translate=ZH)
    assert (summary.customers, summary.contacts, summary.deals) == (3, 2, 1)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    header = rows[0]
    assert header[0] == ZH("Export", "Customer ID") and header[0] != "Customer ID"
    assert ZH("CustomerField", "Name") in header
    by_name = {r[header.index(ZH("CustomerField", "Name"))]: r for r in rows[1:]}
    a_row = by_name["甲公司"]
    assert a_row[0] == str(office.a)
    assert a_row[header.index(ZH("CustomerField", "Phone"))] == "13800138000"
    assert a_row[header.index(ZH("CustomerField", "Founding date"))] == "2001-05-06"
    assert a_row[header.index(ZH("CustomerField", "Assets"))] == "1234567.50"
    # formula injection: escaped in the file, unchanged in the database
    assert "'=1+2" in by_name
    assert by_name["'=1+2"][header.index(ZH("CustomerField", "Company"))] == "'@SUM(A1)"
    assert Customer.get_by_id(office.pool).name == "=1+2"
    contacts_path, deals_path = companion_paths(target)
    contacts = list(csv.reader(contacts_path.read_text("utf-8-sig").splitlines()))
    assert {r[2] for r in contacts[1:]} == {"张经理", "陈主任"}
    assert {r[0] for r in contacts[1:]} == {str(office.a)}
    deals = list(csv.reader(deals_path.read_text("utf-8-sig").splitlines()))
    assert deals[1][:3] == [str(office.a), "甲公司", "2024-03-05"]
    assert deals[1][4] == "999.90"
    assert _exports() == 1
    note = AuditEntry.select().where(AuditEntry.action == "export").get().note
    assert "csv" in note and "3 customers" in note and "everything" in note


def test_gb18030_bytes_decode(office: SimpleNamespace, tmp_path: Path) -> None:
    target = tmp_path / "gbk.csv"
    export_customers(
        office.owner, CustomerFilter(), "csv", target, translate=ZH, encoding="gb18030"
    )
    raw = target.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("gb18030")
    assert "甲公司" in text and ZH("CustomerField", "Name") in text
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")


def test_xlsx_has_typed_cells_a_frozen_bold_header_and_three_sheets(
    office: SimpleNamespace, tmp_path: Path
) -> None:
    target = tmp_path / "客户.xlsx"
    export_customers(office.owner, CustomerFilter(), "xlsx", target, translate=ZH)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == [ZH("Export", n) for n in ("Customers", "Contacts", "Deals")]
    sheet = book.worksheets[0]
    assert sheet.freeze_panes == "A2"
    header = [c.value for c in sheet[1]]
    assert sheet.cell(1, 1).font.bold
    assert header[0] == ZH("Export", "Customer ID")
    rows = {
        r[header.index(ZH("CustomerField", "Name"))].value: r for r in sheet.iter_rows(min_row=2)
    }
    a_row = rows["甲公司"]
    founded = a_row[header.index(ZH("CustomerField", "Founding date"))]
    assert isinstance(founded.value, dt.datetime) and founded.is_date
    assert founded.value.date() == dt.date(2001, 5, 6)
    assets = a_row[header.index(ZH("CustomerField", "Assets"))]
    assert isinstance(assets.value, float | int) and assets.value == pytest.approx(1234567.5)
    assert assets.number_format == "#,##0.00"
    phone = a_row[header.index(ZH("CustomerField", "Phone"))]
    assert phone.data_type == "s" and phone.value == "13800138000"
    injected = rows["=1+2"][header.index(ZH("CustomerField", "Name"))]
    assert injected.data_type == "s" and injected.quotePrefix
    deals = book.worksheets[2]
    assert deals.freeze_panes == "A2"
    deal = list(deals.iter_rows(min_row=2, values_only=True))
    assert len(deal) == 1 and deal[0][0] == office.a and deal[0][4] == pytest.approx(999.9)
    assert len(list(book.worksheets[1].iter_rows(min_row=2))) == 2


@pytest.mark.parametrize("version", ["3.0", "2.1"])
def test_vcards_hold_the_contacts_and_the_customers_without_contacts(
    office: SimpleNamespace, tmp_path: Path, version: str
) -> None:
    target = tmp_path / "contacts.vcf"
    export_customers(office.owner, CustomerFilter(), "vcf", target, vcard_version=version)
    text = target.read_text("utf-8")
    assert f"VERSION:{version}" in text
    cards = list(vobject.readComponents(text))
    names = {c.fn.value for c in cards}
    assert names == {"张经理", "陈主任", "乙公司", "=1+2"}
    manager = next(c for c in cards if c.fn.value == "陈主任")
    assert manager.title.value == "主任"
    org = manager.org.value
    assert (org[0] if isinstance(org, list) else org) == "上海甲贸易有限公司"
    assert manager.tel.value == "13800000000"


def test_a_reps_list_holds_their_own_and_the_pool_and_everything_is_refused(
    office: SimpleNamespace, tmp_path: Path
) -> None:
    target = tmp_path / "mine.csv"
    summary = export_customers(office.rep_a, CustomerFilter(), "csv", target)
    ids = {int(r[0]) for r in list(csv.reader(target.read_text("utf-8-sig").splitlines()))[1:]}
    assert ids == {office.a, office.pool} and summary.customers == 2
    refused = tmp_path / "all.csv"
    before = _exports()
    with pytest.raises(PermissionDenied):
        export_customers(office.rep_a, None, "csv", refused)
    assert not refused.exists() and list(tmp_path.glob("*all*")) == []
    assert _exports() == before
    assert AuditEntry.select().where(AuditEntry.action == "refused").count() == 1


def test_a_cancelled_export_leaves_no_file(office: SimpleNamespace, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for fmt in ("csv", "xlsx", "vcf"):
        target = out / f"cancelled.{fmt}"
        seen: list[tuple[int, int]] = []

        def stop(done: int, total: int, seen: list[tuple[int, int]] = seen) -> bool:
            seen.append((done, total))
            return done == 0

        with pytest.raises(ExportCancelled):
            export_customers(office.owner, CustomerFilter(), fmt, target, progress=stop)
        assert seen == [(0, 3), (3, 3)]
        assert list(out.iterdir()) == []
    assert _exports() == 0


def test_bad_format_or_encoding_is_named(office: SimpleNamespace, tmp_path: Path) -> None:
    with pytest.raises(ValidationFailed) as caught:
        export_customers(
            office.owner, CustomerFilter(), "pdf", tmp_path / "x.pdf", encoding="latin-1"
        )
    assert {e.field for e in caught.value.errors} == {"format", "encoding"}
    assert not (tmp_path / "x.pdf").exists() and not list(tmp_path.glob(".x.pdf*"))
