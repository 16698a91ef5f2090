"""Interface language: --lang, else the saved setting, else the system's; .qm loading."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..i18n import LANGUAGES, SOURCE_LANGUAGE
from ..services.common.settings import UI_LANGUAGE

# Shared with the headless commands, which may not import the UI layer.
from ..translator import load_translator, system_language, translate_function
from .local_settings import read_local, write_local

__all__ = [
    "choose_language",
    "install_translators",
    "load_translator",
    "save_language",
    "saved_language",
    "system_language",
    "tr_marked",
    "translate_function",
]


def saved_language() -> str | None:
    value = read_local(UI_LANGUAGE)
    return str(value) if value in LANGUAGES else None


def save_language(lang: str | None) -> None:
    write_local(UI_LANGUAGE, lang or "")


def choose_language(cli_lang: str | None) -> str:
    return cli_lang or saved_language() or system_language()


_installed: list[QTranslator] = []


def install_translators(lang: str) -> None:
    """Install the app's and Qt's own translations (dialog buttons etc.) for `lang`."""
    app = QCoreApplication.instance()
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    if lang == SOURCE_LANGUAGE:
        return
    ours = load_translator(lang)
    qt = QTranslator()
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    if ours:
        _installed.append(ours)
    if app is not None:
        for translator in _installed:
            QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(lang))


def tr_marked(context: str, text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP below the UI layer."""
    return QCoreApplication.translate(context, text)
