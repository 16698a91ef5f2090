"""Export → import into an empty database gives the same customers, contacts and deals
(issue 11, point 5): CSV in UTF-8 with BOM and in GB18030, and .xlsx, in zh_CN and in English,
on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from desktop_crm.demo.customers import generate_customers
from desktop_crm.models.core import Contact, Customer, Deal
from desktop_crm.services.common.errors import ValidationFailed
from desktop_crm.services.context import AppContext
from desktop_crm.services.customers.export import DEAL_FIELDS, companion_paths, export_customers
from desktop_crm.services.customers.fields import CONTACT_FIELDS, CUSTOMER_FIELDS
from desktop_crm.services.importing import engine
from desktop_crm.services.importing.mapping import RecordKind, guess_kind, suggest_mapping
from desktop_crm.services.importing.sources import read_source
from desktop_crm.services.importing.values import parse_phone
from desktop_crm.services.people import manage
from desktop_crm.services.people.roles import Role
from desktop_crm.translator import translate_function

EXPORTED = [s.name for s in CUSTOMER_FIELDS if s.exported]
PHONE_FIELDS = {s.name for s in CUSTOMER_FIELDS if s.kind == "phone"}
TRANSLATORS = (translate_function("zh_CN"), translate_function("zh_TW"))


def fill() -> None:
    """A small office with every kind of value the export writes."""
    a = Customer.create(
        name="甲公司",
        company="上海甲贸易有限公司",
        address="上海市浦东新区世纪大道100号",
        phone="021 6123 4567",
        mobile="138 0013 8000",
        fax="021 6123 4568",
        email="a@example.cn",
        bank="中国工商银行上海分行",
        bank_account="6222 0210 0100 1234",
        tax_id="91310115MA1H7XXX0X",
        legal_representative="王建国",
        manager="王总",
        founded_on=dt.date(2001, 5, 6),
        company_form="limited",
        assets=Decimal("1234567.50"),
        first_trade_on=dt.date(2019, 11, 30),
        development_plans="扩建仓库\n明年开分店",
        fiscal_year_start="01-01",
        fiscal_year_end="12-31",
        size="200人",
        region="华东",
        province="上海",
        city="上海",
        district="浦东新区",
        city_size="metropolis",
        usage_rate="often",
        user_status="regular",
        brand_loyalty="strong",
        attitude="positive",
        key_category="key",
        tier_manual="A",
        tier_reason="老客户, 量大",
        birthday=dt.date(1970, 2, 3),
        age=54,
        hobbies="钓鱼",
        priority_delivery=True,
        delivery_address="上海市浦东新区仓库路1号",
        contact_channel="wechat",
        credit_status="good",
        open_problems='发票 "抬头" 有误',
        next_action="回访",
        next_action_on=dt.date(2025, 1, 6),
    )
    b = Customer.create(
        name="=1+2",
        company="@SUM(A1)",
        address="-北京市朝阳区",
        priority_delivery=False,
        tier_reason="+急",
        city="北京",
    )
    c = Customer.create(
        name="Anna Müller",
        company="Müller GmbH",
        email="anna@example.de",
        phone="+49 30 1234567",
        city_size="large",
    )
    Contact.create(
        customer=a.id,
        name="张经理",
        position="采购经理",
        role="buyer",
        influence="high",
        phone="139 0000 1111",
        email="zhang@example.cn",
        notes="-负责采购, 周一不在",
    )
    Contact.create(customer=a.id, name="陈主任", position="主任", role="decision_maker")
    Contact.create(customer=b.id, name="=HYPERLINK()", influence="none")
    Deal.create(
        customer=a.id,
        date=dt.date(2024, 3, 5),
        products="打印机",
        amount=Decimal("999.90"),
        notes="首单",
    )
    Deal.create(customer=a.id, date=dt.date(2024, 6, 1), products="+耗材", amount=Decimal("12000"))
    Deal.create(
        customer=c.id, date=dt.date(2023, 12, 31), products="Service", amount=Decimal("0.5")
    )


def _text(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return value.quantize(Decimal("0.01"))
    return value


def snapshot_rows() -> list[tuple[dict[str, Any], list[tuple[Any, ...]], list[tuple[Any, ...]]]]:
    """Every customer's exported fields, contacts and deals (ids left out: they differ)."""
    rows = []
    for customer in Customer.select().where(Customer.deleted_at.is_null()):
        contacts = sorted(
            tuple(_text(getattr(row, s.name)) for s in CONTACT_FIELDS)
            for row in Contact.select().where(Contact.customer == customer.id)
        )
        deals = sorted(
            tuple(_text(getattr(row, s.name)) for s in DEAL_FIELDS)
            for row in Deal.select().where(Deal.customer == customer.id)
        )
        rows.append(({name: _text(getattr(customer, name)) for name in EXPORTED}, contacts, deals))
    return rows


def snapshot() -> dict[str, Any]:
    """The same, keyed by the customer's name (unique in `fill`)."""
    return {
        fields["name"]: (fields, contacts, deals) for fields, contacts, deals in snapshot_rows()
    }


def empty_the_office() -> None:
    Customer.delete().execute()  # contacts and deals cascade


def import_file(ctx: AppContext, path: Path, kind: RecordKind, sheet: str | None = None) -> None:
    table = read_source(path, sheet=sheet)
    assert guess_kind(table.header, TRANSLATORS) is kind, (path, table.header)
    mapping = suggest_mapping(kind, table.header, TRANSLATORS)
    options = engine.ImportOptions(
        kind=kind, mapping=mapping, mode=engine.Mode.CREATE, translators=TRANSLATORS
    )
    report = engine.run_import(ctx.user, table, options)
    problems = [(r.row_number, r.problems) for r in report.results if r.problems]
    assert report.errors == 0 and not problems, problems
    assert report.created == len(table.rows), report


@pytest.mark.parametrize(
    ("fmt", "encoding", "lang"),
    [
        ("csv", "utf-8-sig", "zh_CN"),
        ("csv", "gb18030", "zh_CN"),
        ("csv", "utf-8-sig", "en"),
        ("xlsx", "utf-8-sig", "zh_CN"),
        ("xlsx", "utf-8-sig", "en"),
    ],
)
def test_export_then_import_gives_the_same_office(
    ctx: AppContext, tmp_path: Path, fmt: str, encoding: str, lang: str
) -> None:
    fill()
    before = snapshot()
    target = tmp_path / f"office.{fmt}"
    words = translate_function(lang)
    export_customers(ctx.user, None, fmt, target, translate=words, encoding=encoding)
    empty_the_office()
    assert snapshot() == {}
    if fmt == "csv":
        contacts, deals = companion_paths(target)
        import_file(ctx, target, RecordKind.CUSTOMERS)
        import_file(ctx, contacts, RecordKind.CONTACTS)
        import_file(ctx, deals, RecordKind.DEALS)
    else:
        sheets = [words("Export", name) for name in ("Customers", "Contacts", "Deals")]
        for sheet, kind in zip(sheets, RecordKind, strict=True):
            import_file(ctx, target, kind, sheet=sheet)
    after = snapshot()
    assert set(after) == set(before)
    for name, (fields, contacts, deals) in before.items():
        assert after[name][0] == fields, name
        assert after[name][1] == contacts, name
        assert after[name][2] == deals, name


def _phone(text: str) -> str:
    """A phone as the number it dials: the import writes phones in the form's display style
    (138 0013 8000), the demo stores them as digits."""
    if not text:
        return ""
    try:
        return parse_phone(text).e164
    except ValidationFailed:
        return "".join(ch for ch in text if ch.isdigit())


def demo_snapshot() -> Counter[Any]:
    """Every customer with its contacts and deals, phones as numbers (demo names repeat)."""
    found: Counter[Any] = Counter()
    for customer, contacts, deals in snapshot_rows():
        fields = tuple(
            _phone(value) if name in PHONE_FIELDS else value for name, value in customer.items()
        )
        contacts = tuple(
            tuple(
                _phone(v) if s.name == "phone" else v
                for s, v in zip(CONTACT_FIELDS, c, strict=True)
            )
            for c in contacts
        )
        found[(fields, tuple(sorted(contacts)), tuple(deals))] += 1
    return found


@pytest.mark.parametrize(("fmt", "lang"), [("csv", "zh_CN"), ("xlsx", "en")])
def test_the_demo_office_reads_back_whole(
    ctx: AppContext, tmp_path: Path, fmt: str, lang: str
) -> None:
    reps = [manage.add_person(ctx.user, n, Role.REP, password="pw") for n in ("王建国", "李娜")]
    generate_customers(ctx.user, 60, reps, seed=3, today=dt.date(2026, 12, 1))
    before = demo_snapshot()
    target = tmp_path / f"demo.{fmt}"
    words = translate_function(lang)
    export_customers(ctx.user, None, fmt, target, translate=words)
    empty_the_office()
    if fmt == "csv":
        for path, kind in zip([target, *companion_paths(target)], RecordKind, strict=True):
            import_file(ctx, path, kind)
    else:
        sheets = [words("Export", name) for name in ("Customers", "Contacts", "Deals")]
        for sheet, kind in zip(sheets, RecordKind, strict=True):
            import_file(ctx, target, kind, sheet=sheet)
    assert demo_snapshot() == before
