"""The opportunity dialog: new or edit, each service error shown beside its field.

`new_opportunity_for_customer(ctx, customer_id, parent)` is what the room lends the customer
form as `rooms.NEW_OPPORTUNITY`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...i18n import fill_args
from ...services.common.errors import ConflictError, FieldError, ValidationFailed
from ...services.common.formats import money_text
from ...services.common.validation import parse_money
from ...services.customers.queries import customer_names
from ...services.owner import pipeline
from ...services.people.users import sales_reps
from ..common.customer_picker import CustomerPicker, customer_caption
from ..common.messages import error_text
from ..context import UiContext


def stage_label(stage: pipeline.Stage) -> str:
    """A stage's label in the reader's language (one the office typed: as typed)."""
    return QCoreApplication.translate("Pipeline", stage.label)


class OpportunityDialog(QDialog):
    """New (give `customer_id` to start with one) or edit (`opportunity_id`)."""

    saved = Signal(int)  # the opportunity id

    FIELDS = (
        "customer_id",
        "title",
        "products",
        "expected_amount",
        "stage",
        "probability",
        "expected_close",
        "owner_rep_id",
        "lost_reason",
        "notes",
    )

    def __init__(
        self,
        ctx: UiContext,
        opportunity_id: int | None = None,
        *,
        customer_id: int | None = None,
        stage: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("OpportunityDialog")
        self.opportunity_id = opportunity_id
        self.version: int | None = None
        user = ctx.app.user
        self.stages = pipeline.stages(user)
        self.setWindowTitle(
            self.tr("New opportunity") if opportunity_id is None else self.tr("Opportunity")
        )
        self.customer_edit = CustomerPicker(ctx, self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("e.g. Air conditioning for the new plant"))
        self.products_edit = QLineEdit(self)
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setPlaceholderText("0.00")
        self.stage_combo = QComboBox(self)
        for s in self.stages:
            self.stage_combo.addItem(stage_label(s), s.code)
        self.probability_spin = QSpinBox(self)
        self.probability_spin.setRange(0, 100)
        self.probability_spin.setSuffix(" %")
        self.close_check = QCheckBox(self.tr("Expected close"), self)
        self.close_edit = QDateEdit(self)
        self.close_edit.setCalendarPopup(True)
        self.close_edit.setDisplayFormat("yyyy-MM-dd")
        self.close_edit.setDate(_qdate(dt.date.today() + dt.timedelta(days=30)))
        self.close_check.setChecked(True)
        self.close_check.toggled.connect(self.close_edit.setEnabled)
        self.rep_combo = QComboBox(self)
        self.rep_combo.addItem(self.tr("(the customer's rep)"), None)
        for rep in sales_reps(user):
            self.rep_combo.addItem(rep.name, rep.id)
        self.lost_edit = QPlainTextEdit(self)
        self.lost_edit.setFixedHeight(54)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setFixedHeight(70)
        self.errors: dict[str, QLabel] = {}
        self.row_labels: dict[str, QWidget] = {}
        form = QFormLayout()
        close_row = QHBoxLayout()
        close_row.addWidget(self.close_edit)
        close_row.addStretch(1)
        rows: list[tuple[str, str, QWidget | QHBoxLayout]] = [
            ("customer_id", self.tr("Customer"), self.customer_edit),
            ("title", self.tr("Title"), self.title_edit),
            ("products", self.tr("Products"), self.products_edit),
            ("expected_amount", self.tr("Expected amount (¥)"), self.amount_edit),
            ("stage", self.tr("Stage"), self.stage_combo),
            ("probability", self.tr("Probability"), self.probability_spin),
            ("expected_close", "", close_row),
            ("owner_rep_id", self.tr("Owning rep"), self.rep_combo),
            ("lost_reason", self.tr("Lost reason"), self.lost_edit),
            ("notes", self.tr("Notes"), self.notes_edit),
        ]
        for name, label, editor in rows:
            error = QLabel(self)
            error.setObjectName(f"error_{name}")
            error.setStyleSheet("color: #b91c1c;")
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
            caption: QWidget = self.close_check if name == "expected_close" else QLabel(label, self)
            self.row_labels[name] = caption
            form.addRow(caption, box)
        self.stage_combo.currentIndexChanged.connect(self._stage_changed)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.deal_label = QLabel(self)
        self.deal_label.setWordWrap(True)
        self.deal_label.setStyleSheet("color: #4b5563;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.deal_label)
        layout.addWidget(self.buttons)
        self.resize(560, 520)
        if opportunity_id is not None:
            self.load(opportunity_id)
        else:
            if customer_id is not None:
                names = customer_names(user, customer_id)
                if names is not None:
                    self.customer_edit.set_customer(customer_id, customer_caption(*names))
            self._select_stage(stage or self.stages[0].code)
            self._stage_changed()

    # ------------------------------------------------------------ values
    def _select_stage(self, code: str) -> None:
        index = self.stage_combo.findData(code)
        self.stage_combo.setCurrentIndex(max(index, 0))

    def _stage_changed(self) -> None:
        code = self.stage_combo.currentData()
        stage = next((s for s in self.stages if s.code == code), self.stages[0])
        self.probability_spin.setValue(stage.probability)
        lost = stage.kind == pipeline.LOST_KIND
        self.lost_edit.setVisible(lost)
        self.row_labels["lost_reason"].setVisible(lost)
        if not lost:
            self.errors["lost_reason"].hide()

    def load(self, opportunity_id: int) -> None:
        record = pipeline.load_opportunity(self.ctx.app.user, opportunity_id)
        self.opportunity_id, self.version = record.id, record.version
        names = customer_names(self.ctx.app.user, record.customer_id)
        caption = customer_caption(*names) if names else record.customer_name
        self.customer_edit.set_customer(record.customer_id, caption)
        self.title_edit.setText(record.title)
        self.products_edit.setText(record.products)
        self.amount_edit.setText(money_text(record.expected_amount, currency=False))
        self.stage_combo.blockSignals(True)
        self._select_stage(record.stage)
        self.stage_combo.blockSignals(False)
        self._stage_changed()
        self.probability_spin.setValue(record.probability)
        self.close_check.setChecked(record.expected_close is not None)
        if record.expected_close is not None:
            self.close_edit.setDate(_qdate(record.expected_close))
        index = self.rep_combo.findData(record.owner_rep_id)
        if index < 0 and record.owner_rep_id is not None:
            self.rep_combo.addItem(record.owner_rep_name, record.owner_rep_id)
            index = self.rep_combo.count() - 1
        self.rep_combo.setCurrentIndex(max(index, 0))
        self.lost_edit.setPlainText(record.lost_reason)
        self.notes_edit.setPlainText(record.notes)
        if record.deal_id is not None and record.closed_on is not None:
            self.deal_label.setText(
                fill_args(
                    self.tr("Won on %1: the deal is in the customer's business record."),
                    record.closed_on.isoformat(),
                )
            )

    def _amount(self) -> Decimal | None:
        text = self.amount_edit.text().strip()
        if not text:
            return Decimal(0)
        try:
            return parse_money(text)
        except ValueError:
            return None

    def draft(self) -> pipeline.OpportunityDraft | None:
        """The typed values, or None (and the field's error shown) when the amount is no
        amount at all."""
        amount = self._amount()
        if amount is None:
            self.show_errors([FieldError("expected_amount", "money")])
            return None
        close = self.close_edit.date().toPython() if self.close_check.isChecked() else None
        return pipeline.OpportunityDraft(
            customer_id=self.customer_edit.customer_id() or 0,
            title=self.title_edit.text(),
            stage=str(self.stage_combo.currentData()),
            expected_amount=amount,
            probability=self.probability_spin.value(),
            expected_close=close,  # type: ignore[arg-type]
            owner_rep_id=self.rep_combo.currentData(),
            products=self.products_edit.text(),
            lost_reason=self.lost_edit.toPlainText(),
            notes=self.notes_edit.toPlainText(),
            id=self.opportunity_id,
            version=self.version,
        )

    def show_errors(self, errors: list[FieldError]) -> None:
        for label in self.errors.values():
            label.hide()
        unplaced: list[FieldError] = []
        for error in errors:
            shown = self.errors.get(error.field)
            if shown is None:
                unplaced.append(error)
                continue
            shown.setText(error_text(error))
            shown.show()
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
            record = pipeline.save_opportunity(self.ctx.app.user, draft)
        except ValidationFailed as failed:
            self.show_errors(failed.errors)
            return False
        except ConflictError:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr(
                    "Someone else changed this opportunity after you opened it. It is shown "
                    "again as it is now; please redo your change."
                ),
            )
            if self.opportunity_id is not None:
                self.load(self.opportunity_id)
            return False
        self.opportunity_id, self.version = record.id, record.version
        self.saved.emit(record.id)
        self.accept()
        return True


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def new_opportunity_for_customer(
    ctx: UiContext, customer_id: int, parent: QWidget | None = None
) -> int | None:
    """Open the dialog for a new opportunity of a customer (modal); its id or None."""
    dialog = OpportunityDialog(ctx, customer_id=customer_id, parent=parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.opportunity_id
    return None
