"""The visit planner room: calendars, visit dialog, route, week review, sheets.

It lends the other rooms "plan a visit to this customer" (`rooms.PLAN_VISIT`), the visit
dialog filled in for one customer.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..common.rooms import PLAN_VISIT, RoomSpec
from ..context import UiContext


def _build(ctx: UiContext, parent: QWidget) -> QWidget:
    from .room import PlannerRoom

    return PlannerRoom(ctx, parent)


def _plan_visit(ctx: UiContext, customer_id: int, parent: QWidget | None = None) -> None:
    from .visit_dialog import plan_visit_for_customer

    plan_visit_for_customer(ctx, customer_id, parent)


ROOM = RoomSpec(
    key="PlannerRoom", title="Planner", order=30, build=_build, lends={PLAN_VISIT: _plan_visit}
)
