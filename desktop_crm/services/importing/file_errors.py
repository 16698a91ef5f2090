"""The one error a file that cannot be read as a table raises (issue 11).

It is a ValidationFailed naming the field "file", so the wizard and the headless import explain
it the way they explain any bad value: one FieldError("file", code, params). Codes:

- empty: the file holds nothing (or only blank lines);
- not_a_table: binary content, not text or a spreadsheet;
- file_encoding: bytes not valid in the chosen encoding (params encoding, offset, line);
- encoding_unknown: an encoding name not among encodings.ENCODINGS (params encoding, choices);
- delimiter: a delimiter that is not one character (params delimiter);
- protected: a password-protected spreadsheet;
- broken: a spreadsheet (or a CSV) that cannot be read (params detail);
- sheet: no sheet of that name (params sheet, sheets);
- unreadable: the file cannot be opened at all (params detail).

`file_error_text` turns one into a sentence (FILE_ERROR_TEXTS, marked for translation in the
context "ImportFile").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ...i18n import QT_TRANSLATE_NOOP, fill_args
from ..common.acting import rule
from ..common.errors import FieldError, ValidationFailed

FILE_FIELD = "file"

FILE_ERROR_TEXTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "empty": (QT_TRANSLATE_NOOP("ImportFile", "The file is empty."), ()),
    "not_a_table": (
        QT_TRANSLATE_NOOP(
            "ImportFile", "This file is not a table; choose a CSV, TSV or Excel file."
        ),
        (),
    ),
    "file_encoding": (
        QT_TRANSLATE_NOOP(
            "ImportFile",
            "Line %1 is not valid %2 (byte %3); choose another encoding.",
        ),
        ("line", "encoding", "offset"),
    ),
    "encoding_unknown": (
        QT_TRANSLATE_NOOP("ImportFile", "Unknown encoding: %1."),
        ("encoding",),
    ),
    "delimiter": (
        QT_TRANSLATE_NOOP("ImportFile", "A delimiter is one character, not “%1”."),
        ("delimiter",),
    ),
    "protected": (
        QT_TRANSLATE_NOOP(
            "ImportFile",
            "The workbook is protected by a password; save a copy without one and import that.",
        ),
        (),
    ),
    "broken": (
        QT_TRANSLATE_NOOP("ImportFile", "The file is damaged and cannot be read (%1)."),
        ("detail",),
    ),
    "sheet": (
        QT_TRANSLATE_NOOP("ImportFile", "The workbook has no sheet named “%1”."),
        ("sheet",),
    ),
    "unreadable": (
        QT_TRANSLATE_NOOP("ImportFile", "The file cannot be opened (%1)."),
        ("detail",),
    ),
}
"""Code → (English sentence with %N fields, the params filling them in order)."""


class ImportFileError(ValidationFailed):
    """The file is no table we can read; `code` and `params` say why."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__([FieldError(FILE_FIELD, code, dict(params))])
        self.code = code
        self.params = dict(params)


@rule
def file_error_text(error: FieldError, translate: Callable[[str, str], str] | None = None) -> str:
    """The sentence for a file error; `translate(context, text)` gives it in the office's
    language (the UI passes QCoreApplication.translate)."""
    text, names = FILE_ERROR_TEXTS.get(error.code, ("%1", ("code",)))
    if translate is not None:
        text = translate("ImportFile", text)
    values = [error.code if name == "code" else error.params.get(name, "?") for name in names]
    return fill_args(text, *values)
