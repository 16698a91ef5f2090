"""Every registered report's pages say "Page n of N" (第 n 页 / 共 N 页) with the right N, and
print dates in the reader's language (issue 12, item 5). The loop runs over the registry, so a
new report is checked without anyone adding it here."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desktop_crm.models.core import Customer
from desktop_crm.reports.registry import ParameterKind, Report, all_reports
from desktop_crm.services.aftersale.complaints import ComplaintDraft, save_complaint
from desktop_crm.services.analysis import questionnaires
from desktop_crm.services.analysis.assessments import Answer, AssessmentDraft, save_assessment
from desktop_crm.services.common.formats import date_text
from desktop_crm.services.context import AppContext
from desktop_crm.services.owner.figures import Period
from desktop_crm.services.people import manage
from desktop_crm.services.people.roles import Role
from desktop_crm.services.visits import writes as visit_writes
from desktop_crm.services.visits.drafts import VisitDraft
from desktop_crm.translator import translate_function

DAY = dt.date(2026, 3, 2)  # a Monday
FOOTERS = {
    "en": "Page {n} of {total}",
    "zh_CN": "第 {n} 页 / 共 {total} 页",
    "zh_TW": "第 {n} 頁 / 共 {total} 頁",
}


def pages_text(pdf: bytes, tmp_path: Path) -> list[str]:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout.split("\f")[: len(PdfReader(io.BytesIO(pdf)).pages)]


@pytest.fixture
def office(sqlite_ctx: AppContext) -> dict[ParameterKind, Any]:
    owner = sqlite_ctx.user
    rep = manage.add_person(owner, "王建国", Role.REP, password="pw")
    answers = {
        key: {q.id: Answer(4) for q in questionnaires.current(owner, key).questions}
        for key in ("intent", "quality")
    }
    first = None
    for i in range(14):  # a visit sheet of several pages
        customer = Customer.create(name=f"甲方贸易{i:02d}", owner_rep=rep.id)
        first = first or customer
        save_assessment(owner, AssessmentDraft(customer.id, DAY, **answers))
        start = dt.datetime.combine(DAY, dt.time(8)) + dt.timedelta(minutes=40 * i)
        visit_writes.plan_visit(owner, VisitDraft(customer.id, rep.id, start))
    assert first is not None
    complaint = save_complaint(
        owner,
        ComplaintDraft(
            first.id, "送货晚了三天", dt.datetime.combine(DAY, dt.time(9)), cause="inattention"
        ),
        now=dt.datetime.combine(DAY, dt.time(10)),
    )
    return {
        ParameterKind.CUSTOMER: first.id,
        ParameterKind.REP: rep.id,
        ParameterKind.DAY: DAY,
        ParameterKind.WEEK: DAY,
        ParameterKind.MONTH: dt.date(2026, 3, 1),
        ParameterKind.PERIOD: Period.month(2026, 3),
        ParameterKind.COMPLAINT: complaint.id,
        ParameterKind.SURVEY_KIND: "relationship",
    }


def _parameters(report: Report[Any], office: dict[ParameterKind, Any]) -> object:
    values = {}
    for p in report.parameters:
        if p.kind in office:
            values[p.field] = office[p.kind]
        else:
            assert not p.required, f"give {report.name}'s {p.kind} parameter a value here"
    return report.make_parameters(values)


@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW"])
def test_every_report_numbers_its_pages_of_the_total(
    office: dict[ParameterKind, Any], sqlite_ctx: AppContext, tmp_path: Path, lang: str
) -> None:
    translate = translate_function(lang)
    several = []
    for report in all_reports():
        pdf = report.pdf(sqlite_ctx.user, _parameters(report, office), translate, lang)
        pages = pages_text(pdf, tmp_path)
        for n, text in enumerate(pages, start=1):
            footer = FOOTERS[lang].format(n=n, total=len(pages))
            if lang != "en":  # pdftotext drops the spaces between Chinese and digits
                footer, text = footer.replace(" ", ""), text.replace(" ", "")
            assert footer in text, f"{report.name} page {n}: no {footer!r}"
        if len(pages) > 1:
            several.append(report.name)
    assert "visit-sheet" in several  # N > 1 is checked, not only "1 of 1"


def test_reports_print_dates_in_the_readers_language(
    office: dict[ParameterKind, Any], sqlite_ctx: AppContext, tmp_path: Path
) -> None:
    for report in all_reports():
        parameters = _parameters(report, office)
        zh = "".join(
            pages_text(
                report.pdf(sqlite_ctx.user, parameters, translate_function("zh_CN"), "zh_CN"),
                tmp_path,
            )
        )
        en = "".join(pages_text(report.pdf(sqlite_ctx.user, parameters), tmp_path))
        today = dt.date.today()
        assert "年" in zh and "月" in zh and "日" in zh, report.name
        assert "2026-03-02" not in zh and "2026-03-02" not in en, report.name
        if report.name in ("visit-sheet", "assessment"):
            assert "2026年3月2日" in zh and "2 Mar 2026" in en, report.name
        if report.name in ("portfolio", "assessment"):
            assert today.isoformat() not in en
            assert date_text(today, "zh_CN") in zh, report.name


def test_date_text_by_language() -> None:
    day = dt.date(2026, 12, 2)
    assert date_text(day, "zh_CN") == "2026年12月2日"
    assert date_text(day, "zh_TW") == "2026年12月2日"
    assert date_text(day, "en") == "2 Dec 2026"
    assert date_text(None, "en") == ""
