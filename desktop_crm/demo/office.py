"""The demo office itself: its people, what its parts have stored so far, and its customers.

`DemoOffice` is handed from part to part (see `DEMO_PARTS` in this package's `__init__`):
each reads what the parts before it stored, from memory, and adds its own. The first part,
`add_to_office` here, stores the office's customers; the prospects come with the visits.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..services.common.acting import Person
from ..services.customers import CustomerDraft
from ..services.customers.bulk import add_customers
from ..services.people.manage import add_person, set_password
from ..services.people.roles import Role
from ..services.people.users import ensure_owner, find_user, sales_reps
from ..services.visits.bulk import VisitEntry
from .customers import customer_draft, stored_customers

DEMO_REPS = ["王建国", "李晓梅", "陈志强", "刘丹丹"]
DEMO_OWNER = "张总"
DEMO_STAFF = "内勤 周敏"
DEMO_CUSTOMERS = 300
DEMO_PASSWORD = "demo"  # every demo person's password (stored hashed, as any other)


@dataclass
class DemoOffice:
    """The owner (who acts for every write), the reps, and the stored customers and visits
    (their drafts, ids filled in by the services), in the order they were stored."""

    owner: Person
    reps: list[Person]
    customers: list[CustomerDraft] = field(default_factory=list)
    visits: list[VisitEntry] = field(default_factory=list)


def ensure_staff(rep_names: Sequence[str], owner_name: str) -> tuple[Person, list[Person]]:
    """The office's owner (an existing one is kept), the named reps and one clerk; each of
    them without a password gets DEMO_PASSWORD."""
    owner = ensure_owner(owner_name)
    reps = [find_user(owner, name) or _add(owner, name, Role.REP) for name in rep_names]
    clerk = find_user(owner, DEMO_STAFF)
    if not any(u.role == Role.CLERK for u in sales_reps(owner)) and clerk is None:
        clerk = _add(owner, DEMO_STAFF, Role.CLERK)
    for person in [owner, *reps, *([clerk] if clerk else [])]:
        if not person.has_password:
            set_password(owner, person.id, DEMO_PASSWORD)
    return owner, reps


def _add(owner: Person, name: str, role: Role) -> Person:
    return add_person(owner, name, role.value, password=DEMO_PASSWORD)


def open_office() -> DemoOffice | None:
    """The office's people, on a database without customers (even in the trash); None when
    it holds some, so that a filled database is never mixed with demo data."""
    if stored_customers(ensure_owner(DEMO_OWNER)):
        return None
    owner, reps = ensure_staff(DEMO_REPS, DEMO_OWNER)
    return DemoOffice(owner=owner, reps=reps)


def add_to_office(office: DemoOffice, today: dt.date) -> None:
    """Store DEMO_CUSTOMERS customers spread over the reps, with contacts and deals."""
    rng = random.Random(2026)
    first = len(office.customers) + 1
    drafts = [customer_draft(rng, first + i, office.reps, today) for i in range(DEMO_CUSTOMERS)]
    add_customers(office.owner, drafts)
    office.customers += drafts
