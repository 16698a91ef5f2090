"""What every layer shares about translation, without Qt: the shipped languages, the marker
lupdate looks for, and filling `%1`-style arguments into a translated text.

The UI loads the `.qm` files (`ui/i18n.py`); models, services, reports and commands only mark
strings and fill arguments, so they import this module and never PySide6.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

SOURCE_LANGUAGE = "en"
"""The language of the source strings in `tr()`: its `.ts` file may leave translations empty."""

LANGUAGE_NAMES: Mapping[str, str] = MappingProxyType(
    {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}
)
"""Every shipped interface language, code → its own name, in the order menus list them."""

LANGUAGES: tuple[str, ...] = tuple(LANGUAGE_NAMES)
"""The codes of the shipped languages: `--lang` choices, `.ts`/`.qm` files, the settings menu."""

TRANSLATED_LANGUAGES: tuple[str, ...] = tuple(lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE)
"""The languages whose `.ts` file must translate every source string."""

# One or two digits, as QString.arg reads them: "%10" is the tenth argument, not "%1" + "0".
_NUMBERED_FIELD = re.compile(r"%([1-9][0-9]?)")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Return `text` unchanged; lupdate finds the call by name and puts `text` in the `.ts`
    files, and the UI translates it later with `QCoreApplication.translate(context, text)`."""
    return text


def fill_args(text: str, *values: object) -> str:
    """`text` with `%1` … `%99` replaced by `str(values[0])` … in one pass.

    One pass means a value that itself contains `%2` stays as it is, and `%10` is the tenth
    value, never the first followed by "0". A field without a value (`%3` given two values)
    is left in place, as `QString.arg` does, so a missing argument shows instead of vanishing.
    """

    def value_for(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group(0)

    return _NUMBERED_FIELD.sub(value_for, text)
