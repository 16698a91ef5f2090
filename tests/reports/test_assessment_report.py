"""The state-analysis PDFs: read the text back and check the scores, names and quadrant."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_crm import cli
from desktop_crm.reports.assessment_report import build_assessment_report
from desktop_crm.reports.portfolio_report import build_portfolio_report
from desktop_crm.services.analysis.assessments import Answer, AssessmentDraft, save_assessment
from desktop_crm.services.analysis.personality import rate_personality
from desktop_crm.services.analysis.tiers import recompute_if_stale
from desktop_crm.services.context import AppContext
from desktop_crm.services.customers.drafts import CustomerDraft, DealDraft
from desktop_crm.services.customers.writes import save_customer
from desktop_crm.services.people.users import add_user, ensure_owner


def _text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))


@pytest.fixture
def assessed(sqlite_ctx: AppContext) -> int:
    rep = add_user(sqlite_ctx.user, "王建国")
    draft = CustomerDraft(
        {"name": "华兴五金", "key_category": "key"},
        owner_rep_id=rep.id,
        deals=[DealDraft(dt.date.today().isoformat(), "轴承", "5000")],
    )
    cid = save_customer(sqlite_ctx.user, draft).id
    recompute_if_stale(
        sqlite_ctx.user
    )  # what the command and the window do after a save with deals
    # intent: all ten at 4 except q10=2 (reversed → 4): (9 questions*75 with q9 weight 2) → 75
    intent = {f"intent.{n}": Answer(4, "老板亲自过问" if n == 1 else "") for n in range(1, 10)}
    intent["intent.10"] = Answer(2)
    # quality: q1=5 → 100, q2=1 → 0, the rest unanswered: (100 + 0) / 2 = 50
    quality = {"quality.1": Answer(5), "quality.2": Answer(1)}
    save_assessment(
        sqlite_ctx.user, AssessmentDraft(cid, dt.date(2026, 2, 1), {"intent.1": Answer(1)})
    )
    save_assessment(sqlite_ctx.user, AssessmentDraft(cid, dt.date(2026, 8, 3), intent, quality))
    rate_personality(sqlite_ctx.user, cid, 4, 1)  # dominant
    return cid


def test_assessment_report_holds_the_scores(assessed: int, tmp_path: Path) -> None:
    target = tmp_path / "assessment.pdf"
    build_assessment_report(ensure_owner(), assessed, target)
    text = _text(target)
    assert "华兴五金" in text and "王建国" in text
    assert re.search(r"Intent score\s+Quality score\s+75\s+50", text), text[:800]
    assert "10 of 10 answered" in text and "2 of 10 answered" in text
    # 75 and 50 with thresholds 50/50: a score on the threshold is low (quadrant.py)
    assert "High intent, low quality" in text
    assert "Dominant (driver)" in text
    assert "Key customer" in text
    assert "A (computed from the last 12 months)" in text
    assert "Has the customer used similar products?" in text and "老板亲自过问" in text
    assert "1 Feb 2026" in text and "3 Aug 2026" in text  # the history
    assert b"Helvetica" not in target.read_bytes()  # only the embedded CJK font is named


def test_assessment_report_in_chinese(assessed: int, tmp_path: Path) -> None:
    from desktop_crm.ui.i18n import translate_function

    target = tmp_path / "assessment_zh.pdf"
    build_assessment_report(ensure_owner(), assessed, target, translate_function("zh_CN"), "zh_CN")
    text = _text(target)
    assert "意愿得分" in text and "素质得分" in text and "75" in text and "50" in text
    assert "高意愿 · 低素质" in text and "支配型" in text
    assert "是否使用过同类产品?" in text and "客户的学历状况如何?" in text


def test_portfolio_report(assessed: int, tmp_path: Path) -> None:
    target = tmp_path / "portfolio.pdf"
    build_portfolio_report(ensure_owner(), target)
    text = _text(target)
    assert "王建国" in text and "华兴五金" in text
    assert "Assessed customers 1" in text
    assert "What to do per quadrant" in text
    assert b"Helvetica" not in target.read_bytes()


def test_report_command(
    assessed: int, sqlite_ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = sqlite_ctx.target
    out = tmp_path / "cmd.pdf"
    assert (
        cli.main(
            [
                "report",
                "assessment",
                "--customer",
                str(assessed),
                "-o",
                str(out),
                "--lang",
                "en",
                "--database",
                db,
            ]
        )
        == 0
    )
    assert "75" in _text(out)
    assert (
        cli.main(
            [
                "report",
                "portfolio",
                "--rep",
                "王建国",
                "-o",
                str(out),
                "--database",
                db,
                "--lang",
                "en",
            ]
        )
        == 0
    )
    assert (
        cli.main(["report", "assessment", "--customer", "999", "-o", str(out), "--database", db])
        == 2
    )
    assert (
        cli.main(["report", "portfolio", "--rep", "无此人", "-o", str(out), "--database", db]) == 2
    )
    assert "no rep named" in capsys.readouterr().err
