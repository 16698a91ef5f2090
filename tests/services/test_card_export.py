"""The monthly card list for a mail merge: CSV with a BOM and an .xlsx, phones kept as text,
headers translated, only the acting person's customers. Both backends."""

from __future__ import annotations

import csv
import datetime as dt
import io

from openpyxl import load_workbook
from visit_helpers import make_contact, make_customer

from desktop_crm.services.aftersale.card_export import cards_csv, cards_xlsx
from desktop_crm.services.context import AppContext
from desktop_crm.services.people import manage
from desktop_crm.services.people.roles import Role
from desktop_crm.translator import translate_function

MONTH = dt.date(2026, 12, 1)


def _office(ctx: AppContext):  # type: ignore[no-untyped-def]
    rep = manage.add_person(ctx.user, "王建国", Role.REP, password="pw")
    mine = make_customer(
        "甲方贸易", rep, company="甲方贸易有限公司", address="深圳市南山区科技园1号",
        mobile="13800138000", province="广东", city="深圳",
    )  # type: ignore[arg-type]  # fmt: skip
    make_contact(mine, "张采购")
    make_customer("=HYPERLINK(1)", rep)  # type: ignore[arg-type]
    make_customer("别人的", None)
    return rep


def test_csv_has_a_bom_and_chinese_headers(ctx: AppContext) -> None:
    rep = _office(ctx)
    data = cards_csv(rep, MONTH, translate_function("zh_CN"))
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:4] == ["客户", "公司", "联系人", "职位"]
    body = sorted(rows[1:])
    assert [r[0] for r in body] == ["'=HYPERLINK(1)", "甲方贸易"]
    mine = body[1]
    assert mine[2] == "张采购" and mine[7] == "深圳市南山区科技园1号" and mine[9] == "13800138000"
    assert mine[-1] == "王建国"


def test_xlsx_reads_back_as_text(ctx: AppContext) -> None:
    rep = _office(ctx)
    book = load_workbook(io.BytesIO(cards_xlsx(rep, MONTH)))
    sheet = book.active
    assert sheet.title == "2026-12"
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0][:3] == ["Customer", "Company", "Contact"]
    mine = next(r for r in rows if r[0] == "甲方贸易")
    assert mine[9] == "13800138000" and isinstance(mine[9], str)
    assert len(rows) == 3  # the header and rep's two: not the unowned one
