"""The rows behind each key figure (services/owner/figures.drill): the same queries the figure
counts, as ids, and a short description of each row for the dashboard's drill list."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import peewee as pw

from ...models.aftersale import Complaint, Survey
from ...models.core import Customer, Deal, User
from ...models.opportunities import Opportunity
from ...models.visits import Visit
from ..common.acting import Person, internal
from . import figure_sql as q

if TYPE_CHECKING:
    from .figures import DrillRow, FigureKey, Period


def _ids(query: Any) -> tuple[int, ...]:
    return tuple(int(r[0]) for r in query.tuples())


@internal
def drill_ids(
    actor: Person, scope: q.Scope, key: FigureKey, period: Period, today: dt.date
) -> tuple[int, ...]:
    """The ids a figure counts (in a stable order: by id, the top customers by rank)."""
    from . import figures as f

    k = f.FigureKey
    first, last = period.start, period.end
    if key is k.CLOSE_RATE:
        return _ids(q.closed_opportunities(scope, first, last).order_by(Opportunity.id))
    if key in (k.VISITS_DONE, k.VISITS_PER_DAY, k.VISITS_AGAINST_STANDARD):
        return _ids(q.done_visits(scope, first, last).order_by(Visit.id))
    if key in (
        k.DEALS_PER_VISIT,
        k.SALES,
        k.AVERAGE_PURCHASE,
        k.PURCHASE_FREQUENCY,
        k.SALES_PER_REP,
    ):
        return _deal_ids(scope, first, last)
    if key is k.SALES_YTD:
        return _deal_ids(scope, *f._ytd(period))
    if key is k.SALES_YTD_LAST_YEAR:
        return _deal_ids(scope, *f._ytd_last_year(period))
    if key is k.NEW_CUSTOMERS:
        since, before = f._utc_bounds(actor, first, last)
        return _ids(q.new_customers(scope, since, before).order_by(Customer.id))
    if key is k.ACTIVE_CUSTOMERS:
        window = q.active_customers(scope, first, last)
        return _ids(
            Customer.select(Customer.id).where(Customer.id.in_(window)).order_by(Customer.id)
        )
    if key is k.DORMANT_CUSTOMERS:
        eligible, seen = q.dormant_customers(scope, min(last, today), f._dormant_days())
        return _ids(eligible.where(Customer.id.not_in(seen)).order_by(Customer.id))
    if key is k.RETENTION_RATE:
        prev = period.previous()
        return _ids(
            Customer.select(Customer.id)
            .where(
                Customer.id.in_(_buyers(scope, prev.start, prev.end)),
                Customer.id.in_(_buyers(scope, first, last)),
            )
            .order_by(Customer.id)
        )
    if key is k.TOP20_SHARE:
        return q.top_buyers(scope, first, last)
    if key is k.OVERDUE_NEXT_ACTIONS:
        return _ids(q.overdue_next_actions(scope, today).order_by(Visit.id))
    if key is k.VISITS_WITHOUT_RESULT:
        return _ids(q.visits_without_result(scope, today).order_by(Visit.id))
    if key in (k.COMPLAINTS_ON_TIME, k.COMPLAINTS_LATE):
        since, before = f._utc_bounds(actor, first, last)
        late = key is k.COMPLAINTS_LATE
        query = q.complaints_in(scope, since, before, f.judged_at(actor, today), late=late)
        return _ids(query.order_by(Complaint.id))
    if key is k.SATISFACTION_RATE:
        return _ids(q.satisfaction_surveys(scope, first, last).order_by(Survey.id))
    return _ids(q.open_opportunities(scope).order_by(Opportunity.id))  # the two pipelines


def _deal_ids(scope: q.Scope, first: dt.date, last: dt.date) -> tuple[int, ...]:
    return _ids(
        Deal.select(Deal.id)
        .where(Deal.date >= first, Deal.date <= last, q.customer_scope(Deal.customer, scope))
        .order_by(Deal.date, Deal.id)
    )


def _buyers(scope: q.Scope, first: dt.date, last: dt.date) -> Any:
    return Deal.select(Deal.customer).where(
        Deal.date >= first, Deal.date <= last, q.customer_scope(Deal.customer, scope)
    )


def _as_date(value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


@internal
def drill_rows(entity: str, ids: tuple[int, ...]) -> tuple[DrillRow, ...]:
    """Each id described (customer, day, rep, amount, a text), in the order of `ids`."""
    from .figures import DrillRow

    if not ids:
        return ()
    rep = User.alias("r")
    found: dict[int, DrillRow] = {}
    for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
        for row in _describe(entity, list(chunk), rep).tuples():
            rid, cid, name, day, who, amount, text = row
            found[int(rid)] = DrillRow(
                int(rid),
                int(cid),
                str(name or ""),
                _as_date(day),
                str(who or ""),
                None if amount is None else Decimal(str(amount)).quantize(Decimal("0.01")),
                str(text or ""),
            )
    return tuple(found[i] for i in ids if i in found)


def _describe(entity: str, ids: list[int], rep: Any) -> Any:
    """(id, customer id, customer name, day, rep name, amount, text) of each id."""
    none = pw.Value(None)
    if entity == "customer":
        return (
            Customer.select(
                Customer.id, Customer.id, Customer.name, Customer.created_at, rep.name, none,
                Customer.company,
            )
            .join(rep, pw.JOIN.LEFT_OUTER, on=(Customer.owner_rep == rep.id))
            .where(Customer.id.in_(ids))
        )  # fmt: skip
    if entity == "visit":
        return (
            Visit.select(
                Visit.id, Visit.customer, Customer.name, Visit.start, rep.name, none,
                pw.fn.COALESCE(pw.Case(None, [(Visit.next_action != "", Visit.next_action)]),
                               Visit.matter),
            )
            .join(Customer, on=(Visit.customer == Customer.id))
            .join(rep, pw.JOIN.LEFT_OUTER, on=(Visit.rep == rep.id))
            .where(Visit.id.in_(ids))
        )  # fmt: skip
    if entity == "deal":
        return (
            Deal.select(
                Deal.id, Deal.customer, Customer.name, Deal.date, rep.name,
                Deal.amount,
                Deal.products,
            )
            .join(Customer, on=(Deal.customer == Customer.id))
            .join(rep, pw.JOIN.LEFT_OUTER, on=(Customer.owner_rep == rep.id))
            .where(Deal.id.in_(ids))
        )  # fmt: skip
    if entity == "complaint":
        return (
            Complaint.select(
                Complaint.id, Complaint.customer, Customer.name, Complaint.received_at,
                rep.name, none, Complaint.description,
            )
            .join(Customer, on=(Complaint.customer == Customer.id))
            .join(rep, pw.JOIN.LEFT_OUTER, on=(Complaint.rep == rep.id))
            .where(Complaint.id.in_(ids))
        )  # fmt: skip
    if entity == "survey":
        return (
            Survey.select(
                Survey.id, Survey.customer, Customer.name, Survey.surveyed_on, rep.name,
                Survey.score, Survey.notes,
            )
            .join(Customer, on=(Survey.customer == Customer.id))
            .join(rep, pw.JOIN.LEFT_OUTER, on=(Survey.rep == rep.id))
            .where(Survey.id.in_(ids))
        )  # fmt: skip
    return (
        Opportunity.select(
            Opportunity.id, Opportunity.customer, Customer.name,
            pw.fn.COALESCE(Opportunity.closed_on, Opportunity.expected_close), rep.name,
            Opportunity.expected_amount, Opportunity.title,
        )
        .join(Customer, on=(Opportunity.customer == Customer.id))
        .join(rep, pw.JOIN.LEFT_OUTER, on=(Opportunity.owner_rep == rep.id))
        .where(Opportunity.id.in_(ids))
    )  # fmt: skip
