"""Personality types (§5) and quadrant placement (§4)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_crm.services.analysis import personality as pe
from desktop_crm.services.analysis import quadrant as qd
from desktop_crm.services.analysis.assessments import Answer, AssessmentDraft, save_assessment
from desktop_crm.services.common.errors import ValidationFailed
from desktop_crm.services.context import AppContext
from desktop_crm.services.customers.drafts import CustomerDraft
from desktop_crm.services.customers.writes import save_customer


def test_four_types() -> None:
    assert pe.personality_type(4, 1) == pe.PersonalityType.DOMINANT
    assert pe.personality_type(3, 3) == pe.PersonalityType.EXPRESSIVE
    assert pe.personality_type(2, 4) == pe.PersonalityType.AMIABLE
    assert pe.personality_type(1, 2) == pe.PersonalityType.ANALYTICAL
    with pytest.raises(ValueError):
        pe.personality_type(5, 1)


def test_latest_rating_counts(ctx: AppContext) -> None:
    cid = save_customer(ctx.user, CustomerDraft({"name": "客户"})).id
    assert pe.latest_personality(ctx.user, cid) is None
    pe.rate_personality(ctx.user, cid, 4, 1, dt.date(2026, 1, 5))
    pe.rate_personality(ctx.user, cid, 1, 4, dt.date(2026, 6, 5))
    view = pe.latest_personality(ctx.user, cid)
    assert view is not None and view.type == pe.PersonalityType.AMIABLE
    assert pe.latest_types(ctx.user, [cid]) == {cid: pe.PersonalityType.AMIABLE}
    with pytest.raises(ValidationFailed):
        pe.rate_personality(ctx.user, cid, 0, 2)


def test_quadrant_of_scores() -> None:
    t = qd.Thresholds(60, 40)
    assert qd.quadrant_of(60.1, 40.1, t) == qd.Quadrant.PURSUE
    assert qd.quadrant_of(60, 40.1, t) == qd.Quadrant.DEVELOP  # on the threshold counts low
    assert qd.quadrant_of(60.1, 40, t) == qd.Quadrant.SECURE
    assert qd.quadrant_of(59.9, 40.1, t) == qd.Quadrant.DEVELOP
    assert qd.quadrant_of(80, 39, t) == qd.Quadrant.SECURE
    assert qd.quadrant_of(10, 10, t) == qd.Quadrant.MAINTAIN
    assert qd.quadrant_of(None, 90, t) is None


def test_quadrant_points_use_the_latest_assessment(ctx: AppContext) -> None:
    cid = save_customer(ctx.user, CustomerDraft({"name": "华兴"})).id
    high = {f"intent.{n}": Answer(5) for n in range(1, 10)}
    low_q = {f"quality.{n}": Answer(1) for n in range(1, 3)}
    save_assessment(ctx.user, AssessmentDraft(cid, dt.date(2026, 1, 1), high, low_q))
    save_assessment(
        ctx.user,
        AssessmentDraft(
            cid, dt.date(2026, 5, 1), {"intent.1": Answer(1)}, {"quality.1": Answer(5)}
        ),
    )
    (point,) = qd.quadrant_points(ctx.user)
    assert (point.intent, point.quality) == (0, 100)
    assert point.quadrant == qd.Quadrant.DEVELOP
    # on the threshold is low: quality 100 against a threshold of 100 is no longer high
    qd.set_thresholds(ctx.user, qd.Thresholds(0, 100))
    assert qd.quadrant_points(ctx.user)[0].quadrant == qd.Quadrant.MAINTAIN


def test_advice_for_visit_sheets(ctx: AppContext) -> None:
    rated = save_customer(ctx.user, CustomerDraft({"name": "甲"})).id
    unrated = save_customer(ctx.user, CustomerDraft({"name": "乙"})).id
    pe.rate_personality(ctx.user, rated, 1, 1)
    assert pe.advice_for(ctx.user, [rated, unrated]) == {
        rated: ("Analytical", pe.TYPE_ADVICE[pe.PersonalityType.ANALYTICAL])
    }
