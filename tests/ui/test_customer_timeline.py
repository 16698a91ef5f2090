"""The customer form's Timeline tab and Print… (issue 12, items 5 and 6): the entries newest
first, read when the tab is shown and page by page when scrolled; double-clicking a visit
opens it; Print… (Ctrl+P) opens the customer profile in the print preview."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from typing import Any

from customers_support import click_row, make_room
from pypdf import PdfReader
from PySide6.QtCore import Qt

from desktop_crm.models.core import Deal
from desktop_crm.reports.customer_profile import ProfileParameters
from desktop_crm.reports.registry import find_report
from desktop_crm.services import visits as vs
from desktop_crm.services.analysis import questionnaires
from desktop_crm.services.analysis.assessments import Answer, AssessmentDraft, save_assessment
from desktop_crm.services.context import AppContext
from desktop_crm.services.customers import timeline as timeline_service
from desktop_crm.services.customers.drafts import CustomerDraft
from desktop_crm.services.customers.writes import save_customer
from desktop_crm.services.people import manage
from desktop_crm.services.people.roles import Role
from desktop_crm.ui.common import rooms
from desktop_crm.ui.common.print_preview import latest_preview


def _customer(ctx: AppContext) -> int:
    owner = ctx.user
    rep = manage.add_person(owner, "王建国", Role.REP, password="pw")
    cid = save_customer(owner, CustomerDraft({"name": "华兴五金"}, owner_rep_id=rep.id)).id
    done = vs.plan_visit(
        owner, vs.VisitDraft(cid, rep.id, dt.datetime(2026, 3, 2, 10), 30, matter="报价跟进")
    )
    vs.complete_visit(
        owner,
        done.id,
        done.version,
        vs.VisitOutcome("订了十箱", "yes", 30, "送货上门", dt.date(2026, 3, 9)),
    )
    Deal.create(customer=cid, date=dt.date(2026, 3, 3), products="螺丝", amount=Decimal("1200"))
    answers = {
        key: {q.id: Answer(4) for q in questionnaires.current(owner, key).questions}
        for key in ("intent", "quality")
    }
    save_assessment(owner, AssessmentDraft(cid, dt.date(2026, 3, 4), **answers))
    return cid


def _column(tab: Any, column: int) -> list[str]:
    return [tab.table.item(row, column).text() for row in range(tab.table.rowCount())]


def test_the_timeline_tab_shows_the_entries_newest_first(
    qtbot: Any, ctx: AppContext, monkeypatch
) -> None:
    cid = _customer(ctx)
    room = make_room(qtbot, ctx)
    click_row(room, cid)
    tab = room.form.pages.timeline
    assert tab.table.rowCount() == 0  # read only when shown
    room.form.pages.setCurrentWidget(tab)
    # the save (today), the assessment of 03-04, the deal of 03-03, the visit of 03-02 10:00
    assert _column(tab, 1) == ["File change", "Assessment", "Deal", "Visit"]
    assert _column(tab, 0)[1:] == ["4 Mar 2026", "3 Mar 2026", "2 Mar 2026 10:00"]
    assert _column(tab, 2)[2] == "¥1,200.00\n螺丝"  # the summary line, then the details
    visit_details = _column(tab, 2)[3]
    assert "Done" in visit_details and "订了十箱" in visit_details
    assert "Next: 送货上门 (9 Mar 2026)" in visit_details
    assert tab.status.text() == "4 entries shown"

    opened: list[int] = []
    monkeypatch.setattr(
        rooms, "borrow", lambda name: lambda ctx, visit_id, parent: opened.append(visit_id)
    )
    from desktop_crm.ui.customers import timeline_tab

    monkeypatch.setattr(timeline_tab, "borrow", rooms.borrow)
    tab.table.cellDoubleClicked.emit(3, 0)
    assert opened == [tab.entries[3].id]


def test_a_long_timeline_is_read_page_by_page(qtbot: Any, ctx: AppContext, monkeypatch) -> None:
    cid = _customer(ctx)
    for day in range(1, 29):
        Deal.create(customer=cid, date=dt.date(2025, 2, day), products=f"货{day:02d}", amount=1)
    monkeypatch.setattr(timeline_service, "PAGE", 10)
    from desktop_crm.ui.customers import timeline_tab

    monkeypatch.setattr(timeline_tab, "PAGE", 10)
    room = make_room(qtbot, ctx)
    room.resize(1200, 480)
    room.show()
    qtbot.waitExposed(room)
    click_row(room, cid)
    tab = room.form.pages.timeline
    bar = tab.table.verticalScrollBar()
    room.form.pages.setCurrentWidget(tab)
    # pages of 10 are read until the view is full (something to scroll), not further
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    qtbot.wait(50)
    shown = tab.table.rowCount()
    assert shown % 10 == 0 and shown < 32 and not tab.more_button.isHidden()
    bar.setValue(bar.maximum())  # the end reached: the next page
    assert tab.table.rowCount() == shown + 10
    while not tab.more_button.isHidden():
        qtbot.mouseClick(tab.more_button, Qt.MouseButton.LeftButton)
    assert tab.table.rowCount() == 32 == len(tab.entries)
    whens = [e.when for e in tab.entries]
    assert whens == sorted(whens, reverse=True)


def test_print_opens_the_customer_profile_in_the_preview(qtbot: Any, ctx: AppContext) -> None:
    cid = _customer(ctx)
    room = make_room(qtbot, ctx)
    click_row(room, cid)
    room.form.print_button.click()
    preview = latest_preview(room.form)
    expected = find_report("profile").pdf(ctx.user, ProfileParameters(cid))
    assert preview.page_count() == len(PdfReader(io.BytesIO(expected)).pages)
    assert "华兴五金" in PdfReader(io.BytesIO(preview.pdf)).pages[0].extract_text()
