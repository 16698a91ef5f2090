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

`reminders_for(actor, day)` lists them: SQL picks the few rows of each kind (birthdays and
anniversaries by their month and day, lunar birthdays by the stored forms that fall in the
window, dormant customers by the key figures' own query), so a list stays quick at 100k
customers. `mark` remembers done / snooze / dismiss, `seen` the day the centre was seen;
`monthly_cards` is the card list of a month (reports/monthly_cards.py prints it, the centre
exports it for a mail merge).

When each reminder appears (for `new`): a birthday or an anniversary REMINDER_LEAD_DAYS
before its day, the monthly card on the 1st, a follow-up on its day, a complaint due soon
`due_soon_hours` before its deadline and late at it, a dormant customer on the day it became
dormant, a visit without its result on its day. Birthdays of a 02-29 fall on 02-28 in other
years; lunar birthdays follow services/common/lunar.py.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

import peewee as pw

from ...models.aftersale import DISMISSED as DISMISSED  # the marks, handed on to screens
from ...models.aftersale import DONE as DONE
from ...models.aftersale import SNOOZED as SNOOZED
from ...models.aftersale import ReminderSeen, ReminderState
from ...models.core import Contact, Customer, Deal, User
from ...models.db import tuple_rows, utcnow, write_transaction
from ...models.visits import Visit
from ..common import lunar
from ..common.acting import Person, rule
from ..common.checks import refuse
from ..common.errors import FieldError, ValidationFailed
from ..common.settings import FIGURES_DORMANT_DAYS, REMINDER_LEAD_DAYS, read_setting
from ..owner import figure_sql
from ..people.policy import guard, is_office, visible_customers
from ..visits.queries import as_datetime, missing_results
from ..visits.standards import office_timezone
from ..visits.status import VisitStatus
from . import complaints, deadline

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


SHOWN_STATES = ("", SNOOZED)  # a snoozed reminder shows again from its day
MARKS = (DONE, SNOOZED, DISMISSED, "")  # "": to do again (the person's mark taken back)
FOLLOW_UP_DAYS = 30  # how far back follow-ups due and visits without a result are listed
DORMANT_LIMIT = 200  # at most this many dormant customers are listed (longest known first)
KEY_LIMIT = 160  # ReminderState.key's length


@dataclass(frozen=True)
class MonthlyCard:
    """One customer on the monthly card list (每月一卡), with where the card goes."""

    customer_id: int
    name: str
    company: str
    contact: str  # the first contact's name ("" : none on file)
    position: str
    province: str
    city: str
    district: str
    address: str
    phone: str
    mobile: str
    email: str
    rep_name: str


# ---------------------------------------------------------------- whose rows


@rule
def as_date(value: Any) -> dt.date:
    """A date as a backend returns it (a date, a datetime, or ISO text from SQLite)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _mine(actor: Person) -> Any:
    """An SQL condition on Customer: the customers whose reminders `actor` gets (outside the
    trash): a rep their own; the office their own and those nobody owns."""
    own = Customer.owner_rep == actor.id
    if is_office(actor):
        own = own | Customer.owner_rep.is_null(True)
    return own & visible_customers(actor) & Customer.deleted_at.is_null(True)


def _is_sqlite() -> bool:
    return isinstance(Customer._meta.database.obj, pw.SqliteDatabase)


def _month_day(column: Any) -> Any:
    """A date column's month and day as "MM-DD" on both backends."""
    if _is_sqlite():
        return pw.fn.strftime("%m-%d", column)
    return pw.fn.to_char(column, "MM-DD")


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


@rule
def yearly_forms(first: dt.date, last: dt.date) -> dict[str, list[dt.date]]:
    """The "MM-DD" of each day first..last, and the days each falls on; a 02-29 falls on
    02-28 in a year without it."""
    forms: dict[str, list[dt.date]] = {}
    for day in _days(first, last):
        forms.setdefault(day.strftime("%m-%d"), []).append(day)
        if day.month == 2 and day.day == 28 and not calendar.isleap(day.year):
            forms.setdefault("02-29", []).append(day)
    return forms


def _facts(**values: object) -> tuple[tuple[str, str], ...]:
    return tuple((k, str(v)) for k, v in values.items() if v is not None and v != "")


def _lead() -> int:
    return max(0, int(read_setting(REMINDER_LEAD_DAYS)))


# ---------------------------------------------------------------- each kind


def _birthdays(actor: Person, day: dt.date, last: dt.date) -> list[tuple[Reminder, dt.date]]:
    found: list[tuple[Reminder, dt.date]] = []
    forms = yearly_forms(day, last)
    query = Customer.select(Customer.id, Customer.name, Customer.birthday).where(
        _mine(actor),
        Customer.birthday.is_null(False),
        _month_day(Customer.birthday).in_(list(forms)),
    )
    lead = dt.timedelta(days=_lead())
    for cid, name, born in tuple_rows(query):
        born = as_date(born)
        for due in forms.get(born.strftime("%m-%d"), []):
            if due <= born:
                continue  # not born yet (a mistyped year): no birthday to keep
            key = f"{BIRTHDAY}:c{cid}:{due.isoformat()}"
            facts = _facts(calendar="solar", born=born.isoformat(), age=due.year - born.year)
            found.append((Reminder(key, BIRTHDAY, due, int(cid), name, facts=facts), due - lead))
    lunar_forms: dict[str, list[dt.date]] = {}
    for due in _days(day, last):
        for form in lunar.stored_forms_on(due):
            lunar_forms.setdefault(form, []).append(due)
    if lunar_forms:
        query = Customer.select(Customer.id, Customer.name, Customer.lunar_birthday).where(
            _mine(actor), Customer.lunar_birthday.in_(list(lunar_forms))
        )
        for cid, name, stored in tuple_rows(query):
            born_lunar = lunar.parse_lunar_day(stored)
            for due in lunar_forms[stored]:
                key = f"{BIRTHDAY}:c{cid}:lunar:{due.isoformat()}"
                facts = _facts(calendar="lunar", lunar=born_lunar.chinese, stored=stored)
                reminder = Reminder(key, BIRTHDAY, due, int(cid), name, facts=facts)
                found.append((reminder, due - lead))
    return found


def _anniversaries(actor: Person, day: dt.date, last: dt.date) -> list[tuple[Reminder, dt.date]]:
    forms = yearly_forms(day, last)
    query = Customer.select(Customer.id, Customer.name, Customer.first_trade_on).where(
        _mine(actor),
        Customer.first_trade_on.is_null(False),
        Customer.first_trade_on < day,
        _month_day(Customer.first_trade_on).in_(list(forms)),
    )
    lead = dt.timedelta(days=_lead())
    found = []
    for cid, name, first in tuple_rows(query):
        first = as_date(first)
        for due in forms.get(first.strftime("%m-%d"), []):
            if due.year > first.year:
                key = f"{ANNIVERSARY}:c{cid}:{due.isoformat()}"
                facts = _facts(first_trade_on=first.isoformat(), years=due.year - first.year)
                found.append(
                    (Reminder(key, ANNIVERSARY, due, int(cid), name, facts=facts), due - lead)
                )
    return found


def _monthly_card(actor: Person, day: dt.date) -> list[tuple[Reminder, dt.date]]:
    month = day.replace(day=1)
    count = Customer.select(Customer.id).where(_mine(actor)).count()
    if not count:
        return []
    key = f"{MONTHLY_CARD}:{month:%Y-%m}"
    facts = _facts(month=f"{month:%Y-%m}", customers=count)
    return [(Reminder(key, MONTHLY_CARD, month, facts=facts), month)]


def _follow_ups(actor: Person, day: dt.date) -> list[tuple[Reminder, dt.date]]:
    first = day - dt.timedelta(days=FOLLOW_UP_DAYS)
    found = []
    after = Visit.alias("later")
    later = after.select(pw.SQL("1")).where(
        after.customer == Visit.customer,
        after.start > Visit.start,
        after.status != VisitStatus.CANCELLED.value,
    )
    visits = (
        Visit.select(
            Visit.id, Visit.customer, Customer.name, Visit.next_action, Visit.next_action_on
        )
        .join(Customer, on=Visit.customer == Customer.id)
        .where(
            Visit.rep == actor.id,
            Visit.next_action_on.between(first, day),
            Visit.next_visit.is_null(True),
            ~pw.fn.EXISTS(later),  # a later visit to the customer took the follow-up on
            visible_customers(actor),
            Customer.deleted_at.is_null(True),
        )
    )
    for vid, cid, name, action, due in tuple_rows(visits):
        due = as_date(due)
        key = f"{FOLLOW_UP}:v{vid}:{due.isoformat()}"
        reminder = Reminder(
            key, FOLLOW_UP, due, int(cid), name, int(vid), facts=_facts(action=action)
        )
        found.append((reminder, due))
    customers = Customer.select(
        Customer.id, Customer.name, Customer.next_action, Customer.next_action_on
    ).where(_mine(actor), Customer.next_action_on.between(first, day))
    for cid, name, action, due in tuple_rows(customers):
        due = as_date(due)
        key = f"{FOLLOW_UP}:c{cid}:{due.isoformat()}"
        found.append(
            (Reminder(key, FOLLOW_UP, due, int(cid), name, facts=_facts(action=action)), due)
        )
    return found


def _complaints(actor: Person, now: dt.datetime, zone: str) -> list[tuple[Reminder, dt.date]]:
    """Open complaints due soon or late: the office all of them, a rep those of their own
    customers and those they handle."""
    soon = dt.timedelta(hours=complaints.deadline_settings(actor).soon_hours)
    found = []
    for record in complaints.find_complaints(actor, complaints.ComplaintFilter("open"), now):
        if not is_office(actor) and actor.id not in (record.rep_id, record.handler_id):
            continue
        state = record.clock.state
        if state not in (deadline.DUE_SOON, deadline.LATE):
            continue
        due_local = deadline.local_of(record.due_at, zone)
        kind = COMPLAINT_LATE if state == deadline.LATE else COMPLAINT_DUE
        since = record.due_at if kind == COMPLAINT_LATE else record.due_at - soon
        key = f"{kind}:k{record.id}"
        facts = _facts(due_at=due_local.strftime("%Y-%m-%d %H:%M"), product=record.product)
        reminder = Reminder(
            key, kind, due_local.date(), record.customer_id, record.customer_name,
            complaint_id=record.id, facts=facts,
        )  # fmt: skip
        found.append((reminder, deadline.local_of(since, zone).date()))
    return found


def _dormant(actor: Person, day: dt.date) -> list[tuple[Reminder, dt.date]]:
    """Customers without a deal or a done visit for FIGURES_DORMANT_DAYS: the key figures'
    definition (services/owner/figure_sql.dormant_customers), for the actor's customers."""
    days = max(1, int(read_setting(FIGURES_DORMANT_DAYS)))
    scope = figure_sql.make_scope(None if is_office(actor) else actor.id)
    eligible, seen = figure_sql.dormant_customers(scope, day, days)
    query = (
        Customer.select(Customer.id, Customer.name, Customer.created_at)
        .where(_mine(actor), Customer.id.in_(eligible), Customer.id.not_in(seen))
        .order_by(Customer.id)
        .limit(DORMANT_LIMIT)
    )
    rows = list(tuple_rows(query))
    ids = [int(r[0]) for r in rows]
    last: dict[int, dt.date] = {}
    if ids:
        deals = Deal.select(Deal.customer, pw.fn.MAX(Deal.date)).where(Deal.customer.in_(ids))
        for cid, when in tuple_rows(deals.group_by(Deal.customer)):
            last[int(cid)] = as_date(when)
        visits = Visit.select(Visit.customer, pw.fn.MAX(Visit.start)).where(
            Visit.customer.in_(ids), Visit.status == VisitStatus.DONE.value
        )
        for cid, when in tuple_rows(visits.group_by(Visit.customer)):
            seen_on = as_datetime(when).date()
            last[int(cid)] = max(last.get(int(cid), seen_on), seen_on)
    found = []
    for cid, name, created in rows:
        contact = last.get(int(cid))
        since = (contact or as_datetime(created).date()) + dt.timedelta(days=days)
        since = min(since, day)
        key = f"{DORMANT}:c{cid}:{since.isoformat()}"
        facts = _facts(days=days, last_contact=contact.isoformat() if contact else "")
        found.append((Reminder(key, DORMANT, since, int(cid), name, facts=facts), since))
    return found


def _results_missing(actor: Person, now: dt.datetime) -> list[tuple[Reminder, dt.date]]:
    found = []
    for row in missing_results(actor, actor.id, now, FOLLOW_UP_DAYS):
        if row.rep_id != actor.id:
            continue
        due = row.start.date()
        key = f"{RESULT_MISSING}:v{row.id}"
        facts = _facts(start=row.start.strftime("%Y-%m-%d %H:%M"), matter=row.matter)
        reminder = Reminder(
            key, RESULT_MISSING, due, row.customer_id, row.customer_name, row.id, facts=facts
        )
        found.append((reminder, row.end.date()))
    return found


# ---------------------------------------------------------------- the list


def _states(actor: Person, keys: list[str]) -> dict[str, tuple[str, dt.date | None]]:
    """The person's marks of `keys`. Few keys: looked up by key; many (a rep's thousands of
    follow-ups): every mark of the person read once, which is quicker than a long IN list."""
    states: dict[str, tuple[str, dt.date | None]] = {}
    query = ReminderState.select(ReminderState.key, ReminderState.state, ReminderState.until)
    query = query.where(ReminderState.person == actor.id)
    if len(keys) <= 200:
        query = query.where(ReminderState.key.in_(keys))
    for key, state, until in tuple_rows(query):
        states[key] = (state, as_date(until) if until else None)
    return states


def _seen_through(actor: Person) -> dt.date | None:
    row = ReminderSeen.get_or_none(ReminderSeen.person == actor.id)
    return as_date(row.seen_through) if row is not None else None


@guard.anyone
def reminders_for(
    actor: Person,
    day: dt.date,
    *,
    now: dt.datetime | None = None,
    settled: bool = False,
) -> list[Reminder]:
    """Every reminder of `actor` on `day`, in KINDS order, then by day and customer.

    Without `settled`, only those to do: not done nor dismissed, and snoozed ones from their
    day on. `new` marks what appeared after the person's `seen_through` day (everything,
    when the centre was never seen). `now` (naive UTC) places the complaints' clocks; by
    default the present moment moved to `day`."""
    if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
        raise ValidationFailed([FieldError("day", "date", {"value": str(day)})])
    now = now or utcnow() + (day - dt.date.today())
    zone = office_timezone(actor)
    last = day + dt.timedelta(days=_lead())
    found = [
        *_birthdays(actor, day, last),
        *_anniversaries(actor, day, last),
        *_monthly_card(actor, day),
        *_follow_ups(actor, day),
        *_complaints(actor, now, zone),
        *_dormant(actor, day),
        *_results_missing(actor, deadline.local_of(now, zone)),
    ]
    states = _states(actor, [r.key for r, _ in found])
    seen = _seen_through(actor)
    shown: list[Reminder] = []
    for reminder, appeared in found:
        state, until = states.get(reminder.key, ("", None))
        if not settled and state not in SHOWN_STATES:
            continue
        if not settled and state == SNOOZED and until is not None and until > day:
            continue
        new = seen is None or appeared > seen
        shown.append(dataclasses.replace(reminder, state=state, new=new))
    order = {kind: n for n, kind in enumerate(KINDS)}
    shown.sort(key=lambda r: (order[r.kind], r.due_on, r.customer_name, r.key))
    return shown


@rule
def check_mark(key: object, state: object, until: object, today: dt.date) -> None:
    """Refuse a mark that makes no sense: a key of no KIND, a state not in MARKS, a snooze
    without a day after today (or a day given to anything but a snooze)."""
    errors: list[FieldError | None] = []
    if (
        not isinstance(key, str)
        or not key
        or len(key) > KEY_LIMIT
        or key.split(":")[0] not in KINDS
    ):
        errors.append(FieldError("key", "choice", {"value": str(key)[:40]}))
    if state not in MARKS:
        errors.append(FieldError("state", "choice", {"value": str(state)}))
    if state == SNOOZED:
        if not isinstance(until, dt.date) or isinstance(until, dt.datetime):
            errors.append(FieldError("until", "required"))
        elif until <= today:
            errors.append(FieldError("until", "date", {"value": until.isoformat()}))
    elif until is not None:
        errors.append(FieldError("until", "type", {"value": type(until).__name__}))
    refuse(errors)


@guard.anyone
def mark(
    actor: Person,
    key: str,
    state: str,
    until: dt.date | None = None,
    *,
    today: dt.date | None = None,
) -> None:
    """Remember what `actor` did with one reminder: DONE, SNOOZED until a day (shown again
    from it), DISMISSED; "" takes the mark back. Only the actor's own row is written."""
    today = today or dt.date.today()
    check_mark(key, state, until, today)
    with write_transaction():
        ReminderState.delete().where(
            ReminderState.person == actor.id, ReminderState.key == key
        ).execute()
        if state:
            ReminderState.create(person=actor.id, key=key, state=state, until=until)


@guard.anyone
def seen(actor: Person, day: dt.date) -> None:
    """The person's reminder centre was seen on `day`: what appears after it is new. The day
    never moves back (an older --date from the command line leaves it)."""
    if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
        raise ValidationFailed([FieldError("day", "date", {"value": str(day)})])
    with write_transaction():
        row = ReminderSeen.get_or_none(ReminderSeen.person == actor.id)
        if row is None:
            ReminderSeen.create(person=actor.id, seen_through=day)
        elif as_date(row.seen_through) < day:
            ReminderSeen.update(seen_through=day).where(ReminderSeen.id == row.id).execute()


@guard.anyone
def seen_through(actor: Person) -> dt.date | None:
    """The last day the person's reminder centre was seen (None: never)."""
    return _seen_through(actor)


@guard.anyone
def monthly_cards(actor: Person, month: dt.date) -> list[MonthlyCard]:
    """The monthly card list of `month` (每月一卡): every customer of the actor's (a rep's own;
    the office's own and the unowned) outside the trash, with the first contact and where to
    send the card, by province, city and name."""
    if not isinstance(month, dt.date) or isinstance(month, dt.datetime):
        raise ValidationFailed([FieldError("month", "date", {"value": str(month)})])
    first = Contact.alias("fc")  # the customer's first contact, through the customer index
    first_contact = first.select(pw.fn.MIN(first.id)).where(first.customer == Customer.id)
    person = Contact.alias("p")
    query = (
        Customer.select(
            Customer.id,
            Customer.name,
            Customer.company,
            person.name,
            person.position,
            Customer.province,
            Customer.city,
            Customer.district,
            Customer.address,
            Customer.phone,
            Customer.mobile,
            Customer.email,
            User.name,
        )  # fmt: skip
        .join(person, pw.JOIN.LEFT_OUTER, on=person.id == first_contact)
        .join(User, pw.JOIN.LEFT_OUTER, on=User.id == Customer.owner_rep)
        .where(_mine(actor))
        .order_by(Customer.province, Customer.city, Customer.name, Customer.id)
    )
    return [MonthlyCard(int(row[0]), *(str(v or "") for v in row[1:])) for row in tuple_rows(query)]
