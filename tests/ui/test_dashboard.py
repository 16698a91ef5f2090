"""The dashboard room (issue 12, item 3): the tiles show the office's figures against the
previous period, a tile opens the list behind it, a double-click there opens the customer, and
a rep sees their own figures only.

The office, "today" = 16 December 2026: reps 王建国 (customer 甲) and 李娜 (customer 乙); deals
甲 3000 on 2 Dec and 500 on 10 Nov, 乙 1000 on 5 Dec; done visits 王建国 → 甲 on 1 Dec and
李娜 → 乙 on 2 Dec and 3 Dec.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt

from desktop_crm.models.core import Deal
from desktop_crm.models.visits import Visit
from desktop_crm.services.context import AppContext
from desktop_crm.services.customers.drafts import CustomerDraft
from desktop_crm.services.customers.writes import save_customer
from desktop_crm.services.owner.figures import FigureKey as K
from desktop_crm.services.people import manage
from desktop_crm.services.people.roles import Role
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.dashboard.room import DashboardRoom
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.runner import Operation, SyncRunner

TODAY = dt.date(2026, 12, 16)


@pytest.fixture(autouse=True)
def _english_numbers() -> Any:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def _office(ctx: AppContext) -> dict[str, Any]:
    owner = ctx.user
    a = manage.add_person(owner, "王建国", Role.REP, password="pw")
    b = manage.add_person(owner, "李娜", Role.REP, password="pw")
    c1 = save_customer(owner, CustomerDraft({"name": "甲"}, owner_rep_id=a.id)).id
    c2 = save_customer(owner, CustomerDraft({"name": "乙"}, owner_rep_id=b.id)).id
    for cid, day, amount in (
        (c1, dt.date(2026, 12, 2), 3000),
        (c1, dt.date(2026, 11, 10), 500),
        (c2, dt.date(2026, 12, 5), 1000),
    ):
        Deal.create(customer=cid, date=day, amount=Decimal(amount))
    for rep, cid, day in ((a, c1, 1), (b, c2, 2), (b, c2, 3)):
        Visit.create(customer=cid, rep=rep.id, start=dt.datetime(2026, 12, day, 10), status="done")
    return {"a": a, "b": b, "c1": c1, "c2": c2}


def _room(qtbot: Any, ctx: AppContext) -> DashboardRoom:
    room = DashboardRoom(UiContext(app=ctx, runner=SyncRunner(), lang="en"), today=TODAY)
    qtbot.addWidget(room)
    return room


def test_the_tiles_show_the_office_against_last_month(qtbot: Any, sqlite_ctx: AppContext) -> None:
    _office(sqlite_ctx)
    room = _room(qtbot, sqlite_ctx)
    assert room.current_period().text == "2026-12"  # this month by default
    sales = room.tiles[K.SALES]
    assert sales.value.text() == "¥4,000.00"  # 3000 + 1000
    assert sales.change.text() == "▲ +¥3,500.00 (before: ¥500.00)"  # November: 500
    assert "#15803d" in sales.change.styleSheet()  # up is good: green
    assert room.tiles[K.VISITS_DONE].value.text() == "3"
    # 3 done / ((10 + 10) a day × 12 workdays 1-16 Dec) = 1.25 %
    assert room.tiles[K.VISITS_AGAINST_STANDARD].value.text() == "1.3 %"
    assert room.tiles[K.CLOSE_RATE].value.text() == "—"  # no opportunity closed
    assert room.tiles[K.SALES].toolTip().startswith("Sales: the sum of the deals")
    assert room.sales_chart.values["2026"][11] == 4000.0  # December of this year
    assert room.sales_chart.values["2026"][10] == 500.0
    # the money axis: whole and short (formats.money_axis_text), to a round 5,000
    assert room.sales_chart.axis_labels == ["0", "1,000", "2,000", "3,000", "4,000", "5,000"]
    room.period_box.setCurrentIndex(1)  # last month: November
    assert room.current_period().text == "2026-11"
    assert sales.value.text() == "¥500.00"


def test_a_tile_opens_its_list_and_a_row_opens_the_customer(
    qtbot: Any, sqlite_ctx: AppContext
) -> None:
    ids = _office(sqlite_ctx)
    room = _room(qtbot, sqlite_ctx)
    qtbot.mouseClick(room.tiles[K.SALES], Qt.MouseButton.LeftButton)
    dialog = room.drill_dialog
    assert dialog is not None and dialog.isVisible()
    model = dialog.model
    rows = [[model.index(r, c).data() for c in (0, 2, 3)] for r in range(model.rowCount())]
    assert rows == [["甲", "王建国", "¥3,000.00"], ["乙", "李娜", "¥1,000.00"]]  # by date
    view = dialog.view
    where = view.visualRect(model.index(1, 0)).center()
    with qtbot.waitSignal(dialog.customer_chosen) as chosen:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert chosen.args == [ids["c2"]]
    qtbot.mouseClick(room.tiles[K.VISITS_DONE], Qt.MouseButton.LeftButton)
    assert room.drill_dialog is not dialog and room.drill_dialog.model.rowCount() == 3


def test_the_dashboard_is_the_first_tab_and_opens_a_customer_in_the_customers_room(
    qtbot: Any, sqlite_ctx: AppContext
) -> None:
    ids = _office(sqlite_ctx)
    window = MainWindow(UiContext(app=sqlite_ctx, runner=SyncRunner(), lang="en"))
    qtbot.addWidget(window)
    room = window.tabs.widget(0)
    assert isinstance(room, DashboardRoom)
    room.open_customer(ids["c1"])
    customers = window.tabs.currentWidget()
    assert type(customers).__name__ == "CustomersRoom"
    assert customers.form.customer_id == ids["c1"]  # type: ignore[attr-defined]


def test_a_rep_sees_their_own_figures_only(qtbot: Any, sqlite_ctx: AppContext) -> None:
    ids = _office(sqlite_ctx)
    sqlite_ctx.user = ids["a"]
    room = _room(qtbot, sqlite_ctx)
    assert [room.rep_box.itemText(i) for i in range(room.rep_box.count())] == ["王建国"]
    assert not room.rep_box.isEnabled()
    assert room.tiles[K.SALES].value.text() == "¥3,000.00"  # 甲's deal only
    assert room.tiles[K.VISITS_DONE].value.text() == "1"
    qtbot.mouseClick(room.tiles[K.SALES], Qt.MouseButton.LeftButton)
    assert room.drill_dialog is not None
    assert room.drill_dialog.model.rowCount() == 1


class HeldRunner(SyncRunner):
    """Runs nothing until released: the room waits as it would for a slow database."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[Operation] = []

    def run(self, fn: Any, **_: Any) -> Operation:  # type: ignore[override]
        op = Operation(fn)
        self.held.append(op)
        return op

    def release(self, index: int = 0) -> None:
        self.held.pop(index).run()


def test_the_shown_figures_stay_while_new_ones_load(qtbot: Any, sqlite_ctx: AppContext) -> None:
    _office(sqlite_ctx)
    runner = HeldRunner()
    room = DashboardRoom(UiContext(app=sqlite_ctx, runner=runner, lang="en"), today=TODAY)
    qtbot.addWidget(room)
    sales = room.tiles[K.SALES]
    assert sales.value.text() == "…" and room.status_label.text() == "Updating…"
    runner.release()
    assert sales.value.text() == "¥4,000.00" and room.status_label.text() == ""
    room.period_box.setCurrentIndex(1)  # November: asked for, not yet there
    assert len(runner.held) == 1
    assert room.period_label.text().startswith("2026-11")
    assert sales.value.text() == "¥4,000.00"  # December's figures stay meanwhile
    assert room.tiles[K.VISITS_DONE].value.text() == "3"
    assert room.sales_chart.values["2026"][11] == 4000.0
    assert room.data is not None and room.data.period.text == "2026-12"
    assert room.status_label.text() == "Updating…"
    room.period_box.setCurrentIndex(0)  # back to December before November came
    runner.release(0)  # November's answer, late: left aside
    assert room.data.period.text == "2026-12" and room.status_label.text() == "Updating…"
    assert sales.value.text() == "¥4,000.00"
    runner.release()
    assert sales.value.text() == "¥4,000.00" and room.status_label.text() == ""
    room.period_box.setCurrentIndex(1)
    runner.release()
    assert sales.value.text() == "¥500.00" and room.data.period.text == "2026-11"
