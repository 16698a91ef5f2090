"""The complaint dialog: register one in under a minute (customer, what happened, cause; the
rest has sensible defaults), or handle one (the second tab). Every service error is shown
beside its field; times are typed in the office's zone and stored as UTC."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...i18n import fill_args
from ...services.aftersale import complaints, deadline
from ...services.aftersale.complaints import CAUSES, CHANNELS, SATISFACTION_LEVELS
from ...services.common.errors import ConflictError, FieldError, ValidationFailed
from ...services.common.formats import money_text
from ...services.common.validation import parse_money
from ...services.customers.queries import contacts_of, customer_names
from ...services.people.users import sales_reps
from ...services.visits.standards import office_timezone
from ..common.customer_picker import CustomerPicker, customer_caption
from ..common.messages import error_text
from ..common.styles import ERROR_STYLE
from ..context import UiContext


def complaint_label(context_pairs: tuple[tuple[str, str], ...], code: str) -> str:
    """The translated label of a cause, channel or status code (the code when unknown)."""
    for value, label in context_pairs:
        if value == code:
            return QCoreApplication.translate("Complaint", label)
    return code


def _qdatetime(moment: dt.datetime) -> QDateTime:
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute),
    )


class ComplaintDialog(QDialog):
    """New (optionally for `customer_id`) or edit (`complaint_id`)."""

    saved = Signal(int)  # the complaint id

    def __init__(
        self,
        ctx: UiContext,
        complaint_id: int | None = None,
        *,
        customer_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ComplaintDialog")
        self.complaint_id = complaint_id
        self.version: int | None = None
        user = ctx.app.user
        self.zone = office_timezone(user)
        self.setWindowTitle(
            self.tr("Register a complaint") if complaint_id is None else self.tr("Complaint")
        )
        # -- the first tab: what a clerk types while the customer is on the phone
        self.customer_edit = CustomerPicker(ctx, self)
        self.customer_edit.changed.connect(self._customer_changed)
        self.contact_combo = QComboBox(self)
        self.channel_combo = QComboBox(self)
        for code, label in CHANNELS:
            self.channel_combo.addItem(QCoreApplication.translate("Complaint", label), code)
        self.received_edit = QDateTimeEdit(self)
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received_edit.setDateTime(_qdatetime(self._now_local()))
        self.product_edit = QLineEdit(self)
        self.product_edit.setPlaceholderText(self.tr("e.g. split air conditioner KFR-35"))
        self.cause_combo = QComboBox(self)
        for code, label in CAUSES:
            self.cause_combo.addItem(QCoreApplication.translate("Complaint", label), code)
        self.cause_note_edit = QLineEdit(self)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setPlaceholderText(self.tr("What happened, in the customer's words"))
        self.description_edit.setTabChangesFocus(True)
        # -- the second tab: handling
        self.valid_combo = QComboBox(self)
        self.valid_combo.addItem(self.tr("Not judged yet"), None)
        self.valid_combo.addItem(self.tr("Valid"), True)
        self.valid_combo.addItem(self.tr("Not valid"), False)
        self.handler_combo = QComboBox(self)
        self.handler_combo.addItem(self.tr("(me)"), None)
        for person in sales_reps(user):
            self.handler_combo.addItem(person.name, person.id)
        self.steps_edit = QPlainTextEdit(self)
        self.resolution_edit = QPlainTextEdit(self)
        self.compensation_edit = QPlainTextEdit(self)
        for edit in (self.steps_edit, self.resolution_edit, self.compensation_edit):
            edit.setFixedHeight(52)
            edit.setTabChangesFocus(True)
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setPlaceholderText("0.00")
        self.callback_check = QCheckBox(self.tr("Called back on"), self)
        self.callback_edit = QDateEdit(self)
        self.callback_edit.setCalendarPopup(True)
        self.callback_edit.setDisplayFormat("yyyy-MM-dd")
        self.callback_edit.setDate(QDate.currentDate())
        self.callback_edit.setEnabled(False)
        self.callback_check.toggled.connect(self.callback_edit.setEnabled)
        self.callback_result_edit = QLineEdit(self)
        self.satisfaction_combo = QComboBox(self)
        self.satisfaction_combo.addItem(self.tr("(not asked)"), None)
        for score, label in SATISFACTION_LEVELS:
            self.satisfaction_combo.addItem(QCoreApplication.translate("Complaint", label), score)
        self.override_check = QCheckBox(self.tr("Set the deadline by hand"), self)
        self.due_edit = QDateTimeEdit(self)
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.due_edit.setDateTime(_qdatetime(self._now_local() + dt.timedelta(hours=24)))
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("Why this deadline (required)"))
        self.override_check.toggled.connect(self._override_toggled)
        self._override_toggled(False)
        self.due_label = QLabel(self)
        self.due_label.setObjectName("due_label")
        self.due_label.setWordWrap(True)

        self.errors: dict[str, QLabel] = {}
        first = QFormLayout()
        second = QFormLayout()
        callback_row = QHBoxLayout()
        callback_row.addWidget(self.callback_check)
        callback_row.addWidget(self.callback_edit)
        callback_row.addStretch(1)
        due_row = QHBoxLayout()
        due_row.addWidget(self.override_check)
        due_row.addWidget(self.due_edit)
        due_row.addStretch(1)
        rows: list[tuple[QFormLayout, str, str, QWidget | QHBoxLayout]] = [
            (first, "customer_id", self.tr("Customer"), self.customer_edit),
            (first, "contact_id", self.tr("Contact"), self.contact_combo),
            (first, "channel", self.tr("Channel"), self.channel_combo),
            (first, "received_at", self.tr("Received"), self.received_edit),
            (first, "product", self.tr("Product"), self.product_edit),
            (first, "cause", self.tr("Cause"), self.cause_combo),
            (first, "cause_note", self.tr("About the cause"), self.cause_note_edit),
            (first, "description", self.tr("What happened"), self.description_edit),
            (second, "valid", self.tr("Valid"), self.valid_combo),
            (second, "handler_id", self.tr("Handler"), self.handler_combo),
            (second, "steps", self.tr("Steps taken"), self.steps_edit),
            (second, "resolution", self.tr("Resolution"), self.resolution_edit),
            (second, "compensation", self.tr("Compensation"), self.compensation_edit),
            (second, "compensation_amount", self.tr("Compensation (¥)"), self.amount_edit),
            (second, "callback_on", self.tr("Call-back"), callback_row),
            (second, "callback_result", self.tr("Call-back result"), self.callback_result_edit),
            (second, "satisfaction_after", self.tr("Satisfaction after"), self.satisfaction_combo),
            (second, "due_at", self.tr("Deadline"), due_row),
            (second, "due_override_reason", self.tr("Reason"), self.reason_edit),
        ]
        for form, name, label, editor in rows:
            error = QLabel(self)
            error.setObjectName(f"error_{name}")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            self.errors[name] = error
            box = QVBoxLayout()
            box.setSpacing(1)
            if isinstance(editor, QHBoxLayout):
                box.addLayout(editor)
            else:
                box.addWidget(editor)
            box.addWidget(error)
            form.addRow(QLabel(label, self), box)
        self.tabs = QTabWidget(self)
        for form, title in ((first, self.tr("Complaint")), (second, self.tr("Handling"))):
            page = QWidget(self.tabs)
            page.setLayout(form)
            self.tabs.addTab(page, title)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.due_label)
        layout.addWidget(self.buttons)
        self.resize(600, 560)
        if complaint_id is not None:
            self.load(complaint_id)
        elif customer_id is not None:
            names = customer_names(user, customer_id)
            if names is not None:
                self.customer_edit.set_customer(customer_id, customer_caption(*names))
                self._customer_changed()
        self.customer_edit.setFocus()

    # ------------------------------------------------------------ values
    def _now_local(self) -> dt.datetime:
        now = deadline.local_of(dt.datetime.now(dt.UTC).replace(tzinfo=None), self.zone)
        return now.replace(second=0, microsecond=0)

    def _override_toggled(self, on: bool) -> None:
        self.due_edit.setEnabled(on)
        self.reason_edit.setEnabled(on)

    def _customer_changed(self) -> None:
        self.contact_combo.clear()
        self.contact_combo.addItem(self.tr("(none)"), None)
        customer_id = self.customer_edit.customer_id()
        if customer_id is None:
            return
        for contact in contacts_of(self.ctx.app.user, customer_id):
            self.contact_combo.addItem(str(contact.name), int(contact.id))

    def load(self, complaint_id: int) -> None:
        record = complaints.load_complaint(self.ctx.app.user, complaint_id)
        self.complaint_id, self.version = record.id, record.version
        names = customer_names(self.ctx.app.user, record.customer_id)
        caption = customer_caption(*names) if names else record.customer_name
        self.customer_edit.set_customer(record.customer_id, caption)
        self._customer_changed()
        self._select(self.contact_combo, record.contact_id)
        self._select(self.channel_combo, record.channel)
        self.received_edit.setDateTime(_qdatetime(deadline.local_of(record.received_at, self.zone)))
        self.product_edit.setText(record.product)
        self._select(self.cause_combo, record.cause)
        self.cause_note_edit.setText(record.cause_note)
        self.description_edit.setPlainText(record.description)
        self._select(self.valid_combo, record.valid)
        if self.handler_combo.findData(record.handler_id) < 0 and record.handler_id is not None:
            self.handler_combo.addItem(record.handler_name, record.handler_id)
        self._select(self.handler_combo, record.handler_id)
        self.steps_edit.setPlainText(record.steps)
        self.resolution_edit.setPlainText(record.resolution)
        self.compensation_edit.setPlainText(record.compensation)
        amount = record.compensation_amount
        self.amount_edit.setText("" if not amount else money_text(amount, currency=False))
        self.callback_check.setChecked(record.callback_on is not None)
        if record.callback_on is not None:
            day = record.callback_on
            self.callback_edit.setDate(QDate(day.year, day.month, day.day))
        self.callback_result_edit.setText(record.callback_result)
        self._select(self.satisfaction_combo, record.satisfaction_after)
        self.override_check.setChecked(bool(record.due_override_reason))
        self.due_edit.setDateTime(_qdatetime(deadline.local_of(record.due_at, self.zone)))
        self.reason_edit.setText(record.due_override_reason)
        due = deadline.local_of(record.due_at, self.zone).strftime("%Y-%m-%d %H:%M")
        where = (
            self.tr("outside the home region")
            if record.outside_region
            else self.tr("inside the home region")
        )
        self.due_label.setText(fill_args(self.tr("Due %1 (customer %2)."), due, where))

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def draft(self) -> complaints.ComplaintDraft | None:
        """The typed values (None, and the field's error shown, when the amount is none)."""
        text = self.amount_edit.text().strip()
        try:
            amount = parse_money(text) if text else Decimal(0)
        except ValueError:
            self.show_errors([FieldError("compensation_amount", "money")])
            return None
        received_local = self.received_edit.dateTime().toPython()
        due_local = self.due_edit.dateTime().toPython()
        override = self.override_check.isChecked()
        return complaints.ComplaintDraft(
            customer_id=self.customer_edit.customer_id() or 0,
            description=self.description_edit.toPlainText(),
            received_at=deadline.utc_of(received_local, self.zone),  # type: ignore[arg-type]
            cause=str(self.cause_combo.currentData()),
            channel=str(self.channel_combo.currentData()),
            contact_id=self.contact_combo.currentData(),
            product=self.product_edit.text(),
            cause_note=self.cause_note_edit.text(),
            valid=self.valid_combo.currentData(),
            handler_id=self.handler_combo.currentData(),
            steps=self.steps_edit.toPlainText(),
            resolution=self.resolution_edit.toPlainText(),
            compensation=self.compensation_edit.toPlainText(),
            compensation_amount=amount,
            callback_on=self.callback_edit.date().toPython()  # type: ignore[arg-type]
            if self.callback_check.isChecked()
            else None,
            callback_result=self.callback_result_edit.text(),
            satisfaction_after=self.satisfaction_combo.currentData(),
            due_at=deadline.utc_of(due_local, self.zone) if override else None,  # type: ignore[arg-type]
            due_override_reason=self.reason_edit.text() if override else "",
            id=self.complaint_id,
            version=self.version,
        )

    def show_errors(self, errors: list[FieldError]) -> None:
        for label in self.errors.values():
            label.hide()
        unplaced: list[FieldError] = []
        first_tab: int | None = None
        for error in errors:
            shown = self.errors.get(error.field)
            if shown is None:
                unplaced.append(error)
                continue
            shown.setText(error_text(error))
            shown.show()
            for index in range(self.tabs.count()):
                page = self.tabs.widget(index)
                if page is not None and page.isAncestorOf(shown) and first_tab is None:
                    first_tab = index
        if first_tab is not None:
            self.tabs.setCurrentIndex(first_tab)
        if unplaced:
            QMessageBox.warning(
                self, self.windowTitle(), "\n".join(error_text(e) for e in unplaced)
            )

    # ------------------------------------------------------------ actions
    def save(self) -> bool:
        if self.customer_edit.customer_id() is None:
            self.show_errors([FieldError("customer_id", "required")])
            return False
        draft = self.draft()
        if draft is None:
            return False
        try:
            record = complaints.save_complaint(self.ctx.app.user, draft)
        except ValidationFailed as failed:
            self.show_errors(failed.errors)
            return False
        except ConflictError:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr(
                    "Someone else changed this complaint after you opened it. It is shown "
                    "again as it is now; please redo your change."
                ),
            )
            if self.complaint_id is not None:
                self.load(self.complaint_id)
            return False
        self.complaint_id, self.version = record.id, record.version
        self.saved.emit(record.id)
        self.accept()
        return True
