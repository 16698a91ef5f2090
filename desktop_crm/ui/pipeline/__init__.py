"""The pipeline room (商机): the board with a column per stage, the list, the opportunity
dialog, the stages editor (the office's) and the weighted forecast by month.

It lends the other rooms "new opportunity for this customer" (`rooms.NEW_OPPORTUNITY`), the
opportunity dialog filled in for one customer (the customer form offers it).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..common.rooms import NEW_OPPORTUNITY, RoomSpec
from ..context import UiContext


def _build(ctx: UiContext, parent: QWidget) -> QWidget:
    from .room import PipelineRoom

    return PipelineRoom(ctx, parent)


def _new_opportunity(ctx: UiContext, customer_id: int, parent: QWidget | None = None) -> None:
    from .opportunity_dialog import new_opportunity_for_customer

    new_opportunity_for_customer(ctx, customer_id, parent)


ROOM = RoomSpec(
    key="PipelineRoom",
    title="Pipeline",
    order=40,
    build=_build,
    lends={NEW_OPPORTUNITY: _new_opportunity},
)
