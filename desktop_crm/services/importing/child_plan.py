"""Contact and deal rows: onto which customer, and what each would do (issue 11, item 2).

A row finds its customer by `external_id` (our Customer ID, all digits, a customer the actor
sees; when the row also names the customer, the name or company must agree) or else by the
`customer` cell, which must match exactly one visible customer's name or company (compared
by duplicates.name_key / company_key: 華興機械股份有限公司 finds 深圳市华兴机械有限公司).
None found, or several: the row is an error naming the cell.

Contacts: a contact of that customer with the same name (name_key) is the same person. Create
only skips it ("exists"); create and update changes its mapped, non-empty fields ("unchanged"
when they equal the stored ones); update only skips a new person ("no_match"). Deals: a deal of
that customer with the same date, products, amount and notes is already there ("exists"),
whatever the mode; a deal is never updated (update only skips a new one, "no_match"). A row
repeating one further up the file (same customer and name; the same deal) is "repeated". New
deals mark the tiers stale, as services/customers/bulk.py does.

A contacts file with no name column but first and last name ones (Google's and Outlook's
"First Name" / "Last Name", 名 / 姓) gets the contact's name joined from the two: Chinese
without a space, family name first (林美玲); Latin given name first ("Mei Lin").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from ...models.core import Contact, Deal
from ...models.db import tuple_rows
from ...models.imports import ImportChange
from ..analysis.tiers import mark_tiers_stale
from ..common.acting import Person
from ..common.bulk import insert_records
from ..common.errors import ConflictError, FieldError
from ..common.locking import versioned_update
from ..customers.checks import deal_values, validate_draft
from ..customers.drafts import ContactDraft, CustomerDraft, DealDraft
from ..customers.duplicates import company_key, name_key
from ..customers.export import DEAL_FIELDS
from ..customers.fields import CONTACT_FIELDS
from ..customers.search_index import refresh_search_text
from .customer_plan import CustomerIndex, Planned, _change, _holders
from .mapping import RecordKind
from .results import Mode, Outcome
from .rows import (
    CONTACT_PREFIX,
    CUSTOMER,
    DEAL_PREFIX,
    EXTERNAL_ID,
    FAMILY_NAME,
    GIVEN_NAME,
    Problem,
    RowReader,
    joined_name,
)

_CONTACT_NAMES = tuple(spec.name for spec in CONTACT_FIELDS)
_NAME_LIMIT = next(spec.limit for spec in CONTACT_FIELDS if spec.name == "name")
_DEAL_NAMES = tuple(spec.name for spec in DEAL_FIELDS)


class ChildPlanner:
    """Plans contact or deal rows chunk by chunk; `write` stores a planned chunk."""

    def __init__(self, actor: Person, reader: RowReader, kind: RecordKind, mode: Mode) -> None:
        self.reader = reader
        self.kind = kind
        self.mode = mode
        self.index = CustomerIndex(actor, ())
        self.prefix = CONTACT_PREFIX if kind == RecordKind.CONTACTS else DEAL_PREFIX
        self.seen: dict[tuple[Any, ...], Planned] = {}
        self.deals_made = False

    # ---------------------------------------------------------------- the customer

    def _customer(self, values: dict[str, Any]) -> tuple[list[int], str, FieldError | None]:
        """The customer ids the row names, the target that named them, and the error."""
        text = str(values.get(CUSTOMER, ""))
        if external := values.get(EXTERNAL_ID):
            cid = self.index.our_id(str(external))
            if cid is not None and (not text or self._agrees(cid, text)):
                return [cid], EXTERNAL_ID, None
            if not text:
                return [], EXTERNAL_ID, FieldError(EXTERNAL_ID, "no_customer", {"value": external})
        if not text:
            return [], CUSTOMER, FieldError(CUSTOMER, "required")
        found = set(_holders(self.index.names, name_key(text)))
        if ckey := company_key(text):
            found.update(_holders(self.index.companies, ckey))
        if not found:
            return [], CUSTOMER, FieldError(CUSTOMER, "no_customer", {"value": text})
        if len(found) > 1:
            ids = ", ".join(map(str, sorted(found)[:5]))
            return [], CUSTOMER, FieldError(CUSTOMER, "ambiguous", {"ids": ids})
        return sorted(found), CUSTOMER, None

    def _agrees(self, cid: int, text: str) -> bool:
        nkey, ckey, _phones, _email = self.index.facts[cid]
        return name_key(text) == nkey or (bool(ckey) and company_key(text) == ckey)

    # ---------------------------------------------------------------- planning

    def _fields(self, values: dict[str, Any]) -> dict[str, Any]:
        size = len(self.prefix)
        return {k[size:]: v for k, v in values.items() if k.startswith(self.prefix)}

    def plan(self, chunk: Sequence[tuple[int, Sequence[str]]]) -> list[Planned]:
        first: list[tuple[int, dict[str, Any], list[Problem], int | None]] = []
        for row_number, cells in chunk:
            values, problems = self.reader.read(cells)
            if self.kind == RecordKind.CONTACTS:
                self._join_name(values, problems)
            cid = None
            if not problems:
                ids, target, error = self._customer(values)
                if error is not None:
                    column = self.reader.column_of.get(target)
                    problems.append(self.reader.problem(column, target, error))
                else:
                    cid = ids[0]
            first.append((row_number, self._fields(values), problems, cid))
        customers = sorted({cid for *_, cid in first if cid is not None})
        stored = self._stored(customers)
        planned = []
        for row_number, fields, problems, cid in first:
            if problems or cid is None:
                planned.append(Planned(row_number, Outcome.ERROR, problems=problems))
                continue
            if self.kind == RecordKind.CONTACTS:
                planned.append(self._contact(row_number, cid, fields, stored))
            else:
                planned.append(self._deal(row_number, cid, fields, stored))
        return planned

    def _join_name(self, values: dict[str, Any], problems: list[Problem]) -> None:
        """No name column but first / last name ones: the contact's name is the two joined
        (林 + 美玲 → 林美玲, Mei + Lin → "Mei Lin"; rows.joined_name)."""
        key = CONTACT_PREFIX + "name"
        if key in values or not (GIVEN_NAME in values or FAMILY_NAME in values):
            return
        name = joined_name(values.get(GIVEN_NAME, ""), values.get(FAMILY_NAME, ""))
        limit = _NAME_LIMIT
        if len(name) > limit:
            column = next(
                (self.reader.column_of[k] for k in (FAMILY_NAME, GIVEN_NAME)
                 if k in self.reader.column_of),
                None,
            )  # fmt: skip
            error = FieldError(key, "too_long", {"limit": limit, "length": len(name)})
            problems.append(self.reader.problem(column, key, error))
        else:
            values[key] = name

    def _stored(self, customers: list[int]) -> dict[Any, Any]:
        """The customers' contacts by (customer, name key), or their deals' signatures."""
        found: dict[Any, Any] = {}
        if not customers:
            return found
        if self.kind == RecordKind.CONTACTS:
            names = ["id", "version", "customer", *_CONTACT_NAMES]
            query = Contact.select(*(getattr(Contact, n) for n in names)).where(
                Contact.customer.in_(customers)
            )
            for row in tuple_rows(query.order_by(Contact.id)):
                record = dict(zip(names, row, strict=True))
                found.setdefault((record["customer"], name_key(record["name"])), record)
        else:
            deals = Deal.select(Deal.customer, *(getattr(Deal, n) for n in _DEAL_NAMES)).where(
                Deal.customer.in_(customers)
            )
            for row in tuple_rows(deals):
                found[tuple(row)] = True
        return found

    def _problems(self, errors: list[FieldError]) -> list[Problem]:
        problems = []
        for error in errors:
            name = error.field.rsplit(".", 1)[-1]  # contacts.0.email → email
            key = self.prefix + name
            problems.append(self.reader.problem(self.reader.column_of.get(key), key, error))
        return problems

    def _contact(
        self, row_number: int, cid: int, fields: dict[str, Any], stored: dict[Any, Any]
    ) -> Planned:
        draft = ContactDraft(**{"name": "", **fields})
        _, errors = validate_draft(CustomerDraft(values={}, id=cid, contacts=[draft]))
        if errors:
            return Planned(row_number, Outcome.ERROR, cid, problems=self._problems(errors))
        cleaned = {name: getattr(draft, name) for name in _CONTACT_NAMES}
        key = (cid, name_key(cleaned["name"]))
        if (earlier := self.seen.get(key)) is not None:
            return Planned(row_number, Outcome.SKIP, cid, "repeated", first=earlier)
        existing = stored.get(key)
        if existing is None:
            if self.mode == Mode.UPDATE:
                return Planned(row_number, Outcome.SKIP, cid, "no_match")
            row = Planned(row_number, Outcome.CREATE, cid, values=cleaned)
        elif self.mode == Mode.CREATE:
            return Planned(row_number, Outcome.SKIP, cid, "exists", row_id=existing["id"])
        else:
            changes = {k: cleaned[k] for k in fields if k in cleaned and cleaned[k] != existing[k]}
            if not changes:
                return Planned(row_number, Outcome.SKIP, cid, "unchanged", row_id=existing["id"])
            row = Planned(
                row_number,
                Outcome.UPDATE,
                cid,
                changed=tuple(CONTACT_PREFIX + k for k in changes),
                values=changes,
                before={k: existing[k] for k in changes},
                version=existing["version"],
                row_id=existing["id"],
            )
        self.seen[key] = row
        return row

    def _deal(
        self, row_number: int, cid: int, fields: dict[str, Any], stored: dict[Any, Any]
    ) -> Planned:
        date = fields.get("date")
        draft = DealDraft(
            date=date.isoformat() if isinstance(date, dt.date) else "",
            products=fields.get("products", ""),
            amount=str(fields["amount"]) if "amount" in fields else "",
            notes=fields.get("notes", ""),
        )
        _, errors = validate_draft(CustomerDraft(values={}, id=cid, deals=[draft]))
        if errors:
            return Planned(row_number, Outcome.ERROR, cid, problems=self._problems(errors))
        values = deal_values(draft)
        signature = (cid, *(values[n] for n in _DEAL_NAMES))
        if signature in stored:
            return Planned(row_number, Outcome.SKIP, cid, "exists")
        if (earlier := self.seen.get(signature)) is not None:
            return Planned(row_number, Outcome.SKIP, cid, "repeated", first=earlier)
        if self.mode == Mode.UPDATE:
            return Planned(row_number, Outcome.SKIP, cid, "no_match")
        row = Planned(row_number, Outcome.CREATE, cid, values=values)
        self.seen[signature] = row
        return row

    # ---------------------------------------------------------------- writing

    def write(self, planned: list[Planned], batch_id: int, now: dt.datetime) -> None:
        model: Any = Contact if self.kind == RecordKind.CONTACTS else Deal
        entity = "contact" if self.kind == RecordKind.CONTACTS else "deal"
        creates = [p for p in planned if p.outcome == Outcome.CREATE]
        changes: list[dict[str, Any]] = []
        ids = insert_records(
            model,
            [
                {"customer": p.customer_id, **p.values, "created_at": now, "updated_at": now}
                for p in creates
            ],
        )
        touched: set[int] = set()
        for row, row_id in zip(creates, ids, strict=True):
            row.row_id = row_id
            assert row.customer_id is not None
            touched.add(row.customer_id)
            changes.append(_change(batch_id, entity, row_id, row.customer_id, True, None, 1))
        for row in planned:
            if row.outcome != Outcome.UPDATE or row.row_id is None:
                continue
            try:
                version = versioned_update(
                    Contact, "contact", row.row_id, row.version, row.values, now=now
                )
            except ConflictError:
                problem = self.reader.problem(None, "", FieldError("", "conflict"))
                row.outcome, row.changed, row.problems = Outcome.ERROR, (), [problem]
                continue
            assert row.customer_id is not None
            touched.add(row.customer_id)
            changes.append(
                _change(batch_id, entity, row.row_id, row.customer_id, False, row.before, version)
            )
        insert_records(ImportChange, changes, returning=False)
        if self.kind == RecordKind.CONTACTS:
            for cid in sorted(touched):  # contact names are in the search text
                refresh_search_text(cid)
        elif creates:
            self.deals_made = True

    def finish(self) -> None:
        if self.deals_made:
            mark_tiers_stale()
