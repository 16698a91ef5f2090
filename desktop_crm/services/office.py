"""The office: its members and its settings (key → JSON value)."""

from __future__ import annotations

import json
from typing import Any

from ..models.core import Setting, User
from ..models.db import write_transaction

ROLES = ("owner", "staff", "rep")


def ensure_owner(name: str = "Owner") -> User:
    """The acting user of this single-user phase: the office owner, created on first run."""
    owner: User | None = User.select().where(User.role == "owner").order_by(User.id).first()
    if owner is None:
        with write_transaction():
            owner = User.create(name=name, role="owner")
    return owner


def add_user(name: str, role: str = "rep", phone: str = "") -> User:
    if role not in ROLES:
        raise ValueError(role)
    with write_transaction():
        return User.create(name=name.strip(), role=role, phone=phone)


def find_user(name: str) -> User | None:
    return User.get_or_none(User.name == name.strip())


def sales_reps() -> list[User]:
    """Everyone who owns customers or visits: reps first, then the others."""
    users = User.select().where(User.active == True)  # noqa: E712
    return sorted(users, key=lambda u: (u.role != "rep", u.name))


def get_setting(key: str, default: Any = None) -> Any:
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return default
    return json.loads(row.value)


def set_setting(key: str, value: Any) -> None:
    with write_transaction():
        Setting.insert(key=key, value=json.dumps(value, ensure_ascii=False)).on_conflict(
            conflict_target=[Setting.key], preserve=[Setting.value]
        ).execute()
