"""Reading the compiled translations (`.qm`) with Qt Core alone, no QApplication needed.

The window and the headless commands both translate reports through `translate_function`, so
it lives beside them rather than in `ui/`: commands may use Qt Core but never the UI layer.
Models, services and reports stay Qt-free and are handed the resulting function.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QTranslator

from .i18n import SOURCE_LANGUAGE
from .paths import resources_dir


def system_language() -> str:
    """The shipped language nearest the system's: zh_TW for traditional Chinese, else zh_CN
    for Chinese, else English."""
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


def load_translator(lang: str) -> QTranslator | None:
    """The application's translator for `lang`, or None when its `.qm` file is missing."""
    translator = QTranslator()
    path = resources_dir() / "translations" / f"desktop_crm_{lang}.qm"
    if path.exists() and translator.load(str(path)):
        return translator
    return None


def translate_function(lang: str) -> Callable[[str, str], str]:
    """A translate(context, text) for reports and commands, usable without a QApplication."""
    translator = load_translator(lang) if lang != SOURCE_LANGUAGE else None

    def translate(context: str, text: str) -> str:
        if translator is None:
            return text
        return translator.translate(context, text) or text

    return translate
