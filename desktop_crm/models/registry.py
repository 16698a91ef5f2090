"""Where the tables and migration steps of every capability are found.

Every module of `desktop_crm.models` may export `TABLES` (its peewee models) and `MIGRATIONS`
(its numbered steps); the modules are discovered with pkgutil, so a capability's tables are
created and migrated as soon as its module exists, never only once somebody remembers to list
it. Step numbers keep to ranges per capability (foundation 1-9, visits 10-19, state analysis
20-29, audit log 30-39, shared pool 40-49, import history 50-59, opportunities 60-69, after-sale 70-79,
remembered sign-ins 80-89, database security 90-99), so capabilities added side by side never
collide on a number; a collision is refused.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from types import ModuleType
from typing import TYPE_CHECKING

import peewee as pw

if TYPE_CHECKING:
    from .migrations import Migration


class TableRegistryError(RuntimeError):
    """Two migration steps share a number, or a module exports something that is no table."""


def capability_modules(package: ModuleType | None = None) -> list[ModuleType]:
    """The modules of `package` (default: desktop_crm.models) exporting TABLES or MIGRATIONS."""
    from .. import models

    where = package or models
    found = []
    for info in sorted(pkgutil.iter_modules(where.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{where.__name__}.{info.name}")
        if hasattr(module, "TABLES") or hasattr(module, "MIGRATIONS"):
            found.append(module)
    return found


def collect(
    modules: list[ModuleType],
) -> tuple[tuple[type[pw.Model], ...], tuple[Migration, ...]]:
    """The tables (parents first) and the steps (in version order) of `modules`."""
    tables: list[type[pw.Model]] = []
    steps: dict[int, tuple[str, Migration]] = {}
    for module in modules:
        for table in getattr(module, "TABLES", []):
            if not (isinstance(table, type) and issubclass(table, pw.Model)):
                raise TableRegistryError(f"{module.__name__}.TABLES holds {table!r}, no table")
            if table not in tables:
                tables.append(table)
        for step in getattr(module, "MIGRATIONS", []):
            if step.version in steps:
                raise TableRegistryError(
                    f"migration step {step.version} is declared in {steps[step.version][0]} "
                    f"and in {module.__name__}"
                )
            steps[step.version] = (module.__name__, step)
    # Parents before children, whatever the order of the modules.
    ordered = tuple(pw.sort_models(tables))  # type: ignore[attr-defined]  # not in the stubs
    return ordered, tuple(step for _, (_, step) in sorted(steps.items()))


@lru_cache(maxsize=1)
def _discovered() -> tuple[tuple[type[pw.Model], ...], tuple[Migration, ...]]:
    return collect(capability_modules())


def tables() -> list[type[pw.Model]]:
    """Every table of the application, parents first (the schema version table aside)."""
    return list(_discovered()[0])


def migrations() -> list[Migration]:
    """Every migration step of every capability, in version order."""
    return list(_discovered()[1])
