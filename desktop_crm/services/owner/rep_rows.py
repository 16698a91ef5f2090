"""The owner summary's row per rep (issue 12, item 4) in a handful of grouped queries.

Each column is the key figure of services/owner/figures.py for that rep — the same definition,
the same rows (tests/services/test_rep_rows.py compares every row with `key_figures` of the
rep) — but computed for every rep at once with GROUP BY, where `figures_per_rep` computes
every figure of each rep in turn (50 reps: 50 × all the figures, seconds at 1M visits).

Columns: visits done and the standard's total (`visits_against_standard`), against the
standard in per cent, sales (the deals of the customers the rep owns), close rate (the
opportunities the rep owns closed in the period), new customers (created in the period, owned
by the rep), overdue next actions (of the visits the rep made; as of today).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

import peewee as pw

from ...models.core import Customer, Deal
from ...models.db import tuple_rows
from ...models.opportunities import LOST, WON, Opportunity
from ...models.visits import Visit
from ..common.acting import Person
from ..people.policy import guard
from ..visits.standards import office_timezone
from . import figure_sql as q
from .figures import Period, visits_against_standard

ONE_DECIMAL = Decimal("0.1")


@dataclass(frozen=True)
class RepRow:
    rep_id: int
    rep_name: str
    visits_done: int
    standard: int  # the standard's total over the period's workdays up to today
    against_standard: Decimal | None  # per cent; None when no workday has begun
    sales: Decimal
    close_rate: Decimal | None  # per cent; None when none of theirs was won or lost
    new_customers: int
    overdue_next_actions: int


def _percent(top: int, bottom: int) -> Decimal | None:
    if not bottom:
        return None
    return (Decimal(top) * 100 / Decimal(bottom)).quantize(ONE_DECIMAL, ROUND_HALF_UP)


def _utc(actor: Person, day: dt.date) -> dt.datetime:
    """The start of the office's local `day` as naive UTC (creation times are UTC)."""
    local = dt.datetime.combine(day, dt.time(), tzinfo=ZoneInfo(office_timezone(actor)))
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def _sales(first: dt.date, last: dt.date) -> dict[int, Decimal]:
    rows = tuple_rows(
        Deal.select(Customer.owner_rep, pw.fn.SUM(Deal.amount).coerce(False))
        .join(Customer, on=Deal.customer == Customer.id)
        .where(
            Deal.date >= first,
            Deal.date <= last,
            Customer.deleted_at.is_null(True),
            Customer.owner_rep.is_null(False),
        )
        .group_by(Customer.owner_rep)
    )
    return {int(rep): (Decimal(int(fen or 0)) / 100).quantize(Decimal("0.01")) for rep, fen in rows}


def _closed(scope: q.Scope, first: dt.date, last: dt.date) -> dict[int, tuple[int, int]]:
    won = pw.fn.SUM(pw.Case(None, [(Opportunity.stage == WON, 1)], 0)).coerce(False)
    lost = pw.fn.SUM(pw.Case(None, [(Opportunity.stage == LOST, 1)], 0)).coerce(False)
    rows = tuple_rows(
        Opportunity.select(Opportunity.owner_rep, won, lost)
        .where(
            Opportunity.closed_on >= first,
            Opportunity.closed_on <= last,
            Opportunity.owner_rep.is_null(False),
            q.opportunity_scope(scope),
        )
        .group_by(Opportunity.owner_rep)
    )
    return {int(rep): (int(w or 0), int(lo or 0)) for rep, w, lo in rows}


def _new(actor: Person, first: dt.date, last: dt.date) -> dict[int, int]:
    rows = tuple_rows(
        Customer.select(Customer.owner_rep, pw.fn.COUNT(Customer.id))
        .where(
            Customer.created_at >= _utc(actor, first),
            Customer.created_at < _utc(actor, last + dt.timedelta(days=1)),
            Customer.deleted_at.is_null(True),
            Customer.owner_rep.is_null(False),
        )
        .group_by(Customer.owner_rep)
    )
    return {int(rep): int(n) for rep, n in rows}


def _overdue(scope: q.Scope, today: dt.date) -> dict[int, int]:
    query = q.overdue_next_actions(scope, today)
    rows = tuple_rows(query.select(Visit.rep, pw.fn.COUNT(Visit.id)).group_by(Visit.rep))
    return {int(rep): int(n) for rep, n in rows}


@guard.office
def rep_rows(actor: Person, period: Period, *, today: dt.date | None = None) -> list[RepRow]:
    """A row per active rep, by name, for `period` (the office only: a rep's own report has
    their key figures)."""
    today = today or dt.date.today()
    scope = q.make_scope(None)
    visits = visits_against_standard(actor, period, None, by_week=False, today=today)
    sales = _sales(period.start, period.end)
    closed = _closed(scope, period.start, period.end)
    new = _new(actor, period.start, period.end)
    overdue = _overdue(scope, today)
    out = []
    for v in visits:
        won, lost = closed.get(v.rep_id, (0, 0))
        out.append(
            RepRow(
                rep_id=v.rep_id,
                rep_name=v.rep_name,
                visits_done=v.done,
                standard=v.standard,
                against_standard=_percent(v.done, v.standard),
                sales=sales.get(v.rep_id, Decimal("0.00")),
                close_rate=_percent(won, won + lost),
                new_customers=new.get(v.rep_id, 0),
                overdue_next_actions=overdue.get(v.rep_id, 0),
            )
        )
    return out
