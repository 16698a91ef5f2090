"""Demo data for the state analysis: assessments (some customers twice, months apart),
personality ratings, a few manual tiers, and computed tiers for everyone.

Appends itself to services.demo.DEMO_EXTENSIONS on import.
"""

from __future__ import annotations

import datetime as dt
import random

from ..models.assessments import Assessment, AssessmentAnswer, PersonalityRating
from ..models.core import Contact, Customer
from ..models.db import tuple_rows, utcnow, write_transaction
from .analysis import questionnaires as qn
from .analysis.assessments import score_assessment
from .analysis.questionnaires import Questionnaire
from .analysis.tiers import recompute_tiers
from .demo import DEMO_EXTENSIONS
from .generator import GeneratedOffice
from .people.users import person_of
from .visits.status import VisitStatus

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


def add_demo_assessments(office: GeneratedOffice, today: dt.date) -> None:
    rng = random.Random(7)
    qn.ensure_templates(person_of(office.owner))
    intent, quality = qn.current(person_of(office.owner), "intent"), qn.current(person_of(office.owner), "quality")
    # every customer of the office, also those other demo extensions added before this one
    customers = list(
        Customer.select(Customer.id, Customer.key_category, Customer.owner_rep)
        .where(Customer.deleted_at.is_null(True))
        .order_by(Customer.id)
    )
    done_visits = _done_visits(today)
    contacts: dict[int, list[int]] = {}
    for cid, contact_id in tuple_rows(Contact.select(Contact.customer, Contact.id)):
        contacts.setdefault(int(cid), []).append(int(contact_id))
    now = utcnow()
    with write_transaction():
        for customer in customers:
            cid = int(customer.id)
            base_intent, base_quality = _LEVELS.get(customer.key_category or "", _LEVELS[""])
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
                    row = Assessment.create(
                        customer=cid,
                        contact=rng.choice(contacts[cid]) if contacts.get(cid) else None,
                        assessed_on=day,
                        visit_id=visit_ids[index],
                        assessed_by=customer.owner_rep_id,
                        intent_version=intent.version_id,
                        quality_version=quality.version_id,
                        intent_score=score_assessment(intent, intent_r).value,
                        quality_score=score_assessment(quality, quality_r).value,
                        created_at=now,
                        updated_at=now,
                    )
                    AssessmentAnswer.insert_many(
                        [
                            {
                                "assessment": row.id,
                                "questionnaire": key,
                                "question_id": qid,
                                "rating": rating,
                                "note": rng.choice(_NOTES) if rating else "",
                                "created_at": now,
                                "updated_at": now,
                            }
                            for key, ratings in (("intent", intent_r), ("quality", quality_r))
                            for qid, rating in ratings.items()
                            if rating is not None
                        ]
                    ).execute()
            if rng.random() < 0.75:
                PersonalityRating.create(
                    customer=cid,
                    expressiveness=rng.randint(1, 4),
                    emotionality=rng.randint(1, 4),
                    rated_on=today - dt.timedelta(days=rng.randint(5, 200)),
                    rated_by=customer.owner_rep_id,
                    created_at=now,
                    updated_at=now,
                )
        for customer, (tier, reason) in zip(rng.sample(customers, 3), _MANUAL, strict=True):
            Customer.update(tier_manual=tier, tier_reason=reason).where(
                Customer.id == customer.id
            ).execute()
    recompute_tiers(person_of(office.owner), today)


def _done_visits(today: dt.date) -> dict[int, list[tuple[int, dt.date]]]:
    """Done visits per customer, oldest first (empty without the visit planner)."""
    try:
        from ..models.visits import Visit
    except ImportError:
        return {}
    result: dict[int, list[tuple[int, dt.date]]] = {}
    query = (
        Visit.select(Visit.id, Visit.customer, Visit.start)
        .where(
            Visit.status == VisitStatus.DONE, Visit.start <= dt.datetime.combine(today, dt.time.max)
        )
        .order_by(Visit.start)
    )
    for vid, cid, start in tuple_rows(query):
        result.setdefault(int(cid), []).append((int(vid), start.date()))
    return result


DEMO_EXTENSIONS.append(add_demo_assessments)
