"""The office's after-sale settings (issue 13: "region and hours settable"): read by anyone,
changed by the office only, all or nothing; a new "satisfied" mark is applied to the surveys
already taken. Both backends."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from desktop_crm.models.aftersale import Survey
from desktop_crm.models.core import Customer
from desktop_crm.services.aftersale import complaints
from desktop_crm.services.aftersale.settings import aftersale_settings, set_aftersale_settings
from desktop_crm.services.common.errors import PermissionDenied, ValidationFailed
from desktop_crm.services.context import AppContext
from desktop_crm.services.owner.figures import FigureKey, Period, key_figures
from desktop_crm.services.people import manage
from desktop_crm.services.people.roles import Role


def test_the_defaults_and_a_change_read_back(ctx: AppContext) -> None:
    owner = ctx.user
    got = aftersale_settings(owner)
    assert (got.inside_hours, got.outside_hours, got.soon_hours) == (12, 24, 4)
    assert (got.satisfied_from, got.lead_days) == (80, 3)
    wanted = dataclasses.replace(
        got, inside_hours=8, outside_hours=48, home_region=("上海", "江苏"), soon_hours=2,
        satisfied_from=60, lead_days=7,
    )  # fmt: skip
    assert set_aftersale_settings(owner, wanted) == wanted
    assert aftersale_settings(owner) == wanted
    hours = complaints.deadline_settings(owner)
    assert (hours.inside_hours, hours.outside_hours, hours.home_region) == (8, 48, ("上海", "江苏"))


def test_a_bad_value_names_its_field_and_writes_nothing(ctx: AppContext) -> None:
    owner = ctx.user
    before = aftersale_settings(owner)
    for field, value in (("satisfied_from", 101), ("lead_days", -1), ("inside_hours", 0)):
        with pytest.raises(ValidationFailed) as caught:
            set_aftersale_settings(owner, dataclasses.replace(before, **{field: value}))
        assert caught.value.for_field(field) is not None
    # a good deadline with a bad mark: the deadline is not written either
    with pytest.raises(ValidationFailed):
        set_aftersale_settings(owner, dataclasses.replace(before, inside_hours=6, lead_days=99))
    assert aftersale_settings(owner) == before


def test_a_rep_reads_but_may_not_change(ctx: AppContext) -> None:
    rep = manage.add_person(ctx.user, "王建国", Role.REP, password="pw")
    settings = aftersale_settings(rep)
    with pytest.raises(PermissionDenied):
        set_aftersale_settings(rep, dataclasses.replace(settings, lead_days=5))
    assert aftersale_settings(ctx.user).lead_days == 3


def test_a_new_mark_counts_the_surveys_already_taken(ctx: AppContext) -> None:
    owner = ctx.user
    customer = Customer.create(name="甲")
    day = dt.date.today()
    for score in (90.0, 70.0, 55.0):
        Survey.create(
            customer=customer.id, kind="satisfaction", surveyed_on=day, template_version_id=0,
            score=score, satisfied=score >= 80,
        )  # fmt: skip
    Survey.create(customer=customer.id, kind="relationship", surveyed_on=day,
                  template_version_id=0, score=40.0, satisfied=None)  # fmt: skip
    month = Period.containing(day)
    assert key_figures(owner, month)[FigureKey.SATISFACTION_RATE].value == Decimal("33.3")
    set_aftersale_settings(owner, dataclasses.replace(aftersale_settings(owner), satisfied_from=60))
    flags = sorted(
        (s.score, s.satisfied) for s in Survey.select().where(Survey.kind == "satisfaction")
    )
    assert flags == [(55.0, False), (70.0, True), (90.0, True)]
    assert Survey.get(Survey.kind == "relationship").satisfied is None  # not a satisfaction one
    assert key_figures(owner, month)[FigureKey.SATISFACTION_RATE].value == Decimal("66.7")
