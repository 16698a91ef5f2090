"""Opportunities and the pipeline (issue 12, item 1): stages, drafts, saving with the version
check, moving, winning into a deal, reopening, lists, the weighted forecast. Both backends."""

from __future__ import annotations

import pytest

from desktop_crm.services.common.errors import PermissionDenied, ValidationFailed
from desktop_crm.services.context import AppContext
from desktop_crm.services.owner import pipeline
from desktop_crm.services.owner.pipeline import StageDraft
from desktop_crm.services.people import manage
from desktop_crm.services.people.roles import Role


def test_the_default_pipeline_is_four_open_stages_then_won_and_lost(ctx: AppContext) -> None:
    found = pipeline.stages(ctx.user)
    assert [s.code for s in found] == ["contact", "needs", "proposal", "negotiation", "won", "lost"]
    assert [s.kind for s in found] == ["open"] * 4 + ["won", "lost"]
    assert [s.probability for s in found] == [10, 30, 50, 75, 100, 0]


def test_the_office_renames_adds_removes_and_reorders_open_stages(ctx: AppContext) -> None:
    owner = ctx.user
    rep = manage.add_person(owner, "王建国", Role.REP, password="pw")
    drafts = [
        StageDraft("谈判", 80, "negotiation"),
        StageDraft("Qualified lead", 20, "contact"),
        StageDraft("试用", 60),
    ]
    after = pipeline.set_stages(owner, drafts)
    assert [(s.code, s.label, s.probability) for s in after[:3]] == [
        ("negotiation", "谈判", 80),
        ("contact", "Qualified lead", 20),
        ("stage1", "试用", 60),
    ]
    assert [s.code for s in after[3:]] == ["won", "lost"]
    assert pipeline.stages(rep) == after  # every role reads the pipeline
    with pytest.raises(PermissionDenied):
        pipeline.set_stages(rep, drafts)
    with pytest.raises(ValidationFailed) as failed:
        pipeline.set_stages(owner, [StageDraft("", 10), StageDraft("B", 101)])
    assert {e.field for e in failed.value.errors} == {"stages.0.label", "stages.1.probability"}
    with pytest.raises(ValidationFailed) as failed:
        pipeline.set_stages(owner, [StageDraft("A", 10), StageDraft("A", 20)])
    assert failed.value.errors[0].field == "stages.1.label"
    with pytest.raises(ValidationFailed):
        pipeline.set_stages(owner, [])
