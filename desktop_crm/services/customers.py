"""The customer file: find, load, save (with optimistic locking), trash and restore."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import peewee as pw

from ..models.core import Contact, Customer, CustomerSearch, Deal, User
from ..models.customer_fields import (
    CONTACT_ROLES,
    CUSTOMER_FIELDS,
    FIELDS_BY_NAME,
    INFLUENCE_LEVELS,
    FieldSpec,
    Kind,
)
from ..models.db import dict_rows, tuple_rows, utcnow, write_transaction
from .errors import ConflictError, FieldError, NotFoundError, ValidationFailed
from .search_index import contains, id_in, matching_ids, normalise_query, refresh_search_text
from .validation import check_text, clean_value, parse_date, parse_money

# ---------------------------------------------------------------- plain data passed to the UI


@dataclass
class ContactDraft:
    name: str
    position: str = ""
    role: str = ""
    influence: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""
    id: int | None = None


@dataclass
class DealDraft:
    date: str
    products: str = ""
    amount: str = ""
    notes: str = ""
    id: int | None = None


@dataclass
class CustomerDraft:
    """What a form or an import wants stored; values are keyed by CUSTOMER_FIELDS names."""

    values: dict[str, Any]
    id: int | None = None
    version: int | None = None
    owner_rep_id: int | None = None
    referred_by_id: int | None = None
    contacts: list[ContactDraft] | None = None  # None: leave contacts as they are
    deals: list[DealDraft] | None = None


@dataclass
class CustomerRecord:
    customer: Any  # a Customer row
    contacts: list[Contact]
    deals: list[Deal]

    @property
    def id(self) -> int:
        return int(self.customer.id)

    @property
    def version(self) -> int:
        return int(self.customer.version)


@dataclass(frozen=True)
class CustomerRow:
    id: int
    name: str
    company: str
    phone: str
    city: str
    rep_name: str
    tier: str
    tier_is_manual: bool
    updated_at: dt.datetime


@dataclass
class CustomerFilter:
    text: str = ""
    rep_id: int | None = None
    tier: str | None = None
    city: str | None = None
    in_trash: bool = False


CENT = Decimal("0.01")
SORT_KEYS = ("name", "company", "phone", "city", "rep", "tier", "updated")


@dataclass(frozen=True)
class DealTotals:
    count: int
    total: Decimal
    average: Decimal
    last_date: dt.date | None


@dataclass(frozen=True)
class Completeness:
    percent: int
    missing: list[str] = field(default_factory=list)  # field names, or "contacts"


# ---------------------------------------------------------------- pure rules


def deal_totals(deals: list[tuple[dt.date | None, Decimal | None]]) -> DealTotals:
    """Number of deals, their sum, average and last purchase date (blank rows ignored)."""
    amounts = [a for _, a in deals if a is not None]
    dates = [d for d, _ in deals if d is not None]
    total = sum(amounts, Decimal("0"))
    count = len(deals)
    average = (total / count).quantize(CENT, ROUND_HALF_UP) if count else Decimal("0")
    return DealTotals(count, total, average, max(dates) if dates else None)


def completeness(values: dict[str, Any], contact_count: int) -> Completeness:
    """Per cent of the counted fields that are filled, plus one point for having a contact."""
    counted = [s for s in CUSTOMER_FIELDS if s.completeness]
    missing = [s.name for s in counted if _is_blank(values.get(s.name))]
    if contact_count == 0:
        missing.append("contacts")
    total = len(counted) + 1
    return Completeness(round(100 * (total - len(missing)) / total), missing)


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def effective_tier(manual: str, computed: str) -> str:
    return manual or computed


# ---------------------------------------------------------------- validation of a whole draft


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


_CONTACT_SPECS = {
    "name": FieldSpec("name", FIELDS_BY_NAME["name"].category, "", required=True, max_length=100),
    "position": FieldSpec("position", FIELDS_BY_NAME["name"].category, "", max_length=100),
    "role": FieldSpec(
        "role", FIELDS_BY_NAME["name"].category, "", Kind.CHOICE, choices=CONTACT_ROLES
    ),
    "influence": FieldSpec(
        "influence", FIELDS_BY_NAME["name"].category, "", Kind.CHOICE, choices=INFLUENCE_LEVELS
    ),
    "phone": FieldSpec("phone", FIELDS_BY_NAME["name"].category, "", Kind.PHONE),
    "email": FieldSpec("email", FIELDS_BY_NAME["name"].category, "", Kind.EMAIL),
    "notes": FieldSpec("notes", FIELDS_BY_NAME["name"].category, "", Kind.LONGTEXT),
}


def _validate_contact(index: int, contact: ContactDraft) -> list[FieldError]:
    errors = []
    for name, spec in _CONTACT_SPECS.items():
        value, error = clean_value(spec, getattr(contact, name), key=f"contacts.{index}.{name}")
        if error:
            errors.append(error)
        else:
            setattr(contact, name, value)
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


# ---------------------------------------------------------------- reads


def _tier_expression() -> pw.ColumnBase:
    return pw.Case(
        None, [(Customer.tier_manual != "", Customer.tier_manual)], Customer.tier_computed
    )


def _filtered(flt: CustomerFilter) -> pw.ModelSelect[Any]:
    query: pw.ModelSelect[Any] = Customer.select()
    if flt.in_trash:
        query = query.where(Customer.deleted_at.is_null(False))
    else:
        query = query.where(Customer.deleted_at.is_null(True))
    needle = normalise_query(flt.text)
    if needle:
        ids = matching_ids(needle)
        if ids is not None:
            query = query.where(id_in(Customer.id, ids))
        else:  # too many to list: let the database scan
            matches = CustomerSearch.select(CustomerSearch.customer).where(
                contains(CustomerSearch.text, needle)
            )
            query = query.where(Customer.id.in_(matches))
    if flt.rep_id is not None:
        query = query.where(Customer.owner_rep == flt.rep_id)
    if flt.tier:
        query = query.where(_tier_expression() == flt.tier)
    if flt.city:
        query = query.where(Customer.city == flt.city)
    return query


def count_customers(flt: CustomerFilter) -> int:
    return int(_filtered(flt).count())


def find_customers(
    flt: CustomerFilter,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[CustomerRow]:
    """One page of matching customers, sorted in SQL."""
    tier = _tier_expression()
    sort_columns: dict[str, pw.ColumnBase] = {
        "name": Customer.name,
        "company": Customer.company,
        "phone": Customer.phone,
        "city": Customer.city,
        "rep": User.name,
        "tier": tier,
        "updated": Customer.updated_at,
    }
    column = sort_columns.get(sort, Customer.name)
    # The tie-breaker runs the same way, so one index serves both directions.
    order = [column.desc(), Customer.id.desc()] if descending else [column.asc(), Customer.id]
    query = (
        _filtered(flt)
        .select(
            Customer.id,
            Customer.name,
            Customer.company,
            Customer.phone,
            Customer.mobile,
            Customer.city,
            User.name.alias("rep_name"),
            Customer.tier_manual,
            tier.alias("tier"),
            Customer.updated_at,
        )
        .join(User, pw.JOIN.LEFT_OUTER, on=(Customer.owner_rep == User.id))
        .order_by(*order)
        .offset(offset)
        .limit(limit)
    )
    return [
        CustomerRow(
            id=r["id"],
            name=r["name"],
            company=r["company"],
            phone=r["phone"] or r["mobile"],
            city=r["city"],
            rep_name=r["rep_name"] or "",
            tier=r["tier"] or "",
            tier_is_manual=bool(r["tier_manual"]),
            updated_at=r["updated_at"],
        )
        for r in dict_rows(query)
    ]


def cities() -> list[str]:
    query = (
        Customer.select(Customer.city)
        .where(Customer.city != "", Customer.deleted_at.is_null())
        .distinct()
        .order_by(Customer.city)
        .tuples()
    )
    return [c for (c,) in query]


def reps() -> list[User]:
    return list(User.select().where(User.active == True).order_by(User.role, User.name))  # noqa: E712


def load_customer(customer_id: int) -> CustomerRecord:
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFoundError(customer_id)
    contacts = list(Contact.select().where(Contact.customer == customer_id).order_by(Contact.id))
    deals = list(Deal.select().where(Deal.customer == customer_id).order_by(Deal.date, Deal.id))
    return CustomerRecord(customer, contacts, deals)


def customer_names(customer_id: int) -> tuple[str, str] | None:
    """(name, company) of a customer, or None when there is no such customer."""
    query = Customer.select(Customer.name, Customer.company).where(Customer.id == customer_id)
    row = next(iter(tuple_rows(query)), None)
    return (str(row[0]), str(row[1])) if row else None


def owning_rep_id(customer_id: int) -> int | None:
    value = Customer.select(Customer.owner_rep).where(Customer.id == customer_id).scalar()
    return int(value) if value is not None else None


def contacts_of(customer_id: int) -> list[Contact]:
    """A customer's contacts in the order they were added."""
    return list(Contact.select().where(Contact.customer == customer_id).order_by(Contact.id))


def addresses_of(customer_ids: list[int]) -> dict[int, str]:
    """Customer id → address, for route lists."""
    query = Customer.select(Customer.id, Customer.address).where(
        Customer.id.in_(customer_ids or [0])
    )
    return {int(cid): str(address or "") for cid, address in tuple_rows(query)}


def record_values(record: CustomerRecord) -> dict[str, Any]:
    return {spec.name: getattr(record.customer, spec.name) for spec in CUSTOMER_FIELDS}


def record_completeness(record: CustomerRecord) -> Completeness:
    return completeness(record_values(record), len(record.contacts))


def record_totals(record: CustomerRecord) -> DealTotals:
    return deal_totals([(d.date, d.amount) for d in record.deals])


# ---------------------------------------------------------------- writes


def save_customer(actor: User, draft: CustomerDraft, *, force: bool = False) -> CustomerRecord:
    """Validate and store a customer with its contacts and deals in one transaction.

    With a stale `draft.version` raises ConflictError and writes nothing, unless `force`
    (the user chose "overwrite" after seeing the conflict).
    """
    cleaned, errors = validate_draft(draft)
    if errors:
        raise ValidationFailed(errors)
    now = utcnow()
    with write_transaction():
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
            _update_with_version(draft, cleaned, now, force)
        if draft.contacts is not None:
            _sync_contacts(customer_id, draft.contacts, now)
        deals_changed = draft.deals is not None and _sync_deals(customer_id, draft.deals, now)
        refresh_search_text(customer_id)
        if deals_changed:
            from .tiers import recompute_tiers  # deals changed: every tier may move

            recompute_tiers()
    return load_customer(customer_id)


def _update_with_version(
    draft: CustomerDraft, cleaned: dict[str, Any], now: dt.datetime, force: bool
) -> None:
    assert draft.id is not None
    current = Customer.get_or_none(Customer.id == draft.id)
    if current is None:
        raise ConflictError("customer", draft.id, draft.version or 0, None)
    updates: dict[Any, Any] = {getattr(Customer, k): v for k, v in cleaned.items()}
    updates[Customer.owner_rep] = draft.owner_rep_id
    updates[Customer.referred_by] = draft.referred_by_id
    updates[Customer.updated_at] = now
    updates[Customer.version] = Customer.version + 1
    query = Customer.update(updates).where(Customer.id == draft.id)
    if not force:
        query = query.where(Customer.version == draft.version)
    if query.execute() == 0:
        raise ConflictError("customer", draft.id, draft.version or 0, int(current.version))


def _sync_contacts(customer_id: int, contacts: list[ContactDraft], now: dt.datetime) -> None:
    keep = [c.id for c in contacts if c.id is not None]
    Contact.delete().where(
        Contact.customer == customer_id, Contact.id.not_in(keep or [0])
    ).execute()
    for c in contacts:
        data = {
            "name": c.name,
            "position": c.position,
            "role": c.role,
            "influence": c.influence,
            "phone": c.phone,
            "email": c.email,
            "notes": c.notes,
        }
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
        data = {
            "date": parse_date(str(d.date)),
            "products": str(d.products).strip(),
            "amount": parse_money(str(d.amount) if str(d.amount).strip() else "0"),
            "notes": str(d.notes).strip(),
        }
        if d.id is None:
            d.id = Deal.create(customer=customer_id, created_at=now, updated_at=now, **data).id
            changed = True
        elif existing.get(d.id) != (data["date"], data["amount"], data["products"], data["notes"]):
            Deal.update(updated_at=now, version=Deal.version + 1, **data).where(
                Deal.id == d.id, Deal.customer == customer_id
            ).execute()
            changed = True
    return changed


def move_to_trash(actor: User, customer_ids: list[int]) -> int:
    """Soft-delete: the customers vanish from lists but can be restored from the trash."""
    now = utcnow()
    with write_transaction():
        return int(
            Customer.update(deleted_at=now, updated_at=now, version=Customer.version + 1)
            .where(Customer.id.in_(customer_ids), Customer.deleted_at.is_null())
            .execute()
        )


def restore_from_trash(actor: User, customer_ids: list[int]) -> int:
    now = utcnow()
    with write_transaction():
        return int(
            Customer.update(deleted_at=None, updated_at=now, version=Customer.version + 1)
            .where(Customer.id.in_(customer_ids), Customer.deleted_at.is_null(False))
            .execute()
        )


def purge_trash(actor: User, customer_ids: list[int] | None = None) -> int:
    """Delete trashed customers for good (with their contacts and deals)."""
    with write_transaction():
        query = Customer.select(Customer.id).where(Customer.deleted_at.is_null(False))
        if customer_ids is not None:
            query = query.where(Customer.id.in_(customer_ids))
        ids = [c.id for c in query]
        if not ids:
            return 0
        Customer.update(referred_by=None).where(Customer.referred_by.in_(ids)).execute()
        CustomerSearch.delete().where(CustomerSearch.customer.in_(ids)).execute()
        Contact.delete().where(Contact.customer.in_(ids)).execute()
        Deal.delete().where(Deal.customer.in_(ids)).execute()
        return int(Customer.delete().where(Customer.id.in_(ids)).execute())


def reassign_customers(actor: User, from_rep_id: int, to_rep_id: int | None) -> int:
    """Hand all of a rep's customers to another rep in one step (the file stays with us)."""
    now = utcnow()
    with write_transaction():
        return int(
            Customer.update(owner_rep=to_rep_id, updated_at=now, version=Customer.version + 1)
            .where(Customer.owner_rep == from_rep_id)
            .execute()
        )
