"""Batched inserts for the services' bulk paths: many rows, few statements, ids from the database.

Rows are dicts keyed by field name; they are turned into tuples in the order of those names
(peewee looks a dict's values up key by key, several times slower) and inserted with
`insert_many` in chunks that stay under SQLite's bound-variable limit. Columns a row leaves
out get their defaults, so a new column with a default needs no change in any caller.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from operator import itemgetter
from typing import Any

import peewee as pw

# SQLite's default limit since 3.32 (older builds: 999; Debian's and Python's are 32766).
SQLITE_VARIABLE_LIMIT = 32766


def insert_records(
    model: type[pw.Model],
    records: Sequence[Mapping[str, Any]],
    *,
    returning: bool = True,
    ignore_conflicts: bool = False,
) -> list[int]:
    """Insert `records` (all with the same keys) and return their new ids in record order.

    Call it inside a transaction. The ids come back through RETURNING; within one statement
    both backends hand out increasing ids in row order (SQLite under its write lock, a
    PostgreSQL sequence row by row), so sorting a chunk's ids matches them to its rows
    whatever order RETURNING lists them in. With `returning=False` nothing is returned.
    """
    if not records:
        return []
    names = list(records[0])
    fields = [model._meta.fields[name] for name in names]
    row_of = itemgetter(*names)  # the values in the order of `names`, at C speed
    # Defaults of the columns left out are bound as variables too: count every column.
    per_chunk = max(1, SQLITE_VARIABLE_LIMIT // max(len(model._meta.sorted_fields), 1))
    ids: list[int] = []
    for start in range(0, len(records), per_chunk):
        chunk = records[start : start + per_chunk]
        rows = []
        for record in chunk:
            if len(record) != len(names):
                raise ValueError(f"every record needs the same fields: {sorted(names)}")
            row = row_of(record)
            rows.append(row if len(names) > 1 else (row,))
        query = model.insert_many(rows, fields=fields)
        if ignore_conflicts:
            query = query.on_conflict_ignore()
        if returning:
            key = model._meta.primary_key
            cursor = query.returning(key).tuples().execute()
            ids.extend(sorted(int(row[0]) for row in cursor))
        else:
            query.execute()
    return ids
