"""The summary's row per rep (services/owner/rep_rows.py): the hand-worked values of
tests/owner_office.py, and every column equal to the rep's own key figure (one definition).
Both backends."""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

import pytest
from owner_office import TODAY, build_office

from desktop_crm.services.common.errors import PermissionDenied
from desktop_crm.services.context import AppContext
from desktop_crm.services.owner.figures import FigureKey as K
from desktop_crm.services.owner.figures import Period, figures_per_rep
from desktop_crm.services.owner.rep_rows import rep_rows

D = Decimal


@pytest.fixture
def office(ctx: AppContext) -> SimpleNamespace:
    return build_office(ctx.user)


def test_the_rows_of_december(office: SimpleNamespace) -> None:
    rows = rep_rows(office.owner, Period.month(2026, 12), today=TODAY)
    assert [
        (r.rep_name, r.visits_done, r.standard, r.against_standard, r.sales, r.close_rate,
         r.new_customers, r.overdue_next_actions)
        for r in rows
    ] == [
        ("李娜", 2, 60, D("3.3"), D("600.00"), D("100.0"), 1, 1),  # v4 v6; o3 won; c6; v6
        ("王建国", 1, 120, D("0.8"), D("3000.00"), D("50.0"), 0, 1),  # v1; o1 won, o2 lost; v1
    ]  # fmt: skip
    with pytest.raises(PermissionDenied):
        rep_rows(office.a, Period.month(2026, 12), today=TODAY)


@pytest.mark.parametrize(
    "period",
    [Period.month(2026, 12), Period.month(2026, 11), Period.week(2026, 49), Period.year(2026)],
    ids=lambda p: p.text,
)
def test_every_column_is_the_reps_key_figure(office: SimpleNamespace, period: Period) -> None:
    rows = rep_rows(office.owner, period, today=TODAY)
    figures = figures_per_rep(office.owner, period, today=TODAY)
    assert [r.rep_id for r in rows] == [f.rep_id for f in figures]
    for row, rep in zip(rows, figures, strict=True):
        f = {k: v.value for k, v in rep.figures.items()}
        assert (
            D(row.visits_done), row.against_standard, row.sales, row.close_rate,
            D(row.new_customers), D(row.overdue_next_actions),
        ) == (
            f[K.VISITS_DONE], f[K.VISITS_AGAINST_STANDARD], f[K.SALES], f[K.CLOSE_RATE],
            f[K.NEW_CUSTOMERS], f[K.OVERDUE_NEXT_ACTIONS],
        ), (period.text, row.rep_name)  # fmt: skip
