"""The assessment form: both questionnaires, a 1-5 rating and a note per question, and the
intent and quality scores updating as the rep answers."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...i18n import fill_args
from ...services.analysis import questionnaires as qn
from ...services.analysis.assessments import (
    RATINGS,
    Answer,
    AssessmentDraft,
    AssessmentRecord,
    Score,
    save_assessment,
    score_assessment,
    visit_choices,
)
from ...services.analysis.quadrant import (
    QUADRANT_LABELS,
    QUADRANT_SHORT,
    get_thresholds,
    quadrant_of,
)
from ...services.analysis.questionnaires import Questionnaire
from ...services.common.errors import ValidationFailed
from ...services.customers.queries import load_customer
from ..common.messages import error_text
from ..context import UiContext
from ..i18n import tr_marked

UNANSWERED = 0  # the button id of "?"
SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
MARKED = "background-color: #fdecea;"


def ask_unsaved_assessment(parent: QWidget) -> str:
    """Save / Discard / Cancel for an assessment closed with answers (tests replace this)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(parent.windowTitle())
    box.setText(
        QCoreApplication.translate("AssessmentDialog", "This assessment has not been saved.")
    )
    box.setInformativeText(
        QCoreApplication.translate("AssessmentDialog", "Save it before closing?")
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return DISCARD
    return CANCEL


class QuestionnairePage(QScrollArea):
    """One questionnaire: per question its text, what 1/3/5 mean, six radio buttons, a note."""

    changed = Signal()

    def __init__(self, questionnaire: Questionnaire, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.questionnaire = questionnaire
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        grid = QGridLayout(body)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        self.groups: dict[str, QButtonGroup] = {}
        self.notes: dict[str, QLineEdit] = {}
        row = 0
        for number, question in enumerate(questionnaire.questions, start=1):
            head = QLabel(f"<b>{number}.</b>")
            head.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
            text = question.label(lang)
            if question.weight != 1:
                text += "  " + fill_args(self.tr("(weight %1)"), f"{question.weight:g}")
            label = QLabel(text)
            label.setWordWrap(True)
            label.setStyleSheet("font-weight: 600")
            grid.addWidget(head, row, 0)
            grid.addWidget(label, row, 1, 1, 2)
            row += 1
            hints = "   ".join(
                f"{r} = {question.anchor(r, lang)}"
                for r in qn.ANCHOR_RATINGS
                if question.anchor(r, lang)
            )
            if question.reverse:
                hints += "   " + self.tr("(reverse-scored: 1 counts best)")
            hint = QLabel(hints)
            hint.setWordWrap(True)
            hint.setStyleSheet("color: palette(placeholder-text); font-size: 90%")
            grid.addWidget(hint, row, 1, 1, 2)
            row += 1
            buttons = QHBoxLayout()
            group = QButtonGroup(self)
            unknown = QRadioButton("?")
            unknown.setToolTip(self.tr("Not answered: left out of the score"))
            unknown.setChecked(True)
            group.addButton(unknown, UNANSWERED)
            buttons.addWidget(unknown)
            for rating in RATINGS:
                button = QRadioButton(str(rating))
                button.setToolTip(question.anchor(rating, lang))
                group.addButton(button, rating)
                buttons.addWidget(button)
            group.idToggled.connect(lambda _id, on: self.changed.emit() if on else None)
            self.groups[question.id] = group
            note = QLineEdit()
            note.setPlaceholderText(self.tr("Note"))
            note.setObjectName(f"note:{question.id}")
            self.notes[question.id] = note
            buttons.addSpacing(12)
            buttons.addWidget(note, 1)
            holder = QWidget()
            holder.setLayout(buttons)
            buttons.setContentsMargins(0, 0, 0, 0)
            grid.addWidget(holder, row, 1, 1, 2)
            row += 1
            spacer = QFrame()
            spacer.setFixedHeight(6)
            grid.addWidget(spacer, row, 1)
            row += 1
        grid.setRowStretch(row, 1)
        self.setWidget(body)

    def rating_button(self, question_id: str, rating: int) -> QRadioButton:
        """The radio button of `rating` (0 for "not answered"); used by tests and shortcuts."""
        button = self.groups[question_id].button(rating)
        assert isinstance(button, QRadioButton)
        return button

    def answers(self) -> dict[str, Answer]:
        result = {}
        for qid, group in self.groups.items():
            checked = group.checkedId()
            rating = None if checked in (UNANSWERED, -1) else checked
            result[qid] = Answer(rating, self.notes[qid].text())
        return result

    def score(self) -> Score:
        return score_assessment(
            self.questionnaire, {qid: a.rating for qid, a in self.answers().items()}
        )


class AssessmentDialog(QDialog):
    """A new dated assessment of a customer, optionally of one contact and on one visit."""

    saved = Signal(int)  # the assessment id

    def __init__(
        self,
        ctx: UiContext,
        customer_id: int,
        parent: QWidget | None = None,
        visit_id: int | None = None,
        contact_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.record: AssessmentRecord | None = None
        customer = load_customer(self.ctx.app.user, customer_id)
        self.setWindowTitle(fill_args(self.tr("Assess %1"), customer.customer.name))
        self.intent_q = qn.current(self.ctx.app.user, "intent")
        self.quality_q = qn.current(self.ctx.app.user, "quality")
        self.thresholds = get_thresholds(self.ctx.app.user)

        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.contact_box = QComboBox()
        self.contact_box.addItem(self.tr("(the customer as a whole)"), None)
        for contact in customer.contacts:
            text = contact.name + (f" · {contact.position}" if contact.position else "")
            self.contact_box.addItem(text, int(contact.id))
        if contact_id is not None:
            self.contact_box.setCurrentIndex(max(0, self.contact_box.findData(contact_id)))
        self.visit_box = QComboBox()
        self.visit_box.addItem(self.tr("(not on a visit)"), None)
        for vid, start, matter in visit_choices(self.ctx.app.user, customer_id):
            self.visit_box.addItem(f"{start:%Y-%m-%d %H:%M}  {matter}".strip(), vid)
        if visit_id is not None:
            index = self.visit_box.findData(visit_id)
            if index < 0:
                self.visit_box.addItem(fill_args(self.tr("Visit %1"), visit_id), visit_id)
                index = self.visit_box.count() - 1
            self.visit_box.setCurrentIndex(index)
        self.notes_edit = QLineEdit()
        self.notes_edit.setPlaceholderText(self.tr("Overall note (optional)"))

        form = QFormLayout()
        form.addRow(self.tr("Customer"), QLabel(f"<b>{customer.customer.name}</b>"))
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Contact"), self.contact_box)
        form.addRow(self.tr("Visit"), self.visit_box)

        self.intent_label = QLabel()
        self.quality_label = QLabel()
        self.quadrant_label = QLabel()
        self.quadrant_label.setWordWrap(True)
        scores = QFrame()
        scores.setFrameShape(QFrame.Shape.StyledPanel)
        score_box = QVBoxLayout(scores)
        for label in (self.intent_label, self.quality_label):
            label.setTextFormat(Qt.TextFormat.RichText)
            score_box.addWidget(label)
        score_box.addWidget(self.quadrant_label)
        score_box.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(form, 3)
        top.addWidget(scores, 2)

        self.intent_page = QuestionnairePage(self.intent_q, ctx.lang)
        self.quality_page = QuestionnairePage(self.quality_q, ctx.lang)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.intent_page, self.intent_q.title_in(ctx.lang))
        self.tabs.addTab(self.quality_page, self.quality_q.title_in(ctx.lang))
        for page in (self.intent_page, self.quality_page):
            page.changed.connect(self.update_scores)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        hint = QLabel(
            self.tr(
                "Rate each question 1–5; the grey line says what 1, 3 and 5 mean. Leave “?” "
                "when you do not know: it is left out of the score."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.notes_edit)
        layout.addWidget(self.buttons)
        self.resize(900, 720)
        self.update_scores()

    def page(self, key: str) -> QuestionnairePage:
        return self.intent_page if key == "intent" else self.quality_page

    def _score_html(self, title: str, score: Score) -> str:
        answered = fill_args(self.tr("%1 of %2 answered"), score.answered, score.total)
        return (
            f"{title}: <span style='font-size: 16pt; font-weight: 600'>{score.text()}</span>"
            f"&nbsp;&nbsp;<span style='color: gray'>{answered}</span>"
        )

    def update_scores(self) -> None:
        intent, quality = self.intent_page.score(), self.quality_page.score()
        self.intent_label.setText(self._score_html(self.tr("Intent"), intent))
        self.quality_label.setText(self._score_html(self.tr("Quality"), quality))
        for index, (q, score) in enumerate(((self.intent_q, intent), (self.quality_q, quality))):
            self.tabs.setTabText(
                index, f"{q.title_in(self.ctx.lang)}  ({score.answered}/{score.total})"
            )
        quadrant = quadrant_of(intent.value, quality.value, self.thresholds)
        if quadrant is None:
            self.quadrant_label.setText(self.tr("Answer both questionnaires to see the quadrant."))
        else:
            self.quadrant_label.setText(
                f"<b>{tr_marked('Quadrant', QUADRANT_LABELS[quadrant])}</b> – "
                f"{tr_marked('Quadrant', QUADRANT_SHORT[quadrant])}"
            )

    def draft(self) -> AssessmentDraft:
        day = self.date_edit.date()
        return AssessmentDraft(
            customer_id=self.customer_id,
            assessed_on=dt.date(day.year(), day.month(), day.day()),
            intent=self.intent_page.answers(),
            quality=self.quality_page.answers(),
            contact_id=self.contact_box.currentData(),
            visit_id=self.visit_box.currentData(),
            notes=self.notes_edit.text(),
            intent_version_id=self.intent_q.version_id,
            quality_version_id=self.quality_q.version_id,
        )

    def save(self) -> None:
        draft = self.draft()
        if not any(a.rating for a in (*draft.intent.values(), *draft.quality.values())):
            QMessageBox.information(
                self, self.windowTitle(), self.tr("Rate at least one question before saving.")
            )
            return
        for edit in (
            self.notes_edit,
            *self.intent_page.notes.values(),
            *self.quality_page.notes.values(),
        ):
            edit.setStyleSheet("")
            edit.setToolTip("")
        try:
            self.record = save_assessment(self.ctx.app.user, draft)
        except ValidationFailed as error:
            QMessageBox.warning(self, self.windowTitle(), self._explain(error))
            return
        self.saved.emit(self.record.id)
        self.accept()

    def _explain(self, error: ValidationFailed) -> str:
        """Mark the notes that were refused and say why, one line each."""
        lines = []
        for e in error.errors:
            key, _, rest = e.field.partition(".")
            qid = rest.removesuffix(".note")
            if e.field == "notes":
                edit, where = self.notes_edit, self.tr("Overall note")
            elif key in ("intent", "quality") and qid in self.page(key).notes:
                page = self.page(key)
                number = [q.id for q in page.questionnaire.questions].index(qid) + 1
                edit = page.notes[qid]
                where = fill_args(
                    self.tr("%1, question %2"), self.tabs.tabText(self.tabs.indexOf(page)), number
                )
                self.tabs.setCurrentWidget(page)
            else:
                lines.append(f"{e.field}: {error_text(e)}")
                continue
            edit.setStyleSheet(MARKED)
            edit.setToolTip(error_text(e))
            lines.append(fill_args(self.tr("%1: %2"), where, error_text(e)))
        return "\n".join(lines)

    def has_input(self) -> bool:
        draft = self.draft()
        answers = (*draft.intent.values(), *draft.quality.values())
        return bool(draft.notes.strip() or any(a.rating or a.note.strip() for a in answers))

    def reject(self) -> None:
        """Cancel, Esc or the close button: ask first when something was answered."""
        if self.record is None and self.has_input():
            answer = ask_unsaved_assessment(self)
            if answer == SAVE:
                self.save()  # closes the dialog when saved
            if answer != DISCARD:
                return
        super().reject()
