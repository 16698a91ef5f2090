"""Demo part: the state analysis — assessments (some customers twice, months apart),
personality ratings, a few manual tiers, and computed tiers for everyone."""

from __future__ import annotations

import datetime as dt
import random

from ..services.analysis import questionnaires as qn
from ..services.analysis.assessments import Answer, AssessmentDraft
from ..services.analysis.bulk import (
    AssessmentEntry,
    ManualTier,
    PersonalityEntry,
    add_assessments,
    add_personality_ratings,
    set_manual_tiers,
)
from ..services.analysis.questionnaires import Questionnaire
from ..services.analysis.tiers import recompute_tiers
from ..services.customers import CustomerDraft
from .office import DemoOffice

# Typical level (1-5) of intent and quality answers per key-customer category.
_LEVELS = {
    "key": (4.2, 3.8),
    "ordinary": (3.3, 3.2),
    "potential": (2.6, 3.0),
    "unattractive": (1.8, 2.2),
    "": (3.0, 3.0),
}
_NOTES = [
    "老板亲自过问",
    "已看过样品",
    "竞争对手在报价",
    "采购经理刚换人",
    "对价格敏感",
    "很重视交期",
    "去年出过质量问题",
    "",
]
_MANUAL = [("A", "集团总部，战略客户"), ("B", "新签年度合同，预计放量"), ("C", "账期长，控制投入")]


def _ratings(rng: random.Random, q: Questionnaire, level: float) -> dict[str, int | None]:
    result: dict[str, int | None] = {}
    for question in q.questions:
        if rng.random() < 0.08:
            result[question.id] = None  # not known yet
            continue
        value = max(1, min(5, round(rng.gauss(level, 0.9))))
        result[question.id] = 6 - value if question.reverse else value
    return result


def add_to_office(office: DemoOffice, today: dt.date) -> None:
    """Assess most customers (on their last done visit, if any), rate personalities, set
    three tiers by hand and compute everyone's tier."""
    rng = random.Random(7)
    qn.ensure_templates(office.owner)
    intent, quality = qn.current(office.owner, "intent"), qn.current(office.owner, "quality")
    done_visits = _done_visits(office, today)
    assessments: list[AssessmentEntry] = []
    ratings: list[PersonalityEntry] = []
    for customer in office.customers:
        cid = int(customer.id or 0)
        contacts = [int(c.id or 0) for c in customer.contacts or []]
        level = _LEVELS.get(str(customer.values.get("key_category") or ""), _LEVELS[""])
        base_intent, base_quality = level
        visits = done_visits.get(cid, [])
        if rng.random() < (0.85 if visits else 0.6):
            # the latest assessment was made on the last done visit, if there was one
            visit_ids: list[int | None] = [visits[-1][0] if visits else None]
            dates = [visits[-1][1] if visits else today - dt.timedelta(days=rng.randint(3, 60))]
            if rng.random() < 0.35:
                dates.insert(0, dates[0] - dt.timedelta(days=rng.randint(90, 240)))
                visit_ids.insert(0, None)
            # the earlier assessment sits lower (or higher): the trend has a slope
            drift = rng.choice((0.8, 1.1, -0.5)) if len(dates) == 2 else 0.0
            for index, day in enumerate(dates):
                first = index == 0 and len(dates) == 2
                intent_r = _ratings(rng, intent, base_intent - (drift if first else 0))
                quality_r = _ratings(rng, quality, base_quality - (drift / 2 if first else 0))
                contact = rng.choice(contacts) if contacts else None
                answers = {
                    key: {
                        qid: Answer(rating, rng.choice(_NOTES))
                        for qid, rating in chosen.items()
                        if rating is not None
                    }
                    for key, chosen in (("intent", intent_r), ("quality", quality_r))
                }
                draft = AssessmentDraft(
                    customer_id=cid,
                    assessed_on=day,
                    intent=answers["intent"],
                    quality=answers["quality"],
                    contact_id=contact,
                    visit_id=visit_ids[index],
                    intent_version_id=intent.version_id,
                    quality_version_id=quality.version_id,
                )
                assessments.append(AssessmentEntry(draft, customer.owner_rep_id))
        if rng.random() < 0.75:
            ratings.append(
                PersonalityEntry(
                    cid,
                    expressiveness=rng.randint(1, 4),
                    emotionality=rng.randint(1, 4),
                    rated_on=today - dt.timedelta(days=rng.randint(5, 200)),
                    rated_by_id=customer.owner_rep_id,
                )
            )
    add_assessments(office.owner, assessments)
    add_personality_ratings(office.owner, ratings)
    chosen: list[CustomerDraft] = rng.sample(office.customers, 3)
    set_manual_tiers(
        office.owner,
        [
            ManualTier(int(c.id or 0), tier, reason)
            for c, (tier, reason) in zip(chosen, _MANUAL, strict=True)
        ],
    )
    recompute_tiers(office.owner, today)


def _done_visits(office: DemoOffice, today: dt.date) -> dict[int, list[tuple[int, dt.date]]]:
    """Done visits up to today per customer, oldest first."""
    end = dt.datetime.combine(today, dt.time.max)
    done = [v for v in office.visits if v.status == "done" and v.plan.start <= end]
    result: dict[int, list[tuple[int, dt.date]]] = {}
    for visit in sorted(done, key=lambda v: v.plan.start):
        plan = visit.plan
        result.setdefault(plan.customer_id, []).append((int(plan.id or 0), plan.start.date()))
    return result
