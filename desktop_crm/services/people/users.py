"""The office's members: the owner, clerks and reps."""

from __future__ import annotations

from ...models.core import User as User  # re-exported: the acting person's type, above services
from ...models.db import write_transaction

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


def user_name(user_id: int) -> str | None:
    """The name of the office member with that id, or None when there is none."""
    user: User | None = User.get_or_none(User.id == user_id)
    return str(user.name) if user is not None else None


def count_people() -> int:
    """Everyone on the office's list, active or not."""
    return int(User.select().count())


def sales_reps() -> list[User]:
    """Everyone who owns customers or visits: reps first, then the others."""
    users = User.select().where(User.active == True)  # noqa: E712
    return sorted(users, key=lambda u: (u.role != "rep", u.name))
