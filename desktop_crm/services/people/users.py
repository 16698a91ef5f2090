"""The office's members: the owner, clerks and reps, handed out as `Person` values."""

from __future__ import annotations

from ...models.core import User
from ...models.db import write_transaction
from ..common.acting import Person, internal
from ..common.checks import refuse
from ..common.errors import FieldError
from ..common.validation import check_choice, check_typed_text
from . import db_roles
from .policy import guard, sees_every_customer
from .roles import ROLES, require_people_changer


@internal
def person_of(user: User) -> Person:
    """The frozen view of a user row."""
    return Person(
        id=int(user.id),
        name=str(user.name),
        role=str(user.role),
        phone=str(user.phone or ""),
        active=bool(user.active),
        email=str(user.email or ""),
        has_password=bool(user.password_hash),
    )


@internal
def ensure_owner(name: str = "Owner") -> Person:
    """The acting person of this single-user phase: the office owner, created on first run.

    Internal: it is how a context finds who acts before anyone signs in.
    """
    owners = User.select().where(User.role == "owner")
    # the first active owner; a deactivated one acts only when no owner is active
    owner: User | None = owners.order_by(User.active.desc(), User.id).first()
    if owner is None:
        with write_transaction():
            owner = User.create(name=name, role="owner")
    return person_of(owner)


NAME_LIMIT = 100
PHONE_LIMIT = 40


@guard.owner
def add_user(actor: Person, name: str, role: str = "rep", phone: str = "") -> Person:
    """Add an office member. Name and phone are stored stripped; the name must be new.

    ValidationFailed names `name`, `role` or `phone` for a value that is not text, too long,
    holds control characters or a lone surrogate, a blank or taken name, an unknown role.
    """
    require_people_changer(actor)
    refuse(
        [
            check_typed_text("name", name, NAME_LIMIT, False, required=True),
            check_choice("role", role, ROLES),
            check_typed_text("phone", phone, PHONE_LIMIT, False),
        ]
    )
    if User.select().where(User.name == name.strip()).exists():
        refuse([FieldError("name", "duplicate", {"value": name.strip()})])
    with write_transaction():
        user = User.create(name=name.strip(), role=role, phone=phone.strip())
        db_roles.create_person_role(actor, int(user.id), None)  # NOLOGIN until a password
        return person_of(user)


@guard.anyone
def find_user(actor: Person, name: str) -> Person | None:
    user: User | None = User.get_or_none(User.name == name.strip())
    return person_of(user) if user is not None else None


@guard.anyone
def user_name(actor: Person, user_id: int) -> str | None:
    """The name of the office member with that id, or None when there is none."""
    user: User | None = User.get_or_none(User.id == user_id)
    return str(user.name) if user is not None else None


@guard.anyone
def count_people(actor: Person) -> int:
    """Everyone on the office's list, active or not."""
    return int(User.select().count())


@guard.anyone
def sales_reps(actor: Person) -> list[Person]:
    """Everyone who owns customers or visits, reps first, as pickers offer them: the office
    picks any active person, a rep only themself (services/people/policy.py)."""
    users = User.select().where(User.active == True)  # noqa: E712
    if not sees_every_customer(actor):
        users = users.where(User.id == actor.id)
    return sorted((person_of(u) for u in users), key=lambda p: (p.role != "rep", p.name))
