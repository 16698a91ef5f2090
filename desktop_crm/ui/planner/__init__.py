"""The visit planner room: calendars, visit dialog, route, week review, sheets.

It lends the other rooms "plan a visit to this customer" (`rooms.PLAN_VISIT`), the visit
dialog filled in for one customer, and "open this visit" (`rooms.OPEN_VISIT`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..common.rooms import OPEN_VISIT, PLAN_VISIT, RoomSpec
from ..context import UiContext


def _build(ctx: UiContext, parent: QWidget) -> QWidget:
    from .room import PlannerRoom

    return PlannerRoom(ctx, parent)


def _plan_visit(ctx: UiContext, customer_id: int, parent: QWidget | None = None) -> None:
    from .visit_dialog import plan_visit_for_customer

    plan_visit_for_customer(ctx, customer_id, parent)


def _open_visit(ctx: UiContext, visit_id: int, parent: QWidget | None = None) -> bool:
    from PySide6.QtWidgets import QDialog

    from .visit_dialog import VisitDialog

    return VisitDialog(ctx, visit_id, parent=parent).exec() == QDialog.DialogCode.Accepted


ROOM = RoomSpec(
    key="PlannerRoom",
    title="Planner",
    order=30,
    build=_build,
    lends={PLAN_VISIT: _plan_visit, OPEN_VISIT: _open_visit},
)
