"""The key figures of every rep at once (services/owner/figures.figures_per_rep): the queries of
figure_sql.py grouped by the rep column of each figure, one query per family of figures for
both periods (the period and the one before), never one per rep.

Whose rows, as for one rep (figures.py): customers, deals and sales by the customer's owner
rep; visits by the visit's rep; opportunities by the opportunity's owner rep; a customer in
the trash counts nowhere. Each function returns {rep id: values}; a rep missing has none.

On SQLite the deals are read from each rep's customers (the customer owner index, then the
deal (customer, date, amount) index of schema step 67): a CROSS JOIN keeps that order, where
the planner would otherwise look up the wide customer row of every deal of two years.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import peewee as pw

from ...models.core import Customer, Deal
from ...models.db import tuple_rows
from ...models.opportunities import LOST, WON, Opportunity
from ...models.visits import Visit
from ..common.acting import internal
from . import figure_sql as q

Span = tuple[dt.date, dt.date]


def _case_sum(condition: Any, value: Any) -> Any:
    return pw.fn.SUM(pw.Case(None, [(condition, value)], 0)).coerce(False)


def _flag(condition: Any) -> Any:
    return pw.fn.MAX(pw.Case(None, [(condition, 1)], 0))


def _rep_deals(reps: list[int]) -> Any:
    """(join type, on, where) of the reps' customers (outside the trash) and their deals, in
    the order the query names them: on SQLite a CROSS JOIN, which keeps that order."""
    join = pw.JOIN.CROSS if q._is_sqlite() else pw.JOIN.INNER
    on = None if join == pw.JOIN.CROSS else (Deal.customer == Customer.id)
    return (
        join,
        on,
        (
            (Deal.customer == Customer.id)
            & Customer.owner_rep.in_(reps)
            & Customer.deleted_at.is_null(True)
        ),
    )


def _ints(row: Any) -> list[int]:
    return [int(v or 0) for v in row]


@internal
def deal_sums(reps: list[int], spans: list[Span]) -> dict[int, list[int]]:
    """{rep: the fen of each span}: the deals of each rep's customers (the years to date,
    two years of deals: read from the customers' side)."""
    first, last = min(s[0] for s in spans), max(s[1] for s in spans)
    columns: list[Any] = [Customer.owner_rep]
    columns += [_case_sum(q._between(Deal.date, a, b), Deal.amount) for a, b in spans]
    join, on, where = _rep_deals(reps)
    query = (
        Customer.select(*columns)
        .join(Deal, join, on=on)
        .where(where, q._between(Deal.date, first, last))
        .group_by(Customer.owner_rep)
    )
    return {int(row[0]): _ints(row[1:]) for row in tuple_rows(query)}


@internal
def buyer_figures(
    reps: list[int], periods: list[Span]
) -> dict[int, list[tuple[q.BuyerFigures, int]]]:
    """figure_sql.buyer_figures for every rep, with the number of deals of each period but
    the first: the buying customers grouped with their owner rep, ranked within each rep
    (ties by customer id)."""
    first, last = periods[0][0], periods[-1][1]
    columns: list[Any] = [Customer.owner_rep.alias("rep"), Deal.customer.alias("cid")]
    for n, (a, b) in enumerate(periods):
        inside = q._between(Deal.date, a, b)
        columns.append(_flag(inside).alias(f"f{n}"))
        columns.append(_case_sum(inside, Deal.amount).alias(f"s{n}"))
        columns.append(_case_sum(inside, 1).alias(f"c{n}"))
    join, on, where = _rep_deals(reps)  # a few months: from the deals' side
    grouped = (
        Deal.select(*columns)
        .join(Customer, join, on=on)
        .where(where, q._between(Deal.date, first, last))
        .group_by(Customer.owner_rep, Deal.customer)
        .alias("g")
    )
    g = grouped.c
    ranks: list[Any] = [pw.SQL('"g".*')]
    for n in range(1, len(periods)):
        flag, amount = getattr(g, f"f{n}"), getattr(g, f"s{n}")
        order = [flag.desc(), amount.desc(), g.cid]
        ranks.append(pw.fn.ROW_NUMBER().over(partition_by=[g.rep], order_by=order).alias(f"r{n}"))
        ranks.append(pw.fn.SUM(flag).over(partition_by=[g.rep]).alias(f"n{n}"))
    ranked = pw.Select([grouped], ranks).alias("k")
    k = ranked.c
    sums: list[Any] = [k.rep]
    for n in range(1, len(periods)):
        flag, before = getattr(k, f"f{n}"), getattr(k, f"f{n - 1}")
        amount, rank, count = getattr(k, f"s{n}"), getattr(k, f"r{n}"), getattr(k, f"n{n}")
        top = (flag == 1) & (rank * 5 <= count + 4)  # rank <= ceil(buyers / 5)
        sums += [
            pw.fn.SUM(amount),
            pw.fn.SUM(flag),
            pw.fn.SUM(before),
            pw.fn.SUM(pw.Case(None, [((flag == 1) & (before == 1), 1)], 0)),
            pw.fn.SUM(pw.Case(None, [(top, amount)], 0)),
            pw.fn.SUM(getattr(k, f"c{n}")),
        ]
    query = pw.Select([ranked], sums).group_by(k.rep).bind(Deal._meta.database).tuples()
    out = {}
    for row in query:
        values = _ints(row[1:])
        out[int(row[0])] = [
            (
                q.BuyerFigures(
                    q._yuan(values[6 * n]),
                    values[6 * n + 1],
                    values[6 * n + 2],
                    values[6 * n + 3],
                    q._yuan(values[6 * n + 4]),
                ),
                values[6 * n + 5],
            )
            for n in range(len(periods) - 1)
        ]
    return out


@internal
def done_visits(scope: q.Scope, reps: list[int], spans: list[Span]) -> dict[int, list[int]]:
    """{rep: done visits in each span}: the visits each rep made (customer outside the trash),
    along the (rep, start) index."""
    first, last = min(s[0] for s in spans), max(s[1] for s in spans)
    columns = [Visit.rep] + [
        _case_sum(
            (Visit.start >= q.day_start(a)) & (Visit.start < q.day_start(b + dt.timedelta(days=1))),
            1,
        )
        for a, b in spans
    ]
    query = (
        Visit.select(*columns)
        .where(q.done_between(first, last), Visit.rep.in_(reps), q._alive(Visit.customer, scope))
        .group_by(Visit.rep)
    )
    return {int(row[0]): _ints(row[1:]) for row in tuple_rows(query)}


@internal
def closed_counts(scope: q.Scope, reps: list[int], spans: list[Span]) -> dict[int, list[int]]:
    """{rep: [won, lost] for each span}: the opportunities each rep owns, by closed date."""
    first, last = min(s[0] for s in spans), max(s[1] for s in spans)
    columns: list[Any] = [Opportunity.owner_rep]
    for a, b in spans:
        inside = q._between(Opportunity.closed_on, a, b)
        columns += [
            _case_sum(inside & (Opportunity.stage == WON), 1),
            _case_sum(inside & (Opportunity.stage == LOST), 1),
        ]
    query = (
        Opportunity.select(*columns)
        .where(
            q._between(Opportunity.closed_on, first, last),
            Opportunity.owner_rep.in_(reps),
            q._alive(Opportunity.customer, scope),
        )
        .group_by(Opportunity.owner_rep)
    )
    return {int(row[0]): _ints(row[1:]) for row in tuple_rows(query)}


@internal
def new_customers(
    reps: list[int], bounds: list[tuple[dt.datetime, dt.datetime]]
) -> dict[int, list[int]]:
    """{rep: customers created in each [since, before) (naive UTC)}, outside the trash."""
    columns = [Customer.owner_rep] + [
        _case_sum((Customer.created_at >= a) & (Customer.created_at < b), 1) for a, b in bounds
    ]
    query = (
        Customer.select(*columns)
        .where(
            Customer.owner_rep.in_(reps),
            Customer.deleted_at.is_null(True),
            Customer.created_at >= min(b[0] for b in bounds),
            Customer.created_at < max(b[1] for b in bounds),
        )
        .group_by(Customer.owner_rep)
    )
    return {int(row[0]): _ints(row[1:]) for row in tuple_rows(query)}


@internal
def seen_customers(
    scope: q.Scope, reps: list[int], spans: list[Span], cutoffs: list[dt.datetime | None]
) -> dict[int, list[int]]:
    """{rep: for each span, how many of the rep's customers (created before its cutoff, when
    one is given) have a deal or a done visit (anyone's) in it}: the active customers and the
    seen ones of the dormant figure, in one pass over the deals and visits of all the spans."""
    first, last = min(s[0] for s in spans), max(s[1] for s in spans)
    deals = Deal.select(Deal.customer.alias("cid"), Deal.date.alias("d")).where(
        q._between(Deal.date, first, last)
    )
    visits = Visit.select(Visit.customer.alias("cid"), q._day_of(Visit.start).alias("d")).where(
        q.done_between(first, last), q._visit_rep_index(scope)
    )
    both = (deals + visits).alias("u")  # UNION ALL
    flags = [_flag(q._between(both.c.d, a, b)).alias(f"s{n}") for n, (a, b) in enumerate(spans)]
    grouped = pw.Select([both], [both.c.cid.alias("cid"), *flags]).group_by(both.c.cid).alias("g")
    sums: list[Any] = [Customer.owner_rep]
    for n, cutoff in enumerate(cutoffs):
        flag = getattr(grouped.c, f"s{n}")
        counted = flag == 1
        if cutoff is not None:
            counted &= Customer.created_at < cutoff
        sums.append(_case_sum(counted, 1))
    query = (
        Customer.select(*sums)
        .join(grouped, on=(grouped.c.cid == Customer.id))
        .where(Customer.owner_rep.in_(reps), Customer.deleted_at.is_null(True))
        .group_by(Customer.owner_rep)
    )
    return {int(row[0]): _ints(row[1:]) for row in tuple_rows(query)}


@internal
def on_file(reps: list[int], cutoffs: list[dt.datetime]) -> dict[int, list[int]]:
    """{rep: the rep's customers created before each cutoff}, outside the trash."""
    columns = [Customer.owner_rep] + [_case_sum(Customer.created_at < c, 1) for c in cutoffs]
    query = (
        Customer.select(*columns)
        .where(Customer.owner_rep.in_(reps), Customer.deleted_at.is_null(True))
        .group_by(Customer.owner_rep)
    )
    return {int(row[0]): _ints(row[1:]) for row in tuple_rows(query)}


@internal
def to_do(scope: q.Scope, reps: list[int], today: dt.date) -> dict[int, list[int]]:
    """{rep: [overdue next actions, visits without a result]} of the visits each rep made."""
    out: dict[int, list[int]] = {}
    wanted = set(reps)
    for n, query in enumerate(
        (q.overdue_next_actions(scope, today), q.visits_without_result(scope, today))
    ):
        # the office's queries as they are (their indexes), grouped; other people left out
        rows = tuple_rows(query.select(Visit.rep, pw.fn.COUNT(Visit.id)).group_by(Visit.rep))
        for rep, count in rows:
            if int(rep) in wanted:
                out.setdefault(int(rep), [0, 0])[n] = int(count)
    return out


@internal
def open_pipeline(scope: q.Scope, reps: list[int]) -> dict[int, tuple[Decimal, Decimal]]:
    """{rep: (expected amount, weighted amount)} of the open opportunities each rep owns."""
    query = (
        Opportunity.select(
            Opportunity.owner_rep,
            Opportunity.stage,
            pw.fn.SUM(Opportunity.expected_amount).coerce(False),
            pw.fn.SUM(Opportunity.expected_amount * Opportunity.probability).coerce(False),
        )
        .where(Opportunity.owner_rep.in_(reps), q._alive(Opportunity.customer, scope))
        .group_by(Opportunity.owner_rep, Opportunity.stage)
    )
    out: dict[int, tuple[Decimal, Decimal]] = {}
    for rep, stage, amount, weighted in tuple_rows(query):
        if str(stage) in (WON, LOST):
            continue
        # summed per stage then added, as figure_sql.pipeline_totals rounds each stage
        was = out.get(int(rep), (Decimal("0.00"), Decimal("0.00")))
        out[int(rep)] = (
            was[0] + q._yuan(amount),
            was[1] + q._yuan(Decimal(int(weighted or 0)) / 100),
        )
    return out
