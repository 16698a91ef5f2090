"""pytest-qt: plan a visit in the planner, drag it to another day, complete it with a result and
a next action, and find all of it in the database."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime
from PySide6.QtTest import QTest

from desktop_crm.models.core import Contact, Customer, Deal, User
from desktop_crm.models.visits import Visit
from desktop_crm.services import visits as vs
from desktop_crm.services.context import AppContext
from desktop_crm.services.people.users import ensure_owner
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.planner.room import PlannerRoom
from desktop_crm.ui.planner.visit_dialog import VisitDialog
from desktop_crm.ui.runner import SyncRunner

MONDAY = dt.date(2026, 3, 2)


@pytest.fixture
def office(sqlite_ctx: AppContext) -> dict[str, Any]:
    rep = User.create(name="王建国", role="rep")
    customer = Customer.create(name="赵六", company="苏州华兴机械有限公司", owner_rep=rep.id)
    Deal.create(customer=customer.id, date=dt.date(2025, 10, 1), amount=100)
    contact = Contact.create(customer=customer.id, name="钱七", position="采购经理")
    return {"ctx": sqlite_ctx, "rep": rep, "customer": customer, "contact": contact}


def make_room(qtbot: Any, app_ctx: AppContext, rep: User) -> PlannerRoom:
    room = PlannerRoom(UiContext(app=app_ctx, runner=SyncRunner(), lang="en"), None)
    qtbot.addWidget(room)
    room.resize(1300, 820)
    room.show()
    qtbot.waitExposed(room)
    room.select_rep(rep.id)
    room.select_day(MONDAY)
    return room


def drag(widget: Any, start: QPoint, end: QPoint) -> None:
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        point = start + (end - start) * step / 5
        QTest.mouseMove(widget, point)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_plan_drag_complete_next_visit(qtbot: Any, office: dict[str, Any]) -> None:
    room = make_room(qtbot, office["ctx"], office["rep"])
    customer, contact = office["customer"], office["contact"]

    # 1. plan: "Plan visit" for the customer, fill the five elements, save
    dialog = room.plan_visit(
        customer_id=customer.id, start=dt.datetime.combine(MONDAY, dt.time(10, 0))
    )
    assert isinstance(dialog, VisitDialog)
    assert dialog.customer_edit.customer_id() == customer.id
    assert dialog.contact_combo.currentData() == contact.id
    assert "Existing customer" in dialog.kind_label.text()
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData("face"))
    dialog.duration_spin.setValue(45)
    dialog.matter_edit.setText("年度合同")  # keyClicks takes ASCII only
    dialog.reason_edit.setText("合同下月到期")
    dialog.purpose_edit.setPlainText("确认续签数量")
    dialog.plan_edit.setPlainText("带用量对比表")
    dialog.expected_edit.setPlainText("口头同意续签")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    visit = Visit.get()
    assert (visit.start, visit.duration_minutes, visit.contact_id) == (
        dt.datetime(2026, 3, 2, 10, 0),
        45,
        contact.id,
    )
    assert (visit.matter, visit.reason, visit.purpose) == (
        "年度合同",
        "合同下月到期",
        "确认续签数量",
    )
    assert room.calendar.visit_rect(visit.id) is not None
    assert room.period is not None and room.period.summaries[0].planned_existing == 1

    # 2. drag it from Monday 10:00 to Wednesday 14:30 in the week view
    rect = room.calendar.visit_rect(visit.id)
    assert rect is not None
    grab = QPoint(int(rect.left() + 10), int(rect.top() + 4))
    target = room.calendar.point_for(dt.datetime(2026, 3, 4, 14, 30))
    drag(room.calendar, grab, QPoint(target.x(), target.y() + 4))
    visit = Visit.get_by_id(visit.id)
    assert visit.start == dt.datetime(2026, 3, 4, 14, 30)
    assert visit.version == 2
    assert room.period.summaries[0].planned == 0 and room.period.summaries[2].planned == 1

    # 3. double-click opens it; complete it with a result and a next action
    rect = room.calendar.visit_rect(visit.id)
    assert rect is not None
    with qtbot.waitSignal(room.calendar.visitOpened, timeout=1000):
        QTest.mouseDClick(
            room.calendar,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            rect.center().toPoint(),
        )
    dialog = room.dialog
    assert dialog is not None and dialog.visit_id == visit.id
    dialog.tabs.setCurrentIndex(1)
    dialog.result_edit.setPlainText("同意续签，数量加两成")
    dialog.purpose_radios["partly"].click()
    dialog.spent_spin.setValue(50)
    dialog.next_action_edit.setText("送合同")
    dialog.next_date_edit.setDate(QDate(2026, 3, 11))
    dialog.next_visit_button.click()  # saves the result and plans the next visit
    done = Visit.get_by_id(visit.id)
    assert (done.status, done.actual_result, done.purpose_met) == (
        "done",
        "同意续签，数量加两成",
        "partly",
    )
    assert (done.time_spent_minutes, done.next_action, done.next_action_on) == (
        50,
        "送合同",
        dt.date(2026, 3, 11),
    )
    follow = Visit.get_by_id(done.next_visit_id)
    assert (follow.start, follow.matter, follow.status) == (
        dt.datetime(2026, 3, 11, 14, 30),
        "送合同",
        "planned",
    )
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert Visit.select().count() == 2
    assert room.period.summaries[2].done_existing == 1


def test_overlaps_flagged_and_route_reordered(qtbot: Any, office: dict[str, Any]) -> None:
    rep, customer = office["rep"], office["customer"]
    other = Customer.create(name="孙八", owner_rep=rep.id, district="A区")
    a = vs.plan_visit(
        ensure_owner(), vs.VisitDraft(customer.id, rep.id, dt.datetime(2026, 3, 2, 9), 60)
    )
    b = vs.plan_visit(
        ensure_owner(), vs.VisitDraft(other.id, rep.id, dt.datetime(2026, 3, 2, 9, 30), 60)
    )
    room = make_room(qtbot, office["ctx"], rep)
    assert room.period is not None and room.period.overlapping == {a.id, b.id}
    assert "Overlaps" in room.calendar.tooltip_for(room.period.rows[0])
    panel = room.route_panel
    assert panel.order() == [a.id, b.id]
    item = panel.list.takeItem(1)
    panel.list.insertItem(0, item)
    panel.save_order()
    assert [v.route_position for v in Visit.select().order_by(Visit.id)] == [2, 1]
    assert panel.order() == [b.id, a.id]


@pytest.mark.parametrize("answer", ["Reorder and retime", "Reorder only", "Cancel"])
def test_optimising_the_route_asks_whether_to_retime(
    qtbot: Any, office: dict[str, Any], monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    from PySide6.QtWidgets import QMessageBox

    rep, customer = office["rep"], office["customer"]
    # 孙八 in A区 sorts first by district; it is planned later in the day
    other = Customer.create(name="孙八", owner_rep=rep.id, district="A区")
    Customer.update(district="B区").where(Customer.id == customer.id).execute()
    a = vs.plan_visit(
        ensure_owner(), vs.VisitDraft(customer.id, rep.id, dt.datetime(2026, 3, 2, 9), 60)
    )
    b = vs.plan_visit(
        ensure_owner(), vs.VisitDraft(other.id, rep.id, dt.datetime(2026, 3, 2, 14), 30)
    )
    room = make_room(qtbot, office["ctx"], rep)

    def choose(box: QMessageBox) -> int:
        button = next(b for b in box.buttons() if b.text() == answer)
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose)
    room.route_panel.optimise()
    visits = {v.id: v for v in Visit.select()}
    if answer == "Cancel":
        assert visits[b.id].route_position is None
        return
    assert room.route_panel.order() == [b.id, a.id]
    if answer == "Reorder only":
        assert visits[b.id].start == dt.datetime(2026, 3, 2, 14)
        return
    # 孙八 first at the day's first time (9:00, 30 min), then 赵六 after 20 minutes' travel
    assert visits[b.id].start == dt.datetime(2026, 3, 2, 9)
    assert visits[a.id].start == dt.datetime(2026, 3, 2, 9, 50)
    assert "09:00" in room.route_panel.list.item(0).text()


def test_all_reps_week_is_a_board_that_opens_a_reps_day(qtbot: Any, office: dict[str, Any]) -> None:
    from desktop_crm.ui.planner.reps_board import COLLAPSED_WIDTH

    rep, customer = office["rep"], office["customer"]
    vs.plan_visit(
        ensure_owner(), vs.VisitDraft(customer.id, rep.id, dt.datetime(2026, 3, 3, 10), 60)
    )
    room = make_room(qtbot, office["ctx"], rep)
    room.select_rep(None)  # all reps
    assert room.views.currentWidget() is room.board_page
    board = room.board
    row = [board.verticalHeaderItem(r).text() for r in range(board.rowCount())].index("王建国")
    tuesday = board.item(row, 1)
    assert tuesday.text().startswith("0 / 1 of 10")  # done / planned of the standard
    assert "10:00 赵六" in tuesday.text()
    assert board.columnWidth(5) == COLLAPSED_WIDTH  # an empty Saturday is collapsed
    assert board.columnWidth(1) > 3 * COLLAPSED_WIDTH
    assert "2026-W10" in room.range_label.text()
    board.cellDoubleClicked.emit(row, 1)
    assert room.rep_id() == rep.id and not room.week_mode and room.day == dt.date(2026, 3, 3)
    assert room.views.currentWidget() is room.calendar


def test_a_past_visit_without_a_result_is_marked_and_listed(
    qtbot: Any, office: dict[str, Any]
) -> None:
    rep, customer = office["rep"], office["customer"]
    yesterday = dt.datetime.combine(dt.date.today() - dt.timedelta(days=1), dt.time(10))
    past = vs.plan_visit(ensure_owner(), vs.VisitDraft(customer.id, rep.id, yesterday, 60))
    room = make_room(qtbot, office["ctx"], rep)
    room.select_day(yesterday.date())
    row = next(r for r in room.period.rows if r.id == past.id)  # type: ignore[union-attr]
    assert "Result missing" in room.calendar.tooltip_for(row)
    texts = [room.side_list.list.item(i).text() for i in range(room.side_list.list.count())]
    assert texts[0] == "Result missing (1)"
    assert "赵六" in texts[1] and f"{yesterday:%Y-%m-%d %H:%M}" in texts[1]
    room.side_list._activated(room.side_list.list.item(1))
    assert room.dialog is not None and room.dialog.visit_id == past.id
    room.dialog.reject()


def test_the_plan_dialog_proposes_the_reps_next_free_slot(
    qtbot: Any, office: dict[str, Any]
) -> None:
    rep, customer = office["rep"], office["customer"]
    day = dt.date.today() + dt.timedelta(days=7 - dt.date.today().weekday())  # next Monday
    vs.plan_visit(
        ensure_owner(), vs.VisitDraft(customer.id, rep.id, dt.datetime.combine(day, dt.time(9)), 60)
    )
    room = make_room(qtbot, office["ctx"], rep)
    room.select_day(day)
    dialog = room.plan_visit()
    assert dialog.editors["start"].get() == dt.datetime.combine(day, dt.time(10))  # 9:00 taken
    dialog.reject()


def test_plan_visit_from_an_empty_slot_needs_a_customer(
    qtbot: Any, office: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    room = make_room(qtbot, office["ctx"], office["rep"])
    warnings: list[str] = []
    monkeypatch.setattr(VisitDialog, "_warn", lambda self, text: warnings.append(text))
    point = room.calendar.point_for(dt.datetime(2026, 3, 3, 15, 0))
    QTest.mouseDClick(
        room.calendar,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(point.x(), point.y() + 3),
    )
    dialog = room.dialog
    assert dialog is not None and dialog.visit_id is None
    assert dialog.start_edit.dateTime() == QDateTime(QDate(2026, 3, 3), QTime(15, 0))
    assert dialog.save() is False and warnings
    assert Visit.select().count() == 0
    dialog.reject()


def test_week_review_saved(qtbot: Any, office: dict[str, Any]) -> None:
    room = make_room(qtbot, office["ctx"], office["rep"])
    panel = room.week_panel
    panel.plan_edit.setPlainText("多跑新客户")
    panel.review_edit.setPlainText("本周完成七成")
    panel.save_button.click()
    from desktop_crm.models.visits import WeekReview

    row = WeekReview.get()
    assert (row.week_start, row.review, row.plan_notes) == (MONDAY, "本周完成七成", "多跑新客户")
    assert "2026-W10" in panel.figures.text()


def test_plan_visit_from_the_customers_room(
    qtbot: Any, office: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialog

    from desktop_crm.ui.customers.room import CustomersRoom

    customer, rep = office["customer"], office["rep"]
    room = CustomersRoom(UiContext(app=office["ctx"], runner=SyncRunner(), lang="en"), None)
    qtbot.addWidget(room)
    assert room.show_customer(customer.id)

    def answer(dialog: VisitDialog) -> QDialog.DialogCode:
        assert dialog.customer_edit.customer_id() == customer.id
        assert dialog.rep_combo.currentData() == rep.id  # the customer's own rep
        dialog.matter_edit.setText("回访")
        return QDialog.DialogCode.Accepted if dialog.save() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(VisitDialog, "exec", answer)
    room.plan_visit_action.trigger()
    visit = Visit.get()
    assert (visit.customer_id, visit.rep_id, visit.matter, visit.status) == (
        customer.id,
        rep.id,
        "回访",
        "planned",
    )


def test_refused_result_leaves_the_plan_unsaved_and_says_why(
    qtbot: Any, office: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    rep, customer = office["rep"], office["customer"]
    visit = vs.plan_visit(
        ensure_owner(), vs.VisitDraft(customer.id, rep.id, dt.datetime(2026, 3, 2, 9), 60)
    )
    ctx = UiContext(app=office["ctx"], runner=SyncRunner(), lang="en")
    dialog = VisitDialog(ctx, visit.id)
    qtbot.addWidget(dialog)
    warnings: list[str] = []
    monkeypatch.setattr(VisitDialog, "_warn", lambda self, text: warnings.append(text))
    dialog.matter_edit.setText("改过的事项")
    dialog.result_edit.setPlainText("谈妥\x00")
    dialog.purpose_radios["yes"].click()
    assert dialog.save() is False
    assert warnings == []  # no box: the message stands beside the field, on its tab
    error = dialog.editors["actual_result"].error_label
    assert error is not None and not error.isHidden() and "control characters" in error.text()
    assert dialog.tabs.currentIndex() == 1  # the result tab, where the field is
    stored = Visit.get_by_id(visit.id)
    assert (stored.matter, stored.status, stored.version) == ("", "planned", 1)
    dialog.result_edit.setPlainText("谈妥")
    assert dialog.save() is True
    assert error.isHidden()
    stored = Visit.get_by_id(visit.id)
    assert (stored.matter, stored.status, stored.actual_result) == ("改过的事项", "done", "谈妥")


def test_a_field_error_clears_as_soon_as_that_field_is_edited(
    qtbot: Any, office: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    rep, customer = office["rep"], office["customer"]
    visit = vs.plan_visit(
        ensure_owner(), vs.VisitDraft(customer.id, rep.id, dt.datetime(2026, 3, 2, 9), 60)
    )
    ctx = UiContext(app=office["ctx"], runner=SyncRunner(), lang="en")
    dialog = VisitDialog(ctx, visit.id)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(VisitDialog, "_warn", lambda self, text: None)
    dialog.matter_edit.setText("事项\x00")
    dialog.result_edit.setPlainText("谈妥\x00")
    dialog.purpose_radios["yes"].click()
    assert dialog.save() is False
    matter, result = dialog.editors["matter"], dialog.editors["actual_result"]
    assert matter.error_label is not None and result.error_label is not None
    assert not matter.error_label.isHidden() and not result.error_label.isHidden()
    assert matter.widget.styleSheet() != ""
    qtbot.keyClick(dialog.matter_edit, Qt.Key.Key_Backspace)  # typed into the matter only
    assert matter.error_label.isHidden() and matter.widget.styleSheet() == ""
    assert matter.widget.toolTip() == ""
    assert not result.error_label.isHidden()  # the other field keeps its mark until edited
    dialog.result_edit.setPlainText("谈妥")
    assert result.error_label.isHidden() and result.widget.styleSheet() == ""


@pytest.mark.parametrize("answer", ["save", "discard", "cancel"])
def test_closing_the_visit_dialog_with_changes_asks_first(
    qtbot: Any, office: dict[str, Any], monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    from desktop_crm.ui.planner import visit_dialog

    rep, customer = office["rep"], office["customer"]
    visit = vs.plan_visit(
        ensure_owner(), vs.VisitDraft(customer.id, rep.id, dt.datetime(2026, 3, 2, 9), 60)
    )
    ctx = UiContext(app=office["ctx"], runner=SyncRunner(), lang="en")
    asked: list[str] = []
    monkeypatch.setattr(
        visit_dialog, "ask_unsaved_visit", lambda parent: asked.append("?") or answer
    )
    untouched = VisitDialog(ctx, visit.id)
    qtbot.addWidget(untouched)
    untouched.show()
    QTest.keyClick(untouched, Qt.Key.Key_Escape)
    assert not asked and not untouched.isVisible()

    dialog = VisitDialog(ctx, visit.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    dialog.result_edit.setPlainText("见到老板，同意下单")
    dialog.purpose_radios["yes"].click()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["?"]
    stored = Visit.get_by_id(visit.id)
    if answer == "save":
        assert not dialog.isVisible()
        assert (stored.status, stored.actual_result) == ("done", "见到老板，同意下单")
    else:
        assert dialog.isVisible() == (answer == "cancel")
        assert (stored.status, stored.actual_result) == ("planned", "")
    dialog.close()
    if answer == "cancel":
        assert asked == ["?", "?"]


def test_week_review_typed_survives_a_visit_change_and_is_asked_about(
    qtbot: Any, office: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_crm.models.visits import WeekReview
    from desktop_crm.ui.planner import side_panels

    rep, customer = office["rep"], office["customer"]
    visit = vs.plan_visit(
        ensure_owner(), vs.VisitDraft(customer.id, rep.id, dt.datetime(2026, 3, 2, 9), 60)
    )
    room = make_room(qtbot, office["ctx"], rep)
    answers: list[str] = []
    monkeypatch.setattr(
        side_panels, "ask_unsaved_review", lambda parent, can_cancel=True: answers.pop(0)
    )
    panel = room.week_panel
    panel.review_edit.setPlainText("新客户太少")
    room.move_visit(visit.id, visit.version, dt.datetime(2026, 3, 3, 9))  # refreshes the room
    assert panel.review_edit.toPlainText() == "新客户太少"

    answers[:] = ["cancel"]
    assert room.maybe_close() is False and answers == []
    answers[:] = ["save"]
    assert room.maybe_close() is True
    assert WeekReview.get().review == "新客户太少"

    panel.review_edit.setPlainText("新客户太少，下周补")
    answers[:] = ["discard"]
    room.step(1)  # the next week: asked, discarded
    assert answers == [] and panel.review_edit.toPlainText() == ""
    assert WeekReview.get().review == "新客户太少"


def test_week_review_with_a_nul_byte_is_refused_with_a_message(
    qtbot: Any, office: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop_crm.models.visits import WeekReview

    room = make_room(qtbot, office["ctx"], office["rep"])
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    room.week_panel.review_edit.setPlainText("坏\x00字")
    assert room.week_panel.save() is False
    assert "control characters" in warnings[0]
    assert WeekReview.select().count() == 0


def test_narrow_visit_boxes_never_split_the_time(qtbot: Any) -> None:
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QWidget

    from desktop_crm.ui.planner.calendar_view import narrow_head

    metrics = QFontMetrics(QWidget().font())
    ten = dt.datetime(2026, 3, 2, 10, 0)
    full = metrics.horizontalAdvance("✓ 10:00")
    assert narrow_head(metrics, "✓ ", ten, full + 1) == "✓ 10:00"
    assert narrow_head(metrics, "✓ ", ten, full - 2) == "10:00"  # the mark goes, not the "1"
    nine = dt.datetime(2026, 3, 2, 9, 30)
    assert narrow_head(metrics, "✓ ", nine, metrics.horizontalAdvance("9:30")) == "9:30"
    assert narrow_head(metrics, "", ten, 1) == "10"


def test_next_action_due_before_the_visit_is_explained(
    qtbot: Any, office: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    rep, customer = office["rep"], office["customer"]
    visit = vs.plan_visit(
        ensure_owner(), vs.VisitDraft(customer.id, rep.id, dt.datetime(2026, 3, 2, 9), 60)
    )
    dialog = VisitDialog(UiContext(app=office["ctx"], runner=SyncRunner(), lang="en"), visit.id)
    qtbot.addWidget(dialog)
    warnings: list[str] = []
    monkeypatch.setattr(VisitDialog, "_warn", lambda self, text: warnings.append(text))
    dialog.result_edit.setPlainText("谈妥")
    dialog.purpose_radios["yes"].click()
    dialog.next_action_edit.setText("送样品")
    dialog.next_date_edit.setDate(QDate(2025, 2, 28))
    dialog.next_visit_button.click()
    assert "cannot be due before the visit" in warnings[0]
    assert Visit.select().count() == 1 and Visit.get_by_id(visit.id).status == "planned"
    dialog.next_date_edit.setDate(QDate(2026, 3, 9))
    assert dialog.save() is True


def test_closing_the_window_asks_about_an_open_visit_dialog(
    qtbot: Any, office: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_crm.ui.planner import visit_dialog

    room = make_room(qtbot, office["ctx"], office["rep"])
    answers = ["cancel", "discard"]
    monkeypatch.setattr(visit_dialog, "ask_unsaved_visit", lambda parent: answers.pop(0))
    dialog = room.plan_visit(customer_id=office["customer"].id)
    dialog.matter_edit.setText("年度合同")
    assert room.maybe_close() is False and dialog.isVisible()
    assert room.maybe_close() is True and not dialog.isVisible()
    assert Visit.select().count() == 0


def test_a_route_whose_visit_moved_meanwhile_is_explained(
    qtbot: Any, office: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    rep, customer = office["rep"], office["customer"]
    owner = ensure_owner()
    a = vs.plan_visit(owner, vs.VisitDraft(customer.id, rep.id, dt.datetime(2026, 3, 2, 9), 60))
    vs.plan_visit(owner, vs.VisitDraft(customer.id, rep.id, dt.datetime(2026, 3, 2, 11), 60))
    room = make_room(qtbot, office["ctx"], rep)
    panel = room.route_panel
    order = panel.order()
    vs.move_visit(owner, a.id, a.version, dt.datetime(2026, 3, 3, 9))  # another window moves it
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    monkeypatch.setattr(panel, "order", lambda: list(reversed(order)))
    panel.save_order()
    assert warnings and "changed meanwhile" in warnings[0]
    assert Visit.get_by_id(a.id).start.date() == dt.date(2026, 3, 3)


def test_moving_a_visit_past_the_calendar_is_explained(
    qtbot: Any, office: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    rep, customer = office["rep"], office["customer"]
    visit = vs.plan_visit(
        ensure_owner(), vs.VisitDraft(customer.id, rep.id, dt.datetime(2026, 3, 2, 9), 60)
    )
    room = make_room(qtbot, office["ctx"], rep)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    room.move_visit(visit.id, visit.version, dt.datetime(9999, 12, 31, 9))
    assert warnings
    assert Visit.get_by_id(visit.id).start == dt.datetime(2026, 3, 2, 9)


class HeldRunner(SyncRunner):
    """Holds each operation until the test runs it: a read still under way, as on the
    app's worker threads."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[Any] = []

    def run(self, fn: Any, **_options: Any) -> Any:
        from desktop_crm.ui.runner import Operation

        operation = Operation(fn)
        self.held.append(operation)
        return operation


def test_the_visit_next_list_is_read_off_the_gui_thread_and_only_its_newest_read_shows(
    qtbot: Any, office: dict[str, Any]
) -> None:
    customer = office["customer"]
    Customer.update(next_action="回访报价", next_action_on=dt.date(2026, 1, 5)).where(
        Customer.id == customer.id
    ).execute()
    runner = HeldRunner()
    room = PlannerRoom(UiContext(app=office["ctx"], runner=runner, lang="en"), None)
    qtbot.addWidget(room)
    side = room.side_list
    assert side.is_reading() and side.list.item(0).text() == "Reading…"  # the room is up
    everyone = runner.held[-1]  # all reps: 赵六's next action is due
    everyone.run()
    texts = [side.list.item(i).text() for i in range(side.list.count())]
    assert not side.is_reading() and texts[0] == "Next action due (1)" and "赵六" in texts[1]
    side.show_for(dt.date.today(), None)
    first = runner.held[-1]
    other = User.create(name="李晓梅", role="rep")
    side.show_for(dt.date.today(), other.id)  # another read overtakes the first
    runner.held[-1].run()
    texts = [side.list.item(i).text() for i in range(side.list.count())]
    assert texts == ["Nobody waiting: every customer is planned or recent."]
    first.run()  # the overtaken read (all reps, 赵六 listed) arrives late: dropped
    assert [side.list.item(i).text() for i in range(side.list.count())] == texts


def test_a_failed_read_of_the_visit_next_list_says_so_in_the_list(
    qtbot: Any, office: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_crm.ui.planner import side_panels

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise OSError("disk I/O error")

    monkeypatch.setattr(side_panels, "customers_to_visit", broken)
    room = make_room(qtbot, office["ctx"], office["rep"])
    texts = [room.side_list.list.item(i).text() for i in range(room.side_list.list.count())]
    assert texts == ["The list could not be read: disk I/O error"]


def test_a_read_coming_back_after_the_room_closed_is_dropped(
    qtbot: Any, office: dict[str, Any]
) -> None:
    from shiboken6 import delete

    runner = HeldRunner()
    room = PlannerRoom(UiContext(app=office["ctx"], runner=runner, lang="en"), None)
    pending = runner.held[-1]
    delete(room)  # closed and gone while its list was being read
    pending.run()  # no RuntimeError from a deleted list widget


def test_a_board_cells_tooltip_lists_every_visit_with_its_mark(
    qtbot: Any, office: dict[str, Any]
) -> None:
    rep, customer = office["rep"], office["customer"]
    for hour in (9, 10, 11, 13, 14, 15):  # more than a cell lists inside
        vs.plan_visit(
            ensure_owner(), vs.VisitDraft(customer.id, rep.id, dt.datetime(2026, 3, 3, hour), 30)
        )
    room = make_room(qtbot, office["ctx"], rep)
    room.select_rep(None)
    board = room.board
    row = [board.verticalHeaderItem(r).text() for r in range(board.rowCount())].index("王建国")
    inside = board.item(row, 1).text()
    assert "09:00 赵六" in inside and "15:00 赵六" not in inside and "… 2 more" in inside
    tip = board.cell_tooltip(row, 1)
    assert tip.startswith("王建国, 2026-03-03: done 0, planned 6")
    assert "· 15:00  赵六  苏州华兴机械有限公司" in tip
    assert board.cell_tooltip(row, 7) == "" and board.cell_tooltip(99, 1) == ""  # total, none
