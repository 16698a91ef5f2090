"""pytest-qt drives the surveys page (issue 13, item 4): a survey entered through the dialog
by ticking radio buttons, its live score, its errors beside the items, then the figures strip
of the page; each checked in the database. Expected values worked out by hand from the
shipped satisfaction weights 3, 2, 2, 2, 2, 1."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QRadioButton

from desktop_crm.models.aftersale import Survey
from desktop_crm.models.core import Contact, Customer, User
from desktop_crm.services.aftersale import surveys
from desktop_crm.services.aftersale.surveys import SurveyDraft
from desktop_crm.services.context import AppContext
from desktop_crm.ui.aftersale.survey_dialog import SurveyDialog
from desktop_crm.ui.aftersale.surveys_page import SurveysPage
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.runner import SyncRunner

TODAY = dt.date.today()


@pytest.fixture
def office(sqlite_ctx: AppContext) -> dict[str, Any]:
    rep = User.create(name="王建国", role="rep")
    customer = Customer.create(name="赵六", company="苏州华兴机械", owner_rep=rep.id)
    contact = Contact.create(customer=customer.id, name="刘经理", role="buyer")
    return {"ctx": UiContext(app=sqlite_ctx, runner=SyncRunner(), lang="en"), "customer": customer,
            "contact": contact, "rep": rep, "owner": sqlite_ctx.user}  # fmt: skip


def _click(qtbot: Any, dialog: SurveyDialog, item: str, level: int) -> None:
    button = dialog.findChild(QRadioButton, f"{item}:{level}")
    assert button is not None, (item, level)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_entering_a_satisfaction_survey_in_the_dialog(qtbot: Any, office: dict[str, Any]) -> None:
    dialog = SurveyDialog(office["ctx"], customer_id=office["customer"].id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.contact_combo.count() == 2
    dialog.contact_combo.setCurrentIndex(1)
    assert len(dialog.groups) == 6  # the shipped indicators
    assert not dialog.save()  # nothing ticked
    assert not dialog.errors["answers"].isHidden()
    assert Survey.select().count() == 0
    for item, level in zip(
        [f"satisfaction.{n}" for n in range(1, 7)], (100, 80, 60, 80, 40, 100), strict=True
    ):
        _click(qtbot, dialog, item, level)
    # (300 + 160 + 120 + 160 + 80 + 100) / 12 = 76.67, below the default 80
    assert "76.7" in dialog.score_label.text() and "not satisfied" in dialog.score_label.text()
    _click(qtbot, dialog, "satisfaction.5", 100)  # (300+160+120+160+200+100) / 12 = 86.67
    assert "86.7" in dialog.score_label.text()
    dialog.notes_edit.setText("希望交货再快一点")
    assert dialog.save()
    stored = Survey.get()
    assert stored.customer_id == office["customer"].id
    assert stored.contact_id == office["contact"].id
    assert stored.kind == "satisfaction" and stored.surveyed_on == TODAY
    assert stored.score == pytest.approx(86.67) and stored.satisfied is True
    assert stored.rep_id == office["rep"].id and stored.notes == "希望交货再快一点"
    reopened = SurveyDialog(office["ctx"], stored.id)
    qtbot.addWidget(reopened)
    assert reopened.answers()["satisfaction.5"] == 100
    assert not reopened.kind_combo.isEnabled()


def test_a_relationship_survey_reverses_13_live(qtbot: Any, office: dict[str, Any]) -> None:
    dialog = SurveyDialog(office["ctx"], customer_id=office["customer"].id, kind="relationship")
    qtbot.addWidget(dialog)
    dialog.show()
    assert len(dialog.groups) == 15
    for n in range(1, 16):
        _click(qtbot, dialog, f"relationship.{n}", 5)
    assert "93.3" in dialog.score_label.text()  # 14 × 100 + 0 over 15
    _click(qtbot, dialog, "relationship.13", 1)
    assert "100.0" in dialog.score_label.text()
    dialog.date_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(1))
    assert not dialog.save()  # not in the future
    assert not dialog.errors["surveyed_on"].isHidden()
    dialog.date_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    assert dialog.save()
    assert Survey.get().score == 100.0 and Survey.get().satisfied is None


def test_the_page_lists_and_its_strip_follows_the_new_survey(
    qtbot: Any, office: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    owner, customer = office["owner"], office["customer"]
    all_100 = {f"satisfaction.{n}": 100 for n in range(1, 7)}
    all_60 = {f"satisfaction.{n}": 60 for n in range(1, 7)}
    surveys.save_survey(owner, SurveyDraft(customer.id, "satisfaction", all_100, TODAY))
    page = SurveysPage(office["ctx"], None)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)
    assert page.model.rowCount() == 1
    assert "Satisfaction index 100.0" in page.strip.text()
    assert "100.0 % (1 of 1 satisfied)" in page.strip.text()

    def enter(dialog: SurveyDialog) -> int:
        dialog.customer_edit.set_customer(customer.id, "赵六")
        dialog._customer_changed()
        for item, level in all_60.items():
            dialog.set_answer(item, level)
        assert dialog.save()
        return 1

    monkeypatch.setattr(SurveyDialog, "exec", enter)
    assert page.new_action.shortcut().toString() == "Ctrl+N"
    page.new_action.trigger()  # offscreen fakes activation: the action, not the key
    assert Survey.select().count() == 2
    assert page.model.rowCount() == 2
    # (100 + 60) / 2 = 80 · one of the two at 80 or more
    assert "Satisfaction index 80.0" in page.strip.text()
    assert "50.0 % (1 of 2 satisfied)" in page.strip.text()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("relationship"))
    assert page.model.rowCount() == 0
    page.kind_combo.setCurrentIndex(0)
    newest = Survey.select().order_by(Survey.id.desc()).first()
    assert page.current_id() == newest.id  # the saved one is selected
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.delete()
    assert [s.id for s in Survey.select()] != [] and Survey.get_or_none(
        Survey.id == newest.id
    ) is None
    assert "100.0 % (1 of 1 satisfied)" in page.strip.text()
    page.from_edit.setDate(page.to_edit.date().addDays(1))  # a period after today: nothing
    assert page.model.rowCount() == 0 and "(0 of 0 satisfied)" in page.strip.text()


def test_the_blank_form_opens_in_the_print_preview(
    qtbot: Any, office: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_crm.ui.common import print_preview

    shown: list[tuple[bytes, str]] = []

    class Preview:
        def __init__(self, pdf: bytes, title: str, *args: Any, **kwargs: Any) -> None:
            shown.append((pdf, title))

        def exec(self) -> int:
            return 0

    monkeypatch.setattr(print_preview, "PrintPreviewDialog", Preview)
    page = SurveysPage(office["ctx"], None)
    qtbot.addWidget(page)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("relationship"))
    assert page.print_action.shortcut().toString() == "Ctrl+P"
    page.print_action.trigger()
    page.print_form("satisfaction")
    assert [title for _, title in shown] == ["Blank survey form"] * 2
    assert all(pdf.startswith(b"%PDF") for pdf, _ in shown)
    assert len(shown[0][0]) > len(shown[1][0])  # fifteen statements, then six indicators


def test_a_survey_read_off_paper_is_typed_with_digits(qtbot: Any, office: dict[str, Any]) -> None:
    dialog = SurveyDialog(office["ctx"], customer_id=office["customer"].id)
    qtbot.addWidget(dialog)
    dialog.show()
    for n, digit in zip(range(1, 7), (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_1,
                                      Qt.Key.Key_5, Qt.Key.Key_2), strict=True):  # fmt: skip
        first = dialog.groups[f"satisfaction.{n}"].buttons()[0]
        qtbot.keyClick(first, digit)
    # 100, 80, 60, 100, 20, 80: (300 + 160 + 120 + 200 + 40 + 80) / 12 = 75
    assert dialog.answers() == {
        "satisfaction.1": 100, "satisfaction.2": 80, "satisfaction.3": 60,
        "satisfaction.4": 100, "satisfaction.5": 20, "satisfaction.6": 80,
    }  # fmt: skip
    assert "75.0" in dialog.score_label.text()
    assert dialog.save()
    assert Survey.get().score == 75.0 and Survey.get().satisfied is False


def test_the_figures_per_rep_and_per_customer(qtbot: Any, office: dict[str, Any]) -> None:
    owner, customer = office["owner"], office["customer"]
    other_rep = User.create(name="李娜", role="rep")
    other = Customer.create(name="钱七", owner_rep=other_rep.id)
    level = {f"satisfaction.{n}": 100 for n in range(1, 7)}
    low = {f"satisfaction.{n}": 40 for n in range(1, 7)}
    surveys.save_survey(owner, SurveyDraft(customer.id, "satisfaction", level, TODAY))
    surveys.save_survey(owner, SurveyDraft(customer.id, "satisfaction", low, TODAY))
    surveys.save_survey(owner, SurveyDraft(other.id, "satisfaction", level, TODAY))
    page = SurveysPage(office["ctx"], None)
    qtbot.addWidget(page)

    def rows(table: Any) -> list[list[str]]:
        return [
            [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())
        ]

    # 王建国's 赵六: (100 + 40) / 2 = 70.0, one of two satisfied; 李娜's 钱七: 100.0, one of one
    assert sorted(rows(page.per_rep)) == [
        ["李娜", "100.0", "100.0 %", "1", "–"],
        ["王建国", "70.0", "50.0 %", "2", "–"],
    ]
    assert sorted(rows(page.per_customer)) == [
        ["赵六", "70.0", "50.0 %", "2", "–"],
        ["钱七", "100.0", "100.0 %", "1", "–"],
    ]
    page.per_rep.sortItems(1, Qt.SortOrder.DescendingOrder)  # by the index, as a number
    assert page.per_rep.item(0, 0).text() == "李娜"
