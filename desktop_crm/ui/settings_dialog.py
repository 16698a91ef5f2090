"""Settings: the interface language (used from the next start), the shared pool's
auto-return, the complaints' deadline, the "satisfied" mark and the reminders' lead days, and
the letterhead of reply letters (office settings; only the office may change them)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..i18n import LANGUAGE_NAMES, LANGUAGES, fill_args
from ..services.aftersale.letters import letterhead, set_letterhead
from ..services.aftersale.settings import (
    LEAD_DAYS_RANGE,
    SATISFIED_RANGE,
    AfterSaleSettings,
    aftersale_settings,
    set_aftersale_settings,
)
from ..services.common.errors import ValidationFailed
from ..services.customers.pool import (
    NOTICE_DAYS_RANGE,
    RETURN_DAYS_RANGE,
    pool_settings,
    set_pool_settings,
)
from ..services.people.policy import is_office
from .common.messages import error_text
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
        layout.addWidget(self._aftersale_group())
        layout.addWidget(self._letterhead_group())
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

    def _aftersale_group(self) -> QGroupBox:
        self.aftersale = aftersale_settings(self.ctx.app.user)
        a = self.aftersale
        group = QGroupBox(self.tr("Complaints, surveys and reminders"), self)

        def spin(name: str, low: int, high: int, value: int, suffix: str) -> QSpinBox:
            box = QSpinBox(group)
            box.setObjectName(name)
            box.setRange(low, high)
            box.setValue(value)
            box.setSuffix(suffix)
            return box

        hours = self.tr(" hours")
        self.inside_hours = spin("inside_hours", 1, 720, a.inside_hours, hours)
        self.outside_hours = spin("outside_hours", 1, 720, a.outside_hours, hours)
        self.soon_hours = spin("soon_hours", 0, 720, a.soon_hours, hours)
        self.satisfied_from = spin("satisfied_from", *SATISFIED_RANGE, a.satisfied_from, "")
        self.lead_days = spin("lead_days", *LEAD_DAYS_RANGE, a.lead_days, self.tr(" days"))
        self.home_region = QLineEdit("、".join(a.home_region), group)
        self.home_region.setObjectName("home_region")
        self.home_region.setPlaceholderText(
            self.tr("e.g. 上海、江苏 (empty: the office's province)")
        )
        self.aftersale_error = QLabel(group)
        self.aftersale_error.setStyleSheet("color: #b91c1c;")
        self.aftersale_error.setWordWrap(True)
        self.aftersale_error.hide()
        form = QFormLayout(group)
        form.addRow(self.tr("Answer a complaint inside the home region within:"), self.inside_hours)
        form.addRow(self.tr("… outside it within:"), self.outside_hours)
        form.addRow(self.tr("Home region (provinces or cities):"), self.home_region)
        form.addRow(self.tr("Due soon when less than this is left:"), self.soon_hours)
        form.addRow(self.tr("A satisfaction index counts as satisfied from:"), self.satisfied_from)
        form.addRow(self.tr("Remind of birthdays and anniversaries ahead:"), self.lead_days)
        form.addRow(self.aftersale_error)
        if not is_office(self.ctx.app.user):
            for widget in (self.inside_hours, self.outside_hours, self.soon_hours,
                           self.satisfied_from, self.lead_days, self.home_region):  # fmt: skip
                widget.setEnabled(False)
        return group

    def wanted_aftersale(self) -> AfterSaleSettings:
        names = [
            n.strip() for n in re.split(r"[,，、;；\s]+", self.home_region.text()) if n.strip()
        ]
        return AfterSaleSettings(
            inside_hours=self.inside_hours.value(),
            outside_hours=self.outside_hours.value(),
            home_region=tuple(names),
            soon_hours=self.soon_hours.value(),
            satisfied_from=self.satisfied_from.value(),
            lead_days=self.lead_days.value(),
        )

    def _letterhead_group(self) -> QGroupBox:
        self.head = letterhead(self.ctx.app.user)
        self.logo = self.head.logo
        group = QGroupBox(self.tr("Letterhead of reply letters"), self)
        self.office_name = QLineEdit(self.head.name, group)
        self.office_address = QLineEdit(self.head.address, group)
        self.office_phone = QLineEdit(self.head.phone, group)
        self.logo_label = QLabel(group)
        self.logo_label.setFixedSize(120, 40)
        self.logo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        choose = QPushButton(self.tr("Choose logo…"), group)
        remove = QPushButton(self.tr("Remove"), group)
        choose.clicked.connect(self._choose_logo)
        remove.clicked.connect(lambda: self._show_logo(b""))
        row = QHBoxLayout()
        row.addWidget(self.logo_label)
        row.addWidget(choose)
        row.addWidget(remove)
        row.addStretch(1)
        form = QFormLayout(group)
        form.addRow(self.tr("Office name:"), self.office_name)
        form.addRow(self.tr("Address:"), self.office_address)
        form.addRow(self.tr("Phone:"), self.office_phone)
        form.addRow(self.tr("Logo:"), row)
        self._show_logo(self.logo)
        if not is_office(self.ctx.app.user):
            for widget in (
                self.office_name,
                self.office_address,
                self.office_phone,
                choose,
                remove,
            ):
                widget.setEnabled(False)
        return group

    def _show_logo(self, data: bytes) -> None:
        self.logo = data
        picture = QPixmap()
        if data and picture.loadFromData(data):
            self.logo_label.setPixmap(picture.scaled(120, 40, Qt.AspectRatioMode.KeepAspectRatio))
        else:
            self.logo_label.setPixmap(QPixmap())
            self.logo_label.setText(self.tr("(no logo)"))

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose logo"), "", self.tr("Pictures (*.png *.jpg *.jpeg)")
        )
        if path:
            try:
                self._show_logo(Path(path).read_bytes())
            except OSError as error:
                QMessageBox.warning(self, self.tr("Choose logo"), str(error))

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
        wanted_aftersale = self.wanted_aftersale()
        if is_office(self.ctx.app.user) and wanted_aftersale != self.aftersale:
            try:
                set_aftersale_settings(self.ctx.app.user, wanted_aftersale)
            except ValidationFailed as failed:
                self.aftersale_error.setText("\n".join(error_text(e) for e in failed.errors))
                self.aftersale_error.show()
                return
        head = (self.office_name.text(), self.office_address.text(), self.office_phone.text())
        if is_office(self.ctx.app.user) and (
            head != (self.head.name, self.head.address, self.head.phone)
            or self.logo != self.head.logo
        ):
            try:
                set_letterhead(self.ctx.app.user, *head, self.logo)
            except ValidationFailed as failed:
                QMessageBox.warning(
                    self, self.windowTitle(), "\n".join(error_text(e) for e in failed.errors)
                )
                return
        super().accept()
