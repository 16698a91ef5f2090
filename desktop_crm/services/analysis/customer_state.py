"""One customer's state at a glance: tier, key category, personality type, latest scores.

What the customer header, the visit sheet and the assessment report show, gathered once.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...models.core import Customer, User
from ..common.acting import Person
from ..common.errors import NotFoundError
from ..people.policy import guard
from .assessments import AssessmentRecord, HistoryPoint, history, load_assessment
from .key_customers import effective_category
from .personality import TYPE_ADVICE, TYPE_LABELS, PersonalityView, latest_personality
from .quadrant import (
    QUADRANT_APPROACH,
    QUADRANT_LABELS,
    Quadrant,
    Thresholds,
    get_thresholds,
    quadrant_of,
)
from .tiers import effective_tier


@dataclass(frozen=True)
class CustomerState:
    customer_id: int
    name: str
    company: str
    rep_name: str
    tier: str  # the effective tier: manual if set, else computed ("" if none yet)
    tier_computed: str
    tier_is_manual: bool
    tier_reason: str
    key_category: str
    personality: PersonalityView | None
    latest: AssessmentRecord | None
    history: list[HistoryPoint]
    quadrant: Quadrant | None
    thresholds: Thresholds

    @property
    def personality_label(self) -> str:
        """English source text (context "Personality"); "" when not rated."""
        return TYPE_LABELS[self.personality.type] if self.personality else ""

    @property
    def personality_advice(self) -> str:
        return TYPE_ADVICE[self.personality.type] if self.personality else ""

    @property
    def quadrant_label(self) -> str:
        """English source text (context "Quadrant"); "" when not assessed."""
        return QUADRANT_LABELS[self.quadrant] if self.quadrant else ""

    @property
    def quadrant_approach(self) -> str:
        return QUADRANT_APPROACH[self.quadrant] if self.quadrant else ""


@guard.customer()
@guard.assessment()
def customer_state(
    actor: Person, customer_id: int, assessment_id: int | None = None
) -> CustomerState:
    """The state of a customer; `assessment_id` picks an assessment other than the latest."""
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFoundError(customer_id)
    rep = User.get_or_none(User.id == customer.owner_rep_id) if customer.owner_rep_id else None
    points = history(actor, customer_id)
    chosen = assessment_id or (points[-1].id if points else None)
    latest = load_assessment(actor, chosen) if chosen else None
    if latest is not None and latest.customer_id != customer_id:
        raise NotFoundError(assessment_id)
    thresholds = get_thresholds(actor)
    quadrant = (
        quadrant_of(latest.intent_score.value, latest.quality_score.value, thresholds)
        if latest
        else None
    )
    manual = str(customer.tier_manual or "")
    return CustomerState(
        customer_id=customer_id,
        name=str(customer.name),
        company=str(customer.company or ""),
        rep_name=str(rep.name) if rep else "",
        tier=effective_tier(manual, customer.tier_computed),
        tier_computed=str(customer.tier_computed or ""),
        tier_is_manual=bool(manual),
        tier_reason=str(customer.tier_reason or ""),
        key_category=effective_category(
            customer.key_category, effective_tier(manual, customer.tier_computed)
        ),
        personality=latest_personality(actor, customer_id),
        latest=latest,
        history=points,
        quadrant=quadrant,
        thresholds=thresholds,
    )
