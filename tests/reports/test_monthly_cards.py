"""The monthly card list printed: labels carry the address, the company and the person;
cards greet the person; the command line takes --month."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_crm.cli import main
from desktop_crm.models.core import Contact, Customer
from desktop_crm.models.db import open_database
from desktop_crm.reports.monthly_cards import CARDS, REPORT, MonthlyCardsParameters
from desktop_crm.services.context import AppContext
from desktop_crm.services.people.users import ensure_owner
from desktop_crm.translator import translate_function


def make_customer(name: str, _rep: None, **values: object) -> Customer:
    return Customer.create(name=name, **values)


def make_contact(customer: Customer, name: str) -> Contact:
    return Contact.create(customer=customer.id, name=name)


def _text(pdf: bytes) -> str:
    return "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def test_labels_and_cards(sqlite_ctx: AppContext) -> None:
    customer = make_customer(
        "甲方贸易", None, company="甲方贸易有限公司", address="南山区科技园1号", city="深圳市"
    )
    make_contact(customer, "张采购")
    for i in range(15):  # 16 labels: two sheets of 14
        make_customer(f"客户{i:02d}", None, address=f"福田路{i}号")
    zh = translate_function("zh_CN")
    params = MonthlyCardsParameters(dt.date(2026, 12, 1))
    pdf = REPORT.pdf(sqlite_ctx.user, params, zh, "zh_CN")
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 2
    text = _text(pdf).replace(" ", "")
    assert "深圳市南山区科技园1号" in text and "张采购收" in text and "甲方贸易有限公司" in text
    assert "每月一卡2026年12月" in text
    cards = REPORT.pdf(
        sqlite_ctx.user, MonthlyCardsParameters(dt.date(2026, 12, 9), CARDS), zh, "zh_CN"
    )
    assert len(PdfReader(io.BytesIO(cards)).pages) == 4  # 16 cards, four a sheet
    assert "尊敬的张采购：" in _text(cards).replace(" ", "")


def test_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = str(tmp_path / "office.sqlite3")
    database = open_database(path, create=True)
    ensure_owner("张总")
    make_customer("甲方贸易", None, address="南山区科技园1号")
    database.close()
    out = tmp_path / "cards.pdf"
    args = ["report", "monthly-cards", "--month", "2026-12", "-o", str(out), "--database", path]
    assert main(args) == 0
    assert "甲方贸易" in _text(out.read_bytes())
    with pytest.raises(SystemExit) as exit_:
        main(["report", "monthly-cards", "--month", "2026-13", "-o", str(out), "--database", path])
    assert exit_.value.code == 2
