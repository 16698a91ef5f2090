"""A complaint's deadline and its clock (DOMAIN.md §6; issue 13, item 2): pure rules, Qt-free.

**Due.** A complaint is due `hours` after it was received: 12 when the customer is inside the
office's home region, 24 outside (`COMPLAINT_HOURS`, settable). Received and due are absolute
(naive UTC) times, so the rule is plain addition: across midnight, month ends and clock
changes alike. An override (a due time set by hand, with its reason) replaces the rule for
one complaint; the services keep the reason beside it.

**The home region.** The office lists provinces and cities (`COMPLAINT_HOME_REGION`); empty,
it is the office's home province, or its home city when no province is set. A customer is
inside when its province or its city is one of them (compared without spaces and without the
common suffixes 省 市 自治区 特别行政区, so 广东 matches 广东省). A customer with neither
province nor city on file counts as inside: the stricter promise, never a missed one.

**The clock.** While a complaint is open (new, in progress) its clock runs: `due soon` once
fewer than `soon_hours` are left (amber), `late` past due (red). Once resolved it is settled:
on time when resolved at or before due, else late. The owner's "on time against late" counts
settled complaints by when they were resolved, and open ones already past due as late.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..common.acting import rule

RUNNING, DUE_SOON, LATE, ON_TIME, RESOLVED_LATE = (
    "running",
    "due_soon",
    "late",
    "on_time",
    "resolved_late",
)
_SUFFIXES = re.compile(r"(省|市|自治区|特别行政区|壮族|回族|维吾尔)+$")


@rule
def region_key(name: str) -> str:
    """A province or city name as the region comparison sees it: 广东省 → 广东."""
    cleaned = re.sub(r"\s+", "", name or "")
    shorter = _SUFFIXES.sub("", cleaned)
    return (shorter or cleaned).casefold()


@rule
def home_region(listed: Iterable[str], home_province: str, home_city: str) -> frozenset[str]:
    """The region keys that count as home: the listed ones, or else the office's province
    (or its city when no province is set)."""
    keys = {region_key(name) for name in listed if region_key(name)}
    if not keys:
        fallback = home_province or home_city
        if region_key(fallback):
            keys.add(region_key(fallback))
    return frozenset(keys)


@rule
def is_outside(province: str, city: str, home: frozenset[str]) -> bool:
    """Whether a customer at (province, city) is outside the home region. Unknown (no province,
    no city, or no home region set) counts as inside."""
    mine = {region_key(province), region_key(city)} - {""}
    if not mine or not home:
        return False
    return not (mine & home)


@rule
def due_at(
    received_at: dt.datetime, outside: bool, inside_hours: int, outside_hours: int
) -> dt.datetime:
    """When a complaint received at `received_at` is due."""
    return received_at + dt.timedelta(hours=outside_hours if outside else inside_hours)


@dataclass(frozen=True)
class Clock:
    """Where a complaint stands against its deadline at one moment: `state` one of RUNNING,
    DUE_SOON, LATE (open) or ON_TIME, RESOLVED_LATE (settled); `left` is the time until due
    (negative once late; for a settled one, due minus resolved)."""

    state: str
    left: dt.timedelta

    @property
    def is_late(self) -> bool:
        return self.state in (LATE, RESOLVED_LATE)

    @property
    def is_open(self) -> bool:
        return self.state in (RUNNING, DUE_SOON, LATE)


@rule
def clock(
    due: dt.datetime, resolved_at: dt.datetime | None, now: dt.datetime, soon_hours: int
) -> Clock:
    """The clock of a complaint due at `due`, resolved at `resolved_at` (None: open), at `now`.
    Exactly at due it is still on time; a complaint resolved exactly at due is on time."""
    if resolved_at is not None:
        left = due - resolved_at
        return Clock(ON_TIME if left >= dt.timedelta(0) else RESOLVED_LATE, left)
    left = due - now
    if left < dt.timedelta(0):
        return Clock(LATE, left)
    if left < dt.timedelta(hours=soon_hours):
        return Clock(DUE_SOON, left)
    return Clock(RUNNING, left)


@rule
def utc_of(local: dt.datetime, zone: str) -> dt.datetime:
    """A naive wall-clock time in the office's zone as the naive UTC time stored."""
    from zoneinfo import ZoneInfo

    aware = local.replace(tzinfo=ZoneInfo(zone))
    return aware.astimezone(dt.UTC).replace(tzinfo=None)


@rule
def local_of(utc: dt.datetime, zone: str) -> dt.datetime:
    """A stored naive UTC time as the naive wall-clock time of the office's zone."""
    from zoneinfo import ZoneInfo

    return utc.replace(tzinfo=dt.UTC).astimezone(ZoneInfo(zone)).replace(tzinfo=None)
