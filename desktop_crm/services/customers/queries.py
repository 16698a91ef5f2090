"""Reads of the customer file: lists, one customer, names, addresses."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

import peewee as pw

from ...models.core import Contact, Customer, CustomerSearch, Deal, User
from ...models.customer_fields import (
    CUSTOMER_FIELDS,
)
from ...models.db import dict_rows, tuple_rows
from ...models.merges import MERGED, MergeRecord
from ...models.readings import fold, readings
from ..analysis.tiers import effective_tier_sql
from ..common.acting import Person, internal, rule
from ..common.checks import refuse
from ..common.errors import NotFoundError
from ..common.validation import check_id
from ..people.policy import guard, sees_every_customer, visible_customers
from ..people.users import person_of
from .drafts import (
    Completeness,
    ContactView,
    CustomerFilter,
    CustomerRecord,
    CustomerRow,
    CustomerView,
    DealTotals,
    DealView,
    view_of,
)
from .rules import completeness, deal_totals
from .search_index import contains, first_matching_ids, id_in, matching_ids, normalise_query

# ---------------------------------------------------------------- reads


_tier_expression = effective_tier_sql


@internal
def filtered_customers(
    actor: Person, flt: CustomerFilter, candidates: list[int] | None = None
) -> pw.ModelSelect[Any]:
    """The customers in `flt` that `actor` may see: the list's, the count's and the export's
    one query (services/people/policy.py visible_customers). With `candidates`, the text
    search is taken as done: those ids are the ones whose text holds the filter's."""
    query: pw.ModelSelect[Any] = Customer.select()
    if not sees_every_customer(actor):
        query = query.where(visible_customers(actor))
    if flt.in_trash:
        query = query.where(Customer.deleted_at.is_null(False))
    else:
        query = query.where(Customer.deleted_at.is_null(True))
    needle = normalise_query(flt.text)
    if candidates is not None:
        query = query.where(id_in(Customer.id, candidates))
    elif needle:
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
    if flt.pool_only:
        query = query.where(Customer.owner_rep.is_null(True))
    if flt.tier:
        query = query.where(_tier_expression() == flt.tier)
    if flt.city:
        query = query.where(Customer.city == flt.city)
    return query


@guard.scoped
def count_customers(actor: Person, flt: CustomerFilter) -> int:
    return int(filtered_customers(actor, flt).count())


def _sorted_list(query: pw.ModelSelect[Any], sort: str) -> pw.ModelSelect[Any]:
    """The joins the list's order needs: the rep's name (User), the name's sort key (the
    search row; an outer join, so a customer whose row is missing is still listed)."""
    query = query.join(User, pw.JOIN.LEFT_OUTER, on=(Customer.owner_rep == User.id))
    if sort not in _SORT_KEYS or sort == "name":
        query = query.switch(Customer).join(
            CustomerSearch, pw.JOIN.LEFT_OUTER, on=(CustomerSearch.customer == Customer.id)
        )
    return query


_SORT_KEYS = ("name", "company", "phone", "city", "rep", "tier", "updated")


def _list_order(sort: str, descending: bool, tier: pw.ColumnBase) -> list[pw.Node]:
    """The list's ORDER BY for a sort key (see `_sorted_list` for the joins it needs)."""
    sort_columns: dict[str, pw.ColumnBase] = {
        "name": CustomerSearch.name_key,  # Chinese names by pinyin (models/readings.sort_key)
        "company": Customer.company,
        "phone": Customer.phone,
        "city": Customer.city,
        "rep": User.name,
        "tier": tier,
        "updated": Customer.updated_at,
    }
    column = sort_columns.get(sort, Customer.name)
    # The tie-breaker runs the same way, so one index serves both directions.
    return [column.desc(), Customer.id.desc()] if descending else [column.asc(), Customer.id]


@guard.scoped
def position_of(
    actor: Person,
    flt: CustomerFilter,
    customer_id: int,
    sort: str = "name",
    descending: bool = False,
) -> int | None:
    """Where `customer_id` stands (0 first) in `find_customers`' order for the same filter
    and sort, or None when the filter does not list it: the list shows a customer just saved
    wherever it sorts. One ranking query (ROW_NUMBER), run off the GUI thread."""
    refuse([check_id("customer_id", customer_id)])
    ranked = _sorted_list(
        filtered_customers(actor, flt).select(
            Customer.id.alias("cid"),
            pw.fn.ROW_NUMBER()
            .over(order_by=_list_order(sort, descending, _tier_expression()))
            .alias("place"),
        ),
        sort,
    ).alias("ranked")
    query = (
        pw.Select(from_list=[ranked], columns=[ranked.c.place])
        .where(ranked.c.cid == customer_id)
        .bind(Customer._meta.database)
    )
    row = next(iter(query.tuples()), None)
    return None if row is None else int(row[0]) - 1


@guard.scoped
def find_customers(
    actor: Person,
    flt: CustomerFilter,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[CustomerRow]:
    """One page of matching customers, sorted in SQL.

    A text search in the default order by name reads its page from the first matches in that
    order only (search_index.first_matching_ids), taking more while the other conditions
    leave too few: the first page of a one-letter search costs what a rare name's does."""
    needle = normalise_query(flt.text)
    by_name = sort == "name" or sort not in _SORT_KEYS
    if by_name and (needle or _every_customer_has_a_search_row()):
        wanted = max(2 * (offset + limit), FIRST_CANDIDATES)
        while True:
            if needle:
                candidates, complete = first_matching_ids(needle, wanted, descending)
            else:
                candidates, complete = _first_by_name(wanted, descending)
            page = _page(actor, flt, sort, descending, offset, limit, candidates)
            if complete or len(page) == limit:
                return page
            wanted *= 4
    return _page(actor, flt, sort, descending, offset, limit, None)


FIRST_CANDIDATES = 400  # the fewest first matches a page is looked for among (×4 while short)


def _every_customer_has_a_search_row() -> bool:
    """Whether every customer has its search row (a writer that skipped it would leave one
    without; the foreign key keeps a search row from outliving its customer)."""
    return bool(Customer.select().count() == CustomerSearch.select().count())


def _first_by_name(wanted: int, descending: bool) -> tuple[list[int], bool]:
    """The first `wanted` customer ids in the list's order by name, walked on the name key's
    index (the list's own query sorts every customer before it can take its first page), and
    whether they are all there are."""
    key, cid = CustomerSearch.name_key, CustomerSearch.customer
    order = [key.desc(), cid.desc()] if descending else [key.asc(), cid.asc()]
    query = CustomerSearch.select(cid).order_by(*order).limit(wanted)
    ids = [int(c) for (c,) in tuple_rows(query)]
    return ids, len(ids) < wanted


def _page(
    actor: Person,
    flt: CustomerFilter,
    sort: str,
    descending: bool,
    offset: int,
    limit: int,
    candidates: list[int] | None,
) -> list[CustomerRow]:
    tier = _tier_expression()
    order = _list_order(sort, descending, tier)
    selected = filtered_customers(actor, flt, candidates).select(
        Customer.id,
        Customer.name,
        Customer.company,
        Customer.phone,
        Customer.mobile,
        Customer.city,
        Customer.owner_rep,
        User.name.alias("rep_name"),
        Customer.tier_manual,
        tier.alias("tier"),
        Customer.updated_at,
    )
    query = _sorted_list(selected, sort).order_by(*order).offset(offset).limit(limit)
    rows = list(dict_rows(query))
    notes = _match_notes(normalise_query(flt.text), rows) if flt.text.strip() else {}
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
            owner_rep_id=r["owner_rep"],
            matched_field=notes.get(r["id"], ("", ""))[0],
            matched_text=notes.get(r["id"], ("", ""))[1],
        )
        for r in rows
    ]


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def _shows(needle: str, row: dict[str, Any]) -> bool:
    """Whether the row's shown name, company or phone shows `needle`: as written (the
    common case, nothing computed), folded (臺北 for 台北), or, for a Latin needle, in the
    name's or company's pinyin or initials (a Chinese needle is never in those)."""
    shown = [v for v in (row["name"], row["company"], row["phone"] or row["mobile"]) if v]
    if any(needle in v.lower() for v in shown) or any(needle in fold(v) for v in shown):
        return True
    if not needle.isascii():
        return False
    found = readings(row["name"] or "", person=True) + readings(row["company"] or "")
    return any(needle in text for text in found)


def _match_notes(needle: str, rows: list[dict[str, Any]]) -> dict[int, tuple[str, str]]:
    """For a page of rows found by `needle`: where it matched, when the row's shown name,
    company and phone do not show it (a mobile number, a contact, a contact's pinyin)."""
    hidden = [r for r in rows if not _shows(needle, r)]
    if not hidden:
        return {}
    contacts: dict[int, list[str]] = {}
    query = Contact.select(Contact.customer, Contact.name).where(
        Contact.customer.in_([r["id"] for r in hidden])
    )
    for cid, name in tuple_rows(query.order_by(Contact.id)):
        contacts.setdefault(int(cid), []).append(str(name))
    notes: dict[int, tuple[str, str]] = {}
    for r in hidden:
        for field in ("mobile", "phone"):
            value = r[field] or ""
            if value and (needle in fold(value) or (needle.isdigit() and needle in _digits(value))):
                notes[r["id"]] = (field, value)
                break
        else:
            for name in contacts.get(r["id"], []):
                if needle in fold(name) or any(needle in t for t in readings(name, person=True)):
                    notes[r["id"]] = ("contact", name)
                    break
    return notes


@guard.scoped
def cities(actor: Person) -> list[str]:
    query = (
        Customer.select(Customer.city)
        .where(Customer.city != "", Customer.deleted_at.is_null(), visible_customers(actor))
        .distinct()
        .order_by(Customer.city)
        .tuples()
    )
    return [c for (c,) in query]


@guard.anyone
def reps(actor: Person) -> list[Person]:
    """The people a customer may be given to or filtered by: the office picks any active
    person, a rep only themself (services/people/policy.py)."""
    users = User.select().where(User.active == True).order_by(User.role, User.name)  # noqa: E712
    if not sees_every_customer(actor):
        users = users.where(User.id == actor.id)
    return [person_of(u) for u in users]


@guard.customer()
def load_customer(actor: Person, customer_id: int) -> CustomerRecord:
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFoundError(customer_id)
    contacts = Contact.select().where(Contact.customer == customer_id).order_by(Contact.id)
    # newest first, as the form lists them (the latest purchase is what a rep looks for)
    deals = (
        Deal.select().where(Deal.customer == customer_id).order_by(Deal.date.desc(), Deal.id.desc())
    )
    return CustomerRecord(
        view_of(CustomerView, customer),
        tuple(view_of(ContactView, c) for c in contacts),
        tuple(view_of(DealView, d) for d in deals),
    )


@guard.customer()
def customer_names(actor: Person, customer_id: int) -> tuple[str, str] | None:
    """(name, company) of a customer, or None when there is no such customer."""
    query = Customer.select(Customer.name, Customer.company).where(Customer.id == customer_id)
    row = next(iter(tuple_rows(query)), None)
    return (str(row[0]), str(row[1])) if row else None


@guard.customer()
def owning_rep_id(actor: Person, customer_id: int) -> int | None:
    value = Customer.select(Customer.owner_rep).where(Customer.id == customer_id).scalar()
    return int(value) if value is not None else None


@guard.customer()
def contacts_of(actor: Person, customer_id: int) -> list[Any]:
    """A customer's contacts (ContactViews) in the order they were added."""
    query = Contact.select().where(Contact.customer == customer_id).order_by(Contact.id)
    return [view_of(ContactView, c) for c in query]


@guard.customer("customer_ids")
def addresses_of(actor: Person, customer_ids: list[int]) -> dict[int, str]:
    """Customer id → address, for route lists."""
    query = Customer.select(Customer.id, Customer.address).where(
        Customer.id.in_(customer_ids or [0])
    )
    return {int(cid): str(address or "") for cid, address in tuple_rows(query)}


@rule
def record_values(record: CustomerRecord) -> dict[str, Any]:
    return {spec.name: getattr(record.customer, spec.name) for spec in CUSTOMER_FIELDS}


@rule
def record_completeness(record: CustomerRecord) -> Completeness:
    return completeness(record_values(record), len(record.contacts))


@rule
def record_totals(record: CustomerRecord) -> DealTotals:
    return deal_totals([(d.date, d.amount) for d in record.deals])


@dataclass(frozen=True)
class TrashNote:
    """Who moved a customer to the trash, and when (naive UTC)."""

    customer_id: int
    deleted_at: dt.datetime
    deleted_by: str  # "" when not known (trashed before the trash kept it)
    merged_into: str = ""  # the survivor's name when a merge put it here (still merged)
    merged_into_company: str = ""


@guard.customer("customer_ids")
def trash_notes(actor: Person, customer_ids: list[int]) -> dict[int, TrashNote]:
    """Customer id → who trashed it and when, for the trashed ones among `customer_ids`."""
    query = (
        Customer.select(Customer.id, Customer.deleted_at, User.name)
        .join(User, pw.JOIN.LEFT_OUTER, on=(Customer.deleted_by == User.id))
        .where(Customer.id.in_(list(customer_ids) or [0]), Customer.deleted_at.is_null(False))
    )
    notes = {
        int(cid): TrashNote(int(cid), at, str(name or "")) for cid, at, name in tuple_rows(query)
    }
    merged = (
        MergeRecord.select(MergeRecord.other, Customer.name, Customer.company)
        .join(Customer, on=(MergeRecord.survivor == Customer.id))
        .where(MergeRecord.other.in_(list(notes) or [0]), MergeRecord.state == MERGED)
    )
    for other_id, name, company in tuple_rows(merged):
        note = notes[int(other_id)]
        notes[int(other_id)] = replace(note, merged_into=str(name), merged_into_company=company)
    return notes
