"""The looks every room shares for what is wrong: a field's message and its marked editor."""

from __future__ import annotations

ERROR_STYLE = "color: #c0392b;"  # the message beside a field
INVALID_STYLE = "background-color: #fdecea; border: 1px solid #d93025; border-radius: 2px;"
