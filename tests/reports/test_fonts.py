"""No character vanishes from a PDF (issue 9, item 7).

Characters the main font (WenQuanYi Micro Hei) lacks — 𠮷 U+20BB7 (Extension B) and 䶮 U+4DAE
(Extension A), both in real names — print in the fallback font (Hanazono Mincho, embedded) and
read back from the PDF; a character no font has is printed visibly replaced and named by
`missing_glyphs`.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_crm.models.core import Contact, Customer, User
from desktop_crm.reports import fonts
from desktop_crm.reports.assessment_report import build_assessment_report
from desktop_crm.reports.visit_sheet import visit_sheet_pdf
from desktop_crm.services import visits as vs
from desktop_crm.services.context import AppContext

DAY = dt.date(2026, 3, 3)
RARE = "𠮷䶮"  # Extension B, Extension A
NO_FONT = "\U0010fffd"  # a private-use code point of plane 16: no font has it


def _poppler(tool: str, pdf: Path) -> str:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} not installed")
    return subprocess.run(
        [tool, str(pdf)] + (["-"] if tool == "pdftotext" else []),
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def _embedded(pdffonts: str) -> dict[str, str]:
    """Font base name (subset prefix dropped) → the emb column."""
    rows = pdffonts.splitlines()[2:]
    return {row.split()[0].split("+")[-1]: row.split()[-5] for row in rows}


@pytest.fixture
def without_fallbacks(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """As on a machine without fonts-hanazono."""
    monkeypatch.setattr(fonts, "fallback_fonts", lambda: ())
    fonts.font_for.cache_clear()
    yield
    fonts.font_for.cache_clear()


def _needs_fallbacks() -> None:
    if len(fonts.fallback_fonts()) < 2:
        pytest.skip("fonts-hanazono (HanaMinA/HanaMinB) not installed; .ci/run installs it")


def _sheet(actor_ctx: AppContext, contact: str, customer: str) -> bytes:
    rep = User.create(name="王建国", role="rep")
    row = Customer.create(name=customer, company="", address="上海", owner_rep=rep.id)
    person = Contact.create(customer=row.id, name=contact, position="经理")
    vs.plan_visit(
        actor_ctx.user,
        vs.VisitDraft(
            row.id, rep.id, dt.datetime.combine(DAY, dt.time(9)), 45, contact_id=person.id
        ),
    )
    return visit_sheet_pdf(actor_ctx.user, rep.id, DAY)


def test_rare_name_characters_print_in_the_embedded_fallback(
    sqlite_ctx: AppContext, tmp_path: Path
) -> None:
    _needs_fallbacks()
    path = tmp_path / "sheet.pdf"
    path.write_bytes(_sheet(sqlite_ctx, "吉𠮷", "李䶮"))
    embedded = _embedded(_poppler("pdffonts", path))
    assert embedded.get("WenQuanYiMicroHei-0") == "yes"
    assert embedded.get("HanaMinA") == "yes", embedded  # 䶮 (and 𠮷) from Hanazono Mincho A
    text = _poppler("pdftotext", path)
    assert "吉𠮷" in text and "李䶮" in text  # read back, not U+20BB (₻) or nothing
    assert "王建国" in text


def test_names_on_the_canvas_too(sqlite_ctx: AppContext, tmp_path: Path) -> None:
    """The assessment's footer draws the customer's name straight on the canvas."""
    _needs_fallbacks()
    row = Customer.create(name="张𠮷", company="")
    path = tmp_path / "assessment.pdf"
    build_assessment_report(sqlite_ctx.user, row.id, path)
    text = _poppler("pdftotext", path)
    footer = next(line for line in text.splitlines() if line.startswith("Customer assessment ·"))
    assert "张𠮷" in footer


def test_missing_glyphs_names_only_what_no_font_has() -> None:
    _needs_fallbacks()
    assert fonts.missing_glyphs("王建国 Wang") == set()
    assert fonts.missing_glyphs("吉𠮷 李䶮") == set()
    assert fonts.missing_glyphs(f"张{NO_FONT}三") == {NO_FONT}


def test_without_a_fallback_font_rare_characters_are_named_and_replaced(
    without_fallbacks: None, sqlite_ctx: AppContext, tmp_path: Path
) -> None:
    assert fonts.missing_glyphs(f"王{RARE}") == set(RARE)
    path = tmp_path / "sheet.pdf"
    path.write_bytes(_sheet(sqlite_ctx, "吉𠮷", "李䶮"))
    text = _poppler("pdftotext", path)
    assert f"吉{fonts.REPLACEMENT}" in text and f"李{fonts.REPLACEMENT}" in text


def test_markup_switches_fonts_per_run_and_escapes() -> None:
    _needs_fallbacks()
    html = fonts.markup("a<b> & 𠮷𠮷\n王")
    assert html.startswith("a&lt;b&gt; &amp; <font name=")
    assert html.count("<font") == 1 and "𠮷𠮷</font><br/>王" in html
    assert fonts.markup(f"x{NO_FONT}\u200by") == f"x{fonts.REPLACEMENT}y"  # ZWSP dropped
