"""Edit a questionnaire: wording (in the interface language), anchors, weights, reverse
scoring, added or removed questions. Saving stores a new version; old assessments keep theirs."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import fill_args
from ...services.analysis import questionnaires as qn
from ...services.analysis.questionnaires import Question, Questionnaire
from ..common.table_items import filled_item
from ..context import UiContext

TEXT, WEIGHT, REVERSE, A1, A3, A5 = range(6)


def ask_unsaved_template(parent: QWidget) -> str:
    """save / discard / cancel for questionnaire edits not yet stored (tests replace this)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("TemplateEditor", "Questionnaire"))
    box.setText(
        QCoreApplication.translate(
            "TemplateEditor", "The questionnaire has edits not saved as a new version."
        )
    )
    box.setInformativeText(QCoreApplication.translate("TemplateEditor", "Save them?"))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


class TemplateEditor(QWidget):
    saved = Signal(str)  # the questionnaire key

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = ctx.lang
        self.chooser = QComboBox()
        for key in qn.QUESTIONNAIRE_KEYS:
            self.chooser.addItem(qn.load_default(key).title_in(self.lang), key)
        self.chooser.currentIndexChanged.connect(self._chooser_changed)
        self.version_label = QLabel()
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Question"),
                self.tr("Weight"),
                self.tr("Reverse"),
                self.tr("1 means"),
                self.tr("3 means"),
                self.tr("5 means"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((WEIGHT, 60), (REVERSE, 64), (A1, 150), (A3, 150), (A5, 150)):
            self.table.setColumnWidth(column, width)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        # rows follow the wrapped text; recomputed when columns change width (ten-odd rows)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.add_button = QPushButton(self.tr("Add question"))
        self.remove_button = QPushButton(self.tr("Remove question"))
        self.save_button = QPushButton(self.tr("Save as new version…"))
        self.revert_button = QPushButton(self.tr("Discard changes"))
        self.add_button.clicked.connect(self.add_question)
        self.remove_button.clicked.connect(self.remove_question)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.reload)
        note = QLabel(
            self.tr(
                "Texts are edited in the interface language. Saving makes a new version: "
                "assessments already saved keep the version they were answered against and "
                "score exactly as before."
            )
        )
        note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.chooser)
        top.addWidget(self.version_label, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.current: Questionnaire | None = None
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        QTimer.singleShot(0, self.table.resizeRowsToContents)

    @property
    def key(self) -> str:
        return str(self.chooser.currentData())

    def is_dirty(self) -> bool:
        """Whether the table differs from the version in use (a bad weight counts as a change)."""
        if self.current is None:
            return False
        try:
            return self.edited().questions != self.current.questions
        except ValueError:
            return True

    def maybe_leave(self) -> bool:
        """Ask about unsaved edits; False when the user wants to stay."""
        if not self.is_dirty():
            return True
        answer = ask_unsaved_template(self)
        if answer == "save":
            return self.save()
        return answer == "discard"

    def _chooser_changed(self) -> None:
        shown = self.current.key if self.current is not None else self.key
        if shown != self.key and not self.maybe_leave():
            self.chooser.blockSignals(True)
            self.chooser.setCurrentIndex(self.chooser.findData(shown))
            self.chooser.blockSignals(False)
            return
        self.reload()

    def reload(self) -> None:
        self.current = qn.current(self.ctx.app.user, self.key)
        count = len(qn.versions(self.ctx.app.user, self.key))
        self.version_label.setText(
            fill_args(
                self.tr("Version %1 in use; %2 version(s) stored."), self.current.number, count
            )
        )
        self.table.setRowCount(0)
        for question in self.current.questions:
            self._append(question)
        self.table.resizeRowsToContents()

    def _append(self, question: Question) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        text = QTableWidgetItem(question.label(self.lang))
        text.setData(Qt.ItemDataRole.UserRole, question)
        self.table.setItem(row, TEXT, text)
        self.table.setItem(row, WEIGHT, QTableWidgetItem(f"{question.weight:g}"))
        reverse = QTableWidgetItem()
        reverse.setFlags(reverse.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        reverse.setCheckState(
            Qt.CheckState.Checked if question.reverse else Qt.CheckState.Unchecked
        )
        reverse.setFlags(reverse.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, REVERSE, reverse)
        for column, rating in ((A1, 1), (A3, 3), (A5, 5)):
            self.table.setItem(row, column, QTableWidgetItem(question.anchor(rating, self.lang)))

    def add_question(self) -> None:
        used = {self._question(r).id for r in range(self.table.rowCount())}
        qid = qn.next_question_id(self.ctx.app.user, self.key)
        n = int(qid.rsplit(".", 1)[1])
        while qid in used:
            n += 1
            qid = f"{self.key}.{n}"
        self._append(Question(qid, {}, {}))
        self.table.setCurrentCell(self.table.rowCount() - 1, TEXT)
        self.table.editItem(filled_item(self.table, self.table.rowCount() - 1, TEXT))

    def remove_question(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedItems()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)

    def _question(self, row: int) -> Question:
        question = filled_item(self.table, row, TEXT).data(Qt.ItemDataRole.UserRole)
        assert isinstance(question, Question)
        return question

    def edited(self) -> Questionnaire:
        """The questionnaire as the table shows it (raises ValueError on a bad weight)."""
        assert self.current is not None
        questions = []
        for row in range(self.table.rowCount()):
            old = self._question(row)
            text = filled_item(self.table, row, TEXT).text().strip()
            texts = dict(old.text)
            if not old.text:  # a new question: one text for every language until translated
                texts = dict.fromkeys(qn.LANGS, text)
            elif text != old.label(self.lang):
                texts[self.lang] = text
            anchors = {r: dict(t) for r, t in old.anchors.items()}
            for column, rating in ((A1, 1), (A3, 3), (A5, 5)):
                value = filled_item(self.table, row, column).text().strip()
                if value != old.anchor(rating, self.lang):
                    anchors.setdefault(rating, {})
                    if not old.text:
                        anchors[rating] = dict.fromkeys(qn.LANGS, value)
                    else:
                        anchors[rating][self.lang] = value
            weight = float(filled_item(self.table, row, WEIGHT).text().replace(",", "."))
            reverse = filled_item(self.table, row, REVERSE).checkState() == Qt.CheckState.Checked
            questions.append(
                replace(old, text=texts, anchors=anchors, weight=weight, reverse=reverse)
            )
        return replace(self.current, questions=tuple(questions))

    def _explain(self, error: qn.TemplateError) -> str:
        """The service's refusal in the interface language, naming the question by its row."""
        rows = [self._question(r).id for r in range(self.table.rowCount())]
        number = str(rows.index(error.question_id) + 1) if error.question_id in rows else "?"
        texts = {
            "no_questions": self.tr("A questionnaire needs at least one question."),
            "weight": self.tr("Question %1: the weight must be a number above 0, at most 100."),
            "no_text": self.tr("Question %1 has no text."),
            "control_char": self.tr(
                "Question %1: a text is too long or holds invisible control characters."
            ),
        }
        return fill_args(texts.get(error.code, str(error)), number)

    def save(self) -> bool:
        """Store the table as a new version; True when stored."""
        try:
            edited = self.edited()
        except ValueError:
            QMessageBox.warning(
                self, self.tr("Questionnaire"), self.tr("A weight must be a number above 0.")
            )
            return False
        note, ok = QInputDialog.getText(
            self, self.tr("Save as new version"), self.tr("What changed (optional):")
        )
        if not ok:
            return False
        try:
            stored = qn.save_new_version(self.ctx.app.user, edited, note)
        except qn.TemplateError as error:
            QMessageBox.warning(self, self.tr("Questionnaire"), self._explain(error))
            return False
        self.reload()
        self.saved.emit(self.key)
        QMessageBox.information(
            self,
            self.tr("Questionnaire"),
            fill_args(self.tr("Version %1 is now in use."), stored.number),
        )
        return True
