"""The SQL behind the key figures (services/owner/figures.py): one aggregate query per group of
figures, never a loop over rows, so the office's figures stay fast at 100k customers and 1M
visits. Every building block takes the `Scope` (whose rows count) and plain dates.

Money is summed as the stored whole fen (models/db.MoneyField) and turned into yuan here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import peewee as pw

from ...models.aftersale import SATISFACTION, Complaint, Survey
from ...models.core import Customer, Deal, User
from ...models.db import tuple_rows
from ...models.opportunities import CLOSED_STAGES, LOST, WON, Opportunity
from ...models.visits import Visit
from ..common.acting import internal, rule
from ..visits.status import VisitStatus

TRASH_LIST_LIMIT = 500  # up to this many trashed customers are excluded by a literal id list


@dataclass(frozen=True)
class Scope:
    """Whose rows count: `rep_id` None is the office. `trashed` lists the trashed customers
    (None: too many, excluded by a subquery); `user_ids` every person, so visit queries walk
    the (rep, start) index even for the whole office."""

    rep_id: int | None
    trashed: tuple[int, ...] | None
    user_ids: tuple[int, ...]


_trash_seen: dict[tuple[int, str, str], tuple[int, ...] | None] = {}


def _trashed() -> tuple[int, ...] | None:
    """The trashed customers' ids (None: more than TRASH_LIST_LIMIT). Finding them scans the
    customer table (deleted_at has no index, models/core.py says why), so the answer is kept
    until a customer changes: moving one to the trash or back bumps its updated_at, and the
    newest updated_at is read from its index."""
    database = Customer._meta.database.obj
    newest = Customer.select(pw.fn.MAX(Customer.updated_at)).scalar()
    key = (id(database), str(getattr(database, "database", "")), str(newest))
    if key not in _trash_seen:
        found = [
            int(r[0])
            for r in tuple_rows(
                Customer.select(Customer.id)
                .where(Customer.deleted_at.is_null(False))
                .limit(TRASH_LIST_LIMIT + 1)
            )
        ]
        _trash_seen.clear()
        _trash_seen[key] = tuple(found) if len(found) <= TRASH_LIST_LIMIT else None
    return _trash_seen[key]


@internal
def make_scope(rep_id: int | None) -> Scope:
    users = tuple(int(r[0]) for r in tuple_rows(User.select(User.id)))
    return Scope(rep_id, _trashed(), users)


def _alive(column: Any, scope: Scope) -> Any:
    """`column` (a customer id) names a customer outside the trash."""
    if scope.trashed is None:
        trashed = Customer.select(Customer.id).where(Customer.deleted_at.is_null(False))
        return column.not_in(trashed)
    return column.not_in(list(scope.trashed)) if scope.trashed else pw.SQL("1 = 1")


@internal
def customer_scope(column: Any, scope: Scope) -> Any:
    """`column` names a customer that counts: outside the trash, and the rep's own (the
    customer's owner rep) when the scope is one rep."""
    if scope.rep_id is None:
        return _alive(column, scope)
    if column is Customer.id:  # the customer table itself: its owner index
        return (Customer.owner_rep == scope.rep_id) & Customer.deleted_at.is_null(True)
    owned = Customer.select(Customer.id).where(
        Customer.owner_rep == scope.rep_id, Customer.deleted_at.is_null(True)
    )
    return column.in_(owned)


@internal
def deals_in(scope: Scope, first: dt.date, last: dt.date) -> Any:
    """Deals dated first..last of the customers that count. For one rep, SQLite is steered to
    the rep's customers' deals (the customer index) instead of every deal of the span: a
    unary `+` keeps the date off its index (a no-op on the value)."""
    customers = customer_scope(Deal.customer, scope)
    if scope.rep_id is not None and _is_sqlite():
        day = pw.NodeList((pw.SQL("+"), Deal.date), glue="")
        return _between(day, first, last) & customers
    return _between(Deal.date, first, last) & customers


@internal
def visit_scope(scope: Scope) -> Any:
    """Visits that count: the visit's rep (every person for the office), customer alive."""
    reps = [scope.rep_id] if scope.rep_id is not None else list(scope.user_ids) or [0]
    return Visit.rep.in_(reps) & _alive(Visit.customer, scope)


@internal
def opportunity_scope(scope: Scope) -> Any:
    """Opportunities that count: the opportunity's owner rep, customer alive."""
    where = _alive(Opportunity.customer, scope)
    if scope.rep_id is not None:
        where &= Opportunity.owner_rep == scope.rep_id
    return where


@rule
def day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def _yuan(fen: Any) -> Decimal:
    """Whole fen (an int, or a Decimal for weighted sums) as yuan with two places."""
    return (Decimal(str(fen or 0)) / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)


def _between(column: Any, first: dt.date, last: dt.date) -> Any:
    return (column >= first) & (column <= last)


def _case_sum(condition: Any, value: Any) -> Any:
    return pw.fn.SUM(pw.Case(None, [(condition, value)], 0)).coerce(False)


# ---------------------------------------------------------------- deals


@dataclass(frozen=True)
class DaySums:
    """Deal amounts (in fen) and counts per deal date over a span, one GROUP BY date read
    from the (date, amount, customer) index; any window inside the span sums from these
    (at most one row per day, never one per deal)."""

    days: dict[dt.date, tuple[int, int]]

    def amount(self, first: dt.date, last: dt.date) -> Decimal:
        return _yuan(sum(a for d, (a, _) in self.days.items() if first <= d <= last))

    def count(self, first: dt.date, last: dt.date) -> int:
        return sum(n for d, (_, n) in self.days.items() if first <= d <= last)


@internal
def day_sums(scope: Scope, first: dt.date, last: dt.date) -> DaySums:
    rows = tuple_rows(
        Deal.select(Deal.date, pw.fn.SUM(Deal.amount).coerce(False), pw.fn.COUNT(Deal.id))
        .where(deals_in(scope, first, last))
        .group_by(Deal.date)
    )
    days = {}
    for day, amount, count in rows:
        days[dt.date.fromisoformat(str(day)[:10])] = (int(amount or 0), int(count))
    return DaySums(days)


@dataclass(frozen=True)
class BuyerFigures:
    """What the buying customers of one period make, next to the period before it."""

    sales: Decimal
    buyers: int  # customers with a deal in the period
    earlier_buyers: int  # customers with a deal in the period before
    kept: int  # of those, who bought in this period too
    top_sales: Decimal  # sales of the top ceil(buyers / 5) buyers by their sales


@internal
def buyer_figures(scope: Scope, periods: list[tuple[dt.date, dt.date]]) -> list[BuyerFigures]:
    """For each period but the first (consecutive periods, oldest first), the figures of its
    buying customers: one GROUP BY customer over all the periods' deals (a flag and a sum per
    period), then a ranking per period in SQL (ties by customer id)."""
    first, last = periods[0][0], periods[-1][1]
    columns: list[Any] = [Deal.customer.alias("cid")]
    for n, (a, b) in enumerate(periods):
        inside = _between(Deal.date, a, b)
        columns.append(pw.fn.MAX(pw.Case(None, [(inside, 1)], 0)).alias(f"f{n}"))
        columns.append(_case_sum(inside, Deal.amount).alias(f"s{n}"))
    grouped = (
        Deal.select(*columns).where(deals_in(scope, first, last)).group_by(Deal.customer).alias("g")
    )
    g = grouped.c
    ranks: list[Any] = [pw.SQL('"g".*')]
    for n in range(1, len(periods)):
        flag, amount = getattr(g, f"f{n}"), getattr(g, f"s{n}")
        order = [flag.desc(), amount.desc(), g.cid]
        ranks.append(pw.fn.ROW_NUMBER().over(order_by=order).alias(f"r{n}"))
        ranks.append(pw.fn.SUM(flag).over().alias(f"n{n}"))
    ranked = pw.Select([grouped], ranks).alias("k")
    k = ranked.c
    sums: list[Any] = []
    for n in range(1, len(periods)):
        flag, before = getattr(k, f"f{n}"), getattr(k, f"f{n - 1}")
        amount, rank, count = getattr(k, f"s{n}"), getattr(k, f"r{n}"), getattr(k, f"n{n}")
        top = (flag == 1) & (rank * 5 <= count + 4)  # rank <= ceil(buyers / 5), whole numbers
        sums += [
            pw.fn.SUM(amount),
            pw.fn.SUM(flag),
            pw.fn.SUM(before),
            pw.fn.SUM(pw.Case(None, [((flag == 1) & (before == 1), 1)], 0)),
            pw.fn.SUM(pw.Case(None, [(top, amount)], 0)),
        ]
    row = pw.Select([ranked], sums).bind(Deal._meta.database).tuples().first()
    values = list(row) if row else [0] * len(sums)
    out = []
    for n in range(len(periods) - 1):
        sales, buyers, earlier, kept, top = values[5 * n : 5 * n + 5]
        out.append(
            BuyerFigures(
                _yuan(sales), int(buyers or 0), int(earlier or 0), int(kept or 0), _yuan(top)
            )
        )
    return out


@internal
def top_buyers(scope: Scope, first: dt.date, last: dt.date) -> tuple[int, ...]:
    """The top 20 % of buying customers (ceil(n / 5) of n, ranked by their sales, ties by
    customer id): their ids in rank order (the drill list of buyer_figures' top_sales)."""
    amount = pw.fn.SUM(Deal.amount).coerce(False)
    rank = pw.fn.ROW_NUMBER().over(order_by=[amount.desc(), Deal.customer])
    ranked = (
        Deal.select(
            Deal.customer.alias("cid"),
            amount.alias("s"),
            rank.alias("rn"),
            pw.fn.COUNT(pw.SQL("*")).over().alias("n"),
        )
        .where(deals_in(scope, first, last))
        .group_by(Deal.customer)
        .alias("ranked")
    )
    in_top = ranked.c.rn * 5 <= ranked.c.n + 4  # rn <= ceil(n / 5), in whole numbers
    query = pw.Select([ranked], [ranked.c.cid]).where(in_top).order_by(ranked.c.rn)
    return tuple(int(r[0]) for r in query.bind(Deal._meta.database).tuples())


# ---------------------------------------------------------------- customers


@internal
def new_customers(scope: Scope, since: dt.datetime, before: dt.datetime) -> Any:
    """Customers created from `since` to before `before` (naive UTC, as stored)."""
    return Customer.select(Customer.id).where(
        Customer.created_at >= since,
        Customer.created_at < before,
        customer_scope(Customer.id, scope),
    )


@internal
def active_customers(scope: Scope, first: dt.date, last: dt.date) -> Any:
    """Customer ids with a deal or a done visit first..last (a UNION: each id once)."""
    deals = Deal.select(Deal.customer.alias("cid")).where(deals_in(scope, first, last))
    visits = Visit.select(Visit.customer.alias("cid")).where(
        done_between(first, last), customer_scope(Visit.customer, scope), _visit_rep_index(scope)
    )
    return deals | visits  # UNION: distinct


def _seen_between(first: dt.date, last: dt.date) -> Any:
    """The outer query's customer has a deal or a done visit first..last (correlated EXISTS
    over the deal customer and the visit (customer, start) indexes)."""
    d, v = Deal.alias("sd"), Visit.alias("sv")
    deal = d.select(pw.SQL("1")).where(d.customer == Customer.id, _between(d.date, first, last))
    visit = v.select(pw.SQL("1")).where(
        v.customer == Customer.id,
        v.status == VisitStatus.DONE.value,
        v.start >= day_start(first),
        v.start < day_start(last + dt.timedelta(days=1)),
    )
    return pw.fn.EXISTS(deal) | pw.fn.EXISTS(visit)


@internal
def active_count(scope: Scope, first: dt.date, last: dt.date) -> int:
    """How many customers have a deal or a done visit first..last: for the office one UNION
    over the span's rows, for one rep a look at each of the rep's customers."""
    if scope.rep_id is None:
        return count_of(active_customers(scope, first, last))
    return count_of(
        Customer.select(Customer.id).where(
            customer_scope(Customer.id, scope), _seen_between(first, last)
        )
    )


def _visit_rep_index(scope: Scope) -> Any:
    """A condition true for every visit that lets the database walk the (rep, start) index."""
    return Visit.rep.in_(list(scope.user_ids) or [0])


@internal
def done_between(first: dt.date, last: dt.date) -> Any:
    return (
        (Visit.status == VisitStatus.DONE.value)
        & (Visit.start >= day_start(first))
        & (Visit.start < day_start(last + dt.timedelta(days=1)))
    )


@internal
def count_of(query: Any) -> int:
    return int(query.count())


@internal
def dormant_customers(scope: Scope, day: dt.date, days: int) -> tuple[Any, Any]:
    """(customers that could be dormant on `day`: in scope and created `days` or more days
    before it; those of them with a deal or a done visit in the `days` days up to `day`)."""
    created_before = day_start(day - dt.timedelta(days=days - 1))
    eligible = Customer.select(Customer.id).where(
        Customer.created_at < created_before, customer_scope(Customer.id, scope)
    )
    window = active_customers(scope, day - dt.timedelta(days=days - 1), day)
    seen = Customer.select(Customer.id).where(
        Customer.created_at < created_before, Customer.id.in_(window)
    )
    return eligible, seen


@internal
def dormant_counts(scope: Scope, days_: list[dt.date], days: int) -> list[int]:
    """How many customers are dormant on each of `days_` (see `dormant_customers`), in one
    pass: every customer with a deal or a done visit in any of the windows, grouped, with a
    flag per window; the dormant are those on file long enough less those seen, and those
    seen are everyone flagged less the recent ones (found through the created_at index)."""
    cutoffs = [day_start(d - dt.timedelta(days=days - 1)) for d in days_]
    on_file = [
        count_of(
            Customer.select(Customer.id).where(
                Customer.created_at < cutoff, customer_scope(Customer.id, scope)
            )
        )
        for cutoff in cutoffs
    ]
    if not any(on_file):
        return [0] * len(days_)
    windows = [(d - dt.timedelta(days=days - 1), d) for d in days_]
    if scope.rep_id is not None:  # a rep's few customers: each looked at
        return [
            count_of(
                Customer.select(Customer.id).where(
                    Customer.created_at < cutoff,
                    customer_scope(Customer.id, scope),
                    ~_seen_between(*window),
                )
            )
            for cutoff, window in zip(cutoffs, windows, strict=True)
        ]
    first, last = min(w[0] for w in windows), max(w[1] for w in windows)
    deals = Deal.select(Deal.customer.alias("cid"), Deal.date.alias("d")).where(
        deals_in(scope, first, last)
    )
    visits = Visit.select(Visit.customer.alias("cid"), _day_of(Visit.start).alias("d")).where(
        done_between(first, last), customer_scope(Visit.customer, scope), _visit_rep_index(scope)
    )
    both = (deals + visits).alias("u")  # UNION ALL
    flags = [
        pw.fn.MAX(pw.Case(None, [(_between(both.c.d, a, b), 1)], 0)).alias(f"s{n}")
        for n, (a, b) in enumerate(windows)
    ]
    grouped = pw.Select([both], [both.c.cid.alias("cid"), *flags]).group_by(both.c.cid).alias("g")
    sums = []
    for n, cutoff in enumerate(cutoffs):
        flag = getattr(grouped.c, f"s{n}")
        recent = Customer.select(Customer.id).where(Customer.created_at >= cutoff)
        sums.append(pw.fn.SUM(flag))
        sums.append(pw.fn.SUM(pw.Case(None, [((flag == 1) & grouped.c.cid.in_(recent), 1)], 0)))
    row = pw.Select([grouped], sums).bind(Customer._meta.database).tuples().first() or ()
    values = [int(v or 0) for v in row] or [0] * (2 * len(days_))
    return [
        files - (values[2 * n] - values[2 * n + 1]) if files else 0
        for n, files in enumerate(on_file)
    ]


def _day_of(column: Any) -> Any:
    """A datetime column's day, as a date on both backends."""
    return pw.fn.DATE(column) if _is_sqlite() else pw.Cast(column, "date")


# ---------------------------------------------------------------- visits


@internal
def done_visits(scope: Scope, first: dt.date, last: dt.date) -> Any:
    return Visit.select(Visit.id).where(done_between(first, last), visit_scope(scope))


LOOK_BACK_DAYS = 90  # the to-do figures look this far back (the planner's suggestions too)


@internal
def overdue_next_actions(scope: Scope, today: dt.date) -> Any:
    """Done visits whose next action fell due in the LOOK_BACK_DAYS before `today` and has no
    follow-up visit (walks the due-date index; older ones count as dropped)."""
    where = (
        (Visit.status == VisitStatus.DONE.value)
        & (Visit.next_action != "")
        & (Visit.next_action_on < today)
        & (Visit.next_action_on >= today - dt.timedelta(days=LOOK_BACK_DAYS))
        & (pw.fn.COALESCE(Visit.next_visit, 0) == 0)
        & _alive(Visit.customer, scope)
    )
    if scope.rep_id is not None:
        where &= Visit.rep + 0 == scope.rep_id  # `+ 0`: still the due-date index
    return Visit.select(Visit.id).where(where)


@internal
def visits_without_result(scope: Scope, today: dt.date) -> Any:
    """Visits still planned whose start lies in the LOOK_BACK_DAYS before `today`."""
    return Visit.select(Visit.id).where(
        Visit.status == VisitStatus.PLANNED.value,
        Visit.start < day_start(today),
        Visit.start >= day_start(today - dt.timedelta(days=LOOK_BACK_DAYS)),
        visit_scope(scope),
    )


@internal
def done_per_rep(
    scope: Scope, first: dt.date, last: dt.date, *, by_week: bool
) -> list[tuple[int, dt.date | None, int]]:
    """(rep id, week's Monday or None, done visits), grouped in SQL by rep and start day."""
    day = _day_of(Visit.start)
    rows = tuple_rows(
        Visit.select(Visit.rep, day.alias("d"), pw.fn.COUNT(Visit.id))
        .where(done_between(first, last), visit_scope(scope))
        .group_by(Visit.rep, day)
    )
    out: dict[tuple[int, dt.date | None], int] = {}
    for rep, d, n in rows:  # one row per rep and day: at most reps × days, not visits
        on = dt.date.fromisoformat(str(d)[:10])  # a date, a datetime or its text
        key = (int(rep), on - dt.timedelta(days=on.weekday()) if by_week else None)
        out[key] = out.get(key, 0) + int(n)
    return [(rep, week, n) for (rep, week), n in out.items()]


def _is_sqlite() -> bool:
    return isinstance(Visit._meta.database.obj, pw.SqliteDatabase)


# ---------------------------------------------------------------- opportunities


@internal
def closed_counts(scope: Scope, first: dt.date, last: dt.date) -> tuple[int, int]:
    """(won, lost) opportunities closed first..last (their `closed_on`)."""
    won = _case_sum(Opportunity.stage == WON, 1)
    lost = _case_sum(Opportunity.stage == LOST, 1)
    row = (
        Opportunity.select(won, lost)
        .where(_between(Opportunity.closed_on, first, last), opportunity_scope(scope))
        .tuples()
        .first()
    )
    w, lo = row or (0, 0)
    return int(w or 0), int(lo or 0)


@internal
def closed_opportunities(scope: Scope, first: dt.date, last: dt.date) -> Any:
    return Opportunity.select(Opportunity.id).where(
        Opportunity.stage.in_(list(CLOSED_STAGES)),
        _between(Opportunity.closed_on, first, last),
        opportunity_scope(scope),
    )


@internal
def open_opportunities(scope: Scope) -> Any:
    return Opportunity.select(Opportunity.id).where(
        Opportunity.stage.not_in(list(CLOSED_STAGES)), opportunity_scope(scope)
    )


@internal
def pipeline_totals(scope: Scope) -> list[tuple[str, int, Decimal, Decimal]]:
    """(stage, count, expected amount, weighted amount) per open and closed stage."""
    rows = tuple_rows(
        Opportunity.select(
            Opportunity.stage,
            pw.fn.COUNT(Opportunity.id),
            pw.fn.SUM(Opportunity.expected_amount).coerce(False),
            pw.fn.SUM(Opportunity.expected_amount * Opportunity.probability).coerce(False),
        )
        .where(opportunity_scope(scope))
        .group_by(Opportunity.stage)
    )
    return [
        (str(stage), int(n), _yuan(amount), _yuan(Decimal(int(weighted or 0)) / 100))
        for stage, n, amount, weighted in rows
    ]


# ---------------------------------------------------------------- after the sale


def _aftersale_rep(column: Any, scope: Scope, reps: list[int] | None) -> Any:
    """Rows of a complaint or survey that count: customer alive, and the row's own rep (the
    customer's rep when it was registered) for one rep, or among `reps` when grouping."""
    where = _alive(column.model.customer, scope)
    if reps is not None:
        return where & column.in_(reps or [0])
    if scope.rep_id is not None:
        where &= column == scope.rep_id
    return where


@internal
def complaint_scope(scope: Scope) -> Any:
    """Complaints that count: the customer alive, the complaint's rep for one rep."""
    return _aftersale_rep(Complaint.rep, scope, None)


def _grouped(query: Any, column: Any, reps: list[int] | None) -> dict[int | None, list[int]]:
    if reps is None:
        row = query.tuples().first()
        return {None: [int(v or 0) for v in (row or ())]}
    rows = tuple_rows(query.select_extend(column).group_by(column))
    return {int(r[-1]): [int(v or 0) for v in r[:-1]] for r in rows if r[-1] is not None}


def _on_time() -> Any:
    """A complaint resolved by its deadline (resolved_at <= due_at)."""
    return Complaint.resolved_at.is_null(False) & (Complaint.resolved_at <= Complaint.due_at)


def _late(now: dt.datetime) -> Any:
    """A complaint resolved after its deadline, or not resolved and past it at `now`."""
    return (Complaint.resolved_at.is_null(False) & (Complaint.resolved_at > Complaint.due_at)) | (
        Complaint.resolved_at.is_null(True) & (Complaint.due_at < now)
    )


def _received(since: dt.datetime, before: dt.datetime) -> Any:
    return (Complaint.received_at >= since) & (Complaint.received_at < before)


@internal
def complaint_counts(
    scope: Scope,
    bounds: list[tuple[dt.datetime, dt.datetime]],
    now: dt.datetime,
    reps: list[int] | None = None,
) -> dict[int | None, list[int]]:
    """For each [since, before) (naive UTC) of `bounds`, (on time, late) of the complaints
    received in it ({None: [...]} for the scope, or {rep: [...]} by the complaint's rep when
    `reps` are given)."""
    columns: list[Any] = []
    for since, before in bounds:
        inside = _received(since, before)
        columns += [_case_sum(inside & _on_time(), 1), _case_sum(inside & _late(now), 1)]
    query = Complaint.select(*columns).where(
        _received(min(b[0] for b in bounds), max(b[1] for b in bounds)),
        _aftersale_rep(Complaint.rep, scope, reps),
    )
    return _grouped(query, Complaint.rep, reps)


@internal
def complaints_in(
    scope: Scope, since: dt.datetime, before: dt.datetime, now: dt.datetime, *, late: bool
) -> Any:
    """The complaints `complaint_counts` counts late (or on time), as a query of ids."""
    return Complaint.select(Complaint.id).where(
        _received(since, before),
        _late(now) if late else _on_time(),
        _aftersale_rep(Complaint.rep, scope, None),
    )


def _surveyed(first: dt.date, last: dt.date) -> Any:
    """Satisfaction surveys dated first..last that have a score (Survey.satisfied set)."""
    return (
        (Survey.kind == SATISFACTION)
        & _between(Survey.surveyed_on, first, last)
        & Survey.satisfied.is_null(False)
    )


@internal
def survey_counts(
    scope: Scope, spans: list[tuple[dt.date, dt.date]], reps: list[int] | None = None
) -> dict[int | None, list[int]]:
    """For each span of days, (satisfied, surveyed) of its satisfaction surveys; grouped like
    `complaint_counts`, by the survey's rep."""
    columns: list[Any] = []
    for first, last in spans:
        inside = _surveyed(first, last)
        columns += [_case_sum(inside & (Survey.satisfied == True), 1), _case_sum(inside, 1)]  # noqa: E712
    query = Survey.select(*columns).where(
        _surveyed(min(s[0] for s in spans), max(s[1] for s in spans)),
        _aftersale_rep(Survey.rep, scope, reps),
    )
    return _grouped(query, Survey.rep, reps)


@internal
def satisfaction_surveys(scope: Scope, first: dt.date, last: dt.date) -> Any:
    """The surveys `survey_counts` counts, as a query of ids."""
    return Survey.select(Survey.id).where(
        _surveyed(first, last), _aftersale_rep(Survey.rep, scope, None)
    )
