"""Each person's own PostgreSQL login role, kept in step with the people changes (Qt-free).

On PostgreSQL, `services/people/manage.py` calls one function here inside the transaction of
each change (CREATE ROLE and ALTER ROLE are transactional there, so a refused change leaves
no role behind): adding a person creates `<database>_u<id>` with the password, setting a
password alters it, a new role moves the login role to its group, deactivating makes it
NOLOGIN. The password reaches the server only as a SCRAM-SHA-256 verifier in a quoted literal
(models/row_security.py). On SQLite every function here does nothing.

The connection making the change must be allowed to create roles (the admin role, with
CREATEROLE); otherwise the change is refused (PermissionDenied) and nothing is stored.
`connect_as` reopens the database as a person's own role: from then on the server itself
filters the rows (row-level security), whatever the services ask.
"""

from __future__ import annotations

import peewee as pw

from ...models import row_security
from ...models.core import User
from ...models.db import database_proxy, make_database, tuple_rows
from ...models.migrations import steps
from ..common.acting import Person, gate, internal
from ..common.errors import PermissionDenied
from .policy import guard

SCHEMA_STEPS = "SELECT version FROM schema_version"


class SchemaNotUpgraded(RuntimeError):
    """The database needs migration steps only its admin role may run."""


def _database() -> pw.Database:
    database: pw.Database = database_proxy.obj
    return database


def _sync(actor: Person, user_id: int, *, password: str | None = None) -> str | None:
    database = _database()
    if not row_security.is_postgres(database):
        return None
    user: User = User.get_by_id(user_id)
    try:
        return row_security.ensure_person_role(
            database,
            int(user.id),
            str(user.role),
            password=password,
            login=False if not user.active else None,
        )
    except row_security.RoleManagementRefused as refused:
        raise PermissionDenied(actor.name, actor.role, str(refused)) from refused


@internal
def create_person_role(actor: Person, user_id: int, password: str | None) -> str | None:
    """The new person's login role, with `password` (None: NOLOGIN until one is set); its
    name, or None on SQLite."""
    return _sync(actor, user_id, password=password)


@internal
def set_role_password(actor: Person, user_id: int, password: str) -> str | None:
    """ALTER ROLE … PASSWORD (creating the role when the person has none yet) and LOGIN
    for an active person."""
    return _sync(actor, user_id, password=password)


@internal
def change_role_group(actor: Person, user_id: int) -> str | None:
    """Move the login role into the group of the person's (new) role."""
    return _sync(actor, user_id)


@internal
def disable_person_role(actor: Person, user_id: int) -> str | None:
    """NOLOGIN for a deactivated person (a session still open sees no protected row: the
    acting-person function knows only active people)."""
    return _sync(actor, user_id)


@internal
def login_role_of(person_id: int) -> str | None:
    """The PostgreSQL login role a person connects with (for the sign-in, before anyone
    acts); None on SQLite or while they have none (no password set yet)."""
    if not row_security.is_postgres(_database()):
        return None
    row = User.select(User.db_role).where(User.id == person_id).tuples().first()
    return str(row[0]) if row and row[0] else None


@guard.anyone
def database_logins(actor: Person) -> dict[int, str]:
    """Each person's PostgreSQL login role by person id (what they connect with, e.g. in
    psql); empty on SQLite and for people who have none yet."""
    if not row_security.is_postgres(_database()):
        return {}
    rows = tuple_rows(User.select(User.id, User.db_role).where(User.db_role != ""))
    return {int(i): str(name) for i, name in rows}


@gate
def connect_as(target: str, role_name: str, password: str) -> pw.Database:
    """Open the PostgreSQL database `target` names as `role_name` with `password` and bind
    the models to it (the previous database is left open; the caller closes it). Nothing is
    migrated: a database behind this program raises SchemaNotUpgraded (its admin role opens
    it first). A wrong password or a NOLOGIN role raises the driver's OperationalError,
    the same for both. The sign-in calls this after its own password check."""
    if not target.startswith(("postgresql://", "postgres://")):
        raise ValueError("connect_as is for PostgreSQL databases")
    database = make_database(target)
    database.connect_params.update(user=role_name, password=password)
    database.connect()
    try:
        applied = {int(r[0]) for r in database.execute_sql(SCHEMA_STEPS).fetchall()}
    except Exception:
        database.close()
        raise
    missing = {m.version for m in steps()} - applied
    if missing:
        database.close()
        raise SchemaNotUpgraded(
            f"the database lacks schema steps {sorted(missing)}: open it once with its admin "
            "role to upgrade it"
        )
    database_proxy.initialize(database)
    return database
