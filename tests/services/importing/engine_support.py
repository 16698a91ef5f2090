"""What the engine tests share: an office, tables from text, options, the stored rows."""

from __future__ import annotations

from collections.abc import Sequence
from types import SimpleNamespace
from typing import Any

from desktop_crm.models.core import Contact, Customer, Deal
from desktop_crm.services.context import AppContext
from desktop_crm.services.importing.engine import ImportOptions, MatchOn, Mode
from desktop_crm.services.importing.mapping import RecordKind
from desktop_crm.services.importing.tables import Table, read_table
from desktop_crm.services.people import manage
from desktop_crm.services.people.roles import Role


def make_office(ctx: AppContext) -> SimpleNamespace:
    owner = ctx.user
    clerk = manage.add_person(owner, "周敏", Role.CLERK, password="pw")
    rep = manage.add_person(owner, "王建国", Role.REP, password="pw")
    other = manage.add_person(owner, "李娜", Role.REP, password="pw")
    return SimpleNamespace(owner=owner, clerk=clerk, rep=rep, other=other)


def table_of(text: str, encoding: str = "utf-8") -> Table:
    return read_table(text.encode(encoding))


def options(
    mapping: Sequence[str | None],
    mode: Mode = Mode.CREATE,
    kind: RecordKind = RecordKind.CUSTOMERS,
    **more: Any,
) -> ImportOptions:
    return ImportOptions(kind=kind, mapping=tuple(mapping), mode=mode, **more)


def by_phone(mode: Mode = Mode.UPSERT, **more: Any) -> dict[str, Any]:
    return {"mode": mode, "match_on": (MatchOn.PHONE,), **more}


def customer_rows() -> list[dict[str, Any]]:
    """Every column of every customer, contact and deal, in id order (for exact compares)."""
    return [
        *(dict(r) for r in Customer.select().order_by(Customer.id).dicts()),
        *(dict(r) for r in Contact.select().order_by(Contact.id).dicts()),
        *(dict(r) for r in Deal.select().order_by(Deal.id).dicts()),
    ]


def customer_named(name: str) -> Any:
    return Customer.get(Customer.name == name)
