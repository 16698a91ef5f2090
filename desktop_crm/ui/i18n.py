"""Interface language: --lang, else the saved setting, else the system's; .qm loading."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..i18n import LANGUAGES, SOURCE_LANGUAGE
from ..paths import resources_dir
from ..services.common.settings import UI_LANGUAGE
from .local_settings import read_local, write_local


def system_language() -> str:
    name = QLocale.system().name()  # e.g. zh_CN, zh_TW, zh_HK, en_US
    if name.startswith("zh"):
        script = QLocale.system().script()
        traditional = script == QLocale.Script.TraditionalChineseScript or name in (
            "zh_TW",
            "zh_HK",
            "zh_MO",
        )
        return "zh_TW" if traditional else "zh_CN"
    return "en"


def saved_language() -> str | None:
    value = read_local(UI_LANGUAGE)
    return str(value) if value in LANGUAGES else None


def save_language(lang: str | None) -> None:
    write_local(UI_LANGUAGE, lang or "")


def choose_language(cli_lang: str | None) -> str:
    return cli_lang or saved_language() or system_language()


def load_translator(lang: str) -> QTranslator | None:
    translator = QTranslator()
    path = resources_dir() / "translations" / f"desktop_crm_{lang}.qm"
    if path.exists() and translator.load(str(path)):
        return translator
    return None


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


def translate_function(lang: str) -> Callable[[str, str], str]:
    """A translate(context, text) for reports and commands, usable without a QApplication."""
    translator = load_translator(lang) if lang != SOURCE_LANGUAGE else None

    def translate(context: str, text: str) -> str:
        if translator is None:
            return text
        return translator.translate(context, text) or text

    return translate


def tr_marked(context: str, text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP below the UI layer."""
    return QCoreApplication.translate(context, text)
