"""The state analysis in the window: assessment form, history, personality type, quadrant chart,
tiers, visit time against guidance, questionnaire templates.

It lends the other rooms the `StateSummary` strip for a customer's header (tier, type and
advice, scores; assess and history from there), as `rooms.STATE_STRIP`, and a customer's
assessment history as `rooms.ASSESSMENTS`. Within the room,
`state_summary` holds the entry points `open_assessment_for_customer`, `open_history` and
`open_personality`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..common.rooms import ASSESSMENTS, STATE_STRIP, RoomSpec
from ..context import UiContext


def _build(ctx: UiContext, parent: QWidget) -> QWidget:
    from .room import AnalysisRoom

    return AnalysisRoom(ctx, parent)


def _state_strip(ctx: UiContext, parent: QWidget) -> QWidget:
    from .state_summary import StateSummary

    return StateSummary(ctx, parent)


def _assessments(ctx: UiContext, customer_id: int, parent: QWidget | None = None) -> None:
    from .state_summary import open_history

    open_history(ctx, customer_id, parent)


ROOM = RoomSpec(
    key="AnalysisRoom",
    title="Analysis",
    order=20,
    build=_build,
    lends={STATE_STRIP: _state_strip, ASSESSMENTS: _assessments},
)
