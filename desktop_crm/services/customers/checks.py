"""Validation of a whole customer draft with its contacts and deals."""

from __future__ import annotations

from typing import Any

from ...models.contact_fields import CONTACT_FIELDS
from ...models.customer_fields import CUSTOMER_FIELDS, FIELDS_BY_NAME, FieldSpec
from ..common.acting import internal
from ..common.errors import FieldError
from ..common.validation import check_text, clean_value, parse_date, parse_money
from .drafts import ContactDraft, CustomerDraft, DealDraft

# ---------------------------------------------------------------- validation of a whole draft


@internal
def validate_draft(draft: CustomerDraft) -> tuple[dict[str, Any], list[FieldError]]:
    cleaned: dict[str, Any] = {}
    errors: list[FieldError] = []
    unknown = set(draft.values) - set(FIELDS_BY_NAME)
    if unknown:
        raise KeyError(f"unknown customer fields: {sorted(unknown)}")
    specs: list[FieldSpec] = (
        list(CUSTOMER_FIELDS)
        if draft.id is None
        else [FIELDS_BY_NAME[name] for name in draft.values]
    )
    for spec in specs:
        value, error = clean_value(spec, draft.values.get(spec.name))
        if error:
            errors.append(error)
        else:
            cleaned[spec.name] = value
    for index, contact in enumerate(draft.contacts or []):
        errors += _validate_contact(index, contact)
    for index, deal in enumerate(draft.deals or []):
        errors += _validate_deal(index, deal)
    return cleaned, errors


def _validate_contact(index: int, contact: ContactDraft) -> list[FieldError]:
    """Check (and clean, in place) one contact against the contact description."""
    errors = []
    for spec in CONTACT_FIELDS:
        key = f"contacts.{index}.{spec.name}"
        value, error = clean_value(spec, getattr(contact, spec.name), key=key)
        if error:
            errors.append(error)
        else:
            setattr(contact, spec.name, value)
    return errors


def _validate_deal(index: int, deal: DealDraft) -> list[FieldError]:
    errors = []
    key = f"deals.{index}"
    try:
        parse_date(str(deal.date))
    except ValueError:
        code = "required" if not str(deal.date).strip() else "date"
        errors.append(FieldError(f"{key}.date", code, {"value": deal.date}))
    try:
        parse_money(str(deal.amount) if str(deal.amount).strip() else "0")
    except Exception:
        errors.append(FieldError(f"{key}.amount", "money", {"value": deal.amount}))
    for name, limit, multiline in (("products", 300, False), ("notes", 4000, True)):
        error = check_text(f"{key}.{name}", str(getattr(deal, name)).strip(), limit, multiline)
        if error:
            errors.append(error)
    return errors
