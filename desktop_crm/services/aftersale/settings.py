"""The office's after-sale settings in one place (issue 13): the complaint deadline's hours and
home region, when a complaint is "due soon", from which index a surveyed customer counts as
satisfied, and how many days ahead birthdays and anniversaries are reminded of. Qt-free.

Everyone reads them; only the office (owner, clerk) changes them, all in one transaction:
a bad value names its field and nothing is written. A new "satisfied" mark is applied to the
surveys already taken too, so the satisfaction rate of every period counts by the same mark.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...models.aftersale import SATISFACTION, Survey
from ...models.db import write_transaction
from ..common.acting import Person
from ..common.checks import refuse
from ..common.settings import REMINDER_LEAD_DAYS, SURVEY_SATISFIED_FROM, read_setting, write_setting
from ..common.validation import check_int
from ..people.policy import guard
from .complaints import deadline_settings, set_deadline_settings

SATISFIED_RANGE = (20, 100)  # the five-level scale's lowest and highest score
LEAD_DAYS_RANGE = (0, 60)


@dataclass(frozen=True)
class AfterSaleSettings:
    inside_hours: int  # a complaint's deadline inside the home region
    outside_hours: int  # … outside it
    home_region: tuple[str, ...]  # provinces or cities ("" : the office's home province)
    soon_hours: int  # amber this many hours before the deadline
    satisfied_from: int  # a satisfaction index at or above this counts as satisfied
    lead_days: int  # birthdays and anniversaries reminded of this many days ahead


@guard.anyone
def aftersale_settings(actor: Person) -> AfterSaleSettings:
    hours = deadline_settings(actor)
    return AfterSaleSettings(
        inside_hours=hours.inside_hours,
        outside_hours=hours.outside_hours,
        home_region=hours.home_region,
        soon_hours=hours.soon_hours,
        satisfied_from=int(read_setting(SURVEY_SATISFIED_FROM)),
        lead_days=int(read_setting(REMINDER_LEAD_DAYS)),
    )


@guard.office
def set_aftersale_settings(actor: Person, wanted: AfterSaleSettings) -> AfterSaleSettings:
    """Store every after-sale setting at once (ValidationFailed names a bad field)."""
    refuse(
        [
            check_int("satisfied_from", wanted.satisfied_from, *SATISFIED_RANGE),
            check_int("lead_days", wanted.lead_days, *LEAD_DAYS_RANGE),
        ]
    )
    with write_transaction():
        set_deadline_settings(
            actor,
            wanted.inside_hours,
            wanted.outside_hours,
            list(wanted.home_region),
            wanted.soon_hours,
        )
        if wanted.satisfied_from != int(read_setting(SURVEY_SATISFIED_FROM)):
            write_setting(SURVEY_SATISFIED_FROM, wanted.satisfied_from)
            # the stored flag follows the new mark: the rate counts the same as a survey
            # saved today would (a derived value: no version moves)
            Survey.update(satisfied=Survey.score >= wanted.satisfied_from).where(
                Survey.kind == SATISFACTION, Survey.score.is_null(False)
            ).execute()
        write_setting(REMINDER_LEAD_DAYS, wanted.lead_days)
    return aftersale_settings(actor)
