"""Plain data passed between the customer file's services and the UI."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ...models.core import Contact, Deal

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
