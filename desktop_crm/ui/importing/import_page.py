"""Page 5, the import: it runs off the GUI thread (progress and Cancel; a cancelled import
leaves nothing), then the summary, the rows that failed as a file, and Undo right there."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ...services.importing.engine import (
    ImportCancelled,
    ImportReport,
    UndoSummary,
    run_import,
    undo_import,
)
from ...services.importing.mapping import save_mapping
from ..common.failures import failure_text
from ..context import UiContext
from ..runner import OperationCancelled
from . import common
from .check_page import results_view
from .common import ImportState, counts_text, save_error_file, undo_text
from .progress import ProgressRow
from .results import ResultsModel


class ImportPage(QWizardPage):
    changed = Signal()  # customers were written (imported, or the import undone)

    def __init__(self, ctx: UiContext, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state = state
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("The rows are written in one go: all of them, or none."))
        self.setFinalPage(True)
        self.progress = ProgressRow(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.summary.setFont(font)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.model = ResultsModel(self)
        self.view = results_view(self.model, self)
        self.view.setObjectName("import_results")
        self.error_file_button = QPushButton(self.tr("Save error file…"), self)
        self.error_file_button.clicked.connect(self.save_errors)
        self.undo_button = QPushButton(self.tr("Undo this import"), self)
        self.undo_button.clicked.connect(self.undo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.error_file_button)
        buttons.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.progress.finished.connect(self.completeChanged)
        self._started = False

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        if not self._started:
            self._started = True
            self.start()

    def start(self) -> None:
        state = self.state
        assert state.options is not None and state.table is not None
        options, table = state.options, state.table
        user = self.ctx.app.user
        self.summary.setText(self.tr("Importing…"))
        self.error_file_button.setEnabled(False)
        self.undo_button.setEnabled(False)

        def work(progress: Callable[[int, int], object]) -> ImportReport:
            return run_import(user, table, options, lambda d, t: bool(progress(d, t) or True))

        self.progress.start(self.ctx.runner, work, self._imported, self._failed)

    def _imported(self, report: ImportReport) -> None:
        state = self.state
        state.imported = report
        assert state.options is not None and state.table is not None
        self.summary.setText(counts_text(report, dry=False))
        self.model.set_report(report, state.table, state.kind, state.options.mapping)
        self.error_file_button.setEnabled(report.errors > 0)
        self.undo_button.setEnabled(report.batch_id is not None)
        if state.save_mapping and state.preview is not None:
            try:
                save_mapping(self.ctx.app.user, state.kind, state.preview.header, state.mapping)
            except Exception as error:  # noqa: BLE001 - the import is done; say why it was not kept
                self.status.setText(failure_text(error))
        self.changed.emit()
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, OperationCancelled | ImportCancelled):
            self.summary.setText(self.tr("Import cancelled; nothing was written."))
        else:
            self.summary.setText(
                self.tr("The import failed; nothing was written.") + "\n" + failure_text(error)
            )
        self.completeChanged.emit()

    def save_errors(self) -> None:
        state = self.state
        if state.imported is not None and state.table is not None:
            save_error_file(
                self, state.imported, state.table, state.path, self.ctx.lang, self.status.setText
            )

    def undo(self) -> None:
        report = self.state.imported
        if report is None or report.batch_id is None:
            return
        name = self.state.path.name if self.state.path is not None else ""
        if not common.ask_undo(self, name, report.created, report.updated):
            return
        self.undo_button.setEnabled(False)
        user = self.ctx.app.user
        batch_id = report.batch_id
        operation = self.ctx.runner.run(
            lambda: undo_import(user, batch_id), label=self.tr("Undoing the import…"), parent=self
        )
        operation.on_success(self._undone).on_failure(self._undo_failed)

    def _undone(self, summary: UndoSummary) -> None:
        self.state.undone = summary
        self.status.setText(undo_text(summary))
        self.changed.emit()

    def _undo_failed(self, error: BaseException) -> None:
        self.undo_button.setEnabled(True)
        self.status.setText(failure_text(error))

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return not self.progress.running
