"""Tables and migration steps are discovered: every table a module of models/ defines is
declared in a TABLES, exists in a fresh database, and step numbers never collide."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

import peewee as pw
import pytest

from desktop_crm import models
from desktop_crm.models import registry
from desktop_crm.models.core import SchemaVersion
from desktop_crm.models.db import database_proxy
from desktop_crm.models.migrations import Migration

# Created by the migration machinery itself, before any capability's tables.
BOOKKEEPING = {SchemaVersion}


def _defined_tables(module: ModuleType) -> list[type[pw.Model]]:
    """Concrete tables defined in `module`: bound to the proxy, not an abstract _base."""
    return [
        value
        for name, value in vars(module).items()
        if isinstance(value, type)
        and issubclass(value, pw.Model)
        and value.__module__ == module.__name__
        and value._meta.database is database_proxy
        and not name.startswith("_")
        and name != "BaseModel"
    ]


def undeclared_tables(modules: list[ModuleType]) -> list[str]:
    declared = set(registry.collect(modules)[0]) | BOOKKEEPING
    return [
        f"{module.__name__}.{table.__name__} is a table no TABLES declares"
        for module in modules
        for table in _defined_tables(module)
        if table not in declared
    ]


def _all_model_modules() -> list[ModuleType]:
    return [
        importlib.import_module(f"{models.__name__}.{info.name}")
        for info in pkgutil.iter_modules(models.__path__)
    ]


def test_every_defined_table_is_declared() -> None:
    assert not undeclared_tables(_all_model_modules())
    assert {"Customer", "Visit", "Assessment"} <= {t.__name__ for t in registry.tables()}


def test_a_table_left_out_of_tables_is_named() -> None:
    module = ModuleType("desktop_crm.models.forgotten")

    class Forgotten(pw.Model):
        class Meta:
            database = database_proxy

    Forgotten.__module__ = module.__name__
    module.Forgotten = Forgotten  # type: ignore[attr-defined]
    assert undeclared_tables([module]) == [
        "desktop_crm.models.forgotten.Forgotten is a table no TABLES declares"
    ]


def test_every_declared_table_exists_in_a_fresh_database(db: pw.Database) -> None:
    missing = [t._meta.table_name for t in registry.tables() if not db.table_exists(t)]
    assert not missing


def test_tables_come_parents_first() -> None:
    order = registry.tables()
    for table in order:
        for fk in table._meta.refs:
            if fk.rel_model is not table:
                assert order.index(fk.rel_model) < order.index(table), (table, fk.rel_model)


def test_steps_are_in_order_and_collisions_are_refused() -> None:
    versions = [m.version for m in registry.migrations()]
    assert versions == sorted(versions) and {2, 3, 10, 20} <= set(versions)

    def step(version: int) -> Migration:
        return Migration(version, "test", lambda database, migrator: None)

    first, second = ModuleType("first"), ModuleType("second")
    first.MIGRATIONS = [step(40)]  # type: ignore[attr-defined]
    second.MIGRATIONS = [step(40)]  # type: ignore[attr-defined]
    with pytest.raises(registry.TableRegistryError, match="40 is declared in first and in second"):
        registry.collect([first, second])
