"""Plain data of visits: the plan with its five elements, the outcome, a row."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ...models.visit_fields import PURPOSE_MET_LEVELS, VISIT_METHODS, VISIT_STATUSES
from .status import ACTIVE_STATUSES as ACTIVE_STATUSES
from .status import VisitStatus

METHOD_CODES = tuple(c.value for c in VISIT_METHODS)
STATUS_CODES = tuple(c.value for c in VISIT_STATUSES)
PURPOSE_MET_CODES = tuple(c.value for c in PURPOSE_MET_LEVELS)


@dataclass
class VisitDraft:
    """What the visit dialog (or a command) wants stored: the plan, with the five elements.

    One attribute per `PLAN_FIELDS` entry (a reference `x` as `x_id`), plus the opportunity
    it works on (one of the customer's, or None; not described: the planner's own link) and
    id and version.
    """

    customer_id: int
    rep_id: int
    start: dt.datetime
    duration_minutes: int = 60
    method: str = "face"
    contact_id: int | None = None
    matter: str = ""
    reason: str = ""
    purpose: str = ""
    action_plan: str = ""
    expected_result: str = ""
    opportunity_id: int | None = None
    id: int | None = None
    version: int | None = None


@dataclass
class VisitOutcome:
    """What happened: result, purpose met, time spent and the next action with its date.

    One attribute per `OUTCOME_FIELDS` entry.
    """

    actual_result: str
    purpose_met: str  # yes | partly | no
    time_spent_minutes: int | None = None
    next_action: str = ""
    next_action_on: dt.date | None = None
    status: str = VisitStatus.DONE  # one of status.RESULT_STATUSES


@dataclass(frozen=True)
class VisitRow:
    """A visit as calendars, lists and sheets show it."""

    id: int
    version: int
    customer_id: int
    customer_name: str
    company: str
    rep_id: int
    rep_name: str
    start: dt.datetime
    duration_minutes: int
    method: str
    status: str
    matter: str
    purpose: str
    purpose_met: str
    route_position: int | None
    is_new: bool

    @property
    def end(self) -> dt.datetime:
        return self.start + dt.timedelta(minutes=self.duration_minutes)

    @property
    def title(self) -> str:
        return self.company or self.customer_name


# ---------------------------------------------------------------- validation


@dataclass(frozen=True)
class VisitRecord:
    """A stored visit as services hand it out: every column, references as `<name>_id`.

    Frozen and detached from the database: reading it runs no query, and changing it means a
    service call (which checks the version).
    """

    id: int
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime
    customer_id: int
    contact_id: int | None
    rep_id: int
    start: dt.datetime
    duration_minutes: int
    method: str
    matter: str
    reason: str
    purpose: str
    action_plan: str
    expected_result: str
    status: str
    actual_result: str
    purpose_met: str
    time_spent_minutes: int | None
    next_action: str
    next_action_on: dt.date | None
    next_visit_id: int | None
    route_position: int | None
    completed_at: dt.datetime | None
    opportunity_id: int | None = None

    @property
    def end(self) -> dt.datetime:
        return self.start + dt.timedelta(minutes=self.duration_minutes)
