"""Plain data passed between the customer file's services and the UI."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, make_dataclass
from decimal import Decimal
from typing import Any

from ...models.contact_fields import CONTACT_FIELDS
from ...models.customer_fields import CUSTOMER_FIELDS
from ..common.acting import internal

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


# The frozen views services hand out instead of live rows: reading them runs no query, and
# changing them means a service call (which checks the version).
_ROW_COLUMNS: list[tuple[str, Any]] = [
    ("id", int),
    ("version", int),
    ("created_at", dt.datetime),
    ("updated_at", dt.datetime),
]
CustomerView: Any = make_dataclass(  # one attribute per described field, built from them
    "CustomerView",
    _ROW_COLUMNS
    + [(spec.name, Any) for spec in CUSTOMER_FIELDS]
    + [
        ("tier_computed", str),
        ("deleted_at", dt.datetime | None),
        ("owner_rep_id", int | None),
        ("referred_by_id", int | None),
    ],
    frozen=True,
)
CustomerView.__module__ = __name__
CustomerView.__doc__ = "A customer file's values: every described field, ids of its relations."

ContactView: Any = make_dataclass(
    "ContactView",
    [*_ROW_COLUMNS, ("customer_id", int)] + [(spec.name, str) for spec in CONTACT_FIELDS],
    frozen=True,
)
ContactView.__module__ = __name__
ContactView.__doc__ = "A contact person as stored: one attribute per described contact field."


@dataclass(frozen=True)
class DealView:
    """One stored business record."""

    id: int
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime
    customer_id: int
    date: dt.date
    products: str
    amount: Decimal
    notes: str


@dataclass(frozen=True)
class CustomerRecord:
    customer: Any  # a CustomerView
    contacts: tuple[Any, ...]  # ContactViews, in the order they were added
    deals: tuple[DealView, ...]  # oldest first

    @property
    def id(self) -> int:
        return int(self.customer.id)

    @property
    def version(self) -> int:
        return int(self.customer.version)


@internal
def view_of(view_type: Any, row: Any) -> Any:
    """The frozen view of a row: each view field read from the row (`x_id` for a relation)."""
    return view_type(**{f.name: getattr(row, f.name) for f in fields(view_type)})


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
    owner_rep_id: int | None = None  # None: in the shared pool
    # Where a search matched when the row's shown name, company and phone do not show it:
    # "mobile" / "phone" (the value), "contact" (the contact's name); "" otherwise.
    matched_field: str = ""
    matched_text: str = ""


@dataclass
class CustomerFilter:
    text: str = ""
    rep_id: int | None = None
    tier: str | None = None
    city: str | None = None
    in_trash: bool = False
    pool_only: bool = False  # the shared pool (公海): customers without an owner


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
