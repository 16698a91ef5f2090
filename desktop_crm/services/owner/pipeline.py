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

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import peewee as pw

from ...i18n import QT_TRANSLATE_NOOP
from ...models.core import Customer, Deal, User
from ...models.db import CENT, tuple_rows, utcnow, write_transaction
from ...models.opportunities import LOST as LOST  # the closing stages' codes, handed on
from ...models.opportunities import WON as WON
from ...models.opportunities import Opportunity
from ..analysis.tiers import mark_tiers_stale
from ..common.acting import Person, rule
from ..common.checks import check_reference, refuse
from ..common.errors import FieldError, NotFoundError
from ..common.formats import money_text
from ..common.locking import versioned_delete, versioned_update
from ..common.settings import PIPELINE_STAGES, read_setting, write_setting
from ..common.validation import (
    MAX_INT,
    MAX_MONEY,
    check_day,
    check_id,
    check_int,
    check_typed_text,
    check_version,
    shown,
)
from ..office import audit
from ..people.policy import (
    customer_owner,
    guard,
    require_customer,
    require_opportunities,
    require_owner_of,
    sees_every_customer,
    visible_customers,
)

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


# ---------------------------------------------------------------- opportunities

MAX_TITLE, MAX_PRODUCTS, MAX_TEXT = 200, 300, 4000
CLOSED_SHOWN_DAYS = 90  # the board's won / lost columns: what closed in the last 90 days


@dataclass
class OpportunityDraft:
    """An opportunity as the dialog hands it in. `probability` None: the stage's default;
    `owner_rep_id` None for a new one: the customer's rep (else the actor); `id` None: new."""

    customer_id: int
    title: str
    stage: str = "contact"
    expected_amount: Decimal = Decimal(0)
    probability: int | None = None
    expected_close: dt.date | None = None
    owner_rep_id: int | None = None
    products: str = ""
    lost_reason: str = ""
    notes: str = ""
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class OpportunityRecord:
    """One opportunity as services hand it out (a card, a row of the list)."""

    id: int
    version: int
    customer_id: int
    customer_name: str
    title: str
    products: str
    expected_amount: Decimal
    stage: str
    probability: int
    expected_close: dt.date | None
    owner_rep_id: int | None
    owner_rep_name: str
    lost_reason: str
    notes: str
    closed_on: dt.date | None
    deal_id: int | None
    position: int

    @property
    def weighted_amount(self) -> Decimal:
        return weighted(self.expected_amount, self.probability)


@dataclass(frozen=True)
class OpportunityFilter:
    """What the list and the board show: `stage` one code (None: all), `rep_id` one owner rep
    (None: everyone the actor sees), `customer_id`, `text` in the title, products or the
    customer's name; `closed_since` leaves out won / lost ones closed before that day."""

    stage: str | None = None
    rep_id: int | None = None
    customer_id: int | None = None
    text: str = ""
    closed_since: dt.date | None = None


@dataclass(frozen=True)
class BoardColumn:
    stage: Stage
    cards: tuple[OpportunityRecord, ...]

    @property
    def count(self) -> int:
        return len(self.cards)

    @property
    def amount(self) -> Decimal:
        return sum((c.expected_amount for c in self.cards), Decimal(0))


@dataclass(frozen=True)
class MonthForecast:
    """One month of the forecast: open opportunities expected to close in it (an overdue one,
    expected before the first month, counts in the first month), their amount and the amount
    weighted by probability."""

    month: dt.date  # the first day
    count: int
    amount: Decimal
    weighted: Decimal


@rule
def weighted(amount: Decimal, probability: int) -> Decimal:
    """amount × probability %, to the fen."""
    return (Decimal(amount) * probability / 100).quantize(CENT, ROUND_HALF_UP)


def _stage_of(code: str, every: Sequence[Stage]) -> Stage | None:
    return next((s for s in every if s.code == code), None)


def _check_draft(draft: object, every: Sequence[Stage]) -> list[FieldError]:
    if not isinstance(draft, OpportunityDraft):
        return [FieldError("draft", "type", {"value": type(draft).__name__})]
    errors = [
        check_id("customer_id", draft.customer_id),
        check_typed_text("title", draft.title, MAX_TITLE, False, required=True),
        check_typed_text("products", draft.products, MAX_PRODUCTS, False),
        check_typed_text("notes", draft.notes, MAX_TEXT, True),
        check_typed_text("lost_reason", draft.lost_reason, MAX_TEXT, True),
        check_id("owner_rep_id", draft.owner_rep_id, required=False),
        check_id("id", draft.id, required=False),
        check_version("version", draft.version),
        check_day("expected_close", draft.expected_close, required=False),
    ]
    if draft.probability is not None:
        errors.append(check_int("probability", draft.probability, 0, 100))
    errors.append(_check_amount(draft.expected_amount))
    if not isinstance(draft.stage, str) or _stage_of(draft.stage, every) is None:
        errors.append(FieldError("stage", "choice", {"value": shown(draft.stage)}))
    elif (
        draft.stage == LOST and isinstance(draft.lost_reason, str) and not draft.lost_reason.strip()
    ):
        errors.append(FieldError("lost_reason", "required"))
    if draft.id is not None and draft.version is None:
        errors.append(FieldError("version", "required"))
    return [e for e in errors if e is not None]


def _check_amount(amount: object) -> FieldError | None:
    if isinstance(amount, bool) or not isinstance(amount, (Decimal, int)):
        return FieldError("expected_amount", "type", {"value": type(amount).__name__})
    value = Decimal(amount)
    if not value.is_finite():
        return FieldError("expected_amount", "money", {"value": shown(amount)})
    if not Decimal(0) <= value <= MAX_MONEY:
        limits = {"low": money_text(Decimal(0)), "high": money_text(MAX_MONEY)}
        return FieldError("expected_amount", "range", {"value": shown(amount), **limits})
    return None


def _existing_customer(customer_id: int) -> FieldError | None:
    visible = Customer.select(Customer.id).where(
        Customer.id == customer_id, Customer.deleted_at.is_null(True)
    )
    if not visible.exists():
        return FieldError("customer_id", "not_found", {"value": customer_id})
    return None


def _record_query() -> Any:
    return (
        Opportunity.select(
            Opportunity,
            Customer.name.alias("customer_name"),
            User.name.alias("rep_name"),
        )
        .join(Customer, on=(Opportunity.customer == Customer.id))
        .switch(Opportunity)
        .join(User, pw.JOIN.LEFT_OUTER, on=(Opportunity.owner_rep == User.id))
    )


def _as_record(row: Any) -> OpportunityRecord:
    return OpportunityRecord(
        id=int(row.id),
        version=int(row.version),
        customer_id=int(row.customer_id),
        customer_name=str(row.customer_name),
        title=str(row.title),
        products=str(row.products),
        expected_amount=Decimal(row.expected_amount),
        stage=str(row.stage),
        probability=int(row.probability),
        expected_close=row.expected_close,
        owner_rep_id=None if row.owner_rep_id is None else int(row.owner_rep_id),
        owner_rep_name=str(row.rep_name or ""),
        lost_reason=str(row.lost_reason),
        notes=str(row.notes),
        closed_on=row.closed_on,
        deal_id=None if row.deal_id is None else int(row.deal_id),
        position=int(row.position),
    )


def _load(opportunity_id: int) -> OpportunityRecord:
    row = _record_query().where(Opportunity.id == opportunity_id).objects().first()
    if row is None:
        raise NotFoundError(f"opportunity {opportunity_id}")
    return _as_record(row)


@guard.opportunity()
def load_opportunity(actor: Person, opportunity_id: int) -> OpportunityRecord:
    """One opportunity; NotFoundError when there is none."""
    refuse([check_id("opportunity_id", opportunity_id)])
    return _load(opportunity_id)


_ORDER = (
    "title",
    "customer",
    "products",
    "expected_amount",
    "stage",
    "probability",
    "expected_close",
    "owner_rep",
    "lost_reason",
    "notes",
    "closed_on",
    "deal",
)
OPPORTUNITY = audit.Entity.OPPORTUNITY.value


@guard.scoped
def save_opportunity(
    actor: Person, draft: OpportunityDraft, today: dt.date | None = None
) -> OpportunityRecord:
    """Validate and store an opportunity (new, or changed at `draft.version`: ConflictError
    when someone saved it first, nothing written). The customer must be one the actor sees
    (a rep: their own or the pool's), the owner rep one they may name. Saving it into the won
    stage records its deal, out of it reopens it (see the module's text)."""
    every = stages(actor)
    refuse(_check_draft(draft, every))
    refuse([_existing_customer(draft.customer_id)])
    require_customer(actor, draft.customer_id)
    if draft.id is not None:
        require_opportunities(actor, [draft.id])
    today = today or dt.date.today()
    stage = _stage_of(draft.stage, every)
    assert stage is not None
    with write_transaction():
        owner = draft.owner_rep_id
        if draft.id is None and owner is None:
            owner = customer_owner(draft.customer_id) or (actor.id if actor.role == "rep" else None)
        if owner is not None:
            refuse([check_reference("owner_rep_id", User, owner)])
        if owner != _current_owner(draft.id):
            require_owner_of(actor, owner)
        values: dict[str, Any] = {
            "customer": draft.customer_id,
            "title": draft.title.strip(),
            "products": draft.products.strip(),
            "expected_amount": Decimal(draft.expected_amount),
            "probability": stage.probability if draft.probability is None else draft.probability,
            "expected_close": draft.expected_close,
            "owner_rep": owner,
            "notes": draft.notes.strip(),
            "lost_reason": draft.lost_reason.strip() if stage.kind == LOST_KIND else "",
        }
        if draft.id is None:
            now = utcnow()
            values["position"] = _end_of(stage.code)
            values["stage"] = stage.code
            if stage.kind != OPEN:
                values["closed_on"] = today
            created = Opportunity.create(**values, created_at=now, updated_at=now)
            opportunity_id = int(created.id)
            if stage.kind == WON_KIND:
                _win(actor, opportunity_id, today)
            audit.record_created(actor, OPPORTUNITY, Opportunity, opportunity_id, _ORDER)
        else:
            opportunity_id = draft.id
            before = audit.snapshot(Opportunity, opportunity_id, _ORDER)
            versioned_update(Opportunity, "opportunity", opportunity_id, draft.version, values)
            _to_stage(actor, opportunity_id, stage, None, today, keep_probability=True)
            audit.record_change(
                actor, audit.Action.CHANGE, OPPORTUNITY, Opportunity, opportunity_id, before,
                order=_ORDER,
            )  # fmt: skip
    return _load(opportunity_id)


def _current_owner(opportunity_id: int | None) -> int | None:
    if opportunity_id is None:
        return None
    value = Opportunity.select(Opportunity.owner_rep).where(Opportunity.id == opportunity_id)
    row = value.tuples().first()
    if row is None:
        raise NotFoundError(f"opportunity {opportunity_id}")
    return None if row[0] is None else int(row[0])


def _end_of(stage_code: str) -> int:
    last = Opportunity.select(pw.fn.MAX(Opportunity.position)).where(
        Opportunity.stage == stage_code
    )
    value = last.scalar()
    return 0 if value is None else int(value) + 1


def _win(actor: Person, opportunity_id: int, day: dt.date) -> None:
    """Record the deal of a won opportunity (date = the day it closed, its products, amount
    = the expected amount) and link it, inside the caller's transaction."""
    row = Opportunity.get_by_id(opportunity_id)
    now = utcnow()
    deal = Deal.create(
        customer=row.customer_id,
        date=day,
        products=row.products,
        amount=row.expected_amount,
        notes=str(row.title)[:300],
        created_at=now,
        updated_at=now,
    )
    Opportunity.update(deal=deal.id).where(Opportunity.id == opportunity_id).execute()
    audit.record_created(
        actor, audit.Entity.DEAL.value, Deal, int(deal.id), ("date", "products", "amount", "notes")
    )
    mark_tiers_stale()


def _unwin(actor: Person, opportunity_id: int) -> None:
    """A won opportunity reopened or lost: its deal goes again when nobody changed it since
    (version 1), else it stays and only the link is dropped."""
    deal_id = Opportunity.select(Opportunity.deal).where(Opportunity.id == opportunity_id).scalar()
    if deal_id is None:
        return
    Opportunity.update(deal=None).where(Opportunity.id == opportunity_id).execute()
    deal = Deal.get_or_none(Deal.id == deal_id)
    if deal is not None and int(deal.version) == 1:
        before = audit.snapshot(Deal, int(deal_id), ("date", "products", "amount", "notes"))
        Deal.delete().where(Deal.id == deal_id).execute()
        audit.record_deleted(actor, audit.Entity.DEAL.value, int(deal_id), before, deal.customer_id)
        mark_tiers_stale()


def _to_stage(
    actor: Person,
    opportunity_id: int,
    stage: Stage,
    position: int | None,
    today: dt.date,
    *,
    keep_probability: bool = False,
) -> None:
    """Put the opportunity in `stage` (at `position` of its column, else where it is when the
    stage is unchanged, else at the end), closing, winning or reopening it as the stage says."""
    row = Opportunity.get_by_id(opportunity_id)
    was = _stage_kind(str(row.stage))
    changed_stage = str(row.stage) != stage.code
    values: dict[Any, Any] = {Opportunity.stage: stage.code}
    if position is not None:
        Opportunity.update(position=Opportunity.position + 1).where(
            Opportunity.stage == stage.code,
            Opportunity.position >= position,
            Opportunity.id != opportunity_id,
        ).execute()
        values[Opportunity.position] = position
    elif changed_stage:
        values[Opportunity.position] = _end_of(stage.code)
    if changed_stage and not keep_probability:
        values[Opportunity.probability] = stage.probability
    if stage.kind == OPEN:
        values[Opportunity.closed_on] = None
        values[Opportunity.lost_reason] = ""
    elif was != stage.kind or row.closed_on is None:
        values[Opportunity.closed_on] = today
    Opportunity.update(values).where(Opportunity.id == opportunity_id).execute()
    if was == WON_KIND and stage.kind != WON_KIND:
        _unwin(actor, opportunity_id)
    if stage.kind == WON_KIND and (was != WON_KIND or row.deal_id is None):
        _win(actor, opportunity_id, today)


def _stage_kind(code: str) -> str:
    return WON_KIND if code == WON else LOST_KIND if code == LOST else OPEN


@guard.opportunity()
def move(
    actor: Person,
    opportunity_id: int,
    stage: str,
    version: int,
    position: int | None = None,
    lost_reason: str = "",
    today: dt.date | None = None,
) -> OpportunityRecord:
    """Move an opportunity to `stage` (a card dragged to another column, or within its own to
    `position`), at the `version` it was read (ConflictError otherwise). Its probability
    becomes the stage's default when the stage changes. Moving to lost needs `lost_reason`;
    to won records its deal in the same transaction; out of won reopens it."""
    every = stages(actor)
    target = _stage_of(stage, every) if isinstance(stage, str) else None
    errors = [
        check_id("opportunity_id", opportunity_id),
        check_version("version", version)
        if version is not None
        else FieldError("version", "required"),
        None if position is None else check_int("position", position, 0, MAX_INT),
        check_typed_text("lost_reason", lost_reason, MAX_TEXT, True),
    ]
    if target is None:
        errors.append(FieldError("stage", "choice", {"value": shown(stage)}))
    elif target.kind == LOST_KIND and isinstance(lost_reason, str) and not lost_reason.strip():
        errors.append(FieldError("lost_reason", "required"))
    refuse(errors)
    assert target is not None
    today = today or dt.date.today()
    with write_transaction():
        before = audit.snapshot(Opportunity, opportunity_id, _ORDER)
        if not before:
            raise NotFoundError(f"opportunity {opportunity_id}")
        versioned_update(Opportunity, "opportunity", opportunity_id, version, {})
        _to_stage(actor, opportunity_id, target, position, today)
        if target.kind == LOST_KIND:
            Opportunity.update(lost_reason=lost_reason.strip()).where(
                Opportunity.id == opportunity_id
            ).execute()
        audit.record_change(
            actor, audit.Action.CHANGE, OPPORTUNITY, Opportunity, opportunity_id, before,
            order=_ORDER,
        )  # fmt: skip
    return _load(opportunity_id)


@guard.opportunity()
def delete_opportunity(actor: Person, opportunity_id: int, version: int) -> None:
    """Delete an opportunity at `version` (ConflictError otherwise). A won one's deal stays in
    the business record; visits linked to it lose the link."""
    refuse([check_id("opportunity_id", opportunity_id), check_version("version", version)])
    with write_transaction():
        before = audit.snapshot(Opportunity, opportunity_id, _ORDER)
        if not before:
            raise NotFoundError(f"opportunity {opportunity_id}")
        customer_id = int(before["customer"])
        versioned_delete(Opportunity, "opportunity", opportunity_id, version)
        audit.record_deleted(actor, OPPORTUNITY, opportunity_id, before, customer_id)


def _visible(actor: Person, query: Any) -> Any:
    query = query.where(Customer.deleted_at.is_null(True))
    if not sees_every_customer(actor):
        query = query.where(visible_customers(actor))
    return query


def _filtered(actor: Person, wanted: OpportunityFilter) -> Any:
    if not isinstance(wanted, OpportunityFilter):
        refuse([FieldError("filter", "type", {"value": type(wanted).__name__})])
    refuse(
        [
            check_id("rep_id", wanted.rep_id, required=False),
            check_id("customer_id", wanted.customer_id, required=False),
            check_typed_text("text", wanted.text, 200, False),
            check_day("closed_since", wanted.closed_since, required=False),
        ]
    )
    query = _visible(actor, _record_query())
    if wanted.stage is not None:
        query = query.where(Opportunity.stage == wanted.stage)
    if wanted.rep_id is not None:
        query = query.where(Opportunity.owner_rep == wanted.rep_id)
    if wanted.customer_id is not None:
        query = query.where(Opportunity.customer == wanted.customer_id)
    text = wanted.text.strip()
    if text:
        query = query.where(
            Opportunity.title.contains(text)
            | Opportunity.products.contains(text)
            | Customer.name.contains(text)
        )
    if wanted.closed_since is not None:
        query = query.where(
            Opportunity.closed_on.is_null(True) | (Opportunity.closed_on >= wanted.closed_since)
        )
    return query


@guard.scoped
def find_opportunities(
    actor: Person, wanted: OpportunityFilter = OpportunityFilter(), limit: int = 5000
) -> list[OpportunityRecord]:
    """The opportunities `wanted` names that the actor sees (a rep: of their own and the
    pool's customers), by stage order, then their place in the column."""
    refuse([check_int("limit", limit, 1, 100_000)])
    order = {s.code: i for i, s in enumerate(stages(actor))}
    query = _filtered(actor, wanted).order_by(Opportunity.position, Opportunity.id).limit(limit)
    records = [_as_record(r) for r in query.objects()]
    return sorted(records, key=lambda r: order.get(r.stage, len(order)))


@guard.scoped
def board(
    actor: Person, wanted: OpportunityFilter = OpportunityFilter(), today: dt.date | None = None
) -> list[BoardColumn]:
    """The board: a column per stage in order with its cards. Won and lost columns hold what
    closed in the last CLOSED_SHOWN_DAYS days (unless `wanted.closed_since` says otherwise)."""
    today = today or dt.date.today()
    if wanted.closed_since is None:
        wanted = replace(wanted, closed_since=today - dt.timedelta(days=CLOSED_SHOWN_DAYS))
    cards = find_opportunities(actor, wanted, 100_000)
    return [BoardColumn(s, tuple(c for c in cards if c.stage == s.code)) for s in stages(actor)]


@guard.customer()
def open_opportunities_of(actor: Person, customer_id: int) -> list[OpportunityRecord]:
    """The customer's open opportunities (a visit's choice), by stage order."""
    refuse([check_id("customer_id", customer_id)])
    return [
        r
        for r in find_opportunities(actor, OpportunityFilter(customer_id=customer_id))
        if _stage_kind(r.stage) == OPEN
    ]


@guard.rep()
def forecast_by_month(
    actor: Person, rep_id: int | None, months: int = 6, start: dt.date | None = None
) -> list[MonthForecast]:
    """The weighted forecast: for each of `months` months from `start`'s month (today's),
    the open opportunities expected to close in it, their amount and amount × probability.
    An open one expected before the first month counts in the first (it is late, not gone);
    one without an expected close date is left out. A rep: their own only (rep_id None)."""
    refuse([check_id("rep_id", rep_id, required=False), check_int("months", months, 1, 36)])
    first = (start or dt.date.today()).replace(day=1)
    firsts = [_add_months(first, n) for n in range(months)]
    end = _add_months(first, months)
    query = (
        Opportunity.select(
            Opportunity.expected_close, Opportunity.expected_amount, Opportunity.probability
        )
        .join(Customer, on=(Opportunity.customer == Customer.id))
        .where(
            Opportunity.stage.not_in([WON, LOST]),
            Opportunity.expected_close.is_null(False),
            Opportunity.expected_close < end,
        )
    )
    query = _visible(actor, query)
    if rep_id is not None:
        query = query.where(Opportunity.owner_rep == rep_id)
    counts = [0] * months
    amounts = [Decimal(0)] * months
    weights = [Decimal(0)] * months
    for close, amount, probability in tuple_rows(query):
        day = close if isinstance(close, dt.date) else dt.date.fromisoformat(str(close))
        index = max(0, (day.year - first.year) * 12 + day.month - first.month)
        money = Decimal(amount)  # the column's converter made it yuan already
        counts[index] += 1
        amounts[index] += money
        weights[index] += weighted(money, int(probability))
    return [MonthForecast(firsts[i], counts[i], amounts[i], weights[i]) for i in range(months)]


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)
