"""Settings → People: the office's people in a table, with Add, Edit, Deactivate (asking who
takes over) and Reset password. Only an owner may change people; the services refuse anyone
else and the dialogs say so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services.common.acting import Person
from ..services.people import db_roles, manage
from .common.messages import role_label
from .context import UiContext
from .person_dialogs import HandOverDialog, PasswordDialog, PersonDialog

ID_ROLE = Qt.ItemDataRole.UserRole


class PeopleDialog(QDialog):
    """The people page. Its child dialogs open non-modally; `child` is the one open."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.child: QDialog | None = None
        self.people: list[Person] = []
        self.setWindowTitle(self.tr("People"))
        headers = [
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Phone"),
            self.tr("E-mail"),
            self.tr("Active"),
        ]
        # On a PostgreSQL server each person connects with their own login role.
        self.on_server = ctx.app.is_postgres
        if self.on_server:
            headers.append(self.tr("Database login"))
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_person())

        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.deactivate_button = QPushButton(self.tr("&Deactivate…"), self)
        self.password_button = QPushButton(self.tr("Reset &password…"), self)
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.deactivate_button.clicked.connect(self.deactivate_person)
        self.password_button.clicked.connect(self.reset_password)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.deactivate_button,
            self.password_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(680, 380)
        self.refresh()

    def refresh(self) -> None:
        self.people = manage.list_people(self.ctx.app.user)
        logins = db_roles.database_logins(self.ctx.app.user) if self.on_server else {}
        self.table.setRowCount(len(self.people))
        for row, person in enumerate(self.people):
            active = self.tr("Active") if person.active else self.tr("Deactivated")
            texts = [person.name, role_label(person.role), person.phone, person.email, active]
            if self.on_server:
                texts.append(logins.get(person.id, "—"))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, person.id)
                if not person.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def selected(self) -> Person | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self.people[rows.pop()] if len(rows) == 1 else None

    def select(self, name: str) -> None:
        for row, person in enumerate(self.people):
            if person.name == name:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        person = self.selected()
        self.edit_button.setEnabled(person is not None)
        self.password_button.setEnabled(person is not None)
        self.deactivate_button.setEnabled(person is not None and person.active)

    def _open(self, dialog: QDialog) -> QDialog:
        self.child = dialog
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def add_person(self) -> QDialog:
        return self._open(PersonDialog(self.ctx, None, self))

    def edit_person(self) -> QDialog | None:
        person = self.selected()
        return self._open(PersonDialog(self.ctx, person, self)) if person else None

    def deactivate_person(self) -> QDialog | None:
        person = self.selected()
        if person is None or not person.active:
            return None
        return self._open(HandOverDialog(self.ctx, person, self))

    def reset_password(self) -> QDialog | None:
        person = self.selected()
        return self._open(PasswordDialog(self.ctx, person, self)) if person else None
