"""The visit field description, for the layers above services (the visit dialog, reports).

Defined in `models/visit_fields.py` because the visit table is checked against it; which
status may follow which is `status.VisitStatus`, beside it.
"""

from __future__ import annotations

from ...models.fields import FieldSpec, Kind
from ...models.visit_fields import (
    OUTCOME,
    OUTCOME_FIELDS,
    PLAN,
    PLAN_FIELDS,
    PURPOSE_MET_LEVELS,
    VISIT_FIELDS,
    VISIT_FIELDS_BY_NAME,
    VISIT_METHODS,
    VISIT_STATUSES,
)
from ..common.acting import rule

__all__ = [
    "FieldSpec",
    "Kind",
    "OUTCOME",
    "OUTCOME_FIELDS",
    "PLAN",
    "PLAN_FIELDS",
    "PURPOSE_MET_LEVELS",
    "VISIT_FIELDS",
    "VISIT_FIELDS_BY_NAME",
    "VISIT_METHODS",
    "VISIT_STATUSES",
    "draft_attribute",
]


@rule
def draft_attribute(spec: FieldSpec) -> str:
    """The VisitDraft / VisitOutcome attribute holding `spec`: a reference `x` is `x_id`."""
    return f"{spec.name}_id" if spec.kind == Kind.REFERENCE else spec.name
