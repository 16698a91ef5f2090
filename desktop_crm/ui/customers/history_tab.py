"""The customer form's History tab: the audit log of the customer, its contacts, deals, visits
and assessments, newest first (services/office/audit.customer_history), read off the GUI
thread when the tab is shown, and again after a save."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...i18n import fill_args
from ...services.office.audit import AuditRecord, customer_history
from ..common.audit_table import AuditModel, audit_view
from ..context import UiContext


class HistoryTab(QWidget):
    """Read only; `show_customer` marks it stale, `refresh` (when visible) reads it."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: int | None = None
        self._stale = True
        self._generation = 0
        self.model = AuditModel(self)
        self.view = audit_view(self.model, self)
        self.view.setObjectName("customer_history")
        self.status = QLabel(self)
        self.status.setObjectName("history_status")
        self.status.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

    def show_customer(self, customer_id: int | None, *, visible: bool) -> None:
        self.customer_id = customer_id
        self._stale = True
        self.model.set_records([])
        self.status.clear()
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
        operation = self.ctx.runner.run(lambda: customer_history(user, customer_id))
        operation.on_success(lambda records: self._show(generation, records))
        operation.on_failure(lambda error: self._failed(generation, error))

    def _show(self, generation: int, records: list[AuditRecord]) -> None:
        if generation != self._generation:
            return
        self.model.set_records(records)
        if records:
            self.status.setText(fill_args(self.tr("%1 entries, newest first."), len(records)))
        else:
            self.status.setText(self.tr("Nothing recorded yet."))

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._stale = True
            self.status.setText(fill_args(self.tr("The history could not be read: %1"), error))
