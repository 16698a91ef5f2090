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
  Chinese without a space, "林 美玲" → 林美玲; Latin with one), on customers and contacts
  (there into `contact.name`: a contacts file with only "First Name" / "Last Name" or 名 / 姓);
- contacts: `customer` (the customer's name or company, to find it), and the contact fields
  by their name prefixed `contact.` (`contact.name`, `contact.phone`, …);
- deals: `customer`, and `deal.date`, `deal.products`, `deal.amount`, `deal.notes`.

How a header is matched: its text is folded (NFKC, case-folded, traditional → simplified,
spaces, punctuation and "*" dropped: "E-mail Address *" → "emailaddress", "電子郵件地址" →
"电子邮件地址") and looked up among the targets' labels (English and each translator's: our own
export writes exactly those) and a synonym table of the headers real files carry
(`header_synonyms.py`, with what each kind of header becomes for customers, contacts, deals). Google's numbered headers ("Phone 2 - Value", "电话 2 - 值") are read as
their base with a small penalty per number, so the first phone column wins the phone and the
second falls back to the mobile. Every column proposes ranked targets; the best score wins a
target, the first column on a tie, and a column that loses its first choice takes its next.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, cast

from ...i18n import QT_TRANSLATE_NOOP
from ...models.fields import Kind
from ..common.acting import Person, rule
from ..common.errors import FieldError, ValidationFailed
from ..common.settings import IMPORT_MAPPINGS, MAX_SAVED_MAPPINGS, read_setting, write_setting
from ..customers.export import CUSTOMER_HEADER, DEAL_FIELDS, ID_HEADER
from ..customers.fields import CONTACT_FIELDS, CUSTOMER_FIELDS
from ..people.policy import guard
from .header_synonyms import CONCEPT_TARGETS, HEADERS, IGNORED_PARTS, VALUE_PARTS, Concept

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


OWNER_LABEL = QT_TRANSLATE_NOOP("ImportTarget", "Sales rep (owner)")
GIVEN_NAME_LABEL = QT_TRANSLATE_NOOP("ImportTarget", "Given name")
FAMILY_NAME_LABEL = QT_TRANSLATE_NOOP("ImportTarget", "Family name")

_EXTERNAL_ID = Target("external_id", ID_HEADER, "Export")
_CUSTOMER = Target("customer", CUSTOMER_HEADER, "Export")

_TARGETS: dict[RecordKind, tuple[Target, ...]] = {
    RecordKind.CUSTOMERS: (
        *(Target(s.name, s.label, s.context, s.kind, s.required) for s in CUSTOMER_FIELDS),
        _EXTERNAL_ID,
        Target("owner", OWNER_LABEL, "ImportTarget"),
        Target("given_name", GIVEN_NAME_LABEL, "ImportTarget"),
        Target("family_name", FAMILY_NAME_LABEL, "ImportTarget"),
    ),
    RecordKind.CONTACTS: (
        _CUSTOMER,
        _EXTERNAL_ID,
        *(
            Target(f"contact.{s.name}", s.label, s.context, s.kind, s.required)
            for s in CONTACT_FIELDS
        ),
        Target("given_name", GIVEN_NAME_LABEL, "ImportTarget"),
        Target("family_name", FAMILY_NAME_LABEL, "ImportTarget"),
    ),
    RecordKind.DEALS: (
        _CUSTOMER,
        _EXTERNAL_ID,
        *(
            Target(f"deal.{s.name}", s.label, s.context, s.kind, s.name == "date")
            for s in DEAL_FIELDS
        ),
    ),
}

_NOT_WORD = re.compile(r"[\W_]+")
_NUMBERED = re.compile(r"^(?P<base>.*?)\s*(?P<n>\d+)\s*[-–—:]\s*(?P<part>.*)$")
_DIGITS = re.compile(r"\d+")
_BRACKETED = re.compile(r"[(\[{<（【〔《][^)\]}>）】〕》]*[)\]}>）】〕》]")
LABEL_SCORE = 100
NUMBER_PENALTY = 4  # per number above 1 ("Phone 2 - Value" scores a little less than "1")
NUMBERED_PENALTY = 3  # a numbered header against the same word alone
BRACKET_PENALTY = 2  # "电话（座机）" against "电话"


@functools.cache
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


@rule
def normalise_header(text: str) -> str:
    """A header cell's matching key: NFKC, case-folded, simplified Chinese, no spaces or
    punctuation (the same folding the duplicate finder uses, PITFALLS 24)."""
    folded = unicodedata.normalize("NFKC", text or "").casefold()
    folded = cast(str, _converter().convert(folded))
    return _NOT_WORD.sub("", folded)


@functools.cache
def _synonyms() -> dict[str, Concept]:
    """The synonym table by folded header (built once: folding needs OpenCC)."""
    table: dict[str, Concept] = {}
    for concept, words in HEADERS.items():
        for word in words:
            table.setdefault(normalise_header(word), concept)
    return table


@functools.cache
def _parts() -> tuple[frozenset[str], frozenset[str]]:
    return (
        frozenset(map(normalise_header, VALUE_PARTS)),
        frozenset(map(normalise_header, IGNORED_PARTS)),
    )


@rule
def targets(kind: RecordKind) -> tuple[Target, ...]:
    """What a column of a `kind` file can go to, in the order the wizard lists them."""
    return _TARGETS[RecordKind(kind)]


@rule
def target_keys(kind: RecordKind) -> frozenset[str]:
    """The keys of `targets(kind)`."""
    return frozenset(t.key for t in targets(kind))


def _label_index(
    kind: RecordKind, translators: Sequence[Translate]
) -> dict[str, tuple[tuple[str, int], ...]]:
    index: dict[str, tuple[tuple[str, int], ...]] = {}
    for target in targets(kind):
        words = {target.label, *(t(target.context, target.label) for t in translators)}
        for word in words:
            key = normalise_header(word)
            if key and key not in index:  # the first target of a label keeps it
                index[key] = ((target.key, LABEL_SCORE),)
    return index


def _lookup(
    key: str,
    kind: RecordKind,
    labels: dict[str, tuple[tuple[str, int], ...]],
) -> tuple[tuple[str, int], ...]:
    found: dict[str, int] = {}
    for target, score in labels.get(key, ()):
        found[target] = max(found.get(target, 0), score)
    concept = _synonyms().get(key)
    if concept is not None:
        for target, score in CONCEPT_TARGETS[kind.value].get(concept, ()):
            found[target] = max(found.get(target, 0), score)
    return tuple(sorted(found.items(), key=lambda item: -item[1]))


def _candidates(
    cell: str,
    kind: RecordKind,
    labels: dict[str, tuple[tuple[str, int], ...]],
    hint: Concept | None = None,
) -> tuple[tuple[str, int], ...]:
    """The targets a header cell may go to, best first, with their scores; `hint` is what a
    Google phone column holds by its type column's values (mobile, work, fax …)."""
    key = normalise_header(cell)
    if not key:
        return ()
    direct = _lookup(key, kind, labels)
    if direct:
        return direct
    text = unicodedata.normalize("NFKC", cell).strip()
    bare = _BRACKETED.sub("", text).strip()
    if bare and bare != text:  # "客户名称(必填)", "电话（座机）", "E-mail [work]"
        found = _candidates(bare, kind, labels)
        return tuple((t, max(s - BRACKET_PENALTY, 1)) for t, s in found)
    numbered = _NUMBERED.match(text)
    if numbered:  # Google: "Phone 1 - Value", "Organization 1 - Name", "电话 1 - 值"
        base = normalise_header(numbered["base"])
        part = normalise_header(numbered["part"])
        penalty = NUMBERED_PENALTY + NUMBER_PENALTY * max(int(numbered["n"]) - 1, 0)
        value_parts, ignored_parts = _parts()
        if part in ignored_parts:
            return ()
        found = _lookup(base if part in value_parts else base + part, kind, labels)
        if hint is not None and found:  # typed by its rows: its number says nothing more
            found = CONCEPT_TARGETS[kind.value].get(hint, found)
            penalty = NUMBERED_PENALTY
        return tuple((t, max(s - penalty, 1)) for t, s in found)
    digits = _DIGITS.findall(key)
    if digits:  # Outlook: "Business Phone 2", "E-mail 2 Address", "电话2"
        penalty = NUMBERED_PENALTY + NUMBER_PENALTY * max(int(digits[0]) - 1, 0)
        found = _lookup(_DIGITS.sub("", key), kind, labels)
        return tuple((t, max(s - penalty, 1)) for t, s in found)
    return ()


_PHONE_CONCEPTS = frozenset(
    {Concept.PHONE, Concept.MOBILE, Concept.PHONE_HOME, Concept.PHONE_OTHER, Concept.FAX}
)
# What a Google "Phone N - Type" / "Label" cell says, by words it contains (fax first: a
# "Work Fax" is a fax); the words are folded like headers.
_PHONE_TYPE_WORDS: tuple[tuple[Concept, tuple[str, ...]], ...] = (
    (Concept.FAX, ("fax", "传真")),
    (Concept.MOBILE, ("mobile", "cell", "iphone", "手机", "移动", "行动")),
    (Concept.PHONE_HOME, ("home", "住宅", "家庭", "住家", "家")),
    (Concept.PHONE, ("work", "main", "office", "工作", "单位", "公司", "商务", "办公", "主要")),
)
_TYPE_PARTS = ("type", "label", "类型", "标签")
SAMPLE_ROWS = 200


def _phone_type(value: str) -> Concept | None:
    folded = normalise_header(value)
    for concept, words in _PHONE_TYPE_WORDS:
        if any(word in folded for word in words):
            return concept
    return None


def _phone_hints(header: Sequence[str], rows: Sequence[Sequence[str]]) -> dict[int, Concept]:
    """Google's phone columns typed by their sibling type column: "Phone 1 - Type" holding
    Mobile in most rows makes "Phone 1 - Value" the mobile."""
    if not rows:
        return {}
    value_parts, _ignored = _parts()
    values: dict[tuple[str, str], int] = {}
    types: dict[tuple[str, str], int] = {}
    for column, cell in enumerate(header):
        numbered = _NUMBERED.match(unicodedata.normalize("NFKC", cell or "").strip())
        if not numbered:
            continue
        base = normalise_header(numbered["base"])
        if _synonyms().get(base) not in _PHONE_CONCEPTS:
            continue
        part = normalise_header(numbered["part"])
        if part in value_parts:
            values[(base, numbered["n"])] = column
        elif part in _TYPE_PARTS:
            types[(base, numbered["n"])] = column
    hints: dict[int, Concept] = {}
    for slot, value_column in values.items():
        type_column = types.get(slot)
        if type_column is None:
            continue
        said = [
            _phone_type(row[type_column])
            for row in rows[:SAMPLE_ROWS]
            if type_column < len(row) and row[type_column].strip()
        ]
        if said:
            best = max(set(said), key=said.count)
            if best is not None and said.count(best) * 2 >= len(said):
                hints[value_column] = best
    return hints


@rule
def suggest_mapping(
    kind: RecordKind,
    header: Sequence[str],
    translators: Sequence[Translate] = (),
    rows: Sequence[Sequence[str]] = (),
) -> tuple[str | None, ...]:
    """A target key (or None) per header cell; each target goes to one column at most: the
    best-scoring one, the first on a tie; a column that loses its first choice takes its next.
    `rows` (the first data rows, optional) let Google's phone type columns say which phone
    column is the mobile, the office phone or the fax."""
    kind = RecordKind(kind)
    labels = _label_index(kind, translators)
    hints = _phone_hints(header, rows)
    proposals = [
        (-score, column, rank, target)
        for column, cell in enumerate(header)
        for rank, (target, score) in enumerate(_candidates(cell, kind, labels, hints.get(column)))
    ]
    proposals.sort()
    chosen: list[str | None] = [None] * len(header)
    taken: set[str] = set()
    for _score, column, _rank, target in proposals:
        if chosen[column] is None and target not in taken:
            chosen[column] = target
            taken.add(target)
    return tuple(chosen)


_CUSTOMER_KEYS = frozenset({"name", "company", "external_id"})
_DEAL_DETAILS = frozenset({"deal.amount", "deal.products"})


@rule
def guess_kind(header: Sequence[str], translators: Sequence[Translate] = ()) -> RecordKind:
    """Deals when the header has a date and an amount or products column and no customer
    field beyond the customer's own column; contacts when it has a customer column and
    contact fields that outnumber the customer fields it would fill; else customers."""
    as_customers = {k for k in suggest_mapping(RecordKind.CUSTOMERS, header, translators) if k}
    as_deals = {k for k in suggest_mapping(RecordKind.DEALS, header, translators) if k}
    if "deal.date" in as_deals and as_deals & _DEAL_DETAILS and not as_customers - _CUSTOMER_KEYS:
        return RecordKind.DEALS
    as_contacts = {k for k in suggest_mapping(RecordKind.CONTACTS, header, translators) if k}
    contact_fields = {k for k in as_contacts if k.startswith("contact.")}
    if (
        "customer" in as_contacts
        and contact_fields
        and len(as_contacts - {"external_id"}) > len(as_customers - {"external_id"})
    ):
        return RecordKind.CONTACTS
    return RecordKind.CUSTOMERS


@rule
def header_signature(header: Sequence[str]) -> str:
    """A stable hash of the folded header cells, in order: the same file layout (whatever its
    spacing, case or script) gives the same signature, another order another one."""
    joined = "\x1f".join(normalise_header(cell) for cell in header)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:32]


def _checked_mapping(
    kind: RecordKind, header: Sequence[str], mapping: Sequence[str | None]
) -> tuple[str | None, ...]:
    errors: list[FieldError] = []
    if len(mapping) != len(header):
        errors.append(
            FieldError("mapping", "invalid", {"columns": len(header), "given": len(mapping)})
        )
    known = target_keys(kind)
    seen: set[str] = set()
    for column, key in enumerate(mapping):
        if key is None:
            continue
        if key not in known:
            errors.append(FieldError(f"mapping.{column}", "choice", {"value": key}))
        elif key in seen:
            errors.append(FieldError(f"mapping.{column}", "duplicate", {"value": key}))
        seen.add(key)
    if errors:
        raise ValidationFailed(errors)
    return tuple(mapping)


@guard.office
def saved_mapping(
    actor: Person, kind: RecordKind, header: Sequence[str]
) -> tuple[str | None, ...] | None:
    """The mapping last saved for this header (and this kind), or None. A stored mapping
    that no longer fits (another width, a target that is gone) is not offered."""
    entry = read_setting(IMPORT_MAPPINGS).get(header_signature(header))
    if not entry or entry.get("kind") != RecordKind(kind).value:
        return None
    try:
        return _checked_mapping(RecordKind(kind), header, entry["mapping"])
    except ValidationFailed:
        return None


@guard.office
def saved_kind(actor: Person, header: Sequence[str]) -> RecordKind | None:
    """The kind the mapping saved for this header was for, or None."""
    entry = read_setting(IMPORT_MAPPINGS).get(header_signature(header))
    return RecordKind(entry["kind"]) if entry else None


@guard.office
def save_mapping(
    actor: Person, kind: RecordKind, header: Sequence[str], mapping: Sequence[str | None]
) -> None:
    """Remember the mapping for this header; the newest MAX_SAVED_MAPPINGS are kept."""
    kind = RecordKind(kind)
    checked = _checked_mapping(kind, header, mapping)
    stored = dict(read_setting(IMPORT_MAPPINGS))
    signature = header_signature(header)
    stored.pop(signature, None)  # re-inserted last: the newest
    stored[signature] = {"kind": kind.value, "mapping": list(checked)}
    while len(stored) > MAX_SAVED_MAPPINGS:
        stored.pop(next(iter(stored)))
    write_setting(IMPORT_MAPPINGS, stored)
