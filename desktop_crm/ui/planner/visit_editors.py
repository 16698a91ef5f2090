"""The visit dialog's rows: one editor per field of the visit description, read and set by value.

`make_editor(spec, parent)` builds the editor of a described field by its kind; the references
(customer, contact, rep) come from `VisitReferences`, which asks services for the choices;
`add_field_rows` lays them out. How a field looks beyond its kind (a combo or radio buttons, a
box's height, a spin box's step) is the presentation kept here, by field name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime, SignalInstance
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from ...i18n import QT_TRANSLATE_NOOP, fill_args
from ...services.common.errors import FieldError, ValidationFailed
from ...services.customers.fields import CONTACT_ROLES
from ...services.customers.queries import contacts_of, customer_names
from ...services.people.users import sales_reps
from ...services.visits.fields import VISIT_FIELDS_BY_NAME, FieldSpec, Kind
from ...services.visits.status import RESULT_STATUSES, VisitStatus
from ..common.customer_picker import CustomerPicker, customer_caption
from ..common.messages import error_text
from ..common.styles import ERROR_STYLE, INVALID_STYLE
from ..context import UiContext
from ..i18n import tr_marked

TEXT_LINES = {"purpose": 2, "action_plan": 3, "expected_result": 2, "actual_result": 4}
SPIN_STEPS = {"duration_minutes": 15, "time_spent_minutes": 5}
SPIN_DEFAULTS = {"duration_minutes": 60}
RADIO_FIELDS = ("purpose_met", "status")  # few choices, all visible at once


def status_label(status: VisitStatus) -> str:
    """The result tab's wording of the statuses a result sets."""
    if status is VisitStatus.NO_SHOW:
        return QCoreApplication.translate("VisitDialog", "Customer did not show / not met")
    return QCoreApplication.translate("VisitDialog", "Done")


def field_label(spec: FieldSpec) -> str:
    return tr_marked(spec.context, spec.label)


class FieldEditor:
    """One visit field: the widget to lay out, and its value as the draft holds it."""

    def __init__(
        self,
        widget: QWidget,
        get: Callable[[], object],
        set_value: Callable[[object], None],
        parts: dict[str, QWidget] | None = None,
    ) -> None:
        self.widget = widget
        self.get = get
        self.set = set_value
        self.parts = parts or {}  # radio buttons by value, for enabling and tests
        self.error_label: QLabel | None = None  # under the field's row (add_field_rows)
        self.marked = False
        for signal in _edited_signals(widget, self.parts):
            signal.connect(self._edited)

    def _edited(self, *_args: object) -> None:
        """The field was changed: its message no longer holds (the next save checks again)."""
        if self.marked:
            self.clear_error()

    def show_error(self, text: str) -> None:
        """Say beside the field what is wrong with it (and mark the field)."""
        self.marked = True
        self.widget.setStyleSheet(INVALID_STYLE)
        self.widget.setToolTip(text)
        if self.error_label is not None:
            self.error_label.setText(text)
            self.error_label.show()

    def clear_error(self) -> None:
        self.marked = False
        self.widget.setStyleSheet("")
        self.widget.setToolTip("")
        if self.error_label is not None:
            self.error_label.hide()


def _edited_signals(widget: QWidget, parts: dict[str, QWidget]) -> list[SignalInstance]:
    """The signals saying a field's widget (or one of its radio buttons) was changed."""
    if parts:
        return [cast(QRadioButton, radio).toggled for radio in parts.values()]
    if isinstance(widget, QLineEdit):
        return [widget.textChanged]
    if isinstance(widget, QPlainTextEdit):
        return [widget.textChanged]
    if isinstance(widget, QSpinBox):
        return [widget.valueChanged]
    if isinstance(widget, QComboBox):
        return [widget.currentIndexChanged]
    if isinstance(widget, QDateTimeEdit):  # QDateEdit too
        return [widget.dateTimeChanged]
    return []


def text_box(parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def _line(spec: FieldSpec, parent: QWidget) -> FieldEditor:
    edit = QLineEdit(parent)
    edit.setMaxLength(spec.limit)
    return FieldEditor(edit, edit.text, lambda v: edit.setText(str(v or "")))


def _box(spec: FieldSpec, parent: QWidget) -> FieldEditor:
    box = text_box(parent, TEXT_LINES.get(spec.name, 3))
    return FieldEditor(box, box.toPlainText, lambda v: box.setPlainText(str(v or "")))


def _spin(spec: FieldSpec, parent: QWidget) -> FieldEditor:
    """Minutes; an optional number shows its minimum as "not recorded" and reads it as None."""
    spin = QSpinBox(parent)
    low, high = spec.bounds
    spin.setRange(low, high)
    spin.setSingleStep(SPIN_STEPS.get(spec.name, 1))
    spin.setValue(SPIN_DEFAULTS.get(spec.name, low))
    spin.setSuffix(QCoreApplication.translate("VisitDialog", " min"))
    if not spec.required:
        spin.setSpecialValueText(QCoreApplication.translate("VisitDialog", "not recorded"))

    def get() -> object:
        value = spin.value()
        return None if not spec.required and value == low else value

    return FieldEditor(spin, get, lambda v: spin.setValue(int(str(v)) if v is not None else low))


def _combo(spec: FieldSpec, parent: QWidget) -> FieldEditor:
    combo = QComboBox(parent)
    for choice in spec.choices:
        combo.addItem(tr_marked("Choice", choice.label), choice.value)

    def set_value(value: object) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    return FieldEditor(combo, lambda: str(combo.currentData()), set_value)


def _radios(spec: FieldSpec, parent: QWidget) -> FieldEditor:
    """Radio buttons in a row; a status offers only the statuses a result sets."""
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    group = QButtonGroup(row)
    if spec.name == "status":
        options = [(s.value, status_label(s)) for s in RESULT_STATUSES]
    else:
        options = [(c.value, tr_marked("Choice", c.label)) for c in spec.choices]
    radios: dict[str, QWidget] = {}
    for value, text in options:
        radio = QRadioButton(text, row)
        group.addButton(radio)
        radios[value] = radio
        layout.addWidget(radio)
    layout.addStretch(1)
    default = options[0][0] if spec.name == "status" else ""  # a result is "done" unless said

    def get() -> object:
        return next((v for v, r in radios.items() if cast(QRadioButton, r).isChecked()), "")

    def set_value(value: object) -> None:
        wanted = value if value in radios else default
        group.setExclusive(False)  # lets every button go off when nothing is chosen
        for code, radio in radios.items():
            cast(QRadioButton, radio).setChecked(code == wanted)
        group.setExclusive(True)

    set_value(default)
    return FieldEditor(row, get, set_value, radios)


def _date(spec: FieldSpec, parent: QWidget) -> FieldEditor:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate.currentDate().addDays(7))

    def set_value(value: object) -> None:
        if isinstance(value, dt.date):
            edit.setDate(QDate(value.year, value.month, value.day))

    return FieldEditor(edit, lambda: cast(dt.date, edit.date().toPython()), set_value)


def _datetime(spec: FieldSpec, parent: QWidget) -> FieldEditor:
    edit = QDateTimeEdit(parent)
    edit.setDisplayFormat("yyyy-MM-dd  HH:mm")
    edit.setCalendarPopup(True)

    def set_value(value: object) -> None:
        if isinstance(value, dt.datetime):
            day = QDate(value.year, value.month, value.day)
            edit.setDateTime(QDateTime(day, QTime(value.hour, value.minute)))

    return FieldEditor(edit, lambda: cast(dt.datetime, edit.dateTime().toPython()), set_value)


_FACTORIES: dict[Kind, Callable[[FieldSpec, QWidget], FieldEditor]] = {
    Kind.TEXT: _line,
    Kind.LONGTEXT: _box,
    Kind.INTEGER: _spin,
    Kind.CHOICE: _combo,
    Kind.DATE: _date,
    Kind.DATETIME: _datetime,
}


def make_editor(spec: FieldSpec, parent: QWidget) -> FieldEditor:
    """The editor of a described field (not a reference), chosen by its kind and name."""
    if spec.kind == Kind.CHOICE and spec.name in RADIO_FIELDS:
        editor = _radios(spec, parent)
    else:
        editor = _FACTORIES[spec.kind](spec, parent)
    editor.widget.setObjectName(f"visit_{spec.name}")
    editor.widget.setAccessibleName(field_label(spec))
    return editor


class VisitReferences:
    """Customer, contact and rep: chosen from what services know, so built apart."""

    def __init__(self, ctx: UiContext, page: QWidget) -> None:
        self.ctx = ctx
        self.customer_edit = CustomerPicker(ctx, page)
        self.contact_combo = QComboBox(page)
        self.rep_combo = QComboBox(page)
        for rep in sales_reps(self.ctx.app.user):
            self.rep_combo.addItem(rep.name, rep.id)

    def editors(self) -> dict[str, FieldEditor]:
        picker, contacts, reps = self.customer_edit, self.contact_combo, self.rep_combo
        return {
            "customer": FieldEditor(
                picker, picker.customer_id, lambda v: self.set_customer(cast(int | None, v))
            ),
            "contact": FieldEditor(
                contacts, contacts.currentData, lambda v: self.select_contact(cast(int, v))
            ),
            "rep": FieldEditor(reps, reps.currentData, lambda v: self.select_rep(cast(int, v))),
        }

    def set_customer(self, customer_id: int | None) -> None:
        names = customer_names(self.ctx.app.user, customer_id) if customer_id is not None else None
        if customer_id is None or names is None:
            return
        self.customer_edit.set_customer(customer_id, customer_caption(*names))
        self.fill_contacts(customer_id)

    def fill_contacts(self, customer_id: int | None) -> None:
        combo = self.contact_combo
        combo.clear()
        combo.addItem(QCoreApplication.translate("VisitDialog", "(nobody in particular)"), None)
        if customer_id is None:
            return
        roles = {c.value: c.label for c in CONTACT_ROLES}
        for contact in contacts_of(self.ctx.app.user, customer_id):
            role = tr_marked("Choice", roles[contact.role]) if contact.role in roles else ""
            extra = " · ".join(x for x in (contact.position, role) if x)
            combo.addItem(f"{contact.name}  {extra}".strip(), contact.id)
        self.select_contact(None)

    def select_contact(self, contact_id: int | None) -> None:
        """The given contact, else the customer's first one (a visit is usually to someone)."""
        index = self.contact_combo.findData(contact_id) if contact_id else -1
        self.contact_combo.setCurrentIndex(
            index if index >= 0 else min(1, self.contact_combo.count() - 1)
        )

    def select_rep(self, rep_id: int | None) -> None:
        index = self.rep_combo.findData(rep_id) if rep_id is not None else -1
        if index >= 0:
            self.rep_combo.setCurrentIndex(index)


# A field shown in its partner's row, after a joining word: "When [start] for [duration]".
ROW_PARTNERS: dict[str, tuple[str, str]] = {
    "duration_minutes": ("start", QT_TRANSLATE_NOOP("VisitDialog", "for")),
    "next_action_on": ("next_action", QT_TRANSLATE_NOOP("VisitDialog", "due")),
}


def add_field_rows(
    page: QWidget,
    form: QFormLayout,
    specs: tuple[FieldSpec, ...],
    editors: dict[str, FieldEditor],
    rows_after: dict[str, tuple[QWidget | QHBoxLayout, ...]],
) -> None:
    """One labelled row per described field, editors made as needed (references given).

    A field in ROW_PARTNERS joins its partner's row; `rows_after` adds unlabelled rows
    (a hint, a button) after a field's row.
    """
    for spec in specs:
        if spec.name not in editors:
            editors[spec.name] = make_editor(spec, page)
    partners = {partner: (name, word) for name, (partner, word) in ROW_PARTNERS.items()}
    for spec in specs:
        if spec.name in ROW_PARTNERS:
            continue
        field: QWidget | QHBoxLayout = editors[spec.name].widget
        if spec.name in partners:
            name, word = partners[spec.name]
            row = QHBoxLayout()
            row.addWidget(editors[spec.name].widget, 1)
            row.addWidget(QLabel(QCoreApplication.translate("VisitDialog", word), page))
            row.addWidget(editors[name].widget)
            field = row
        form.addRow(field_label(spec), field)
        # the message for this field (and its partner) when a save is refused: beside it
        error = QLabel(page)
        error.setObjectName(f"error_{spec.name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        form.addRow("", error)
        editors[spec.name].error_label = error
        for name, (partner, _word) in ROW_PARTNERS.items():
            if partner == spec.name:
                editors[name].error_label = error
        for extra in rows_after.get(spec.name, ()):
            form.addRow("", extra)


def cancel_target(status: VisitStatus) -> VisitStatus | None:
    """What the Cancel / Restore button turns a visit into, or None for no button."""
    target = VisitStatus.PLANNED if status is VisitStatus.CANCELLED else VisitStatus.CANCELLED
    return target if target is not status and status.may_become(target) else None


def status_word(status: VisitStatus) -> str:
    """The status as the dialog's title line says it."""
    words = {
        VisitStatus.PLANNED: QT_TRANSLATE_NOOP("VisitDialog", "planned"),
        VisitStatus.DONE: QT_TRANSLATE_NOOP("VisitDialog", "done"),
        VisitStatus.CANCELLED: QT_TRANSLATE_NOOP("VisitDialog", "cancelled"),
        VisitStatus.NO_SHOW: QT_TRANSLATE_NOOP("VisitDialog", "no-show"),
    }
    return QCoreApplication.translate("VisitDialog", words[status])


def _reason(e: FieldError) -> str:
    if e.code == "before_visit":
        return QCoreApplication.translate("VisitDialog", "it cannot be due before the visit")
    return error_text(e)


def field_refusal(e: FieldError) -> str:
    """What is wrong with one field, in a sentence shown beside it."""
    return _reason(e)


def explain_refusal(error: ValidationFailed) -> str:
    """What the service refused, one line per field, named by the description's labels."""
    lines = [QCoreApplication.translate("VisitDialog", "Please check:")]
    for e in error.errors:
        spec = VISIT_FIELDS_BY_NAME.get(e.field)
        name = field_label(spec) if spec is not None else e.field
        reason = _reason(e)
        line = fill_args(QCoreApplication.translate("VisitDialog", "%1: %2"), name, reason)
        lines.append(f"• {line if reason else name}")
    return "\n".join(lines)
