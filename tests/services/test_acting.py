"""Services say who acts (issue 8): every public service function takes the acting person
first, unless it is marked a pure `@rule` or an `@internal` building block, and the layers
above services never reach for an internal one. The people issue's permission checks hang
on this: a new service function cannot forget its `actor`."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

import desktop_crm.services as services
from desktop_crm.services.common.acting import kind_of

PACKAGE = Path(__file__).resolve().parents[2] / "desktop_crm"
# Building blocks every capability uses (errors, validation, settings, locking, acting) and the
# context that finds who acts: not capability services.
INFRASTRUCTURE = ("desktop_crm.services.common", "desktop_crm.services.context")


def _service_functions() -> list[tuple[str, str, object]]:
    found = []
    for info in pkgutil.walk_packages(services.__path__, "desktop_crm.services."):
        if info.name.startswith(INFRASTRUCTURE):
            continue
        module = importlib.import_module(info.name)
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ == info.name and not name.startswith("_"):
                found.append((info.name, name, fn))
    return found


def test_there_are_service_functions_to_check() -> None:
    assert len(_service_functions()) > 100


def test_every_service_function_takes_the_acting_person_or_says_why_not() -> None:
    offenders = []
    for module, name, fn in _service_functions():
        parameters = list(inspect.signature(fn).parameters)  # type: ignore[arg-type]
        if kind_of(fn) in ("rule", "internal", "gate"):  # type: ignore[arg-type]
            continue
        if not parameters or parameters[0] != "actor":
            offenders.append(f"{module}.{name}{inspect.signature(fn)}")  # type: ignore[arg-type]
    assert not offenders, (
        "these service functions neither take `actor` first nor are marked @rule / @internal "
        "(services/common/acting.py):\n  " + "\n  ".join(offenders)
    )


def test_rules_take_no_actor() -> None:
    wrong = [
        f"{module}.{name}"
        for module, name, fn in _service_functions()
        if kind_of(fn) == "rule"  # type: ignore[arg-type]
        and "actor" in inspect.signature(fn).parameters  # type: ignore[arg-type]
    ]
    assert not wrong, f"a @rule reads no data, so it takes no actor: {wrong}"


def test_the_layers_above_never_import_an_internal_service_function() -> None:
    internal = {
        (module, name)
        for module, name, fn in _service_functions()
        if kind_of(fn) == "internal"  # type: ignore[arg-type]
    }
    names = {name for _, name in internal}
    offenders = []
    for room in ("ui", "reports", "commands"):
        for path in sorted((PACKAGE / room).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and "services" in (node.module or ""):
                    for alias in node.names:
                        if alias.name in names:
                            offenders.append(f"{path.relative_to(PACKAGE)}: {alias.name}")
    assert not offenders, f"internal service functions used above services: {offenders}"
