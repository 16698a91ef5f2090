"""The import history and its undo (issue 11, item 1): batches newest first, a batch taken back.

Undo is one transaction. A row the import created is removed (a customer with its contacts,
deals, search text and idle clock), unless it changed since: its version is no longer the one
the import left, or — a customer — it got rows of its own since (visits, assessments,
personality ratings: anything but the rows an import writes). A row the import updated gets
the values it held before, unless it changed since. Rows kept are counted and named (customer
ids). The batch then reads "undone", and a second undo is refused naming "batch".

Who undoes decides how a created customer goes (chosen for issue 11, item 5a): the owner's
undo deletes it for good (with its contacts, deals, search row and idle clock), as only the
owner may purge; a clerk's undo moves it to the trash (`deleted_at`, `deleted_by`, the version
bumped, as `customers.writes.move_to_trash` does), with the rows it came with, and the owner
empties the trash later. So a clerk needs no DELETE on `customer` — on PostgreSQL the clerk
group has none (models/row_security.py: no purge for the clerk), and the undo runs on the
clerk's own role alike. `UndoSummary.removed` counts both; `trashed` says how many of them
went to the trash. Contacts and deals the import added to customers that stay are deleted by
either (every group may delete those rows of customers it sees).
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

import peewee as pw

from ...models.core import Contact, Customer, Deal
from ...models.db import tuple_rows, utcnow, write_transaction
from ...models.imports import ImportBatch, ImportChange
from ...models.registry import tables
from ..analysis.tiers import mark_tiers_stale
from ..common.acting import Person, internal
from ..common.errors import FieldError, ValidationFailed
from ..common.validation import check_id
from ..customers.search_index import refresh_search_text
from ..office.audit import Action, Entity, record
from ..people.policy import is_owner
from .customer_plan import stored_value
from .results import ImportBatchView, UndoSummary

# Rows that come and go with a customer an import made; any other row pointing at the
# customer (a visit, an assessment …) is work done since, and keeps the customer.
_FOLLOWERS = ("contact", "deal", "customer_search", "owner_since", "customer_geo")
_ENTITIES: dict[str, Any] = {"customer": Customer, "contact": Contact, "deal": Deal}


@internal
def history_views() -> list[ImportBatchView]:
    query = ImportBatch.select().order_by(ImportBatch.started_at.desc(), ImportBatch.id.desc())
    return [
        ImportBatchView(
            id=int(b.id),
            file_name=b.file_name,
            kind=b.kind,
            mode=b.mode,
            person_name=b.person_name,
            started_at=b.started_at,
            finished_at=b.finished_at,
            created=b.created,
            updated=b.updated,
            skipped=b.skipped,
            errors=b.errors,
            state="interrupted" if b.state == "running" else b.state,
        )
        for b in query
    ]


def _references_to_customer() -> list[tuple[type[pw.Model], pw.ForeignKeyField]]:
    found = []
    for model in tables():
        for fk in model._meta.refs:
            if fk.rel_model is Customer and model is not Customer:
                found.append((model, fk))
    return found


def _worked_on(ids: list[int]) -> set[int]:
    """Which of the customers have rows other than the ones an import writes."""
    busy: set[int] = set()
    for model, fk in _references_to_customer():
        if model._meta.table_name in _FOLLOWERS:
            continue
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            query = model.select(fk).where(fk.in_(chunk)).distinct()
            busy.update(int(row[0]) for row in tuple_rows(query))
    referring = Customer.select(Customer.referred_by).where(Customer.referred_by.in_(ids))
    busy.update(int(row[0]) for row in tuple_rows(referring) if row[0] is not None)
    return busy


def _versions(model: Any, ids: list[int]) -> dict[int, int]:
    found: dict[int, int] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        query = model.select(model.id, model.version).where(model.id.in_(chunk))
        found.update({int(i): int(v) for i, v in tuple_rows(query)})
    return found


def _trash_customers(actor: Person, ids: list[int], now: Any) -> None:
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        Customer.update(
            deleted_at=now, deleted_by=actor.id, updated_at=now, version=Customer.version + 1
        ).where(Customer.id.in_(chunk), Customer.deleted_at.is_null()).execute()


def _remove_customers(ids: list[int]) -> None:
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for model, fk in _references_to_customer():
            if model._meta.table_name in _FOLLOWERS:
                model.delete().where(fk.in_(chunk)).execute()
        Customer.delete().where(Customer.id.in_(chunk)).execute()


@internal
def undo_batch(actor: Person, batch_id: int) -> UndoSummary:
    if error := check_id("batch", batch_id):
        raise ValidationFailed([error])
    with write_transaction():
        batch = ImportBatch.get_or_none(ImportBatch.id == batch_id)
        if batch is None:
            raise ValidationFailed([FieldError("batch", "not_found", {"value": batch_id})])
        if batch.state == "undone":
            raise ValidationFailed([FieldError("batch", "undone", {"value": batch_id})])
        changes: dict[tuple[str, bool], list[ImportChange]] = defaultdict(list)
        for change in ImportChange.select().where(ImportChange.batch == batch_id):
            changes[(change.entity, change.created)].append(change)
        removed = restored = 0
        kept: list[int] = []  # the customers of the rows kept
        kept_rows = 0
        touched: set[int] = set()
        deals_changed = False
        # customers the import made
        made = changes[("customer", True)]
        versions = _versions(Customer, [c.row_id for c in made])
        busy = _worked_on([c.row_id for c in made])
        gone: list[int] = []
        for change in made:
            cid = int(change.row_id)
            if cid not in versions:
                continue  # purged since: nothing left to take back
            if versions[cid] != change.version_after or cid in busy:
                kept.append(cid)
                kept_rows += 1
            else:
                gone.append(cid)
        gone_set = set(gone)
        # contacts and deals the import made (on customers it made or found)
        for entity in ("contact", "deal"):
            model = _ENTITIES[entity]
            made_children = [c for c in changes[(entity, True)] if c.customer_id not in gone_set]
            versions = _versions(model, [c.row_id for c in made_children])
            remove = []
            for change in made_children:
                if change.row_id not in versions:
                    continue
                if versions[int(change.row_id)] != change.version_after:
                    kept.append(int(change.customer_id or 0))
                    kept_rows += 1
                else:
                    remove.append(int(change.row_id))
                    touched.add(int(change.customer_id or 0))
            for start in range(0, len(remove), 500):
                model.delete().where(model.id.in_(remove[start : start + 500])).execute()
            removed += len(remove)
            deals_changed = deals_changed or (entity == "deal" and bool(remove))
        # rows the import updated: their values before, unless changed since
        now = utcnow()
        for entity in ("customer", "contact"):
            model = _ENTITIES[entity]
            updated = changes[(entity, False)]
            versions = _versions(model, [c.row_id for c in updated])
            for change in updated:
                row_id = int(change.row_id)
                owner = row_id if entity == "customer" else int(change.customer_id or 0)
                if row_id not in versions:
                    continue
                if versions[row_id] != change.version_after:
                    kept.append(owner)
                    kept_rows += 1
                    continue
                before = json.loads(change.before or "{}")
                values = {
                    getattr(model, name): (stored_value(name, v) if entity == "customer" else v)
                    for name, v in before.items()
                }
                values[model.updated_at] = now
                values[model.version] = model.version + 1
                model.update(values).where(model.id == row_id).execute()
                restored += 1
                touched.add(owner)
        trashed = 0
        if gone:
            deals_changed = deals_changed or bool(
                Deal.select().where(Deal.customer.in_(gone)).exists()
            )
            if is_owner(actor):
                _remove_customers(gone)
            else:
                _trash_customers(actor, gone, now)
                trashed = len(gone)
            removed += len(gone)
        for cid in sorted(touched - gone_set):
            if Customer.select().where(Customer.id == cid).exists():
                refresh_search_text(cid)
        if deals_changed:
            mark_tiers_stale()
        ImportBatch.update(state="undone", updated_at=now, version=ImportBatch.version + 1).where(
            ImportBatch.id == batch_id
        ).execute()
        kept_ids = tuple(sorted(set(kept)))
        record(
            actor,
            Action.UNDO_IMPORT,
            Entity.IMPORT,
            batch_id,
            None,
            note=(
                f"{batch.file_name!r}: {removed} removed ({trashed} to the trash), "
                f"{restored} restored, {kept_rows} kept"
            ),
        )
    return UndoSummary(
        removed=removed, restored=restored, kept=kept_rows, kept_ids=kept_ids, trashed=trashed
    )
