"""One way to run work off the GUI thread: `runner.run(fn).on_success(cb).on_failure(cb)`.

Results come back by signal on the GUI thread. A progress dialog appears only if the work takes
longer than ~0.5 s (Anki's habit). Tests install `SyncRunner`, which runs the work at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class Operation(QRunnable):
    """A unit of work; `fn` may take a `progress(done, total)` keyword."""

    def __init__(self, fn: Callable[..., Any], wants_progress: bool = False) -> None:
        super().__init__()
        self.fn = fn
        self.wants_progress = wants_progress
        self.signals = _Signals()
        self.cancelled = False
        self._success: list[Callable[[Any], object]] = []
        self._failure: list[Callable[[BaseException], object]] = []
        self._outcome: tuple[bool, Any] | None = None
        self.signals.succeeded.connect(self._deliver_success)
        self.signals.failed.connect(self._deliver_failure)

    def _deliver_success(self, result: Any) -> None:
        self._outcome = (True, result)
        for callback in self._success:
            callback(result)

    def _deliver_failure(self, error: BaseException) -> None:
        self._outcome = (False, error)
        for callback in self._failure:
            callback(error)

    def on_success(self, callback: Callable[[Any], object]) -> Operation:
        """Call `callback(result)` when done (at once if already done); its result is ignored."""
        self._success.append(callback)
        if self._outcome is not None and self._outcome[0]:
            callback(self._outcome[1])
        return self

    def on_failure(self, callback: Callable[[BaseException], object]) -> Operation:
        self._failure.append(callback)
        if self._outcome is not None and not self._outcome[0]:
            callback(self._outcome[1])
        return self

    def report(self, done: int, total: int) -> None:
        if self.cancelled:
            raise OperationCancelled()
        self.signals.progressed.emit(done, total)

    def run(self) -> None:  # runs on a pool thread (or at once with SyncRunner)
        try:
            result = self.fn(progress=self.report) if self.wants_progress else self.fn()
        except BaseException as error:  # noqa: BLE001 - handed to the GUI thread
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)


class OperationCancelled(Exception):
    pass


class Runner:
    def __init__(self, pool: QThreadPool | None = None) -> None:
        self.pool = pool or QThreadPool.globalInstance()
        self._live: set[Operation] = set()

    def run(
        self,
        fn: Callable[..., Any],
        *,
        label: str = "",
        parent: QWidget | None = None,
        wants_progress: bool = False,
    ) -> Operation:
        op = Operation(fn, wants_progress)
        op.setAutoDelete(False)
        self._live.add(op)
        op.signals.succeeded.connect(lambda _r: self._live.discard(op))
        op.signals.failed.connect(lambda _e: self._live.discard(op))
        if label:
            self._attach_progress(op, label, parent)
        QTimer.singleShot(0, lambda: self.pool.start(op))
        return op

    def _attach_progress(self, op: Operation, label: str, parent: QWidget | None) -> None:
        dialog = QProgressDialog(label, parent.tr("Cancel") if parent else "Cancel", 0, 0, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        dialog.canceled.connect(lambda: setattr(op, "cancelled", True))

        def progressed(done: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)

        op.signals.progressed.connect(progressed)
        op.signals.succeeded.connect(lambda _r: dialog.reset())
        op.signals.failed.connect(lambda _e: dialog.reset())

    def wait(self) -> None:
        self.pool.waitForDone()


class SyncRunner(Runner):
    """Runs every operation at once on the calling thread (tests; Picard's habit).

    Callbacks attached afterwards fire immediately, since the outcome is already known.
    """

    def run(
        self,
        fn: Callable[..., Any],
        *,
        label: str = "",
        parent: QWidget | None = None,
        wants_progress: bool = False,
    ) -> Operation:
        op = Operation(fn, wants_progress)
        op.run()
        return op
