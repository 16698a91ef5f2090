"""Translation markers usable below the UI layer without importing Qt.

`QT_TRANSLATE_NOOP(context, text)` returns `text` unchanged; `pyside6-lupdate` finds the calls by
name and puts the strings in the `.ts` files, and the UI translates them with
`QCoreApplication.translate(context, text)`.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    return text
