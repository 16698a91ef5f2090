"""File → Backups…: where this computer keeps the daily copies, the copies there, Back up now,
and Restore (an owner; the window puts the backup in place and reopens on it).

The dialog decides nothing about permissions: the buttons follow the policy's rules so nobody
is offered what the services would refuse, and the services refuse it anyway.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import fill_args
from ..services.common.settings import BACKUP_FOLDER
from ..services.office.backup import backup_folder, backup_to
from ..services.people.policy import is_office, is_owner
from .common.failures import failure_text
from .context import UiContext
from .local_settings import read_local, write_local


def choose_folder(parent: QWidget, start: str) -> str:
    """The folder picker (tests replace it)."""
    return QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("BackupDialog", "Backup folder"), start
    )


def choose_backup_file(parent: QWidget, start: str) -> str:
    """The picker of a backup file to restore (tests replace it)."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("BackupDialog", "Restore from a backup"),
        start,
        QCoreApplication.translate("BackupDialog", "Backups (*.sqlite3)"),
    )
    return path


def confirm_restore(parent: QWidget, name: str) -> bool:
    """Ask before the current database is replaced (tests replace it)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("BackupDialog", "Restore"),
        fill_args(
            QCoreApplication.translate(
                "BackupDialog",
                "Replace the current database with the backup %1?\n"
                "The current file is kept aside beside it, so this can be undone by hand.",
            ),
            name,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


class BackupDialog(QDialog):
    """The backup folder and its copies; emits `restore_requested(path)` after the owner
    confirmed a restore (the window closes the database, restores and reopens)."""

    restore_requested = Signal(Path)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.restore_offered = True  # the window says whether it can restore and reopen
        self.setWindowTitle(self.tr("Backups"))
        self.resize(640, 420)
        person = ctx.app.user
        sqlite = not ctx.app.is_postgres
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setReadOnly(True)
        self.browse_button = QPushButton(self.tr("Change…"), self)
        self.browse_button.clicked.connect(self.change_folder)
        self.default_button = QPushButton(self.tr("Use the default"), self)
        self.default_button.clicked.connect(self.use_default_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("Folder:"), self))
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        folder_row.addWidget(self.default_button)
        note = QLabel(
            self.tr(
                "A copy is taken at the first start of each day; 7 daily and 4 weekly "
                "copies are kept."
            )
            if sqlite
            else self.tr(
                "On a PostgreSQL server, Back up now saves a pg_dump archive; restore a "
                "server with pg_restore (see the README)."
            ),
            self,
        )
        note.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Backup"), self.tr("Taken"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Back up now"), self)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore selected…"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("Restore from a file…"), self)
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.backup_button.setEnabled(is_office(person))
        self.browse_button.setEnabled(sqlite)
        self.default_button.setEnabled(sqlite)
        if not is_owner(person):
            self.restore_button.setToolTip(self.tr("Only an owner restores a backup."))
            self.restore_file_button.setToolTip(self.tr("Only an owner restores a backup."))
        if not is_office(person):
            self.backup_button.setToolTip(self.tr("Only an owner or an office clerk backs up."))
        actions = QHBoxLayout()
        actions.addWidget(self.backup_button)
        actions.addStretch(1)
        actions.addWidget(self.restore_button)
        actions.addWidget(self.restore_file_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(folder_row)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.reload()

    # ------------------------------------------------------------ the folder
    def database_file(self) -> Path:
        return Path(str(self.ctx.app.database.database))

    def folder(self) -> Path:
        return backup_folder(read_local(BACKUP_FOLDER), self.database_file())

    def change_folder(self) -> None:
        chosen = choose_folder(self, str(self.folder()))
        if chosen:
            write_local(BACKUP_FOLDER, chosen)
            self.reload()

    def use_default_folder(self) -> None:
        write_local(BACKUP_FOLDER, "")
        self.reload()

    def backups(self) -> list[Path]:
        folder = self.folder()
        if not folder.is_dir():
            return []
        found = [p for p in folder.glob("*.sqlite3") if p.is_file()]
        return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)

    def reload(self) -> None:
        self.folder_edit.setText(str(self.folder()) if not self.ctx.app.is_postgres else "")
        paths = self.backups() if not self.ctx.app.is_postgres else []
        self.table.setRowCount(len(paths))
        for row, path in enumerate(paths):
            stat = path.stat()
            taken = dt.datetime.fromtimestamp(stat.st_mtime).strftime("%Y-%m-%d %H:%M")
            name = QTableWidgetItem(path.name)
            name.setData(Qt.ItemDataRole.UserRole, str(path))
            size = QTableWidgetItem(fill_args(self.tr("%1 KB"), f"{stat.st_size // 1024:,}"))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(taken))
            self.table.setItem(row, 2, size)
        if paths:
            self.table.selectRow(0)
        elif not self.ctx.app.is_postgres:
            self.status.setText(self.tr("No backups in this folder yet."))
        self._update_buttons()

    def selected_backup(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _update_buttons(self) -> None:
        person = self.ctx.app.user
        self.restore_button.setEnabled(
            self.restore_offered
            and is_owner(person)
            and not self.ctx.app.is_postgres
            and self.selected_backup() is not None
        )
        self.restore_file_button.setEnabled(
            self.restore_offered and is_owner(person) and not self.ctx.app.is_postgres
        )

    def offer_restore(self, offered: bool) -> None:
        self.restore_offered = offered
        self._update_buttons()

    # ------------------------------------------------------------ the work
    def back_up_now(self) -> None:
        app = self.ctx.app
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        if app.is_postgres:
            path_text, _ = QFileDialog.getSaveFileName(
                self, self.tr("Back up now"), f"crm-{stamp}.dump", self.tr("Archives (*.dump)")
            )
            if not path_text:
                return
            target = Path(path_text)
        else:
            folder = self.folder()
            target = folder / f"{self.database_file().stem}-manual-{stamp}.sqlite3"
        self.backup_button.setEnabled(False)
        user = app.user

        def work() -> object:
            target.parent.mkdir(parents=True, exist_ok=True)
            return backup_to(user, target)

        operation = self.ctx.runner.run(work, label=self.tr("Backing up…"), parent=self)
        operation.on_success(lambda _info: self._backed_up(target)).on_failure(self._failed)

    def _backed_up(self, target: Path) -> None:
        self.backup_button.setEnabled(is_office(self.ctx.app.user))
        self.status.setText(fill_args(self.tr("Backed up to %1."), target))
        self.reload()

    def _failed(self, error: BaseException) -> None:
        self.backup_button.setEnabled(is_office(self.ctx.app.user))
        self.status.setText(failure_text(error))

    def restore_selected(self) -> None:
        path = self.selected_backup()
        if path is not None and self.restore_button.isEnabled():
            self._ask_restore(path)

    def restore_from_file(self) -> None:
        chosen = choose_backup_file(self, str(self.folder()))
        if chosen:
            self._ask_restore(Path(chosen))

    def _ask_restore(self, path: Path) -> None:
        if confirm_restore(self, path.name):
            self.restore_requested.emit(path)
            self.accept()
