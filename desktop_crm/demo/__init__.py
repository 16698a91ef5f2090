"""The demo office and the data generators, above the services.

Like the commands, this package uses the services only (never the models; an import-linter
contract holds it to that): it builds the services' own drafts and stores them through their
bulk paths, so a change of the schema or of a rule shows up in tests/demo instead of
breaking `--demo` silently.

The demo office's parts are listed once, in DEMO_PARTS, in the order they run: `office`
(the customers) and every `office_<part>` module, each with `add_to_office(office, today)`;
tests/demo/test_parts.py fails when a part module is missing from the list.

`make_demo_office` is the build entry of `desktop-crm demo` and the window's `--demo`: all or
nothing, finished only when the DEMO_FINISHED setting is there (written last).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..services.common.acting import Person
from ..services.common.settings import DEMO_FINISHED, read_setting, write_setting
from ..services.context import (
    AppContext,
    DatabaseMissingError,
    make_default_folder,
    sqlite_file_of,
)
from ..services.context import open_context as _open_context
from ..services.people.users import count_people, ensure_owner
from . import (
    office,
    office_assessments,
    office_complaints,
    office_opportunities,
    office_surveys,
    office_visits,
)
from .customers import generate_customers, stored_customers
from .office import DEMO_CUSTOMERS, DEMO_OWNER, DEMO_REPS, DemoOffice, ensure_staff
from .opportunities import generate_opportunities
from .visits import generate_visits

DemoPart = Callable[[DemoOffice, dt.date], None]

DEMO_PARTS: tuple[DemoPart, ...] = (
    office.add_to_office,
    office_visits.add_to_office,  # prospects and visits: they need the customers
    office_opportunities.add_to_office,  # opportunities of the reps' customers, deals of won
    office_assessments.add_to_office,  # assessments link to visits, tiers cover all
    office_complaints.add_to_office,  # complaints of the reps' buyers, every status
    office_surveys.add_to_office,  # satisfaction and relationship surveys of the buyers
)


def build_demo_office(today: dt.date | None = None) -> DemoOffice | None:
    """Fill a database without customers with the demo office (its owner acting); one that
    holds customers, even only in the trash, is left alone and None returned."""
    today = today or dt.date.today()  # one day for every part, even across midnight
    built = office.open_office()
    if built is None:
        return None
    for add_part in DEMO_PARTS:
        add_part(built, today)
    write_setting(DEMO_FINISHED, today.isoformat())  # last: the office is whole
    return built


class DemoRefused(RuntimeError):
    """The database holds customers but no finished demo office: it is left as it is."""


@dataclass(frozen=True)
class DemoResult:
    """What `make_demo_office` found or built: whether it built, and what the office holds."""

    built: bool
    people: int
    customers: int


OpenContext = Callable[..., AppContext]  # open_context(target, *, create) or a stand-in


def is_finished_demo() -> bool:
    """Whether the open database holds a demo office that was built whole."""
    return bool(read_setting(DEMO_FINISHED))


def make_demo_office(
    target: str,
    *,
    open_context: OpenContext = _open_context,
    rebuild: bool = False,
    today: dt.date | None = None,
) -> DemoResult:
    """Make `target` a finished demo office, all or nothing.

    A SQLite file that does not exist yet (its folder must) is built aside (`<name>.building`)
    and moved into place whole; an existing database without customers (SQLite or PostgreSQL)
    is filled in one transaction. Either way an interruption leaves no half-built office, and
    the next call builds it. A finished demo is left as it is; a database holding other
    customers raises DemoRefused, unless `rebuild` (the demo's own file) lets a SQLite file
    that is no finished demo be built anew aside and replaced.
    """
    path = sqlite_file_of(target)
    if path is not None and not path.exists():
        return _build_aside(path, open_context, today)
    ctx = open_context(target, create=False)
    try:
        if is_finished_demo():
            owner = _demo_actor()
            return DemoResult(False, count_people(owner), stored_customers(owner))
        if not stored_customers(_demo_actor()):
            with ctx.transaction():
                build_demo_office(today)
            owner = _demo_actor()
            return DemoResult(True, count_people(owner), stored_customers(owner))
    finally:
        ctx.close()
    if rebuild and path is not None:
        return _build_aside(path, open_context, today)
    raise DemoRefused(
        f"{target} holds customers but no finished demo office; left as it is "
        "(name a new file for the demo)"
    )


def _demo_actor() -> Person:
    """Who the demo's own bookkeeping acts as: the database's owner (the demo's, made on an
    empty database the demo is about to fill)."""
    return ensure_owner(DEMO_OWNER)


def _build_aside(path: Path, open_context: OpenContext, today: dt.date | None) -> DemoResult:
    """Build the office in `<path>.building`, then move it onto `path` in one step."""
    make_default_folder(str(path))  # the user-data folder only
    if not path.parent.is_dir():
        raise DatabaseMissingError(f"no folder {path.parent} to create {path.name} in")
    aside = path.with_name(path.name + ".building")
    _remove_sqlite_file(aside)  # what an interrupted build left
    ctx = open_context(str(aside), create=True)
    try:
        with ctx.transaction():
            build_demo_office(today)
        owner = _demo_actor()
        result = DemoResult(True, count_people(owner), stored_customers(owner))
        ctx.close(self_contained=True)
        _remove_sqlite_file(path, keep_main=True)  # a stale log must not meet the new file
        os.replace(aside, path)
    except BaseException:
        ctx.close()
        _remove_sqlite_file(aside)
        raise
    return result


def _remove_sqlite_file(path: Path, *, keep_main: bool = False) -> None:
    """Remove a SQLite file's write-ahead log, shared memory and journal (and the file)."""
    for suffix in ("-wal", "-shm", "-journal", *(() if keep_main else ("",))):
        Path(str(path) + suffix).unlink(missing_ok=True)


__all__ = [
    "DEMO_CUSTOMERS",
    "DEMO_OWNER",
    "DEMO_PARTS",
    "DEMO_REPS",
    "DemoOffice",
    "DemoRefused",
    "DemoResult",
    "build_demo_office",
    "is_finished_demo",
    "make_demo_office",
    "ensure_staff",
    "generate_customers",
    "generate_opportunities",
    "generate_visits",
]
