"""Page 4, the check: the whole file is read and dry-run off the GUI thread (progress and
Cancel); a row per file row says what the import would do with it and why, filtered by
outcome, with the counts and the rows that failed to save as a file. Nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...i18n import fill_args
from ...services.importing.engine import (
    ImportCancelled,
    ImportReport,
    Outcome,
    ambiguous_date_columns,
    dry_run,
)
from ...services.importing.sources import read_source
from ...services.importing.tables import Table
from ..common.failures import failure_text
from ..context import UiContext
from ..runner import OperationCancelled
from .common import ImportState, column_name, counts_text, joined, save_error_file
from .progress import ProgressRow
from .results import ResultsModel


def read_whole(state: ImportState) -> Table:
    """The whole file, read exactly as its preview was (encoding, delimiter, sheet, header)."""
    assert state.path is not None and state.preview is not None
    shown = state.preview
    return read_source(
        state.path,
        encoding=shown.encoding,
        delimiter=shown.delimiter,
        sheet=shown.sheet,
        header_row=shown.header_row,
    )


def results_view(model: ResultsModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    view.setColumnWidth(0, 60)
    view.setColumnWidth(1, 90)
    view.setColumnWidth(2, 170)
    view.setWordWrap(False)
    return view


class CheckPage(QWizardPage):
    def __init__(self, ctx: UiContext, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state = state
        self.setTitle(self.tr("Check"))
        self.setSubTitle(self.tr("What the import would do with each row. Nothing is written yet."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.progress = ProgressRow(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.counts = QLabel(self)
        self.counts.setObjectName("check_counts")
        self.filter_combo = QComboBox(self)
        self.filter_combo.addItem(self.tr("All rows"), None)
        self.filter_combo.addItem(self.tr("Errors"), Outcome.ERROR.value)
        self.filter_combo.addItem(self.tr("Creates"), Outcome.CREATE.value)
        self.filter_combo.addItem(self.tr("Updates"), Outcome.UPDATE.value)
        self.filter_combo.addItem(self.tr("Skipped"), Outcome.SKIP.value)
        self.filter_combo.currentIndexChanged.connect(self._filter_changed)
        self.model = ResultsModel(self)
        self.view = results_view(self.model, self)
        self.view.setObjectName("check_results")
        self.error_file_button = QPushButton(self.tr("Save error file…"), self)
        self.error_file_button.clicked.connect(self.save_errors)
        self.again_button = QPushButton(self.tr("Check again"), self)
        self.again_button.clicked.connect(self.start)
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(QLabel(self.tr("Show:"), self))
        top.addWidget(self.filter_combo)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.again_button)
        bottom.addWidget(self.error_file_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.progress.finished.connect(self.completeChanged)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.start()

    def cleanupPage(self) -> None:  # noqa: N802 - Qt's name: Back was pressed
        self.progress.abandon()

    def start(self) -> None:
        state = self.state
        assert state.options is not None
        options = state.options
        user = self.ctx.app.user
        state.checked = None
        self.model.set_report(None, None, state.kind, options.mapping)
        self.counts.clear()
        self.status.setText(self.tr("Reading and checking the file…"))
        self.error_file_button.setEnabled(False)
        self.again_button.hide()

        def work(
            progress: Callable[[int, int], object],
        ) -> tuple[Table, ImportReport | None, tuple[int, ...]]:
            table = read_whole(state)
            if options.date_order is None:
                late = ambiguous_date_columns(table, options)
                if late:  # the preview did not show it: the question is asked first
                    return table, None, late
            report = dry_run(user, table, options, lambda d, t: bool(progress(d, t) or True))
            return table, report, ()

        self.progress.start(self.ctx.runner, work, self._checked, self._failed)
        self.completeChanged.emit()

    def _checked(self, outcome: Any) -> None:
        table, report, late = outcome
        state = self.state
        state.table = table
        if report is None:
            state.late_ambiguous = late
            self.status.setText(
                fill_args(
                    self.tr(
                        "Further down the file, the dates in “%1” read as day/month and "
                        "month/day alike: go Back and say which day they mean."
                    ),
                    joined([column_name(table, c) for c in late]),
                )
            )
            self.completeChanged.emit()
            return
        state.checked = report
        assert state.options is not None
        self.model.set_report(report, table, state.kind, state.options.mapping)
        self.counts.setText(counts_text(report, dry=True))
        self.error_file_button.setEnabled(report.errors > 0)
        if report.created + report.updated == 0:
            self.status.setText(self.tr("Nothing to import: no row creates or updates a customer."))
        elif report.errors:
            self.status.setText(
                self.tr("The rows with errors are left out; save them as a file to fix them.")
            )
        else:
            self.status.setText(self.tr("Every row reads well."))
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, OperationCancelled | ImportCancelled):
            self.status.setText(self.tr("Check cancelled."))
        else:
            self.status.setText(failure_text(error))
        self.again_button.show()
        self.completeChanged.emit()

    def _filter_changed(self, _index: int) -> None:
        data = self.filter_combo.currentData()
        self.model.set_filter(Outcome(data) if data else None)

    def save_errors(self) -> None:
        state = self.state
        if state.checked is not None and state.table is not None:
            save_error_file(
                self, state.checked, state.table, state.path, self.ctx.lang, self.status.setText
            )

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        report = self.state.checked
        return (
            not self.progress.running and report is not None and report.created + report.updated > 0
        )
