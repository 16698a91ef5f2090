"""How a room of the main window declares itself, and how the window finds every room.

A room is a package `desktop_crm/ui/<room>/` whose `__init__.py` holds `ROOM = RoomSpec(...)`:
its order among the tabs, its title and a factory building it. `discover_rooms()` lists the
packages with pkgutil, so a new room is one package and never a line in a list somebody must
remember; a package that forgets its ROOM is refused by name.

Rooms never import each other. What one room offers the others (the analysis room's state
strip for the customer form, the planner's "plan a visit") it lends by name in `lends`; the
borrower asks `borrow(name)` and gets the factory without knowing which room made it.
Keep the room packages' `__init__` light: factories import the room's modules when called.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import ModuleType
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ..context import UiContext

# Names under which rooms lend pieces to each other (see `borrow`).
STATE_STRIP = "state strip"  # (ctx, parent) -> a widget with show_customer(customer_id)
PLAN_VISIT = "plan visit"  # (ctx, customer_id, parent) -> None: plan a visit to a customer
NEW_OPPORTUNITY = "new opportunity"  # (ctx, customer_id, parent) -> None: the dialog for one
OPEN_VISIT = "open visit"  # (ctx, visit_id, parent) -> bool: the visit dialog; True if saved
ASSESSMENTS = "assessments"  # (ctx, customer_id, parent) -> None: a customer's assessments
BORROWABLE = (STATE_STRIP, PLAN_VISIT, NEW_OPPORTUNITY, OPEN_VISIT, ASSESSMENTS)

# Sub-packages of ui/ that are not rooms: shared widgets, and the import wizard (a dialog the
# File menu opens, no tab).
NOT_ROOMS = frozenset({"common", "importing"})


class RoomRegistryError(LookupError):
    """A room package without its declaration, or a piece nobody lends."""


@dataclass(frozen=True)
class RoomSpec:
    """One tab of the main window."""

    key: str  # the room's class name: the translation context of `title`, used by show_room
    title: str  # the English source of the room's own self.tr() title, so the tab has its label
    order: int  # tabs go from low to high; the first is built at start-up, others when opened
    build: Callable[[UiContext, QWidget], QWidget]
    lends: Mapping[str, Callable[..., Any]] = field(default_factory=dict)


def rooms_in(package: ModuleType) -> list[RoomSpec]:
    """The ROOM of every sub-package of `package` (but NOT_ROOMS), in tab order."""
    found: list[RoomSpec] = []
    for info in pkgutil.iter_modules(package.__path__):
        if not info.ispkg or info.name in NOT_ROOMS:
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        spec = getattr(module, "ROOM", None)
        if not isinstance(spec, RoomSpec):
            raise RoomRegistryError(
                f"{module.__name__} declares no ROOM = RoomSpec(...): it would never become a "
                "tab (put shared widgets in ui/common instead)"
            )
        found.append(spec)
    return sorted(found, key=lambda spec: (spec.order, spec.key))


@lru_cache(maxsize=1)
def discover_rooms() -> tuple[RoomSpec, ...]:
    """Every room of the window, in tab order."""
    from ... import ui

    return tuple(rooms_in(ui))


def borrow(name: str) -> Callable[..., Any]:
    """The piece a room lends under `name` (one of BORROWABLE)."""
    for spec in discover_rooms():
        if name in spec.lends:
            return spec.lends[name]
    raise RoomRegistryError(f"no room lends {name!r}; declare it in a RoomSpec's lends")


def room_action(
    owner: QWidget, text: str, slot: Callable[[], Any], shortcut: str | None = None
) -> QAction:
    """An action of a room (or a page of one): added to `owner`, its shortcut working while
    the focus is anywhere inside it (not in another tab)."""
    act = QAction(text, owner)
    if shortcut:
        act.setShortcut(QKeySequence(shortcut))
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    act.triggered.connect(slot)
    owner.addAction(act)
    return act
