"""Editors generated from FieldSpecs, each with its own error label, laid out in a grid."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...services.common.formats import money_text
from ...services.common.lunar import parse_lunar_day
from ...services.customers.fields import FieldSpec, Kind
from ..common.date_edit import DateLineEdit
from ..common.messages import choice_label, field_label
from ..common.styles import ERROR_STYLE, INVALID_STYLE


def _placeholder(kind: Kind) -> str:
    if kind == Kind.DATE:
        return QCoreApplication.translate("FieldEditor", "YYYY-MM-DD")
    if kind == Kind.MONTHDAY:
        return QCoreApplication.translate("FieldEditor", "MM-DD")
    if kind == Kind.LUNARDAY:
        return QCoreApplication.translate("FieldEditor", "MM-DD or 八月十五; L04-15: leap month")
    if kind == Kind.MONEY:
        return QCoreApplication.translate("FieldEditor", "e.g. 12,500.00 or 1.2万")
    if kind == Kind.EMAIL:
        return QCoreApplication.translate("FieldEditor", "name@example.com")
    if kind == Kind.INTEGER:
        return QCoreApplication.translate("FieldEditor", "e.g. 45")
    return ""


def display_text(value: Any) -> str:
    """How a stored value shows in an editor: dates ISO, money with thousands separators
    (read back as typed: validation.parse_money), None empty."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return money_text(value, currency=False)
    return str(value)


class FieldEditor(QObject):
    """One customer field: its editor widget, its error label and its value as typed."""

    changed = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        super().__init__(parent)
        self.spec = spec
        self.cell = QWidget(parent)
        layout = QVBoxLayout(self.cell)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.editor = self._make_editor(spec)
        self.editor.setObjectName(f"field_{spec.name}")
        self.editor.setAccessibleName(field_label(spec))
        layout.addWidget(self.editor)
        self.error_label = QLabel(self.cell)
        self.error_label.setObjectName(f"error_{spec.name}")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)

    def _make_editor(self, spec: FieldSpec) -> QWidget:
        if spec.kind == Kind.LONGTEXT:
            edit = QPlainTextEdit(self.cell)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
            edit.textChanged.connect(self._on_changed)
            return edit
        if spec.kind == Kind.CHOICE:
            combo = QComboBox(self.cell)
            combo.addItem("", "")
            for choice in spec.choices:
                combo.addItem(choice_label(choice), choice.value)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.currentIndexChanged.connect(self._on_changed)
            return combo
        if spec.kind == Kind.BOOL:
            box = QCheckBox(self.cell)
            box.toggled.connect(self._on_changed)
            return box
        line = DateLineEdit(self.cell) if spec.kind == Kind.DATE else QLineEdit(self.cell)
        line.setPlaceholderText(_placeholder(spec.kind))
        line.textChanged.connect(self._on_changed)
        return line

    def _on_changed(self, *_args: object) -> None:
        self.clear_error()
        self._name_lunar_day()
        self.changed.emit()

    def _name_lunar_day(self) -> None:
        """A lunar birthday's editor says the day as a calendar prints it (L04-15: 闰四月十五)."""
        if self.spec.kind != Kind.LUNARDAY or not isinstance(self.editor, QLineEdit):
            return
        try:
            self.editor.setToolTip(parse_lunar_day(self.editor.text()).chinese)
        except ValueError:
            self.editor.setToolTip("")

    # ------------------------------------------------------------ value
    def value(self) -> Any:
        """What the user typed: text (not stripped or parsed), a choice value, or a bool."""
        editor = self.editor
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        if isinstance(editor, QComboBox):
            return editor.currentData() or ""
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        assert isinstance(editor, QLineEdit)
        return editor.text()

    def set_value(self, value: Any) -> None:
        editor = self.editor
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(display_text(value))
        elif isinstance(editor, QComboBox):
            while editor.count() > len(self.spec.choices) + 1:  # drop a previous odd value
                editor.removeItem(editor.count() - 1)
            index = editor.findData(value or "")
            if index < 0 and value:  # a value from an import the choices no longer hold
                editor.addItem(str(value), value)
                index = editor.count() - 1
            editor.setCurrentIndex(max(index, 0))
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        else:
            assert isinstance(editor, QLineEdit)
            editor.setText(display_text(value))
            editor.setCursorPosition(0)
        self.clear_error()
        self._name_lunar_day()

    # ------------------------------------------------------------ errors
    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.editor.setStyleSheet(INVALID_STYLE)
        self.editor.setToolTip(message)

    def clear_error(self) -> None:
        if self.error_label.isVisible() or self.error_label.text():
            self.error_label.clear()
            self.error_label.hide()
            self.editor.setStyleSheet("")
            self.editor.setToolTip("")

    @property
    def has_error(self) -> bool:
        return bool(self.error_label.text())


class FieldGrid(QWidget):
    """Two columns of label + editor; multi-line fields take a whole row."""

    def __init__(self, specs: list[FieldSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editors: dict[str, FieldEditor] = {}
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(8, 8, 8, 8)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)
        self._row = 0
        self._column = 0
        # short fields pair up in two columns; multi-line ones follow, a row each
        for spec in sorted(specs, key=lambda s: s.kind == Kind.LONGTEXT):
            self.add_field(spec)

    def add_field(self, spec: FieldSpec) -> FieldEditor:
        editor = FieldEditor(spec, self)
        self.editors[spec.name] = editor
        wide = spec.kind == Kind.LONGTEXT
        self.add_row(field_label(spec), editor.cell, wide=wide, buddy=editor.editor)
        return editor

    def add_row(
        self, text: str, widget: QWidget, *, wide: bool = False, buddy: QWidget | None = None
    ) -> QLabel:
        """Place a label and a widget in the next free half row (or a whole row if wide)."""
        if wide and self._column:
            self._row, self._column = self._row + 1, 0
        label = QLabel(text, self)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setBuddy(buddy or widget)
        label.setMinimumHeight(QLineEdit().sizeHint().height())
        column = self._column * 2
        self.grid.addWidget(label, self._row, column, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(widget, self._row, column + 1, 1, 3 if wide else 1)
        if wide or self._column:
            self._row, self._column = self._row + 1, 0
        else:
            self._column = 1
        return label

    def finish(self) -> None:
        """Push everything up: spare height goes below the last row."""
        self.grid.setRowStretch(self._row + 1, 1)
