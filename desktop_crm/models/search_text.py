"""The compact search text of a customer (see `core.CustomerSearch`), built here in the data
layer because a migration step fills it; `services.customers.search_index` searches it and
keeps it current as customers change.

The text holds, one per line (a query never matches across two lines): the name, company,
phone and mobile, the phones' digits, the contacts' names, all folded (`readings.fold`:
lower case, traditional as simplified, so 臺北 finds 台北 and back); then the pinyin and the
initials of the name, the company and each contact name (张伟: zhangwei, zw; a person's
surname read as a surname), so "zw" or "zhangwei" finds 张伟 (issue 14, item 5)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from .core import Contact, Customer, CustomerSearch
from .db import utcnow
from .readings import fold, readings, sort_key

_SEPARATOR = "\n"


def search_text(
    name: str, company: str, phone: str, mobile: str, contact_names: Iterable[str]
) -> str:
    """Folded fields and their pinyin, joined by newlines (see the module's text)."""
    contacts = list(contact_names)
    digits = " ".join(re.sub(r"\D", "", p) for p in (phone, mobile) if p)
    parts = [fold(p) for p in (name, company, phone, mobile, digits, *contacts) if p]
    parts += readings(name, person=True)
    parts += readings(company)
    for contact in contacts:
        parts += readings(contact, person=True)
    return _SEPARATOR.join(parts)


def search_row(
    customer_id: int,
    name: str,
    company: str,
    phone: str,
    mobile: str,
    contact_names: Iterable[str],
    changed_at: dt.datetime,
) -> dict[str, Any]:
    """A customer's CustomerSearch row: its search text and its name's sort key."""
    return {
        "customer": customer_id,
        "text": search_text(name, company, phone, mobile, contact_names),
        "name_key": name_key(name),
        "changed_at": changed_at,
    }


def name_key(name: str) -> str:
    """The list's sort key of a customer's name (a person's: surnames read as surnames),
    cut to the column's length."""
    return sort_key(name or "", person=True)[:400]


def fill_search_texts(batch: int = 2000) -> int:
    """Recompute every customer's search text in the table; returns how many were written."""
    contacts: dict[int, list[str]] = {}
    for cid, cname in Contact.select(Contact.customer, Contact.name).tuples().iterator():
        contacts.setdefault(cid, []).append(cname)
    rows = []
    query = Customer.select(
        Customer.id, Customer.name, Customer.company, Customer.phone, Customer.mobile
    ).tuples()
    now = utcnow()
    for cid, name, company, phone, mobile in query.iterator():
        rows.append(search_row(cid, name, company, phone, mobile, contacts.get(cid, []), now))
    CustomerSearch.delete().execute()
    for start in range(0, len(rows), batch):
        CustomerSearch.insert_many(rows[start : start + batch]).execute()
    return len(rows)
