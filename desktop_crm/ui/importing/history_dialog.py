"""File → Import history…: every import (file, who, when, what, mode, counts, state), newest
first, and Undo on the selected one — its created rows removed, its updated rows back to their
values before it, rows changed since kept as they are."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.importing.engine import ImportBatchView, UndoSummary, import_history, undo_import
from ..common.failures import failure_text
from ..context import UiContext
from . import common
from .common import kind_label, mode_label, state_label, undo_text


def _local(moment: dt.datetime | None) -> str:
    """A stored (naive UTC) moment as this computer's local time."""
    if moment is None:
        return ""
    return moment.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


class ImportHistoryDialog(QDialog):
    changed = Signal()  # an import was undone

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import history"))
        self.resize(1000, 460)
        self.batches: list[ImportBatchView] = []
        headers = [
            self.tr("File"),
            self.tr("By"),
            self.tr("When"),
            self.tr("Rows are"),
            self.tr("Mode"),
            self.tr("Created"),
            self.tr("Updated"),
            self.tr("Skipped"),
            self.tr("Errors"),
            self.tr("State"),
        ]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName("import_history")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo this import…"), self)
        self.undo_button.clicked.connect(self.undo_selected)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.reload)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.refresh_button)
        actions.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        try:
            self.batches = import_history(self.ctx.app.user)
        except Exception as error:  # noqa: BLE001 - a refusal or a failure is one sentence
            self.batches = []
            self.status.setText(failure_text(error))
        self.table.setRowCount(len(self.batches))
        for row, batch in enumerate(self.batches):
            cells = [
                batch.file_name,
                batch.person_name,
                _local(batch.started_at),
                kind_label(batch.kind),
                mode_label(batch.mode),
                f"{batch.created:,}",
                f"{batch.updated:,}",
                f"{batch.skipped:,}",
                f"{batch.errors:,}",
                state_label(batch.state),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 5 <= column <= 8:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setData(Qt.ItemDataRole.UserRole, batch.id)
                self.table.setItem(row, column, item)
        if self.batches:
            self.table.selectRow(0)
        elif not self.status.text():
            self.status.setText(self.tr("Nothing has been imported yet."))
        self._update_buttons()

    def selected(self) -> ImportBatchView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.batches):
            return None
        return self.batches[rows[0].row()]

    def _update_buttons(self) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(batch is not None and batch.state != "undone")

    def undo_selected(self) -> None:
        batch = self.selected()
        if batch is None or batch.state == "undone":
            return
        if not common.ask_undo(self, batch.file_name, batch.created, batch.updated):
            return
        user = self.ctx.app.user
        self.undo_button.setEnabled(False)
        operation = self.ctx.runner.run(
            lambda: undo_import(user, batch.id), label=self.tr("Undoing the import…"), parent=self
        )
        operation.on_success(self._undone).on_failure(self._failed)

    def _undone(self, summary: UndoSummary) -> None:
        text = undo_text(summary)
        self.reload()
        self.status.setText(text)
        common.tell(self, self.tr("Import undone"), text)
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        self.status.setText(failure_text(error))
        self._update_buttons()
