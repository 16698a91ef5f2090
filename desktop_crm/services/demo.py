"""The demo office: a realistic small office for a newcomer's first look.

Capabilities extend it by appending a function to DEMO_EXTENSIONS; each gets the office and
today's date and adds its own data (visits, assessments, ...).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ..models.core import Customer
from .generator import GeneratedOffice, ensure_staff, generate_customers

DEMO_REPS = ["王建国", "李晓梅", "陈志强", "刘丹丹"]
DEMO_OWNER = "张总"
DEMO_CUSTOMERS = 300

DemoExtension = Callable[[GeneratedOffice, dt.date], None]
DEMO_EXTENSIONS: list[DemoExtension] = []


def _load_extensions() -> list[DemoExtension]:
    """Import capability modules that register demo data (they append on import)."""
    import importlib

    for name in DEMO_MODULES:
        importlib.import_module(f"{__package__}.{name}")
    return DEMO_EXTENSIONS


# Capability modules that append to DEMO_EXTENSIONS on import.
DEMO_MODULES: list[str] = [
    "demo_visits",
    "demo_assessments",
]  # assessments last: they link to visits, tiers cover all


def build_demo_office(today: dt.date | None = None) -> GeneratedOffice | None:
    """Fill an empty database with the demo office; an already-filled one is left alone."""
    today = today or dt.date.today()
    if Customer.select().exists():
        return None
    owner, reps = ensure_staff(DEMO_REPS, DEMO_OWNER)
    ids = generate_customers(DEMO_CUSTOMERS, reps, seed=2026, today=today)
    office = GeneratedOffice(owner=owner, reps=reps, customer_ids=ids)
    for extend in _load_extensions():
        extend(office, today)
    return office
