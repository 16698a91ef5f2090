"""The visit dialog: the plan with the five elements, and after the visit its result.

`plan_visit_for_customer(ctx, customer_id, parent)` is what the planner lends other rooms as
`rooms.PLAN_VISIT` ("Plan visit" from the customer form and list).
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
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
from ...services.customers.queries import owning_rep_id
from ...services.owner import pipeline
from ...services.visits.fields import (
    OUTCOME_FIELDS,
    PLAN_FIELDS,
    VISIT_FIELDS,
    VISIT_FIELDS_BY_NAME,
    draft_attribute,
)
from ...services.visits.status import VisitStatus
from ..context import UiContext
from .visit_editors import (
    FieldEditor,
    VisitReferences,
    add_field_rows,
    cancel_target,
    explain_refusal,
    field_label,
    field_refusal,
    status_word,
)

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


class VisitDialog(QDialog):
    """Plan a new visit (give customer and/or start) or open an existing one by id.

    Its rows are the visit description's fields (`PLAN_FIELDS` on the plan tab,
    `OUTCOME_FIELDS` after the visit); which status changes it offers is
    `services.visits.status.VisitStatus`'s table.
    """

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
        self.status: str = VisitStatus.PLANNED
        self.next_visit_id: int | None = None
        self.editors: dict[str, FieldEditor] = {}
        self._rows_after: dict[str, tuple[QWidget | QHBoxLayout, ...]] = {}
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
            self.editors["start"].set(
                start or dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(9, 0))
            )
            if customer_id is not None:
                self.references.set_customer(customer_id)
                self._fill_opportunities(customer_id)
            owner = (
                owning_rep_id(self.ctx.app.user, customer_id) if customer_id is not None else None
            )
            self.references.select_rep(rep_id or owner)
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
        self.references = VisitReferences(self.ctx, page)
        self.editors.update(self.references.editors())
        self.customer_edit = self.references.customer_edit
        self.customer_edit.changed.connect(self._customer_changed)
        self.contact_combo = self.references.contact_combo
        self.rep_combo = self.references.rep_combo
        self.kind_label = QLabel(page)
        self._rows_after["customer"] = (self.kind_label,)
        add_field_rows(page, form, PLAN_FIELDS, self.editors, self._rows_after)
        # The opportunity this visit works on: one of the customer's open ones, or none.
        self.opportunity_combo = QComboBox(page)
        self.opportunity_combo.setObjectName("visit_opportunity")
        kind_row, _role = cast(
            tuple[int, QFormLayout.ItemRole], form.getWidgetPosition(self.kind_label)
        )
        form.insertRow(kind_row + 1, self.tr("Opportunity"), self.opportunity_combo)
        self._fill_opportunities(None)
        # The editors by their old names, for the planner room and the tests that drive them.
        self.start_edit = cast(QDateTimeEdit, self.editors["start"].widget)
        self.start_edit.dateTimeChanged.connect(lambda _v: self._update_header())
        self.duration_spin = cast(QSpinBox, self.editors["duration_minutes"].widget)
        self.method_combo = cast(QComboBox, self.editors["method"].widget)
        self.matter_edit = cast(QLineEdit, self.editors["matter"].widget)
        self.reason_edit = cast(QLineEdit, self.editors["reason"].widget)
        self.purpose_edit = cast(QPlainTextEdit, self.editors["purpose"].widget)
        self.plan_edit = cast(QPlainTextEdit, self.editors["action_plan"].widget)
        self.expected_edit = cast(QPlainTextEdit, self.editors["expected_result"].widget)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget(self)
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        self.next_visit_button = QPushButton(self.tr("Plan the next action as a visit"), page)
        self.next_visit_button.clicked.connect(self.plan_next)
        self.next_visit_label = QLabel(page)
        next_visit_row = QHBoxLayout()
        next_visit_row.addWidget(self.next_visit_button)
        next_visit_row.addWidget(self.next_visit_label, 1)
        self._rows_after["next_action"] = (next_visit_row,)
        self.plan_summary = QLabel(page)
        self.plan_summary.setWordWrap(True)
        self.plan_summary.setTextFormat(Qt.TextFormat.RichText)
        self.plan_summary.setStyleSheet(
            "background: #f1f5f9; border: 1px solid #e2e8f0; padding: 6px; color: #334155;"
        )
        outer.insertWidget(0, self.plan_summary)
        add_field_rows(page, form, OUTCOME_FIELDS, self.editors, self._rows_after)
        status = self.editors["status"].parts
        self.done_radio = cast(QRadioButton, status[VisitStatus.DONE])
        self.no_show_radio = cast(QRadioButton, status[VisitStatus.NO_SHOW])
        self.purpose_radios = {
            code: cast(QRadioButton, radio)
            for code, radio in self.editors["purpose_met"].parts.items()
        }
        self.result_edit = cast(QPlainTextEdit, self.editors["actual_result"].widget)
        self.spent_spin = cast(QSpinBox, self.editors["time_spent_minutes"].widget)
        self.next_action_edit = cast(QLineEdit, self.editors["next_action"].widget)
        self.next_date_edit = cast(QDateEdit, self.editors["next_action_on"].widget)
        return page

    # ------------------------------------------------------------ loading
    def load(self, visit_id: int) -> None:
        visit = vs.load_visit(self.ctx.app.user, visit_id)
        self.visit_id = visit_id
        self.version = int(visit.version)
        self.status = str(visit.status)
        self.next_visit_id = visit.next_visit_id
        for spec in VISIT_FIELDS:
            self.editors[spec.name].set(getattr(visit, draft_attribute(spec)))
        self._fill_opportunities(visit.customer_id, visit.opportunity_id)
        if not visit.next_action_on:  # a week after the visit, ready to be chosen
            self.editors["next_action_on"].set(visit.start.date() + dt.timedelta(days=7))
        self._offer_allowed_changes(VisitStatus(visit.status))
        self.plan_summary.setText(
            "<br>".join(
                f"<b>{field_label(VISIT_FIELDS_BY_NAME[name])}</b>: "
                + html.escape(getattr(visit, name) or "—")
                for name in ("purpose", "expected_result")
            )
        )
        self._update_next_visit()
        self._update_header()
        self._baseline = self._state()

    def _offer_allowed_changes(self, status: VisitStatus) -> None:
        """Offer only what the status table allows: a result, cancelling, restoring."""
        self.tabs.setTabEnabled(1, status.may_record_result)
        for code, radio in self.editors["status"].parts.items():
            radio.setEnabled(status.may_become(code))
        if status.has_result:
            self.tabs.setCurrentIndex(1)
        target = cancel_target(status)
        self.cancel_visit_button.setVisible(target is not None)
        self.cancel_visit_button.setText(
            self.tr("Restore visit") if target is VisitStatus.PLANNED else self.tr("Cancel visit")
        )

    def _customer_changed(self) -> None:
        self.references.fill_contacts(self.customer_edit.customer_id())
        self._fill_opportunities(self.customer_edit.customer_id())
        self._update_header()

    def _fill_opportunities(self, customer_id: int | None, keep: int | None = None) -> None:
        """The customer's open opportunities to choose from (and `keep`, the visit's own
        even when it has closed since)."""
        combo = self.opportunity_combo
        combo.clear()
        combo.addItem(self.tr("(none)"), None)
        if customer_id is None:
            return
        user = self.ctx.app.user
        labels = {s.code: s.label for s in pipeline.stages(user)}
        found = pipeline.open_opportunities_of(user, customer_id)
        if keep is not None and all(o.id != keep for o in found):
            found.append(pipeline.load_opportunity(user, keep))
        for opportunity in found:
            stage = QCoreApplication.translate("Pipeline", labels.get(opportunity.stage, ""))
            combo.addItem(f"{opportunity.title} · {stage}", opportunity.id)
        combo.setCurrentIndex(max(combo.findData(keep), 0) if keep is not None else 0)

    def select_opportunity(self, opportunity_id: int | None) -> None:
        index = self.opportunity_combo.findData(opportunity_id)
        self.opportunity_combo.setCurrentIndex(max(index, 0))

    def _update_header(self) -> None:
        cid = self.customer_edit.customer_id()
        when = cast(dt.datetime, self.editors["start"].get())
        if cid is None:
            self.kind_label.setText("")
            self.title_label.setText(self.windowTitle())
            return
        new = vs.is_new_customer(self.ctx.app.user, cid, when.date())
        self.kind_label.setText(
            self.tr("New customer on this day (no deal and no done visit before it)")
            if new
            else self.tr("Existing customer")
        )
        self.kind_label.setStyleSheet("color: #c2410c;" if new else "color: #4b5563;")
        status = status_word(VisitStatus(self.status))
        self.title_label.setText(
            f"{self.customer_edit.text()}  ·  {when:%Y-%m-%d %H:%M}  ·  {status}"
        )

    def _update_next_visit(self) -> None:
        if self.next_visit_id:
            nxt = vs.visit_start(self.ctx.app.user, self.next_visit_id)
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
        values = tuple(self.editors[spec.name].get() for spec in VISIT_FIELDS)
        return (self.customer_edit.text(), self.opportunity_combo.currentData(), *values)

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
        values: dict[str, Any] = {
            draft_attribute(s): self.editors[s.name].get() for s in PLAN_FIELDS
        }
        values["customer_id"] = values["customer_id"] or 0  # refused by the service: no such
        values["rep_id"] = int(cast(int | None, values["rep_id"]) or 0)
        values["opportunity_id"] = self.opportunity_combo.currentData()
        return vs.VisitDraft(**values, id=self.visit_id, version=self.version)

    def outcome(self) -> vs.VisitOutcome | None:
        """The result tab's values, or None when nothing was entered there."""
        values: dict[str, Any] = {
            draft_attribute(s): self.editors[s.name].get() for s in OUTCOME_FIELDS
        }
        no_show = values["status"] == VisitStatus.NO_SHOW
        if not (values["purpose_met"] or str(values["actual_result"]).strip() or no_show):
            return None
        if not str(values["next_action"]).strip():
            values["next_action_on"] = None
        return vs.VisitOutcome(**values)

    # ------------------------------------------------------------ actions
    def save(self) -> bool:
        if self.customer_edit.customer_id() is None:
            self._warn(self.tr("Choose the customer from the suggestions first."))
            return False
        self._clear_errors()
        try:
            visit = vs.save_visit(self.ctx.app.user, self.draft(), self.outcome())
            self.visit_id, self.version = int(visit.id), int(visit.version)
            self.status = str(visit.status)
        except ValidationFailed as error:
            if not self._show_errors(error):
                self._warn(explain_refusal(error))
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
            visit = vs.save_visit(self.ctx.app.user, self.draft(), outcome)
            self.version, self.status = int(visit.version), str(visit.status)
            follow = vs.plan_next_visit(self.ctx.app.user, self.visit_id)
        except (ValidationFailed, ConflictError) as error:
            self._warn(
                explain_refusal(error)
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
        """Cancel the visit, or restore a cancelled one (whichever the button offers)."""
        target = cancel_target(VisitStatus(self.status))
        if self.visit_id is None or self.version is None or target is None:
            return
        try:
            vs.set_status(self.ctx.app.user, self.visit_id, self.version, target)
        except (ConflictError, ValidationFailed):
            self._warn(self.tr("Someone else changed this visit; it was reloaded."))
            self.load(self.visit_id)
            return
        self.saved.emit(self.visit_id)
        self.accept()

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.windowTitle(), text)

    def _clear_errors(self) -> None:
        for editor in self.editors.values():
            editor.clear_error()

    def _show_errors(self, error: ValidationFailed) -> bool:
        """Each refused field's message beside it, its tab shown and the first one focused;
        False when a refusal names no field of the dialog (then it is said in a box)."""
        shown = [e for e in error.errors if e.field in self.editors]
        if len(shown) != len(error.errors):
            return False
        for e in shown:
            self.editors[e.field].show_error(field_refusal(e))
        first = self.editors[shown[0].field].widget
        page = 1 if shown[0].field in {s.name for s in OUTCOME_FIELDS} else 0
        self.tabs.setCurrentIndex(page)
        first.setFocus()
        return True


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
