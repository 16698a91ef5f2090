"""The demo office's parts: every part module registered once, in a sensible order.

(That the demo reaches the tables through services only is an import-linter contract, see
tests/test_layering.py.)
"""

from __future__ import annotations

import pkgutil
from pathlib import Path

import desktop_crm.demo as demo
from desktop_crm.demo import DEMO_PARTS

PACKAGE = Path(demo.__file__).parent


def part_modules() -> set[str]:
    """office.py and the modules named office_<part>.py: each is one part of the demo office."""
    names = {m.name for m in pkgutil.iter_modules([str(PACKAGE)])}
    return {n for n in names if n == "office" or n.startswith("office_")}


def registered_modules(parts: tuple[object, ...]) -> list[str]:
    return [getattr(part, "__module__", "").rsplit(".", 1)[-1] for part in parts]


def test_every_part_module_is_registered_once() -> None:
    registered = registered_modules(DEMO_PARTS)
    assert sorted(registered) == sorted(part_modules())
    assert len(registered) == len(set(registered))
    assert all(getattr(part, "__name__", "") == "add_to_office" for part in DEMO_PARTS)


def test_the_check_catches_a_forgotten_part() -> None:
    forgotten = DEMO_PARTS[:-1]
    assert sorted(registered_modules(forgotten)) != sorted(part_modules())


def test_parts_run_customers_first_and_assessments_after_visits() -> None:
    registered = registered_modules(DEMO_PARTS)
    assert registered[0] == "office"
    assert registered.index("office_assessments") > registered.index("office_visits")
    assert registered.index("office_complaints") > registered.index("office_assessments")
    assert registered[-1] == "office_surveys"  # surveys of customers who bought
