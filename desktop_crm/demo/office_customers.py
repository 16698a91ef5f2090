"""Demo part: the office's staff-owned customers (the prospects come with the visits part)."""

from __future__ import annotations

import datetime as dt
import random

from ..services.customers.bulk import add_customers
from .customers import customer_draft
from .office import DEMO_CUSTOMERS, DemoOffice


def add_to_office(office: DemoOffice, today: dt.date) -> None:
    """Store DEMO_CUSTOMERS customers spread over the reps, with contacts and deals."""
    rng = random.Random(2026)
    first = len(office.customers) + 1
    drafts = [customer_draft(rng, first + i, office.reps, today) for i in range(DEMO_CUSTOMERS)]
    add_customers(office.owner, drafts)
    office.customers += drafts
