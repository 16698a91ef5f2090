"""The customer form's History tab: the audit log of the customer, its contacts, deals, visits
and assessments, newest first (services/office/audit.customer_history), read off the GUI
thread when the tab is shown, and again after a save. Above it, when the customer took
another in by a merge that can still be undone, a bar says so with an Unmerge… button (the
Customers room does the unmerge: ui/customers/merging.py)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...i18n import fill_args
from ...services.customers.merge import MergeInfo, merges_of
from ...services.office.audit import AuditRecord, customer_history
from ..common.audit_table import AuditModel, audit_view, local_time
from ..context import UiContext
from .duplicate_hint import caption


class HistoryTab(QWidget):
    """Read only; `show_customer` marks it stale, `refresh` (when visible) reads it."""

    unmerge_requested = Signal(object)  # MergeInfo

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: int | None = None
        self._stale = True
        self._generation = 0
        self.merge: MergeInfo | None = None  # the newest merge into it that can be undone
        self.merge_bar = QFrame(self)
        self.merge_bar.setObjectName("merge_bar")
        self.merge_bar.setStyleSheet("#merge_bar { background: #eef4ff; border-radius: 3px; }")
        self.merge_label = QLabel(self.merge_bar)
        self.merge_label.setObjectName("merge_label")
        self.merge_label.setWordWrap(True)
        self.unmerge_button = QPushButton(self.tr("Unmerge…"), self.merge_bar)
        self.unmerge_button.setObjectName("unmerge")
        self.unmerge_button.clicked.connect(self._unmerge_clicked)
        bar = QHBoxLayout(self.merge_bar)
        bar.setContentsMargins(6, 4, 6, 4)
        bar.addWidget(self.merge_label, 1)
        bar.addWidget(self.unmerge_button)
        self.merge_bar.hide()
        self.model = AuditModel(self)
        self.view = audit_view(self.model, self)
        self.view.setObjectName("customer_history")
        self.status = QLabel(self)
        self.status.setObjectName("history_status")
        self.status.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.merge_bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

    def show_customer(self, customer_id: int | None, *, visible: bool) -> None:
        self.customer_id = customer_id
        self._stale = True
        self.model.set_records([])
        self.status.clear()
        self._show_merge(None)
        if visible:
            self.refresh()

    def refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self._generation += 1
        generation, customer_id, user = self._generation, self.customer_id, self.ctx.app.user
        if customer_id is None:
            self.model.set_records([])
            self.status.setText(self.tr("A new customer has no history yet."))
            return
        operation = self.ctx.runner.run(
            lambda: (customer_history(user, customer_id), merges_of(user, customer_id))
        )
        operation.on_success(lambda found: self._show(generation, *found))
        operation.on_failure(lambda error: self._failed(generation, error))

    def _show(self, generation: int, records: list[AuditRecord], merges: list[MergeInfo]) -> None:
        if generation != self._generation:
            return
        self._show_merge(
            next((m for m in merges if m.undoable and m.survivor_id == self.customer_id), None)
        )
        self.model.set_records(records)
        if records:
            self.status.setText(fill_args(self.tr("%1 entries, newest first."), len(records)))
        else:
            self.status.setText(self.tr("Nothing recorded yet."))

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._stale = True
            self.status.setText(fill_args(self.tr("The history could not be read: %1"), error))

    def _show_merge(self, merge: MergeInfo | None) -> None:
        self.merge = merge
        self.merge_bar.setVisible(merge is not None)
        if merge is None:
            return
        text = fill_args(
            self.tr("Merged with “%1” on %2 by %3; its past is listed here too."),
            caption(merge.other_name, merge.other_company),
            local_time(merge.at),
            merge.person_name or "?",
        )
        self.merge_label.setText(text)

    def _unmerge_clicked(self) -> None:
        if self.merge is not None:
            self.unmerge_requested.emit(self.merge)
