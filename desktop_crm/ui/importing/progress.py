"""A progress bar with its Cancel button, inside a wizard page, over one runner operation: the
check and the import run off the GUI thread through `ctx.runner` (tests: synchronously)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from ..runner import Operation, Runner


class ProgressRow(QWidget):
    """Runs `work(progress)` and shows how far it is; `finished` fires when it ends, however."""

    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.operation: Operation | None = None
        self.hide()

    @property
    def running(self) -> bool:
        return self.operation is not None

    def start(
        self,
        runner: Runner,
        work: Callable[[Callable[[int, int], object]], Any],
        on_success: Callable[[Any], object],
        on_failure: Callable[[BaseException], object],
    ) -> None:
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.show()

        def body(progress: Callable[[int, int], object]) -> Any:
            return work(progress)

        operation = runner.run(body, wants_progress=True)

        # a run given up for a newer one (Back, then Next again) reports to nobody
        def succeeded(result: Any) -> None:
            if self.operation is operation:
                self._ended()
                on_success(result)

        def failed(error: BaseException) -> None:
            if self.operation is operation:
                self._ended()
                on_failure(error)

        self.operation = operation
        operation.signals.progressed.connect(self._progressed)
        # a synchronous runner has finished already: on_success fires at once
        operation.on_success(succeeded).on_failure(failed)

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def _ended(self) -> None:
        self.operation = None
        self.hide()
        self.finished.emit()

    def cancel(self) -> None:
        """Ask the work to stop; it ends (with OperationCancelled) at its next progress step."""
        if self.operation is not None:
            self.operation.cancelled = True
            self.cancel_button.setEnabled(False)

    def abandon(self) -> None:
        """Stop the work and forget it: what it reports later goes nowhere (the page left)."""
        self.cancel()
        if self.operation is not None:
            self._ended()
