"""Reminders that keep a customer warm (DOMAIN.md §8; issue 13, item 5), Qt-free.

What a person is reminded of on a day, each a `Reminder` of one KIND:

- BIRTHDAY: a customer's birthday, solar or lunar (农历; a lunar birthday falls on another
  solar day each year, and a 30th in a month of 29 days falls on the 29th), shown from
  REMINDER_LEAD_DAYS before;
- ANNIVERSARY: the yearly day of a customer's first trade (`first_trade_on`);
- MONTHLY_CARD: once a month, the monthly card list (每月一卡: every active customer);
- FOLLOW_UP: a visit's next action that is due (`Visit.next_action_on`);
- COMPLAINT_DUE / COMPLAINT_LATE: an open complaint near or past its deadline
  (services/aftersale/deadline.py);
- DORMANT: a customer without contact for FIGURES_DORMANT_DAYS (default 90, one definition
  with the key figures');
- RESULT_MISSING: a past visit without its result (visits.queries.missing_results).

Each person sees their own: a rep the customers they see and the visits and complaints of
those; the office (owner, clerk) the whole office's complaints and the customers nobody owns,
besides their own. Done / snooze / dismiss are per person (`ReminderState`); what came due
while the app was closed is marked `new` (after `ReminderSeen.seen_through`).

The service functions (reminders_for, mark, seen, monthly_cards …) come with issue 13.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

BIRTHDAY = "birthday"
ANNIVERSARY = "anniversary"
MONTHLY_CARD = "monthly_card"
FOLLOW_UP = "follow_up"
COMPLAINT_DUE = "complaint_due"
COMPLAINT_LATE = "complaint_late"
DORMANT = "dormant"
RESULT_MISSING = "result_missing"
KINDS = (
    COMPLAINT_LATE,
    COMPLAINT_DUE,
    RESULT_MISSING,
    FOLLOW_UP,
    BIRTHDAY,
    ANNIVERSARY,
    MONTHLY_CARD,
    DORMANT,
)  # the order the reminder centre lists them in


@dataclass(frozen=True)
class Reminder:
    """One occurrence of a reminder for one person.

    `key` is stable for this occurrence ("birthday:c123:2026-12-05") and is what done /
    snooze / dismiss remember. `due_on` is the day it is for (a birthday's day, a
    complaint's due day in the office zone). `customer_id`, `visit_id`, `complaint_id` name
    what it is about (None when it is about none). `facts` are the values a screen or a
    report formats into its own translated sentence (e.g. {"name": "…", "lunar": "八月十五",
    "age": 50}); services hand out no sentences. `state` is "" (to do), or the person's
    DONE / SNOOZED / DISMISSED; `new` is True when it came due while the app was closed.
    """

    key: str
    kind: str
    due_on: dt.date
    customer_id: int | None = None
    customer_name: str = ""
    visit_id: int | None = None
    complaint_id: int | None = None
    facts: tuple[tuple[str, str], ...] = ()
    state: str = ""
    new: bool = False

    def fact(self, name: str, default: str = "") -> str:
        return dict(self.facts).get(name, default)
