"""Many new customers at once, with contacts and deals: the demo's, generator's and importers' path.

It takes the drafts `save_customer` takes and checks them with the same validation, so data
that the form would refuse is refused here too; it then writes them in batches, the database
allocating every id. Column values come from the drafts by field name: a new field or a new
column with a default needs no change here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any

from ...models.contact_fields import CONTACT_FIELDS
from ...models.core import Contact, Customer, CustomerSearch, Deal
from ...models.db import utcnow, write_transaction
from ..analysis.tiers import mark_tiers_stale
from ..common.acting import Person
from ..common.bulk import insert_records
from ..common.errors import FieldError, ValidationFailed
from ..common.validation import parse_date, parse_money
from .checks import validate_draft
from .drafts import ContactDraft, CustomerDraft, DealDraft
from .search_index import search_text

# The contact columns, by name, as save_customer stores them: the contact description's.
_CONTACT_FIELDS = tuple(spec.name for spec in CONTACT_FIELDS)


def add_customers(actor: Person, drafts: Sequence[CustomerDraft]) -> list[int]:
    """Store new customers with their contacts and deals, and their search texts, in one
    transaction; returns the customer ids in draft order.

    Every draft is validated first: if any is refused, ValidationFailed lists the errors with
    field names prefixed "customers.N." and nothing is written. The ids of the drafts, their
    contacts and deals are filled in (as `save_customer` does). New deals mark the tiers
    stale, as a saved deal does; they are brought up to date after the commit
    (`analysis.tiers.recompute_if_stale`), once after the last batch.
    """
    cleaned_rows: list[dict[str, Any]] = []
    errors: list[FieldError] = []
    for index, draft in enumerate(drafts):
        if draft.id is not None:
            raise ValueError(f"customers.{index}: add_customers stores new customers only")
        cleaned, draft_errors = validate_draft(draft)
        errors += [
            dataclasses.replace(e, field=f"customers.{index}.{e.field}") for e in draft_errors
        ]
        cleaned_rows.append(cleaned)
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
                {"customer": draft.id, "text": _search_text(cleaned, draft), "changed_at": now}
                for draft, cleaned in zip(drafts, cleaned_rows, strict=True)
            ],
            returning=False,
        )
    return ids


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
                "date": parse_date(str(deal.date)),
                "products": str(deal.products).strip(),
                "amount": parse_money(str(deal.amount) if str(deal.amount).strip() else "0"),
                "notes": str(deal.notes).strip(),
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


def _search_text(cleaned: dict[str, Any], draft: CustomerDraft) -> str:
    return search_text(
        cleaned["name"],
        cleaned["company"],
        cleaned["phone"],
        cleaned["mobile"],
        [c.name for c in draft.contacts or []],
    )
