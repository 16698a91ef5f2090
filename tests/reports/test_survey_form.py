"""The blank survey form (issue 13, item 4): the fifteen statements word for word, the five
levels to tick, the customer's name when given, the CJK font embedded."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from desktop_crm.models.core import Customer
from desktop_crm.reports.registry import find_report
from desktop_crm.reports.survey_form import SurveyFormParameters
from desktop_crm.services.context import AppContext
from desktop_crm.translator import translate_function

STATEMENTS = [  # DOMAIN.md §7, [001 §87]
    "我认为你们很在意我",
    "你们理解我的需要",
    "员工用亲人的方式接待我,我觉得他们对我很尊重",
    "在和你们交往时,我感到和他们很亲密",
    "和你们发生业务关系,我觉得有保证",
    "和你们交往,不是因为被迫,而是我想这么做",
    "把业务转移到另一家公司,我觉得这样做没必要",
    "在需要帮助时,我可以向你们求助",
    "我不可能和你们的竞争对手接触",
    "和你们的员工交往时,我觉得很舒适",
    "你们对我们的社区来说是一个重要组成部分",
    "和你们的员工交往就像和朋友在一起一样",
    "假如可以避开的话,我不会和你们打交道",
    "你们的员工很了解他们的业务",
    "你们是一家不错的公司,很了解像我这样的客户",
]


def _text(pdf: bytes, tmp_path: Path, tool: str = "pdftotext") -> str:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} not installed")
    path = tmp_path / "form.pdf"
    path.write_bytes(pdf)
    args = [tool, str(path), "-"] if tool == "pdftotext" else [tool, str(path)]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def _flat(text: str) -> str:
    return "".join(text.split())


def test_the_relationship_form_holds_the_fifteen_statements(
    sqlite_ctx: AppContext, tmp_path: Path
) -> None:
    customer = Customer.create(name="恒达贸易")
    report = find_report("survey-form")
    pdf = report.pdf(
        sqlite_ctx.user,
        SurveyFormParameters("relationship", customer.id),
        translate_function("zh_CN"),
        "zh_CN",
    )
    text = _flat(_text(pdf, tmp_path))
    for statement in STATEMENTS:  # pdftotext may break a long one over two lines
        assert _flat(statement) in text, statement
    for level in ("非常同意", "同意", "说不清", "不同意", "非常不同意"):
        assert level in text
    assert "客户关系评价表" in text and "恒达贸易" in text
    assert "第1页/共1页" in text
    fonts = _text(pdf, tmp_path, "pdffonts")
    assert "yes" in fonts.splitlines()[2] and "Helvetica" not in fonts


def test_the_satisfaction_form_has_the_five_levels_and_a_line_for_the_customer(
    sqlite_ctx: AppContext, tmp_path: Path
) -> None:
    pdf = find_report("survey-form").pdf(
        sqlite_ctx.user, SurveyFormParameters("satisfaction"), translate_function("zh_CN"), "zh_CN"
    )
    text = _flat(_text(pdf, tmp_path))
    for level in ("满意", "较满意", "一般", "较不满意", "不满意"):
        assert level in text
    for item in ("产品质量", "交货及时", "价格合理", "服务态度", "售后响应速度"):
        assert item in text
    assert "客户满意度调查表" in text and "______" in text
    english = _flat(
        _text(
            find_report("survey-form").pdf(sqlite_ctx.user, SurveyFormParameters("satisfaction")),
            tmp_path,
        )
    )
    assert "Fairlysatisfied" in english and "Productquality" in english
