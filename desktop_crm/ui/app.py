"""Start the GUI: QApplication, language, fonts, database, main window."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from ..i18n import fill_args
from ..paths import font_path
from .i18n import choose_language, install_translators

if TYPE_CHECKING:
    from ..services.context import AppContext

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


def run_gui(args: argparse.Namespace, target: str) -> int:
    from ..services.context import NetworkShareError, SchemaTooNewError
    from .context import UiContext
    from .main_window import MainWindow
    from .runner import Runner

    app = make_application()
    lang = choose_language(getattr(args, "lang", None))
    install_translators(lang)
    demo = bool(getattr(args, "demo", False))
    create = may_create(target, demo)
    if create is None:
        return 1
    try:
        ctx = open_for_window(target, demo, create)
    except NetworkShareError:
        QMessageBox.critical(
            None,
            app.tr("Desktop CRM"),
            app.tr(
                "The database file is on a network share, where SQLite files get corrupted.\n"
                "Use a PostgreSQL server for shared use, or keep the file on this computer."
            ),
        )
        return 1
    except SchemaTooNewError:
        QMessageBox.critical(
            None,
            app.tr("Desktop CRM"),
            app.tr("This database was written by a newer version of Desktop CRM. Please update."),
        )
        return 1
    except Exception as error:  # noqa: BLE001 - shown, not a traceback
        QMessageBox.critical(
            None,
            app.tr("Desktop CRM"),
            fill_args(app.tr("Cannot open the database:\n%1"), error),
        )
        return 1
    window = MainWindow(UiContext(app=ctx, runner=Runner(), lang=lang))
    window.show()
    app.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
    code = app.exec()
    ctx.close()
    return int(code)
