"""The office's members: the owner, clerks and reps, handed out as `Person` values."""

from __future__ import annotations

from ...models.core import User
from ...models.db import write_transaction
from ..common.acting import Person, internal

ROLES = ("owner", "staff", "rep")


@internal
def person_of(user: User) -> Person:
    """The frozen view of a user row."""
    return Person(
        id=int(user.id),
        name=str(user.name),
        role=str(user.role),
        phone=str(user.phone or ""),
        active=bool(user.active),
    )


@internal
def ensure_owner(name: str = "Owner") -> Person:
    """The acting person of this single-user phase: the office owner, created on first run.

    Internal: it is how a context finds who acts before anyone signs in.
    """
    owner: User | None = User.select().where(User.role == "owner").order_by(User.id).first()
    if owner is None:
        with write_transaction():
            owner = User.create(name=name, role="owner")
    return person_of(owner)


def add_user(actor: Person, name: str, role: str = "rep", phone: str = "") -> Person:
    if role not in ROLES:
        raise ValueError(role)
    with write_transaction():
        return person_of(User.create(name=name.strip(), role=role, phone=phone))


def find_user(actor: Person, name: str) -> Person | None:
    user: User | None = User.get_or_none(User.name == name.strip())
    return person_of(user) if user is not None else None


def user_name(actor: Person, user_id: int) -> str | None:
    """The name of the office member with that id, or None when there is none."""
    user: User | None = User.get_or_none(User.id == user_id)
    return str(user.name) if user is not None else None


def count_people(actor: Person) -> int:
    """Everyone on the office's list, active or not."""
    return int(User.select().count())


def sales_reps(actor: Person) -> list[Person]:
    """Everyone who owns customers or visits: reps first, then the others."""
    users = User.select().where(User.active == True)  # noqa: E712
    return sorted((person_of(u) for u in users), key=lambda p: (p.role != "rep", p.name))
