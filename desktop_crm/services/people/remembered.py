"""Staying signed in on this computer: a sign-in the window or the command line keeps, so the
next start needs no password (and no argon2 verification, ~0.15 s of a start; issue 14).

A kept sign-in is a random token (256 bits) held by the computer (`services/people/kept.py`, a
file only its user can read) and stored here only as its SHA-256, with the person, an expiry
(`REMEMBER_DAYS`) and where it is kept. Signing in with it checks the digest, the expiry and
that the person is still active; it is counted and slowed down like no password guess needs to
be (guessing 256 bits is hopeless), but it is audited as a sign-in.

A kept sign-in ends when it expires, when its computer signs out (`forget_sign_in`), when the
person's password is set again or they are deactivated (`forget_sign_ins_of`, called by
services/people/manage.py), and with the person. Only on a SQLite file: on a PostgreSQL server
each person works through their own login role, whose password the server checks, so keeping
a sign-in is refused there (reason "server").
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Callable

import peewee as pw

from ...models.core import User
from ...models.db import database_proxy, utcnow, write_transaction
from ...models.row_security import is_postgres
from ...models.sign_in import RememberedSignIn
from ..common.acting import Person, gate, internal
from ..common.checks import refuse
from ..common.errors import FieldError, PermissionDenied, ValidationFailed
from .kept import drop_kept_sign_in, keep_sign_in_here, kept_sign_in
from .policy import guard
from .signin import SignInRefused, _note_sign_in
from .users import person_of

REMEMBER_DAYS = 30
LONGEST_DAYS = 365
TOKEN_BYTES = 32
TOKEN_LIMIT = 200  # characters: a token is 43; anything longer is no token of ours
PLACE_LIMIT = 100


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def _on_server() -> bool:
    """Whether the open database is a PostgreSQL server (no kept sign-ins there)."""
    return is_postgres(database_proxy.obj) if database_proxy.obj is not None else False


@guard.anyone
def remember_sign_in(
    actor: Person, place: str = "", days: int = REMEMBER_DAYS, now: dt.datetime | None = None
) -> str:
    """Keep `actor`'s sign-in for `days` (1-365, else ValidationFailed on `days`): returns the
    token for the computer to keep (shown nowhere else, stored here only as its digest).
    Refused on a PostgreSQL server (SignInRefused "server") and for nobody signed in
    (PermissionDenied); a read-only file raises the driver's OperationalError."""
    if _on_server():
        raise SignInRefused(
            "server", "a PostgreSQL server checks every sign-in's password: none is kept"
        )
    if not actor.active or not actor.id:
        raise PermissionDenied(actor.name, actor.role, "stay signed in")
    if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= LONGEST_DAYS:
        refuse([FieldError("days", "range", {"value": days, "low": 1, "high": LONGEST_DAYS})])
    token = secrets.token_urlsafe(TOKEN_BYTES)
    moment = now or utcnow()
    with write_transaction():
        if not User.select().where(User.id == actor.id, User.active == True).exists():  # noqa: E712
            raise PermissionDenied(actor.name, actor.role, "stay signed in")
        RememberedSignIn.delete().where(RememberedSignIn.expires_at <= moment).execute()
        RememberedSignIn.create(
            user=actor.id,
            token_hash=_digest(token),
            expires_at=moment + dt.timedelta(days=days),
            place=str(place)[:PLACE_LIMIT],
        )
    return token


@gate
def sign_in_remembered(token: str, now: dt.datetime | None = None, name: str = "") -> Person:
    """The person whose kept sign-in `token` is, signed in; SignInRefused otherwise: reason
    "forgotten" (no such token, or it expired: it is deleted), "deactivated", "server", or
    "other" when `name` is given and is not that person's name today (nothing is noted)."""
    if _on_server():
        raise SignInRefused("server", "a PostgreSQL server needs the password to sign in")
    if not isinstance(token, str) or not token or len(token) > TOKEN_LIMIT:
        raise SignInRefused("forgotten", "this computer's sign-in is not known: sign in again")
    moment = now or utcnow()
    kept: RememberedSignIn | None = RememberedSignIn.get_or_none(
        RememberedSignIn.token_hash == _digest(token)
    )
    if kept is None or kept.expires_at <= moment:
        if kept is not None:
            _quietly(RememberedSignIn.delete().where(RememberedSignIn.id == kept.id).execute)
        raise SignInRefused("forgotten", "this computer's sign-in has expired: sign in again")
    user: User | None = User.get_or_none(User.id == kept.user_id)
    if user is not None and name and str(user.name) != name.strip():
        raise SignInRefused("other", "this computer keeps someone else signed in")
    if user is None or not user.active:
        if user is not None:
            _note_sign_in(str(user.name), person_of(user), ok=False)
        raise SignInRefused("deactivated", "this person has been deactivated: ask an owner")
    _quietly(
        lambda: (
            RememberedSignIn.update(last_used_at=moment)
            .where(RememberedSignIn.id == kept.id)
            .execute()
        )
    )
    person = person_of(user)
    _note_sign_in(person.name, person, ok=True)
    return person


@gate
def forget_sign_in(token: str) -> bool:
    """Sign this computer out: its kept sign-in `token` no longer lets anyone in (True when
    there was one). Any token may be forgotten by whoever holds it."""
    if _on_server() or not isinstance(token, str) or not token or len(token) > TOKEN_LIMIT:
        return False
    with write_transaction():
        return bool(
            RememberedSignIn.delete().where(RememberedSignIn.token_hash == _digest(token)).execute()
        )


@internal
def forget_sign_ins_of(user_id: int) -> int:
    """Every kept sign-in of one person ends (their password was set again, or they were
    deactivated): inside the caller's transaction. Returns how many there were."""
    if _on_server():
        return 0
    return int(RememberedSignIn.delete().where(RememberedSignIn.user == user_id).execute())


def _quietly(write: Callable[[], object]) -> None:
    """A bookkeeping write a read-only file cannot take: the sign-in is decided all the same."""
    try:
        with write_transaction():
            write()
    except pw.OperationalError:
        pass


# ---------------------------------------------------------------- this computer's side


@guard.anyone
def stay_signed_in(actor: Person, target: str, place: str = "", days: int = REMEMBER_DAYS) -> bool:
    """Keep `actor` signed in on this computer for the database `target` (what the window's
    "Keep me signed in" and `desktop-crm sign-in` do): a new kept sign-in, held in the
    computer's file; one this computer kept before ends. False when none can be kept (a
    server, a read-only file, a folder that cannot be written)."""
    if _on_server():
        return False
    try:
        token = remember_sign_in(actor, place, days)
    except (SignInRefused, PermissionDenied, ValidationFailed, pw.OperationalError):
        return False
    before = drop_kept_sign_in(target)
    if before is not None:
        _forget_quietly(before.token)
    if not keep_sign_in_here(target, actor.name, token):
        _forget_quietly(token)
        return False
    return True


def _forget_quietly(token: str) -> None:
    """Forget a token this computer no longer keeps; a database that takes no write now (a
    lock, a read-only file) leaves it to expire."""
    try:
        forget_sign_in(token)
    except pw.OperationalError:
        pass


@gate
def sign_in_kept(target: str, name: str = "") -> Person | None:
    """The person this computer keeps signed in on `target` (None: none kept, or one kept for
    someone other than `name` when a name is given). A kept sign-in the database refuses
    (expired, forgotten, deactivated) is dropped here and its SignInRefused raised."""
    if _on_server():
        return None
    kept = kept_sign_in(target)
    if kept is None:
        return None
    try:
        return sign_in_remembered(kept.token, name=name)
    except SignInRefused as refused:
        if refused.reason == "other":  # kept for someone else: theirs stays kept
            return None
        drop_kept_sign_in(target)
        raise


@gate
def sign_out_here(target: str) -> str | None:
    """This computer stops keeping a sign-in on `target`: forgotten by the database too.
    Returns whose it was (None: none was kept)."""
    kept = drop_kept_sign_in(target)
    if kept is None:
        return None
    try:
        forget_sign_in(kept.token)
    except pw.OperationalError:
        pass  # a read-only file: the token is gone from this computer, it expires there
    return kept.name
