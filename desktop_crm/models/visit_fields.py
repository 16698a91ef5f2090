"""The one description of a visit: the plan with the five elements (拜访五要素), then the outcome.

The visit dialog, validation and the stored values all read these lists. Labels are English
source strings in the "VisitDialog" translation context (the dialog's row labels), choice
labels in "Choice". The `Visit` table in `visits.py` must agree with them column for column
(tests/models/test_field_descriptions.py checks). Which status may follow which is a rule,
not a description: it lives in `services/visits/status.py`.
"""

from __future__ import annotations

from functools import partial

from ..i18n import QT_TRANSLATE_NOOP
from .fields import FieldSpec, Kind, by_name, choices

# 何种方法: the method of a visit.
VISIT_METHODS = choices(
    ("face", QT_TRANSLATE_NOOP("Choice", "Face to face")),
    ("phone", QT_TRANSLATE_NOOP("Choice", "Phone")),
    ("video", QT_TRANSLATE_NOOP("Choice", "Video call")),
    ("inbound", QT_TRANSLATE_NOOP("Choice", "Customer comes to us")),
    ("other", QT_TRANSLATE_NOOP("Choice", "Other")),
)
VISIT_STATUSES = choices(
    ("planned", QT_TRANSLATE_NOOP("Choice", "Planned")),
    ("done", QT_TRANSLATE_NOOP("Choice", "Done")),
    ("cancelled", QT_TRANSLATE_NOOP("Choice", "Cancelled")),
    ("no_show", QT_TRANSLATE_NOOP("Choice", "No-show")),
)
PURPOSE_MET_LEVELS = choices(
    ("yes", QT_TRANSLATE_NOOP("Choice", "Yes")),
    ("partly", QT_TRANSLATE_NOOP("Choice", "Partly")),
    ("no", QT_TRANSLATE_NOOP("Choice", "No")),
)

PLAN, OUTCOME = "plan", "outcome"  # the two parts of a visit: before it, and after it
_CTX = "VisitDialog"


_spec = partial(FieldSpec, context=_CTX)  # a visit field: labelled in the dialog's context


# when = start/duration, whom = contact, method, what matter = matter, which reason = reason
PLAN_FIELDS: tuple[FieldSpec, ...] = (
    _spec(
        "customer",
        PLAN,
        QT_TRANSLATE_NOOP("VisitDialog", "Customer"),
        Kind.REFERENCE,
        required=True,
    ),
    _spec("start", PLAN, QT_TRANSLATE_NOOP("VisitDialog", "When"), Kind.DATETIME, required=True),
    _spec(
        "duration_minutes",
        PLAN,
        QT_TRANSLATE_NOOP("VisitDialog", "Duration"),
        Kind.INTEGER,
        required=True,
        minimum=5,
        maximum=12 * 60,
    ),
    _spec("contact", PLAN, QT_TRANSLATE_NOOP("VisitDialog", "Whom (contact)"), Kind.REFERENCE),
    _spec("rep", PLAN, QT_TRANSLATE_NOOP("VisitDialog", "Rep"), Kind.REFERENCE, required=True),
    _spec(
        "method",
        PLAN,
        QT_TRANSLATE_NOOP("VisitDialog", "Method"),
        Kind.CHOICE,
        choices=VISIT_METHODS,
        max_length=20,
    ),
    _spec("matter", PLAN, QT_TRANSLATE_NOOP("VisitDialog", "What matter"), max_length=300),
    _spec("reason", PLAN, QT_TRANSLATE_NOOP("VisitDialog", "For which reason"), max_length=300),
    _spec("purpose", PLAN, QT_TRANSLATE_NOOP("VisitDialog", "Purpose"), Kind.LONGTEXT),
    _spec("action_plan", PLAN, QT_TRANSLATE_NOOP("VisitDialog", "Action plan"), Kind.LONGTEXT),
    _spec(
        "expected_result", PLAN, QT_TRANSLATE_NOOP("VisitDialog", "Expected result"), Kind.LONGTEXT
    ),
)

OUTCOME_FIELDS: tuple[FieldSpec, ...] = (
    _spec(
        "status",
        OUTCOME,
        QT_TRANSLATE_NOOP("VisitDialog", "Status"),
        Kind.CHOICE,
        choices=VISIT_STATUSES,
        max_length=12,
    ),
    _spec(
        "actual_result", OUTCOME, QT_TRANSLATE_NOOP("VisitDialog", "Actual result"), Kind.LONGTEXT
    ),
    _spec(
        "purpose_met",
        OUTCOME,
        QT_TRANSLATE_NOOP("VisitDialog", "Purpose met"),
        Kind.CHOICE,
        choices=PURPOSE_MET_LEVELS,
        max_length=8,
    ),
    _spec(
        "time_spent_minutes",
        OUTCOME,
        QT_TRANSLATE_NOOP("VisitDialog", "Time spent"),
        Kind.INTEGER,
        minimum=0,
        maximum=24 * 60,
    ),
    _spec("next_action", OUTCOME, QT_TRANSLATE_NOOP("VisitDialog", "Next action"), max_length=300),
    _spec(
        "next_action_on", OUTCOME, QT_TRANSLATE_NOOP("VisitDialog", "Next action date"), Kind.DATE
    ),
)

VISIT_FIELDS: tuple[FieldSpec, ...] = PLAN_FIELDS + OUTCOME_FIELDS
VISIT_FIELDS_BY_NAME: dict[str, FieldSpec] = by_name(VISIT_FIELDS)
