"""Which column of an imported file goes to which field (issue 11).

CONTRACT (written before the body; the mapping helper fills it in and may add):

- `RecordKind`: what one row of the file is — a customer, a contact person of a company, or
  one deal of a customer's history.
- `targets(kind)`: what a column can be imported into, each with its label (the field
  description's, translated in its context) — every customer field of CUSTOMER_FIELDS by its
  name, plus the keys below; contacts and deals have their own lists.
- `suggest_mapping(kind, header, translators)`: a target (or None) per column, from the
  header names: the field labels in English and in each translator's language (zh_CN,
  zh_TW), the headers Google Contacts and Outlook exports write (in English, 简体 and 繁體),
  and our own export's headers; a target is suggested for one column at most.
- `guess_kind(header, translators)`: customers, contacts or deals, from the header.
- `header_signature(header)` and `saved_mapping` / `save_mapping`: a mapping the user chose,
  remembered per header signature (an office setting), suggested first next time.

Target keys (strings):
- customer fields by their name (`name`, `company`, `phone`, …);
- `external_id` (our export's "Customer ID", or an old system's id), on every kind;
- `owner` (the owning rep's name) on customers;
- `given_name` and `family_name` (joined into `name` when there is no name column:
  Chinese without a space, "林 美玲" → 林美玲; Latin with one);
- contacts: `customer` (the customer's name or company, to find it), and the contact fields
  by their name prefixed `contact.` (`contact.name`, `contact.phone`, …);
- deals: `customer`, and `deal.date`, `deal.products`, `deal.amount`, `deal.notes`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from ...models.fields import Kind
from ..common.acting import Person, rule
from ..people.policy import guard

Translate = Callable[[str, str], str]


class RecordKind(StrEnum):
    CUSTOMERS = "customers"
    CONTACTS = "contacts"
    DEALS = "deals"


@dataclass(frozen=True)
class Target:
    key: str
    label: str  # an English source string, translated in `context`
    context: str
    kind: Kind = Kind.TEXT
    required: bool = False  # a row without it is an error (customers: name; deals: date)


@rule
def targets(kind: RecordKind) -> tuple[Target, ...]:
    raise NotImplementedError


@rule
def suggest_mapping(
    kind: RecordKind, header: Sequence[str], translators: Sequence[Translate] = ()
) -> tuple[str | None, ...]:
    raise NotImplementedError


@rule
def guess_kind(header: Sequence[str], translators: Sequence[Translate] = ()) -> RecordKind:
    raise NotImplementedError


@rule
def header_signature(header: Sequence[str]) -> str:
    raise NotImplementedError


@guard.office
def saved_mapping(
    actor: Person, kind: RecordKind, header: Sequence[str]
) -> tuple[str | None, ...] | None:
    raise NotImplementedError


@guard.office
def save_mapping(
    actor: Person, kind: RecordKind, header: Sequence[str], mapping: Sequence[str | None]
) -> None:
    raise NotImplementedError
