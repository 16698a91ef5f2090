"""The demo office and the data generators, above the services.

Like the commands, this package uses the services only (never the models; an import-linter
contract holds it to that): it builds the services' own drafts and stores them through their
bulk paths, so a change of the schema or of a rule shows up in tests/demo instead of
breaking `--demo` silently.

The demo office's parts are listed once, in DEMO_PARTS, in the order they run: `office`
(the customers) and every `office_<part>` module, each with `add_to_office(office, today)`;
tests/demo/test_parts.py fails when a part module is missing from the list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from . import office, office_assessments, office_visits
from .customers import generate_customers
from .office import DEMO_CUSTOMERS, DEMO_OWNER, DEMO_REPS, DemoOffice, ensure_staff
from .visits import generate_visits

DemoPart = Callable[[DemoOffice, dt.date], None]

DEMO_PARTS: tuple[DemoPart, ...] = (
    office.add_to_office,
    office_visits.add_to_office,  # prospects and visits: they need the customers
    office_assessments.add_to_office,  # last: assessments link to visits, tiers cover all
)


def build_demo_office(today: dt.date | None = None) -> DemoOffice | None:
    """Fill a database without customers with the demo office (its owner acting); one that
    holds customers, even only in the trash, is left alone and None returned."""
    today = today or dt.date.today()  # one day for every part, even across midnight
    built = office.open_office()
    if built is None:
        return None
    for add_part in DEMO_PARTS:
        add_part(built, today)
    return built


__all__ = [
    "DEMO_CUSTOMERS",
    "DEMO_OWNER",
    "DEMO_PARTS",
    "DEMO_REPS",
    "DemoOffice",
    "build_demo_office",
    "ensure_staff",
    "generate_customers",
    "generate_visits",
]
