"""The stages editor (the office's): the open stages in order, each with its default
probability; rename, add, remove, move up and down. Won and lost stay as they are."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import fill_args
from ...services.common.errors import FieldError, ValidationFailed
from ...services.owner import pipeline
from ..common.messages import error_text
from ..context import UiContext
from .opportunity_dialog import stage_label

CODE_ROLE = Qt.ItemDataRole.UserRole


class StagesDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("StagesDialog")
        self.setWindowTitle(self.tr("Pipeline stages"))
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Stage"), self.tr("Probability")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(True)
        buttons = QVBoxLayout()
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.add_button.clicked.connect(self.add_stage)
        self.remove_button.clicked.connect(self.remove_stage)
        self.up_button.clicked.connect(lambda: self.move_stage(-1))
        self.down_button.clicked.connect(lambda: self.move_stage(1))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(buttons)
        closing = ", ".join(stage_label(s) for s in pipeline.stages(ctx.app.user) if not s.is_open)
        note = QLabel(
            fill_args(
                self.tr(
                    "The open stages in order. A new or moved opportunity takes its stage's "
                    "probability. After them always come: %1."
                ),
                closing,
            ),
            self,
        )
        note.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("stages_error")
        self.error_label.setStyleSheet("color: #b91c1c;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.box.accepted.connect(self.save)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(middle, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.box)
        self.resize(520, 420)
        for stage in pipeline.open_stages(ctx.app.user):
            self._append(stage_label(stage), stage.probability, stage.code)

    def _append(self, label: str, probability: int, code: str | None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(label)
        item.setData(CODE_ROLE, code)
        self.table.setItem(row, 0, item)
        spin = QSpinBox(self.table)
        spin.setRange(0, 100)
        spin.setSuffix(" %")
        spin.setValue(probability)
        self.table.setCellWidget(row, 1, spin)
        return row

    def add_stage(self) -> None:
        row = self._append(self.tr("New stage"), 50, None)
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)

    def remove_stage(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def move_stage(self, step: int) -> None:
        row = self.table.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < self.table.rowCount():
            return
        stages = self.drafts()
        stages[row], stages[other] = stages[other], stages[row]
        self._show(stages)
        self.table.setCurrentCell(other, 0)

    def _show(self, stages: list[pipeline.StageDraft]) -> None:
        self.table.setRowCount(0)
        for stage in stages:
            self._append(stage.label, stage.probability, stage.code)

    def drafts(self) -> list[pipeline.StageDraft]:
        found = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            spin = self.table.cellWidget(row, 1)
            assert isinstance(spin, QSpinBox)
            label = item.text() if item is not None else ""
            code = item.data(CODE_ROLE) if item is not None else None
            # a default stage's label unchanged is kept as its English source (translated)
            default = next((s for s in pipeline.DEFAULT_OPEN_STAGES if s.code == code), None)
            stored = next(
                (s for s in pipeline.open_stages(self.ctx.app.user) if s.code == code), None
            )
            if stored is not None and label == stage_label(stored):
                label = stored.label
            elif default is not None and label == stage_label(default):
                label = default.label
            found.append(pipeline.StageDraft(label, spin.value(), code))
        return found

    def save(self) -> bool:
        try:
            pipeline.set_stages(self.ctx.app.user, self.drafts())
        except ValidationFailed as failed:
            texts = []
            for error in failed.errors:
                if error.code == "in_use":  # the stage named in the reader's language
                    stage = QCoreApplication.translate("Pipeline", str(error.params["stage"]))
                    error = FieldError(error.field, error.code, {**error.params, "stage": stage})
                parts = error.field.split(".")
                row = parts[1] if len(parts) > 1 and parts[1].isdigit() else ""
                prefix = fill_args(self.tr("Row %1: "), int(row) + 1) if row else ""
                texts.append(prefix + error_text(error))
            self.error_label.setText("\n".join(texts))
            self.error_label.show()
            return False
        self.accept()
        return True
