"""The portfolio PDF (issue 14, item 8): short action lists per quadrant, office totals, the
time table and its chart telling the same figures, chart labels that never overlap."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from pypdf import PdfReader

from desktop_crm.models.core import Customer, User
from desktop_crm.reports.analysis_charts import spaced_labels
from desktop_crm.reports.portfolio_report import ACTION_LIST_LENGTH, build_portfolio_report
from desktop_crm.services import visits as vs
from desktop_crm.services.analysis.assessments import Answer, AssessmentDraft, save_assessment
from desktop_crm.services.context import AppContext
from desktop_crm.services.people.users import ensure_owner

TODAY = dt.date(2026, 12, 1)


def _text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))


def make_rep(name: str) -> User:
    return User.create(name=name, role="rep")


def make_customer(name: str, rep: User, **values: object) -> Customer:
    return Customer.create(name=name, owner_rep=rep.id, **values)


def at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour))


def _assess(customer_id: int, high: bool) -> None:
    """Intent and quality both 100 (every answer 5, the reversed one 1) or both 0."""
    if high:
        intent = {f"intent.{n}": Answer(5) for n in range(1, 10)} | {"intent.10": Answer(1)}
        quality = {"quality.1": Answer(5)}
    else:
        intent, quality = {"intent.1": Answer(1)}, {"quality.1": Answer(1)}
    save_assessment(
        ensure_owner(), AssessmentDraft(customer_id, dt.date(2026, 11, 1), intent, quality)
    )


def test_quadrant_lists_are_short_and_the_office_has_its_totals(
    sqlite_ctx: AppContext, tmp_path: Path
) -> None:
    a, b = make_rep("甲"), make_rep("乙")
    for n in range(ACTION_LIST_LENGTH + 5):  # 15 in "close now"
        customer = make_customer(f"客户{n:02d}", a if n % 2 else b, company=f"公司{n:02d}")
        _assess(customer.id, True)
    seen = make_customer("见过", a, company="最近拜访公司")
    _assess(seen.id, False)
    visit = vs.plan_visit(
        sqlite_ctx.user, vs.VisitDraft(seen.id, a.id, at(dt.date(2026, 11, 21), 9))
    )
    vs.complete_visit(sqlite_ctx.user, visit.id, 1, vs.VisitOutcome("谈过", "yes"))
    target = tmp_path / "portfolio.pdf"
    build_portfolio_report(sqlite_ctx.user, target, today=TODAY)
    text = _text(target)
    assert f"High intent, high quality – Close now ({ACTION_LIST_LENGTH + 5})" in text
    listed = [n for n in range(ACTION_LIST_LENGTH + 5) if f"公司{n:02d}" in text]
    assert len(listed) == ACTION_LIST_LENGTH  # ten listed, the rest counted
    assert "… and 5 more in this quadrant" in text
    assert "最近拜访公司" in text and "(10 days)" in text  # last visit 11-21, ten days ago
    assert "never" in text  # a customer nobody visited
    # the office row under the two reps: 16 customers assessed, 15 of them "close now"
    assert re.search(r"Office 15 0 0 1 0", text), text[:1500]


def test_the_time_table_and_its_chart_agree(sqlite_ctx: AppContext, tmp_path: Path) -> None:
    rep = make_rep("甲")
    key = make_customer("重点", rep, company="重点公司", key_category="key")
    other = make_customer("普通", rep, company="普通公司")  # unclassified time
    for customer, minutes in ((key, 60), (other, 30)):
        visit = vs.plan_visit(
            sqlite_ctx.user,
            vs.VisitDraft(customer.id, rep.id, at(dt.date(2026, 11, 20), 9), minutes),
        )
        vs.complete_visit(
            sqlite_ctx.user, visit.id, 1, vs.VisitOutcome("好", "yes", time_spent_minutes=minutes)
        )
    target = tmp_path / "portfolio.pdf"
    build_portfolio_report(sqlite_ctx.user, target, today=TODAY)
    text = _text(target)
    # 60 of 90 minutes on the key customer: 67 % in the table, the same in the chart
    assert text.count("67 %") >= 2, text


def test_spaced_labels_never_overlap_and_keep_the_last() -> None:
    # five labels 30 wide, centres 10 apart: only every third fits; the last is always shown
    assert spaced_labels([0, 10, 20, 30, 40], [30] * 5) == [0, 4]
    assert spaced_labels([0, 50, 100], [30] * 3) == [0, 1, 2]
    assert spaced_labels([0, 40, 60], [30] * 3, gap=3) == [0, 2]
    assert spaced_labels([], []) == []
