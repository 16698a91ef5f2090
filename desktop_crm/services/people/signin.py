"""Who acts: the first-run setup that makes the office's owner, and signing in.

These are gates (`@gate`): they run before anyone acts, so they check their own input — an
empty database, a name and a password — instead of a person.

- `needs_setup()`: no active owner with a password yet (an empty database, or an older file
  whose only owner "Owner" has none); the window then runs the first-run setup.
- `first_run_setup(...)`: the office's name, home region and language, and its owner, in one
  transaction; refused once setup is done, so it cannot take an office over.
- `sign_in(name, password)`: argon2 verification. A wrong name and a wrong password give the
  same refusal; a deactivated person is told so; after `FREE_FAILURES` failures for a name
  every attempt waits 2, 4, 8 … up to `LONGEST_WAIT` seconds after the last failure (stored in
  the database, so a headless loop is slowed down too); a success resets the count.
"""

from __future__ import annotations

import datetime as dt
import functools

import peewee as pw

from ...i18n import LANGUAGES
from ...models.core import User
from ...models.db import utcnow, write_transaction
from ...models.sign_in import SignInFailure
from ..common.acting import Person, gate, internal, rule
from ..common.checks import refuse
from ..common.errors import FieldError, PermissionDenied
from ..common.settings import (
    HOME_CITY,
    HOME_PROVINCE,
    OFFICE_LANGUAGE,
    OFFICE_NAME,
    write_setting,
)
from ..common.validation import check_choice, check_typed_text
from . import db_roles
from .passwords import PASSWORD_LIMIT, hash_password, needs_rehash, verify_password
from .roles import Role
from .users import NAME_LIMIT, person_of

SHORTEST_PASSWORD = 4  # characters; the setup's message says so
OFFICE_NAME_LIMIT = 100
REGION_LIMIT = 50
FREE_FAILURES = 3  # failures for a name before attempts have to wait
LONGEST_WAIT = 300  # seconds


class SignInRefused(PermissionDenied):
    """Signing in did not happen. `reason`: "wrong" (the name or the password: never which),
    "deactivated" (the right password of a deactivated person) or "wait" (too many failures:
    `seconds` to wait)."""

    def __init__(self, reason: str, message: str, seconds: int = 0) -> None:
        PermissionError.__init__(self, message)
        self.actor_name = ""
        self.role = ""
        self.action = "sign in"
        self.reason = reason
        self.seconds = seconds


# ---------------------------------------------------------------- the first run


def _owners_with_password() -> bool:
    return bool(
        User.select()
        .where(User.role == Role.OWNER.value, User.active == True, User.password_hash != "")  # noqa: E712
        .exists()
    )


@gate
def needs_setup() -> bool:
    """Whether the office has no active owner with a password: the first-run setup is due."""
    return not _owners_with_password()


@gate
def unattended_person() -> Person | None:
    """Who acts on a database that has not been set up (`needs_setup`): its first active
    owner, as before sign-in existed (older files, scripts); None when there is none, or
    when setup is done (then someone has to sign in)."""
    if not needs_setup():
        return None
    owner: User | None = (
        User.select()
        .where(User.role == Role.OWNER.value, User.active == True)  # noqa: E712
        .order_by(User.id)
        .first()
    )
    return person_of(owner) if owner is not None else None


@rule
def check_password_choice(field: str, password: object) -> FieldError | None:
    """A new password: text of `SHORTEST_PASSWORD` to `PASSWORD_LIMIT` characters
    (code too_short with the param shortest)."""
    if not isinstance(password, str):
        return FieldError(field, "type", {"value": type(password).__name__})
    if not password:
        return FieldError(field, "required")
    if len(password) < SHORTEST_PASSWORD:
        return FieldError(field, "too_short", {"shortest": SHORTEST_PASSWORD})
    if len(password) > PASSWORD_LIMIT:
        return FieldError(field, "too_long", {"length": len(password), "limit": PASSWORD_LIMIT})
    return None


@rule
def check_setup(
    office_name: object,
    province: object,
    city: object,
    owner_name: object,
    owner_password: object,
    language: object,
) -> list[FieldError]:
    """Every bad value of a first-run setup, each naming its field (office_name, province,
    city, owner_name, owner_password, language); empty when all are good."""
    errors = [
        check_typed_text("office_name", office_name, OFFICE_NAME_LIMIT, False, required=True),
        check_typed_text("province", province, REGION_LIMIT, False, required=True),
        check_typed_text("city", city, REGION_LIMIT, False, required=True),
        check_typed_text("owner_name", owner_name, NAME_LIMIT, False, required=True),
        check_password_choice("owner_password", owner_password),
        check_choice("language", language, LANGUAGES),
    ]
    return [e for e in errors if e is not None]


@gate
def first_run_setup(
    office_name: str,
    province: str,
    city: str,
    owner_name: str,
    owner_password: str,
    language: str,
) -> Person:
    """Set the office up and make its owner, in one transaction; returns the owner.

    An older file whose owner has no password keeps that owner (renamed, given the password)
    with their customers and history. ValidationFailed names each bad field (see
    `check_setup`; owner_name duplicate when another person has that name); once setup is
    done it raises PermissionDenied and changes nothing, so it cannot take an office over.
    """
    refuse(check_setup(office_name, province, city, owner_name, owner_password, language))
    name = owner_name.strip()
    password_hash = hash_password(owner_password)
    with write_transaction():
        if not needs_setup():
            raise PermissionDenied("", "", "run the first-run setup: this office is set up")
        heir: User | None = (
            User.select()
            .where(User.role == Role.OWNER.value, User.active == True)  # noqa: E712
            .order_by(User.id)
            .first()
        )
        taken = User.select().where(User.name == name)
        if heir is not None:
            taken = taken.where(User.id != heir.id)
        if taken.exists():
            refuse([FieldError("owner_name", "duplicate", {"value": name})])
        if heir is None:
            owner = User.create(name=name, role=Role.OWNER.value, password_hash=password_hash)
        else:
            User.update(
                name=name,
                password_hash=password_hash,
                updated_at=utcnow(),
                version=User.version + 1,
            ).where(User.id == heir.id).execute()
            owner = User.get_by_id(heir.id)
        # On PostgreSQL the owner's own login role, with the same password.
        db_roles.set_role_password(person_of(owner), int(owner.id), owner_password)
        write_setting(OFFICE_NAME, office_name.strip())
        write_setting(HOME_PROVINCE, province.strip())
        write_setting(HOME_CITY, city.strip())
        write_setting(OFFICE_LANGUAGE, language)
    return person_of(owner)


# ---------------------------------------------------------------- signing in


@rule
def wait_after(failures: int) -> int:
    """Seconds an attempt waits after `failures` failures in a row: none for the first
    `FREE_FAILURES`, then 2, 4, 8 … at most `LONGEST_WAIT`."""
    if failures < FREE_FAILURES:
        return 0
    return int(min(2 ** (failures - FREE_FAILURES + 1), LONGEST_WAIT))


@gate
def sign_in_names() -> list[str]:
    """The names of the active people, for the sign-in dialog's list."""
    query = User.select(User.name).where(User.active == True).order_by(User.name)  # noqa: E712
    return [str(u.name) for u in query]


@gate
def sign_in(name: str, password: str, now: dt.datetime | None = None) -> Person:
    """The person `name` with `password`, signed in; SignInRefused otherwise (see the
    module's text). `now` (naive UTC) is for tests of the slow-down."""
    moment = now or utcnow()
    key = name.strip()[:NAME_LIMIT] if isinstance(name, str) else ""
    record: SignInFailure | None = SignInFailure.get_or_none(SignInFailure.name == key)
    if record is not None and record.last_failed_at is not None:
        wait = wait_after(int(record.failures))
        left = wait - (moment - record.last_failed_at).total_seconds()
        if left > 0:
            seconds = max(1, int(-(-left // 1)))  # rounded up
            _note_sign_in(key, None, ok=False)
            raise SignInRefused(
                "wait",
                f"too many failed sign-ins as {key!r}: wait {seconds} seconds and try again",
                seconds,
            )
    user: User | None = User.get_or_none(User.name == key) if key else None
    # A name nobody has is checked against a stand-in hash, so both take as long.
    real = user is not None and bool(user.password_hash)
    stored = str(user.password_hash) if real and user is not None else _stand_in()
    matches = isinstance(password, str) and verify_password(stored, password)
    ok = real and matches
    if not ok or user is None:
        _count_failure(key, moment)
        _note_sign_in(key, person_of(user) if user is not None else None, ok=False)
        raise SignInRefused("wrong", "wrong name or password")
    if not user.active:
        _note_sign_in(key, person_of(user), ok=False)
        raise SignInRefused("deactivated", f"{key} has been deactivated: ask an owner")
    rehash = needs_rehash(str(user.password_hash))
    if record is not None or rehash:  # a read-only file can still be signed in to
        with write_transaction():
            SignInFailure.delete().where(SignInFailure.name == key).execute()
            if rehash:
                User.update(password_hash=hash_password(password)).where(
                    User.id == user.id
                ).execute()
    person = person_of(user)
    _note_sign_in(key, person, ok=True)
    return person


@functools.cache
def _stand_in() -> str:
    return hash_password("a password nobody has")


def _count_failure(key: str, moment: dt.datetime) -> None:
    """One more failure for `key`, in a single statement (two machines failing at once both
    count). A read-only database cannot count: the attempt is refused all the same."""
    try:
        with write_transaction():
            SignInFailure.insert(name=key, failures=1, last_failed_at=moment).on_conflict(
                conflict_target=[SignInFailure.name],
                update={
                    SignInFailure.failures: SignInFailure.failures + 1,
                    SignInFailure.last_failed_at: moment,
                    SignInFailure.updated_at: moment,
                },
            ).execute()
    except pw.OperationalError:
        pass


@internal
def _note_sign_in(name: str, person: Person | None, ok: bool) -> None:
    """The audit log records a sign-in or a failed one: `name` as typed, `person` when the
    name is someone's, `ok` whether it succeeded (never the password). A read-only database
    cannot record it: the sign-in is decided all the same."""
    from ..office.audit import record_sign_in

    try:
        with write_transaction():
            record_sign_in(name, person, ok)
    except pw.OperationalError:
        pass
