"""The small context built once in main() and handed down (no global locator)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee as pw

from ..models.db import DatabaseMissingError as DatabaseMissingError  # what open_context
from ..models.db import NetworkShareError as NetworkShareError  # may raise, besides the
from ..models.db import NotADatabaseFileError as NotADatabaseFileError  # driver's errors
from ..models.db import default_database_path, open_database, sqlite_path, write_transaction
from ..models.migrations import SchemaTooNewError as SchemaTooNewError
from .common.acting import SIGNED_OUT, Person
from .people.signin import unattended_person


@dataclass
class AppContext:
    database: pw.Database
    target: str  # the path or URL it was opened from
    user: Person  # who acts: the signed-in person (SIGNED_OUT before anyone signs in)

    @property
    def is_postgres(self) -> bool:
        return not isinstance(self.database, pw.SqliteDatabase)

    def use_connection_of(self, person: Person, password: str) -> None:
        """After `person` signed in with `password`: on PostgreSQL their work goes through
        their own login role, so the server's row-level security applies to everything they
        do (models/row_security.py). The owner keeps the office's admin connection, which
        adds people (CREATEROLE); switching back to the owner reopens it. SQLite: nothing to
        do. A login the server refuses (no password set yet, a wrong one) raises
        SignInRefused("database"), and the connection stays as it was."""
        if not self.is_postgres:
            return
        from .people.db_roles import connect_as, login_role_of
        from .people.roles import Role
        from .people.signin import SignInRefused

        role = None if person.role == Role.OWNER else login_role_of(person.id)
        if role is None:
            self.office_connection()
            return
        current = self.database
        try:
            database = connect_as(self.target, role, password)
        except pw.DatabaseError:
            raise SignInRefused(
                "database",
                "the server refused this person's database login: the owner sets a password",
            ) from None
        database.crm_login = role  # type: ignore[attr-defined]
        self.database = database
        current.close()

    def office_connection(self) -> None:
        """Back on the office's own connection (the one `target` names) after a person's
        login role: what a sign-in runs on (it reads and notes every person's attempts)."""
        current = self.database
        if getattr(current, "crm_login", None) is not None:
            self.database = open_database(self.target)
            current.close()

    def transaction(self) -> Any:
        """One write transaction around work that must land whole or not at all (the
        services' own transactions inside it become savepoints)."""
        return write_transaction(self.database)

    def close(self, *, self_contained: bool = False) -> None:
        """Close the connection; `self_contained` first folds a SQLite file's write-ahead
        log into it, so the file alone holds everything (it can be moved or copied)."""
        if self.database.is_closed():
            return
        if self_contained and not self.is_postgres:
            self.database.execute_sql("PRAGMA journal_mode=DELETE")
        self.database.close()


def open_context(target: str, *, create: bool = False) -> AppContext:
    """Open `target` (a SQLite path or a postgresql:// URL), signed out.

    Nobody acts until someone signs in (`people.signin.sign_in`), except on a database that
    has not been set up, where its first active owner acts (older files, scripts); an empty
    database gets no owner here: the first-run setup makes one. A SQLite file that does not exist is created only with `create`, in a folder that exists;
    only the default place's folder is made on the way (raises DatabaseMissingError).
    """
    if create:
        make_default_folder(target)
    database = open_database(target, create=create)
    return AppContext(database=database, target=target, user=unattended_person() or SIGNED_OUT)


def default_target(demo: bool = False) -> str:
    """The database used when none is named: a SQLite file in the user-data folder, or the
    demo office's file beside it."""
    path = default_database_path()
    return str(path.with_name("demo.sqlite3") if demo else path)


def sqlite_file_of(target: str) -> Path | None:
    """The file a SQLite target names; None for a PostgreSQL URL (or `:memory:`)."""
    return sqlite_path(target)


def is_default_place(target: str) -> bool:
    """Whether `target` is a file in the default user-data folder (the only folder the
    program makes on its own)."""
    path = sqlite_path(target)
    folder = default_database_path().absolute().parent
    return path is not None and path.absolute().parent == folder


def make_default_folder(target: str) -> None:
    """Make the user-data folder when `target` lives in it; any other folder is left as it is."""
    if is_default_place(target):
        default_database_path().parent.mkdir(parents=True, exist_ok=True)
