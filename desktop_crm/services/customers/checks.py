"""Validation of a whole customer draft with its contacts and deals.

Every value is checked before anything is written: its type (text for text, a date for a
date, Decimal/int/text for money — never a float), lone surrogates and control characters,
limits and ranges, and the rows it refers to (the owning rep, the referring customer, the ids
of contacts and deals, which must be this customer's). Each refusal names its field:
`name`, `contacts.2.email`, `deals.0.amount`, `owner_rep`.
"""

from __future__ import annotations

import functools
from collections import Counter
from decimal import Decimal
from typing import Any

import peewee as pw

from ...models.contact_fields import CONTACT_FIELDS
from ...models.core import Contact, Customer, Deal, User
from ...models.customer_fields import CUSTOMER_FIELDS, FIELDS_BY_NAME, FieldSpec, Kind
from ..common.acting import internal
from ..common.checks import existing_ids
from ..common.errors import FieldError
from ..common.validation import check_flag, check_id, check_version, clean_value, shown
from .drafts import ContactDraft, CustomerDraft, DealDraft

# A deal's fields, described as the customer's are, so one `clean_value` checks them all.
DEAL_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("date", "deal", "Date", Kind.DATE, required=True),
    FieldSpec("products", "deal", "Products", max_length=300),
    FieldSpec("amount", "deal", "Amount", Kind.MONEY),
    FieldSpec("notes", "deal", "Notes", Kind.LONGTEXT, max_length=4000),
)
_LISTS = (list, tuple)


@internal
def check_save_arguments(draft: object, force: object) -> list[FieldError]:
    """What is wrong with `save_customer`'s arguments before the draft's values are read."""
    if not isinstance(draft, CustomerDraft):
        return [FieldError("draft", "type", {"value": type(draft).__name__})]
    return [e for e in (check_flag("force", force),) if e is not None]


@internal
def validate_draft(draft: CustomerDraft) -> tuple[dict[str, Any], list[FieldError]]:
    """The draft's customer values as stored, and every error found (contacts are cleaned in
    place; deals are stored through `deal_values`)."""
    if not isinstance(draft, CustomerDraft):
        return {}, [FieldError("draft", "type", {"value": type(draft).__name__})]
    cleaned: dict[str, Any] = {}
    errors = [
        e
        for e in (
            check_id("id", draft.id, required=False),
            check_version("version", draft.version),
            check_id("owner_rep", draft.owner_rep_id, required=False),
            check_id("referred_by", draft.referred_by_id, required=False),
        )
        if e is not None
    ]
    if not isinstance(draft.values, dict):
        return {}, [*errors, FieldError("values", "type", {"value": type(draft.values).__name__})]
    for name in draft.values:
        if not isinstance(name, str) or name not in FIELDS_BY_NAME:
            errors.append(FieldError("values", "not_found", {"value": shown(name)}))
    if draft.id is None:
        return _new_values(draft.values, errors, draft)
    specs = [FIELDS_BY_NAME[name] for name in draft.values if name in FIELDS_BY_NAME]
    empty = _empty_values()
    for spec in specs:
        raw = draft.values.get(spec.name)
        if raw is None and spec.name in empty:  # what clean_value makes of None, worked out once
            cleaned[spec.name] = empty[spec.name]
            continue
        value, error = clean_value(spec, raw)
        if error:
            errors.append(error)
        else:
            cleaned[spec.name] = value
    errors += _check_rows("contacts", draft.contacts, ContactDraft, _validate_contact)
    errors += _check_rows("deals", draft.deals, DealDraft, _validate_deal)
    return cleaned, errors


@functools.cache
def _empty_values() -> dict[str, Any]:
    """Each customer field's stored value when the draft leaves it out ("" or None), for the
    fields that may be left out: clean_value(spec, None), worked out once, not per draft (an
    import validates 100,000 drafts of some 60 fields, most of them left out)."""
    found = {}
    for spec in CUSTOMER_FIELDS:
        value, error = clean_value(spec, None)
        if error is None:
            found[spec.name] = value
    return found


def _new_values(
    values: dict[Any, Any], errors: list[FieldError], draft: CustomerDraft
) -> tuple[dict[str, Any], list[FieldError]]:
    """validate_draft of a new customer: every field, in the description's order, each value
    cleaned and the ones left out as `_empty_values` has them; only the fields given and the
    ones that may not be left out are cleaned one by one (an import makes 100,000 drafts of
    some 60 fields, most of them left out)."""
    order = _field_order()
    cleaned = dict(_blank())  # every field in order; a refused one is taken out again
    must = _must_clean()
    names = [n for n, v in values.items() if v is not None and isinstance(n, str) and n in order]
    for name in sorted({*names, *must}, key=order.__getitem__):
        value, error = clean_value(FIELDS_BY_NAME[name], values.get(name))
        if error:
            errors.append(error)
            del cleaned[name]
        else:
            cleaned[name] = value
    errors += _check_rows("contacts", draft.contacts, ContactDraft, _validate_contact)
    errors += _check_rows("deals", draft.deals, DealDraft, _validate_deal)
    return cleaned, errors


@functools.cache
def _field_order() -> dict[str, int]:
    return {spec.name: index for index, spec in enumerate(CUSTOMER_FIELDS)}


@functools.cache
def _blank() -> dict[str, Any]:
    empty = _empty_values()
    return {spec.name: empty.get(spec.name) for spec in CUSTOMER_FIELDS}


@functools.cache
def _must_clean() -> frozenset[str]:
    """The fields clean_value refuses to leave out (the name): cleaned in every draft."""
    return frozenset(spec.name for spec in CUSTOMER_FIELDS if spec.name not in _empty_values())


def _check_rows(name: str, rows: object, kind: type, check: Any) -> list[FieldError]:
    if rows is None:
        return []
    if not isinstance(rows, _LISTS):
        return [FieldError(name, "type", {"value": type(rows).__name__})]
    errors: list[FieldError] = []
    for index, row in enumerate(rows):
        if isinstance(row, kind):
            errors += check(index, row)
        else:
            errors.append(FieldError(f"{name}.{index}", "type", {"value": type(row).__name__}))
    ids = [getattr(r, "id", None) if isinstance(r, kind) else None for r in rows]
    seen = Counter(i for i in ids if isinstance(i, int))
    errors += [
        FieldError(f"{name}.{index}.id", "duplicate", {"value": row_id})
        for index, row_id in enumerate(ids)
        if isinstance(row_id, int) and seen[row_id] > 1
    ]
    return errors


def _validate_contact(index: int, contact: ContactDraft) -> list[FieldError]:
    """Check (and clean, in place) one contact against the contact description."""
    errors = []
    id_error = check_id(f"contacts.{index}.id", contact.id, required=False)
    if id_error:
        errors.append(id_error)
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
    id_error = check_id(f"deals.{index}.id", deal.id, required=False)
    if id_error:
        errors.append(id_error)
    for spec in DEAL_FIELDS:
        raw = getattr(deal, spec.name)
        _, error = clean_value(spec, raw, key=f"deals.{index}.{spec.name}")
        if error:
            errors.append(error)
    return errors


@internal
def deal_values(deal: DealDraft) -> dict[str, Any]:
    """A validated deal's columns as stored: the date parsed, text stripped, the amount exact
    to the cent (no amount: 0)."""
    values = {spec.name: clean_value(spec, getattr(deal, spec.name))[0] for spec in DEAL_FIELDS}
    if values["amount"] is None:
        values["amount"] = Decimal("0.00")
    return values


@internal
def check_draft_references(draft: CustomerDraft) -> list[FieldError]:
    """The rows a (type-checked) draft refers to: its rep, the referring customer (not
    itself), and the ids of its contacts and deals, which must be this customer's."""
    errors: list[FieldError] = []
    if draft.owner_rep_id is not None and not existing_ids(User, [draft.owner_rep_id]):
        errors.append(FieldError("owner_rep", "not_found", {"value": draft.owner_rep_id}))
    referred = draft.referred_by_id
    if referred is not None and (referred == draft.id or not existing_ids(Customer, [referred])):
        errors.append(FieldError("referred_by", "not_found", {"value": referred}))
    errors += _own_children("contacts", Contact, draft.id, draft.contacts)
    errors += _own_children("deals", Deal, draft.id, draft.deals)
    return errors


def _own_children(
    name: str, model: type[pw.Model], customer_id: int | None, rows: object
) -> list[FieldError]:
    """Children named by id must belong to the customer (a new customer has none yet)."""
    listed = list(rows) if isinstance(rows, _LISTS) else []
    wanted = {int(r.id) for r in listed if getattr(r, "id", None) is not None}
    own: set[int] = set()
    if wanted and customer_id is not None:
        columns: Any = model
        query = columns.select(columns.id).where(
            columns.customer == customer_id, columns.id.in_(sorted(wanted))
        )
        own = {int(i) for (i,) in query.tuples()}
    return [
        FieldError(f"{name}.{index}.id", "not_found", {"value": row.id})
        for index, row in enumerate(listed)
        if row.id is not None and row.id not in own
    ]
