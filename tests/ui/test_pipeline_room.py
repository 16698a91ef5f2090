"""pytest-qt drives the pipeline room (issue 12): a card dragged to another column and moved
with Ctrl+Right, dropping on lost asks the reason, winning records the deal, the dialog shows
errors beside their fields, the stages editor, the list view, and the visit dialog's
opportunity choice; each checked in the database."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop_crm.models.core import Customer, Deal, User
from desktop_crm.models.opportunities import Opportunity
from desktop_crm.models.visits import Visit
from desktop_crm.services.context import AppContext
from desktop_crm.services.owner import pipeline
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.pipeline import room as room_module
from desktop_crm.ui.pipeline.board import MIME
from desktop_crm.ui.pipeline.opportunity_dialog import OpportunityDialog
from desktop_crm.ui.pipeline.room import PipelineRoom
from desktop_crm.ui.pipeline.stages_dialog import StagesDialog
from desktop_crm.ui.planner.visit_dialog import VisitDialog
from desktop_crm.ui.runner import SyncRunner


@pytest.fixture
def office(sqlite_ctx: AppContext) -> dict[str, Any]:
    rep = User.create(name="王建国", role="rep")
    customer = Customer.create(name="赵六", company="苏州华兴机械有限公司", owner_rep=rep.id)
    owner = sqlite_ctx.user
    made = [
        pipeline.save_opportunity(
            owner,
            pipeline.OpportunityDraft(
                customer.id,
                title,
                stage="contact",
                expected_amount=Decimal(amount),
                expected_close=dt.date.today() + dt.timedelta(days=20),
            ),
        )
        for title, amount in (("冷库改造", "120000"), ("办公楼空调", "80000"))
    ]
    return {"ctx": sqlite_ctx, "rep": rep, "customer": customer, "made": made}


def _room(qtbot: Any, app: AppContext) -> PipelineRoom:
    room = PipelineRoom(UiContext(app=app, runner=SyncRunner(), lang="en"), None)
    qtbot.addWidget(room)
    room.resize(1024, 640)
    room.show()
    qtbot.waitExposed(room)
    return room


def _stage(opportunity_id: int) -> str:
    return str(Opportunity.get_by_id(opportunity_id).stage)


def test_ctrl_right_moves_the_selected_card_one_stage(qtbot: Any, office: dict[str, Any]) -> None:
    room = _room(qtbot, office["ctx"])
    first = office["made"][0]
    assert room.board.heads["contact"].text().startswith("<b>First contact</b><br>2 · ¥200,000.00")
    column = room.board.lists["contact"]
    assert column.select_card(first.id)
    qtbot.keyClick(column, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert _stage(first.id) == "needs"
    assert Opportunity.get_by_id(first.id).probability == 30  # the stage's default
    assert [room.board.lists["needs"].item(i).data(Qt.ItemDataRole.UserRole) for i in range(1)] == [
        first.id
    ]
    assert room.board.heads["contact"].text().endswith("1 · ¥80,000.00")
    # the card stays selected in its new column: a second press moves it on
    qtbot.keyClick(room.board.lists["needs"], Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert _stage(first.id) == "proposal"
    qtbot.keyClick(
        room.board.lists["proposal"], Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier
    )
    assert _stage(first.id) == "needs"


def _drop(room: PipelineRoom, stage: str, opportunity_id: int) -> None:
    """What a mouse drag does: the source column packs the card, the target column's
    viewport gets the drag entering, moving over it and the drop."""
    source = next(
        cards
        for cards in room.board.lists.values()
        for row in range(cards.count())
        if cards.item(row).data(Qt.ItemDataRole.UserRole) == opportunity_id
    )
    row = next(
        r
        for r in range(source.count())
        if source.item(r).data(Qt.ItemDataRole.UserRole) == opportunity_id
    )
    data = source.mimeData([source.item(row)])
    assert data.hasFormat(MIME)
    target = room.board.lists[stage]
    point = target.viewport().rect().center()
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (
        QDragEnterEvent(point, Qt.DropAction.CopyAction, data, buttons, keys),
        QDragMoveEvent(point, Qt.DropAction.CopyAction, data, buttons, keys),
        QDropEvent(QPointF(point), Qt.DropAction.CopyAction, data, buttons, keys),
    ):
        QApplication.sendEvent(target.viewport(), event)
        assert event.isAccepted()


def test_a_card_dropped_on_won_records_the_deal(
    qtbot: Any, office: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    room = _room(qtbot, office["ctx"])
    first = office["made"][0]
    deals = Deal.select().count()
    _drop(room, "won", first.id)
    qtbot.waitUntil(lambda: _stage(first.id) == "won")
    won = Opportunity.get_by_id(first.id)
    deal = Deal.get_by_id(won.deal_id)
    assert (deal.customer_id, deal.amount, deal.date) == (
        office["customer"].id,
        Decimal("120000.00"),
        dt.date.today(),
    )
    assert Deal.select().count() == deals + 1
    qtbot.waitUntil(lambda: room.board.lists["won"].count() == 1)
    assert room.board.heads["won"].text().endswith("1 · ¥120,000.00")
    # moving it back asks first: its deal would leave the business record
    answers = iter([False, True])
    monkeypatch.setattr(room_module, "ask_reopen_won", lambda _p, _t: next(answers))
    column = room.board.lists["won"]
    column.select_card(first.id)
    qtbot.keyClick(column, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert _stage(first.id) == "won" and Deal.select().count() == deals + 1
    room.board.lists["won"].select_card(first.id)
    qtbot.keyClick(room.board.lists["won"], Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert _stage(first.id) == "negotiation" and Deal.select().count() == deals


def test_dropping_on_lost_asks_the_reason(
    qtbot: Any, office: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    room = _room(qtbot, office["ctx"])
    first = office["made"][0]
    asked: list[str] = []

    def cancel(_parent: Any, title: str) -> str | None:
        asked.append(title)
        return None

    monkeypatch.setattr(room_module, "ask_lost_reason", cancel)
    _drop(room, "lost", first.id)
    qtbot.waitUntil(lambda: asked == ["冷库改造"])
    assert _stage(first.id) == "contact"  # cancelled: nothing moved
    monkeypatch.setattr(room_module, "ask_lost_reason", lambda _p, _t: "价格太高")
    _drop(room, "lost", first.id)
    qtbot.waitUntil(lambda: _stage(first.id) == "lost")
    lost = Opportunity.get_by_id(first.id)
    assert (lost.lost_reason, lost.closed_on) == ("价格太高", dt.date.today())


def test_the_dialog_shows_each_error_beside_its_field(qtbot: Any, office: dict[str, Any]) -> None:
    room = _room(qtbot, office["ctx"])
    dialog = room.new_opportunity(office["customer"].id)
    assert isinstance(dialog, OpportunityDialog)
    dialog.amount_edit.setText("-5")
    dialog.stage_combo.setCurrentIndex(dialog.stage_combo.findData("lost"))
    assert dialog.probability_spin.value() == 0
    assert not dialog.save()
    assert dialog.errors["title"].isVisible()
    assert dialog.errors["title"].text() == "This field is required."
    assert "¥0.00" in dialog.errors["expected_amount"].text()
    assert dialog.errors["lost_reason"].isVisible()
    assert not dialog.errors["products"].isVisible()
    dialog.title_edit.setText("样品试用转订单")
    dialog.amount_edit.setText("¥3,500")
    dialog.stage_combo.setCurrentIndex(dialog.stage_combo.findData("proposal"))
    assert dialog.save()
    made = Opportunity.get(Opportunity.title == "样品试用转订单")
    assert (made.stage, made.probability, made.expected_amount, made.owner_rep_id) == (
        "proposal",
        50,
        Decimal("3500.00"),
        office["rep"].id,
    )
    assert room.board.lists["proposal"].count() == 1


def test_the_list_view_sorts_by_amount(qtbot: Any, office: dict[str, Any]) -> None:
    room = _room(qtbot, office["ctx"])
    room.list_button.click()
    assert room.stack.currentWidget() is room.table
    room.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    titles = [room.proxy.index(r, 1).data() for r in range(room.proxy.rowCount())]
    assert titles == ["办公楼空调", "冷库改造"]
    room.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert room.proxy.index(0, 1).data() == "冷库改造"


def test_the_stages_editor_renames_and_adds(qtbot: Any, office: dict[str, Any]) -> None:
    room = _room(qtbot, office["ctx"])
    dialog = room.edit_stages()
    assert isinstance(dialog, StagesDialog)
    assert [d.code for d in dialog.drafts()] == ["contact", "needs", "proposal", "negotiation"]
    dialog.table.item(3, 0).setText("商务谈判")  # type: ignore[union-attr]
    dialog.add_stage()
    dialog.table.item(4, 0).setText("合同审批")  # type: ignore[union-attr]
    dialog.table.setCurrentCell(4, 0)
    dialog.move_stage(-1)
    dialog.table.setCurrentCell(0, 0)
    dialog.remove_stage()  # "First contact" holds both cards: refused, naming it
    assert not dialog.save()
    assert "First contact" in dialog.error_label.text()
    dialog.table.setRowCount(0)
    dialog._show(
        [
            pipeline.StageDraft("First contact", 10, "contact"),
            pipeline.StageDraft("合同审批", 90),
            pipeline.StageDraft("商务谈判", 75, "negotiation"),
        ]
    )
    assert dialog.save()
    labels = [(s.code, s.label) for s in pipeline.open_stages(office["ctx"].user)]
    assert labels == [
        ("contact", "First contact"),
        ("stage1", "合同审批"),
        ("negotiation", "商务谈判"),
    ]
    assert list(room.board.lists) == ["contact", "stage1", "negotiation", "won", "lost"]


def test_the_visit_dialog_links_one_of_the_customers_opportunities(
    qtbot: Any, office: dict[str, Any]
) -> None:
    app = UiContext(app=office["ctx"], runner=SyncRunner(), lang="en")
    start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(10))
    dialog = VisitDialog(app, customer_id=office["customer"].id, start=start)
    qtbot.addWidget(dialog)
    combo = dialog.opportunity_combo
    assert [combo.itemData(i) for i in range(combo.count())] == [
        None,
        *(m.id for m in office["made"]),
    ]
    assert combo.itemText(1) == "冷库改造 · First contact"
    second = office["made"][1].id
    dialog.select_opportunity(second)
    assert dialog.save()
    visit = Visit.get_by_id(dialog.visit_id)
    assert visit.opportunity_id == second
    reopened = VisitDialog(app, int(visit.id))
    qtbot.addWidget(reopened)
    assert reopened.opportunity_combo.currentData() == second
