"""The owner's key figures (DOMAIN.md §9; issue 12, item 2), one Qt-free service.

Every figure has one definition, written in `DEFINITIONS` (English source; the dashboard's
tooltip and docs/key-figures.md show it translated) and computed here for any `Period`, for
one rep or the whole office. A rep asking sees their own figures only (`guard.rep`); the office
(owner, clerk) sees any rep's or the office's (rep_id None).

Each `Figure` carries its value for the period and for the period before it (the same length,
just before), so every tile can show the change. `drill` gives the rows behind a figure, so
every figure clicks through to its list.

CONTRACT (session 18): the names and shapes below are fixed; the bodies are filled in by the
figures work. Layers above import only what is here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from ..common.acting import Person, rule
from ..people.policy import guard


@dataclass(frozen=True)
class Period:
    """Days `start`..`end`, both included. `kind`: month | week | year | custom."""

    start: dt.date
    end: dt.date
    kind: str = "custom"

    @staticmethod
    @rule
    def month(year: int, month: int) -> Period:
        raise NotImplementedError

    @staticmethod
    @rule
    def week(iso_year: int, iso_week: int) -> Period:
        raise NotImplementedError

    @staticmethod
    @rule
    def year(year: int) -> Period:
        raise NotImplementedError

    @staticmethod
    @rule
    def parse(text: str) -> Period:
        """The period "2026-11" (a month), "2026-W49" (an ISO week), "2026" (a year); ValidationError
        naming "period" otherwise."""
        raise NotImplementedError

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        """The period just before: the previous month / week / year, or as many days before."""
        raise NotImplementedError


class FigureKey(StrEnum):
    CLOSE_RATE = "close_rate"  # won / (won + lost) opportunities closed in the period, %
    DEALS_PER_VISIT = "deals_per_visit"  # deals in the period / visits done in the period
    NEW_CUSTOMERS = "new_customers"  # customers created in the period
    ACTIVE_CUSTOMERS = "active_customers"  # customers with a deal or a done visit in the period
    DORMANT_CUSTOMERS = "dormant_customers"  # no deal nor done visit for N days (setting, 90)
    VISITS_DONE = "visits_done"  # visits done in the period
    VISITS_PER_DAY = "visits_per_day"  # done visits / workdays in the period (per rep)
    VISITS_AGAINST_STANDARD = "visits_against_standard"  # done / the standard's total, %
    SALES = "sales"  # sum of deal amounts in the period
    SALES_YTD = "sales_ytd"  # 1 Jan to the period's end
    SALES_YTD_LAST_YEAR = "sales_ytd_last_year"  # the same days a year before
    AVERAGE_PURCHASE = "average_purchase"  # sales / number of deals
    PURCHASE_FREQUENCY = "purchase_frequency"  # deals / buying customers
    SALES_PER_REP = "sales_per_rep"  # sales / reps with customers (office); = sales for a rep
    RETENTION_RATE = "retention_rate"  # buyers of the previous period who bought again, %
    TOP20_SHARE = "top20_share"  # share of sales from the top 20 % of buying customers, %
    OVERDUE_NEXT_ACTIONS = "overdue_next_actions"  # next actions due before today, not done
    VISITS_WITHOUT_RESULT = "visits_without_result"  # past planned visits with no result
    OPEN_PIPELINE = "open_pipeline"  # expected amount of open opportunities
    WEIGHTED_PIPELINE = "weighted_pipeline"  # the same, each × its probability


# English source of each definition (translated by the layers above with their own tr()).
DEFINITIONS: dict[FigureKey, str] = {}


@dataclass(frozen=True)
class Figure:
    key: FigureKey
    value: Decimal | None  # None: undefined in the period (e.g. no opportunity closed)
    previous: Decimal | None  # the same for Period.previous()
    unit: str  # count | percent | money | ratio

    @property
    def change(self) -> Decimal | None:
        """value - previous (None when either is undefined)."""
        if self.value is None or self.previous is None:
            return None
        return self.value - self.previous


@dataclass(frozen=True)
class Drill:
    """The rows behind a figure: `entity` customer | visit | opportunity | deal."""

    key: FigureKey
    entity: str
    ids: tuple[int, ...]


@dataclass(frozen=True)
class RepFigures:
    rep_id: int
    rep_name: str
    figures: dict[FigureKey, Figure]


@dataclass(frozen=True)
class MonthAmount:
    month: dt.date  # the month's first day
    amount: Decimal


@dataclass(frozen=True)
class StageAmount:
    stage: str  # the stage's code (services/owner/pipeline)
    count: int
    amount: Decimal
    weighted: Decimal


@dataclass(frozen=True)
class VisitsAgainstStandard:
    rep_id: int
    rep_name: str
    week_start: dt.date | None  # None: the whole period
    done: int
    standard: int


@guard.rep()
def key_figures(
    actor: Person, period: Period, rep_id: int | None = None, *, today: dt.date | None = None
) -> dict[FigureKey, Figure]:
    """Every figure for `period`, for `rep_id` (None: the office; a rep always themself)."""
    raise NotImplementedError


@guard.office
def figures_per_rep(
    actor: Person, period: Period, *, today: dt.date | None = None
) -> list[RepFigures]:
    """One `RepFigures` per active rep, by name (the summary's row per rep)."""
    raise NotImplementedError


@guard.rep()
def sales_by_month(
    actor: Person, first_month: dt.date, months: int, rep_id: int | None = None
) -> list[MonthAmount]:
    raise NotImplementedError


@guard.rep()
def pipeline_by_stage(actor: Person, rep_id: int | None = None) -> list[StageAmount]:
    raise NotImplementedError


@guard.rep()
def visits_against_standard(
    actor: Person, period: Period, rep_id: int | None = None, *, by_week: bool = True
) -> list[VisitsAgainstStandard]:
    raise NotImplementedError


@guard.rep()
def tier_distribution(actor: Person, rep_id: int | None = None) -> dict[str, int]:
    """Customers per effective tier (A B C D, "" unclassified)."""
    raise NotImplementedError


@guard.rep()
def quadrant_distribution(actor: Person, rep_id: int | None = None) -> dict[str, int]:
    """Assessed customers per quadrant of their latest assessment (services/analysis)."""
    raise NotImplementedError


@guard.rep()
def drill(
    actor: Person,
    key: FigureKey,
    period: Period,
    rep_id: int | None = None,
    *,
    today: dt.date | None = None,
) -> Drill:
    raise NotImplementedError
