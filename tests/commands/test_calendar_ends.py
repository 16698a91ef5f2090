"""Days near the ends of Python's calendar: the planner's date arithmetic refuses them with a
field error instead of overflowing, and works up to the last supported day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar

from desktop_crm.cli import main
from desktop_crm.models.core import Customer, User
from desktop_crm.services.common.errors import ValidationFailed
from desktop_crm.services.context import AppContext
from desktop_crm.services.visits import VisitDraft, plan_visit, visits_between
from desktop_crm.services.visits.calendar import planner_period, week_start
from desktop_crm.services.visits.day_sheet import sheet_day
from desktop_crm.services.visits.ics_export import export_ics
from desktop_crm.services.visits.queries import (
    FIRST_PLANNER_DAY,
    LAST_PLANNER_DAY,
    day_bounds,
    period_end,
)
from desktop_crm.services.visits.reviews import week_report

EDGES = [dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(9999, 12, 27), dt.date(1899, 12, 31)]


@pytest.mark.parametrize("day", EDGES, ids=str)
def test_pure_date_rules_refuse_days_outside(day: dt.date) -> None:
    for compute in (day_bounds, week_start, lambda d: period_end(d, 7)):
        with pytest.raises(ValidationFailed) as refused:
            compute(day)
        error = refused.value.errors[0]
        assert error.code == "date" and error.params["last"] == LAST_PLANNER_DAY.isoformat()


def test_a_period_may_end_on_the_last_day_but_not_pass_it() -> None:
    assert period_end(LAST_PLANNER_DAY, 1) == LAST_PLANNER_DAY + dt.timedelta(days=1)
    assert day_bounds(FIRST_PLANNER_DAY)[0] == dt.datetime(1900, 1, 1)
    with pytest.raises(ValidationFailed):
        period_end(LAST_PLANNER_DAY - dt.timedelta(days=5), 7)
    with pytest.raises(ValidationFailed):
        period_end(FIRST_PLANNER_DAY, -1)


@pytest.fixture
def rep_with_a_visit(ctx: AppContext) -> int:
    rep = User.create(name="李晓梅", role="rep")
    customer = Customer.create(name="周一", company="南京鑫隆五金商行", owner_rep=rep.id)
    start = dt.datetime.combine(LAST_PLANNER_DAY, dt.time(10, 0))
    plan_visit(ctx.user, VisitDraft(customer.id, rep.id, start, 45))
    return int(rep.id)


def test_service_reads_refuse_days_outside(ctx: AppContext, rep_with_a_visit: int) -> None:
    rep = rep_with_a_visit
    for read in (
        lambda: sheet_day(ctx.user, rep, dt.date(9999, 12, 31)),
        lambda: week_report(ctx.user, rep, dt.date(9999, 12, 27)),
        lambda: planner_period(ctx.user, dt.date(1, 1, 1), 7, rep),
        lambda: visits_between(ctx.user, dt.date(9999, 12, 1), dt.date(9999, 12, 31), rep),
        lambda: export_ics(ctx.user, rep, dt.date(1, 1, 1), dt.date(1, 1, 31)),
        lambda: export_ics(ctx.user, rep, dt.date(9999, 12, 1), dt.date(9999, 12, 31)),
    ):
        with pytest.raises(ValidationFailed):
            read()


def test_the_last_supported_day_works(ctx: AppContext, rep_with_a_visit: int) -> None:
    rep = rep_with_a_visit
    assert len(sheet_day(ctx.user, rep, LAST_PLANNER_DAY).visits) == 1
    assert len(planner_period(ctx.user, LAST_PLANNER_DAY, 1, rep).rows) == 1
    data = export_ics(ctx.user, rep, LAST_PLANNER_DAY, LAST_PLANNER_DAY)
    assert len(Calendar.from_ical(data).walk("VEVENT")) == 1
    assert export_ics(ctx.user, rep, FIRST_PLANNER_DAY, FIRST_PLANNER_DAY).startswith(b"BEGIN")


@pytest.mark.parametrize(
    "argv",
    [
        ["visit-sheet", "--date", "9999-12-31"],
        ["week-plan", "--week", "9999-W52"],
        ["export-ics", "--from", "0001-01-01", "--to", "0001-01-07"],
    ],
    ids=lambda a: a[0],
)
def test_commands_refuse_with_exit_2(
    argv: list[str],
    sqlite_ctx: AppContext,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    User.create(name="李晓梅", role="rep")
    sqlite_ctx.close()
    out = tmp_path / "out"
    code = main([*argv, "--rep", "李晓梅", "--database", sqlite_ctx.target, "-o", str(out)])
    assert code == 2 and not out.exists()
    assert "outside the supported dates 1900-01-01 to 9997-12-31" in capsys.readouterr().err
