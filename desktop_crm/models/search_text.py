"""The compact search text of a customer (see `core.CustomerSearch`), built here in the data
layer because a migration step fills it; `services.customers.search_index` searches it and
keeps it current as customers change."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .core import Contact, Customer, CustomerSearch
from .db import utcnow

_SEPARATOR = "\n"


def search_text(
    name: str, company: str, phone: str, mobile: str, contact_names: Iterable[str]
) -> str:
    """Lower-cased fields joined by newlines (a query never matches across two fields)."""
    digits = " ".join(re.sub(r"\D", "", p) for p in (phone, mobile) if p)
    parts = [name, company, phone, mobile, digits, *contact_names]
    return _SEPARATOR.join(p.lower() for p in parts if p)


def fill_search_texts(batch: int = 2000) -> int:
    """Recompute every customer's search text in the table; returns how many were written."""
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
    now = utcnow()
    fields = [CustomerSearch.customer, CustomerSearch.text, CustomerSearch.changed_at]
    for start in range(0, len(rows), batch):
        chunk = [(cid, text, now) for cid, text in rows[start : start + batch]]
        CustomerSearch.insert_many(chunk, fields=fields).execute()
    return len(rows)
