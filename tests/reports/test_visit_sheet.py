"""The visit sheet and week plan PDFs: text read back in route order, blocks whole, font embedded."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_crm.models.core import Contact, Customer, Deal, User
from desktop_crm.reports.visit_sheet import visit_sheet_pdf
from desktop_crm.reports.week_plan import week_plan_pdf
from desktop_crm.services import visits as vs
from desktop_crm.services.context import AppContext
from desktop_crm.services.people.users import ensure_owner
from desktop_crm.services.visits.reviews import save_week_review

DAY = dt.date(2026, 3, 3)  # a Tuesday


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _office(count: int) -> tuple[User, list[int]]:
    rep = User.create(name="王建国", role="rep")
    ids = []
    for i in range(count):
        customer = Customer.create(
            name=f"客户{i:02d}",
            company=f"测试{i:02d}号公司",
            address=f"上海徐汇区中山路{i}号",
            phone=f"021-6400{i:04d}",
            owner_rep=rep.id,
        )
        if i % 2 == 0:
            Deal.create(customer=customer.id, date=dt.date(2025, 6, 1), amount=Decimal("10"))
        contact = Contact.create(customer=customer.id, name=f"联系人{i:02d}", position="采购经理")
        visit = vs.plan_visit(
            ensure_owner(),
            vs.VisitDraft(
                customer.id,
                rep.id,
                dt.datetime.combine(DAY, dt.time(8 + i % 10, 0)),
                45,
                contact_id=contact.id,
                matter=f"事项{i:02d}",
                purpose=f"目的{i:02d}",
                action_plan="带报价单",
                expected_result="签约",
            ),
        )
        ids.append(int(visit.id))
    return rep, ids


def test_sheet_lists_customers_in_route_order(ctx: AppContext) -> None:
    rep, ids = _office(3)
    earlier = vs.plan_visit(
        ctx.user,
        vs.VisitDraft(
            Customer.get(Customer.name == "客户01").id, rep.id, dt.datetime(2026, 2, 20, 10), 30
        ),
    )
    vs.complete_visit(ctx.user, earlier.id, 1, vs.VisitOutcome("上次谈了价格", "partly"))
    vs.set_route_order(ctx.user, rep.id, DAY, [ids[2], ids[0], ids[1]])
    text = "\n".join(_pages(visit_sheet_pdf(ctx.user, rep.id, DAY)))
    positions = [text.index(f"测试{i:02d}号公司") for i in (2, 0, 1)]
    assert positions == sorted(positions)
    assert "王建国" in text and "3 Mar 2026" in text
    assert "7 existing + 3 new" in text  # the standard
    # planned: 00 and 02 bought before, 01 had a done visit on 02-20: all existing
    assert "3 existing + 0 new" in text
    assert "上海徐汇区中山路1号" in text and "联系人01" in text and "采购经理" in text
    assert "20 Feb 2026" in text and "上次谈了价格" in text  # the last visit's result
    assert "目的00" in text and "带报价单" in text and "签约" in text
    # three planned blocks and two blank ones for unplanned visits, each with its lines
    assert text.count("Unplanned visit") == 2
    assert text.count("Actual result") == 5 and text.count("Next action") == 5


def test_blocks_are_never_split_and_three_or_four_fit_a_page(ctx: AppContext) -> None:
    rep, _ids = _office(10)
    pages = _pages(visit_sheet_pdf(ctx.user, rep.id, DAY))
    per_page = []
    for page in pages:
        names = sum(1 for i in range(10) if f"测试{i:02d}号公司" in page)
        blank = page.count("Unplanned visit")
        assert page.count("Next action") == names + blank  # every block starts and ends here
        per_page.append(names)
    assert sum(per_page) == 10
    assert all(n in (3, 4) for n in per_page[:-1]), per_page


def test_sheet_translated_and_font_embedded(ctx: AppContext, tmp_path: Path) -> None:
    rep, _ids = _office(1)
    words = {"Visit sheet": "拜访单", "Actual result": "实际结果"}
    pdf = visit_sheet_pdf(ctx.user, rep.id, DAY, lambda context, text: words.get(text, text))
    text = "\n".join(_pages(pdf))
    assert "拜访单" in text and "实际结果" in text and "测试00号公司" in text
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts not installed")
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    line = next(line for line in fonts.splitlines() if "WenQuanYi" in line)
    assert line.split()[-5] == "yes"  # the emb column


def test_week_plan_pdf_holds_days_visits_review_and_month(ctx: AppContext) -> None:
    rep, ids = _office(3)
    vs.complete_visit(
        ctx.user, ids[0], 1, vs.VisitOutcome("订了十箱", "yes", 30, "送货上门", dt.date(2026, 3, 9))
    )
    save_week_review(ctx.user, rep.id, DAY, "本周新客户偏少", "重点开发徐汇", None)
    text = "\n".join(_pages(week_plan_pdf(ctx.user, rep.id, DAY)))
    assert "2026-W10" in text and "王建国" in text
    assert "订了十箱" in text and "送货上门" in text and "9 Mar 2026" in text
    assert "本周新客户偏少" in text and "重点开发徐汇" in text
    assert "2026-03" in text and "154 + 66" in text  # March 2026: 22 working days × (7 + 3)
    assert "planned 3 · done 1 of 50" in text


def test_sheet_shows_the_rated_personality_type_and_advice(ctx: AppContext) -> None:
    from desktop_crm.services.analysis.personality import rate_personality

    rep, _ids = _office(2)
    rated = Customer.get(Customer.name == "客户00")
    rate_personality(ctx.user, rated.id, expressiveness=4, emotionality=1)  # high, low
    text = "\n".join(_pages(visit_sheet_pdf(ctx.user, rep.id, DAY)))
    assert text.count("Personality") == 1  # the unrated customer gets no line
    block_00 = text[text.index("测试00号公司") : text.index("测试01号公司")]
    assert "Dominant (driver)" in block_00


def test_a_past_days_sheet_prints_what_was_recorded_and_room_for_walk_ins(
    ctx: AppContext,
) -> None:
    rep, ids = _office(4)
    vs.complete_visit(
        ctx.user,
        ids[0],
        1,
        vs.VisitOutcome(
            "客户同意试用",
            "yes",
            time_spent_minutes=40,
            next_action="送样品",
            next_action_on=dt.date(2026, 3, 10),
        ),
    )
    vs.set_status(ctx.user, ids[1], 1, "no_show")
    vs.set_status(ctx.user, ids[2], 1, "cancelled")
    text = "\n".join(_pages(visit_sheet_pdf(ctx.user, rep.id, DAY)))
    assert "客户同意试用" in text and "40 min" in text and "送样品 10 Mar 2026" in text
    assert "Done" in text and "No-show" in text and "Cancelled" in text
    assert "测试02号公司" in text  # a cancelled visit is still on the record
    # write-in lines only for the one still planned, and the two blank blocks
    assert text.count("Time spent (min)") == 1 + 2
    assert text.count("Unplanned visit") == 2


def test_a_day_without_visits_prints_blank_blocks_for_walk_ins(ctx: AppContext) -> None:
    rep = User.create(name="李四", role="rep")
    text = "\n".join(_pages(visit_sheet_pdf(ctx.user, rep.id, DAY)))
    assert "No visits planned for this day." in text
    assert text.count("Unplanned visit") == 4
