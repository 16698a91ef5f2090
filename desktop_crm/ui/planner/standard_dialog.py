"""The daily visit standard (拜访标准) for the office and per rep, and the office time zone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...i18n import fill_args
from ...services.people.users import sales_reps
from ...services.visits.standards import (
    MAX_DAILY_VISITS,
    VisitStandard,
    office_standard,
    office_timezone,
    own_rep_standard,
    set_office_standard,
    set_office_timezone,
    set_rep_standard,
)
from ..context import UiContext

ZONES = (
    "Asia/Shanghai",
    "Asia/Taipei",
    "Asia/Hong_Kong",
    "Asia/Macau",
    "Asia/Singapore",
    "Asia/Kuala_Lumpur",
    "Asia/Tokyo",
    "Europe/London",
    "America/Los_Angeles",
)


def _pair(parent: QWidget) -> tuple[QSpinBox, QSpinBox, QHBoxLayout]:
    existing, new = QSpinBox(parent), QSpinBox(parent)
    for spin in (existing, new):
        spin.setRange(0, MAX_DAILY_VISITS)
    row = QHBoxLayout()
    row.addWidget(existing)
    row.addWidget(QLabel(QCoreApplication.translate("PlannerStandardDialog", "existing +"), parent))
    row.addWidget(new)
    row.addWidget(
        QLabel(QCoreApplication.translate("PlannerStandardDialog", "new per working day"), parent)
    )
    row.addStretch(1)
    return existing, new, row


class PlannerStandardDialog(QDialog):
    def __init__(self, ctx: UiContext, rep_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("PlannerStandardDialog")
        self.setWindowTitle(self.tr("Daily visit standard"))
        form = QFormLayout()
        self.office_existing, self.office_new, office_row = _pair(self)
        std = office_standard(self.ctx.app.user)
        self.office_existing.setValue(std.existing)
        self.office_new.setValue(std.new)
        form.addRow(self.tr("Office"), office_row)
        self.rep_combo = QComboBox(self)
        for rep in sales_reps(self.ctx.app.user):
            if rep.role == "rep":
                self.rep_combo.addItem(rep.name, rep.id)
        self.own_check = QCheckBox(self.tr("This rep has an own standard"), self)
        self.rep_existing, self.rep_new, rep_row = _pair(self)
        form.addRow(self.tr("Rep"), self.rep_combo)
        form.addRow("", self.own_check)
        form.addRow("", rep_row)
        self.zone_combo = QComboBox(self)
        self.zone_combo.setEditable(True)
        self.zone_combo.addItems(ZONES)
        self.zone_combo.setCurrentText(office_timezone(self.ctx.app.user))
        form.addRow(self.tr("Office time zone"), self.zone_combo)
        self._own: dict[int, VisitStandard | None] = {}
        self.rep_combo.currentIndexChanged.connect(self._show_rep)
        self.own_check.toggled.connect(self._own_toggled)
        for spin in (self.rep_existing, self.rep_new):
            spin.valueChanged.connect(self._rep_edited)
        index = self.rep_combo.findData(rep_id) if rep_id is not None else 0
        self.rep_combo.setCurrentIndex(max(0, index))
        self._show_rep()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b91c1c;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _current_rep(self) -> int | None:
        data = self.rep_combo.currentData()
        return int(data) if data is not None else None

    def _show_rep(self) -> None:
        rep = self._current_rep()
        if rep is None:
            return
        if rep not in self._own:
            self._own[rep] = own_rep_standard(self.ctx.app.user, rep)
        own_std = self._own[rep]
        shown = own_std or office_standard(self.ctx.app.user)
        self.own_check.blockSignals(True)
        self.own_check.setChecked(own_std is not None)
        self.own_check.blockSignals(False)
        for spin, value in ((self.rep_existing, shown.existing), (self.rep_new, shown.new)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.setEnabled(own_std is not None)
            spin.blockSignals(False)

    def _own_toggled(self, on: bool) -> None:
        rep = self._current_rep()
        if rep is None:
            return
        self._own[rep] = (
            VisitStandard(self.rep_existing.value(), self.rep_new.value()) if on else None
        )
        self.rep_existing.setEnabled(on)
        self.rep_new.setEnabled(on)

    def _rep_edited(self) -> None:
        rep = self._current_rep()
        if rep is not None and self.own_check.isChecked():
            self._own[rep] = VisitStandard(self.rep_existing.value(), self.rep_new.value())

    def save(self) -> None:
        try:
            set_office_timezone(self.ctx.app.user, self.zone_combo.currentText().strip())
        except Exception:  # noqa: BLE001 - an unknown zone name
            self.error_label.setText(
                fill_args(self.tr("Unknown time zone: %1"), self.zone_combo.currentText())
            )
            return
        set_office_standard(
            self.ctx.app.user, VisitStandard(self.office_existing.value(), self.office_new.value())
        )
        for rep, std in self._own.items():
            set_rep_standard(self.ctx.app.user, rep, std)
        self.accept()
