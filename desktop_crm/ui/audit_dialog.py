"""File → Audit log…: the owner reads the whole log, filtered by person, customer (name text),
a date range and the action, newest first, 200 entries a page (Load more). Read only: no
screen edits the log. The service refuses anyone but an owner; the menu item is an owner's."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import fill_args
from ..services.office.audit import AuditRecord, action_labels, search_log
from ..services.people.manage import list_people
from .common.audit_table import AuditModel, audit_view
from .context import UiContext

PAGE = 200
DEFAULT_DAYS = 30


def _utc_start(day: dt.date) -> dt.datetime:
    """The naive UTC moment this computer's local midnight of `day` is."""
    local = dt.datetime.combine(day, dt.time()).astimezone()
    return local.astimezone(dt.UTC).replace(tzinfo=None)


class AuditLogDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(980, 560)
        self._generation = 0
        self._exhausted = True

        self.person_combo = QComboBox(self)
        self.person_combo.addItem(self.tr("Everyone"), None)
        for person in list_people(ctx.app.user):
            self.person_combo.addItem(person.name, person.id)
        self.customer_edit = QLineEdit(self)
        self.customer_edit.setPlaceholderText(self.tr("Customer name"))
        self.customer_edit.setClearButtonEnabled(True)
        today = QDate.currentDate()
        self.since_edit = QDateEdit(today.addDays(-DEFAULT_DAYS), self)
        self.until_edit = QDateEdit(today, self)
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.action_combo = QComboBox(self)
        self.action_combo.addItem(self.tr("Every action"), None)
        for action, label in action_labels().items():
            self.action_combo.addItem(QCoreApplication.translate("Audit", label), action)
        self.search_button = QPushButton(self.tr("Show"), self)
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.search)
        self.customer_edit.returnPressed.connect(self.search)

        self.model = AuditModel(self, with_customer=True)
        self.view = audit_view(self.model, self)
        self.view.setObjectName("audit_log")
        self.count_label = QLabel(self)
        self.more_button = QPushButton(self.tr("Load more"), self)
        self.more_button.clicked.connect(self.load_more)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Person"), self))
        filters.addWidget(self.person_combo)
        filters.addWidget(QLabel(self.tr("Customer"), self))
        filters.addWidget(self.customer_edit, 1)
        filters.addWidget(QLabel(self.tr("From"), self))
        filters.addWidget(self.since_edit)
        filters.addWidget(QLabel(self.tr("to"), self))
        filters.addWidget(self.until_edit)
        filters.addWidget(QLabel(self.tr("Action"), self))
        filters.addWidget(self.action_combo)
        filters.addWidget(self.search_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.more_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.search()

    def _query(self, offset: int) -> list[AuditRecord]:
        since, last = self.since_edit.date().toPython(), self.until_edit.date().toPython()
        assert isinstance(since, dt.date) and isinstance(last, dt.date)
        until = last + dt.timedelta(days=1)
        return search_log(
            self.ctx.app.user,
            person_id=self.person_combo.currentData(),
            since=_utc_start(since),
            until=_utc_start(until),
            action=self.action_combo.currentData(),
            offset=offset,
            limit=PAGE,
            customer_text=self.customer_edit.text(),
        )

    def search(self) -> None:
        self._run(0)

    def load_more(self) -> None:
        self._run(self.model.entries)

    def _run(self, offset: int) -> None:
        self._generation += 1
        generation = self._generation
        self.more_button.setEnabled(False)
        operation = self.ctx.runner.run(lambda: self._query(offset))
        operation.on_success(lambda records: self._show(generation, offset, records))
        operation.on_failure(lambda error: self._failed(generation, error))

    def _show(self, generation: int, offset: int, records: list[AuditRecord]) -> None:
        if generation != self._generation:
            return
        self.model.set_records(records, append=offset > 0)
        self._exhausted = len(records) < PAGE
        self.more_button.setEnabled(not self._exhausted)
        text = (
            self.tr("%1 entries shown")
            if self._exhausted
            else self.tr("%1 entries shown; Load more for older ones")
        )
        self.count_label.setText(fill_args(text, self.model.entries))

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.count_label.setText(fill_args(self.tr("The log could not be read: %1"), error))
