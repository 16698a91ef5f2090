"""Settings: the interface language (used from the next start)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..i18n import LANGUAGE_NAMES, LANGUAGES, fill_args
from .context import UiContext
from .i18n import save_language, saved_language, system_language

FOLLOW_SYSTEM = ""


class SettingsDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.language_combo = QComboBox(self)
        system = LANGUAGE_NAMES.get(system_language(), system_language())
        self.language_combo.addItem(
            fill_args(self.tr("Follow the system (%1)"), system), FOLLOW_SYSTEM
        )
        for lang in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[lang], lang)
        current = saved_language() or FOLLOW_SYSTEM
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(current), 0))
        note = QLabel(self.tr("A new language is used the next time Desktop CRM starts."), self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen_language(self) -> str | None:
        return self.language_combo.currentData() or None

    def accept(self) -> None:
        save_language(self.chosen_language())
        super().accept()
