"""The state analysis in the window: assessment form, history, personality type, quadrant chart,
tiers, visit time against guidance, questionnaire templates.

Entry points for other rooms (the customer form, the planner):
`open_assessment_for_customer(ctx, customer_id, parent, visit_id=None, contact_id=None)`,
`open_history(ctx, customer_id, parent)`, `open_personality(ctx, customer_id, parent)` and the
`StateSummary` strip for a customer's header.
"""

from __future__ import annotations

from .state_summary import (
    StateSummary,
    open_assessment_for_customer,
    open_history,
    open_personality,
)

__all__ = ["StateSummary", "open_assessment_for_customer", "open_history", "open_personality"]
