"""Every visit whose texts are inside the limits prints (issue 9, item 6).

Each text is written in an alphabet of its own, so the PDF's text filtered to that alphabet must
give back the whole text, in order, however the page breaks and columns cut it. Texts at their
limit are taller than a page: the block (or table row) continues under "name (cont.)".
"""

from __future__ import annotations

import datetime as dt
import itertools
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop_crm.models.core import Contact, Customer, User
from desktop_crm.models.customer_fields import FIELDS_BY_NAME
from desktop_crm.models.visit_fields import VISIT_FIELDS_BY_NAME
from desktop_crm.reports.visit_sheet import visit_sheet_pdf
from desktop_crm.reports.week_plan import week_plan_pdf
from desktop_crm.services import visits as vs
from desktop_crm.services.common.acting import Person
from desktop_crm.services.context import AppContext
from desktop_crm.services.visits.reviews import REVIEW_LIMIT, save_week_review
from desktop_crm.ui.i18n import translate_function

DAY = dt.date(2026, 3, 3)

# one alphabet per text; none of their characters occurs in a label or another text
ALPHABETS = {
    "purpose": "甲乙丙丁戊庚辛壬癸",
    "action_plan": "BHJKQXZ",
    "expected_result": "乾坤震巽坎离艮兑",
    "matter": "鼠牛虎兔龙蛇猴鸡狗猪",
    "reason": "梅兰竹菊松柏杏桂",
    "address": "琴棋书诗酒茶",
    "company": "鹤鹿鹰鹊雁鸥",
    "name": "翁蔺",
    "actual_result": "鲤鲫鲈鳜鲢",
    "next_action": "峨嵋岱嵩",
    "review": "礼乐射御数",
}
MULTILINE = ("purpose", "action_plan", "expected_result", "actual_result", "review")


def limit(field: str) -> int:
    specs = {**VISIT_FIELDS_BY_NAME, **FIELDS_BY_NAME}
    return REVIEW_LIMIT if field == "review" else specs[field].limit


def text_of(field: str, breaks: bool, length: int | None = None) -> str:
    """`length` characters (the field's limit) in the field's alphabet; Latin ones in words,
    with a line break after every fifth word or sentence when `breaks`."""
    breaks = breaks and field in MULTILINE
    letters = itertools.cycle(ALPHABETS[field])
    length = length or limit(field)
    latin = ALPHABETS[field].isascii()
    out: list[str] = []
    size = 0
    for n in itertools.count(1):
        word = "".join(next(letters) for _ in range(5 if latin else 9))
        sep = ("\n" if breaks and n % 5 == 0 else " ") if latin else ("\n" if breaks else "")
        if size + len(word) + len(sep) > length:
            out.append(word[: length - size])
            break
        out += [word, sep]
        size += len(word) + len(sep)
    text = "".join(out).strip()
    assert len(text) <= length
    return text


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def in_alphabet(text: str, field: str) -> str:
    return "".join(c for c in text if c in ALPHABETS[field])


def assert_whole(pdf_text: str, field: str, text: str) -> None:
    got, want = in_alphabet(pdf_text, field), in_alphabet(text, field)
    assert len(got) >= len(want), f"{field}: {len(got)} of {len(want)} characters came back"
    assert want in got, f"{field}: the text came back changed"


def _office(actor: Person, breaks: bool) -> tuple[User, int, dict[str, str]]:
    """A rep with one visit whose every text (and the customer's name, company and address)
    is at its limit."""
    texts = {f: text_of(f, breaks) for f in ALPHABETS if f != "review"}
    texts["name"] = text_of("name", False)
    rep = User.create(name="王建国", role="rep")
    texts["company"] = text_of("company", False)
    customer = Customer.create(
        name=texts["name"],
        company=texts["company"],
        address=texts["address"],
        phone="021-64000000",
        owner_rep=rep.id,
    )
    contact = Contact.create(customer=customer.id, name="张三", position="采购经理")
    visit = vs.plan_visit(
        actor,
        vs.VisitDraft(
            customer.id,
            rep.id,
            dt.datetime.combine(DAY, dt.time(9)),
            45,
            contact_id=contact.id,
            matter=texts["matter"],
            reason=texts["reason"],
            purpose=texts["purpose"],
            action_plan=texts["action_plan"],
            expected_result=texts["expected_result"],
        ),
    )
    return rep, int(visit.id), texts


@pytest.mark.parametrize("breaks", [False, True], ids=["no-breaks", "line-breaks"])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_visit_sheet_prints_every_text_at_its_limit(
    sqlite_ctx: AppContext, tmp_path: Path, breaks: bool, lang: str
) -> None:
    rep, _visit, texts = _office(sqlite_ctx.user, breaks)
    translate = translate_function(lang)
    text = pdf_text(visit_sheet_pdf(sqlite_ctx.user, rep.id, DAY, translate), tmp_path)
    for field in ("purpose", "action_plan", "expected_result", "matter", "reason", "address"):
        assert_whole(text, field, texts[field])
    label = "(cont.)" if lang == "en" else "(续)"
    flat = "".join(text.split())
    assert flat.count(f"{texts['company']}{label}") >= 2  # continued over several pages
    # the block's end, plus one for each blank block for unplanned visits after it
    blanks = flat.count("Unplannedvisit" if lang == "en" else "计划外拜访")
    assert blanks == 2
    assert flat.count("Nextaction" if lang == "en" else "下一步行动") == 1 + blanks


def test_a_short_visit_after_a_long_one_stays_whole(sqlite_ctx: AppContext, tmp_path: Path) -> None:
    rep, _visit, _texts = _office(sqlite_ctx.user, False)
    short = Customer.create(name="短客户", company="短公司", owner_rep=rep.id)
    vs.plan_visit(
        sqlite_ctx.user,
        vs.VisitDraft(
            short.id, rep.id, dt.datetime.combine(DAY, dt.time(14)), 45, purpose="短目的"
        ),
    )
    pdf = visit_sheet_pdf(sqlite_ctx.user, rep.id, DAY)
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    pages = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    page = next(p for p in pages.split("\f") if "短公司" in p)
    assert "短目的" in page and "Next action" in page  # the whole short block on one page
    assert "短公司 (cont.)" not in pages


def test_week_plan_prints_every_text_at_its_limit(sqlite_ctx: AppContext, tmp_path: Path) -> None:
    rep, visit_id, texts = _office(sqlite_ctx.user, True)
    vs.complete_visit(
        sqlite_ctx.user,
        visit_id,
        1,
        vs.VisitOutcome(texts["actual_result"], "yes", 30, texts["next_action"], DAY),
    )
    review = text_of("review", True)
    save_week_review(sqlite_ctx.user, rep.id, DAY, review, "", None)
    text = pdf_text(week_plan_pdf(sqlite_ctx.user, rep.id, DAY), tmp_path)
    for field in ("matter", "purpose", "actual_result", "next_action"):
        assert_whole(text, field, texts[field])
    assert_whole(text, "review", review)
    assert f"{texts['company']}(cont.)" in "".join(text.split())


def test_assessment_and_portfolio_print_every_note_at_its_limit(
    sqlite_ctx: AppContext, tmp_path: Path
) -> None:
    from desktop_crm.reports.assessment_report import build_assessment_report
    from desktop_crm.reports.portfolio_report import build_portfolio_report
    from desktop_crm.services.analysis.assessments import (
        NOTE_LIMIT,
        NOTES_LIMIT,
        Answer,
        AssessmentDraft,
        save_assessment,
    )

    name = text_of("name", False)
    customer = Customer.create(name=name, company=text_of("company", False))
    note = text_of("matter", False, NOTE_LIMIT)
    notes = text_of("purpose", True, NOTES_LIMIT)
    intent = {f"intent.{n}": Answer(3, note) for n in range(1, 11)}
    quality = {f"quality.{n}": Answer(4, note) for n in range(1, 11)}
    save_assessment(
        sqlite_ctx.user, AssessmentDraft(customer.id, DAY, intent, quality, notes=notes)
    )
    target = tmp_path / "assessment.pdf"
    build_assessment_report(sqlite_ctx.user, customer.id, target)
    text = pdf_text(target.read_bytes(), tmp_path)
    assert in_alphabet(text, "matter").count(in_alphabet(note, "matter")) == 20
    assert_whole(text, "purpose", notes)
    portfolio = tmp_path / "portfolio.pdf"
    build_portfolio_report(sqlite_ctx.user, portfolio)
    assert in_alphabet(pdf_text(portfolio.read_bytes(), tmp_path), "name") == in_alphabet(
        name, "name"
    )
