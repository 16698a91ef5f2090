"""The day's visit sheet (拜访单): one rep, one day, one block per visit in route order.

Every block holds what the rep needs at the door (time, customer, address, phone, contact,
tier, the last visit's result, the five elements with purpose / plan / expected result) and
room to write the result, tick whether the purpose was met and note the next action. A block
that fits a page is never split (KeepTogether); three or four fit on an A4 page. One taller
than a page (texts at their 4,000-character limit) splits inside its texts and continues on the
next page under the customer's name and "(续)".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from ..i18n import fill_args
from ..services.common.acting import Person
from ..services.visits.day_sheet import SheetDay, SheetVisit, sheet_day
from ..services.visits.status import VisitStatus
from .base import (
    ACCENT,
    MARGIN,
    MUTED,
    PAGE,
    RULE,
    SHADE,
    Translate,
    day_text,
    footer,
    markup,
    moment_text,
    no_translation,
    para,
    register_fonts,
    styles,
)
from .continued import MIN_ROW_PART, ContinuedBlock, continued_text
from .registry import Parameter, ParameterKind, Report
from .visit_common import (
    TickRow,
    WriteInLines,
    cell_style,
    key_category_label,
    method_label,
    purpose_met_label,
    role_label,
    status_label,
    title_band,
    weekday_label,
)

WIDTH = PAGE[0] - 2 * MARGIN
NEW_COLOUR = colors.HexColor("#c2410c")
RECORDED = colors.HexColor("#f0fdf4")  # the recorded outcome's background
BLANK_BLOCKS = 2  # blocks for unplanned visits after the planned ones
BLANK_BLOCKS_EMPTY = 4  # on a day with none planned


def _labelled(
    label: str,
    value: str,
    style: ParagraphStyle | None = None,
    second: tuple[str, str] | None = None,
) -> Paragraph:
    """'Label  value' with the label muted (an empty value shows a dash); optionally a second
    label and value in the same paragraph."""
    parts = [(label, value)] + ([second] if second else [])
    html = "&nbsp;&nbsp;&nbsp;".join(
        f'<font color="{MUTED.hexval()}" size="7.5">{markup(lab)}</font>&nbsp;&nbsp;'
        + (markup(val) if val else "—")
        for lab, val in parts
    )
    return Paragraph(html, style or styles().cell)


def _header(data: SheetDay, translate: Translate) -> list[Any]:
    s = data.summary
    date_text = f"{day_text(data.day)}  {weekday_label(translate, data.day)}"
    title = title_band(translate("VisitSheet", "Visit sheet"), data.rep_name, date_text, WIDTH)
    std = s.standard
    cells = [
        translate("VisitSheet", "Daily standard"),
        fill_args(translate("VisitSheet", "%1 existing + %2 new"), std.existing, std.new),
        translate("VisitSheet", "Planned"),
        fill_args(
            translate("VisitSheet", "%1 existing + %2 new"), s.planned_existing, s.planned_new
        ),
        translate("VisitSheet", "Gap"),
        _gap_text(translate, std.existing - s.planned_existing, std.new - s.planned_new),
    ]
    small = cell_style("hs", 7.5, MUTED)
    value = cell_style("hv", 10)
    facts = Table(
        [[Paragraph(markup(cells[i]), small if i % 2 == 0 else value) for i in range(6)]],
        colWidths=[WIDTH * w for w in (0.14, 0.2, 0.1, 0.2, 0.08, 0.28)],
    )
    facts.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register_fonts()),  # else Helvetica, unembedded
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return [title, facts, Spacer(1, 2 * mm)]


def _gap_text(translate: Translate, existing: int, new: int) -> str:
    if existing <= 0 and new <= 0:
        return str(translate("VisitSheet", "standard met"))
    return str(
        fill_args(
            translate("VisitSheet", "%1 existing + %2 new still to plan"),
            max(existing, 0),
            max(new, 0),
        )
    )


def _block(number: int, visit: SheetVisit, translate: Translate) -> ContinuedBlock:
    row = visit.row
    end = row.end.strftime("%H:%M")
    tags = [
        translate("VisitSheet", "New customer")
        if row.is_new
        else translate("VisitSheet", "Existing customer"),
    ]
    if visit.tier:
        tags.append(fill_args(translate("VisitSheet", "Tier %1"), visit.tier))
    if visit.key_category:
        tags.append(key_category_label(translate, visit.key_category))
    tags.append(method_label(translate, row.method))
    tag_text = " · ".join(markup(x) for x in tags)
    if row.is_new:
        tag_text = f'<font color="{NEW_COLOUR.hexval()}">{tag_text}</font>'
    name = row.company or row.customer_name
    name_line = markup(name)
    if row.company:
        name_line += f'&nbsp;&nbsp;<font size="9" color="{MUTED.hexval()}">{markup(row.customer_name)}</font>'
    head = _band(
        [
            Paragraph(
                f'<font size="15" color="{ACCENT.hexval()}">{number}</font>',
                cell_style("bn", 15, leading=17),
            ),
            Paragraph(f"{row.start.strftime('%H:%M')}–{end}", cell_style("bt", 10)),
            Paragraph(name_line, cell_style("bc", 11.5)),
            Paragraph(tag_text, cell_style("bg", 8, alignment=2)),
        ],
        [9 * mm, 26 * mm, WIDTH - 9 * mm - 26 * mm - 66 * mm, 66 * mm],
    )

    def continuation() -> Table:
        """The band opening the block's part on the next page: number, name, "(续)"."""
        return _band(
            [
                Paragraph(
                    f'<font size="11" color="{ACCENT.hexval()}">{number}</font>',
                    cell_style("cn", 11, leading=13),
                ),
                Paragraph(markup(continued_text(translate, name)), cell_style("cc", 10)),
            ],
            [9 * mm, WIDTH - 9 * mm],
        )

    contact = " · ".join(
        x
        for x in (
            visit.contact_name,
            visit.contact_position,
            role_label(translate, visit.contact_role),
            visit.contact_phone,
        )
        if x
    )
    last = "—"
    if visit.last_visit_on:
        last = f"{day_text(visit.last_visit_on)}  {visit.last_result or '—'}"
    half = WIDTH / 2
    body = [
        [
            _labelled(translate("VisitSheet", "Address"), visit.address),
            _labelled(translate("VisitSheet", "Phone"), visit.phone),
        ],
        [
            _labelled(translate("VisitSheet", "Contact"), contact),
            _labelled(translate("VisitSheet", "Last visit"), last),
        ],
        [
            _labelled(
                translate("VisitSheet", "Matter"),
                row.matter,
                second=(translate("VisitSheet", "Reason"), visit.reason),
            ),
            _labelled(translate("VisitSheet", "Purpose"), row.purpose),
        ],
        [
            _labelled(translate("VisitSheet", "Action plan"), visit.action_plan),
            _labelled(translate("VisitSheet", "Expected result"), visit.expected_result),
        ],
    ]
    spans = []
    if visit.personality:
        text = translate("Personality", visit.personality)
        advice = translate("Personality", visit.personality_advice)
        body.append([_labelled(translate("VisitSheet", "Personality"), f"{text} — {advice}"), ""])
        spans.append(("SPAN", (0, len(body) - 1), (1, len(body) - 1)))
    info = Table(body, colWidths=[half, half], splitByRow=0, splitInRow=MIN_ROW_PART)
    info.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register_fonts()),  # else Helvetica, unembedded
                *spans,
                *_sides(),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("TOPPADDING", (0, 0), (-1, 0), 3.5),  # below the band, as one block had
                ("BOTTOMPADDING", (0, -1), (-1, -1), 3.5),
                ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
            ]
        )
    )
    write_in = _outcome(visit, translate)
    # Kept whole on one page when it fits one; a block taller than a page splits inside its
    # texts and goes on under "name (续)".
    return ContinuedBlock([head, info, write_in], continuation, space_after=3 * mm)


def _outcome(visit: SheetVisit, translate: Translate) -> Table:
    """What happened, where it is recorded (done, no-show, cancelled); else the lines to
    write it on (a visit ahead, or one past whose result is still missing)."""
    status = visit.row.status
    if status == VisitStatus.PLANNED:
        return _write_in(translate)
    lines = [
        _labelled(translate("VisitSheet", "Status"), status_label(translate, status)),
    ]
    if status == VisitStatus.DONE:
        spent = (
            fill_args(translate("VisitSheet", "%1 min"), visit.time_spent_minutes)
            if visit.time_spent_minutes
            else "—"
        )
        met = purpose_met_label(translate, visit.purpose_met) if visit.purpose_met else "—"
        due = day_text(visit.next_action_on)
        lines += [
            _labelled(translate("VisitSheet", "Actual result"), visit.actual_result or "—"),
            _labelled(
                translate("VisitSheet", "Purpose met"),
                met,
                second=(translate("VisitSheet", "Time spent"), spent),
            ),
            _labelled(
                translate("VisitSheet", "Next action"),
                " ".join(x for x in (visit.next_action, due) if x) or "—",
            ),
        ]
    table = Table([[line] for line in lines], colWidths=[WIDTH])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register_fonts()),  # else Helvetica, unembedded
                *_sides(),
                ("BACKGROUND", (0, 0), (-1, -1), RECORDED),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 3),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, RULE),
            ]
        )
    )
    return table


def _write_in(translate: Translate) -> Table:
    yes, partly, no = (purpose_met_label(translate, c) for c in ("yes", "partly", "no"))
    write_in = Table(
        [
            [WriteInLines(translate("VisitSheet", "Actual result"), lines=2, gap=6 * mm)],
            [
                TickRow(
                    translate("VisitSheet", "Purpose met"),
                    [yes, partly, no],
                    [(translate("VisitSheet", "Time spent (min)"), 22 * mm)],
                )
            ],
            [
                TickRow(
                    translate("VisitSheet", "Next action"),
                    [],
                    [("", WIDTH - 70 * mm), (translate("VisitSheet", "Due"), 0)],
                )
            ],
        ],
        colWidths=[WIDTH],
    )
    write_in.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register_fonts()),  # else Helvetica, unembedded
                *_sides(),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 3),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, RULE),
            ]
        )
    )
    return write_in


def _blank_block(translate: Translate) -> Any:
    """A block for a visit nobody planned (a walk-in, a call on the way): the customer,
    time and contact to fill in, then the usual lines for the result."""
    head = _band(
        [
            Paragraph(
                f'<font size="11" color="{MUTED.hexval()}">+</font>',
                cell_style("un", 11, leading=13),
            ),
            Paragraph(
                markup(translate("VisitSheet", "Unplanned visit")), cell_style("ut", 10, MUTED)
            ),
        ],
        [9 * mm, WIDTH - 9 * mm],
    )
    details = Table(
        [
            [
                TickRow(
                    translate("VisitSheet", "Customer"),
                    [],
                    [("", WIDTH - 80 * mm), (translate("VisitSheet", "Time"), 0)],
                )
            ],
            [
                TickRow(
                    translate("VisitSheet", "Contact"),
                    [],
                    [("", WIDTH - 80 * mm), (translate("VisitSheet", "Phone"), 0)],
                )
            ],
        ],
        colWidths=[WIDTH],
    )
    details.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register_fonts()),  # else Helvetica, unembedded
                *_sides(),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return KeepTogether([head, details, _write_in(translate), Spacer(1, 3 * mm)])


def _sides() -> list[tuple[object, ...]]:
    """The block's box, drawn by each of its parts (so a part continued on the next page
    keeps its sides)."""
    return [
        ("LINEBEFORE", (0, 0), (0, -1), 0.8, RULE),
        ("LINEAFTER", (-1, 0), (-1, -1), 0.8, RULE),
    ]


def _band(cells: list[Paragraph], widths: list[float]) -> Table:
    """The shaded band opening a visit's block (or its continuation)."""
    band = Table([cells], colWidths=widths)
    band.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register_fonts()),  # else Helvetica, unembedded
                *_sides(),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, RULE),
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return band


def build_visit_sheet(
    data: SheetDay, out: BinaryIO | str | Path, translate: Translate = no_translation
) -> None:
    target = str(out) if isinstance(out, Path) else out
    title = f"{translate('VisitSheet', 'Visit sheet')} {data.rep_name} {day_text(data.day)}"
    doc = SimpleDocTemplate(
        target,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=10 * mm,
        bottomMargin=13 * mm,
        title=title,
        author="Desktop CRM",
        initialFontName=register_fonts(),  # else every page names Helvetica, unembedded
    )
    story: list[Any] = _header(data, translate)
    if not data.visits:
        story.append(
            para(translate("VisitSheet", "No visits planned for this day."), styles().body)
        )
    for number, visit in enumerate(data.visits, start=1):
        story.append(_block(number, visit, translate))
    # room for the visits nobody planned: a page of them on an empty day, else two
    story += [
        _blank_block(translate)
        for _ in range(BLANK_BLOCKS_EMPTY if not data.visits else BLANK_BLOCKS)
    ]
    printed = fill_args(translate("VisitSheet", "printed %1"), moment_text(dt.datetime.now()))
    stamp = f"{title} · {printed}"
    doc.build(story, onFirstPage=footer(stamp), onLaterPages=footer(stamp))


def visit_sheet_pdf(
    actor: Person, rep_id: int, day: dt.date, translate: Translate = no_translation
) -> bytes:
    """The sheet as PDF bytes, straight from the database."""
    buffer = BytesIO()
    build_visit_sheet(sheet_day(actor, rep_id, day), buffer, translate)
    return buffer.getvalue()


@dataclass(frozen=True)
class VisitSheetParameters:
    rep_id: int
    day: dt.date


def _build_sheet(
    actor: Person, parameters: VisitSheetParameters, translate: Translate, lang: str
) -> bytes:
    return visit_sheet_pdf(actor, parameters.rep_id, parameters.day, translate)


REPORT = Report(
    name="visit-sheet",
    command=("visit-sheet",),
    summary="print one rep's visit sheet for a day (PDF)",
    parameters_type=VisitSheetParameters,
    parameters=(
        Parameter("rep_id", ParameterKind.REP, help="the rep's name"),
        Parameter("day", ParameterKind.DAY),
    ),
    build=_build_sheet,
)
