"""The audit log: who did what, when, field by field (issue 10, item 7).

The write services call `record` (or the row helpers `record_created`, `record_change`,
`record_deleted`) inside their own transaction, so an entry exists exactly when its change was
committed; one INSERT per changed entity. Values are kept as text (`as_text`: money as yuan
with two places, dates ISO, references by the name they pointed at), so an entry still reads
the same after the row it names is changed or gone.

Nothing here, nor anywhere in services, updates or deletes an entry: there is no function for
it, and tests/services/test_audit.py greps the services for one. The log is read through
`customer_history` (whoever may see the customer) and `search_log` (owners only).

The bulk generator paths (services/*/bulk.py: the demo office, the 100k-row benchmarks) store
rows without entries, on purpose: they build an office, nobody changes one.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum
from typing import Any

import peewee as pw

from ...i18n import QT_TRANSLATE_NOOP
from ...models.audit import AuditEntry
from ...models.contact_fields import CONTACT_FIELDS_BY_NAME
from ...models.core import Contact, Customer, User
from ...models.customer_fields import FIELDS_BY_NAME
from ...models.db import tuple_rows, utcnow, write_transaction
from ...models.fields import FieldSpec, Kind
from ...models.merges import MERGED, MergeRecord
from ...models.visit_fields import VISIT_FIELDS_BY_NAME
from ..common.acting import Person, internal, rule
from ..common.checks import refuse
from ..common.errors import NotFoundError
from ..common.validation import check_id, check_int
from ..people.policy import guard, sees_every_customer


class Action(StrEnum):
    CREATE = "create"
    CHANGE = "change"
    OVERWRITE = "overwrite"  # a save that replaced someone else's newer values
    DELETE = "delete"
    TRASH = "trash"
    RESTORE = "restore"
    PURGE = "purge"
    REASSIGN = "reassign"
    CLAIM = "claim"
    EXPORT = "export"
    PASSWORD = "password"  # a password set: never the password or its hash
    DEACTIVATE = "deactivate"
    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"
    REFUSED = "refused"  # the permission policy said no (services/people/policy.py)
    IMPORT = "import"  # one entry per import (services/importing/engine.py)
    UNDO_IMPORT = "undo_import"
    MERGE = "merge"  # two customers made one (services/customers/merge.py)
    UNMERGE = "unmerge"  # a merge undone: both customers as they were


class Entity(StrEnum):
    CUSTOMER = "customer"
    CONTACT = "contact"
    DEAL = "deal"
    VISIT = "visit"
    ASSESSMENT = "assessment"
    PERSONALITY = "personality"
    PERSON = "person"
    IMPORT = "import"  # an import batch (models/imports.py)
    MERGE = "merge"  # entity_id: the merge record (models/merges.py)
    OPPORTUNITY = "opportunity"  # models/opportunities.py
    PIPELINE = "pipeline"  # the office's stages (services/owner/pipeline.py)
    COMPLAINT = "complaint"  # models/aftersale.py (its reply letter too)
    SURVEY = "survey"  # models/aftersale.py


ACTION_LABELS: dict[str, str] = {
    Action.CREATE: QT_TRANSLATE_NOOP("Audit", "Created"),
    Action.CHANGE: QT_TRANSLATE_NOOP("Audit", "Changed"),
    Action.OVERWRITE: QT_TRANSLATE_NOOP("Audit", "Overwrote"),
    Action.DELETE: QT_TRANSLATE_NOOP("Audit", "Deleted"),
    Action.TRASH: QT_TRANSLATE_NOOP("Audit", "Moved to the trash"),
    Action.RESTORE: QT_TRANSLATE_NOOP("Audit", "Restored"),
    Action.PURGE: QT_TRANSLATE_NOOP("Audit", "Deleted permanently"),
    Action.REASSIGN: QT_TRANSLATE_NOOP("Audit", "Reassigned"),
    Action.CLAIM: QT_TRANSLATE_NOOP("Audit", "Claimed"),
    Action.EXPORT: QT_TRANSLATE_NOOP("Audit", "Exported"),
    Action.PASSWORD: QT_TRANSLATE_NOOP("Audit", "Set the password"),
    Action.DEACTIVATE: QT_TRANSLATE_NOOP("Audit", "Deactivated"),
    Action.SIGN_IN: QT_TRANSLATE_NOOP("Audit", "Signed in"),
    Action.SIGN_IN_FAILED: QT_TRANSLATE_NOOP("Audit", "Failed sign-in"),
    Action.REFUSED: QT_TRANSLATE_NOOP("Audit", "Refused"),
    Action.IMPORT: QT_TRANSLATE_NOOP("Audit", "Imported"),
    Action.UNDO_IMPORT: QT_TRANSLATE_NOOP("Audit", "Undid an import"),
    Action.MERGE: QT_TRANSLATE_NOOP("Audit", "Merged"),
    Action.UNMERGE: QT_TRANSLATE_NOOP("Audit", "Unmerged"),
}
ENTITY_LABELS: dict[str, str] = {
    Entity.CUSTOMER: QT_TRANSLATE_NOOP("Audit", "Customer"),
    Entity.CONTACT: QT_TRANSLATE_NOOP("Audit", "Contact"),
    Entity.DEAL: QT_TRANSLATE_NOOP("Audit", "Deal"),
    Entity.VISIT: QT_TRANSLATE_NOOP("Audit", "Visit"),
    Entity.ASSESSMENT: QT_TRANSLATE_NOOP("Audit", "Assessment"),
    Entity.PERSONALITY: QT_TRANSLATE_NOOP("Audit", "Personality"),
    Entity.PERSON: QT_TRANSLATE_NOOP("Audit", "Person"),
    Entity.IMPORT: QT_TRANSLATE_NOOP("Audit", "Import"),
    Entity.MERGE: QT_TRANSLATE_NOOP("Audit", "Merge"),
    Entity.OPPORTUNITY: QT_TRANSLATE_NOOP("Audit", "Opportunity"),
    Entity.PIPELINE: QT_TRANSLATE_NOOP("Audit", "Pipeline stages"),
    Entity.COMPLAINT: QT_TRANSLATE_NOOP("Audit", "Complaint"),
    Entity.SURVEY: QT_TRANSLATE_NOOP("Audit", "Survey"),
}

# Labels of fields no field description covers: (context, English source).
_OTHER_LABELS: dict[tuple[str, str], tuple[str, str]] = {
    ("customer", "owner_rep"): ("FormPages", QT_TRANSLATE_NOOP("FormPages", "Owning rep")),
    ("customer", "referred_by"): ("FormPages", QT_TRANSLATE_NOOP("FormPages", "Referred by")),
    ("merge", "owner_rep"): ("FormPages", QT_TRANSLATE_NOOP("FormPages", "Owning rep")),
    ("merge", "referred_by"): ("FormPages", QT_TRANSLATE_NOOP("FormPages", "Referred by")),
    ("deal", "date"): ("ChildTables", QT_TRANSLATE_NOOP("ChildTables", "Date")),
    ("deal", "products"): ("ChildTables", QT_TRANSLATE_NOOP("ChildTables", "Products")),
    ("deal", "amount"): ("ChildTables", QT_TRANSLATE_NOOP("ChildTables", "Amount")),
    ("deal", "notes"): ("ChildTables", QT_TRANSLATE_NOOP("ChildTables", "Notes")),
    ("assessment", "assessed_on"): ("Audit", QT_TRANSLATE_NOOP("Audit", "Assessed on")),
    ("assessment", "intent_score"): ("Audit", QT_TRANSLATE_NOOP("Audit", "Intent score")),
    ("assessment", "quality_score"): ("Audit", QT_TRANSLATE_NOOP("Audit", "Quality score")),
    ("assessment", "notes"): ("ChildTables", QT_TRANSLATE_NOOP("ChildTables", "Notes")),
    ("personality", "expressiveness"): ("Audit", QT_TRANSLATE_NOOP("Audit", "Expressiveness")),
    ("personality", "emotionality"): ("Audit", QT_TRANSLATE_NOOP("Audit", "Emotionality")),
    ("personality", "rated_on"): ("Audit", QT_TRANSLATE_NOOP("Audit", "Rated on")),
    ("personality", "note"): ("ChildTables", QT_TRANSLATE_NOOP("ChildTables", "Notes")),
    ("person", "name"): ("ChildTables", QT_TRANSLATE_NOOP("ChildTables", "Name")),
    ("person", "role"): ("ChildTables", QT_TRANSLATE_NOOP("ChildTables", "Role")),
    ("person", "phone"): ("ChildTables", QT_TRANSLATE_NOOP("ChildTables", "Phone")),
    ("person", "email"): ("ChildTables", QT_TRANSLATE_NOOP("ChildTables", "E-mail")),
    ("person", "active"): ("Audit", QT_TRANSLATE_NOOP("Audit", "Active")),
    ("opportunity", "title"): ("Pipeline", QT_TRANSLATE_NOOP("Pipeline", "Title")),
    ("opportunity", "products"): ("ChildTables", QT_TRANSLATE_NOOP("ChildTables", "Products")),
    ("opportunity", "expected_amount"): (
        "Pipeline",
        QT_TRANSLATE_NOOP("Pipeline", "Expected amount"),
    ),
    ("opportunity", "stage"): ("Pipeline", QT_TRANSLATE_NOOP("Pipeline", "Stage")),
    ("opportunity", "probability"): ("Pipeline", QT_TRANSLATE_NOOP("Pipeline", "Probability")),
    ("opportunity", "expected_close"): (
        "Pipeline",
        QT_TRANSLATE_NOOP("Pipeline", "Expected close"),
    ),
    ("opportunity", "owner_rep"): ("FormPages", QT_TRANSLATE_NOOP("FormPages", "Owning rep")),
    ("opportunity", "lost_reason"): ("Pipeline", QT_TRANSLATE_NOOP("Pipeline", "Lost reason")),
    ("opportunity", "notes"): ("ChildTables", QT_TRANSLATE_NOOP("ChildTables", "Notes")),
    ("opportunity", "closed_on"): ("Pipeline", QT_TRANSLATE_NOOP("Pipeline", "Closed on")),
    ("opportunity", "deal"): ("Audit", QT_TRANSLATE_NOOP("Audit", "Deal")),
    ("visit", "opportunity"): ("Pipeline", QT_TRANSLATE_NOOP("Pipeline", "Opportunity")),
    ("pipeline", "stages"): ("Pipeline", QT_TRANSLATE_NOOP("Pipeline", "Stages")),
}
_DESCRIPTIONS: dict[str, dict[str, FieldSpec]] = {
    Entity.CUSTOMER: FIELDS_BY_NAME,
    Entity.CONTACT: CONTACT_FIELDS_BY_NAME,
    Entity.VISIT: VISIT_FIELDS_BY_NAME,
    Entity.MERGE: FIELDS_BY_NAME,  # a merge's entry lists the survivor's changed fields
}
YES, NO = "yes", "no"
_BOOL_LABELS = {YES: QT_TRANSLATE_NOOP("Audit", "Yes"), NO: QT_TRANSLATE_NOOP("Audit", "No")}

# Columns holding the id of another row: the log keeps the name it pointed at.
_PEOPLE_REFERENCES = ("owner_rep", "rep", "deleted_by")
_CUSTOMER_REFERENCES = ("referred_by", "customer")
_CONTACT_REFERENCES = ("contact",)


@dataclass(frozen=True)
class Change:
    field: str
    before: str
    after: str


# What record_many takes: (action, entity, entity_id, customer_id, changes, note).
Entry = tuple[str, str, int | None, int | None, list[Change], str]


@dataclass(frozen=True)
class AuditRecord:
    """One entry of the log as services hand it out."""

    id: int
    at: dt.datetime  # naive UTC
    person_id: int | None
    person_name: str
    action: str
    entity: str
    entity_id: int | None
    customer_id: int | None
    changes: tuple[Change, ...]
    note: str
    customer_name: str = ""  # search_log: the customer's name now (a purged one's: the note)


# ---------------------------------------------------------------- rules


@rule
def as_text(value: Any) -> str:
    """A stored value as the log keeps it: money as yuan ("3500.00"), dates ISO, times to
    the minute, booleans yes/no, nothing as ""."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


@rule
def field_changes(
    before: Mapping[str, Any], after: Mapping[str, Any], order: Sequence[str] = ()
) -> list[Change]:
    """The fields whose text differs between `before` and `after` ({} for a row that did not
    exist / no longer exists), in the order of `order` (a field description's names) and then
    in the order the mappings list them. A new or gone row's empty values are left out."""
    names = list(dict.fromkeys([*order, *before, *after]))
    changes = []
    for name in names:
        if name not in before and name not in after:
            continue
        old, new = as_text(before.get(name)), as_text(after.get(name))
        if (name not in before and after[name] is False) or (
            name not in after and not before[name]
        ):
            continue  # a new row's unticked box (or a gone row's) is no news
        if old != new:
            changes.append(Change(name, old, new))
    return changes


@rule
def action_labels() -> dict[str, str]:
    """Every action with its English label (translated in the "Audit" context)."""
    return dict(ACTION_LABELS)


@rule
def entity_label(entity: str) -> str:
    return ENTITY_LABELS.get(entity, entity)


@rule
def field_label(entity: str, field: str) -> tuple[str, str]:
    """(translation context, English label) of a field of an entity, from its description."""
    spec = _DESCRIPTIONS.get(entity, {}).get(field)
    if spec is not None:
        return spec.context, spec.label
    return _OTHER_LABELS.get((entity, field), ("", field))


@rule
def value_label(entity: str, field: str, text: str) -> tuple[str, str]:
    """(translation context, source) of a logged value: a choice's label, yes/no; context ""
    for a value shown as it is."""
    spec = _DESCRIPTIONS.get(entity, {}).get(field)
    if spec is not None and spec.choices and text:
        label = spec.choice_label(text)
        return ("Choice", label) if label != text else ("", text)
    if (spec is not None and spec.kind == Kind.BOOL) or (entity, field) == ("person", "active"):
        if text in _BOOL_LABELS:
            return "Audit", _BOOL_LABELS[text]
    if (entity, field) == ("person", "role") and text:
        from ..people.roles import ROLE_LABELS, Role

        try:
            return "Role", ROLE_LABELS[Role(text)]
        except ValueError:
            return "", text
    return "", text


# ---------------------------------------------------------------- writing (internal)


@internal
def record(
    actor: Person | None,
    action: str,
    entity: str,
    entity_id: int | None,
    customer_id: int | None,
    changes: Iterable[Change] = (),
    note: str = "",
) -> None:
    """Insert one entry, inside the caller's transaction. `actor` None: nobody has signed in
    (a failed sign-in names the person tried in `note`)."""
    record_many(actor, [(action, entity, entity_id, customer_id, list(changes), note)])


@internal
def record_many(
    actor: Person | None,
    entries: Sequence[Entry],
) -> None:
    """Insert several entries (action, entity, entity_id, customer_id, changes, note) with one
    statement per 500, all at the same moment."""
    if not entries:
        return
    now = utcnow()
    rows = [
        {
            "at": now,
            "person_id": actor.id if actor else None,
            "person_name": actor.name if actor else "",
            "action": str(action),
            "entity": str(entity),
            "entity_id": entity_id,
            "customer_id": customer_id,
            "changes": json.dumps(
                [{"field": c.field, "before": c.before, "after": c.after} for c in changes],
                ensure_ascii=False,
            ),
            "note": note[:300],
        }
        for action, entity, entity_id, customer_id, changes, note in entries
    ]
    for start in range(0, len(rows), 500):
        AuditEntry.insert_many(rows[start : start + 500]).execute()


@internal
def record_refusal(actor: Person, what: str, reason: str, customer_id: int | None = None) -> None:
    """A refusal by the permission policy: who tried what (the service function) and why, in
    a transaction of its own (the refused work wrote nothing). Never raises: a log that cannot
    be written must not hide the refusal itself."""
    try:
        with write_transaction():
            record(actor, Action.REFUSED, "", None, customer_id, (), f"{what}: {reason}")
    except Exception:  # noqa: BLE001,S110 - the refusal is what the caller must see
        pass


@internal
def record_sign_in(name: str, person: Person | None, succeeded: bool, note: str = "") -> None:
    """A sign-in, or a failed one: `name` as typed, `person` the member it named (None: no
    such member). Never the password."""
    AuditEntry.insert(
        at=utcnow(),
        person_id=person.id if person else None,
        person_name=(person.name if person else name)[:100],
        action=Action.SIGN_IN.value if succeeded else Action.SIGN_IN_FAILED.value,
        entity=Entity.PERSON.value,
        entity_id=person.id if person else None,
        note=note[:300],
    ).execute()


@internal
def snapshot(model: type[pw.Model], row_id: int, names: Iterable[str]) -> dict[str, Any]:
    """The named columns of one row ({} when it is gone); a relation by its id."""
    meta: Any = model._meta
    wanted = [n for n in names if n in meta.fields]
    if not wanted:
        return {}
    columns = [meta.fields[n] for n in wanted]
    row = next(iter(tuple_rows(model.select(*columns).where(meta.primary_key == row_id))), None)
    return dict(zip(wanted, row, strict=True)) if row is not None else {}


@internal
def named_references(changes: list[Change]) -> list[Change]:
    """The changes with the ids of people, customers and contacts replaced by their names."""
    lookups: list[tuple[tuple[str, ...], Any]] = [
        (_PEOPLE_REFERENCES, User),
        (_CUSTOMER_REFERENCES, Customer),
        (_CONTACT_REFERENCES, Contact),
    ]
    for fields, model in lookups:
        ids = {
            int(value)
            for c in changes
            if c.field in fields
            for value in (c.before, c.after)
            if value.isdigit()
        }
        if not ids:
            continue
        names = {
            str(i): str(n)
            for i, n in tuple_rows(model.select(model.id, model.name).where(model.id.in_(ids)))
        }
        changes = [
            Change(c.field, names.get(c.before, c.before), names.get(c.after, c.after))
            if c.field in fields
            else c
            for c in changes
        ]
    return changes


@internal
def record_change(
    actor: Person,
    action: str,
    entity: str,
    model: type[pw.Model],
    row_id: int,
    before: Mapping[str, Any],
    customer_id: int | None = None,
    order: Sequence[str] = (),
    note: str = "",
) -> None:
    """Record how the row changed since `before` (a `snapshot` of the same columns); nothing
    when no field did. `customer_id` None: the row's own `customer` column."""
    after = snapshot(model, row_id, before)
    changes = field_changes(before, after, order)
    if changes:
        if customer_id is None:
            customer_id = _customer_of(model, row_id)
        record(actor, action, entity, row_id, customer_id, named_references(changes), note)


@internal
def record_created(
    actor: Person,
    entity: str,
    model: type[pw.Model],
    row_id: int,
    names: Sequence[str],
    customer_id: int | None = None,
) -> None:
    """Record a new row with the values of `names` it was given (empty ones left out)."""
    after = snapshot(model, row_id, names)
    if customer_id is None:
        customer_id = _customer_of(model, row_id)
    changes = named_references(field_changes({}, after, names))
    record(actor, Action.CREATE, entity, row_id, customer_id, changes)


@internal
def record_deleted(
    actor: Person,
    entity: str,
    row_id: int,
    before: Mapping[str, Any],
    customer_id: int | None,
    action: str = Action.DELETE,
) -> None:
    """Record a row deleted: `before` (its snapshot) is what it held."""
    changes = named_references(field_changes(before, {}))
    record(actor, action, entity, row_id, customer_id, changes)


def _customer_of(model: type[pw.Model], row_id: int) -> int | None:
    if model is Customer:
        return row_id
    value = snapshot(model, row_id, ["customer"]).get("customer")
    return int(value) if value is not None else None


# ---------------------------------------------------------------- reading


def _record_of(row: Any) -> AuditRecord:
    try:
        raw = json.loads(row.changes or "[]")
    except ValueError:
        raw = []
    changes = tuple(
        Change(str(c.get("field", "")), str(c.get("before", "")), str(c.get("after", "")))
        for c in raw
        if isinstance(c, dict)
    )
    return AuditRecord(
        id=int(row.id),
        at=row.at,
        person_id=row.person_id,
        person_name=str(row.person_name),
        action=str(row.action),
        entity=str(row.entity),
        entity_id=None if row.entity_id is None else int(row.entity_id),
        customer_id=None if row.customer_id is None else int(row.customer_id),
        changes=changes,
        note=str(row.note),
    )


def _page(offset: object, limit: object) -> tuple[int, int]:
    refuse([check_int("offset", offset, 0, 2**62), check_int("limit", limit, 1, 1000)])
    assert isinstance(offset, int) and isinstance(limit, int)
    return offset, limit


@guard.customer()
def customer_history(
    actor: Person, customer_id: int, offset: int = 0, limit: int = 500
) -> list[AuditRecord]:
    """A customer's entries with those of its contacts, deals, visits and assessments,
    newest first, and the past of every customer merged into it (while merged; their own
    line of that merge left out, the survivor's says it). A purged customer's: the office
    only (NotFoundError for a rep)."""
    refuse([check_id("customer_id", customer_id)])
    offset, limit = _page(offset, limit)
    if not sees_every_customer(actor) and not Customer.get_or_none(Customer.id == customer_id):
        raise NotFoundError(customer_id)  # a purged customer's past is the office's to read
    absorbed, merges = _absorbed(customer_id)
    condition = AuditEntry.customer_id == customer_id
    if absorbed:
        condition |= AuditEntry.customer_id.in_(absorbed) & ~(
            (AuditEntry.entity == Entity.MERGE.value) & AuditEntry.entity_id.in_(merges)
        )
    query = (
        AuditEntry.select()
        .where(condition)
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .offset(offset)
        .limit(limit)
    )
    return [_record_of(row) for row in query]


@internal
def records_of(query: Any) -> list[AuditRecord]:
    """The AuditRecords of a query over AuditEntry rows (other services' own selections)."""
    return [_record_of(row) for row in query]


def _absorbed(customer_id: int) -> tuple[list[int], list[int]]:
    """The customers merged into `customer_id` (and into those, …) and those merges' ids."""
    seen = {customer_id}
    absorbed: list[int] = []
    merges: list[int] = []
    frontier = [customer_id]
    while frontier and len(seen) < 10_000:
        query = MergeRecord.select(MergeRecord.id, MergeRecord.other).where(
            MergeRecord.survivor.in_(frontier), MergeRecord.state == MERGED
        )
        frontier = []
        for merge_id, other_id in tuple_rows(query):
            merges.append(int(merge_id))
            if other_id not in seen:
                seen.add(int(other_id))
                absorbed.append(int(other_id))
                frontier.append(int(other_id))
    return absorbed, merges


@guard.owner
def search_log(
    actor: Person,
    person_id: int | None = None,
    customer_id: int | None = None,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    action: str | None = None,
    offset: int = 0,
    limit: int = 200,
    customer_text: str = "",
) -> list[AuditRecord]:
    """The whole log filtered, newest first, one page (owners only).

    `since` (included) and `until` (excluded) are naive UTC; `customer_text` matches the
    customer's name or company as they are now, and the note (a purged customer's name).
    """
    refuse(
        [
            check_id("person_id", person_id, required=False),
            check_id("customer_id", customer_id, required=False),
        ]
    )
    offset, limit = _page(offset, limit)
    query = AuditEntry.select()
    if person_id is not None:
        query = query.where(AuditEntry.person_id == person_id)
    if customer_id is not None:
        query = query.where(AuditEntry.customer_id == customer_id)
    if since is not None:
        query = query.where(AuditEntry.at >= since)
    if until is not None:
        query = query.where(AuditEntry.at < until)
    if action:
        query = query.where(AuditEntry.action == str(action))
    text = customer_text.strip()
    if text:
        pattern = f"%{text}%"
        named = Customer.select(Customer.id).where(
            Customer.name**pattern | Customer.company**pattern
        )
        query = query.where(AuditEntry.customer_id.in_(named) | (AuditEntry.note**pattern))
    query = query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).offset(offset).limit(limit)
    records = [_record_of(row) for row in query]
    ids = {r.customer_id for r in records if r.customer_id is not None}
    names = dict(
        tuple_rows(Customer.select(Customer.id, Customer.name).where(Customer.id.in_(ids)))
        if ids
        else []
    )
    return [
        replace(r, customer_name=str(names.get(r.customer_id, r.note if r.customer_id else "")))
        for r in records
    ]
