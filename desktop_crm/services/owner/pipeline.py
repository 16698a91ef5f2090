"""Opportunities (商机) and the office's pipeline (issue 12, item 1), Qt-free.

**Stages.** The office sets its open stages (`set_stages`, owner or clerk): rename, add,
remove, reorder, each with the probability a new or moved opportunity takes. The default
pipeline is 初步接触 "contact" → 需求确认 "needs" → 方案报价 "proposal" → 谈判 "negotiation";
then the two closing stages, always `won` (赢单, 100 %) and `lost` (输单, 0 %), whose codes
never change (models/opportunities.WON, LOST), so figures do not depend on stage names. A
stage that still holds opportunities cannot be removed (the refusal names it). `stages(actor)`
lists them in order: the open ones, then won, then lost. Labels are English sources of the
"Pipeline" translation context (a label the office typed is shown as typed).

**Opportunities.** `save_opportunity` validates a draft naming the field (title required;
amount ≥ 0 within the money limit; probability 0-100; a lost one needs a reason; the customer
visible to the actor; the owner rep one the actor may name) and stores it with the optimistic
version check (ConflictError like customers). `move` puts one in another stage (and place in
its column); moving to a stage sets the stage's default probability.

**Winning and reopening.** Winning records a Deal (date = the day it closed, products, amount
= the expected amount) in the same transaction, and the opportunity keeps the link (`deal`).
Reopening a won one (moving it back to an open stage) removes that deal again, in the same
transaction, unless the deal was changed since (then it stays, since someone worked on it, and the
link is dropped): a deal that never happened must not count in the sales. Losing needs a
reason; reopening a lost one clears `closed_on` and keeps the reason as a note of history
only until it is lost again (the reason field is cleared).

A rep sees and moves only the opportunities of the customers they see (their own and the
shared pool): here in every query, and on PostgreSQL by row security too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...i18n import QT_TRANSLATE_NOOP
from ...models.db import write_transaction
from ...models.opportunities import LOST, WON, Opportunity
from ..common.acting import Person, rule
from ..common.checks import refuse
from ..common.errors import FieldError
from ..common.settings import PIPELINE_STAGES, read_setting, write_setting
from ..common.validation import check_int, check_typed_text
from ..office import audit
from ..people.policy import guard

OPEN, WON_KIND, LOST_KIND = "open", "won", "lost"


@dataclass(frozen=True)
class Stage:
    """One stage of the pipeline: `code` (stored on opportunities), `label` (English source,
    context "Pipeline", or as the office typed it), the default `probability` 0-100, `kind`
    open | won | lost."""

    code: str
    label: str
    probability: int
    kind: str = OPEN

    @property
    def is_open(self) -> bool:
        return self.kind == OPEN


DEFAULT_OPEN_STAGES: tuple[Stage, ...] = (
    Stage("contact", QT_TRANSLATE_NOOP("Pipeline", "First contact"), 10),
    Stage("needs", QT_TRANSLATE_NOOP("Pipeline", "Needs confirmed"), 30),
    Stage("proposal", QT_TRANSLATE_NOOP("Pipeline", "Proposal and quote"), 50),
    Stage("negotiation", QT_TRANSLATE_NOOP("Pipeline", "Negotiation"), 75),
)
WON_STAGE = Stage(WON, QT_TRANSLATE_NOOP("Pipeline", "Won"), 100, WON_KIND)
LOST_STAGE = Stage(LOST, QT_TRANSLATE_NOOP("Pipeline", "Lost"), 0, LOST_KIND)
MAX_OPEN_STAGES = 12


@dataclass
class StageDraft:
    """An open stage as the stages editor hands it in: `code` None for a new one."""

    label: str
    probability: int
    code: str | None = None


def _stored_open_stages() -> list[Stage]:
    stored = read_setting(PIPELINE_STAGES)
    if not stored:
        return list(DEFAULT_OPEN_STAGES)
    return [Stage(s["code"], s["label"], s["probability"]) for s in stored]


@guard.anyone
def stages(actor: Person) -> list[Stage]:
    """The office's pipeline in order: the open stages, then won, then lost."""
    return [*_stored_open_stages(), WON_STAGE, LOST_STAGE]


@guard.anyone
def open_stages(actor: Person) -> list[Stage]:
    """The office's open stages in order."""
    return _stored_open_stages()


@rule
def new_stage_code(label: str, taken: Sequence[str]) -> str:
    """A code for a new stage: "stage1", "stage2" … the first one not taken (labels may be
    Chinese, codes stay ASCII)."""
    number = 1
    while f"stage{number}" in taken:
        number += 1
    return f"stage{number}"


def _check_stage_drafts(drafts: object) -> list[FieldError]:
    if not isinstance(drafts, (list, tuple)):
        return [FieldError("stages", "type", {"value": type(drafts).__name__})]
    if not drafts:
        return [FieldError("stages", "required")]
    if len(drafts) > MAX_OPEN_STAGES:
        return [FieldError("stages", "range", {"value": len(drafts), "low": 1, "high": 12})]
    errors: list[FieldError] = []
    labels: set[str] = set()
    codes: set[str] = set()
    for index, draft in enumerate(drafts):
        if not isinstance(draft, StageDraft):
            errors.append(FieldError(f"stages.{index}", "type", {"value": type(draft).__name__}))
            continue
        label_error = check_typed_text(
            f"stages.{index}.label", draft.label, 40, False, required=True
        )
        if label_error is None:
            label = draft.label.strip()
            if label in labels or label in (WON_STAGE.label, LOST_STAGE.label):
                label_error = FieldError(f"stages.{index}.label", "duplicate", {"value": label})
            labels.add(label)
        errors += [e for e in [label_error] if e is not None]
        error = check_int(f"stages.{index}.probability", draft.probability, 0, 100)
        if error is not None:
            errors.append(error)
        if draft.code is not None:
            if draft.code in (WON, LOST) or draft.code in codes or not isinstance(draft.code, str):
                errors.append(FieldError(f"stages.{index}.code", "invalid", {"value": draft.code}))
            codes.add(str(draft.code))
    return errors


@guard.office
def set_stages(actor: Person, drafts: Sequence[StageDraft]) -> list[Stage]:
    """Store the office's open stages in the order given (rename, add, remove, reorder, each
    with its default probability); the whole pipeline after. A stage left out that still
    holds opportunities is refused, naming it (field "stages", code "in_use", params stage,
    count); nothing is written then."""
    refuse(_check_stage_drafts(drafts))
    with write_transaction():
        before = _stored_open_stages()
        known = {s.code for s in before}
        taken = [d.code for d in drafts if d.code is not None]
        chosen: list[Stage] = []
        for draft in drafts:
            code = draft.code
            if code is None or code not in known and code not in taken:
                code = code or new_stage_code(draft.label, [*taken, *known])
                taken.append(code)
            chosen.append(Stage(code, draft.label.strip(), draft.probability))
        kept = {s.code for s in chosen}
        for stage in before:
            if stage.code in kept:
                continue
            count = Opportunity.select().where(Opportunity.stage == stage.code).count()
            if count:
                refuse([FieldError("stages", "in_use", {"stage": stage.label, "count": count})])
        value = [{"code": s.code, "label": s.label, "probability": s.probability} for s in chosen]
        write_setting(PIPELINE_STAGES, value)
        audit.record(
            actor,
            audit.Action.CHANGE,
            audit.Entity.PIPELINE,
            None,
            None,
            [audit.Change("stages", _stages_text(before), _stages_text(chosen))],
        )
    return stages(actor)


def _stages_text(chosen: Sequence[Stage]) -> str:
    return " → ".join(f"{s.label} ({s.probability} %)" for s in chosen)
