"""The reply letter's editor (issue 13, item 3): the seven parts of the letter (services/
aftersale/letters.py), each in its own box to edit, in the letter's language (drafted again in
another on request); Save (Ctrl+S) keeps the parts with the complaint under the version check;
Print… saves, prints the letter on the letterhead in the print preview and keeps that PDF with
the complaint. Closing with unsaved edits asks first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...i18n import QT_TRANSLATE_NOOP, fill_args
from ...services.aftersale import letters
from ...services.common.errors import ConflictError, PermissionDenied, ValidationFailed
from ..common.messages import error_text
from ..context import UiContext

PART_TITLES = {
    "sympathy": QT_TRANSLATE_NOOP("LetterDialog", "1. Understanding and sympathy"),
    "causes": QT_TRANSLATE_NOOP("LetterDialog", "2. The objective causes"),
    "specifics": QT_TRANSLATE_NOOP("LetterDialog", "3. The specifics"),
    "actions": QT_TRANSLATE_NOOP("LetterDialog", "4. What we did"),
    "agreement": QT_TRANSLATE_NOOP("LetterDialog", "5. Agreement"),
    "compensation": QT_TRANSLATE_NOOP("LetterDialog", "6. The compensation offered"),
    "welcome": QT_TRANSLATE_NOOP("LetterDialog", "7. Welcome back"),
}
LANGUAGE_NAMES = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}


class LetterDialog(QDialog):
    saved = Signal(int)  # the complaint id

    def __init__(self, ctx: UiContext, complaint_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("LetterDialog")
        self.complaint_id = complaint_id
        self.letter: letters.Letter | None = None
        self.changed = False
        self.language_combo = QComboBox(self)
        for code in letters.LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.redraft_button = QPushButton(self.tr("&Draft again"), self)
        self.subject_label = QLabel(self)
        self.subject_label.setWordWrap(True)
        self.salutation_label = QLabel(self)
        self.edits: dict[str, QPlainTextEdit] = {}
        self.errors: dict[str, QLabel] = {}
        form_widget = QWidget(self)
        form = QFormLayout(form_widget)
        for name in letters.PARTS:
            edit = QPlainTextEdit(form_widget)
            edit.setObjectName(f"part_{name}")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
            edit.textChanged.connect(self._edited)
            error = QLabel(form_widget)
            error.setStyleSheet("color: #b91c1c;")
            error.setWordWrap(True)
            error.hide()
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(edit)
            box.addWidget(error)
            form.addRow(QCoreApplication.translate("LetterDialog", PART_TITLES[name]), box)
            self.edits[name], self.errors[name] = edit, error
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Language"), self))
        top.addWidget(self.language_combo)
        top.addWidget(self.redraft_button)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        for button in (self.save_button, self.print_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.subject_label)
        layout.addWidget(self.salutation_label)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)
        printing = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        printing.activated.connect(self.print_letter)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_letter)
        self.close_button.clicked.connect(self.close)
        self.redraft_button.clicked.connect(self.redraft)
        self.language_combo.activated.connect(lambda _i: self.redraft())
        self.resize(720, 640)
        self._load(lambda: letters.letter_of(ctx.app.user, complaint_id, self._reader_language()))

    # ------------------------------------------------------------ reading
    def _reader_language(self) -> str:
        """A saved letter keeps its own language; a fresh one is drafted in the reader's."""
        return self.ctx.lang if self.ctx.lang in letters.LANGUAGES else "zh_CN"

    def _load(self, read: object) -> bool:
        try:
            letter = read()  # type: ignore[operator]
        except (ValidationFailed, PermissionDenied, ConflictError) as error:
            QMessageBox.warning(self, self.tr("Reply letter"), str(error))
            return False
        self._show(letter)
        return True

    def _show(self, letter: letters.Letter) -> None:
        self.letter = letter
        self.setWindowTitle(
            fill_args(self.tr("Reply letter — complaint %1, %2"), str(letter.complaint_id),
                      letter.recipient)
        )  # fmt: skip
        self.language_combo.setCurrentIndex(self.language_combo.findData(letter.language))
        self.subject_label.setText(f"<b>{_escape(letter.subject)}</b>")
        self.salutation_label.setText(_escape(letter.salutation))
        for name, text in letter.parts:
            edit = self.edits[name]
            edit.blockSignals(True)
            edit.setPlainText(text)
            edit.blockSignals(False)
            self.errors[name].hide()
        self.changed = not letter.saved  # a fresh draft is not kept yet
        self.status_label.setText(
            self.tr("Saved with the complaint.") if letter.saved else self.tr("A new draft.")
        )

    def _edited(self) -> None:
        self.changed = True
        self.status_label.setText(self.tr("Edited, not saved yet."))

    def parts(self) -> dict[str, str]:
        return {name: edit.toPlainText() for name, edit in self.edits.items()}

    # ------------------------------------------------------------ actions
    def redraft(self) -> None:
        """Draft the letter again from the complaint in the chosen language (asks first when
        edits would be lost)."""
        language = str(self.language_combo.currentData())
        if self._typed():
            answer = QMessageBox.question(
                self,
                self.tr("Draft again"),
                self.tr("Draft the letter again from the complaint? Your edits are replaced."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                if self.letter is not None:
                    self.language_combo.setCurrentIndex(
                        self.language_combo.findData(self.letter.language)
                    )
                return
        self._load(lambda: letters.draft_letter(self.ctx.app.user, self.complaint_id, language))

    def _typed(self) -> bool:
        """Whether the boxes differ from the letter last shown (saved or drafted)."""
        if self.letter is None:
            return False
        return self.parts() != dict(self.letter.parts)

    def save(self) -> bool:
        letter = self.letter
        if letter is None:
            return False
        for label in self.errors.values():
            label.hide()
        try:
            saved = letters.save_letter(
                self.ctx.app.user, self.complaint_id, letter.language, self.parts(), letter.version
            )
        except ValidationFailed as failed:
            for problem in failed.errors:
                beside = self.errors.get(problem.field.removeprefix("parts."))
                if beside is not None:
                    beside.setText(error_text(problem))
                    beside.show()
                else:
                    self.status_label.setText(error_text(problem))
            return False
        except ConflictError:
            QMessageBox.warning(
                self,
                self.tr("Reply letter"),
                self.tr(
                    "Someone changed this complaint since the letter was opened. Close the "
                    "letter and open it again; copy your text first if you need it."
                ),
            )
            return False
        except PermissionDenied as error:
            QMessageBox.warning(self, self.tr("Reply letter"), str(error))
            return False
        self._show(saved)
        self.saved.emit(self.complaint_id)
        return True

    def print_letter(self) -> None:
        """Save, then the letter on the letterhead in the print preview; the PDF is kept."""
        if (self.changed or self.letter is None or not self.letter.saved) and not self.save():
            return
        from ...reports.base import no_translation
        from ...reports.complaint_letter import LetterParameters, letter_pdf
        from ..common.print_preview import PrintPreviewDialog

        user = self.ctx.app.user
        assert self.letter is not None
        try:
            pdf = letter_pdf(user, LetterParameters(self.complaint_id, self.letter.language),
                             no_translation)  # fmt: skip
            letters.keep_printed(user, self.complaint_id, pdf)
        except (ValidationFailed, PermissionDenied, ConflictError) as error:
            QMessageBox.warning(self, self.tr("Reply letter"), str(error))
            return
        self.preview = PrintPreviewDialog(pdf, self.tr("Reply letter"), parent=self)
        self.preview.open()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self._typed():
            answer = QMessageBox.question(
                self,
                self.tr("Reply letter"),
                self.tr("Save the changes to the letter?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                event.ignore()
                return
        event.accept()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
