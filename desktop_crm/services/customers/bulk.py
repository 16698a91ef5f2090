"""Many new customers at once, with contacts and deals: the demo's, generator's and importers' path.

It takes the drafts `save_customer` takes and checks them with the same validation, so data
that the form would refuse is refused here too; it then writes them in batches, the database
allocating every id. Column values come from the drafts by field name: a new field or a new
column with a default needs no change here.

It writes no audit entries (services/office/audit.py): the demo and the benchmarks build an
office, nobody changes one; an importer using it should record its own entries.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any

from ...models.contact_fields import CONTACT_FIELDS
from ...models.core import Contact, Customer, CustomerSearch, Deal, User
from ...models.db import utcnow, write_transaction
from ...models.search_text import search_row
from ..analysis.tiers import mark_tiers_stale
from ..common.acting import Person
from ..common.bulk import insert_records
from ..common.checks import existing_ids
from ..common.errors import FieldError, ValidationFailed
from ..people.policy import guard
from .checks import deal_values, validate_draft
from .drafts import ContactDraft, CustomerDraft, DealDraft

# The contact columns, by name, as save_customer stores them: the contact description's.
_CONTACT_FIELDS = tuple(spec.name for spec in CONTACT_FIELDS)


@guard.office
def add_customers(actor: Person, drafts: Sequence[CustomerDraft]) -> list[int]:
    """Store new customers with their contacts and deals, and their search texts, in one
    transaction; returns the customer ids in draft order.

    Every draft is validated first, as `save_customer` validates it (a draft here is new: no
    ids): if any is refused, ValidationFailed lists the errors with field names prefixed
    "customers.N." and nothing is written. The ids of the drafts, their
    contacts and deals are filled in (as `save_customer` does). New deals mark the tiers
    stale, as a saved deal does; they are brought up to date after the commit
    (`analysis.tiers.recompute_if_stale`), once after the last batch.
    """
    if not isinstance(drafts, (list, tuple)):
        raise ValidationFailed([FieldError("customers", "type", {"value": type(drafts).__name__})])
    cleaned_rows: list[dict[str, Any]] = []
    errors: list[FieldError] = []
    for index, draft in enumerate(drafts):
        cleaned, draft_errors = validate_draft(draft)
        if not draft_errors:
            draft_errors = _only_new(draft)
        errors += _prefixed(index, draft_errors)
        cleaned_rows.append(cleaned)
    if errors:
        raise ValidationFailed(errors)
    errors = _missing_references(drafts)
    if errors:
        raise ValidationFailed(errors)
    now = utcnow()
    with write_transaction():
        ids = insert_records(
            Customer,
            [
                {
                    **cleaned,
                    "owner_rep": draft.owner_rep_id,
                    "referred_by": draft.referred_by_id,
                    "created_at": now,
                    "updated_at": now,
                }
                for draft, cleaned in zip(drafts, cleaned_rows, strict=True)
            ],
        )
        for draft, customer_id in zip(drafts, ids, strict=True):
            draft.id, draft.version = customer_id, 1
        _add_contacts(drafts, now)
        if _add_deals(drafts, now):
            mark_tiers_stale()
        insert_records(
            CustomerSearch,
            [
                _search_row(cleaned, draft, now)
                for draft, cleaned in zip(drafts, cleaned_rows, strict=True)
            ],
            returning=False,
        )
    return ids


def _prefixed(index: int, errors: list[FieldError]) -> list[FieldError]:
    return [dataclasses.replace(e, field=f"customers.{index}.{e.field}") for e in errors]


def _only_new(draft: CustomerDraft) -> list[FieldError]:
    """A bulk draft is a new customer: no id, no ids on its contacts and deals."""
    errors = [FieldError("id", "not_found", {"value": draft.id})] if draft.id is not None else []
    for name, children in (("contacts", draft.contacts), ("deals", draft.deals)):
        ids = [getattr(child, "id", None) for child in children or []]
        errors += [
            FieldError(f"{name}.{i}.id", "not_found", {"value": child_id})
            for i, child_id in enumerate(ids)
            if child_id is not None
        ]
    return errors


def _missing_references(drafts: Sequence[CustomerDraft]) -> list[FieldError]:
    """Owning reps and referring customers that do not exist, in two set queries."""
    reps = existing_ids(User, {d.owner_rep_id for d in drafts if d.owner_rep_id is not None})
    referred = {d.referred_by_id for d in drafts if d.referred_by_id is not None}
    customers = existing_ids(Customer, referred)
    errors: list[FieldError] = []
    for index, d in enumerate(drafts):
        if d.owner_rep_id is not None and d.owner_rep_id not in reps:
            errors += _prefixed(index, [FieldError("owner_rep", "not_found")])
        if d.referred_by_id is not None and d.referred_by_id not in customers:
            errors += _prefixed(index, [FieldError("referred_by", "not_found")])
    return errors


def _add_contacts(drafts: Sequence[CustomerDraft], now: dt.datetime) -> None:
    contacts: list[ContactDraft] = [c for d in drafts for c in d.contacts or []]
    ids = insert_records(
        Contact,
        [
            {
                "customer": draft.id,
                **{name: getattr(contact, name) for name in _CONTACT_FIELDS},
                "created_at": now,
                "updated_at": now,
            }
            for draft in drafts
            for contact in draft.contacts or []
        ],
    )
    for contact, contact_id in zip(contacts, ids, strict=True):
        contact.id = contact_id


def _add_deals(drafts: Sequence[CustomerDraft], now: dt.datetime) -> int:
    """Store the drafts' deals; returns how many."""
    deals: list[DealDraft] = [d for draft in drafts for d in draft.deals or []]
    ids = insert_records(
        Deal,
        [
            {
                "customer": draft.id,
                **deal_values(deal),
                "created_at": now,
                "updated_at": now,
            }
            for draft in drafts
            for deal in draft.deals or []
        ],
    )
    for deal, deal_id in zip(deals, ids, strict=True):
        deal.id = deal_id
    return len(ids)


def _search_row(cleaned: dict[str, Any], draft: CustomerDraft, now: dt.datetime) -> dict[str, Any]:
    assert draft.id is not None
    return search_row(
        draft.id,
        cleaned["name"],
        cleaned["company"],
        cleaned["phone"],
        cleaned["mobile"],
        [c.name for c in draft.contacts or []],
        now,
    )
