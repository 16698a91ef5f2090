"""The main window: one tab ("room") per capability, standard menus, state kept on close.

A room is a QWidget with `room_title() -> str`; optionally `room_menu() -> QMenu | None`
(shown in the menu bar while the room is current), `maybe_close() -> bool` (unsaved changes),
and `refresh()`. Each room package declares itself (`ROOM`, see `ui/common/rooms.py`) and the
window discovers them; the declared title is the English source of the room's own `self.tr()`
title, so the tab is labelled before the room exists. Only the first room is built at
start-up; the others are built the first time their tab is opened (start-up stays quick on a
big database).
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget, QWidget

from ..i18n import fill_args
from ..services.common.settings import BACKUP_FOLDER, MAIN_GEOMETRY, MAIN_ROOM
from ..services.people.policy import is_office, is_owner
from .common.rooms import RoomSpec, discover_rooms
from .context import UiContext
from .local_settings import read_local, write_local

WARM_AFTER_MS = 800  # the search cache loads this long after the window was built
BACKUP_AFTER_MS = 1600  # the daily backup's check, after the start-up's own reads


def collect_from_now_on() -> None:
    """The collector back on after the start (`ui/app.run_gui` turns it off first: the
    start-up's ~85 passes collected ~600 objects and cost ~10-15 ms of it)."""
    gc.enable()


def freeze_start_up_objects() -> None:
    """Leave what the start-up built (the window, the search cache's 100,000 texts, the
    readings' tables) out of the garbage collector's full passes: at 100k customers one
    such pass paused a keystroke's search by ~80 ms. `gc.freeze` (Instagram's habit) moves
    the objects alive now to a generation the collector no longer walks; they are still
    freed by reference counting when dropped. The session thaws them before it builds another
    window (ui/app.py), so a closed window's cycles can be collected."""
    gc.freeze()


class MainWindow(QMainWindow):
    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        switch_user: Callable[[], object] | None = None,
        sign_out: Callable[[], object] | None = None,
        restore: Callable[[Path], object] | None = None,
        freeze_after_start: bool = False,
    ) -> None:
        """`switch_user` is what File → Switch user… calls (the session of `ui/app.py`),
        `sign_out` File → Sign out; without them the menu items are hidden (a window built
        by a test). With
        `freeze_after_start` (the program's own window, not a test's) what the start-up built
        is frozen once the search cache is warm (`freeze_start_up_objects`)."""
        super().__init__(parent)
        self.ctx = ctx
        self._switch_user = switch_user
        self._sign_out = sign_out
        self._restore = restore  # the session's restore-and-reopen (None: not offered)
        self.setObjectName("MainWindow")
        self.setWindowTitle(self._title())
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.room_specs: tuple[RoomSpec, ...] = discover_rooms()
        self._slots: list[QWidget] = []  # a room, or the empty placeholder standing for it
        for spec in self.room_specs:
            placeholder = QWidget(self)
            self._slots.append(placeholder)
            self.tabs.addTab(placeholder, QCoreApplication.translate(spec.key, spec.title))
        self._build_menus()
        from .aftersale.reminder_watch import ReminderWatch

        # the menu action, the check once the window shows, the tray (ui/aftersale)
        self.reminders = ReminderWatch(self, ctx, self.file_menu)
        # The window opens on the room used last on this computer (the first at the first
        # start): only that room is built, so a start into the customer file does not build
        # the dashboard's charts first.
        first = self._index_of(str(read_local(MAIN_ROOM) or "")) or 0
        self._build_room(first)
        self.tabs.setCurrentIndex(first)
        self.tabs.currentChanged.connect(self._room_changed)
        self._room_changed(first)
        self.statusBar().showMessage(self._database_label())
        self._restore_geometry()
        # Load the search texts in the background so the first keystroke is as quick as the rest.
        from ..services.customers.search_index import warm_search_cache

        # Shortly after the start, so it does not hold up the first rooms' own first reads.
        def warm() -> None:
            if freeze_after_start:
                collect_from_now_on()
            ctx.runner.run(lambda: warm_search_cache(ctx.app.user)).on_success(
                lambda _count: freeze_start_up_objects() if freeze_after_start else None
            )

        QTimer.singleShot(WARM_AFTER_MS, warm)
        QTimer.singleShot(BACKUP_AFTER_MS, self._take_daily_backup)

    def _take_daily_backup(self) -> None:
        """Once a day, at the first start, a backup of a SQLite file into the backup folder,
        silently on a pool thread; a failure only shows in the status bar."""
        from ..services.office.backup import backup_folder, daily_backup

        app = self.ctx.app
        if app.is_postgres:
            return
        folder = backup_folder(read_local(BACKUP_FOLDER), Path(str(app.database.database)))
        today = dt.date.today()
        self.ctx.runner.run(lambda: daily_backup(app.user, folder, today)).on_failure(
            self._daily_backup_failed
        )

    def _daily_backup_failed(self, error: BaseException) -> None:
        reason = str(error)
        if isinstance(error, OSError) and error.strerror:
            reason = f"{error.filename}: {error.strerror}" if error.filename else error.strerror
        self.statusBar().showMessage(fill_args(self.tr("The daily backup failed: %1"), reason))

    # ------------------------------------------------------------ menus
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.open_settings)
        self.file_menu.addAction(self.settings_action)
        self.people_action = QAction(self.tr("&People…"), self)
        self.people_action.triggered.connect(self.open_people)
        self.file_menu.addAction(self.people_action)
        # the import is the office's (owner and clerk): for a rep it is absent
        office = is_office(self.ctx.app.user)
        self.import_action = QAction(self.tr("&Import…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda: self.open_import())
        self.import_history_action = QAction(self.tr("Import &history…"), self)
        self.import_history_action.triggered.connect(self.open_import_history)
        if office:
            self.file_menu.addAction(self.import_action)
            self.file_menu.addAction(self.import_history_action)
            self.file_menu.addSeparator()
        self.setAcceptDrops(office)
        self.backups_action = QAction(self.tr("&Backups…"), self)
        self.backups_action.triggered.connect(self.open_backups)
        self.file_menu.addAction(self.backups_action)
        self.switch_user_action = QAction(self.tr("S&witch user…"), self)
        self.switch_user_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.switch_user_action.triggered.connect(self.switch_user)
        self.switch_user_action.setVisible(self._switch_user is not None)
        self.file_menu.addAction(self.switch_user_action)
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.setToolTip(
            self.tr("This computer forgets the kept sign-in; someone signs in again")
        )
        self.sign_out_action.triggered.connect(self.sign_out)
        self.sign_out_action.setVisible(self._sign_out is not None and not self.ctx.app.is_postgres)
        self.file_menu.addAction(self.sign_out_action)
        self.audit_action = QAction(self.tr("&Audit log…"), self)
        self.audit_action.triggered.connect(self.open_audit_log)
        self.audit_action.setEnabled(is_owner(self.ctx.app.user))  # the service refuses others
        self.file_menu.addAction(self.audit_action)
        self.file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.file_menu.addAction(quit_action)
        self._room_menu_action: QAction | None = None
        self.help_menu = bar.addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Desktop CRM"), self)
        about.triggered.connect(self.show_about)
        self.help_menu.addAction(about)

    @property
    def rooms(self) -> list[QWidget]:
        """The rooms built so far."""
        return [slot for slot in self._slots if hasattr(slot, "room_title")]

    def _build_room(self, index: int) -> QWidget:
        slot = self._slots[index]
        if hasattr(slot, "room_title"):
            return slot
        room = self.room_specs[index].build(self.ctx, self)
        self._slots[index] = room
        self.tabs.blockSignals(True)
        current = self.tabs.currentIndex()
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, room, room.room_title())  # type: ignore[attr-defined]
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        slot.deleteLater()
        return room

    def _room_changed(self, index: int) -> None:
        if 0 <= index < len(self._slots):
            self._build_room(index)
        bar = self.menuBar()
        if self._room_menu_action is not None:
            bar.removeAction(self._room_menu_action)
            self._room_menu_action = None
        room = self.tabs.widget(index)
        menu = getattr(room, "room_menu", lambda: None)()
        if menu is not None:
            self._room_menu_action = bar.insertMenu(self.help_menu.menuAction(), menu)
        if room is not None and hasattr(room, "refresh") and getattr(room, "_shown_once", False):
            room.refresh()
        if room is not None:
            room._shown_once = True  # type: ignore[attr-defined]

    def _index_of(self, key: str) -> int | None:
        return next((i for i, spec in enumerate(self.room_specs) if spec.key == key), None)

    def room(self, key: str) -> QWidget | None:
        """The room of that key (its class name), built now if it was not yet."""
        index = self._index_of(key)
        return None if index is None else self._build_room(index)

    def show_room(self, key: str) -> QWidget | None:
        room = self.room(key)
        if room is not None:
            self.tabs.setCurrentWidget(room)
        return room

    def _title(self) -> str:
        """ "Desktop CRM — name (role)": who is signed in."""
        from .common.messages import role_label

        user = self.ctx.app.user
        if not user.name:
            return self.tr("Desktop CRM")
        return fill_args(self.tr("Desktop CRM — %1 (%2)"), user.name, role_label(user.role))

    def switch_user(self) -> None:
        """Sign someone else in: the session asks, then rebuilds the window for them."""
        if self._switch_user is not None:
            self._switch_user()

    def sign_out(self) -> None:
        """Forget this computer's kept sign-in, then sign someone in (the session's)."""
        if self._sign_out is not None:
            self._sign_out()

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        SettingsDialog(self.ctx, self).exec()

    def open_backups(self) -> None:
        from .backup_dialog import BackupDialog

        dialog = BackupDialog(self.ctx, self)
        if self._restore is None:
            dialog.offer_restore(False)
        else:
            restore = self._restore
            # after the dialog has closed: the restore closes this window
            dialog.restore_requested.connect(
                lambda path: QTimer.singleShot(0, lambda: restore(path))
            )
        dialog.exec()

    def open_import(self, path: Path | None = None) -> None:
        """File → Import… (or a file dropped on the window)."""
        from .importing.wizard import ImportWizard

        wizard = ImportWizard(self.ctx, path, self)
        wizard.changed.connect(self.refresh_rooms)
        wizard.exec()

    def open_import_history(self) -> None:
        from .importing.history_dialog import ImportHistoryDialog

        dialog = ImportHistoryDialog(self.ctx, self)
        dialog.changed.connect(self.refresh_rooms)
        dialog.exec()

    def refresh_rooms(self) -> None:
        """Customers were written elsewhere (an import): every built room shows them."""
        for room in self.rooms:
            refresh = getattr(room, "refresh", None)
            if refresh is not None:
                refresh()

    def _dropped_file(self, event: QDragEnterEvent | QDropEvent) -> Path | None:
        from .importing.common import FILE_SUFFIXES

        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile() or not is_office(self.ctx.app.user):
            return None
        path = Path(urls[0].toLocalFile())
        return path if path.suffix.lower() in FILE_SUFFIXES else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        path = self._dropped_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        QTimer.singleShot(0, lambda: self.open_import(path))  # after the drop has finished

    def open_people(self) -> None:
        from .people_dialog import PeopleDialog

        PeopleDialog(self.ctx, self).exec()

    def open_audit_log(self) -> None:
        from .audit_dialog import AuditLogDialog

        AuditLogDialog(self.ctx, self).exec()

    def show_about(self) -> None:
        from .. import __version__

        QMessageBox.about(
            self,
            self.tr("About Desktop CRM"),
            fill_args(
                self.tr(
                    "Desktop CRM %1\nCustomer file, visit planner and state analysis "
                    "for small sales offices."
                ),
                __version__,
            ),
        )

    def _database_label(self) -> str:
        target = self.ctx.app.target
        if "@" in target:  # hide a password in a URL
            scheme, rest = target.split("://", 1)
            target = f"{scheme}://…@{rest.split('@', 1)[1]}"
        return fill_args(self.tr("Database: %1"), target)

    # ------------------------------------------------------------ state
    def _restore_geometry(self) -> None:
        geometry = read_local(MAIN_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        for room in self.rooms:
            if not getattr(room, "maybe_close", lambda: True)():
                self.tabs.setCurrentWidget(room)
                event.ignore()
                return
        write_local(MAIN_GEOMETRY, self.saveGeometry())
        current = self.tabs.currentIndex()
        if 0 <= current < len(self.room_specs):
            write_local(MAIN_ROOM, self.room_specs[current].key)
        self.ctx.runner.wait()
        event.accept()
