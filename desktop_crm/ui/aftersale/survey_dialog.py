"""The survey dialog: enter a customer's answers to a satisfaction or relationship survey.

One row per item of the kind's template with a radio button per level of its scale (Tab goes
from item to item, 1-5 or Space ticks a level, the arrow keys move it); the score is shown
live, computed by the service's own rule; every service error is shown beside its field or
item."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...i18n import QT_TRANSLATE_NOOP, fill_args
from ...services.aftersale import surveys
from ...services.analysis.questionnaires import Questionnaire
from ...services.common.errors import ConflictError, FieldError, ValidationFailed
from ...services.customers.queries import contacts_of, customer_names
from ..common.customer_picker import CustomerPicker, customer_caption
from ..common.messages import error_text
from ..common.styles import ERROR_STYLE
from ..context import UiContext

KIND_LABELS = (
    (surveys.SATISFACTION_KIND, QT_TRANSLATE_NOOP("Survey", "Satisfaction")),
    (surveys.RELATIONSHIP_KIND, QT_TRANSLATE_NOOP("Survey", "Relationship")),
)


def kind_label(kind: str) -> str:
    from PySide6.QtCore import QCoreApplication

    for code, label in KIND_LABELS:
        if code == kind:
            return QCoreApplication.translate("Survey", label)
    return kind


def score_text(score: float | None) -> str:
    """A score as the screens show it: one decimal, "–" for none."""
    return "–" if score is None else f"{score:.1f}"


class LevelButton(QRadioButton):
    """One level of one item. Besides Space and the arrow keys, the digits 1-5 tick the
    row's first to fifth level, so a survey read off paper is typed without the mouse."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        group = self.group()
        digit = event.key() - Qt.Key.Key_1
        if group is not None and 0 <= digit < len(group.buttons()):
            chosen = group.buttons()[digit]
            chosen.setChecked(True)
            chosen.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        super().keyPressEvent(event)


class SurveyDialog(QDialog):
    """New (optionally for `customer_id`, of `kind`) or edit (`survey_id`)."""

    saved = Signal(int)  # the survey id

    def __init__(
        self,
        ctx: UiContext,
        survey_id: int | None = None,
        *,
        customer_id: int | None = None,
        kind: str = surveys.SATISFACTION_KIND,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("SurveyDialog")
        self.survey_id = survey_id
        self.version: int | None = None
        self.lang = ctx.lang
        user = ctx.app.user
        self.threshold = surveys.satisfied_from(user)
        self.setWindowTitle(self.tr("New survey") if survey_id is None else self.tr("Survey"))
        self.customer_edit = CustomerPicker(ctx, self)
        self.customer_edit.changed.connect(self._customer_changed)
        self.kind_combo = QComboBox(self)
        for code, _label in KIND_LABELS:
            self.kind_combo.addItem(kind_label(code), code)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(QDate.currentDate())
        self.contact_combo = QComboBox(self)
        self.contact_combo.addItem(self.tr("(none)"), None)
        self.notes_edit = QLineEdit(self)
        self.notes_edit.setPlaceholderText(self.tr("What the customer added, in their words"))
        self.score_label = QLabel(self)
        self.score_label.setObjectName("score_label")
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for name, label, editor in (
            ("customer_id", self.tr("Customer"), self.customer_edit),
            ("kind", self.tr("Survey"), self.kind_combo),
            ("surveyed_on", self.tr("Date"), self.date_edit),
            ("contact_id", self.tr("Contact"), self.contact_combo),
            ("notes", self.tr("Notes"), self.notes_edit),
        ):
            form.addRow(QLabel(label, self), self._with_error(name, editor))
        self.items = QWidget(self)
        self.grid = QGridLayout(self.items)
        self.grid.setHorizontalSpacing(14)
        self.groups: dict[str, QButtonGroup] = {}
        self.questionnaire: Questionnaire | None = None
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.items)
        self.answers_error = self._error_label("answers")
        self.keys_hint = QLabel(
            self.tr("Tab: the next item · 1–5 or Space: tick a level · arrows: another level"),
            self,
        )
        self.keys_hint.setStyleSheet("color: palette(mid);")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.answers_error)
        layout.addWidget(self.keys_hint)
        layout.addWidget(self.score_label)
        layout.addWidget(self.buttons)
        self.resize(820, 640)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._show_items())
        if survey_id is not None:
            self.load(survey_id)
        else:
            self._show_items()
            if customer_id is not None:
                names = customer_names(user, customer_id)
                if names is not None:
                    self.customer_edit.set_customer(customer_id, customer_caption(*names))
                    self._customer_changed()
        self.customer_edit.setFocus()

    # ------------------------------------------------------------ building
    def _error_label(self, name: str) -> QLabel:
        error = QLabel(self)
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        self.errors[name] = error
        return error

    def _with_error(self, name: str, editor: QWidget) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(1)
        box.addWidget(editor)
        box.addWidget(self._error_label(name))
        return box

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def _show_items(self, questionnaire: Questionnaire | None = None) -> None:
        """One row per item of the kind's template (the current version, or the survey's)."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for name in [n for n in self.errors if n.startswith("answers.")]:
            del self.errors[name]
        self.groups = {}
        self.questionnaire = questionnaire or surveys.template(self.ctx.app.user, self.kind())
        scale = self.questionnaire.scale
        weighted = self.kind() == surveys.SATISFACTION_KIND
        self.grid.addWidget(QLabel(self.tr("Item"), self.items), 0, 0)
        if weighted:
            self.grid.addWidget(QLabel(self.tr("Weight"), self.items), 0, 1)
        for column, level in enumerate(scale, start=2):
            header = QLabel(level.label(self.lang), self.items)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(header, 0, column)
        row = 1
        for number, question in enumerate(self.questionnaire.questions, start=1):
            text = QLabel(f"{number}. {question.label(self.lang)}", self.items)
            text.setWordWrap(True)
            self.grid.addWidget(text, row, 0)
            if weighted:
                self.grid.addWidget(QLabel(f"{question.weight:g}", self.items), row, 1)
            group = QButtonGroup(self.items)
            group.setExclusive(True)
            for column, level in enumerate(scale, start=2):
                button = LevelButton(self.items)
                button.setObjectName(f"{question.id}:{level.level}")
                button.setAccessibleName(f"{question.label(self.lang)}: {level.label(self.lang)}")
                button.setToolTip(level.label(self.lang))
                group.addButton(button, level.level)
                self.grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignCenter)
            group.idToggled.connect(lambda _id, _on: self._update_score())
            self.groups[question.id] = group
            error = self._error_label(f"answers.{question.id}")
            self.grid.addWidget(error, row + 1, 0, 1, 2 + len(scale))
            row += 2
        self.grid.setColumnStretch(0, 1)
        self.grid.setRowStretch(row, 1)
        self._update_score()

    def _customer_changed(self) -> None:
        self.contact_combo.clear()
        self.contact_combo.addItem(self.tr("(none)"), None)
        customer_id = self.customer_edit.customer_id()
        if customer_id is None:
            return
        for contact in contacts_of(self.ctx.app.user, customer_id):
            self.contact_combo.addItem(str(contact.name), int(contact.id))

    # ------------------------------------------------------------ values
    def answers(self) -> dict[str, int]:
        return {
            item: group.checkedId() for item, group in self.groups.items() if group.checkedId() > -1
        }

    def set_answer(self, item_id: str, level: int) -> None:
        """Tick `level` for item `item_id` (what a click on its radio button does)."""
        button = self.groups[item_id].button(level)
        if button is not None:
            button.setChecked(True)

    def _update_score(self) -> None:
        if self.questionnaire is None:
            return
        answers = self.answers()
        score = surveys.survey_score(self.questionnaire, answers)
        counted = fill_args(
            self.tr("%1 of %2 answered"), str(len(answers)), str(len(self.questionnaire.questions))
        )
        if self.kind() == surveys.SATISFACTION_KIND:
            verdict = surveys.is_satisfied(self.kind(), score, self.threshold)
            said = (
                ""
                if verdict is None
                else fill_args(self.tr("satisfied (from %1)"), str(self.threshold))
                if verdict
                else fill_args(self.tr("not satisfied (below %1)"), str(self.threshold))
            )
            text = fill_args(self.tr("Satisfaction index: %1"), score_text(score))
        else:
            said = ""
            text = fill_args(self.tr("Relationship score: %1"), score_text(score))
        self.score_label.setText("  ·  ".join(t for t in (text, said, counted) if t))

    def load(self, survey_id: int) -> None:
        user = self.ctx.app.user
        record = surveys.load_survey(user, survey_id)
        self.survey_id, self.version = record.id, record.version
        names = customer_names(user, record.customer_id)
        caption = customer_caption(*names) if names else record.customer_name
        self.customer_edit.set_customer(record.customer_id, caption)
        self._customer_changed()
        self.contact_combo.setCurrentIndex(max(self.contact_combo.findData(record.contact_id), 0))
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(record.kind), 0))
        self.kind_combo.blockSignals(False)
        self.kind_combo.setEnabled(False)  # a survey keeps its kind
        day = record.surveyed_on
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.notes_edit.setText(record.notes)
        self._show_items(surveys.template_version(user, record.template_version_id))
        for item, level in record.answers.items():
            if item in self.groups:
                self.set_answer(item, level)

    def draft(self) -> surveys.SurveyDraft:
        surveyed_on: dt.date = self.date_edit.date().toPython()  # type: ignore[assignment]
        return surveys.SurveyDraft(
            customer_id=self.customer_edit.customer_id() or 0,
            kind=self.kind(),
            answers=self.answers(),
            surveyed_on=surveyed_on,
            contact_id=self.contact_combo.currentData(),
            notes=self.notes_edit.text(),
            id=self.survey_id,
            version=self.version,
        )

    def show_errors(self, errors: list[FieldError]) -> None:
        for label in self.errors.values():
            label.hide()
        unplaced: list[FieldError] = []
        for error in errors:
            shown = self.errors.get(error.field)
            if shown is None:
                unplaced.append(error)
                continue
            shown.setText(error_text(error))
            shown.show()
        if unplaced:
            QMessageBox.warning(
                self, self.windowTitle(), "\n".join(error_text(e) for e in unplaced)
            )

    # ------------------------------------------------------------ actions
    def save(self) -> bool:
        if self.customer_edit.customer_id() is None:
            self.show_errors([FieldError("customer_id", "required")])
            return False
        try:
            record = surveys.save_survey(self.ctx.app.user, self.draft())
        except ValidationFailed as failed:
            self.show_errors(failed.errors)
            return False
        except ConflictError:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr(
                    "Someone else changed this survey after you opened it. It is shown again "
                    "as it is now; please redo your change."
                ),
            )
            if self.survey_id is not None:
                self.load(self.survey_id)
            return False
        self.survey_id, self.version = record.id, record.version
        self.saved.emit(record.id)
        self.accept()
        return True
