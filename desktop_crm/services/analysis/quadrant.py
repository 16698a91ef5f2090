"""Intent × quality quadrants (DOMAIN.md §4): thresholds, placement and recommended approach.

A score above its threshold is "high"; a score on the threshold is low. The default threshold
is 50, the score of an all-neutral assessment (every answer 3): such a customer has shown
nothing either way yet, so it lands in "keep in touch cheaply", not in "close now" (issue 14,
item 8). Texts are English source strings in the "Quadrant" translation context.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import peewee as pw

from ...i18n import QT_TRANSLATE_NOOP
from ...models.assessments import Assessment
from ...models.core import Customer, User
from ...models.db import dict_rows
from ..common.acting import Person, internal, rule
from ..common.checks import refuse
from ..common.errors import FieldError
from ..common.settings import QUADRANT_THRESHOLDS, read_setting, write_setting
from ..common.validation import check_number
from ..people.policy import guard, visible_customers
from .tiers import effective_tier_sql

DEFAULT_THRESHOLD = 50.0


class Quadrant(StrEnum):
    PURSUE = "high_intent_high_quality"
    SECURE = "high_intent_low_quality"
    DEVELOP = "low_intent_high_quality"
    MAINTAIN = "low_intent_low_quality"


QUADRANT_LABELS: dict[Quadrant, str] = {
    Quadrant.PURSUE: QT_TRANSLATE_NOOP("Quadrant", "High intent, high quality"),
    Quadrant.SECURE: QT_TRANSLATE_NOOP("Quadrant", "High intent, low quality"),
    Quadrant.DEVELOP: QT_TRANSLATE_NOOP("Quadrant", "Low intent, high quality"),
    Quadrant.MAINTAIN: QT_TRANSLATE_NOOP("Quadrant", "Low intent, low quality"),
}
QUADRANT_SHORT: dict[Quadrant, str] = {
    Quadrant.PURSUE: QT_TRANSLATE_NOOP("Quadrant", "Close now"),
    Quadrant.SECURE: QT_TRANSLATE_NOOP("Quadrant", "Sell safely"),
    Quadrant.DEVELOP: QT_TRANSLATE_NOOP("Quadrant", "Build interest"),
    Quadrant.MAINTAIN: QT_TRANSLATE_NOOP("Quadrant", "Keep in touch"),
}
QUADRANT_APPROACH: dict[Quadrant, str] = {
    Quadrant.PURSUE: QT_TRANSLATE_NOOP(
        "Quadrant",
        "Ready to buy and worth having: visit in person, meet the decision makers, make a "
        "concrete offer and ask for the order. Plan for a long relationship.",
    ),
    Quadrant.SECURE: QT_TRANSLATE_NOOP(
        "Quadrant",
        "Wants to buy but is a riskier partner: keep the offer simple, agree clear terms, ask "
        "for prepayment or short credit and check payment before delivering more.",
    ),
    Quadrant.DEVELOP: QT_TRANSLATE_NOOP(
        "Quadrant",
        "A good partner not yet convinced: show how the product creates value, bring cases of "
        "others who use it, invite them to try it. Invest time in the relationship.",
    ),
    Quadrant.MAINTAIN: QT_TRANSLATE_NOOP(
        "Quadrant",
        "Neither ready nor promising yet: keep in touch through cheap channels (phone, "
        "WeChat, the monthly card) and assess again in a few months.",
    ),
}


@dataclass(frozen=True)
class Thresholds:
    intent: float = DEFAULT_THRESHOLD
    quality: float = DEFAULT_THRESHOLD


@guard.anyone
def get_thresholds(actor: Person) -> Thresholds:
    value = read_setting(QUADRANT_THRESHOLDS)
    return Thresholds(
        float(value.get("intent", DEFAULT_THRESHOLD)),
        float(value.get("quality", DEFAULT_THRESHOLD)),
    )


@guard.office
def set_thresholds(actor: Person, thresholds: Thresholds) -> None:
    """Store the office's thresholds: each a finite number 0-100 (ValidationFailed, a
    ValueError, on `intent` / `quality` otherwise)."""
    if not isinstance(thresholds, Thresholds):
        refuse([FieldError("thresholds", "type", {"value": type(thresholds).__name__})])
    refuse(check_number(name, getattr(thresholds, name), 0, 100) for name in ("intent", "quality"))
    write_setting(QUADRANT_THRESHOLDS, {"intent": thresholds.intent, "quality": thresholds.quality})


@rule
def quadrant_of(
    intent: float | None, quality: float | None, thresholds: Thresholds | None = None
) -> Quadrant | None:
    """The quadrant of two scores; None while either score is missing."""
    if intent is None or quality is None:
        return None
    t = thresholds or Thresholds()
    high_intent = intent > t.intent  # on the threshold is low (the module's text)
    high_quality = quality > t.quality
    if high_intent:
        return Quadrant.PURSUE if high_quality else Quadrant.SECURE
    return Quadrant.DEVELOP if high_quality else Quadrant.MAINTAIN


@dataclass(frozen=True)
class AnalysisFilter:
    """Which customers a chart or report covers."""

    rep_id: int | None = None
    key_category: str | None = None
    tier: str | None = None


@dataclass(frozen=True)
class QuadrantPoint:
    customer_id: int
    name: str
    rep_name: str
    intent: float
    quality: float
    assessed_on: dt.date
    quadrant: Quadrant
    company: str = ""


@internal
def filtered_customers(person: Person, flt: AnalysisFilter) -> pw.ModelSelect[Any]:
    """The ids of the customers in the filter that `person` may see."""
    query: pw.ModelSelect[Any] = Customer.select(Customer.id).where(
        Customer.deleted_at.is_null(True), visible_customers(person)
    )
    if flt.rep_id is not None:
        query = query.where(Customer.owner_rep == flt.rep_id)
    if flt.key_category:
        query = query.where(Customer.key_category == flt.key_category)
    if flt.tier:
        query = query.where(effective_tier_sql() == flt.tier)
    return query


@guard.scoped
def quadrant_points(
    actor: Person, flt: AnalysisFilter | None = None, thresholds: Thresholds | None = None
) -> list[QuadrantPoint]:
    """Each customer in the filter at its latest assessment that has both scores."""
    flt = flt or AnalysisFilter()
    t = thresholds or get_thresholds(actor)
    query = (
        Assessment.select(
            Assessment.customer,
            Assessment.intent_score,
            Assessment.quality_score,
            Assessment.assessed_on,
            Customer.name,
            Customer.company,
            User.name.alias("rep_name"),
        )
        .join(Customer)
        .join(User, pw.JOIN.LEFT_OUTER, on=(Customer.owner_rep == User.id))
        .where(
            Assessment.customer.in_(filtered_customers(actor, flt)),
            Assessment.intent_score.is_null(False),
            Assessment.quality_score.is_null(False),
        )
        .order_by(Assessment.customer, Assessment.assessed_on, Assessment.id)
    )
    latest: dict[int, dict[str, Any]] = {}
    for r in dict_rows(query):
        latest[int(r["customer"])] = r  # later rows win: the latest assessment
    points = []
    for cid, r in latest.items():
        intent, quality = float(r["intent_score"]), float(r["quality_score"])
        quadrant = quadrant_of(intent, quality, t)
        assert quadrant is not None
        points.append(
            QuadrantPoint(
                cid,
                str(r["name"]),
                str(r["rep_name"] or ""),
                intent,
                quality,
                r["assessed_on"],
                quadrant,
                str(r["company"] or ""),
            )
        )
    return sorted(points, key=lambda p: (p.quadrant, -p.intent - p.quality, p.name))
