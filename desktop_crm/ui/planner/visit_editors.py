"""Editors for the visit description's fields: one widget per field, read and set by value.

The visit dialog asks `make_editor(spec, parent)` for every described field but the
references (customer, contact, rep), which it builds itself because they need services; how a
field looks beyond its kind (a combo or radio buttons, a box's height, a spin box's step) is
the presentation kept here, by field name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from ...services.visits.fields import FieldSpec, Kind
from ...services.visits.status import RESULT_STATUSES, VisitStatus
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
