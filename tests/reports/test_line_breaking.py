"""Chinese line breaking in every report (issue 14, item 8): no line starts with a closing
mark such as ，。、；：！？）」》 — reportlab hangs it on the line before."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from desktop_crm.reports.base import CHINESE_CANNOT_START, styles

FORBIDDEN = "，。、；：！？）」』》〉】"


def _text(line: object) -> str:
    """A wrapped line's text: (extra space, [words]) for plain text, else its fragments."""
    if isinstance(line, tuple):
        return "".join(str(w) for w in line[1])
    return "".join(getattr(w, "text", "") for w in getattr(line, "words", []))


@pytest.mark.parametrize("mark", list(FORBIDDEN))
def test_no_line_starts_with_a_closing_mark(mark: str) -> None:
    # every width from narrow to wide: somewhere the mark would fall first on a line
    text = ("客户资料五类" + mark) * 12
    starts = []
    for width in range(60, 400, 3):
        paragraph = Paragraph(text, styles().body)
        paragraph.wrap(width, 10_000)
        for line in paragraph.blPara.lines[1:]:
            starts.append(_text(line)[:1])
    assert len({s for s in starts if s}) > 3, "the lines were not read"
    assert mark not in starts


def test_the_chinese_marks_are_known_to_reportlab() -> None:
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    for module in (textsplit, paragraph):
        assert all(c in module.ALL_CANNOT_START for c in CHINESE_CANNOT_START)


@pytest.mark.parametrize("mark", list("，；"))
def test_a_paragraph_with_markup_keeps_the_rule_too(mark: str) -> None:
    text = ("<b>客户</b>资料五类" + mark) * 12
    starts = []
    for width in range(60, 400, 3):
        paragraph = Paragraph(text, styles().body)
        paragraph.wrap(width, 10_000)
        starts += [_text(line)[:1] for line in paragraph.blPara.lines[1:]]
    assert len({s for s in starts if s}) > 2
    assert mark not in starts
