"""The owner summary's action list (issue 12, item 4): what someone should do next, as short
lists of rows, each capped, each with the number of rows it left out.

- overdue follow-ups: done visits whose next action was due before today and has no follow-up
  visit planned (the same rows the key figure OVERDUE_NEXT_ACTIONS counts);
- unreported visits: visits still planned whose start lies before today (VISITS_WITHOUT_RESULT);
- key customers not seen: key customers (services/analysis/key_customers.is_key_customer: the
  key-customer category, or an uncategorised A-tier customer) with no done visit in the N days
  up to today (30 unless asked otherwise), never visited ones first — a new key customer
  nobody has visited yet is listed too (an office that imports its file has every customer
  "new" on the first day);
- late complaints: complaints not resolved yet and past their deadline (services/aftersale/
  deadline.py), the longest overdue first; the day is the deadline's day in the office's zone.

Whose rows: for one rep, the visits the rep made, the customers the rep owns and the
complaints of the rep (as the key figures count them); for the office every rep's, and the
shared pool's key customers and complaints. A rep
asking gets their own lists only (`guard.rep`). Each list is one COUNT and one query for its
first rows, so it stays quick at 100k customers and 1M visits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import peewee as pw

from ...models.aftersale import Complaint
from ...models.core import Customer, User
from ...models.db import tuple_rows
from ...models.visits import Visit
from ..analysis.key_customers import key_customer_sql
from ..analysis.tiers import effective_tier_sql
from ..common.acting import Person
from ..common.errors import FieldError, ValidationFailed
from ..people.policy import guard
from ..visits.standards import office_timezone
from ..visits.status import VisitStatus
from . import figure_sql as q
from .figures import judged_at

DEFAULT_LIMIT = 10  # rows shown per list; the rest is "and N more"
DEFAULT_KEY_DAYS = 30  # a key customer not seen for this many days is listed


@dataclass(frozen=True)
class ActionRow:
    """One line of an action list. `day`: the due date (follow-up), the planned day
    (unreported visit), the last done visit (key customer; None: never visited)."""

    id: int  # the visit's id, the customer's for a key customer, the complaint's
    customer_id: int
    customer: str
    rep: str  # "" for a pool customer
    day: dt.date | None
    text: str  # the next action; the visit's matter; the key customer's tier; what happened


@dataclass(frozen=True)
class ActionList:
    rows: tuple[ActionRow, ...]
    total: int  # every row the list holds, shown or not

    @property
    def more(self) -> int:
        """How many rows were left out ("and N more")."""
        return max(0, self.total - len(self.rows))


@dataclass(frozen=True)
class Actions:
    today: dt.date
    key_days: int
    overdue_follow_ups: ActionList
    unreported_visits: ActionList
    key_customers_not_seen: ActionList
    late_complaints: ActionList | None  # None: not asked for


def _check(limit: int, key_days: int) -> None:
    errors = []
    if not isinstance(limit, int) or isinstance(limit, bool) or limit < 0:
        errors.append(FieldError("limit", "range", {"value": limit, "low": 0}))
    if not isinstance(key_days, int) or isinstance(key_days, bool) or not 1 <= key_days <= 3650:
        errors.append(FieldError("key_days", "range", {"value": key_days, "low": 1, "high": 3650}))
    if errors:
        raise ValidationFailed(errors)


def _day(value: object) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _visit_list(query: pw.ModelSelect, day: pw.Node, text: pw.Node, limit: int) -> ActionList:
    """The first `limit` visits of `query` (figure_sql's query of the figure's visits) with
    their customer and rep, and how many it holds (COUNT(*) OVER (): one pass, not two)."""
    if limit == 0:
        return ActionList((), q.count_of(query))
    total = pw.fn.COUNT(pw.SQL("*")).over()
    rows = list(
        tuple_rows(
            query.select(Visit.id, Customer.id, Customer.name, User.name, day, text, total)
            .join(Customer, on=Visit.customer == Customer.id)
            .switch(Visit)
            .join(User, on=Visit.rep == User.id)
            .order_by(day, Visit.id)
            .limit(limit)
        )
    )
    found = tuple(
        ActionRow(int(v), int(c), str(name or ""), str(rep or ""), _day(d), str(t or ""))
        for v, c, name, rep, d, t, _n in rows
    )
    return ActionList(found, int(rows[0][-1]) if rows else 0)


def _overdue(scope: q.Scope, today: dt.date, limit: int) -> ActionList:
    query = q.overdue_next_actions(scope, today)
    return _visit_list(query, Visit.next_action_on, Visit.next_action, limit)


def _unreported(scope: q.Scope, today: dt.date, limit: int) -> ActionList:
    query = q.visits_without_result(scope, today)
    return _visit_list(query, Visit.start, Visit.matter, limit)


def _key_customers(scope: q.Scope, today: dt.date, days: int, limit: int) -> ActionList:
    since = q.day_start(today - dt.timedelta(days=days - 1))
    seen = Visit.select(pw.SQL("1")).where(
        Visit.customer == Customer.id,
        Visit.status == VisitStatus.DONE.value,
        Visit.start >= since,
        Visit.start < q.day_start(today + dt.timedelta(days=1)),
    )
    where = (
        key_customer_sql()
        & Customer.deleted_at.is_null(True)
        & q.customer_scope(Customer.id, scope)
        & ~pw.fn.EXISTS(seen)
    )
    if limit == 0:
        return ActionList((), int(Customer.select(Customer.id).where(where).count()))
    last = Visit.select(pw.fn.MAX(Visit.start)).where(
        Visit.customer == Customer.id, Visit.status == VisitStatus.DONE.value
    )
    # never visited first, then the longest unseen; the count of all in the same pass
    rows = list(
        tuple_rows(
            Customer.select(
                Customer.id,
                Customer.name,
                User.name,
                last.alias("seen"),
                effective_tier_sql(),
                pw.fn.COUNT(pw.SQL("*")).over(),
            )
            .join(User, pw.JOIN.LEFT_OUTER, on=Customer.owner_rep == User.id)
            .where(where)
            .order_by(pw.SQL("4").asc(nulls="first"), Customer.id)
            .limit(limit)
        )
    )
    return ActionList(
        tuple(
            ActionRow(int(c), int(c), str(name or ""), str(rep or ""), _day(seen), str(tier or ""))
            for c, name, rep, seen, tier, _n in rows
        ),
        int(rows[0][-1]) if rows else 0,
    )


def _late_complaints(actor: Person, scope: q.Scope, today: dt.date, limit: int) -> ActionList:
    """Open complaints past their deadline at `today`'s moment (figures.judged_at)."""
    now = judged_at(actor, today)
    where = (
        Complaint.resolved_at.is_null(True) & (Complaint.due_at < now) & q.complaint_scope(scope)
    )
    if limit == 0:
        return ActionList((), int(Complaint.select(Complaint.id).where(where).count()))
    zone = ZoneInfo(office_timezone(actor))
    rows = list(
        tuple_rows(
            Complaint.select(
                Complaint.id,
                Customer.id,
                Customer.name,
                User.name,
                Complaint.due_at,
                Complaint.description,
                pw.fn.COUNT(pw.SQL("*")).over(),
            )
            .join(Customer, on=Complaint.customer == Customer.id)
            .switch(Complaint)
            .join(User, pw.JOIN.LEFT_OUTER, on=Complaint.rep == User.id)
            .where(where)
            .order_by(Complaint.due_at, Complaint.id)
            .limit(limit)
        )
    )
    found = tuple(
        ActionRow(
            int(k), int(c), str(name or ""), str(rep or ""), _local_day(due, zone), str(t or "")
        )
        for k, c, name, rep, due, t, _n in rows
    )
    return ActionList(found, int(rows[0][-1]) if rows else 0)


def _local_day(moment: object, zone: ZoneInfo) -> dt.date | None:
    if not isinstance(moment, dt.datetime):
        moment = dt.datetime.fromisoformat(str(moment)) if moment else None
    if moment is None:
        return None
    return moment.replace(tzinfo=dt.UTC).astimezone(zone).date()


@guard.rep()
def action_lists(
    actor: Person,
    rep_id: int | None = None,
    *,
    today: dt.date | None = None,
    limit: int = DEFAULT_LIMIT,
    key_days: int = DEFAULT_KEY_DAYS,
) -> Actions:
    """The summary's action lists as of `today`, for `rep_id` (None: the office; a rep always
    themself), each with at most `limit` rows. `key_days`: how long a key customer may go
    without a done visit before it is listed. ValidationFailed names "limit" or "key_days"."""
    _check(limit, key_days)
    today = today or dt.date.today()
    scope = q.make_scope(rep_id)
    return Actions(
        today=today,
        key_days=key_days,
        overdue_follow_ups=_overdue(scope, today, limit),
        unreported_visits=_unreported(scope, today, limit),
        key_customers_not_seen=_key_customers(scope, today, key_days, limit),
        late_complaints=_late_complaints(actor, scope, today, limit),
    )
