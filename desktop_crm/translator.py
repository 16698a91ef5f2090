"""Reading the compiled translations (`.qm`), no QApplication needed.

The window and the headless commands both translate reports through `translate_function`, so
it lives beside them rather than in `ui/`: commands may use Qt Core but never the UI layer.
Models, services and reports stay Qt-free and are handed the resulting function. It reads the
`.qm` in plain Python (`qm.py`), and a command names its language from the environment
(`environment_language`) when it can: a headless command then never imports Qt (a tenth of a
second of its start). The window's QTranslator (`load_translator`) is Qt's own.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from .i18n import SOURCE_LANGUAGE
from .paths import resources_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator


def system_language() -> str:
    """The shipped language nearest the system's: zh_TW for traditional Chinese, else zh_CN
    for Chinese, else English."""
    from PySide6.QtCore import QLocale

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
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    path = resources_dir() / "translations" / f"desktop_crm_{lang}.qm"
    if path.exists() and translator.load(str(path)):
        return translator
    return None


def environment_language() -> str | None:
    """The shipped language the POSIX locale variables name (LC_ALL, LC_MESSAGES, LANG, the
    first one set), as `system_language` would tell it; None when none is set (then only Qt
    can tell, on Windows and macOS)."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            name = value.split(".")[0].split("@")[0]
            if not name.startswith("zh"):
                return "en"
            if name in ("zh_TW", "zh_HK", "zh_MO") or "Hant" in value:
                return "zh_TW"
            return "zh_CN"
    return None


def translate_function(lang: str) -> Callable[[str, str], str]:
    """A translate(context, text) for reports and commands, usable without a QApplication
    (and without Qt: the `.qm` is read by `qm.read_qm`)."""
    from .qm import read_qm

    path = resources_dir() / "translations" / f"desktop_crm_{lang}.qm"
    table = read_qm(path) if lang != SOURCE_LANGUAGE and path.exists() else {}

    def translate(context: str, text: str) -> str:
        return table.get((context, text)) or text

    return translate
