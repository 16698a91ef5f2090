"""The sign-in dialog: who uses the program now (at start and for File → Switch user…).

The name is an editable list of the office's active people, the last name signed in on this
computer filled in; a refusal shows beside the fields, never in a message box, and a name
slowed down after repeated failures says how long to wait. "Keep me signed in on this
computer" (a SQLite file only: a server checks every password) keeps the sign-in, so the next
start opens the window at once (services/people/remembered.py); signing in without it ends
the one this computer kept. The dialog only records the choice; the session applies it once
the window is the new person's (`settle_kept_sign_in`). Tests replace `ask_sign_in`.
"""

from __future__ import annotations

import platform

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
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
from ..services.common.settings import (
    KEEP_SIGNED_IN,
    LAST_SIGN_IN_NAME,
    OFFICE_NAME,
    read_setting,
)
from ..services.context import AppContext
from ..services.people.remembered import REMEMBER_DAYS, sign_out_here, stay_signed_in
from ..services.people.signin import SignInRefused, sign_in, sign_in_names
from .local_settings import read_local, write_local


def error_label(parent: QWidget) -> QLabel:
    """A red, wrapping label beside a field, hidden until there is something to say."""
    label = QLabel(parent)
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


def refusal_text(error: SignInRefused) -> str:
    """The sentence for a refused sign-in (never which of name or password was wrong)."""
    if error.reason == "deactivated":
        return QCoreApplication.translate(
            "SignIn", "This person has been deactivated. Ask an owner to let you in again."
        )
    if error.reason == "wait":
        return fill_args(
            QCoreApplication.translate(
                "SignIn", "Too many failed attempts. Wait %1 seconds, then try again."
            ),
            error.seconds,
        )
    if error.reason == "database":
        return QCoreApplication.translate(
            "SignIn",
            "The database server refused your login. Ask an owner to set your password again.",
        )
    return QCoreApplication.translate("SignIn", "Wrong name or password.")


class SignInDialog(QDialog):
    """Name and password; `person` holds who signed in once the dialog is accepted."""

    def __init__(self, app_ctx: AppContext, parent: QWidget | None = None, name: str = ""):
        super().__init__(parent)
        self.app_ctx = app_ctx
        self.person: Person | None = None
        self.setWindowTitle(self.tr("Sign in — Desktop CRM"))
        office = str(read_setting(OFFICE_NAME) or "")
        heading = QLabel(office or self.tr("Desktop CRM"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        self.name_combo = QComboBox(self)
        self.name_combo.setEditable(True)
        self.name_combo.addItems(sign_in_names())
        self.name_combo.setCurrentText(name or str(read_local(LAST_SIGN_IN_NAME) or ""))
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.name_error = error_label(self)
        self.password_error = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self._with(self.name_combo, self.name_error))
        form.addRow(self.tr("Password:"), self._with(self.password_edit, self.password_error))
        self.keep_box = QCheckBox(self.tr("&Keep me signed in on this computer"), self)
        self.keep_box.setToolTip(
            fill_args(
                self.tr(
                    "The next start opens without the password, for %1 days or until "
                    "File → Sign out. Only where no one else uses your account on this computer."
                ),
                REMEMBER_DAYS,
            )
        )
        self.keep_box.setChecked(bool(read_local(KEEP_SIGNED_IN)))
        self.keep_box.setVisible(not app_ctx.is_postgres)  # a server checks every password
        form.addRow("", self.keep_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        if self.name_combo.currentText():
            self.password_edit.setFocus()
        self._unblock = QTimer(self)
        self._unblock.setSingleShot(True)
        self._unblock.timeout.connect(lambda: self.sign_in_button.setEnabled(True))

    @staticmethod
    def _with(field: QWidget, error: QLabel) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(field)
        box.addWidget(error)
        return box

    def accept(self) -> None:
        self.name_error.hide()
        self.password_error.hide()
        name = self.name_combo.currentText()
        password = self.password_edit.text()
        try:
            self.app_ctx.office_connection()  # the sign-in reads everyone's attempts
            person = sign_in(name, password)
            self.app_ctx.use_connection_of(person, password)  # PostgreSQL: their own login
            self.person = person
        except SignInRefused as error:
            label = self.name_error if error.reason == "deactivated" else self.password_error
            label.setText(refusal_text(error))
            label.show()
            self.password_edit.clear()
            if error.reason == "wait":
                self.sign_in_button.setEnabled(False)
                self._unblock.start(error.seconds * 1000)
            self.adjustSize()
            return
        write_local(LAST_SIGN_IN_NAME, self.person.name)
        if not self.app_ctx.is_postgres:  # the choice: kept by `settle_kept_sign_in`
            write_local(KEEP_SIGNED_IN, self.keep_box.isChecked())
        super().accept()


def settle_kept_sign_in(app_ctx: AppContext, person: Person) -> bool:
    """Once `person` signed in through the dialog and the window is theirs: this computer
    keeps their sign-in when "Keep me signed in" was ticked, else none (one it kept for
    anyone ends). Called by the session only after the switch took place, so a switch the
    old window refused changes nothing. False when the sign-in was to be kept and cannot be
    (a read-only file, a folder that cannot be written)."""
    if app_ctx.is_postgres:
        return True
    if bool(read_local(KEEP_SIGNED_IN)):
        return stay_signed_in(person, app_ctx.target, f"{platform.node()[:60]} (window)")
    sign_out_here(app_ctx.target)
    return True


def ask_sign_in(
    app_ctx: AppContext, parent: QWidget | None = None, name: str = ""
) -> Person | None:
    """Who signs in (None: cancelled); tests replace this function."""
    dialog = SignInDialog(app_ctx, parent, name)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return dialog.person if accepted else None
