"""The first-run setup: on a database without an owner, three short pages — the office (name,
home province and city, language), its owner (name, password twice) and the office's other
people (optional rows of name, role, password) — or "Open the demo office instead".

Nothing is written before Finish; then the owner and the people are stored in one transaction
(`signin.first_run_setup`, then `manage.add_person` as the new owner), so a refusal leaves the
database as it was. Refusals show beside their fields (the page holding the first one is
shown), never in a message box. Tests replace `ask_first_run_setup`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..i18n import LANGUAGE_NAMES, fill_args
from ..services.common.acting import Person
from ..services.common.errors import FieldError, ValidationFailed
from ..services.context import AppContext
from ..services.people import manage
from ..services.people.roles import Role
from ..services.people.signin import (
    SHORTEST_PASSWORD,
    check_password_choice,
    check_setup,
    first_run_setup,
)
from .common.messages import error_text, role_label
from .sign_in_dialog import error_label

OFFICE_FIELDS = ("office_name", "province", "city", "language")
OWNER_FIELDS = ("owner_name", "owner_password", "owner_again")


@dataclass(frozen=True)
class SetupOutcome:
    """How the setup ended: the office's new owner and the chosen language, or `demo` (the
    user chose to open the demo office instead; nothing was written)."""

    owner: Person | None
    language: str
    demo: bool = False


def setup_error_text(error: FieldError) -> str:
    if error.code == "too_short":
        return fill_args(
            QCoreApplication.translate("Setup", "Too short: use at least %1 characters."),
            error.params.get("shortest", SHORTEST_PASSWORD),
        )
    if error.code == "duplicate":
        return QCoreApplication.translate("Setup", "Someone already has this name.")
    if error.code == "differ":
        return QCoreApplication.translate("Setup", "The two passwords differ.")
    return error_text(error)


class PersonRow:
    """One row of the last page: a person's name, role and password."""

    def __init__(self, parent: QWidget) -> None:
        self.name_edit = QLineEdit(parent)
        self.role_combo = QComboBox(parent)
        for role in (Role.REP, Role.CLERK, Role.OWNER):
            self.role_combo.addItem(role_label(role.value), role.value)
        self.password_edit = QLineEdit(parent)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label(parent)

    def is_blank(self) -> bool:
        return not self.name_edit.text().strip() and not self.password_edit.text()


class FirstRunSetupDialog(QDialog):
    def __init__(self, app_ctx: AppContext, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.app_ctx = app_ctx
        self.outcome: SetupOutcome | None = None
        self.setWindowTitle(self.tr("Set up Desktop CRM"))
        self.errors: dict[str, QLabel] = {}
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._office_page(language))
        self.pages.addWidget(self._owner_page())
        self.pages.addWidget(self._people_page())
        self.demo_button = QPushButton(self.tr("Open the demo office instead"), self)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.next_button.setDefault(True)
        self.demo_button.clicked.connect(self.choose_demo)
        self.back_button.clicked.connect(lambda: self.show_page(self.pages.currentIndex() - 1))
        self.next_button.clicked.connect(self.go_on)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.cancel_button):
            buttons.addWidget(button)
        self.step_label = QLabel(self)
        font = self.step_label.font()
        font.setBold(True)
        self.step_label.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self.show_page(0)

    # ------------------------------------------------------------ pages
    def _page(self, intro: str) -> tuple[QWidget, QFormLayout]:
        page = QWidget(self)
        text = QLabel(intro, page)
        text.setWordWrap(True)
        form = QFormLayout()
        box = QVBoxLayout(page)
        box.addWidget(text)
        box.addLayout(form)
        box.addStretch(1)
        return page, form

    def _field(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> None:
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        self.errors[name] = error_label(widget.parentWidget() or self)
        box.addWidget(self.errors[name])
        form.addRow(label, box)

    def _office_page(self, language: str) -> QWidget:
        page, form = self._page(
            self.tr(
                "Welcome. A few details about your office, and it is ready. "
                "Everything can be changed later."
            )
        )
        self.office_edit = QLineEdit(page)
        self.office_edit.setPlaceholderText(self.tr("e.g. Jinxing Doors and Windows"))
        self.province_edit = QLineEdit(page)
        self.province_edit.setPlaceholderText(self.tr("e.g. Guangdong"))
        self.city_edit = QLineEdit(page)
        self.city_edit.setPlaceholderText(self.tr("e.g. Foshan"))
        self.language_combo = QComboBox(page)
        for code, own_name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(own_name, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        self._field(form, "office_name", self.tr("Office name:"), self.office_edit)
        self._field(form, "province", self.tr("Home province:"), self.province_edit)
        self._field(form, "city", self.tr("Home city:"), self.city_edit)
        self._field(form, "language", self.tr("Language:"), self.language_combo)
        return page

    def _owner_page(self) -> QWidget:
        page, form = self._page(
            fill_args(
                self.tr(
                    "The office's owner may do everything, including adding the "
                    "other people. Choose a password of at least %1 characters."
                ),
                SHORTEST_PASSWORD,
            )
        )
        self.owner_edit = QLineEdit(page)
        self.password_edit = QLineEdit(page)
        self.again_edit = QLineEdit(page)
        for edit in (self.password_edit, self.again_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self._field(form, "owner_name", self.tr("Owner's name:"), self.owner_edit)
        self._field(form, "owner_password", self.tr("Password:"), self.password_edit)
        self._field(form, "owner_again", self.tr("Once more:"), self.again_edit)
        return page

    def _people_page(self) -> QWidget:
        page = self.people_page = QWidget(self)
        intro = QLabel(
            self.tr(
                "Add the office's reps and clerks now, or later under File → People…. "
                "Rows left empty are skipped."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.rows_grid = QGridLayout()
        for column, title in enumerate((self.tr("Name"), self.tr("Role"), self.tr("Password"))):
            self.rows_grid.addWidget(QLabel(title, page), 0, column)
        self.rows_grid.setColumnStretch(0, 2)
        self.rows_grid.setColumnStretch(2, 2)
        self.rows: list[PersonRow] = []
        self.add_row_button = QPushButton(self.tr("Add another person"), page)
        self.add_row_button.clicked.connect(self.add_row)
        box = QVBoxLayout(page)
        box.addWidget(intro)
        box.addLayout(self.rows_grid)
        more = QHBoxLayout()
        more.addWidget(self.add_row_button)
        more.addStretch(1)
        box.addLayout(more)
        box.addStretch(1)
        for _ in range(2):
            self.add_row()
        return page

    def add_row(self) -> PersonRow:
        row = PersonRow(self.people_page)
        line = 1 + 2 * len(self.rows)
        self.rows_grid.addWidget(row.name_edit, line, 0)
        self.rows_grid.addWidget(row.role_combo, line, 1)
        self.rows_grid.addWidget(row.password_edit, line, 2)
        self.rows_grid.addWidget(row.error, line + 1, 0, 1, 3)
        self.rows.append(row)
        return row

    # ------------------------------------------------------------ moving on
    def show_page(self, index: int) -> None:
        index = max(0, min(index, self.pages.count() - 1))
        self.pages.setCurrentIndex(index)
        titles = (self.tr("The office"), self.tr("The owner"), self.tr("The office's people"))
        self.step_label.setText(
            fill_args(self.tr("Step %1 of %2: %3"), index + 1, self.pages.count(), titles[index])
        )
        self.back_button.setEnabled(index > 0)
        last = index == self.pages.count() - 1
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))

    def _values(self) -> tuple[str, str, str, str, str, str]:
        return (
            self.office_edit.text(),
            self.province_edit.text(),
            self.city_edit.text(),
            self.owner_edit.text(),
            self.password_edit.text(),
            str(self.language_combo.currentData()),
        )

    def _page_errors(self, fields: tuple[str, ...]) -> list[FieldError]:
        errors = [e for e in check_setup(*self._values()) if e.field in fields]
        if "owner_again" in fields and self.password_edit.text() != self.again_edit.text():
            errors.append(FieldError("owner_again", "differ"))
        return errors

    def show_errors(self, errors: list[FieldError]) -> None:
        for label in self.errors.values():
            label.hide()
        for row in self.rows:
            row.error.hide()
        for error in errors:
            if error.field.startswith("people."):
                _, index, _field = error.field.split(".", 2)
                row = self.rows[int(index)]
                row.error.setText(
                    fill_args(
                        QCoreApplication.translate("Setup", "%1: %2"),
                        _field_label(_field),
                        setup_error_text(error),
                    )
                )
                row.error.show()
            elif error.field in self.errors:
                self.errors[error.field].setText(setup_error_text(error))
                self.errors[error.field].show()
        if errors:
            first = errors[0].field
            page = 0 if first in OFFICE_FIELDS else 1 if first in OWNER_FIELDS else 2
            self.show_page(page)

    def go_on(self) -> None:
        index = self.pages.currentIndex()
        fields = OFFICE_FIELDS if index == 0 else OWNER_FIELDS
        if index < 2:
            errors = self._page_errors(fields)
            self.show_errors(errors)
            if not errors:
                self.show_page(index + 1)
            return
        self.finish()

    def _row_errors(self) -> list[FieldError]:
        errors = []
        for index, row in enumerate(self.rows):
            if row.is_blank():
                continue
            password = check_password_choice(f"people.{index}.password", row.password_edit.text())
            if not row.name_edit.text().strip():
                errors.append(FieldError(f"people.{index}.name", "required"))
            elif password is not None:
                errors.append(password)
        return errors

    def finish(self) -> None:
        errors = self._page_errors(OFFICE_FIELDS + OWNER_FIELDS) + self._row_errors()
        if errors:
            self.show_errors(errors)
            return
        try:
            with self.app_ctx.transaction():
                owner = first_run_setup(*self._values())
                for index, row in enumerate(self.rows):
                    if row.is_blank():
                        continue
                    try:
                        manage.add_person(
                            owner,
                            row.name_edit.text(),
                            str(row.role_combo.currentData()),
                            password=row.password_edit.text(),
                        )
                    except ValidationFailed as failed:
                        raise ValidationFailed(
                            [
                                FieldError(f"people.{index}.{e.field}", e.code, e.params)
                                for e in failed.errors
                            ]
                        ) from None
        except ValidationFailed as failed:
            self.show_errors(failed.errors)
            return
        self.outcome = SetupOutcome(owner, str(self.language_combo.currentData()))
        self.accept()

    def choose_demo(self) -> None:
        self.outcome = SetupOutcome(None, str(self.language_combo.currentData()), demo=True)
        self.accept()


def _field_label(field: str) -> str:
    labels = {
        "name": QCoreApplication.translate("Setup", "Name"),
        "password": QCoreApplication.translate("Setup", "Password"),
        "role": QCoreApplication.translate("Setup", "Role"),
    }
    return labels.get(field, field)


def ask_first_run_setup(app_ctx: AppContext, language: str) -> SetupOutcome | None:
    """Run the first-run setup (None: cancelled); tests replace this function."""
    dialog = FirstRunSetupDialog(app_ctx, language)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return dialog.outcome if accepted else None
