"""Where each capability lists its tables and migration steps.

The foundation owns schema versions 1-2; the visit planner starts at 10, the state analysis at
20, so capabilities added side by side never collide on a number.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

import peewee as pw

if TYPE_CHECKING:
    from .migrations import Migration


def tables() -> list[type[pw.Model]]:
    from .core import FOUNDATION_TABLES

    result: list[type[pw.Model]] = list(FOUNDATION_TABLES)
    for module in _capability_modules():
        result += getattr(module, "TABLES", [])
    return result


def extra_migrations() -> list[Migration]:
    result: list[Migration] = []
    for module in _capability_modules():
        result += getattr(module, "MIGRATIONS", [])
    return result


def _capability_modules() -> list[ModuleType]:
    """Capability model modules, each exporting TABLES and MIGRATIONS."""
    import importlib

    modules: list[ModuleType] = []
    for name in CAPABILITY_MODULES:
        modules.append(importlib.import_module(f"{__package__}.{name}"))
    return modules


# Add a capability's module name here (e.g. "visits", "assessments").
CAPABILITY_MODULES: list[str] = ["visits", "assessments"]
