"""Optimistic locking: every row carries a `version`; a write names the version it read.

A write with a stale version changes nothing and raises ConflictError, so saving never
silently overwrites someone else's newer edit. `force` (the user chose "overwrite" after
seeing the conflict) writes whatever the version. Call inside the caller's write transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import peewee as pw

from ...models.db import utcnow
from .errors import ConflictError


def current_version(model: type[pw.Model], row_id: int) -> int | None:
    """The row's version now, or None when it is gone."""
    value = model.select(model.version).where(model.id == row_id).scalar()  # type: ignore[attr-defined]
    return int(value) if value is not None else None


def versioned_update(
    model: type[pw.Model],
    entity: str,
    row_id: int,
    version: int | None,
    values: Mapping[str, Any],
    *,
    force: bool = False,
    now: dt.datetime | None = None,
) -> int:
    """Update one row if it is still at `version`, bumping version and updated_at.

    Returns the new version. `values` are keyed by column name (`owner_rep`, not the field).
    """
    columns: Any = model
    updates: dict[Any, Any] = {getattr(columns, k): v for k, v in values.items()}
    updates[columns.updated_at] = now or utcnow()  # one save's rows share its moment
    updates[columns.version] = columns.version + 1
    query = model.update(updates).where(columns.id == row_id)
    if not force:
        query = query.where(columns.version == (version or 0))
    if query.execute() == 0:
        raise ConflictError(entity, row_id, version or 0, current_version(model, row_id))
    new_version = current_version(model, row_id)
    assert new_version is not None
    return new_version


def versioned_delete(model: type[pw.Model], entity: str, row_id: int, version: int) -> None:
    """Delete one row if it is still at `version`; ConflictError otherwise."""
    columns: Any = model
    if model.delete().where(columns.id == row_id, columns.version == version).execute() == 0:
        raise ConflictError(entity, row_id, version, current_version(model, row_id))
