"""Which state a visit is in, and which state may follow which: the one home of that rule.

The visit writes refuse a change the table does not allow, and the visit dialog offers only
the changes it allows; calendars, sheets, reviews and reports ask the named predicates below
instead of comparing status strings.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from ..common.acting import rule
from ..common.errors import FieldError, ValidationFailed


class VisitStatus(StrEnum):
    """The status stored in `Visit.status` (a plain string equal to the member's value)."""

    PLANNED = "planned"
    DONE = "done"
    NO_SHOW = "no_show"  # the rep went, the customer was not there or not met
    CANCELLED = "cancelled"

    @property
    def counts_as_planned(self) -> bool:
        """Everything but a cancelled visit counts towards the day's planned visits."""
        return self is not VisitStatus.CANCELLED

    @property
    def has_result(self) -> bool:
        """The visit took place (or was attempted): it has an outcome to show and count."""
        return self in (VisitStatus.DONE, VisitStatus.NO_SHOW)

    @property
    def is_open(self) -> bool:
        """Planned and not yet held: it waits for a result, and may be cancelled."""
        return self is VisitStatus.PLANNED

    @property
    def may_record_result(self) -> bool:
        """A result (done or no-show) may be written or corrected in this state."""
        return self.may_become(VisitStatus.DONE) or self.may_become(VisitStatus.NO_SHOW)

    def may_become(self, other: VisitStatus | str) -> bool:
        """Whether `other` may follow this status; staying where it is is always allowed."""
        target = VisitStatus(other)
        return target is self or target in TRANSITIONS[self]


# The changes a visit's status may make. A done visit's result may be corrected to a no-show
# (and back); a no-show may be put back to planned to try again; a cancelled visit must be
# restored to planned before anything else happens to it.
TRANSITIONS: dict[VisitStatus, frozenset[VisitStatus]] = {
    VisitStatus.PLANNED: frozenset({VisitStatus.DONE, VisitStatus.NO_SHOW, VisitStatus.CANCELLED}),
    VisitStatus.DONE: frozenset({VisitStatus.NO_SHOW}),
    VisitStatus.NO_SHOW: frozenset({VisitStatus.DONE, VisitStatus.PLANNED}),
    VisitStatus.CANCELLED: frozenset({VisitStatus.PLANNED}),
}

# Statuses a result (VisitOutcome) sets; the others are set without one (set_status).
RESULT_STATUSES: tuple[VisitStatus, ...] = (VisitStatus.DONE, VisitStatus.NO_SHOW)
ACTIVE_STATUSES: tuple[VisitStatus, ...] = tuple(s for s in VisitStatus if s.counts_as_planned)


@rule
def parse_status(value: str) -> VisitStatus | None:
    """The status named by `value`, or None when it names none."""
    try:
        return VisitStatus(value)
    except ValueError:
        return None


@rule
def check_transition(current: str, target: str) -> None:
    """Raise ValidationFailed naming `status` when `target` may not follow `current`."""
    wanted = parse_status(target)
    if wanted is None:
        raise ValidationFailed([FieldError("status", "choice", {"value": target})])
    now = parse_status(current)
    if now is not None and not now.may_become(wanted):
        raise ValidationFailed(
            [FieldError("status", "transition", {"from": now.value, "to": wanted.value})]
        )


@rule
def result_missing(status: str, end: dt.datetime, now: dt.datetime) -> bool:
    """A visit whose time is over but whose outcome nobody recorded: still "planned" after
    its end (issue 14, item 3). Shown marked in the calendar and listed for the rep and the
    owner until its result, a no-show or a cancellation is recorded."""
    return status == VisitStatus.PLANNED and end <= now
