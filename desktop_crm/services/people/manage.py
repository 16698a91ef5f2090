"""Changing the office's people: add, rename, change role, deactivate with a hand-over, and
set a password. Only an owner may (`roles.require_people_changer`); the office always keeps
one active owner."""

from __future__ import annotations

from ...models.core import Customer, User
from ...models.db import utcnow, write_transaction
from ...models.visits import Visit
from ..common.acting import Person
from ..common.checks import refuse
from ..common.errors import FieldError, NotFoundError
from ..common.validation import EMAIL_RE, check_choice, check_id, check_typed_text
from ..customers.audit_trail import record_customers
from ..customers.pool import mark_owner_since
from ..office import audit
from ..visits.status import VisitStatus
from . import db_roles
from .passwords import PASSWORD_LIMIT, hash_password
from .policy import guard
from .remembered import forget_sign_ins_of
from .roles import ROLES, Role, require_people_changer
from .users import NAME_LIMIT, PHONE_LIMIT, person_of

EMAIL_LIMIT = 254


def _check_email(email: object) -> FieldError | None:
    error = check_typed_text("email", email, EMAIL_LIMIT, False)
    if error is None and isinstance(email, str) and email.strip():
        if not EMAIL_RE.match(email.strip()):
            return FieldError("email", "email", {"value": email.strip()})
    return error


def _check_password(password: object) -> FieldError | None:
    if not isinstance(password, str):
        return FieldError("password", "type", {"value": type(password).__name__})
    if not password:
        return FieldError("password", "required")
    if len(password) > PASSWORD_LIMIT:
        return FieldError("password", "too_long", {"limit": PASSWORD_LIMIT})
    return None


def _check_name_free(name: str, except_id: int | None = None) -> FieldError | None:
    query = User.select().where(User.name == name.strip())
    if except_id is not None:
        query = query.where(User.id != except_id)
    return FieldError("name", "duplicate", {"value": name.strip()}) if query.exists() else None


def _row(field: str, person_id: object) -> User:
    refuse([check_id(field, person_id)])
    user: User | None = User.get_or_none(User.id == person_id)
    if user is None:
        raise NotFoundError(f"no person with id {person_id}")
    return user


def _other_active_owners(person_id: int) -> int:
    return int(
        User.select()
        .where(User.role == Role.OWNER.value, User.active == True, User.id != person_id)  # noqa: E712
        .count()
    )


@guard.owner
def add_person(
    actor: Person, name: str, role: str, phone: str = "", email: str = "", password: str = ""
) -> Person:
    """Add an office member with a password (stored as an argon2id hash).

    ValidationFailed names `name` (blank, taken, too long), `role` (unknown), `phone`,
    `email` (not an address) or `password` (empty); PermissionDenied unless an owner acts.
    """
    require_people_changer(actor)
    refuse(
        [
            check_typed_text("name", name, NAME_LIMIT, False, required=True),
            check_choice("role", role, ROLES),
            check_typed_text("phone", phone, PHONE_LIMIT, False),
            _check_email(email),
            _check_password(password),
        ]
    )
    refuse([_check_name_free(name)])
    password_hash = hash_password(password)
    with write_transaction():
        refuse([_check_name_free(name)])
        user = User.create(
            name=name.strip(),
            role=role,
            phone=phone.strip(),
            email=email.strip(),
            password_hash=password_hash,
        )
        audit.record_created(actor, PERSON, User, int(user.id), _LOGGED)
        db_roles.create_person_role(actor, int(user.id), password)
    return person_of(user)


PERSON = audit.Entity.PERSON.value
_LOGGED = ("name", "role", "phone", "email", "active")  # never the password or its hash


def _record_change(actor: Person, person_id: int, before: dict[str, object], action: str) -> None:
    audit.record_change(actor, action, PERSON, User, person_id, before, None, _LOGGED)


@guard.owner
def update_person(actor: Person, person_id: int, name: str, phone: str, email: str) -> Person:
    """Rename a member and change the phone and e-mail (ValidationFailed as `add_person`)."""
    require_people_changer(actor)
    user = _row("person_id", person_id)
    refuse(
        [
            check_typed_text("name", name, NAME_LIMIT, False, required=True),
            check_typed_text("phone", phone, PHONE_LIMIT, False),
            _check_email(email),
        ]
    )
    with write_transaction():
        refuse([_check_name_free(name, int(user.id))])
        before = audit.snapshot(User, int(user.id), _LOGGED)
        User.update(
            name=name.strip(),
            phone=phone.strip(),
            email=email.strip(),
            updated_at=utcnow(),
            version=User.version + 1,
        ).where(User.id == user.id).execute()
        _record_change(actor, int(user.id), before, audit.Action.CHANGE)
    return person_of(User.get_by_id(user.id))


@guard.owner
def rename_person(actor: Person, person_id: int, name: str) -> Person:
    """Give a member a new name (blank or taken: ValidationFailed on `name`)."""
    user = _row("person_id", person_id)
    return update_person(actor, int(user.id), name, str(user.phone), str(user.email))


@guard.owner
def change_role(actor: Person, person_id: int, role: str) -> Person:
    """Give a member another role; the last active owner cannot be demoted (`role`,
    code last_owner)."""
    require_people_changer(actor)
    user = _row("person_id", person_id)
    refuse([check_choice("role", role, ROLES)])
    with write_transaction():
        if user.role == Role.OWNER and role != Role.OWNER and user.active:
            if _other_active_owners(int(user.id)) == 0:
                refuse([FieldError("role", "last_owner", {"value": str(user.name)})])
        before = audit.snapshot(User, int(user.id), _LOGGED)
        User.update(role=role, updated_at=utcnow(), version=User.version + 1).where(
            User.id == user.id
        ).execute()
        _record_change(actor, int(user.id), before, audit.Action.CHANGE)
        db_roles.change_role_group(actor, int(user.id))
    return person_of(User.get_by_id(user.id))


@guard.owner
def deactivate_person(actor: Person, person_id: int, hand_over_to: int | None = None) -> Person:
    """Deactivate a member: the row and its history stay, the member leaves every picker.

    With `hand_over_to`, the member's customers and planned visits go to that active person
    in the same transaction. The last active owner cannot be deactivated (`person_id`, code
    last_owner); `hand_over_to` must be another active member (code not_found / invalid).
    """
    require_people_changer(actor)
    user = _row("person_id", person_id)
    heir: User | None = None
    if hand_over_to is not None:
        refuse([check_id("hand_over_to", hand_over_to)])
        heir = User.get_or_none(User.id == hand_over_to)
        if heir is None or not heir.active:
            refuse([FieldError("hand_over_to", "not_found", {"value": hand_over_to})])
        if int(hand_over_to) == int(user.id):
            refuse([FieldError("hand_over_to", "invalid", {"value": hand_over_to})])
    now = utcnow()
    with write_transaction():
        if user.role == Role.OWNER and _other_active_owners(int(user.id)) == 0:
            refuse([FieldError("person_id", "last_owner", {"value": str(user.name)})])
        before = audit.snapshot(User, int(user.id), _LOGGED)
        if heir is not None:
            _record_hand_over(actor, int(user.id), int(heir.id))
            handed = [
                int(c)
                for (c,) in Customer.select(Customer.id)
                .where(Customer.owner_rep == user.id)
                .tuples()
            ]
            Customer.update(owner_rep=heir.id, updated_at=now, version=Customer.version + 1).where(
                Customer.owner_rep == user.id
            ).execute()
            mark_owner_since(handed, now)
            Visit.update(rep=heir.id, updated_at=now, version=Visit.version + 1).where(
                Visit.rep == user.id, Visit.status == VisitStatus.PLANNED.value
            ).execute()
        User.update(active=False, updated_at=now, version=User.version + 1).where(
            User.id == user.id
        ).execute()
        _record_change(actor, int(user.id), before, audit.Action.DEACTIVATE)
        forget_sign_ins_of(int(user.id))  # no computer keeps them signed in
        db_roles.disable_person_role(actor, int(user.id))
    return person_of(User.get_by_id(user.id))


def _record_hand_over(actor: Person, from_id: int, to_id: int) -> None:
    """A reassign entry per customer handed over, inside the deactivation's transaction."""
    moved = [int(c.id) for c in Customer.select(Customer.id).where(Customer.owner_rep == from_id)]
    change = audit.named_references([audit.Change("owner_rep", str(from_id), str(to_id))])
    record_customers(actor, audit.Action.REASSIGN, moved, change)


@guard.owner
def set_password(actor: Person, person_id: int, password: str) -> Person:
    """Set (or reset) a member's password; empty: ValidationFailed on `password`."""
    require_people_changer(actor)
    user = _row("person_id", person_id)
    refuse([_check_password(password)])
    password_hash = hash_password(password)
    with write_transaction():
        User.update(
            password_hash=password_hash, updated_at=utcnow(), version=User.version + 1
        ).where(User.id == user.id).execute()
        audit.record(actor, audit.Action.PASSWORD, PERSON, int(user.id), None)
        forget_sign_ins_of(int(user.id))  # a new password signs every computer out
        db_roles.set_role_password(actor, int(user.id), password)
    return person_of(User.get_by_id(user.id))


@guard.anyone
def list_people(actor: Person, *, include_inactive: bool = True) -> list[Person]:
    """The office's members by name; deactivated ones too unless asked not to."""
    query = User.select().order_by(User.name)
    if not include_inactive:
        query = query.where(User.active == True)  # noqa: E712
    return [person_of(u) for u in query]
