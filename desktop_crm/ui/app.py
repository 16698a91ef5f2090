"""Start the GUI: QApplication, language, fonts, database, main window."""

from __future__ import annotations

import argparse
import sys
import time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from ..i18n import fill_args
from ..paths import font_path
from .i18n import choose_language, install_translators

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


def run_gui(args: argparse.Namespace, target: str) -> int:
    from ..services.context import NetworkShareError, SchemaTooNewError, open_context
    from .context import UiContext
    from .main_window import MainWindow
    from .runner import Runner

    app = make_application()
    lang = choose_language(getattr(args, "lang", None))
    install_translators(lang)
    try:
        ctx = open_context(target)
        if getattr(args, "demo", False):
            from ..demo import build_demo_office

            build_demo_office()
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
