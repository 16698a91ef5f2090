"""Settings: the interface language (used from the next start) and the shared pool's
auto-return (office settings; only the office may change them)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..i18n import LANGUAGE_NAMES, LANGUAGES, fill_args
from ..services.customers.pool import (
    NOTICE_DAYS_RANGE,
    RETURN_DAYS_RANGE,
    pool_settings,
    set_pool_settings,
)
from ..services.people.policy import is_office
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
        pool = self._pool_group()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(pool)
        layout.addWidget(buttons)

    def _pool_group(self) -> QGroupBox:
        self.pool = pool_settings(self.ctx.app.user)
        group = QGroupBox(self.tr("Shared pool"), self)
        self.return_days = QSpinBox(group)
        self.return_days.setObjectName("pool_return_days")
        self.return_days.setRange(*RETURN_DAYS_RANGE)
        self.return_days.setSpecialValueText(self.tr("Never"))
        self.return_days.setSuffix(self.tr(" days"))
        self.return_days.setValue(self.pool.return_days)
        self.notice_days = QSpinBox(group)
        self.notice_days.setObjectName("pool_notice_days")
        self.notice_days.setRange(*NOTICE_DAYS_RANGE)
        self.notice_days.setSuffix(self.tr(" days"))
        self.notice_days.setValue(self.pool.notice_days)
        explain = QLabel(
            self.tr(
                "A rep's customer without a done visit or a deal for this many days returns "
                "to the shared pool when an owner or clerk starts the program; the rep is "
                "told beforehand."
            ),
            group,
        )
        explain.setWordWrap(True)
        form = QFormLayout(group)
        form.addRow(self.tr("Return to the pool after:"), self.return_days)
        form.addRow(self.tr("Tell the rep before:"), self.notice_days)
        form.addRow(explain)
        if not is_office(self.ctx.app.user):
            self.return_days.setEnabled(False)
            self.notice_days.setEnabled(False)
            form.addRow(
                QLabel(self.tr("Only an owner or an office clerk may change these."), group)
            )
        return group

    def chosen_language(self) -> str | None:
        return self.language_combo.currentData() or None

    def accept(self) -> None:
        save_language(self.chosen_language())
        wanted = (self.return_days.value(), self.notice_days.value())
        if is_office(self.ctx.app.user) and wanted != (
            self.pool.return_days,
            self.pool.notice_days,
        ):
            set_pool_settings(self.ctx.app.user, *wanted)
        super().accept()
