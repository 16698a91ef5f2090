"""Demo part: sixty satisfaction and twenty-five relationship surveys over the last six
months, on the reps' buyers. Each customer has a mood (most fairly satisfied, a few
unhappy); price scores lower than quality; about half fall below the office's satisfied
threshold. Relationship surveys answer statement 13 (the negative one) against the grain.
A few of them fall in the current month. Seeded, days counted from today."""

from __future__ import annotations

import datetime as dt
import random

from ..services.aftersale import surveys
from ..services.aftersale.surveys import SurveyDraft
from .office import DemoOffice

SATISFACTION_COUNT = 60
RELATIONSHIP_COUNT = 25
DAYS_BACK = 180
# how each indicator leans against the customer's mood (levels of 20 points)
LEAN = {
    "satisfaction.1": 6,  # product quality: the office's strength
    "satisfaction.2": -4,  # delivery on time
    "satisfaction.3": -10,  # price: always a little too high
    "satisfaction.4": 4,  # service attitude
    "satisfaction.5": -2,  # after-sale response
    "satisfaction.6": 2,  # the rep's expertise
}
NOTES = [
    "",
    "",
    "",
    "希望价格再优惠一些",
    "交货期能否再提前",
    "售后响应很快，满意",
    "业务员很专业",
    "上次维修等了三天",
]


def _level(points: float) -> int:
    """The nearest of 100, 80, 60, 40, 20."""
    return int(min(100, max(20, round(points / 20) * 20)))


def _agreement(points: float) -> int:
    """A 0-100 mood as agreement 1-5."""
    return int(min(5, max(1, round(1 + points / 25))))


def add_to_office(office: DemoOffice, today: dt.date) -> None:
    """Store the surveys (the owner enters them), each on a day within DAYS_BACK."""
    rng = random.Random(2047)
    owner = office.owner
    buyers = [d for d in office.customers if d.id and d.owner_rep_id is not None and d.deals]
    if not buyers:
        return
    moods: dict[int, float] = {}
    for customer in buyers:
        mood = rng.gauss(82, 11)
        if rng.random() < 0.08:
            mood -= 30  # an unhappy customer
        moods[int(customer.id or 0)] = mood
    satisfaction = surveys.template(owner, "satisfaction")
    relationship = surveys.template(owner, "relationship")
    for number in range(SATISFACTION_COUNT + RELATIONSHIP_COUNT):
        customer = rng.choice(buyers)
        customer_id = int(customer.id or 0)
        mood = moods[customer_id] + rng.gauss(0, 5)
        back = rng.randrange(0, today.day) if number % 10 == 0 else rng.randrange(0, DAYS_BACK)
        day = today - dt.timedelta(days=back)  # a few of them this month
        if number < SATISFACTION_COUNT:
            answers = {
                q.id: _level(mood + LEAN.get(q.id, 0) + rng.gauss(0, 8))
                for q in satisfaction.questions
            }
            kind = "satisfaction"
        else:
            answers = {}
            for q in relationship.questions:
                agreed = _agreement(mood + rng.gauss(0, 12))
                answers[q.id] = 6 - agreed if q.reverse else agreed
            if rng.random() < 0.2:  # not every statement gets an answer
                del answers[rng.choice(list(answers))]
            kind = "relationship"
        surveys.save_survey(
            owner,
            SurveyDraft(customer_id, kind, answers, day, notes=rng.choice(NOTES)),
            today=today,
        )
