"""Checks at the service boundary that need the database: does a referenced row exist?

The pure checks (types, text, ranges) are in `validation.py`; a service runs those first, then
these, and raises `ValidationFailed` naming every bad field before it writes anything.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

import peewee as pw

from ...models.db import tuple_rows
from .acting import internal
from .errors import FieldError, ValidationFailed
from .validation import check_id, check_ids

_CHUNK = 5000  # ids per IN list (SQLite's variable limit is far above)


@internal
def existing_ids(model: type[pw.Model], ids: Iterable[int]) -> set[int]:
    """Which of `ids` are keys of `model`'s rows (a few set queries, whatever their number)."""
    key = cast(pw.Field, model._meta.primary_key)  # every table here has a single key
    wanted = sorted(set(ids))
    found: set[int] = set()
    for start in range(0, len(wanted), _CHUNK):
        query = model.select(key).where(key.in_(wanted[start : start + _CHUNK]))
        found |= {int(i) for (i,) in tuple_rows(query)}
    return found


@internal
def check_reference(
    name: str, model: type[pw.Model], value: object, *, required: bool = True
) -> FieldError | None:
    """An id (`check_id`) of a row of `model` that exists; None when fine."""
    error = check_id(name, value, required=required)
    if error is not None or value is None:
        return error
    assert isinstance(value, int)
    if not existing_ids(model, [value]):
        return FieldError(name, "not_found", {"value": value})
    return None


@internal
def check_reference_list(
    name: str, model: type[pw.Model], values: object
) -> tuple[list[int], list[FieldError]]:
    """A list of ids (`check_ids`) of rows of `model` that exist: the ids without repeats,
    and an error ("name.N" for the Nth value) for each that is not an id or has no row."""
    ids, errors = check_ids(name, values)
    if errors:
        return ids, errors
    found = existing_ids(model, ids)
    listed: Iterable[object] = values  # type: ignore[assignment]  # a list, checked above
    return ids, [
        FieldError(f"{name}.{index}", "not_found", {"value": value})
        for index, value in enumerate(listed)
        if value not in found
    ]


@internal
def refuse(errors: Iterable[FieldError | None]) -> None:
    """Raise ValidationFailed with the errors among `errors` (None entries are fine)."""
    found = [e for e in errors if e is not None]
    if found:
        raise ValidationFailed(found)
