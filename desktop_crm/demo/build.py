"""The demo office: a realistic small office for a newcomer's first look.

Its parts are listed once, in DEMO_PARTS, in the order they run; each is a module
`office_<part>.py` of this package with `add_to_office(office, today)`, and
tests/demo/test_parts.py fails when a part module is missing from the list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from . import office_assessments, office_customers, office_visits
from .customers import stored_customers
from .office import DEMO_OWNER, DEMO_REPS, DemoOffice, ensure_staff

DemoPart = Callable[[DemoOffice, dt.date], None]

DEMO_PARTS: tuple[DemoPart, ...] = (
    office_customers.add_to_office,
    office_visits.add_to_office,  # prospects and visits: they need the customers
    office_assessments.add_to_office,  # last: assessments link to visits, tiers cover all
)


def build_demo_office(today: dt.date | None = None) -> DemoOffice | None:
    """Fill a database without customers with the demo office (its owner acting); one that
    holds customers, even only in the trash, is left alone and None returned."""
    today = today or dt.date.today()
    if stored_customers():
        return None
    owner, reps = ensure_staff(DEMO_REPS, DEMO_OWNER)
    office = DemoOffice(owner=owner, reps=reps)
    for add_part in DEMO_PARTS:
        add_part(office, today)
    return office
