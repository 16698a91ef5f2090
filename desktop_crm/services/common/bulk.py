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

    The statement's text is peewee's own, made once per shape (model, columns, number of
    rows) from placeholder rows; each chunk binds its values to it, converted by the fields'
    `db_value` and with the defaults of the columns left out, as peewee's insert_many would
    (which builds its SQL value by value: ~30 µs a value, most of a big import's writing).
    """
    if not records:
        return []
    names = tuple(records[0])
    meta = model._meta
    fields = [meta.fields[name] for name in names]
    left_out = sorted(
        (f for f in meta.defaults if f.name not in names), key=lambda f: f.get_sort_key(None)
    )
    defaults = [meta.defaults[f] for f in left_out]
    columns = [*fields, *left_out]
    converters = [f.db_value for f in columns]
    row_of = itemgetter(*names)  # the values in the order of `names`, at C speed
    # Defaults of the columns left out are bound as variables too: count every column.
    per_chunk = max(1, SQLITE_VARIABLE_LIMIT // max(len(meta.sorted_fields), 1))
    ids: list[int] = []
    for start in range(0, len(records), per_chunk):
        chunk = records[start : start + per_chunk]
        params: list[Any] = []
        for record in chunk:
            if len(record) != len(names):
                raise ValueError(f"every record needs the same fields: {sorted(names)}")
            row = row_of(record)
            values = [
                *(row if len(names) > 1 else (row,)),
                *(d() if callable(d) else d for d in defaults),
            ]
            params.extend(convert(value) for convert, value in zip(converters, values, strict=True))
        sql = _statement(model, tuple(columns), len(chunk), returning, ignore_conflicts)
        cursor = meta.database.execute_sql(sql, params)
        if returning:
            ids.extend(sorted(int(row[0]) for row in cursor.fetchall()))
    return ids


_STATEMENTS: dict[tuple[Any, ...], str] = {}


def _statement(
    model: type[pw.Model], columns: tuple[pw.Field, ...], rows: int, returning: bool, ignore: bool
) -> str:
    """peewee's INSERT of `rows` rows of `columns`, made once per shape and database."""
    database = model._meta.database
    backend = type(getattr(database, "obj", None) or database)  # through a DatabaseProxy
    key = (model, tuple(c.name for c in columns), rows, returning, ignore, backend)
    sql = _STATEMENTS.get(key)
    if sql is None:
        placeholder = pw.Value(None, converter=False)  # bound as it is, converted by the caller
        query = model.insert_many([(placeholder,) * len(columns)] * rows, fields=list(columns))
        if ignore:
            query = query.on_conflict_ignore()
        if returning:
            query = query.returning(model._meta.primary_key)
        sql, params = query.sql()
        if len(params) != rows * len(columns):  # every value a placeholder: nothing inlined
            raise RuntimeError(f"unexpected INSERT for {model.__name__}: {sql[:200]}")
        _STATEMENTS[key] = sql
    return sql
