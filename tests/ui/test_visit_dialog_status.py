"""pytest-qt: the visit dialog is laid out from the visit description, and offers only the
status changes the transition table allows; what it does lands in the database."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtWidgets import QFormLayout

from desktop_crm.models.core import Customer, User
from desktop_crm.models.visits import Visit
from desktop_crm.services import visits as vs
from desktop_crm.services.context import AppContext
from desktop_crm.services.people.users import ensure_owner
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.planner.visit_dialog import VisitDialog
from desktop_crm.ui.runner import SyncRunner

START = dt.datetime(2026, 3, 2, 10, 0)


@pytest.fixture
def office(sqlite_ctx: AppContext) -> dict[str, Any]:
    rep = User.create(name="王建国", role="rep")
    customer = Customer.create(name="赵六", company="苏州华兴", owner_rep=rep.id)
    return {
        "ui": UiContext(app=sqlite_ctx, runner=SyncRunner(), lang="en"),
        "rep": rep,
        "c": customer,
    }


def visit_in(office: dict[str, Any], status: str) -> int:
    visit = vs.plan_visit(
        ensure_owner(), vs.VisitDraft(office["c"].id, office["rep"].id, START, matter="报价")
    )
    if status == "done":
        vs.complete_visit(ensure_owner(), visit.id, 1, vs.VisitOutcome("谈妥", "yes"))
    elif status in ("no_show", "cancelled"):
        vs.set_status(ensure_owner(), visit.id, 1, status)
    return int(visit.id)


def open_dialog(qtbot: Any, office: dict[str, Any], visit_id: int | None = None) -> VisitDialog:
    dialog = VisitDialog(office["ui"], visit_id, customer_id=office["c"].id, start=START)
    qtbot.addWidget(dialog)
    return dialog


def row_labels(form: QFormLayout) -> list[str]:
    labels = []
    for row in range(form.rowCount()):
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if (
            field is not None
            and field.widget()
            and field.widget().objectName().startswith("error_")
        ):
            continue  # a field's message row, hidden until a save is refused
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        labels.append(item.widget().text() if item is not None and item.widget() else "")
    return labels


def test_rows_follow_the_visit_description(qtbot: Any, office: dict[str, Any]) -> None:
    dialog = open_dialog(qtbot, office, visit_in(office, "planned"))
    plan, result = (dialog.tabs.widget(n).findChild(QFormLayout) for n in (0, 1))
    assert row_labels(plan) == [
        "Customer",
        "",  # new or existing customer
        "Opportunity",  # one of the customer's open ones (the pipeline's link)
        "When",  # with "for" and the duration
        "Whom (contact)",
        "Rep",
        "Method",
        "What matter",
        "For which reason",
        "Purpose",
        "Action plan",
        "Expected result",
    ]
    assert row_labels(result) == [
        "Status",
        "Actual result",
        "Purpose met",
        "Time spent",
        "Next action",  # with "due" and its date
        "",  # plan the next action as a visit
    ]
    assert dialog.matter_edit.maxLength() == 300
    assert (dialog.duration_spin.minimum(), dialog.duration_spin.maximum()) == (5, 720)
    assert (dialog.spent_spin.minimum(), dialog.spent_spin.maximum()) == (0, 1440)


# status → (result tab offered, Cancel/Restore button text or None, done / no-show offered)
OFFERS = {
    "planned": (True, "Cancel visit", (True, True)),
    "done": (True, None, (True, True)),
    "no_show": (True, None, (True, True)),
    "cancelled": (False, "Restore visit", (False, False)),
}


@pytest.mark.parametrize("status", list(OFFERS))
def test_the_dialog_offers_only_allowed_changes(
    qtbot: Any, office: dict[str, Any], status: str
) -> None:
    dialog = open_dialog(qtbot, office, visit_in(office, status))
    result_tab, button, radios = OFFERS[status]
    assert dialog.tabs.isTabEnabled(1) is result_tab
    assert (
        dialog.cancel_visit_button.text() if not dialog.cancel_visit_button.isHidden() else None
    ) == button
    assert (dialog.done_radio.isEnabled(), dialog.no_show_radio.isEnabled()) == radios


def test_a_new_visit_offers_no_result_and_no_cancel(qtbot: Any, office: dict[str, Any]) -> None:
    dialog = open_dialog(qtbot, office)
    assert not dialog.tabs.isTabEnabled(1)
    assert dialog.cancel_visit_button.isHidden()


def test_cancel_then_restore_through_the_button(qtbot: Any, office: dict[str, Any]) -> None:
    visit_id = visit_in(office, "planned")
    open_dialog(qtbot, office, visit_id).cancel_visit_button.click()
    assert Visit.get_by_id(visit_id).status == "cancelled"
    dialog = open_dialog(qtbot, office, visit_id)
    assert dialog.cancel_visit_button.text() == "Restore visit"
    dialog.cancel_visit_button.click()
    assert (Visit.get_by_id(visit_id).status, Visit.get_by_id(visit_id).version) == ("planned", 3)


def test_a_done_visit_corrected_to_a_no_show(qtbot: Any, office: dict[str, Any]) -> None:
    visit_id = visit_in(office, "done")
    dialog = open_dialog(qtbot, office, visit_id)
    assert dialog.done_radio.isChecked()
    dialog.no_show_radio.click()
    dialog.result_edit.setPlainText("老板不在")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    stored = Visit.get_by_id(visit_id)
    assert (stored.status, stored.actual_result, stored.purpose_met) == ("no_show", "老板不在", "")
