"""The compact search text behind filter-as-you-type (see models.core.CustomerSearch)."""

from __future__ import annotations

import re
from collections.abc import Iterable

import peewee as pw

from ..models.core import Contact, Customer, CustomerSearch

_SEPARATOR = "\n"


def search_text(
    name: str, company: str, phone: str, mobile: str, contact_names: Iterable[str]
) -> str:
    """Lower-cased fields joined by newlines (a query never matches across two fields)."""
    digits = " ".join(re.sub(r"\D", "", p) for p in (phone, mobile) if p)
    parts = [name, company, phone, mobile, digits, *contact_names]
    return _SEPARATOR.join(p.lower() for p in parts if p)


def normalise_query(text: str) -> str:
    return text.strip().lower().replace("\n", " ")


def refresh_search_text(customer_id: int) -> None:
    customer = Customer.get_by_id(customer_id)
    names = [c.name for c in Contact.select(Contact.name).where(Contact.customer == customer_id)]
    text = search_text(customer.name, customer.company, customer.phone, customer.mobile, names)
    CustomerSearch.insert(customer=customer_id, text=text).on_conflict(
        conflict_target=[CustomerSearch.customer], preserve=[CustomerSearch.text]
    ).execute()


def rebuild_search_index(batch: int = 2000) -> int:
    """Recompute every customer's search text (after a migration or a bulk import)."""
    contacts: dict[int, list[str]] = {}
    for cid, cname in Contact.select(Contact.customer, Contact.name).tuples().iterator():
        contacts.setdefault(cid, []).append(cname)
    rows = []
    query = Customer.select(
        Customer.id, Customer.name, Customer.company, Customer.phone, Customer.mobile
    ).tuples()
    for cid, name, company, phone, mobile in query.iterator():
        rows.append((cid, search_text(name, company, phone, mobile, contacts.get(cid, []))))
    CustomerSearch.delete().execute()
    for start in range(0, len(rows), batch):
        CustomerSearch.insert_many(
            rows[start : start + batch], fields=[CustomerSearch.customer, CustomerSearch.text]
        ).execute()
    return len(rows)


def contains(column: pw.Field, needle: str) -> pw.Expression:
    """Substring test that works the same on SQLite and PostgreSQL (no LIKE escaping needed)."""
    database = CustomerSearch._meta.database
    if isinstance(getattr(database, "obj", database), pw.SqliteDatabase):
        return pw.fn.instr(column, needle) > 0
    return pw.fn.strpos(column, needle) > 0
