"""reportlab loaded the quick way (reports/rl_import.py): its URL pattern compiled only when
used, and fragments compared on their dictionaries. Both must give what reportlab gives."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from reportlab.lib.rl_accel import sameFrag as accelerated_same_frag
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import paragraph
from reportlab.platypus.paragraph import FragLine, Paragraph

from desktop_crm.reports import base, rl_import  # noqa: F401  (base prepares reportlab)
from desktop_crm.reports.fonts import FONT, register_fonts

URI_SOURCE = (paragraph.uri_pat.pattern, paragraph.uri_pat.flags)  # lazy or not, the same
MARKUP = [
    '<font color="#616e7c" size="7.5">Matter</font>&nbsp;&nbsp;节日拜访',
    "上海宏泰食品有限公司&nbsp;&nbsp;<b>胡丹海</b>",
    '<font size="9" color="#616e7c">电话</font> 0749-21317022<br/>第二行',
    '<a href="https://example.com">链接</a> <u>下划线</u> <strike>删</strike>',
    '<font backColor="yellow">底色</font><super>上</super><sub>下</sub>',
    "<nobr>不换行的文字</nobr> plain",
    '<img src="missing.png" width="4" height="4"/> 图',
]


def _frags() -> list[object]:
    register_fonts()
    style = ParagraphStyle("t", fontName=FONT, fontSize=10, wordWrap="CJK")
    frags: list[object] = [FragLine()]
    for text in MARKUP:
        try:
            frags += Paragraph(text, style).frags
        except (ValueError, OSError):  # the image line when the parser refuses it
            continue
    return frags


def test_fragments_compare_as_reportlabs_accelerator_compares_them() -> None:
    frags = _frags()
    assert len(frags) > 10
    for first in frags:
        for second in frags:
            assert bool(rl_import.same_frag(first, second)) == bool(
                accelerated_same_frag(first, second)
            )


def test_the_lazy_url_pattern_matches_as_the_compiled_one() -> None:
    pattern = rl_import.LazyPattern(*URI_SOURCE)
    real = re.compile(*URI_SOURCE)
    for uri in ("https://例子.com/路径?q=1", "ftp://10.0.0.1:21/x", "not a uri", "mailto:x@y"):
        ours, theirs = pattern.match(uri), real.match(uri)
        assert bool(ours) == bool(theirs)
        if theirs:
            assert ours.groups() == theirs.groups()  # type: ignore[union-attr]


def test_a_chinese_paragraph_breaks_into_the_same_lines_as_with_the_accelerator(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    register_fonts()
    style = ParagraphStyle("t", fontName=FONT, fontSize=10, leading=13, wordWrap="CJK")
    text = (
        '<font color="#616e7c" size="7.5">行动计划</font>&nbsp;&nbsp;'
        "带样品和检测报告，现场演示，<b>请采购</b>确认试用一桶，并约好下周回访。" * 3
    )

    def lines() -> list[list[str]]:
        para = Paragraph(text, style)
        para.wrap(120, 1000)
        return [[w.text for w in line.words] for line in para.blPara.lines]

    monkeypatch.setattr(paragraph, "sameFrag", rl_import.same_frag)
    ours = lines()
    monkeypatch.setattr(paragraph, "sameFrag", accelerated_same_frag)
    assert ours == lines()
    assert len(ours) > 3


@pytest.mark.parametrize(
    "first",
    [
        "desktop_crm.reports.base",
        "desktop_crm.reports.customer_profile",
        "desktop_crm.reports.visit_sheet",
        "desktop_crm.reports.summary_report",
    ],
)
def test_every_report_loads_paragraph_with_both_changes(first: str) -> None:
    """In a fresh process, whichever report module loads first (the window imports several
    directly, each importing reportlab's platypus before the shared base), the paragraph
    module gets the lazy URL pattern and our comparison."""
    code = (
        f"import {first}\n"
        "from reportlab.platypus import paragraph\n"
        "from desktop_crm.reports import rl_import\n"
        "print(type(paragraph.uri_pat).__name__, paragraph.sameFrag is rl_import.same_frag)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["LazyPattern", "True"]


def test_an_earlier_load_of_reportlabs_paragraph_is_left_as_it_was() -> None:
    first = (
        "import reportlab.platypus.paragraph as p\n"
        "import desktop_crm.reports.base\n"
        "print(type(p.uri_pat).__name__)\n"
    )
    done = subprocess.run([sys.executable, "-c", first], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "Pattern"
