"""Writes of the customer file: save (optimistic locking), trash, restore, purge, reassign."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from ...models.contact_fields import CONTACT_FIELDS
from ...models.core import Contact, Customer, CustomerSearch, Deal, User
from ...models.db import tuple_rows, utcnow, write_transaction
from ...models.merges import MERGED, MergeRecord
from ..analysis.tiers import mark_tiers_stale
from ..common.acting import Person
from ..common.checks import check_reference_list, refuse
from ..common.errors import FieldError
from ..common.locking import versioned_update
from ..common.validation import check_id
from ..office.audit import Action
from ..people.policy import guard, require_customer, require_owner_of
from .audit_trail import record_customer_save, record_customers, saved_state
from .checks import check_draft_references, check_save_arguments, deal_values, validate_draft
from .drafts import ContactDraft, CustomerDraft, CustomerRecord, DealDraft
from .pool import check_move_target, mark_owner_since, move_customers
from .queries import load_customer
from .search_index import refresh_search_text

# ---------------------------------------------------------------- writes


@guard.scoped
def save_customer(actor: Person, draft: CustomerDraft, *, force: bool = False) -> CustomerRecord:
    """Validate and store a customer with its contacts and deals in one transaction.

    With a stale `draft.version` raises ConflictError and writes nothing, unless `force`
    (the user chose "overwrite" after seeing the conflict).
    """
    errors = check_save_arguments(draft, force)
    refuse(errors)
    cleaned, errors = validate_draft(draft)
    refuse(errors)
    refuse(check_draft_references(draft))
    if draft.id is not None:
        require_customer(actor, draft.id)
    if draft.referred_by_id is not None:
        require_customer(actor, draft.referred_by_id)
    require_owner_of(actor, draft.owner_rep_id)
    now = utcnow()
    with write_transaction():
        before = saved_state(draft.id)  # for the audit log
        if draft.id is None:
            customer = Customer.create(
                **cleaned,
                owner_rep=draft.owner_rep_id,
                referred_by=draft.referred_by_id,
                created_at=now,
                updated_at=now,
            )
            customer_id = int(customer.id)
        else:
            customer_id = draft.id
            owner_before = (
                Customer.select(Customer.owner_rep).where(Customer.id == customer_id).scalar()
            )
            _update_with_version(draft, cleaned, now, force)
            if draft.owner_rep_id is not None and draft.owner_rep_id != owner_before:
                mark_owner_since([customer_id], now)  # a new owner's idle clock starts
        if draft.contacts is not None:
            _sync_contacts(customer_id, draft.contacts, now)
        deals_changed = draft.deals is not None and _sync_deals(customer_id, draft.deals, now)
        refresh_search_text(customer_id)
        record_customer_save(actor, customer_id, before, draft.version)
        if deals_changed:  # every tier may move: brought up to date after the commit
            mark_tiers_stale()
    return load_customer(actor, customer_id)


def _update_with_version(
    draft: CustomerDraft, cleaned: dict[str, Any], now: dt.datetime, force: bool
) -> None:
    assert draft.id is not None
    values = {**cleaned, "owner_rep": draft.owner_rep_id, "referred_by": draft.referred_by_id}
    versioned_update(Customer, "customer", draft.id, draft.version, values, force=force, now=now)


def _sync_contacts(customer_id: int, contacts: list[ContactDraft], now: dt.datetime) -> None:
    """Make the customer's contacts match `contacts` (already cleaned by validate_draft)."""
    keep = [c.id for c in contacts if c.id is not None]
    Contact.delete().where(
        Contact.customer == customer_id, Contact.id.not_in(keep or [0])
    ).execute()
    for c in contacts:
        data = {spec.name: getattr(c, spec.name) for spec in CONTACT_FIELDS}
        if c.id is None:
            c.id = Contact.create(customer=customer_id, created_at=now, updated_at=now, **data).id
        else:
            Contact.update(updated_at=now, version=Contact.version + 1, **data).where(
                Contact.id == c.id, Contact.customer == customer_id
            ).execute()


def _sync_deals(customer_id: int, deals: list[DealDraft], now: dt.datetime) -> bool:
    """Make the customer's deals match `deals`; returns whether anything changed."""
    existing = {
        d.id: (d.date, Decimal(str(d.amount)), d.products, d.notes)
        for d in Deal.select().where(Deal.customer == customer_id)
    }
    keep = [d.id for d in deals if d.id is not None]
    removed = (
        Deal.delete().where(Deal.customer == customer_id, Deal.id.not_in(keep or [0])).execute()
    )
    changed = bool(removed)
    for d in deals:
        data = deal_values(d)
        if d.id is None:
            d.id = Deal.create(customer=customer_id, created_at=now, updated_at=now, **data).id
            changed = True
        elif existing.get(d.id) != (data["date"], data["amount"], data["products"], data["notes"]):
            Deal.update(updated_at=now, version=Deal.version + 1, **data).where(
                Deal.id == d.id, Deal.customer == customer_id
            ).execute()
            changed = True
    return changed


def _customer_ids(values: object) -> list[int]:
    """The ids of existing customers; ValidationFailed ("customer_ids.N") otherwise."""
    ids, errors = check_reference_list("customer_ids", Customer, values)
    refuse(errors)
    return ids


def _ids_where(customer_ids: list[int], condition: Any) -> list[int]:
    query = Customer.select(Customer.id).where(Customer.id.in_(customer_ids), condition)
    return [int(c.id) for c in query.order_by(Customer.id)]


@guard.customer("customer_ids")
def move_to_trash(actor: Person, customer_ids: list[int]) -> int:
    """Soft-delete: the customers vanish from lists but can be restored from the trash.

    Every id must be a customer's (ValidationFailed on `customer_ids.N`, nothing written);
    one already in the trash stays there and is not counted.
    """
    customer_ids = _customer_ids(customer_ids)
    now = utcnow()
    with write_transaction():
        mark_tiers_stale()  # a trashed customer's revenue leaves the tier ranking
        moved = _ids_where(customer_ids, Customer.deleted_at.is_null())
        Customer.update(
            deleted_at=now, deleted_by=actor.id, updated_at=now, version=Customer.version + 1
        ).where(Customer.id.in_(moved or [0])).execute()
        record_customers(actor, Action.TRASH, moved)
        return len(moved)


@guard.customer("customer_ids")
def restore_from_trash(actor: Person, customer_ids: list[int]) -> int:
    """Bring customers back from the trash; ids are checked as `move_to_trash` checks them.

    One that a merge put there is refused (`merged_away` on `customer_ids.N`, naming the
    survivor): its rows are with the survivor, and only unmerging brings it back whole."""
    customer_ids = _customer_ids(customer_ids)
    refuse(_merged_away(customer_ids))
    now = utcnow()
    with write_transaction():
        mark_tiers_stale()
        back = _ids_where(customer_ids, Customer.deleted_at.is_null(False))
        Customer.update(
            deleted_at=None, deleted_by=None, updated_at=now, version=Customer.version + 1
        ).where(Customer.id.in_(back or [0])).execute()
        record_customers(actor, Action.RESTORE, back)
        return len(back)


def _merged_away(customer_ids: list[int]) -> list[FieldError]:
    query = (
        MergeRecord.select(MergeRecord.other, Customer.name)
        .join(Customer, on=(MergeRecord.survivor == Customer.id))
        .where(MergeRecord.other.in_(customer_ids or [0]), MergeRecord.state == MERGED)
    )
    survivors = dict(tuple_rows(query))
    return [
        FieldError(f"customer_ids.{i}", "merged_away", {"value": cid, "survivor": survivors[cid]})
        for i, cid in enumerate(customer_ids)
        if cid in survivors
    ]


@guard.owner
def purge_trash(actor: Person, customer_ids: list[int] | None = None) -> int:
    """Delete trashed customers for good (with their contacts and deals); None: all of them.

    Named ids must be customers' (ValidationFailed otherwise); one not in the trash stays.
    """
    if customer_ids is not None:
        customer_ids = _customer_ids(customer_ids)
    with write_transaction():
        query = Customer.select(Customer.id).where(Customer.deleted_at.is_null(False))
        if customer_ids is not None:
            query = query.where(Customer.id.in_(customer_ids))
        ids = [c.id for c in query]
        if not ids:
            return 0
        record_customers(actor, Action.PURGE, ids)  # the names, before they go
        Customer.update(referred_by=None).where(Customer.referred_by.in_(ids)).execute()
        CustomerSearch.delete().where(CustomerSearch.customer.in_(ids)).execute()
        Contact.delete().where(Contact.customer.in_(ids)).execute()
        Deal.delete().where(Deal.customer.in_(ids)).execute()
        return int(Customer.delete().where(Customer.id.in_(ids)).execute())


@guard.office
def reassign_customers(
    actor: Person, from_rep_id: int, to_rep_id: int | None, now: dt.datetime | None = None
) -> int:
    """Hand all of a rep's customers to another rep in one step (the file stays with us), with
    their planned visits from `now` on, in one transaction (services/customers/pool.py says
    what moves); returns how many customers moved.

    Both must be office members (`from_rep_id`, `to_rep_id` named in ValidationFailed), the
    target an active one (`to_rep_id` inactive); `to_rep_id` None leaves the customers
    without a rep (the shared pool).
    """
    refuse([check_id("from_rep_id", from_rep_id), check_id("to_rep_id", to_rep_id, required=False)])
    wanted = [from_rep_id] + ([to_rep_id] if to_rep_id is not None else [])
    _, errors = check_reference_list("rep", User, wanted)
    refuse(
        FieldError("from_rep_id" if e.field == "rep.0" else "to_rep_id", e.code, e.params)
        for e in errors
    )
    check_move_target(to_rep_id)
    with write_transaction():
        ids = [
            int(i)
            for (i,) in Customer.select(Customer.id)
            .where(Customer.owner_rep == from_rep_id)
            .tuples()
        ]
        return move_customers(actor, ids, to_rep_id, now or dt.datetime.now()).customers
