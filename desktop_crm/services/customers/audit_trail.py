"""What a customer save puts in the audit log: the customer's fields, then each contact and
deal that was added, changed or removed, one entry each (services/office/audit.py).

`saved_state` is read inside the save's transaction before anything is written, and
`record_customer_save` after; the difference is the entries. A forced save ("Overwrite" after
a conflict) over a newer version records `overwrite` with that newer, overwritten, version's
values as `before`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...models.contact_fields import CONTACT_FIELDS
from ...models.core import Contact, Customer, Deal
from ...models.customer_fields import CUSTOMER_FIELDS
from ...models.db import tuple_rows
from ..common.acting import Person, internal
from ..office.audit import (
    Action,
    Change,
    Entity,
    Entry,
    field_changes,
    named_references,
    record_many,
    snapshot,
)

CUSTOMER_COLUMNS: tuple[str, ...] = (
    *(spec.name for spec in CUSTOMER_FIELDS),
    "owner_rep",
    "referred_by",
)
CONTACT_COLUMNS: tuple[str, ...] = tuple(spec.name for spec in CONTACT_FIELDS)
DEAL_COLUMNS: tuple[str, ...] = ("date", "products", "amount", "notes")


@dataclass(frozen=True)
class CustomerState:
    version: int | None
    values: dict[str, Any]
    contacts: dict[int, dict[str, Any]] = field(default_factory=dict)
    deals: dict[int, dict[str, Any]] = field(default_factory=dict)


def _children(model: Any, columns: tuple[str, ...], customer_id: int) -> dict[int, dict[str, Any]]:
    selected = [model.id, *(getattr(model, c) for c in columns)]
    query = model.select(*selected).where(model.customer == customer_id).order_by(model.id)
    return {int(r[0]): dict(zip(columns, r[1:], strict=True)) for r in tuple_rows(query)}


@internal
def saved_state(customer_id: int | None) -> CustomerState:
    """The customer's fields, contacts and deals as stored now (empty for a new one)."""
    if customer_id is None:
        return CustomerState(None, {})
    values = snapshot(Customer, customer_id, ("version", *CUSTOMER_COLUMNS))
    version = values.pop("version", None)
    return CustomerState(
        version,
        values,
        _children(Contact, CONTACT_COLUMNS, customer_id),
        _children(Deal, DEAL_COLUMNS, customer_id),
    )


def _child_entries(
    entity: str,
    customer_id: int,
    before: dict[int, dict[str, Any]],
    after: dict[int, dict[str, Any]],
    columns: tuple[str, ...],
    changed: str,
) -> list[Entry]:
    entries: list[Entry] = []
    for row_id in sorted(before.keys() | after.keys()):
        old, new = before.get(row_id, {}), after.get(row_id, {})
        changes = field_changes(old, new, columns)
        if changes:
            action = Action.CREATE if not old else Action.DELETE if not new else changed
            entries.append((action, entity, row_id, customer_id, changes, ""))
    return entries


@internal
def record_customer_save(
    actor: Person, customer_id: int, before: CustomerState, draft_version: int | None
) -> None:
    """One entry for the customer (its changed fields) and one per contact or deal added,
    changed or removed, against `before`; nothing when nothing changed."""
    after = saved_state(customer_id)
    if before.version is None:
        changed: str = Action.CREATE
    elif before.version != draft_version:
        changed = Action.OVERWRITE  # `before` holds the newer values this save replaced
    else:
        changed = Action.CHANGE
    entries: list[Entry] = []
    changes = named_references(field_changes(before.values, after.values, CUSTOMER_COLUMNS))
    if changes or changed == Action.CREATE:
        entries.append((changed, Entity.CUSTOMER.value, customer_id, customer_id, changes, ""))
    child_action = Action.CHANGE if changed == Action.CREATE else changed
    entries += _child_entries(
        Entity.CONTACT, customer_id, before.contacts, after.contacts, CONTACT_COLUMNS, child_action
    )
    entries += _child_entries(
        Entity.DEAL, customer_id, before.deals, after.deals, DEAL_COLUMNS, child_action
    )
    record_many(actor, entries)


@internal
def record_customers(
    actor: Person, action: str, customer_ids: list[int], changes: list[Change] | None = None
) -> None:
    """One entry per customer for a step over many (trash, restore, purge, reassign); a
    purged customer's name goes in the note, so its entry still says whom it was."""
    names: dict[int, str] = {}
    if action == Action.PURGE:
        query = Customer.select(Customer.id, Customer.name).where(Customer.id.in_(customer_ids))
        names = dict(tuple_rows(query))
    record_many(
        actor,
        [
            (action, Entity.CUSTOMER, cid, cid, list(changes or []), str(names.get(cid, "")))
            for cid in customer_ids
        ],
    )
