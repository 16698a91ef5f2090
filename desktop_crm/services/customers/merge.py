"""Merge two customers that are one, and unmerge them again exactly (issue 11, item 6).

**Merge** (`merge_customers`, one transaction): the survivor takes, field by field of the
description, the value chosen from either side; every row of another table that points at
the other customer moves to the survivor; the other goes to the trash (its own values stay as
they were) and a `MergeRecord` (models/merges.py) keeps the survivor's values from before and
every row moved, one `MergeMove` each. Both customers' versions are checked (a stale one is
the form's ConflictError, nothing written) and bumped.

What moves is found, not listed: `customer_references` enumerates every foreign key to the
customer table of every registered table, and `HANDLING` says what each one does (a test
fails for a foreign key missing there):

- MOVE: every row moves (contacts, deals, visits, assessments with their answers,
  personality ratings, complaints, surveys);
- MOVE_IF_FREE: tables with one row per customer (the pool's owner-since, the coordinates):
  the other's row moves only when the survivor has none; otherwise the survivor keeps its
  own and the other's stays with it in the trash (and comes back with it);
- REFERRALS: customers referred by the other are referred by the survivor. A survivor
  referred by the other takes the other's referrer (none when that is the survivor);
- REBUILT: the search text, recomputed for both;
- KEPT: the merge records themselves.

Every row moved (and moved back by the unmerge) that has a version — a referred customer, a
contact, deal, visit, assessment, rating, coordinates — gets it bumped and its `updated_at`
set: a dialog open on it (a visit's result, a referred customer's form) then meets the
ConflictError of services/common/locking.py instead of saving its old customer back.

The survivor keeps its rep. The audit log gets a "merge" entry on each customer, and a change
entry on each customer whose referrer moved; `audit.customer_history` of the survivor then
shows the other's past too.

**Unmerge** (`unmerge`, one transaction) puts back the survivor's values from before, every
moved row that still points at the survivor, and the other out of the trash with its values as
they were; the record becomes "undone". Versions and `updated_at` move on (never back), so an
open form cannot save over the restored state. It is refused (ValidationFailed on `merge_id`):

- `later_merge` while a later merge touching either customer is not undone: merges are undone
  newest first (A←B then A←C: undo A←C before A←B);
- `changed_since_merge` when a column of either customer differs from what the merge left
  (a save of its fields, a new rep, the other restored from the trash), naming the columns:
  restoring only part of it, or silently dropping someone's later edit, would not be the
  exact unmerge it promises. Undo the edit (or keep the merge). The versions are recorded
  but only the values decide: an unmerge of a later merge moves a version on and leaves the
  values as the earlier merge left them, and a save that changed only contacts or deals
  changed no column (those rows go back as they are now);
- `undone` for a merge already undone, `not_found` for an unknown id.

Rows added to the survivor after the merge stay with it; a moved row deleted since stays
deleted, one moved on to a third customer stays there.

Who may: the office, and a rep who sees both customers (their own or the pool's); the same for
unmerge (both customers of the record). Reading a customer's merges: whoever sees it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

import peewee as pw

from ...models import registry
from ...models.core import Customer, User
from ...models.customer_fields import CUSTOMER_FIELDS
from ...models.db import MoneyField, tuple_rows, utcnow, write_transaction
from ...models.merges import MERGED, UNDONE, MergeMove, MergeRecord
from ..analysis.tiers import mark_tiers_stale
from ..common.acting import Person, rule
from ..common.checks import refuse
from ..common.errors import ConflictError, FieldError, ValidationFailed
from ..common.locking import current_version, versioned_update
from ..common.validation import check_id, check_version
from ..office.audit import (
    Action,
    Change,
    Entity,
    Entry,
    as_text,
    field_changes,
    named_references,
    record_many,
)
from ..people.policy import guard, require_customers
from .audit_trail import CUSTOMER_COLUMNS
from .search_index import refresh_search_text

SURVIVOR, OTHER = "survivor", "other"
SIDES = (SURVIVOR, OTHER)
FIELD_NAMES: tuple[str, ...] = tuple(spec.name for spec in CUSTOMER_FIELDS)
# Bookkeeping a merge and an unmerge move on, never back.
_BOOKKEEPING = ("id", "created_at", "updated_at", "version")
_CHUNK = 500
_DERIVED = ("tier_computed",)  # recomputed by the ranking, restored but never compared


class Handling(StrEnum):
    MOVE = "move"
    MOVE_IF_FREE = "move_if_free"
    REFERRALS = "referrals"
    REBUILT = "rebuilt"
    KEPT = "kept"


# (table, field) of every foreign key to the customer table: what a merge does with it.
HANDLING: dict[tuple[str, str], Handling] = {
    ("contact", "customer"): Handling.MOVE,
    ("deal", "customer"): Handling.MOVE,
    ("visit", "customer"): Handling.MOVE,
    ("opportunity", "customer"): Handling.MOVE,
    ("assessment", "customer"): Handling.MOVE,
    ("personality_rating", "customer"): Handling.MOVE,
    ("complaint", "customer"): Handling.MOVE,
    ("survey", "customer"): Handling.MOVE,
    ("owner_since", "customer"): Handling.MOVE_IF_FREE,
    ("customer_geo", "customer"): Handling.MOVE_IF_FREE,
    ("customer", "referred_by"): Handling.REFERRALS,
    ("customer_search", "customer"): Handling.REBUILT,
    ("merge_record", "survivor"): Handling.KEPT,
    ("merge_record", "other"): Handling.KEPT,
}


@dataclass(frozen=True)
class MergeSide:
    customer_id: int
    name: str
    company: str
    version: int


@dataclass(frozen=True)
class FieldChoice:
    """One described field: both values as the log writes them (`as_text`), whether they
    differ, and the suggested side."""

    name: str
    survivor_text: str
    other_text: str
    differs: bool
    suggested: str  # "survivor" | "other"


@dataclass(frozen=True)
class MoveCount:
    table: str  # the table's name ("contact", "deal", "visit", …)
    rows: int


@dataclass(frozen=True)
class MergePreview:
    survivor: MergeSide
    other: MergeSide
    fields: tuple[FieldChoice, ...]
    moves: tuple[MoveCount, ...]  # what would move, per table with rows


@dataclass(frozen=True)
class MergeResult:
    merge_id: int
    survivor_id: int
    other_id: int
    survivor_version: int
    moves: tuple[MoveCount, ...]


@dataclass(frozen=True)
class UnmergeResult:
    merge_id: int
    survivor_id: int
    other_id: int
    rows_back: int


@dataclass(frozen=True)
class MergeInfo:
    """A merge a customer took part in, for the History tab and the trash."""

    merge_id: int
    survivor_id: int
    survivor_name: str
    other_id: int
    other_name: str
    at: dt.datetime  # naive UTC
    person_name: str
    state: str  # "merged" | "undone"
    undoable: bool  # merged, and no later merge touching either customer is still merged
    survivor_company: str = ""
    other_company: str = ""


# ---------------------------------------------------------------- rules


@rule
def customer_references() -> list[tuple[type[pw.Model], pw.ForeignKeyField]]:
    """Every foreign key to the customer table, of every registered table (models/registry)."""
    found = []
    for model in registry.tables():
        for field in model._meta.sorted_fields:
            if isinstance(field, pw.ForeignKeyField) and field.rel_model is Customer:
                found.append((model, field))
    return found


@rule
def handling_of(model: type[pw.Model], field: pw.ForeignKeyField) -> Handling:
    """What a merge does with `field`: HANDLING's word; for one not listed there (a test
    fails for it) a one-row-per-customer key moves when free, any other moves."""
    known = HANDLING.get((model._meta.table_name, field.name))
    if known is not None:
        return known
    return Handling.MOVE_IF_FREE if field.primary_key or field.unique else Handling.MOVE


@rule
def suggested_side(survivor_value: Any, other_value: Any) -> str:
    """The survivor's value, unless it is empty and the other's is not."""
    if _is_empty(survivor_value) and not _is_empty(other_value):
        return OTHER
    return SURVIVOR


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value is False


# ---------------------------------------------------------------- reading


def _columns() -> list[pw.Field]:
    return [f for f in Customer._meta.sorted_fields if f.name not in _BOOKKEEPING]


def _row(customer_id: int) -> dict[str, Any] | None:
    """Every column of the customer but the bookkeeping, by field name, plus its version."""
    fields = [*_columns(), Customer.version]
    query = Customer.select(*fields).where(Customer.id == customer_id)
    row = next(iter(tuple_rows(query)), None)
    if row is None:
        return None
    return dict(zip([f.name for f in fields], row, strict=True))


def _encode(values: Mapping[str, Any]) -> str:
    def plain(value: Any) -> Any:
        if isinstance(value, Decimal):
            return str(value)
        if isinstance(value, (dt.date, dt.datetime)):
            return value.isoformat()
        return value

    return json.dumps({k: plain(v) for k, v in values.items()}, ensure_ascii=False)


def _decode(text: str) -> dict[str, Any]:
    """The values `_encode` wrote, typed by the customer's columns again."""
    raw = json.loads(text or "{}")
    fields = {f.name: f for f in _columns()}
    values: dict[str, Any] = {}
    for name, value in raw.items():
        field = fields.get(name)
        if field is None:
            continue  # a column dropped since: nothing to restore
        if value is not None:
            if isinstance(field, pw.DateTimeField):
                value = dt.datetime.fromisoformat(value)
            elif isinstance(field, pw.DateField):
                value = dt.date.fromisoformat(value)
            elif isinstance(field, MoneyField):
                value = Decimal(value)
        values[name] = value
    return values


def _check_pair(survivor_id: object, other_id: object) -> tuple[dict[str, Any], dict[str, Any]]:
    """Both customers' rows, or ValidationFailed naming the bad one."""
    refuse([check_id("survivor_id", survivor_id), check_id("other_id", other_id)])
    assert isinstance(survivor_id, int) and isinstance(other_id, int)
    if survivor_id == other_id:
        refuse([FieldError("other_id", "same_customer", {"value": other_id})])
    rows = {"survivor_id": _row(survivor_id), "other_id": _row(other_id)}
    errors = []
    for name, row in rows.items():
        value = survivor_id if name == "survivor_id" else other_id
        if row is None:
            errors.append(FieldError(name, "not_found", {"value": value}))
        elif row["deleted_at"] is not None:
            errors.append(FieldError(name, "in_trash", {"value": value, "name": row["name"]}))
    refuse(errors)
    survivor, other = rows["survivor_id"], rows["other_id"]
    assert survivor is not None and other is not None
    return survivor, other


def _side(customer_id: int, row: Mapping[str, Any]) -> MergeSide:
    return MergeSide(customer_id, str(row["name"]), str(row["company"]), int(row["version"]))


def _rows_to_move(
    model: type[pw.Model], field: pw.ForeignKeyField, survivor_id: int, other_id: int
) -> list[int]:
    """The keys of the rows of `model` that a merge moves from the other to the survivor."""
    handling = handling_of(model, field)
    key: Any = model._meta.primary_key
    if handling == Handling.MOVE:
        query = model.select(key).where(field == other_id)
    elif handling == Handling.MOVE_IF_FREE:
        if model.select().where(field == survivor_id).exists():
            return []
        query = model.select(key).where(field == other_id)
    elif handling == Handling.REFERRALS:
        query = model.select(key).where(field == other_id, key.not_in([survivor_id, other_id]))
    else:
        return []
    return [int(k) for (k,) in tuple_rows(query.order_by(key))]


def _counts(survivor_id: int, other_id: int) -> tuple[MoveCount, ...]:
    counts: dict[str, int] = {}
    for model, field in customer_references():
        rows = len(_rows_to_move(model, field, survivor_id, other_id))
        if rows:
            table = model._meta.table_name
            counts[table] = counts.get(table, 0) + rows
    return tuple(MoveCount(t, n) for t, n in counts.items())


@guard.customer("survivor_id", "other_id")
def merge_preview(actor: Person, survivor_id: int, other_id: int) -> MergePreview:
    """What merging `other_id` into `survivor_id` would do: both values of every described
    field (which differ, the suggested side), how many rows move per table, both versions
    (hand them to `merge_customers`). Refused like the merge for a bad pair."""
    survivor, other = _check_pair(survivor_id, other_id)
    fields = tuple(
        FieldChoice(
            name,
            as_text(survivor[name]),
            as_text(other[name]),
            as_text(survivor[name]) != as_text(other[name]),
            suggested_side(survivor[name], other[name]),
        )
        for name in FIELD_NAMES
    )
    return MergePreview(
        _side(survivor_id, survivor),
        _side(other_id, other),
        fields,
        _counts(survivor_id, other_id),
    )


# ---------------------------------------------------------------- merging


def _check_choices(choices: object) -> dict[str, str]:
    if not isinstance(choices, Mapping):
        refuse([FieldError("choices", "type", {"value": type(choices).__name__})])
    assert isinstance(choices, Mapping)
    errors = []
    for name, side in choices.items():
        if name not in FIELD_NAMES:
            errors.append(FieldError(f"choices.{name}", "not_found", {"value": name}))
        elif side not in SIDES:
            errors.append(FieldError(f"choices.{name}", "choice", {"value": side}))
    refuse(errors)
    return {str(k): str(v) for k, v in choices.items()}


def _check_version(entity_id: int, row: Mapping[str, Any], version: int) -> None:
    if version != row["version"]:
        raise ConflictError("customer", entity_id, version, int(row["version"]))


@guard.customer("survivor_id", "other_id")
def merge_customers(
    actor: Person,
    survivor_id: int,
    other_id: int,
    choices: Mapping[str, str],
    survivor_version: int,
    other_version: int,
) -> MergeResult:
    """Make `other_id` part of `survivor_id` (the module's text says what moves), in one
    transaction. `choices` maps a described field to "survivor" or "other"; a field left out
    takes the suggested side. A stale version raises ConflictError, nothing written; a bad
    pair (the same id twice, an unknown one, one in the trash) ValidationFailed on
    `survivor_id` / `other_id`, a bad choice on `choices.FIELD`, a version that is no whole
    number on `survivor_version` / `other_version`."""
    chosen = _check_choices(choices)
    refuse(
        [
            check_version("survivor_version", survivor_version)
            or (FieldError("survivor_version", "required") if survivor_version is None else None),
            check_version("other_version", other_version)
            or (FieldError("other_version", "required") if other_version is None else None),
        ]
    )
    _check_pair(survivor_id, other_id)
    now = utcnow()
    with write_transaction():
        survivor, other = _check_pair(survivor_id, other_id)  # as they are in the transaction
        _check_version(survivor_id, survivor, survivor_version)
        _check_version(other_id, other, other_version)
        before = {k: v for k, v in survivor.items() if k != "version"}
        values: dict[str, Any] = {}
        for name in FIELD_NAMES:
            side = chosen.get(name) or suggested_side(survivor[name], other[name])
            if side == OTHER:
                values[name] = other[name]
        if survivor["referred_by"] == other_id:  # the survivor cannot refer to itself
            referrer = other["referred_by"]
            values["referred_by"] = None if referrer == survivor_id else referrer
        versioned_update(Customer, "customer", survivor_id, survivor_version, values, now=now)
        moves, counts, referred = _move_rows(survivor_id, other_id, now)
        trashed = (
            Customer.update(
                deleted_at=now, deleted_by=actor.id, updated_at=now, version=Customer.version + 1
            )
            .where(Customer.id == other_id, Customer.version == other_version)
            .execute()
        )
        if not trashed:
            raise ConflictError(
                "customer", other_id, other_version, current_version(Customer, other_id)
            )
        refresh_search_text(survivor_id)
        refresh_search_text(other_id)
        survivor_after, other_after = _row(survivor_id), _row(other_id)
        assert survivor_after is not None and other_after is not None
        record = MergeRecord.create(
            survivor=survivor_id,
            other=other_id,
            person=actor.id,
            at=now,
            survivor_before=_encode(before),
            survivor_after=_encode({k: v for k, v in survivor_after.items() if k != "version"}),
            other_after=_encode({k: v for k, v in other_after.items() if k != "version"}),
            survivor_version=survivor_after["version"],
            other_version=other_after["version"],
            state=MERGED,
        )
        merge_id = int(record.id)
        rows = [(merge_id, table, key, column) for table, column, key in moves]
        for start in range(0, len(rows), _CHUNK):
            MergeMove.insert_many(
                rows[start : start + _CHUNK],
                fields=[MergeMove.merge, MergeMove.table_name, MergeMove.row_key, MergeMove.column],
            ).execute()
        _record(
            actor, Action.MERGE, merge_id, survivor_id, other_id, before, survivor_after,
            str(other["name"]), str(survivor["name"]), referred,
        )  # fmt: skip
        mark_tiers_stale()  # deals moved, and the other left the ranking
    return MergeResult(merge_id, survivor_id, other_id, int(survivor_after["version"]), counts)


def _move_rows(
    survivor_id: int, other_id: int, now: dt.datetime
) -> tuple[list[tuple[str, str, int]], tuple[MoveCount, ...], list[int]]:
    """Move every row pointing at the other to the survivor; returns (table, column, key
    after the move) per row, the counts per table, and the customers whose referrer moved."""
    moves: list[tuple[str, str, int]] = []
    counts: dict[str, int] = {}
    referred: list[int] = []
    for model, field in customer_references():
        keys = _rows_to_move(model, field, survivor_id, other_id)
        if not keys:
            continue
        table = model._meta.table_name
        key: Any = model._meta.primary_key
        extra = _bumped(model, now)  # an open dialog on a moved row sees the conflict
        if model is Customer:
            referred += keys
        for start in range(0, len(keys), _CHUNK):
            chunk = keys[start : start + _CHUNK]
            model.update({field: survivor_id, **extra}).where(key.in_(chunk)).execute()
        moved_keys = [survivor_id] * len(keys) if key is field else keys
        moves += [(table, field.name, k) for k in moved_keys]
        counts[table] = counts.get(table, 0) + len(keys)
    return moves, tuple(MoveCount(t, n) for t, n in counts.items()), referred


def _bumped(model: type[pw.Model], now: dt.datetime) -> dict[Any, Any]:
    """A row a merge or unmerge moves (a referred customer, a contact, deal, visit,
    assessment, rating …): its version and time move on, when it has them, so a dialog open
    on it meets a ConflictError instead of saving the old customer back."""
    fields = model._meta.fields
    bumped: dict[Any, Any] = {}
    if "version" in fields:
        bumped[fields["version"]] = fields["version"] + 1
    if "updated_at" in fields:
        bumped[fields["updated_at"]] = now
    return bumped


def _record(
    actor: Person,
    action: str,
    merge_id: int,
    survivor_id: int,
    other_id: int,
    before: Mapping[str, Any],
    after: Mapping[str, Any],
    other_name: str,
    survivor_name: str,
    referred: list[int],
) -> None:
    """One entry per customer (the survivor's with its changed fields; the note names the
    other side), and one per customer whose referrer moved."""
    shown = CUSTOMER_COLUMNS  # the described fields, the rep and the referrer
    changes = named_references(
        field_changes(
            {k: before[k] for k in shown if k in before},
            {k: after[k] for k in shown if k in after},
            shown,
        )
    )
    entries: list[Entry] = [
        (action, Entity.MERGE, merge_id, survivor_id, changes, f"{other_name} (#{other_id})"),
        (action, Entity.MERGE, merge_id, other_id, [], f"{survivor_name} (#{survivor_id})"),
    ]
    old, new = (other_id, survivor_id) if action == Action.MERGE else (survivor_id, other_id)
    referrer = named_references([Change("referred_by", str(old), str(new))])
    entries += [(Action.CHANGE, Entity.CUSTOMER, cid, cid, referrer, "") for cid in referred]
    record_many(actor, [(a, str(e), i, c, ch, n) for a, e, i, c, ch, n in entries])


# ---------------------------------------------------------------- unmerging


def _load_record(merge_id: object) -> MergeRecord:
    refuse([check_id("merge_id", merge_id)])
    record: MergeRecord | None = MergeRecord.get_or_none(MergeRecord.id == merge_id)
    if record is None:
        raise ValidationFailed([FieldError("merge_id", "not_found", {"value": merge_id})])
    return record


def _later_merge(record: MergeRecord) -> MergeRecord | None:
    pair = [record.survivor_id, record.other_id]
    later: MergeRecord | None = (
        MergeRecord.select()
        .where(
            MergeRecord.id > record.id,
            MergeRecord.state == MERGED,
            MergeRecord.survivor.in_(pair) | MergeRecord.other.in_(pair),
        )
        .order_by(MergeRecord.id.desc())
        .first()
    )
    return later


def _changed_fields(customer_id: int, recorded: str) -> list[str]:
    """The columns that differ from what the merge left; the computed tier aside (the
    ranking recomputes it after every merge: it is no one's edit)."""
    now = _row(customer_id) or {}
    then = _decode(recorded)
    return [
        name
        for name, value in then.items()
        if name not in _DERIVED and as_text(now.get(name)) != as_text(value)
    ]


def _check_undoable(record: MergeRecord) -> None:
    if record.state != MERGED:
        refuse([FieldError("merge_id", "undone", {"value": record.id})])
    later = _later_merge(record)
    if later is not None:
        names = dict(
            tuple_rows(
                Customer.select(Customer.id, Customer.name).where(
                    Customer.id.in_([later.survivor_id, later.other_id])
                )
            )
        )
        refuse(
            [
                FieldError(
                    "merge_id",
                    "later_merge",
                    {
                        "value": int(later.id),
                        "survivor": str(names.get(later.survivor_id, "")),
                        "other": str(names.get(later.other_id, "")),
                    },
                )
            ]
        )
    errors = []
    for customer_id, recorded in (
        (record.survivor_id, record.survivor_after),
        (record.other_id, record.other_after),
    ):
        changed = _changed_fields(customer_id, recorded)
        if changed:
            name = Customer.select(Customer.name).where(Customer.id == customer_id).scalar()
            errors.append(
                FieldError(
                    "merge_id",
                    "changed_since_merge",
                    {"value": int(record.id), "customer": str(name or ""), "fields": changed},
                )
            )
    refuse(errors)


@guard.scoped
def unmerge(actor: Person, merge_id: int) -> UnmergeResult:
    """Undo a merge exactly, in one transaction (the module's text says when it is refused
    and what comes back). Refused (PermissionDenied) unless the actor sees both customers."""
    record = _load_record(merge_id)
    require_customers(actor, [record.survivor_id, record.other_id])
    now = utcnow()
    with write_transaction():
        record = _load_record(merge_id)
        _check_undoable(record)
        survivor_id, other_id = int(record.survivor_id), int(record.other_id)
        after = _row(survivor_id)
        assert after is not None
        before = _decode(record.survivor_before)
        versioned_update(Customer, "customer", survivor_id, None, before, force=True, now=now)
        versioned_update(
            Customer,
            "customer",
            other_id,
            None,
            {"deleted_at": None, "deleted_by": None},
            force=True,  # checked above, value by value, in this transaction
            now=now,
        )
        back, referred = _move_back(record, now)
        refresh_search_text(survivor_id)
        refresh_search_text(other_id)
        MergeRecord.update(state=UNDONE, undone_at=now).where(MergeRecord.id == record.id).execute()
        restored = _row(survivor_id)
        assert restored is not None
        other_name = Customer.select(Customer.name).where(Customer.id == other_id).scalar()
        _record(
            actor, Action.UNMERGE, int(record.id), survivor_id, other_id,
            {k: v for k, v in after.items() if k != "version"},
            {k: v for k, v in restored.items() if k != "version"},
            str(other_name), str(restored["name"]), referred,
        )  # fmt: skip
        mark_tiers_stale()
    return UnmergeResult(int(record.id), survivor_id, other_id, sum(back.values()))


def _move_back(record: MergeRecord, now: dt.datetime) -> tuple[dict[str, int], list[int]]:
    """Every moved row that still points at the survivor goes back to the other."""
    models = {m._meta.table_name: m for m in registry.tables()}
    groups: dict[tuple[str, str], list[int]] = {}
    query = MergeMove.select(MergeMove.table_name, MergeMove.column, MergeMove.row_key).where(
        MergeMove.merge == record.id
    )
    for table, column, key in tuple_rows(query.order_by(MergeMove.id)):
        groups.setdefault((str(table), str(column)), []).append(int(key))
    back: dict[str, int] = {}
    referred: list[int] = []
    for (table, column), keys in groups.items():
        model = models.get(table)
        if model is None or column not in model._meta.fields:
            continue  # a table dropped since
        field = model._meta.fields[column]
        primary: Any = model._meta.primary_key
        extra = _bumped(model, now)
        unique = sorted(set(keys))
        for start in range(0, len(unique), _CHUNK):
            chunk = unique[start : start + _CHUNK]
            still = model.select(primary).where(primary.in_(chunk), field == record.survivor_id)
            found = [int(k) for (k,) in tuple_rows(still)]
            if not found:
                continue
            model.update({field: record.other_id, **extra}).where(
                primary.in_(found), field == record.survivor_id
            ).execute()
            back[table] = back.get(table, 0) + len(found)
            if model is Customer:
                referred += found
    return back, referred


# ---------------------------------------------------------------- the record


@guard.customer()
def merges_of(actor: Person, customer_id: int) -> list[MergeInfo]:
    """The merges `customer_id` took part in (as survivor or as the other), newest first."""
    refuse([check_id("customer_id", customer_id)])
    query = (
        MergeRecord.select()
        .where((MergeRecord.survivor == customer_id) | (MergeRecord.other == customer_id))
        .order_by(MergeRecord.id.desc())
    )
    records = list(query)
    ids = {r.survivor_id for r in records} | {r.other_id for r in records}
    query = Customer.select(Customer.id, Customer.name, Customer.company)
    shown = {int(i): (str(n), str(c)) for i, n, c in tuple_rows(query.where(Customer.id.in_(ids)))}
    people = {r.person_id for r in records if r.person_id is not None}
    person_names = dict(
        tuple_rows(User.select(User.id, User.name).where(User.id.in_(people)))
    ) if people else {}  # fmt: skip
    result = []
    for r in records:
        undoable = r.state == MERGED and _later_merge(r) is None
        result.append(
            MergeInfo(
                int(r.id),
                int(r.survivor_id),
                shown.get(r.survivor_id, ("", ""))[0],
                int(r.other_id),
                shown.get(r.other_id, ("", ""))[0],
                r.at,
                str(person_names.get(r.person_id, "")),
                str(r.state),
                undoable,
                shown.get(r.survivor_id, ("", ""))[1],
                shown.get(r.other_id, ("", ""))[1],
            )
        )
    return result
