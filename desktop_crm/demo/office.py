"""The demo office's people and what its parts have built so far.

`DemoOffice` is handed from part to part (see `build.DEMO_PARTS`): each reads what the
parts before it stored, from memory, and adds its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..services.customers import CustomerDraft
from ..services.people.users import User, add_user, ensure_owner, find_user, sales_reps
from ..services.visits.bulk import VisitEntry

DEMO_REPS = ["王建国", "李晓梅", "陈志强", "刘丹丹"]
DEMO_OWNER = "张总"
DEMO_STAFF = "内勤 周敏"
DEMO_CUSTOMERS = 300


@dataclass
class DemoOffice:
    """The owner (who acts for every write), the reps, and the stored customers and visits
    (their drafts, ids filled in by the services), in the order they were stored."""

    owner: User
    reps: list[User]
    customers: list[CustomerDraft] = field(default_factory=list)
    visits: list[VisitEntry] = field(default_factory=list)


def ensure_staff(rep_names: Sequence[str], owner_name: str) -> tuple[User, list[User]]:
    """The office's owner (an existing one is kept), the named reps and one clerk."""
    owner = ensure_owner(owner_name)
    reps = [find_user(name) or add_user(name, "rep") for name in rep_names]
    if not any(u.role == "staff" for u in sales_reps()) and find_user(DEMO_STAFF) is None:
        add_user(DEMO_STAFF, "staff")
    return owner, reps
