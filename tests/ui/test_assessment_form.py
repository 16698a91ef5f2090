"""pytest-qt: answer a full assessment through the form, watch the live scores, save, and find
it in the database; the history dialog and the analysis room on the same data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from desktop_crm.models.assessments import Assessment, AssessmentAnswer, PersonalityRating
from desktop_crm.services.analysis.assessments import Answer, AssessmentDraft, save_assessment
from desktop_crm.services.context import AppContext
from desktop_crm.services.customers.drafts import ContactDraft, CustomerDraft
from desktop_crm.services.customers.writes import save_customer
from desktop_crm.services.people.users import ensure_owner
from desktop_crm.ui.analysis.assessment_dialog import AssessmentDialog
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.runner import SyncRunner

# intent: q1-q8 rated 4 (75 points), q9 rated 5 (100, weight 2), q10 rated 1 (reversed: 100)
INTENT = {**{f"intent.{n}": 4 for n in range(1, 9)}, "intent.9": 5, "intent.10": 1}
# (8*75 + 2*100 + 100) / 11 = 900 / 11 = 81.8 → shown as 82
# quality: q1-q10 rated 2 (25), q3 (reversed) rated 2 → 4 → 75: (9*25 + 75) / 10 = 30
QUALITY = {f"quality.{n}": 2 for n in range(1, 11)}


@pytest.fixture
def uctx(sqlite_ctx: AppContext) -> UiContext:
    return UiContext(app=sqlite_ctx, runner=SyncRunner(), lang="zh_CN")


@pytest.fixture
def customer_id(sqlite_ctx: AppContext) -> int:
    draft = CustomerDraft({"name": "恒通机械"}, contacts=[ContactDraft("李经理", "采购经理")])
    return save_customer(sqlite_ctx.user, draft).id


def test_answer_full_assessment(qtbot, uctx: UiContext, customer_id: int) -> None:  # type: ignore[no-untyped-def]
    dialog = AssessmentDialog(uctx, customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "0 / 10" not in dialog.intent_label.text()
    assert "–" in dialog.intent_label.text()
    for qid, rating in INTENT.items():
        qtbot.mouseClick(dialog.intent_page.rating_button(qid, rating), Qt.MouseButton.LeftButton)
    assert "82" in dialog.intent_label.text() and "10" in dialog.intent_label.text()
    qtbot.keyClicks(dialog.intent_page.notes["intent.9"], "boss decides")  # QtTest types ASCII only
    dialog.tabs.setCurrentIndex(1)
    for qid, rating in QUALITY.items():
        qtbot.mouseClick(dialog.quality_page.rating_button(qid, rating), Qt.MouseButton.LeftButton)
    assert "30" in dialog.quality_label.text()
    # 82 ≥ 50 and 30 < 50: high intent, low quality
    assert "Sell safely" in dialog.quadrant_label.text() or "稳妥" in dialog.quadrant_label.text()
    dialog.contact_box.setCurrentIndex(1)
    dialog.date_edit.setDate(dt.date(2026, 5, 20))
    with qtbot.waitSignal(dialog.saved, timeout=2000):
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    row = Assessment.get(Assessment.customer == customer_id)
    assert row.assessed_on == dt.date(2026, 5, 20)
    assert row.intent_score == pytest.approx(900 / 11)
    assert row.quality_score == pytest.approx(30.0)
    assert row.contact.name == "李经理"
    answers = {
        a.question_id: (a.rating, a.note)
        for a in AssessmentAnswer.select().where(AssessmentAnswer.assessment == row.id)
    }
    assert len(answers) == 20
    assert answers["intent.9"] == (5, "boss decides")
    assert answers["quality.3"] == (2, "")


def test_question_left_on_unanswered(qtbot, uctx: UiContext, customer_id: int) -> None:  # type: ignore[no-untyped-def]
    dialog = AssessmentDialog(uctx, customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.intent_page
    qtbot.mouseClick(page.rating_button("intent.1", 5), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.rating_button("intent.2", 1), Qt.MouseButton.LeftButton)
    assert "50" in dialog.intent_label.text()  # (100 + 0) / 2
    qtbot.mouseClick(page.rating_button("intent.2", 0), Qt.MouseButton.LeftButton)  # back to "?"
    assert "100" in dialog.intent_label.text()
    dialog.save()
    answers = list(AssessmentAnswer.select())
    assert [(a.question_id, a.rating) for a in answers] == [("intent.1", 5)]


def test_nothing_answered_is_not_saved(
    qtbot,
    uctx: UiContext,
    customer_id: int,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    dialog = AssessmentDialog(uctx, customer_id)
    qtbot.addWidget(dialog)
    dialog.save()
    assert shown and Assessment.select().count() == 0


def test_history_and_room(  # type: ignore[no-untyped-def]
    qtbot,
    uctx: UiContext,
    customer_id: int,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from desktop_crm.ui.analysis.history_dialog import HistoryDialog
    from desktop_crm.ui.analysis.room import AnalysisRoom

    user = uctx.app.user
    save_assessment(
        user,
        AssessmentDraft(
            customer_id, dt.date(2026, 1, 5), {"intent.1": Answer(2)}, {"quality.1": Answer(2)}
        ),
    )
    save_assessment(
        user,
        AssessmentDraft(
            customer_id, dt.date(2026, 6, 5), {"intent.1": Answer(5)}, {"quality.1": Answer(4)}
        ),
    )
    history = HistoryDialog(uctx, customer_id)
    qtbot.addWidget(history)
    assert history.table.rowCount() == 2
    assert history.table.item(0, 1).text() == "100"  # newest first
    assert len(history.selected_ids()) == 2  # the latest two are compared at once
    assert history.compare_table.rowCount() == 2 + 20
    # a PDF of the older assessment, picked in the list
    from pypdf import PdfReader
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "old.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda *a: True)
    history.table.clearSelection()
    history.table.selectRow(1)  # the older one (newest first)
    pdf_button = next(
        b for b in history.findChildren(QPushButton) if b.text() in ("PDF report…", "PDF 报告…")
    )
    qtbot.mouseClick(pdf_button, Qt.MouseButton.LeftButton)
    from desktop_crm.ui.common.print_preview import latest_preview

    latest_preview(history).save_pdf()
    text = " ".join(p.extract_text() for p in PdfReader(target).pages)
    assert "2026年1月5日 由 店主 评估" in text  # the older one, in the interface language (zh_CN)

    room = AnalysisRoom(uctx)
    qtbot.addWidget(room)
    opened: list[int] = []  # without a customers room, a click opens the history (modal)
    monkeypatch.setattr(
        "desktop_crm.ui.analysis.room.open_history", lambda _ctx, cid, _parent: opened.append(cid)
    )
    clicked: list[int] = []
    room.quadrant_page.chart.customer_clicked.connect(clicked.append)
    assert sum(s.count() for s in room.quadrant_page.chart.series.values()) == 1
    room.resize(1000, 700)
    room.show()
    qtbot.waitExposed(room)
    chart = room.quadrant_page.chart
    quadrant = next(q for q, pts in chart.points.items() if pts)
    series = chart.series[quadrant]
    where = chart.mapFromScene(chart.chart().mapToPosition(series.at(0), series))
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=where)  # on the point
    assert clicked == [customer_id] and opened == [customer_id]


def test_personality_dialog(qtbot, uctx: UiContext, customer_id: int) -> None:  # type: ignore[no-untyped-def]
    from desktop_crm.ui.analysis.personality_dialog import PersonalityDialog

    dialog = PersonalityDialog(uctx, customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.groups["expressiveness"].button(1), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.groups["emotionality"].button(4), Qt.MouseButton.LeftButton)
    assert dialog.type_box.title() in ("Amiable", "和蔼型")
    dialog.save()
    row = PersonalityRating.get(PersonalityRating.customer == customer_id)
    assert (row.expressiveness, row.emotionality) == (1, 4)


def test_template_editor_saves_a_new_version(
    qtbot,
    uctx: UiContext,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from desktop_crm.services.analysis import questionnaires as qn
    from desktop_crm.ui.analysis.template_editor import TEXT, WEIGHT, TemplateEditor

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("权重调整", True))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    editor = TemplateEditor(uctx)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.key == "intent" and editor.table.rowCount() == 10
    editor.table.item(0, WEIGHT).setText("3")
    editor.table.item(1, TEXT).setText("是否知道本公司的产品?")
    editor.table.selectRow(9)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    editor.table.item(9, TEXT).setText("预算是否已批?")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    v2 = qn.current(ensure_owner(), "intent")
    assert v2.number == 2
    assert v2.questions[0].weight == 3
    assert v2.questions[1].text["zh_CN"] == "是否知道本公司的产品?"
    assert v2.questions[1].text["en"] == "Does the customer know our products?"  # untouched
    assert [q.id for q in v2.questions][-2:] == ["intent.9", "intent.11"]
    assert v2.questions[-1].text == {
        "zh_CN": "预算是否已批?",
        "zh_TW": "预算是否已批?",
        "en": "预算是否已批?",
    }
    assert (
        len(
            qn.version(
                ensure_owner(), qn.versions(ensure_owner(), "intent")[0].version_id
            ).questions
        )
        == 10
    )  # type: ignore[arg-type]


def test_refused_note_is_marked_and_explained(  # type: ignore[no-untyped-def]
    qtbot, uctx: UiContext, customer_id: int, monkeypatch
) -> None:
    from desktop_crm.ui.analysis import assessment_dialog

    monkeypatch.setattr(assessment_dialog, "ask_unsaved_assessment", lambda parent: "discard")
    uctx = UiContext(app=uctx.app, runner=uctx.runner, lang="en")
    dialog = AssessmentDialog(uctx, customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    dialog.quality_page.rating_button("quality.2", 3).click()  # on the hidden second tab
    dialog.quality_page.notes["quality.2"].setText("看报\x00")
    dialog.notes_edit.setText("总评")
    dialog.save()
    assert dialog.record is None and Assessment.select().count() == 0
    assert "question 2" in warnings[0] and "control characters" in warnings[0]
    assert "quality.2" not in warnings[0]
    assert dialog.tabs.currentWidget() is dialog.quality_page
    assert dialog.quality_page.notes["quality.2"].styleSheet()


@pytest.mark.parametrize("answer", ["save", "discard", "cancel"])
def test_closing_with_answers_asks_first(  # type: ignore[no-untyped-def]
    qtbot, uctx: UiContext, customer_id: int, monkeypatch, answer: str
) -> None:
    from desktop_crm.ui.analysis import assessment_dialog

    asked: list[bool] = []
    monkeypatch.setattr(
        assessment_dialog, "ask_unsaved_assessment", lambda parent: asked.append(True) or answer
    )
    empty = AssessmentDialog(uctx, customer_id)
    qtbot.addWidget(empty)
    empty.show()
    qtbot.keyClick(empty, Qt.Key.Key_Escape)
    assert not asked and not empty.isVisible()
    dialog = AssessmentDialog(uctx, customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.intent_page.rating_button("intent.1", 4), Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [True]
    assert dialog.isVisible() == (answer == "cancel")
    assert Assessment.select().count() == (1 if answer == "save" else 0)


def test_template_editor_explains_a_refused_weight_in_the_interface_language(  # type: ignore[no-untyped-def]
    qtbot, uctx: UiContext, monkeypatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from desktop_crm.services.analysis import questionnaires as qn
    from desktop_crm.ui.analysis.template_editor import WEIGHT, TemplateEditor

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    editor = TemplateEditor(UiContext(app=uctx.app, runner=uctx.runner, lang="en"))
    qtbot.addWidget(editor)
    editor.show()
    editor.table.item(2, WEIGHT).setText("inf")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert warnings == ["Question 3: the weight must be a number above 0, at most 100."]
    assert len(qn.versions(ensure_owner(), "intent")) == 1


@pytest.mark.parametrize("answer", ["discard", "cancel"])
def test_questionnaire_edits_are_asked_about_before_closing_or_switching(  # type: ignore[no-untyped-def]
    qtbot, uctx: UiContext, monkeypatch, answer: str
) -> None:
    from desktop_crm.ui.analysis import template_editor
    from desktop_crm.ui.analysis.room import AnalysisRoom
    from desktop_crm.ui.analysis.template_editor import WEIGHT

    asked: list[bool] = []
    monkeypatch.setattr(
        template_editor, "ask_unsaved_template", lambda parent: asked.append(True) or answer
    )
    room = AnalysisRoom(uctx)
    qtbot.addWidget(room)
    editor = room.template_editor
    assert not editor.is_dirty() and room.maybe_close() and not asked
    editor.table.item(0, WEIGHT).setText("3")
    assert room.maybe_close() is (answer == "discard") and asked == [True]
    editor.chooser.setCurrentIndex(1)  # the quality questionnaire
    if answer == "cancel":
        assert editor.key == "intent" and editor.table.item(0, WEIGHT).text() == "3"
    else:
        assert editor.key == "quality" and not editor.is_dirty()
    monkeypatch.setattr(template_editor, "ask_unsaved_template", lambda parent: "discard")
