"""The Customers room: the lazy customer list, the five-category form, trash and conflicts."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..common.rooms import RoomSpec
from ..context import UiContext


def _build(ctx: UiContext, parent: QWidget) -> QWidget:
    from .room import CustomersRoom

    return CustomersRoom(ctx, parent)


ROOM = RoomSpec(key="CustomersRoom", title="Customers", order=10, build=_build)
