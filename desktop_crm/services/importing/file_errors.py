"""The one error a file that cannot be read as a table raises (issue 11).

It is a ValidationFailed naming the field "file", so the wizard and the headless import explain
it the way they explain any bad value: one FieldError("file", code, params). Codes:

- empty: the file holds nothing (or only blank lines);
- not_a_table: binary content, not text or a spreadsheet;
- encoding: the bytes are not valid in the chosen encoding (params encoding, offset, line);
- encoding_unknown: an encoding name not among encodings.ENCODINGS (params encoding, choices);
- delimiter: a delimiter that is not one character (params delimiter);
- protected: a password-protected spreadsheet;
- broken: a spreadsheet that cannot be opened (params detail);
- sheet: no sheet of that name (params sheet, sheets);
- unreadable: the file cannot be opened at all (params detail).
"""

from __future__ import annotations

from typing import Any

from ..common.errors import FieldError, ValidationFailed

FILE_FIELD = "file"


class ImportFileError(ValidationFailed):
    """The file is no table we can read; `code` and `params` say why."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__([FieldError(FILE_FIELD, code, dict(params))])
        self.code = code
        self.params = dict(params)
