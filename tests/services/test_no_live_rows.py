"""Services hand out frozen values, never live peewee rows (issue 8, item 2)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import typing
from decimal import Decimal

import peewee as pw
import pytest

from desktop_crm.services import customers as cs
from desktop_crm.services import visits as vs
from desktop_crm.services.context import AppContext
from desktop_crm.services.people.users import add_user, find_user, sales_reps


def is_frozen_value(value: object) -> bool:
    return (
        dataclasses.is_dataclass(value)
        and not isinstance(value, pw.Model)
        and type(value).__dataclass_params__.frozen  # type: ignore[attr-defined]
    )


def test_customer_record_and_its_parts_are_frozen(ctx: AppContext) -> None:
    draft = cs.CustomerDraft(
        {"name": "王五", "company": "五金行"},
        contacts=[cs.ContactDraft("李四", phone="13800138000")],
        deals=[cs.DealDraft("2026-01-05", "螺丝", "12.50")],
    )
    record = cs.save_customer(ctx.user, draft)
    for value in (record, record.customer, *record.contacts, *record.deals):
        assert is_frozen_value(value), type(value)
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.customer.name = "改名"  # type: ignore[misc]
    assert record.customer.name == "王五" and record.contacts[0].phone == "13800138000"
    assert record.deals[0].amount == Decimal("12.50")
    assert all(is_frozen_value(c) for c in cs.contacts_of(ctx.user, record.id))
    assert all(is_frozen_value(p) for p in cs.reps(ctx.user))


def test_visits_and_people_are_frozen(ctx: AppContext) -> None:
    rep = add_user(ctx.user, "王建国")
    customer = cs.save_customer(ctx.user, cs.CustomerDraft({"name": "赵六"}))
    start = dt.datetime(2026, 3, 3, 9, 0)
    visit = vs.plan_visit(ctx.user, vs.VisitDraft(customer.id, rep.id, start))
    loaded = vs.load_visit(ctx.user, visit.id)
    moved = vs.move_visit(ctx.user, visit.id, visit.version, start + dt.timedelta(hours=1))
    for value in (rep, find_user(ctx.user, "王建国"), *sales_reps(ctx.user), visit, loaded, moved):
        assert is_frozen_value(value), type(value)
    assert loaded.start == start and isinstance(loaded.start, dt.datetime)
    assert moved.version == visit.version + 1


def test_no_service_function_is_annotated_to_return_a_row() -> None:
    import importlib
    import inspect
    import pkgutil

    import desktop_crm.services as services

    offenders = []
    for info in pkgutil.walk_packages(services.__path__, "desktop_crm.services."):
        module = importlib.import_module(info.name)
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ != info.name or name.startswith("_"):
                continue
            try:
                hints = typing.get_type_hints(fn)
            except Exception:  # noqa: BLE001 - unresolvable hints are not rows
                continue
            returned = hints.get("return")
            for part in typing.get_args(returned) or (returned,):
                for inner in typing.get_args(part) or (part,):
                    if isinstance(inner, type) and issubclass(inner, pw.Model):
                        offenders.append(f"{info.name}.{name} -> {inner.__name__}")
    allowed = {"desktop_crm.services.people.users.person_of"}
    assert not [o for o in offenders if o.split(" ")[0] not in allowed], offenders
