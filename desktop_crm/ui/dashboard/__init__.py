"""The dashboard (概览): the key figures of a period for the office or one rep, each against the
previous period, with charts of sales by month, the pipeline by stage and visits against the
standard; every tile opens the list behind it. The first tab: the owner opens the app on it,
a rep sees their own figures there."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..common.rooms import RoomSpec
from ..context import UiContext


def _build(ctx: UiContext, parent: QWidget) -> QWidget:
    from .room import DashboardRoom

    return DashboardRoom(ctx, parent)


ROOM = RoomSpec(key="DashboardRoom", title="Overview", order=5, build=_build)
