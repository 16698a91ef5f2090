"""Customer rows: what each would do (create, update, skip, error) and the writing of it.

Matching (engine.MatchOn, tried in the order of the options; the first criterion that finds a
customer wins) runs against one in-memory index of the customers the actor may see and that
are not in the trash, keyed as services/customers/duplicates.py keys them:

- `external_id` is our Customer ID (what our export writes) when it is all digits, names a
  customer in the index *and* the row agrees with that customer on something else it holds
  (name, company, a phone or the e-mail; a row holding none of those is trusted). An old
  system's ids (digits too, 1, 2, 3 …) would otherwise overwrite our customers 1, 2, 3; such an
  id matches nothing and is stored nowhere: the row goes on to the next criterion.
- `phone`: the phone or mobile (duplicates.phone_key); `email`: duplicates.email_key;
  `name_company`: name and company together, both needed (a name alone matches too much).

A key two stored customers share is ambiguous: an error in create-and-update and update-only
(the file must say which), "exists" in create-only. A row matching, on the same criteria, a row
further up the file is "repeated" and skipped (never merged into the first: the first row's
values win, the user sees the second listed). Updates change the mapped columns whose cell is
not empty and keep every other value; a row whose values equal the stored ones is skipped as
"unchanged". An update is applied with the version the index read at the start of the import
(optimistic locking): a customer changed by someone else meanwhile is an error "conflict".
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ...models.core import Customer, CustomerSearch
from ...models.customer_fields import FIELDS_BY_NAME, Kind
from ...models.db import tuple_rows
from ...models.imports import ImportChange
from ...models.search_text import search_row
from ..common.acting import Person, internal
from ..common.bulk import insert_records
from ..common.errors import ConflictError, FieldError
from ..common.locking import versioned_update
from ..customers.checks import validate_draft
from ..customers.drafts import CustomerDraft
from ..customers.duplicates import company_key, email_key, name_key, phone_key
from ..customers.pool import mark_owner_since
from ..customers.search_index import refresh_search_text
from ..people.policy import visible_customers
from .results import MatchOn, Mode, Outcome
from .rows import EXTERNAL_ID, FAMILY_NAME, GIVEN_NAME, OWNER, Problem, RowReader, joined_name

Keys = dict[MatchOn, tuple[str, ...]]


@dataclass
class Planned:
    """One row's outcome, and what writing it takes."""

    row_number: int
    outcome: Outcome
    customer_id: int | None = None
    reason: str = ""
    problems: list[Problem] = field(default_factory=list)
    changed: tuple[str, ...] = ()
    values: dict[str, Any] = field(default_factory=dict)  # create: cleaned; update: changes
    before: dict[str, Any] = field(default_factory=dict)  # update: the changed fields' values
    owner_rep_id: int | None = None
    version: int = 0  # update: the version read at the start
    first: Planned | None = None  # repeated: the row further up it repeats
    row_id: int | None = None  # contacts and deals: the row updated (or made, once written)

    @property
    def result_customer(self) -> int | None:
        return self.first.customer_id if self.first is not None else self.customer_id


def _multi(keys: dict[str, int | list[int]], key: str, cid: int) -> None:
    held = keys.get(key)
    if held is None:
        keys[key] = cid
    elif isinstance(held, list):
        held.append(cid)
    elif held != cid:
        keys[key] = [held, cid]


def _holders(keys: dict[str, int | list[int]], key: str) -> list[int]:
    held = keys.get(key)
    if held is None:
        return []
    return sorted(set(held)) if isinstance(held, list) else [held]


class CustomerIndex:
    """The keys of the customers `actor` may see (not trashed), read once per import."""

    def __init__(self, actor: Person, criteria: Sequence[MatchOn]) -> None:
        self.version: dict[int, int] = {}
        self.facts: dict[int, tuple[str, str, frozenset[str], str]] = {}
        self.by_key: dict[MatchOn, dict[str, int | list[int]]] = {m: {} for m in MatchOn}
        self.names: dict[str, int | list[int]] = {}
        self.companies: dict[str, int | list[int]] = {}
        query = Customer.select(
            Customer.id, Customer.version, Customer.name, Customer.company, Customer.phone,
            Customer.mobile, Customer.email,
        ).where(Customer.deleted_at.is_null(), visible_customers(actor))  # fmt: skip
        wanted = set(criteria)
        for cid, version, name, company, phone, mobile, email in tuple_rows(query):
            self.version[cid] = version
            nkey, ckey = name_key(name), company_key(company)
            phones = frozenset(k for k in (phone_key(phone), phone_key(mobile)) if k)
            ekey = email_key(email)
            self.facts[cid] = (nkey, ckey, phones, ekey)
            _multi(self.names, nkey, cid)
            if ckey:
                _multi(self.companies, ckey, cid)
            if MatchOn.PHONE in wanted:
                for key in phones:
                    _multi(self.by_key[MatchOn.PHONE], key, cid)
            if MatchOn.EMAIL in wanted and ekey:
                _multi(self.by_key[MatchOn.EMAIL], ekey, cid)
            if MatchOn.NAME_COMPANY in wanted and nkey and ckey:
                _multi(self.by_key[MatchOn.NAME_COMPANY], f"{nkey}\x1f{ckey}", cid)

    def our_id(self, text: str) -> int | None:
        """The customer an external id names, when it is one of ours."""
        text = text.strip()
        if not text.isdigit() or len(text) > 18:
            return None
        cid = int(text)
        return cid if cid in self.version else None

    def agrees(self, cid: int, values: dict[str, Any]) -> bool:
        """Whether the row says something that agrees with customer `cid` (or nothing)."""
        nkey, ckey, phones, ekey = self.facts[cid]
        said = False
        if name := values.get("name"):
            said = True
            if name_key(name) == nkey:
                return True
        if company := values.get("company"):
            said = True
            if company_key(company) == ckey:
                return True
        for column in ("phone", "mobile"):
            if key := phone_key(values.get(column, "")):
                said = True
                if key in phones:
                    return True
        if key := email_key(values.get("email", "")):
            said = True
            if key == ekey:
                return True
        return not said

    def match(self, values: dict[str, Any], keys: Keys, criteria: Sequence[MatchOn]) -> list[int]:
        for criterion in criteria:
            if criterion == MatchOn.EXTERNAL_ID:
                for text in keys.get(criterion, ()):
                    cid = self.our_id(text)
                    if cid is not None and self.agrees(cid, values):
                        return [cid]
                continue
            found: set[int] = set()
            for key in keys.get(criterion, ()):
                found.update(_holders(self.by_key[criterion], key))
            if found:
                return sorted(found)
        return []


@internal
def row_keys(values: dict[str, Any], criteria: Sequence[MatchOn]) -> Keys:
    """A row's match keys for each criterion (empty tuples left out)."""
    keys: Keys = {}
    for criterion in criteria:
        found: tuple[str, ...] = ()
        if criterion == MatchOn.EXTERNAL_ID and (text := values.get(EXTERNAL_ID)):
            found = (str(text).strip(),)
        elif criterion == MatchOn.PHONE:
            found = tuple(
                dict.fromkeys(
                    k
                    for k in (
                        phone_key(values.get("phone", "")),
                        phone_key(values.get("mobile", "")),
                    )
                    if k
                )
            )
        elif criterion == MatchOn.EMAIL and (key := email_key(values.get("email", ""))):
            found = (key,)
        elif criterion == MatchOn.NAME_COMPANY:
            nkey, ckey = name_key(values.get("name", "")), company_key(values.get("company", ""))
            if nkey and ckey:
                found = (f"{nkey}\x1f{ckey}",)
        if found:
            keys[criterion] = found
    return keys


_OWN_COLUMNS = {EXTERNAL_ID, OWNER, GIVEN_NAME, FAMILY_NAME}


class CustomerPlanner:
    """Plans customer rows chunk by chunk against one index; `write` stores a planned chunk."""

    def __init__(
        self,
        actor: Person,
        reader: RowReader,
        mode: Mode,
        criteria: Sequence[MatchOn],
        default_owner: int | None,
    ) -> None:
        self.actor = actor
        self.reader = reader
        self.mode = mode
        self.criteria = tuple(criteria)
        self.default_owner = default_owner
        self.index = CustomerIndex(actor, self.criteria)
        self.seen: dict[tuple[MatchOn, str], Planned] = {}  # key -> the first row holding it
        self.claimed: dict[int, Planned] = {}  # stored customers a row further up updates
        mapped = set(reader.column_of)
        self.fields = [name for name in FIELDS_BY_NAME if name in mapped]
        if "name" not in mapped and mapped & {GIVEN_NAME, FAMILY_NAME}:
            self.fields.append("name")
        # Mapped fields read.py cleaned with the field description's own spec: validate_draft
        # would clean each again to the same value (tests/services/importing/
        # test_clean_once.py), so a create passes them through. Required ones (the name) still
        # go through validate_draft, which says "required" when they are missing.
        self.cleaned_by_reader = frozenset(
            key
            for key, spec in reader.cleaned.items()
            if FIELDS_BY_NAME.get(key) is spec and not spec.required
        )
        self.name_column = next(
            (reader.column_of[k] for k in ("name", FAMILY_NAME, GIVEN_NAME) if k in mapped), None
        )

    # ---------------------------------------------------------------- planning

    def _values(self, cells: Sequence[str]) -> tuple[dict[str, Any], list[Problem]]:
        values, problems = self.reader.read(cells)
        if "name" not in values and (GIVEN_NAME in values or FAMILY_NAME in values):
            name = joined_name(values.get(GIVEN_NAME, ""), values.get(FAMILY_NAME, ""))
            if len(name) > FIELDS_BY_NAME["name"].limit:
                limit = FIELDS_BY_NAME["name"].limit
                error = FieldError("name", "too_long", {"limit": limit, "length": len(name)})
                problems.append(self.reader.problem(self.name_column, "name", error))
            else:
                values["name"] = name
        return values, problems

    def plan(self, chunk: Sequence[tuple[int, Sequence[str]]]) -> list[Planned]:
        first: list[tuple[int, dict[str, Any], list[Problem], Keys, list[int]]] = []
        for row_number, cells in chunk:
            values, problems = self._values(cells)
            keys = row_keys(values, self.criteria) if not problems else {}
            matched = self.index.match(values, keys, self.criteria) if not problems else []
            first.append((row_number, values, problems, keys, matched))
        stored = self._stored([m[0] for *_, m in first if len(m) == 1 and self.mode != Mode.CREATE])
        planned = []
        for row_number, values, problems, keys, matched in first:
            if problems:
                planned.append(Planned(row_number, Outcome.ERROR, problems=problems))
                continue
            repeated = self._repeated(keys)
            if repeated is None and len(matched) == 1:
                repeated = self.claimed.get(matched[0])
            if repeated is not None:
                planned.append(Planned(row_number, Outcome.SKIP, reason="repeated", first=repeated))
                continue
            row = self._decide(row_number, values, matched, stored)
            if row.customer_id is not None and row.outcome == Outcome.UPDATE:
                self.claimed[row.customer_id] = row
            if row.outcome in (Outcome.CREATE, Outcome.UPDATE):
                for criterion, found in keys.items():
                    for key in found:
                        self.seen.setdefault((criterion, key), row)
            planned.append(row)
        return planned

    def _repeated(self, keys: Keys) -> Planned | None:
        for criterion, found in keys.items():
            for key in found:
                if (first := self.seen.get((criterion, key))) is not None:
                    return first
        return None

    def _decide(
        self,
        row_number: int,
        values: dict[str, Any],
        matched: list[int],
        stored: dict[int, dict[str, Any]],
    ) -> Planned:
        if len(matched) > 1:
            if self.mode == Mode.CREATE:
                return Planned(row_number, Outcome.SKIP, matched[0], "exists")
            ids = ", ".join(map(str, matched[:5]))
            error = FieldError("", "ambiguous", {"ids": ids})
            return Planned(
                row_number, Outcome.ERROR, problems=[self.reader.problem(None, "", error)]
            )
        if matched:
            if self.mode == Mode.CREATE:
                return Planned(row_number, Outcome.SKIP, matched[0], "exists")
            return self._update(row_number, values, matched[0], stored[matched[0]])
        if self.mode == Mode.UPDATE:
            return Planned(row_number, Outcome.SKIP, reason="no_match")
        return self._create(row_number, values)

    def _create(self, row_number: int, values: dict[str, Any]) -> Planned:
        owner = values.get(OWNER, self.default_owner)
        fields, done = {}, {}
        for key, value in values.items():
            if key in self.cleaned_by_reader:
                done[key] = value
            elif key not in _OWN_COLUMNS:
                fields[key] = value
        cleaned, errors = validate_draft(CustomerDraft(values=fields, owner_rep_id=owner))
        if errors:
            return Planned(row_number, Outcome.ERROR, problems=self._problems(errors))
        cleaned.update(done)  # each already in its place (validate_draft fills every field)
        return Planned(row_number, Outcome.CREATE, values=cleaned, owner_rep_id=owner)

    def _update(
        self, row_number: int, values: dict[str, Any], cid: int, stored: dict[str, Any]
    ) -> Planned:
        changes = {
            k: v
            for k, v in values.items()
            if k not in _OWN_COLUMNS and k in FIELDS_BY_NAME and not _same(k, stored.get(k), v)
        }
        owner = values.get(OWNER)
        new_owner = owner is not None and owner != stored.get("owner_rep")
        if not changes and not new_owner:
            return Planned(row_number, Outcome.SKIP, cid, "unchanged")
        draft = CustomerDraft(values=changes, id=cid, version=self.index.version[cid])
        cleaned, errors = validate_draft(draft)
        if errors:
            return Planned(row_number, Outcome.ERROR, cid, problems=self._problems(errors))
        before = {k: stored.get(k) for k in cleaned}
        changed = tuple(cleaned)
        if new_owner:
            cleaned["owner_rep"] = owner
            before["owner_rep"] = stored.get("owner_rep")
            changed += (OWNER,)
        return Planned(
            row_number,
            Outcome.UPDATE,
            cid,
            changed=changed,
            values=cleaned,
            before=before,
            version=self.index.version[cid],
        )

    def _problems(self, errors: list[FieldError]) -> list[Problem]:
        column_of = self.reader.column_of
        problems = []
        for error in errors:
            column = column_of.get(error.field)
            if error.field == "name" and column is None:
                column = self.name_column
            problems.append(self.reader.problem(column, error.field, error))
        return problems

    def _stored(self, ids: list[int]) -> dict[int, dict[str, Any]]:
        """The mapped fields (and the owner) of the matched customers, as stored."""
        if not ids:
            return {}
        names = [*self.fields, "owner_rep"]
        columns = [getattr(Customer, name) for name in names]
        query = Customer.select(Customer.id, *columns).where(Customer.id.in_(sorted(set(ids))))
        return {row[0]: dict(zip(names, row[1:], strict=True)) for row in tuple_rows(query)}

    # ---------------------------------------------------------------- writing

    def finish(self) -> None:
        """After the last chunk (contacts and deals mark the tiers stale here)."""

    def write(self, planned: list[Planned], batch_id: int, now: dt.datetime) -> None:
        """Store a planned chunk (inside the import's transaction): creates in batches, each
        update with the version read at the start; the change rows of the history with them."""
        creates = [p for p in planned if p.outcome == Outcome.CREATE]
        changes: list[dict[str, Any]] = []
        if creates:
            ids = insert_records(
                Customer,
                [
                    {**p.values, "owner_rep": p.owner_rep_id, "created_at": now, "updated_at": now}
                    for p in creates
                ],
            )
            search_rows = []
            for row, cid in zip(creates, ids, strict=True):
                row.customer_id = cid
                values = row.values
                search_rows.append(
                    search_row(
                        cid,
                        values["name"],
                        values["company"],
                        values["phone"],
                        values["mobile"],
                        [],
                        now,
                    )
                )
                changes.append(_change(batch_id, "customer", cid, None, True, None, 1))
            insert_records(CustomerSearch, search_rows, returning=False)
        new_owners = []
        for row in planned:
            if row.outcome != Outcome.UPDATE:
                continue
            assert row.customer_id is not None
            try:
                version = versioned_update(
                    Customer, "customer", row.customer_id, row.version, row.values, now=now
                )
            except ConflictError:
                error = FieldError("", "conflict")
                row.outcome, row.changed = Outcome.ERROR, ()
                row.problems = [self.reader.problem(None, "", error)]
                continue
            refresh_search_text(row.customer_id)
            if "owner_rep" in row.values and row.values["owner_rep"] is not None:
                new_owners.append(row.customer_id)
            changes.append(
                _change(batch_id, "customer", row.customer_id, None, False, row.before, version)
            )
        if new_owners:
            mark_owner_since(new_owners, now)
        insert_records(ImportChange, changes, returning=False)


def _same(name: str, stored: Any, value: Any) -> bool:
    """Whether an imported value says what is stored: a phone or an e-mail written
    differently (138 0013 8000 and +86 13800138000, a capital) is the same one."""
    if stored == value:
        return True
    kind = FIELDS_BY_NAME[name].kind
    if kind == Kind.PHONE and stored:
        return phone_key(str(stored)) == phone_key(str(value)) != ""
    if kind == Kind.EMAIL and stored:
        return email_key(str(stored)) == email_key(str(value))
    return False


def _change(
    batch_id: int,
    entity: str,
    row_id: int,
    customer_id: int | None,
    created: bool,
    before: dict[str, Any] | None,
    version: int,
) -> dict[str, Any]:
    return {
        "batch": batch_id,
        "entity": entity,
        "row_id": row_id,
        "customer_id": customer_id,
        "created": created,
        "before": None if before is None else json.dumps(before, default=_json, ensure_ascii=False),
        "version_after": version,
    }


def _json(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(type(value).__name__)


@internal
def stored_value(name: str, value: Any) -> Any:
    """A value of a change row's `before` as the column takes it back."""
    if value is None or name == "owner_rep":
        return value
    spec = FIELDS_BY_NAME.get(name)
    if spec is not None and spec.kind == Kind.DATE:
        return dt.date.fromisoformat(value)
    if spec is not None and spec.kind == Kind.MONEY:
        return Decimal(value)
    return value
