"""The small dialogs of Settings → People: a person's details, a new password, and who takes
over from someone leaving. Each reports the services' refusals beside the field they name and
opens non-modally (`open()`), so the people page and the tests drive them the same way."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..i18n import fill_args
from ..services.common.acting import Person
from ..services.common.errors import FieldError, NotFoundError, PermissionDenied, ValidationFailed
from ..services.people.roles import Role
from .common.messages import error_text, role_label
from .context import UiContext


def people_error_text(error: FieldError) -> str:
    if error.code == "last_owner":
        return QCoreApplication.translate(
            "People", "The office needs an active owner: make someone else owner first."
        )
    if error.code == "invalid" and error.field == "hand_over_to":
        return QCoreApplication.translate("People", "Choose someone other than the person leaving.")
    return error_text(error)


def denied_text(error: PermissionDenied) -> str:
    return QCoreApplication.translate("People", "Only an owner may change the office's people.")


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


class _RefusingDialog(QDialog):
    """A form whose fields each have an error label; `show_errors` fills them."""

    def __init__(self, ctx: UiContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = QFormLayout()
        self.errors: dict[str, QLabel] = {}
        self.general_error = _error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def add_field(self, name: str, label: str, widget: QWidget) -> None:
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        self.errors[name] = _error_label(self)
        box.addWidget(self.errors[name])
        self.form.addRow(label, box)

    def show_errors(self, errors: list[FieldError]) -> None:
        for label in [*self.errors.values(), self.general_error]:
            label.hide()
        for error in errors:
            label = self.errors.get(error.field, self.general_error)
            label.setText(people_error_text(error))
            label.show()
        self.adjustSize()  # room for the messages that wrap

    def accept(self) -> None:
        try:
            self.save()
        except ValidationFailed as failed:
            self.show_errors(failed.errors)
            return
        except PermissionDenied as denied:
            self.show_errors([])
            self.general_error.setText(denied_text(denied))
            self.general_error.show()
            self.adjustSize()
            return
        except NotFoundError:
            self.show_errors([FieldError("", "not_found")])
            return
        super().accept()

    def save(self) -> None:
        raise NotImplementedError


class PersonDialog(_RefusingDialog):
    """Add a person (with a password) or edit one: name, role, phone, e-mail."""

    def __init__(self, ctx: UiContext, person: Person | None, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.person = person
        self.setWindowTitle(self.tr("Add a person") if person is None else self.tr("Edit person"))
        self.name_edit = QLineEdit(person.name if person else "", self)
        self.role_combo = QComboBox(self)
        for role in Role:
            self.role_combo.addItem(role_label(role.value), role.value)
        self.role_combo.setCurrentIndex(
            max(self.role_combo.findData(person.role if person else Role.REP.value), 0)
        )
        self.phone_edit = QLineEdit(person.phone if person else "", self)
        self.email_edit = QLineEdit(person.email if person else "", self)
        self.add_field("name", self.tr("Name:"), self.name_edit)
        self.add_field("role", self.tr("Role:"), self.role_combo)
        self.add_field("phone", self.tr("Phone:"), self.phone_edit)
        self.add_field("email", self.tr("E-mail:"), self.email_edit)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        if person is None:
            self.add_field("password", self.tr("Password:"), self.password_edit)
        self.setMinimumWidth(380)

    def save(self) -> None:
        from ..services.people import manage

        actor = self.ctx.app.user
        role = str(self.role_combo.currentData())
        name, phone, email = (
            self.name_edit.text(),
            self.phone_edit.text(),
            self.email_edit.text(),
        )
        if self.person is None:
            self.person = manage.add_person(
                actor, name, role, phone, email, self.password_edit.text()
            )
            return
        self.person = manage.update_person(actor, self.person.id, name, phone, email)
        if role != self.person.role:
            self.person = manage.change_role(actor, self.person.id, role)


class PasswordDialog(_RefusingDialog):
    """A new password for a person, typed twice."""

    def __init__(self, ctx: UiContext, person: Person, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.person = person
        self.setWindowTitle(fill_args(self.tr("New password for %1"), person.name))
        self.password_edit = QLineEdit(self)
        self.again_edit = QLineEdit(self)
        for edit in (self.password_edit, self.again_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_field("password", self.tr("New password:"), self.password_edit)
        self.add_field("again", self.tr("Once more:"), self.again_edit)
        self.setMinimumWidth(360)

    def accept(self) -> None:
        if self.password_edit.text() != self.again_edit.text():
            self.show_errors([])
            self.errors["again"].setText(self.tr("The two passwords differ."))
            self.errors["again"].show()
            return
        super().accept()

    def save(self) -> None:
        from ..services.people import manage

        manage.set_password(self.ctx.app.user, self.person.id, self.password_edit.text())


class HandOverDialog(_RefusingDialog):
    """Deactivate a person, asking who takes over their customers and planned visits."""

    def __init__(self, ctx: UiContext, person: Person, parent: QWidget | None = None):
        from ..services.people import manage

        super().__init__(ctx, parent)
        self.person = person
        self.setWindowTitle(fill_args(self.tr("Deactivate %1"), person.name))
        note = QLabel(
            self.tr(
                "Their visits and history stay. They leave every list of people to choose from."
            ),
            self,
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.heir_combo = QComboBox(self)
        self.heir_combo.addItem(self.tr("Nobody: their customers keep them as owner"), None)
        for other in manage.list_people(ctx.app.user, include_inactive=False):
            if other.id != person.id:
                self.heir_combo.addItem(f"{other.name} · {role_label(other.role)}", other.id)
        self.add_field("hand_over_to", self.tr("Hand over to:"), self.heir_combo)
        self.errors["person_id"] = self.general_error
        self.setMinimumWidth(400)

    def choose_heir(self, person_id: int) -> None:
        self.heir_combo.setCurrentIndex(self.heir_combo.findData(person_id))

    def save(self) -> None:
        from ..services.people import manage

        heir = self.heir_combo.currentData()
        manage.deactivate_person(
            self.ctx.app.user, self.person.id, hand_over_to=int(heir) if heir else None
        )
