"""Headless subcommands of `desktop-crm`: every module here with a `register(subparsers,
common)` adds its subcommands (found by `cli.command_modules`, never listed by hand).

This package is the command line's own home for what its commands share: opening the database
named on the command line, the language, argument types, writing the output and turning every
failure into one line and an exit status (the table below, documented in the README). It
reaches the tables through services and never imports the UI.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from ..services.common.acting import Person
from ..services.context import AppContext, open_context

EXIT_OK = 0
EXIT_FAILED = 1  # failed while working or writing the output; an unexpected error
EXIT_REFUSED = 2  # bad arguments; an unknown rep, customer or date; nothing was done
EXIT_NO_DATABASE = 3  # the database cannot be opened or read
EXIT_INTERRUPTED = 130  # Ctrl+C (128 + SIGINT, as shells report it)

LARGEST_ID = 2**63 - 1  # SQLite's and PostgreSQL's widest integer


class CommandFailed(Exception):
    """A command cannot go on: `message` is its one line on stderr, `code` its exit status."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.message = one_line(message)
        self.code = code


def refused(message: str) -> CommandFailed:
    """A refusal (exit 2): the arguments name something that is not there, or make no sense."""
    return CommandFailed(message, EXIT_REFUSED)


def one_line(text: object) -> str:
    """`text` on one line: its lines joined with "; ", at most 400 characters."""
    lines = [part.strip() for part in str(text).splitlines() if part.strip()]
    joined = "; ".join(lines)
    return joined if len(joined) <= 400 else joined[:399] + "…"


def shown_target(target: str) -> str:
    """A database target as it may be printed: a URL's password replaced by ***."""
    if "://" not in target:
        return target
    try:
        parts = urlsplit(target)
        if parts.password is None:
            return target
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
        netloc = f"{parts.username or ''}:***@{host}{port}"
        return urlunsplit(parts._replace(netloc=netloc))
    except ValueError:  # a port that is no number: show nothing after the scheme
        return target.split("://", 1)[0] + "://…"


def database_target(args: argparse.Namespace) -> str:
    """--database if given; the demo file with --demo; else the user-data default."""
    from ..services.context import default_target

    target = getattr(args, "database", None)
    return str(target) if target else default_target(bool(getattr(args, "demo", False)))


USER_VARIABLE = "DESKTOP_CRM_USER"  # who acts, when --user is not given
PASSWORD_VARIABLE = "DESKTOP_CRM_PASSWORD"  # the acting person's password


def open_for_command(args: argparse.Namespace, *, create: bool = False) -> AppContext:
    """The context on --database, signed in as the person who acts (`sign_in_for_command`);
    never creates a database unless `create` (the demo). A failure to open becomes
    CommandFailed with exit 3, a refused sign-in exit 2, each with a line that says why."""
    target = database_target(args)
    ctx = open_or_fail(target, create=create)
    try:
        ctx.user = sign_in_for_command(args, target)
        if ctx.is_postgres and acting_name(args):  # the person's own login role
            from ..services.people.signin import SignInRefused

            try:
                ctx.use_connection_of(ctx.user, password_for(acting_name(args)))
            except SignInRefused as error:
                raise refused(f"cannot sign in: {error}") from None
    except BaseException:
        ctx.close()
        raise
    return ctx


def acting_name(args: argparse.Namespace) -> str:
    """--user, else DESKTOP_CRM_USER, else "" (nobody named)."""
    name = getattr(args, "user", None) or os.environ.get(USER_VARIABLE, "")
    return str(name).strip()


def sign_in_for_command(args: argparse.Namespace, target: str = "") -> Person:
    """Who a command acts as, on the open database `target`.

    --user NAME (else DESKTOP_CRM_USER) signs in with DESKTOP_CRM_PASSWORD when it is set;
    else the sign-in this computer keeps for the database (`desktop-crm sign-in`), when it is
    that person's or no name is given; else a prompt without echo in a terminal, else a
    refusal. Without a name or a kept sign-in, a database that has not been set up acts as its
    first active owner (older files, scripts); one without any owner is refused ("run the
    first-run setup"), and a set-up one asks for a name.
    """
    from ..services.people.signin import SignInRefused, needs_setup, sign_in, unattended_person

    name = acting_name(args)
    if target and os.environ.get(PASSWORD_VARIABLE) is None:
        from ..services.people.remembered import sign_in_kept

        try:
            kept = sign_in_kept(target, name)
        except SignInRefused as error:
            if not name:
                raise refused(f"cannot sign in: {error} (desktop-crm sign-in)") from None
            kept = None  # the person named signs in with their password below
        if kept is not None:
            return kept
    if not name:
        if not needs_setup():
            raise refused(
                f"who acts? name a person with --user NAME or {USER_VARIABLE} "
                f"(the password in {PASSWORD_VARIABLE} or typed at the prompt)"
            )
        owner = unattended_person()
        if owner is None:
            raise refused(
                "this database has no owner yet: run the first-run setup "
                "(start desktop-crm without a command)"
            )
        return owner
    password = password_for(name)
    try:
        return sign_in(name, password)
    except SignInRefused as error:
        raise refused(f"cannot sign in: {error}") from None


def password_for(name: str) -> str:
    """The acting person's password: DESKTOP_CRM_PASSWORD, else a prompt without echo in a
    terminal, else a refusal."""
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is None:
        password = _typed.get(name)  # asked once per run
    if password is None:
        if not sys.stdin.isatty():
            raise refused(f"no password for {name}: set {PASSWORD_VARIABLE} or run in a terminal")
        password = _typed[name] = getpass.getpass(f"Password for {name}: ")
    return password


_typed: dict[str, str] = {}


def open_or_fail(target: str, *, create: bool = False) -> AppContext:
    """open_context, its failures turned into CommandFailed (exit 3)."""
    try:
        return open_context(target, create=create)
    except Exception as error:  # noqa: BLE001 - whatever the driver says, on one line
        raise opening_failure(error, target) from None


def opening_failure(error: Exception, target: str | None = None) -> CommandFailed:
    """Why a database could not be opened, as the one line of exit 3."""
    from ..services.context import (
        DatabaseMissingError,
        NetworkShareError,
        NotADatabaseFileError,
        SchemaTooNewError,
    )

    shown = shown_target(target) if target else "the database"
    if isinstance(error, (DatabaseMissingError, NotADatabaseFileError)):
        return CommandFailed(str(error), EXIT_NO_DATABASE)
    if isinstance(error, SchemaTooNewError):
        message = f"{shown} was written by a newer Desktop CRM; update the program to open it"
        return CommandFailed(message, EXIT_NO_DATABASE)
    if isinstance(error, NetworkShareError):
        message = (
            f"{shown} is on a network share, where SQLite files get corrupted; "
            "use a PostgreSQL server for shared use"
        )
        return CommandFailed(message, EXIT_NO_DATABASE)
    reason = one_line(error) or type(error).__name__
    return CommandFailed(f"cannot open the database {shown}: {reason}", EXIT_NO_DATABASE)


def explain(error: BaseException) -> CommandFailed:
    """The one line and exit status for an exception no command caught."""
    import peewee as pw

    from ..services.common.errors import NotFoundError, PermissionDenied, ValidationFailed
    from ..services.context import (
        DatabaseMissingError,
        NetworkShareError,
        NotADatabaseFileError,
        SchemaTooNewError,
    )

    if isinstance(error, CommandFailed):
        return error
    opening = (DatabaseMissingError, NotADatabaseFileError, SchemaTooNewError, NetworkShareError)
    if isinstance(error, opening):
        return opening_failure(error)
    if isinstance(error, ValidationFailed):
        return refused("; ".join(_field_error(e.field, e.code, e.params) for e in error.errors))
    if isinstance(error, NotFoundError):
        return refused(f"not found: {one_line(error)}")
    if isinstance(error, PermissionDenied):
        return refused(f"not allowed: {one_line(error)}")
    if isinstance(error, pw.DatabaseError) and not isinstance(error, pw.IntegrityError):
        return CommandFailed(f"the database failed: {one_line(error)}", EXIT_NO_DATABASE)
    if isinstance(error, OSError) and error.strerror:
        where = f"{error.filename}: " if error.filename else ""
        return CommandFailed(f"{where}{error.strerror}", EXIT_FAILED)
    return CommandFailed(f"unexpected error: {type(error).__name__}: {one_line(error)}")


def _field_error(field: str, code: str, params: dict[str, object]) -> str:
    if code == "date" and "first" in params:
        return (
            f"{field} {params.get('value')} is outside the supported dates "
            f"{params['first']} to {params['last']}"
        )
    detail = f" ({params['value']})" if "value" in params else ""
    return f"{field}: {code}{detail}"


def fail(message: str, code: int = EXIT_REFUSED) -> int:
    """Print `message` as the program's complaint on stderr; returns the exit status."""
    print(f"desktop-crm: {one_line(message)}", file=sys.stderr, flush=True)
    return code


# ---------------------------------------------------------------- the output file


def check_output(path: Path) -> None:
    """Refuse, before any work, an output path that cannot be written: a folder, a missing
    folder, a folder this user may not write in (exit 1)."""
    folder = path.parent
    if path.is_dir():
        raise CommandFailed(f"cannot write {path}: it is a folder")
    if not folder.is_dir():
        raise CommandFailed(f"cannot write {path}: there is no folder {folder}")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise CommandFailed(f"cannot write {path}: permission denied")


def write_output(path: Path, data: bytes) -> None:
    """Write `data` to `path` and say so on stdout; a failed write leaves no partial file
    that was not there before, and raises CommandFailed (exit 1)."""
    check_output(path)
    existed = path.exists()
    try:
        path.write_bytes(data)
    except OSError as error:
        if not existed and path.is_file():
            path.unlink(missing_ok=True)
        raise CommandFailed(f"cannot write {path}: {error.strerror or error}") from None
    print(f"{path}: {len(data):,} bytes")


# ---------------------------------------------------------------- language and arguments


def command_language(args: argparse.Namespace) -> str:
    """--lang, else the system's language (English when Qt cannot tell): read from the
    locale variables where they say it, so the command does not load Qt for it."""
    from ..translator import environment_language, system_language

    lang = getattr(args, "lang", None)
    if lang:
        return str(lang)
    named = environment_language()
    if named is not None:
        return named
    try:
        return system_language()
    except Exception:  # noqa: BLE001 - no Qt locale: English
        return "en"


def command_translate(lang: str) -> Callable[[str, str], str]:
    """The translate(context, text) of `lang`; the .qm is read without a QApplication."""
    from ..translator import translate_function

    return translate_function(lang)


def parse_text(text: str) -> str:
    """A name argument: text that is valid Unicode (bytes the terminal could not decode are
    refused here, not deep in the database driver)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        shown = text.encode("utf-8", "backslashreplace").decode("ascii", "replace")
        raise argparse.ArgumentTypeError(f"not valid text (undecodable bytes): {shown}") from None
    return text


def parse_id(text: str) -> int:
    """An id argument: a whole number from 1 to the widest database integer."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= LARGEST_ID:
        raise argparse.ArgumentTypeError(f"not an id (a whole number from 1 to {LARGEST_ID})")
    return value


def parse_day(text: str) -> dt.date:
    """A YYYY-MM-DD argument, or argparse's clear error."""
    from ..services.common.validation import parse_date

    try:
        return parse_date(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def parse_week(text: str) -> dt.date:
    """A YYYY-Www argument (its Monday), or argparse's clear error."""
    from ..services.visits.calendar import parse_iso_week

    try:
        return parse_iso_week(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO week (YYYY-Www): {text!r}") from None


def parse_month(text: str) -> dt.date:
    """A YYYY-MM argument as the month's first day, or argparse's clear error."""
    import re

    match = re.fullmatch(r"(\d{4})-(\d{2})", text.strip())
    try:
        if match is None:
            raise ValueError(text)
        return dt.date(int(match[1]), int(match[2]), 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a month (YYYY-MM): {text!r}") from None


def parse_month_period(text: str) -> Any:
    """A YYYY-MM argument as a month Period (services/owner/figures), or argparse's error."""
    return _period(text, r"\d{4}-\d{2}", "not a month (YYYY-MM)")


def parse_week_period(text: str) -> Any:
    """A YYYY-Www argument as an ISO week Period (services/owner/figures), or argparse's error."""
    return _period(text, r"\d{4}-[Ww]\d{2}", "not an ISO week (YYYY-Www)")


def _period(text: str, shape: str, message: str) -> Any:
    import re

    from ..services.common.errors import ValidationFailed
    from ..services.owner.figures import Period

    if not re.fullmatch(shape, text.strip()):
        raise argparse.ArgumentTypeError(f"{message}: {text!r}")
    try:
        return Period.parse(text)
    except ValidationFailed:
        raise argparse.ArgumentTypeError(f"{message}: {text!r}") from None
