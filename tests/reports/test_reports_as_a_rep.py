"""Reports obey the permission policy (issue 10): a rep's portfolio holds only their own
customers and the pool's; asking for another rep's report is refused. Both backends."""

from __future__ import annotations

import datetime as dt

import pytest
from test_long_texts import pdf_text

from desktop_crm.models.core import Customer
from desktop_crm.reports.portfolio_report import PortfolioParameters, portfolio_report_pdf
from desktop_crm.reports.registry import find_report
from desktop_crm.services.analysis import questionnaires
from desktop_crm.services.analysis.assessments import Answer, AssessmentDraft, save_assessment
from desktop_crm.services.common.errors import PermissionDenied
from desktop_crm.services.context import AppContext
from desktop_crm.services.people import manage
from desktop_crm.services.people.roles import Role
from desktop_crm.services.visits import writes as visit_writes
from desktop_crm.services.visits.drafts import VisitDraft

DAY = dt.date(2026, 3, 2)


def test_a_reps_portfolio_holds_no_other_reps_customer(ctx: AppContext, tmp_path) -> None:
    owner = ctx.user
    rep_a = manage.add_person(owner, "王建国", Role.REP, password="pw")
    rep_b = manage.add_person(owner, "李娜", Role.REP, password="pw")
    mine = Customer.create(name="甲方贸易", owner_rep=rep_a.id)
    theirs = Customer.create(name="乙方实业", owner_rep=rep_b.id)
    answers = {
        key: {q.id: Answer(4) for q in questionnaires.current(owner, key).questions}
        for key in ("intent", "quality")
    }
    for customer in (mine, theirs):
        save_assessment(owner, AssessmentDraft(customer.id, DAY, **answers))
    text = pdf_text(portfolio_report_pdf(rep_a, PortfolioParameters()), tmp_path)
    assert "甲方贸易" in text and "乙方实业" not in text and "李娜" not in text
    office_text = pdf_text(portfolio_report_pdf(owner, PortfolioParameters()), tmp_path)
    assert "甲方贸易" in office_text and "乙方实业" in office_text
    with pytest.raises(PermissionDenied):
        portfolio_report_pdf(rep_a, PortfolioParameters(rep_id=rep_b.id))


def test_another_reps_week_plan_and_visit_sheet_are_refused(ctx: AppContext) -> None:
    owner = ctx.user
    rep_a = manage.add_person(owner, "王建国", Role.REP, password="pw")
    rep_b = manage.add_person(owner, "李娜", Role.REP, password="pw")
    theirs = Customer.create(name="乙方实业", owner_rep=rep_b.id)
    start = dt.datetime.combine(DAY, dt.time(10))
    visit_writes.plan_visit(owner, VisitDraft(theirs.id, rep_b.id, start))
    for name in ("week-plan", "visit-sheet"):
        report = find_report(name)
        fields = {p.field for p in report.parameters}
        values = {"rep_id": rep_b.id, "week": DAY, "day": DAY}
        parameters = report.make_parameters({k: v for k, v in values.items() if k in fields})
        with pytest.raises(PermissionDenied):
            report.pdf(rep_a, parameters)
