"""The visit dialog: the plan with the five elements, and after the visit its result.

`plan_visit_for_customer(ctx, customer_id, parent)` is what the planner lends other rooms as
`rooms.PLAN_VISIT` ("Plan visit" from the customer form and list).
"""

from __future__ import annotations

import datetime as dt
import html
from typing import cast

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
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
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...i18n import fill_args
from ...services import visits as vs
from ...services.common.errors import ConflictError, ValidationFailed
from ...services.customers.fields import CONTACT_ROLES
from ...services.customers.queries import contacts_of, customer_names, owning_rep_id
from ...services.people.users import sales_reps
from ..common.customer_picker import CustomerPicker, customer_caption
from ..common.messages import error_text
from ..context import UiContext
from ..i18n import tr_marked

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_unsaved_visit(parent: QWidget) -> str:
    """Save / Discard / Cancel for a visit dialog closed with changes (tests replace this)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(parent.windowTitle())
    box.setText(QCoreApplication.translate("VisitDialog", "This visit has unsaved changes."))
    box.setInformativeText(QCoreApplication.translate("VisitDialog", "Save them before closing?"))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return DISCARD
    return CANCEL


def _text_box(parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class VisitDialog(QDialog):
    """Plan a new visit (give customer and/or start) or open an existing one by id."""

    saved = Signal(int)  # the visit id

    def __init__(
        self,
        ctx: UiContext,
        visit_id: int | None = None,
        *,
        customer_id: int | None = None,
        start: dt.datetime | None = None,
        rep_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("VisitDialog")
        self.visit_id = visit_id
        self.version: int | None = None
        self.status = "planned"
        self.next_visit_id: int | None = None
        self.setWindowTitle(self.tr("Plan visit") if visit_id is None else self.tr("Visit"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._plan_page(), self.tr("Plan"))
        self.tabs.addTab(self._result_page(), self.tr("After the visit"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.cancel_visit_button = QPushButton(self.tr("Cancel visit"), self)
        self.buttons.addButton(self.cancel_visit_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_visit_button.clicked.connect(self.cancel_visit)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.title_label = QLabel(self)
        self.title_label.setStyleSheet("font-size: 14pt;")
        layout.addWidget(self.title_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 600)
        if visit_id is not None:
            self.load(visit_id)
        else:
            when = start or dt.datetime.combine(
                dt.date.today() + dt.timedelta(days=1), dt.time(9, 0)
            )
            self.start_edit.setDateTime(
                QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
            )
            if customer_id is not None:
                self._set_customer(customer_id)
            owner = owning_rep_id(customer_id) if customer_id is not None else None
            self._select_rep(rep_id or owner)
            self.tabs.setTabEnabled(1, False)
            self.cancel_visit_button.hide()
        self._update_header()
        self._baseline = self._state()

    # ------------------------------------------------------------ pages
    def _plan_page(self) -> QWidget:
        page = QWidget(self)
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        self.customer_edit = CustomerPicker(page)
        self.customer_edit.changed.connect(self._customer_changed)
        self.contact_combo = QComboBox(page)
        self.rep_combo = QComboBox(page)
        for rep in sales_reps():
            self.rep_combo.addItem(rep.name, rep.id)
        self.start_edit = QDateTimeEdit(page)
        self.start_edit.setDisplayFormat("yyyy-MM-dd  HH:mm")
        self.start_edit.setCalendarPopup(True)
        self.start_edit.dateTimeChanged.connect(lambda _v: self._update_header())
        self.duration_spin = QSpinBox(page)
        self.duration_spin.setRange(5, 720)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setValue(60)
        self.duration_spin.setSuffix(self.tr(" min"))
        when_row = QHBoxLayout()
        when_row.addWidget(self.start_edit, 1)
        when_row.addWidget(QLabel(self.tr("for"), page))
        when_row.addWidget(self.duration_spin)
        self.method_combo = QComboBox(page)
        for code, label in vs.METHODS:
            self.method_combo.addItem(tr_marked("Choice", label), code)
        self.matter_edit = QLineEdit(page)
        self.matter_edit.setMaxLength(300)
        self.reason_edit = QLineEdit(page)
        self.reason_edit.setMaxLength(300)
        self.purpose_edit = _text_box(page, 2)
        self.plan_edit = _text_box(page, 3)
        self.expected_edit = _text_box(page, 2)
        self.kind_label = QLabel(page)
        form.addRow(self.tr("Customer"), self.customer_edit)
        form.addRow("", self.kind_label)
        form.addRow(self.tr("When"), when_row)
        form.addRow(self.tr("Whom (contact)"), self.contact_combo)
        form.addRow(self.tr("Rep"), self.rep_combo)
        form.addRow(self.tr("Method"), self.method_combo)
        form.addRow(self.tr("What matter"), self.matter_edit)
        form.addRow(self.tr("For which reason"), self.reason_edit)
        form.addRow(self.tr("Purpose"), self.purpose_edit)
        form.addRow(self.tr("Action plan"), self.plan_edit)
        form.addRow(self.tr("Expected result"), self.expected_edit)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget(self)
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        self.done_radio = QRadioButton(self.tr("Done"), page)
        self.no_show_radio = QRadioButton(self.tr("Customer did not show / not met"), page)
        self.done_radio.setChecked(True)
        status_row = QHBoxLayout()
        status_row.addWidget(self.done_radio)
        status_row.addWidget(self.no_show_radio)
        status_row.addStretch(1)
        self.result_edit = _text_box(page, 4)
        self.purpose_group = QButtonGroup(page)
        purpose_row = QHBoxLayout()
        self.purpose_radios: dict[str, QRadioButton] = {}
        for code, text in (
            ("yes", self.tr("Yes")),
            ("partly", self.tr("Partly")),
            ("no", self.tr("No")),
        ):
            radio = QRadioButton(text, page)
            self.purpose_group.addButton(radio)
            self.purpose_radios[code] = radio
            purpose_row.addWidget(radio)
        purpose_row.addStretch(1)
        self.spent_spin = QSpinBox(page)
        self.spent_spin.setRange(0, 24 * 60)
        self.spent_spin.setSingleStep(5)
        self.spent_spin.setSuffix(self.tr(" min"))
        self.spent_spin.setSpecialValueText(self.tr("not recorded"))
        self.next_action_edit = QLineEdit(page)
        self.next_action_edit.setMaxLength(300)
        self.next_date_edit = QDateEdit(page)
        self.next_date_edit.setCalendarPopup(True)
        self.next_date_edit.setDisplayFormat("yyyy-MM-dd")
        self.next_date_edit.setDate(QDate.currentDate().addDays(7))
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_action_edit, 1)
        next_row.addWidget(QLabel(self.tr("due"), page))
        next_row.addWidget(self.next_date_edit)
        self.next_visit_button = QPushButton(self.tr("Plan the next action as a visit"), page)
        self.next_visit_button.clicked.connect(self.plan_next)
        self.next_visit_label = QLabel(page)
        next_visit_row = QHBoxLayout()
        next_visit_row.addWidget(self.next_visit_button)
        next_visit_row.addWidget(self.next_visit_label, 1)
        self.plan_summary = QLabel(page)
        self.plan_summary.setWordWrap(True)
        self.plan_summary.setTextFormat(Qt.TextFormat.RichText)
        self.plan_summary.setStyleSheet(
            "background: #f1f5f9; border: 1px solid #e2e8f0; padding: 6px; color: #334155;"
        )
        outer.insertWidget(0, self.plan_summary)
        form.addRow(self.tr("Status"), status_row)
        form.addRow(self.tr("Actual result"), self.result_edit)
        form.addRow(self.tr("Purpose met"), purpose_row)
        form.addRow(self.tr("Time spent"), self.spent_spin)
        form.addRow(self.tr("Next action"), next_row)
        form.addRow("", next_visit_row)
        return page

    # ------------------------------------------------------------ loading
    def load(self, visit_id: int) -> None:
        visit = vs.load_visit(visit_id)
        self.visit_id = visit_id
        self.version = int(visit.version)
        self.status = str(visit.status)
        self.next_visit_id = visit.next_visit_id
        self._set_customer(int(visit.customer_id), contact_id=visit.contact_id)
        self._select_rep(int(visit.rep_id))
        s = visit.start
        self.start_edit.setDateTime(
            QDateTime(QDate(s.year, s.month, s.day), QTime(s.hour, s.minute))
        )
        self.duration_spin.setValue(int(visit.duration_minutes))
        self.method_combo.setCurrentIndex(max(0, self.method_combo.findData(visit.method)))
        self.matter_edit.setText(visit.matter)
        self.reason_edit.setText(visit.reason)
        self.purpose_edit.setPlainText(visit.purpose)
        self.plan_edit.setPlainText(visit.action_plan)
        self.expected_edit.setPlainText(visit.expected_result)
        self.no_show_radio.setChecked(visit.status == "no_show")
        self.done_radio.setChecked(visit.status != "no_show")
        self.result_edit.setPlainText(visit.actual_result)
        self.purpose_group.setExclusive(False)
        for code, radio in self.purpose_radios.items():
            radio.setChecked(code == visit.purpose_met)
        self.purpose_group.setExclusive(True)
        self.spent_spin.setValue(int(visit.time_spent_minutes or 0))
        self.next_action_edit.setText(visit.next_action)
        if visit.next_action_on:
            d = visit.next_action_on
            self.next_date_edit.setDate(QDate(d.year, d.month, d.day))
        else:
            d = visit.start.date() + dt.timedelta(days=7)
            self.next_date_edit.setDate(QDate(d.year, d.month, d.day))
        self.tabs.setTabEnabled(1, True)
        if visit.status in ("done", "no_show"):
            self.tabs.setCurrentIndex(1)
        self.plan_summary.setText(
            "<b>"
            + self.tr("Purpose")
            + "</b>: "
            + html.escape(visit.purpose or "—")
            + "<br><b>"
            + self.tr("Expected result")
            + "</b>: "
            + html.escape(visit.expected_result or "—")
        )
        self.cancel_visit_button.setVisible(visit.status in ("planned", "cancelled"))
        self.cancel_visit_button.setText(
            self.tr("Restore visit") if visit.status == "cancelled" else self.tr("Cancel visit")
        )
        self._update_next_visit()
        self._update_header()
        self._baseline = self._state()

    def _set_customer(self, customer_id: int, contact_id: int | None = None) -> None:
        names = customer_names(customer_id)
        if names is None:
            return
        self.customer_edit.set_customer(customer_id, customer_caption(*names))
        self._fill_contacts(customer_id, contact_id)

    def _fill_contacts(self, customer_id: int | None, contact_id: int | None = None) -> None:
        self.contact_combo.clear()
        self.contact_combo.addItem(self.tr("(nobody in particular)"), None)
        if customer_id is None:
            return
        roles = {code: label for code, label in ((c.value, c.label) for c in CONTACT_ROLES)}
        for contact in contacts_of(customer_id):
            extra = " · ".join(
                x
                for x in (
                    contact.position,
                    tr_marked("Choice", roles[contact.role]) if contact.role in roles else "",
                )
                if x
            )
            self.contact_combo.addItem(f"{contact.name}  {extra}".strip(), contact.id)
        index = self.contact_combo.findData(contact_id) if contact_id else -1
        self.contact_combo.setCurrentIndex(
            index if index >= 0 else min(1, self.contact_combo.count() - 1)
        )

    def _select_rep(self, rep_id: int | None) -> None:
        index = self.rep_combo.findData(rep_id) if rep_id is not None else -1
        if index >= 0:
            self.rep_combo.setCurrentIndex(index)

    def _customer_changed(self) -> None:
        self._fill_contacts(self.customer_edit.customer_id())
        self._update_header()

    def _update_header(self) -> None:
        cid = self.customer_edit.customer_id()
        when = cast(dt.datetime, self.start_edit.dateTime().toPython())
        if cid is None:
            self.kind_label.setText("")
            self.title_label.setText(self.windowTitle())
            return
        new = vs.is_new_customer(cid, when.date())
        self.kind_label.setText(
            self.tr("New customer on this day (no deal and no done visit before it)")
            if new
            else self.tr("Existing customer")
        )
        self.kind_label.setStyleSheet("color: #c2410c;" if new else "color: #4b5563;")
        status = {
            "planned": self.tr("planned"),
            "done": self.tr("done"),
            "cancelled": self.tr("cancelled"),
            "no_show": self.tr("no-show"),
        }[self.status]
        self.title_label.setText(
            f"{self.customer_edit.text()}  ·  {when:%Y-%m-%d %H:%M}  ·  {status}"
        )

    def _update_next_visit(self) -> None:
        if self.next_visit_id:
            nxt = vs.visit_start(self.next_visit_id)
            text = (
                fill_args(self.tr("Next visit planned for %1"), f"{nxt:%Y-%m-%d %H:%M}")
                if nxt
                else ""
            )
            self.next_visit_label.setText(text)
            self.next_visit_button.setEnabled(False)
        else:
            self.next_visit_label.setText("")
            self.next_visit_button.setEnabled(self.visit_id is not None)

    # ------------------------------------------------------------ values
    def _state(self) -> tuple[object, ...]:
        """Everything the user can edit, to tell whether closing would lose something."""
        return (
            self.customer_edit.customer_id(),
            self.customer_edit.text(),
            self.contact_combo.currentData(),
            self.rep_combo.currentData(),
            self.start_edit.dateTime(),
            self.duration_spin.value(),
            self.method_combo.currentData(),
            self.matter_edit.text(),
            self.reason_edit.text(),
            self.purpose_edit.toPlainText(),
            self.plan_edit.toPlainText(),
            self.expected_edit.toPlainText(),
            self.done_radio.isChecked(),
            self.result_edit.toPlainText(),
            tuple(r.isChecked() for r in self.purpose_radios.values()),
            self.spent_spin.value(),
            self.next_action_edit.text(),
            self.next_date_edit.date(),
        )

    def is_dirty(self) -> bool:
        return self._state() != self._baseline

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: ask first when something was typed."""
        if self.is_dirty():
            answer = ask_unsaved_visit(self)
            if answer == SAVE:
                self.save()  # closes the dialog when saved; stays open to show what is wrong
            if answer != DISCARD:
                return
        super().reject()

    def draft(self) -> vs.VisitDraft:
        cid = self.customer_edit.customer_id()
        return vs.VisitDraft(
            customer_id=cid if cid is not None else 0,
            rep_id=int(self.rep_combo.currentData() or 0),
            start=cast(dt.datetime, self.start_edit.dateTime().toPython()),
            duration_minutes=self.duration_spin.value(),
            method=str(self.method_combo.currentData()),
            contact_id=self.contact_combo.currentData(),
            matter=self.matter_edit.text(),
            reason=self.reason_edit.text(),
            purpose=self.purpose_edit.toPlainText(),
            action_plan=self.plan_edit.toPlainText(),
            expected_result=self.expected_edit.toPlainText(),
            id=self.visit_id,
            version=self.version,
        )

    def outcome(self) -> vs.VisitOutcome | None:
        """The result tab's values, or None when nothing was entered there."""
        met = next((c for c, r in self.purpose_radios.items() if r.isChecked()), "")
        result = self.result_edit.toPlainText()
        no_show = self.no_show_radio.isChecked()
        if not (met or result.strip() or no_show):
            return None
        action = self.next_action_edit.text()
        return vs.VisitOutcome(
            actual_result=result,
            purpose_met=met,
            time_spent_minutes=self.spent_spin.value() or None,
            next_action=action,
            next_action_on=(
                cast(dt.date, self.next_date_edit.date().toPython()) if action.strip() else None
            ),
            status="no_show" if no_show else "done",
        )

    # ------------------------------------------------------------ actions
    def save(self) -> bool:
        if self.customer_edit.customer_id() is None:
            self._warn(self.tr("Choose the customer from the suggestions first."))
            return False
        try:
            visit = vs.save_visit(self.draft(), self.outcome())
            self.visit_id, self.version = int(visit.id), int(visit.version)
            self.status = str(visit.status)
        except ValidationFailed as error:
            self._warn(self._explain(error))
            return False
        except ConflictError:
            self._warn(
                self.tr(
                    "Someone else changed this visit after you opened it. "
                    "It is shown again as it is now; please redo your change."
                )
            )
            if self.visit_id is not None:
                self.load(self.visit_id)
            return False
        self.saved.emit(self.visit_id)
        self.accept()
        return True

    def plan_next(self) -> None:
        """Save the result, then turn the next action into the next planned visit."""
        if self.visit_id is None:
            return
        outcome = self.outcome()
        if outcome is None or not outcome.next_action.strip():
            self._warn(self.tr("Write the next action and its date first."))
            return
        try:
            visit = vs.save_visit(self.draft(), outcome)
            self.version, self.status = int(visit.version), str(visit.status)
            follow = vs.plan_next_visit(self.visit_id)
        except (ValidationFailed, ConflictError) as error:
            self._warn(
                self._explain(error)
                if isinstance(error, ValidationFailed)
                else self.tr("Someone else changed this visit; it was reloaded.")
            )
            self.load(self.visit_id)
            return
        self.next_visit_id = int(follow.id)
        self._update_next_visit()
        self._baseline = self._state()
        self.saved.emit(self.visit_id)

    def cancel_visit(self) -> None:
        if self.visit_id is None or self.version is None:
            return
        target = "planned" if self.status == "cancelled" else "cancelled"
        try:
            vs.set_status(self.visit_id, self.version, target)
        except ConflictError:
            self._warn(self.tr("Someone else changed this visit; it was reloaded."))
            self.load(self.visit_id)
            return
        self.saved.emit(self.visit_id)
        self.accept()

    def _explain(self, error: ValidationFailed) -> str:
        names = {
            "customer": self.tr("Customer"),
            "rep": self.tr("Rep"),
            "contact": self.tr("Whom (contact)"),
            "method": self.tr("Method"),
            "duration_minutes": self.tr("Duration"),
            "matter": self.tr("What matter"),
            "reason": self.tr("For which reason"),
            "purpose": self.tr("Purpose"),
            "action_plan": self.tr("Action plan"),
            "expected_result": self.tr("Expected result"),
            "purpose_met": self.tr("Purpose met"),
            "actual_result": self.tr("Actual result"),
            "next_action": self.tr("Next action"),
            "next_action_on": self.tr("Next action date"),
            "time_spent_minutes": self.tr("Time spent"),
            "status": self.tr("Status"),
        }
        lines = [self.tr("Please check:")]
        for e in error.errors:
            name = names.get(e.field, e.field)
            reason = error_text(e) if e.code in ("too_long", "control_char", "required") else ""
            if e.code == "before_visit":
                reason = self.tr("it cannot be due before the visit")
            line = fill_args(self.tr("%1: %2"), name, reason) if reason else name
            lines.append(f"• {line}")
        return "\n".join(lines)

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.windowTitle(), text)


def plan_visit_for_customer(
    ctx: UiContext,
    customer_id: int,
    parent: QWidget | None = None,
    start: dt.datetime | None = None,
) -> int | None:
    """Open the visit dialog for a customer (modal); returns the new visit's id or None."""
    dialog = VisitDialog(ctx, customer_id=customer_id, start=start, parent=parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.visit_id
    return None
