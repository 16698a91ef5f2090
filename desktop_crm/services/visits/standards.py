"""The daily visit standard (7+3 by default) for the office and per rep, time zone, workdays."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ...models.core import User
from ...models.db import write_transaction
from ...models.visits import RepStandard
from ..common.acting import Person
from ..common.checks import check_reference, refuse
from ..common.errors import FieldError
from ..common.settings import OFFICE_TIMEZONE, VISIT_STANDARD, WORKDAYS, read_setting, write_setting
from ..common.validation import check_int, check_typed_text
from ..people.policy import guard
from ..people.users import sales_reps

MAX_DAILY_VISITS = 50  # of each kind, in one day's standard
DEFAULT_TIMEZONE: str = OFFICE_TIMEZONE.default
DEFAULT_WORKDAYS: tuple[int, ...] = tuple(WORKDAYS.default)  # Monday..Friday


@dataclass(frozen=True)
class VisitStandard:
    """拜访标准: visits per working day to existing and to new customers."""

    existing: int = 7
    new: int = 3

    @property
    def total(self) -> int:
        return self.existing + self.new

    def __add__(self, other: VisitStandard) -> VisitStandard:
        return VisitStandard(self.existing + other.existing, self.new + other.new)


# ---------------------------------------------------------------- settings


@guard.anyone
def office_standard(actor: Person) -> VisitStandard:
    value = read_setting(VISIT_STANDARD)
    return VisitStandard(
        int(value.get("existing", VISIT_STANDARD.default["existing"])),
        int(value.get("new", VISIT_STANDARD.default["new"])),
    )


@guard.office
def set_office_standard(actor: Person, standard: VisitStandard) -> None:
    """The office's daily standard: ValidationFailed on `existing` / `new` unless each is a
    whole number of 0..MAX_DAILY_VISITS."""
    refuse(_check_standard(standard))
    write_setting(VISIT_STANDARD, {"existing": standard.existing, "new": standard.new})


def _check_standard(standard: object) -> list[FieldError]:
    if not isinstance(standard, VisitStandard):
        return [FieldError("standard", "type", {"value": type(standard).__name__})]
    errors = (
        check_int(name, getattr(standard, name), 0, MAX_DAILY_VISITS)
        for name in ("existing", "new")
    )
    return [e for e in errors if e is not None]


@guard.anyone
def rep_standard(actor: Person, rep_id: int) -> VisitStandard:
    """The rep's own standard if set, else the office's."""
    return own_rep_standard(actor, rep_id) or office_standard(actor)


@guard.anyone
def own_rep_standard(actor: Person, rep_id: int) -> VisitStandard | None:
    """The rep's own standard, or None when the rep follows the office's."""
    row = RepStandard.get_or_none(RepStandard.rep == rep_id)
    if row is None:
        return None
    return VisitStandard(row.existing_per_day, row.new_per_day)


@guard.office
def set_rep_standard(actor: Person, rep_id: int, standard: VisitStandard | None) -> None:
    """Give a rep an own standard; None returns them to the office's.

    The rep must exist (`rep_id`) and the standard hold as the office's does; ValidationFailed
    otherwise, nothing written.
    """
    refuse([check_reference("rep_id", User, rep_id)])
    if standard is not None:
        refuse(_check_standard(standard))
    with write_transaction():
        RepStandard.delete().where(RepStandard.rep == rep_id).execute()
        if standard is not None:
            RepStandard.create(
                rep=rep_id, existing_per_day=standard.existing, new_per_day=standard.new
            )


@guard.anyone
def office_timezone(actor: Person) -> str:
    return str(read_setting(OFFICE_TIMEZONE) or DEFAULT_TIMEZONE)


@guard.office
def set_office_timezone(actor: Person, name: str) -> None:
    """The office's time zone by its IANA name (e.g. Asia/Shanghai); ValidationFailed on
    `timezone` for a name that is not text or names no zone this computer knows."""
    refuse([check_typed_text("timezone", name, 100, False, required=True)])
    if name != name.strip() or not _known_zone(name):
        refuse([FieldError("timezone", "not_found", {"value": name})])
    write_setting(OFFICE_TIMEZONE, name)


def _known_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ValueError, OSError, ZoneInfoNotFoundError):  # a path, a bad key, no such zone
        return False
    return True


@guard.anyone
def workdays(actor: Person) -> tuple[int, ...]:
    return tuple(read_setting(WORKDAYS))


@guard.anyone
def standard_for(actor: Person, rep_id: int | None, day: dt.date) -> VisitStandard:
    """The day's standard: the rep's (or every rep's together), zero on a day off."""
    if day.weekday() not in workdays(actor):
        return VisitStandard(0, 0)
    if rep_id is not None:
        return rep_standard(actor, rep_id)
    office = office_standard(actor)
    own = {r.rep_id: VisitStandard(r.existing_per_day, r.new_per_day) for r in RepStandard.select()}
    total = VisitStandard(0, 0)
    for rep in sales_reps(actor):
        if rep.role == "rep":
            total = total + own.get(rep.id, office)
    return total
