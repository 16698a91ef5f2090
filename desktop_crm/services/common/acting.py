"""Who acts, and which service functions need to know.

Every service function the layers above call takes the acting person first (`actor`), so the
permission check of the people issue sits next to the query, not in a widget. Two kinds of
public function take no actor and say so with a marker, which a test reads:

- `@rule` — a pure rule or calculation: no database (e.g. `effective_tier`, `score_assessment`,
  `week_start`), or an SQL expression that only describes a rule (`effective_tier_sql`);
- `@internal` — a building block other services call inside their own work (e.g. refreshing
  a search text inside a save's transaction); the layers above never import it (tested);
- `@gate` — finds who acts before anyone does: signing in, the first-run setup. A gate checks
  its own input (a password, an empty database) instead of a person.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Person:
    """An office member as services hand it out (never a live database row)."""

    id: int
    name: str
    role: str  # owner | staff (the clerk) | rep: services/people/roles.Role
    phone: str = ""
    active: bool = True
    email: str = ""
    has_password: bool = False  # a hash is stored; the hash itself never leaves services


SIGNED_OUT = Person(id=0, name="", role="", active=False)
"""Who acts before anyone has signed in: nobody (deactivated, so every guard refuses it)."""


def rule(fn: F) -> F:
    """Mark a pure rule: it reads no data, so it needs no acting person."""
    fn.__crm_kind__ = "rule"  # type: ignore[attr-defined]
    return fn


def internal(fn: F) -> F:
    """Mark a building block for other services; not to be called from above services."""
    fn.__crm_kind__ = "internal"  # type: ignore[attr-defined]
    return fn


def gate(fn: F) -> F:
    """Mark a function that establishes who acts (sign-in, first-run setup)."""
    fn.__crm_kind__ = "gate"  # type: ignore[attr-defined]
    return fn


def kind_of(fn: Callable[..., Any]) -> str | None:
    return getattr(fn, "__crm_kind__", None)
