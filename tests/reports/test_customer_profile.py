"""The customer profile PDF (issue 12, item 5): the filled fields under their categories'
labels (empty ones left out), contacts, deals newest first with the total, recent visits with
results and next actions, the latest assessment and tier; `desktop-crm report profile`."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_crm.cli import main
from desktop_crm.models.core import Customer
from desktop_crm.models.db import open_database
from desktop_crm.reports.customer_profile import ProfileParameters
from desktop_crm.reports.registry import find_report
from desktop_crm.services import visits as vs
from desktop_crm.services.analysis import questionnaires
from desktop_crm.services.analysis.assessments import Answer, AssessmentDraft, save_assessment
from desktop_crm.services.context import AppContext
from desktop_crm.services.customers.drafts import ContactDraft, CustomerDraft, DealDraft
from desktop_crm.services.customers.writes import save_customer
from desktop_crm.services.people import manage
from desktop_crm.services.people.roles import Role
from desktop_crm.services.people.users import ensure_owner
from desktop_crm.translator import translate_function


def _text(pdf: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    path = tmp_path / "profile.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout


def _customer(owner) -> int:  # type: ignore[no-untyped-def]
    rep = manage.add_person(owner, "王建国", Role.REP, password="pw")
    record = save_customer(
        owner,
        CustomerDraft(
            {
                "name": "华兴五金",
                "company": "上海华兴五金有限公司",
                "phone": "021-5555 0101",
                "city": "上海",
                "hobbies": "钓鱼",
                "payment_terms": "月结30天",
                "credit_status": "good",
                "founded_on": "2015-06-01",
            },
            owner_rep_id=rep.id,
            contacts=[ContactDraft(name="林美玲", position="采购经理")],
            deals=[
                DealDraft(date="2026-01-10", products="螺丝", amount="1200"),
                DealDraft(date="2026-02-20", products="货架", amount="8800.50"),
            ],
        ),
    )
    visit = vs.plan_visit(
        owner, vs.VisitDraft(record.id, rep.id, dt.datetime(2026, 3, 2, 10), 30, matter="报价跟进")
    )
    vs.complete_visit(
        owner,
        visit.id,
        visit.version,
        vs.VisitOutcome("订了十箱", "yes", 30, "送货上门", dt.date(2026, 3, 9)),
    )
    answers = {
        key: {q.id: Answer(4) for q in questionnaires.current(owner, key).questions}
        for key in ("intent", "quality")
    }
    save_assessment(owner, AssessmentDraft(record.id, dt.date(2026, 3, 4), **answers))
    return record.id


def test_the_profile_holds_the_file_contacts_deals_visits_and_state(
    ctx: AppContext, tmp_path: Path
) -> None:
    cid = _customer(ctx.user)
    report = find_report("profile")
    zh = _text(
        report.pdf(ctx.user, ProfileParameters(cid), translate_function("zh_CN"), "zh_CN"), tmp_path
    )
    flat = zh.replace(" ", "")
    for words in ("客户资料表", "华兴五金", "上海华兴五金有限公司", "王建国"):
        assert words in zh
    # the categories' Chinese labels, each above its filled fields
    for label, value in (
        ("基本资料", "021-5555"),
        ("个人细节", "钓鱼"),
        ("后勤细节", "月结30天"),
        ("商业记录", "良好"),
    ):
        assert label in zh and value in zh and zh.index(label) < zh.index(value)
    assert "2015年6月1日" in flat  # a date field in the reader's language
    assert "传真" not in zh and "生日" not in zh  # empty fields are left out
    assert "林美玲" in zh and "采购经理" in zh
    assert flat.index("2026年2月20日") < flat.index("2026年1月10日")  # newest deal first
    assert "¥10,000.50" in zh  # 1,200 + 8,800.50
    assert "订了十箱" in zh and "送货上门" in zh and "2026年3月9日" in flat
    assert "2026年3月4日" in flat  # the latest assessment
    assert "第1页/共1页" in flat


def test_profile_command(tmp_path: Path) -> None:
    path = str(tmp_path / "office.sqlite3")
    database = open_database(path, create=True)
    cid = _customer(ensure_owner())
    database.close()
    out = tmp_path / "profile.pdf"
    argv = ["report", "profile", "--database", path, "--customer", str(cid), "-o", str(out)]
    assert main([*argv, "--lang", "en"]) == 0
    text = _text(out.read_bytes(), tmp_path)
    assert "Customer profile" in text and "华兴五金" in text and "Basic details" in text
    assert "20 Feb 2026" in text and "Page 1 of 1" in text
    assert Decimal("10000.50")  # the total, checked above in Chinese


def test_a_lunar_birthday_prints_as_the_calendar_names_it(ctx: AppContext, tmp_path: Path) -> None:
    cid = _customer(ctx.user)
    Customer.update(lunar_birthday="L04-15").where(Customer.id == cid).execute()
    report = find_report("profile")
    zh = _text(
        report.pdf(ctx.user, ProfileParameters(cid), translate_function("zh_CN"), "zh_CN"), tmp_path
    )
    assert "闰四月十五" in zh and "L04-15" not in zh
