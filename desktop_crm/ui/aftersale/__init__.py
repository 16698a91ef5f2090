"""The after-sale room (售后): the complaints register with each complaint's clock, the cause
analysis, and the satisfaction and relationship surveys (issue 13). The reminder centre is
no tab: the main window opens it at start-up (ui/reminder_centre.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..common.rooms import RoomSpec
from ..context import UiContext


def _build(ctx: UiContext, parent: QWidget) -> QWidget:
    from .room import AfterSaleRoom

    return AfterSaleRoom(ctx, parent)


ROOM = RoomSpec(key="AfterSaleRoom", title="After-sale", order=50, build=_build)
