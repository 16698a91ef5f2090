"""Start the GUI: QApplication, language, fonts, database, main window."""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from ..i18n import fill_args
from ..paths import font_path
from ..process import without_cyclic_collector
from .i18n import choose_language, install_translators, save_language

if TYPE_CHECKING:
    from ..services.common.acting import Person
    from ..services.context import AppContext
    from .main_window import MainWindow
    from .runner import Runner

STARTED = time.perf_counter()


def make_application(argv: list[str] | None = None) -> QApplication:
    QCoreApplication.setOrganizationName("DesktopCRM")
    QCoreApplication.setApplicationName("desktop-crm")
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    add_cjk_font()
    return app


def add_cjk_font() -> None:
    """Offer the shipped CJK font so Chinese shows on a machine without Chinese fonts."""
    font_id = QFontDatabase.addApplicationFont(str(font_path()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        app_font = QApplication.font()
        app_font.setFamilies([app_font.family(), *families])
        app_font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
        QApplication.setFont(app_font)


def ask_create_database(path: Path) -> bool:
    """Ask whether to create a new, empty database at `path` (nothing is there yet); tests
    replace this function."""
    answer = QMessageBox.question(
        None,
        QApplication.translate("App", "Desktop CRM"),
        fill_args(
            QApplication.translate(
                "App", "There is no database at %1.\nCreate a new, empty database there?"
            ),
            path,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def may_create(target: str, demo: bool) -> bool | None:
    """Whether opening `target` may create it: the default place and the demo without asking,
    any other missing file only when the user says so (None: they declined)."""
    from ..services.context import is_default_place, sqlite_file_of

    path = sqlite_file_of(target)
    if path is None or path.exists() or demo:
        return False
    if is_default_place(target):
        return True
    return True if ask_create_database(path) else None


def open_for_window(target: str, demo: bool, create: bool) -> AppContext:
    """The window's context on `target`; with `demo`, made a finished demo office first."""
    from ..services.context import default_target, open_context

    if demo:
        from ..demo import DemoRefused, make_demo_office

        try:
            make_demo_office(target, rebuild=target == default_target(demo=True))
        except DemoRefused:
            pass  # another office's database: opened as it is, never mixed with the demo
    return open_context(target, create=create)


def _open_or_tell(app: QApplication, target: str, demo: bool, create: bool) -> AppContext | None:
    """open_for_window, a failure told in a message box (None)."""
    from ..services.context import NetworkShareError, SchemaTooNewError

    try:
        return open_for_window(target, demo, create)
    except NetworkShareError:
        QMessageBox.critical(
            None,
            app.tr("Desktop CRM"),
            app.tr(
                "The database file is on a network share, where SQLite files get corrupted.\n"
                "Use a PostgreSQL server for shared use, or keep the file on this computer."
            ),
        )
    except SchemaTooNewError:
        QMessageBox.critical(
            None,
            app.tr("Desktop CRM"),
            app.tr("This database was written by a newer version of Desktop CRM. Please update."),
        )
    except Exception as error:  # noqa: BLE001 - shown, not a traceback
        QMessageBox.critical(
            None,
            app.tr("Desktop CRM"),
            fill_args(app.tr("Cannot open the database:\n%1"), error),
        )
    return None


def sign_in_demo_owner() -> Person | None:
    """The demo office's owner, signed in with the demo password (None: this database is not
    the demo office, or its owner's password was changed)."""
    from ..demo.office import DEMO_OWNER, DEMO_PASSWORD
    from ..services.people.signin import SignInRefused, sign_in

    try:
        return sign_in(DEMO_OWNER, DEMO_PASSWORD)
    except SignInRefused:
        return None


def kept_person(ctx: AppContext, name: str = "") -> Person | None:
    """Who this computer keeps signed in on the database (the sign-in dialog's "Keep me
    signed in"), signed in without a password; None when none is kept, when it is kept for
    someone other than `name` (--user), or the database no longer takes it (expired, a new
    password, deactivated: then it is dropped)."""
    from ..services.people.remembered import sign_in_kept
    from ..services.people.signin import SignInRefused

    try:
        return sign_in_kept(ctx.target, name)
    except SignInRefused:
        return None


class Session:
    """The signed-in use of one database: its context and the main window, rebuilt for the
    new person by File → Switch user… (the old window closes cleanly first)."""

    def __init__(
        self, app_ctx: AppContext, lang: str, runner: Callable[[], Runner] | None = None
    ) -> None:
        self.app_ctx = app_ctx
        self.lang = lang
        self.make_runner = runner  # tests hand in SyncRunner
        self.window: MainWindow | None = None

    def open_window(self) -> MainWindow:
        from .context import UiContext
        from .main_window import MainWindow
        from .runner import Runner

        runner = self.make_runner() if self.make_runner is not None else Runner()
        ui_ctx = UiContext(app=self.app_ctx, runner=runner, lang=self.lang)
        gc.unfreeze()  # a window before this one (switch user, restore) may be collected now
        self.window = MainWindow(
            ui_ctx,
            switch_user=self.switch_user,
            sign_out=self.sign_out,
            restore=self.restore,
            freeze_after_start=self.make_runner is None,  # the program's, not a test's
        )
        self.window.show()
        return self.window

    def switch_user(self) -> bool:
        """Ask who signs in; on success close the window (its rooms may keep it open for
        unsaved work: then nothing changes) and open a new one for that person."""
        from . import sign_in_dialog

        person = sign_in_dialog.ask_sign_in(self.app_ctx, self.window)
        return person is not None and self._switch_to(person)

    def _switch_to(self, person: Person) -> bool:
        """Close the window and open one for `person`, who signed in through the dialog;
        then this computer keeps their sign-in or none, as they chose (not before: a window
        that refuses to close leaves everything as it was)."""
        from .sign_in_dialog import settle_kept_sign_in

        old = self.window
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        quit_when_closed = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # no quitting between the two windows
        try:
            if old is not None:
                if not old.close():
                    return False
                old.deleteLater()
            self.app_ctx.user = person
            settle_kept_sign_in(self.app_ctx, person)
            self.open_window()
        finally:
            app.setQuitOnLastWindowClosed(quit_when_closed)
        return True

    def sign_out(self) -> bool:
        """File → Sign out: this computer no longer keeps anyone signed in on the database
        (and "Keep me signed in" starts unticked), and someone signs in; cancelled, the
        window closes and the program ends, so nobody is left signed in at the desk. True
        when someone signed in."""
        from ..services.common.settings import KEEP_SIGNED_IN
        from ..services.people.remembered import sign_out_here
        from . import sign_in_dialog
        from .local_settings import write_local

        sign_out_here(self.app_ctx.target)
        write_local(KEEP_SIGNED_IN, False)
        person = sign_in_dialog.ask_sign_in(self.app_ctx, self.window)
        if person is None:
            if self.window is None or self.window.close():  # unsaved work may keep it open
                QApplication.quit()
            return False
        return self._switch_to(person)

    def restore(self, source: Path) -> bool:
        """Put the backup `source` in place of this SQLite database (an owner asked for it in
        File → Backups…): the window closes cleanly, the database is closed, the backup
        checked and swapped in (the current file kept aside), and the window reopens on it.
        The person signed in goes on if the backup holds them, active and with the same role;
        otherwise someone signs in to the restored office. A refused backup changes nothing
        and the window reopens on the current file."""
        from ..services.context import open_context, sqlite_file_of
        from ..services.office.backup import BackupError, restore_from
        from ..services.people.users import find_user
        from . import sign_in_dialog
        from .common.failures import failure_text

        current = sqlite_file_of(self.app_ctx.target)
        old = self.window
        if current is None:
            return False
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        quit_when_closed = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)
        try:
            if old is not None:
                if not old.close():
                    return False
                old.deleteLater()
            person = self.app_ctx.user
            self.app_ctx.close(self_contained=True)
            message = ""
            try:
                aside = restore_from(person, source, current)
                message = fill_args(
                    QApplication.translate(
                        "App", "Restored from %1; the previous file is kept as %2."
                    ),
                    source.name,
                    aside.name,
                )
            except Exception as error:  # noqa: BLE001 - shown, and the current file reopens
                message = fill_args(
                    QApplication.translate("App", "Not restored: %1"),
                    error if isinstance(error, BackupError) else failure_text(error),
                )
            reopened = open_context(self.app_ctx.target)
            self.app_ctx.database = reopened.database
            found = find_user(person, person.name)
            same = found is not None and (found.id, found.role, found.active) == (
                person.id,
                person.role,
                True,
            )
            still = found if same else None
            if still is None:
                still = sign_in_dialog.ask_sign_in(self.app_ctx, None)
                if still is None:
                    app.quit()
                    return False
                sign_in_dialog.settle_kept_sign_in(self.app_ctx, still)
            self.app_ctx.user = still
            window = self.open_window()
            window.statusBar().showMessage(message)
        finally:
            app.setQuitOnLastWindowClosed(quit_when_closed)
        return True


def sign_in_at_start(
    app: QApplication, ctx: AppContext, lang: str, demo: bool, name: str = ""
) -> tuple[AppContext, str, Person] | None:
    """The first-run setup when the database needs it, then who signs in: the demo owner
    without asking for the demo office, else the sign-in dialog. None: cancelled."""
    from ..services.context import default_target
    from ..services.people.signin import needs_setup
    from . import setup_dialog, sign_in_dialog

    person = sign_in_demo_owner() if demo else kept_person(ctx, name)
    asked = False
    if person is None and needs_setup():
        outcome = setup_dialog.ask_first_run_setup(ctx, lang)
        if outcome is None:
            return None
        if outcome.language != lang:
            lang = outcome.language
            save_language(lang)
            install_translators(lang)
        if outcome.demo:
            ctx.close()
            opened = _open_or_tell(app, default_target(demo=True), True, False)
            if opened is None:
                return None
            ctx = opened
            person = sign_in_demo_owner()
        elif outcome.owner is not None:
            name = outcome.owner.name
    if person is None:
        person = sign_in_dialog.ask_sign_in(ctx, None, name)
        if person is None:
            ctx.close()
            return None
        asked = True
    if asked:  # signed in through the dialog: keep it, or none, as they chose
        sign_in_dialog.settle_kept_sign_in(ctx, person)
    return ctx, lang, person


def run_gui(args: argparse.Namespace, target: str) -> int:
    # No cyclic garbage collection until the window has shown its first room (process.py):
    # the window turns it back on before warming the search cache (MainWindow,
    # freeze_after_start), and any way out of here does too (a caller that goes on: tests).
    with without_cyclic_collector():
        return _run_gui(args, target)


def _run_gui(args: argparse.Namespace, target: str) -> int:
    from .common.failures import install_excepthook

    app = make_application()
    install_excepthook()  # an error nothing caught is shown in a sentence, not a traceback
    lang = choose_language(getattr(args, "lang", None))
    install_translators(lang)
    demo = bool(getattr(args, "demo", False))
    create = may_create(target, demo)
    if create is None:
        return 1
    ctx = _open_or_tell(app, target, demo, create)
    if ctx is None:
        return 1
    signed_in = sign_in_at_start(app, ctx, lang, demo, str(getattr(args, "user", "") or ""))
    if signed_in is None:
        ctx.close()
        return 1
    ctx, lang, person = signed_in
    ctx.user = person
    session = Session(ctx, lang)
    session.open_window()
    app.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
    code = app.exec()
    ctx.close()
    return int(code)
