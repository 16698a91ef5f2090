"""Merging two customers and unmerging them exactly (services/customers/merge.py). Both
backends. The offices are made here: two customers with rows in every table that points at
a customer, and a third one each refers to."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import peewee as pw
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_crm.models import registry
from desktop_crm.models.assessments import Assessment, AssessmentAnswer, PersonalityRating
from desktop_crm.models.audit import AuditEntry
from desktop_crm.models.core import Contact, Customer, CustomerSearch, Deal
from desktop_crm.models.merges import MergeMove, MergeRecord
from desktop_crm.models.pool import OwnerSince
from desktop_crm.models.visits import CustomerGeo, Visit
from desktop_crm.services import customers as cs
from desktop_crm.services.analysis.assessments import Answer, AssessmentDraft, save_assessment
from desktop_crm.services.analysis.personality import rate_personality
from desktop_crm.services.common.errors import (
    ConflictError,
    FieldError,
    PermissionDenied,
    ValidationFailed,
)
from desktop_crm.services.common.messages import error_sentence
from desktop_crm.services.context import AppContext
from desktop_crm.services.customers import merge
from desktop_crm.services.customers.merge import (
    HANDLING,
    customer_references,
    merge_customers,
    merge_preview,
    merges_of,
    unmerge,
)
from desktop_crm.services.customers.queries import trash_notes
from desktop_crm.services.office.audit import Action, customer_history
from desktop_crm.services.people import manage
from desktop_crm.services.people.roles import Role
from desktop_crm.services.visits import writes as visit_writes
from desktop_crm.services.visits.drafts import VisitDraft

DAY = dt.date(2026, 3, 2)
# Bookkeeping that a merge and an unmerge move on, never back (optimistic locking).
# Every row a merge moves has its version bumped too (an open dialog on it sees the conflict).
MOVED_TABLES = ("contact", "deal", "visit", "assessment", "personality_rating", "owner_since",
                "customer_geo")  # fmt: skip
MOVES_ON = {
    "customer": {"version", "updated_at"},
    "customer_search": {"changed_at"},
    **{table: {"version", "updated_at"} for table in MOVED_TABLES},
}
NOT_SNAPSHOT = {"audit_entry", "merge_record", "merge_move", "setting"}


def snapshot() -> dict[str, list[tuple[Any, ...]]]:
    """Every column of every row of every table (but the log, the merges' own records and
    the settings' counters), versions and times of customers aside."""
    found = {}
    for model in registry.tables():
        table = model._meta.table_name
        if table in NOT_SNAPSHOT:
            continue
        fields = [f for f in model._meta.sorted_fields if f.name not in MOVES_ON.get(table, ())]
        key = model._meta.primary_key
        found[table] = list(model.select(*fields).order_by(key).tuples())
    return found


def _save(ctx: AppContext, name: str, owner: int | None = None, **values: Any) -> int:
    contacts = values.pop("contacts", None)
    deals = values.pop("deals", None)
    draft = cs.CustomerDraft(
        values={"name": name, **values}, owner_rep_id=owner, contacts=contacts, deals=deals
    )
    return cs.save_customer(ctx.user, draft).id


def _version(customer_id: int) -> int:
    return int(Customer.get_by_id(customer_id).version)


def _children(ctx: AppContext, customer_id: int, rep_id: int, n: int = 1) -> None:
    """A visit, an assessment with an answer, a personality rating: n of each."""
    for i in range(n):
        start = dt.datetime.combine(DAY, dt.time(9 + i))
        visit_writes.plan_visit(ctx.user, VisitDraft(customer_id, rep_id, start))
        save_assessment(
            ctx.user,
            AssessmentDraft(customer_id, DAY, intent={"intent.1": Answer(4, "想买")}),
        )
        rate_personality(ctx.user, customer_id, 2 + i % 3, 3)


@pytest.fixture
def office(ctx: AppContext) -> SimpleNamespace:
    rep = manage.add_person(ctx.user, "王建国", Role.REP, password="pw")
    a = _save(
        ctx, "华兴机械", rep.id, company="深圳华兴机械有限公司", city="深圳", email="a@hx.cn",
        contacts=[cs.ContactDraft("张经理", phone="13800000001")],
        deals=[cs.DealDraft("2025-05-01", amount="1000.00")],
    )  # fmt: skip
    b = _save(
        ctx, "華興機械", None, company="华兴机械(深圳)有限公司", city="广州",
        phone="0755-12345678", open_problems="老客户",
        contacts=[cs.ContactDraft("李工", phone="13900000002"), cs.ContactDraft("王会计")],
        deals=[cs.DealDraft("2025-06-01", amount="2500.50"), cs.DealDraft("2025-07-01")],
    )  # fmt: skip
    referred = _save(ctx, "被介绍的客户", rep.id)
    cs.save_customer(
        ctx.user,
        cs.CustomerDraft(
            values={"name": "被介绍的客户"},
            id=referred,
            version=_version(referred),
            owner_rep_id=rep.id,
            referred_by_id=b,
        ),
    )
    _children(ctx, a, rep.id)
    _children(ctx, b, rep.id, 2)
    OwnerSince.create(customer=b, since=dt.datetime(2025, 1, 1, 8))
    CustomerGeo.create(customer=a, latitude=22.5, longitude=114.0)
    CustomerGeo.create(customer=b, latitude=23.1, longitude=113.3)
    return SimpleNamespace(owner=ctx.user, rep=rep, a=a, b=b, referred=referred)


def _merge(office: SimpleNamespace, choices: dict[str, str] | None = None, actor: Any = None):
    return merge_customers(
        actor or office.owner, office.a, office.b, choices or {}, _version(office.a),
        _version(office.b),
    )  # fmt: skip


# ---------------------------------------------------------------- the foreign keys


def test_every_foreign_key_to_a_customer_is_handled_by_the_merge() -> None:
    """A table added later with a foreign key to the customer fails here until HANDLING says
    what a merge does with it (and unmerge then puts it back)."""
    found = {(m._meta.table_name, f.name) for m, f in customer_references()}
    assert found - set(HANDLING) == set(), "add these to merge.HANDLING"
    assert set(HANDLING) - found == set(), "HANDLING names foreign keys that are gone"
    assert ("contact", "customer") in found and ("customer", "referred_by") in found


def test_a_new_foreign_key_would_be_found(db: pw.Database) -> None:
    class Gift(pw.Model):
        customer = pw.ForeignKeyField(Customer)

        class Meta:
            database = db
            table_name = "gift"

    original = registry.tables
    try:
        registry.tables = lambda: [*original(), Gift]  # type: ignore[assignment]
        found = {(m._meta.table_name, f.name) for m, f in customer_references()}
    finally:
        registry.tables = original  # type: ignore[assignment]
    assert ("gift", "customer") in found - set(HANDLING)
    assert merge.handling_of(Gift, Gift.customer) == merge.Handling.MOVE


# ---------------------------------------------------------------- preview and merge


def test_the_preview_shows_both_values_what_differs_and_what_moves(office) -> None:
    preview = merge_preview(office.owner, office.a, office.b)
    assert (preview.survivor.name, preview.other.name) == ("华兴机械", "華興機械")
    fields = {f.name: f for f in preview.fields}
    assert [f.name for f in preview.fields] == list(merge.FIELD_NAMES)
    assert fields["city"].differs and fields["city"].suggested == "survivor"
    assert (fields["phone"].survivor_text, fields["phone"].other_text) == ("", "0755-12345678")
    assert fields["phone"].suggested == "other"  # the survivor's is empty
    assert not fields["fax"].differs
    moves = {m.table: m.rows for m in preview.moves}
    assert moves == {
        "contact": 2, "deal": 2, "visit": 2, "assessment": 2, "personality_rating": 2,
        "owner_since": 1, "customer": 1,
    }  # fmt: skip  # the coordinates: the survivor has its own


def test_merging_applies_the_choices_and_moves_every_row(office) -> None:
    a, b = office.a, office.b
    version_a = _version(a)
    result = _merge(office, {"city": "other", "email": "survivor"})
    survivor = Customer.get_by_id(a)
    assert (survivor.city, survivor.email, survivor.phone) == ("广州", "a@hx.cn", "0755-12345678")
    assert (
        survivor.open_problems == "老客户"
    )  # left out: the suggested side (the survivor's is empty)
    assert survivor.name == "华兴机械" and survivor.owner_rep_id == office.rep.id
    assert survivor.version == version_a + 1 == result.survivor_version
    other = Customer.get_by_id(b)
    assert other.deleted_at is not None and other.deleted_by_id == office.owner.id
    assert other.city == "广州" and other.name == "華興機械"  # its own values stay
    for model in (Contact, Deal, Visit, Assessment, PersonalityRating):
        assert not model.select().where(model.customer == b).exists(), model
    assert Contact.select().where(Contact.customer == a).count() == 3
    assert Deal.select().where(Deal.customer == a).count() == 3
    assert Visit.select().where(Visit.customer == a).count() == 3
    assert AssessmentAnswer.select().join(Assessment).where(Assessment.customer == a).count() == 3
    assert OwnerSince.get_by_id(a).since == dt.datetime(2025, 1, 1, 8)
    assert CustomerGeo.get_by_id(a).latitude == 22.5  # the survivor keeps its own
    assert CustomerGeo.get_by_id(b).latitude == 23.1  # the other's stays with it
    assert Customer.get_by_id(office.referred).referred_by_id == a
    text = CustomerSearch.get_by_id(a).text
    assert "0755-12345678" in text and "李工" in text
    assert "李工" not in CustomerSearch.get_by_id(b).text
    moved = MergeMove.select().where(MergeMove.merge == result.merge_id).count()
    assert moved == sum(m.rows for m in result.moves) == 12


def test_the_log_and_the_history_follow_the_merge(office) -> None:
    result = _merge(office)
    merged = AuditEntry.select().where(AuditEntry.action == Action.MERGE.value)
    assert {e.customer_id for e in merged} == {office.a, office.b}
    history = customer_history(office.owner, office.a)
    lines = [(r.action, r.entity, r.customer_id) for r in history]
    assert lines[0] == ("merge", "merge", office.a)
    assert history[0].note == f"華興機械 (#{office.b})"
    assert any(c.field == "phone" for c in history[0].changes)
    assert ("create", "customer", office.b) in lines  # the other's past
    assert ("merge", "merge", office.b) not in lines  # its side of the same merge
    referrer = [
        e for e in AuditEntry.select().where(AuditEntry.customer_id == office.referred)
        if e.action == Action.CHANGE.value
    ][-1]  # fmt: skip
    assert "华兴机械" in referrer.changes and "華興機械" in referrer.changes
    unmerge(office.owner, result.merge_id)
    lines = [(r.action, r.customer_id) for r in customer_history(office.owner, office.a)]
    assert lines[0] == ("unmerge", office.a)
    assert ("create", office.b) not in lines


# ---------------------------------------------------------------- unmerge


def test_merge_and_unmerge_bump_the_versions_of_the_rows_they_move(office) -> None:
    """A dialog open on the other's visit (or any versioned row it had) while the customers
    are merged, or unmerged, holds a stale version: its save is a ConflictError, never a
    write of the old customer back."""
    visit = Visit.select().where(Visit.customer == office.b).order_by(Visit.id).first()
    moved = {
        model: {r.id: r.version for r in model.select().where(model.customer == office.b)}
        for model in (Contact, Deal, Visit, Assessment, PersonalityRating)
    }
    opened = int(visit.version)
    result = _merge(office)
    for model, versions in moved.items():
        for row_id, version in versions.items():
            row = model.get_by_id(row_id)
            assert (row.customer_id, row.version) == (office.a, version + 1), model
    with pytest.raises(ConflictError):
        visit_writes.cancel_visit(office.owner, visit.id, opened)
    assert Visit.get_by_id(visit.id).status == visit.status
    reopened = int(Visit.get_by_id(visit.id).version)
    unmerge(office.owner, result.merge_id)
    back = Visit.get_by_id(visit.id)
    assert (back.customer_id, back.version) == (office.b, reopened + 1)
    with pytest.raises(ConflictError):
        visit_writes.cancel_visit(office.owner, visit.id, reopened)
    assert visit_writes.cancel_visit(office.owner, visit.id, back.version).status == "cancelled"


def test_unmerge_restores_both_customers_and_every_row_exactly(office) -> None:
    before = snapshot()
    result = _merge(office, {"city": "other", "name": "other", "company": "other"})
    assert snapshot() != before
    back = unmerge(office.owner, result.merge_id)
    assert back.rows_back == 12
    assert snapshot() == before
    assert Customer.get_by_id(office.b).deleted_at is None
    record = MergeRecord.get_by_id(result.merge_id)
    assert record.state == "undone" and record.undone_at is not None
    assert [i.state for i in merges_of(office.owner, office.a)] == ["undone"]
    with pytest.raises(ValidationFailed) as again:
        unmerge(office.owner, result.merge_id)
    assert again.value.for_field("merge_id").code == "undone"


def test_a_survivor_referred_by_the_other_takes_the_others_referrer(ctx, office) -> None:
    third = _save(ctx, "介绍人")
    for customer_id, referrer in ((office.b, third), (office.a, office.b)):
        cs.save_customer(
            ctx.user,
            cs.CustomerDraft(
                values={"name": Customer.get_by_id(customer_id).name},
                id=customer_id,
                version=_version(customer_id),
                owner_rep_id=Customer.get_by_id(customer_id).owner_rep_id,
                referred_by_id=referrer,
            ),
        )
    before = snapshot()
    result = _merge(office)
    assert Customer.get_by_id(office.a).referred_by_id == third
    unmerge(office.owner, result.merge_id)
    assert snapshot() == before


def test_unmerge_after_an_edit_is_refused_naming_the_fields(ctx, office) -> None:
    result = _merge(office)
    cs.save_customer(
        ctx.user,
        cs.CustomerDraft(
            values={"city": "东莞", "fax": "0755-1"},
            id=office.a,
            version=_version(office.a),
            owner_rep_id=office.rep.id,
        ),
    )
    before = snapshot()
    with pytest.raises(ValidationFailed) as refused:
        unmerge(office.owner, result.merge_id)
    error = refused.value.for_field("merge_id")
    assert error.code == "changed_since_merge"
    assert error.params["customer"] == "华兴机械"
    assert error.params["fields"] == ["fax", "city"]  # in the order of the description
    assert snapshot() == before
    # the sentence comes from the services (services/common/messages.py), in any language
    assert error_sentence(error) == (
        "“华兴机械” was changed after the merge (Fax, City); undoing the merge would lose that "
        "change. Change it back first, or keep the merge."
    )
    words = {
        ("CustomerField", "Fax"): "传真",
        ("CustomerField", "City"): "城市",
        ("FieldErrors", ", "): "、",
        (
            "FieldErrors",
            "“%1” was changed after the merge (%2); undoing the merge would lose that "
            "change. Change it back first, or keep the merge.",
        ): "合并后“%1”有改动（%2）。",
    }
    assert (
        error_sentence(error, lambda c, t: words.get((c, t), t))
        == "合并后“华兴机械”有改动（传真、城市）。"
    )


def test_the_refusals_of_a_merge_are_sentences_of_the_services(office) -> None:
    with pytest.raises(ValidationFailed) as same:
        merge_customers(office.owner, office.a, office.a, {}, _version(office.a), 1)
    assert error_sentence(same.value.errors[0]) == "A customer cannot be merged with itself."
    result = _merge(office)
    unmerge(office.owner, result.merge_id)
    with pytest.raises(ValidationFailed) as twice:
        unmerge(office.owner, result.merge_id)
    assert error_sentence(twice.value.for_field("merge_id")) == (
        "This merge has already been undone."
    )
    # the import's "undone" (on "batch") keeps its own sentence
    assert error_sentence(FieldError("batch", "undone")) == "This import has been undone already."
    changed = FieldError(
        "merge_id", "changed_since_merge", {"customer": "甲", "fields": ["owner_rep"]}
    )
    assert "(Owning rep)" in error_sentence(changed)


def test_rows_added_after_the_merge_stay_with_the_survivor(office) -> None:
    before = snapshot()
    result = _merge(office)
    late = Deal.create(customer=office.a, date=DAY, amount=Decimal("9.90"))
    moved_on = Contact.select().where(Contact.customer == office.a, Contact.name == "李工").get()
    moved_on.delete_instance()  # a moved row deleted since stays deleted
    unmerge(office.owner, result.merge_id)
    assert Deal.get_by_id(late.id).customer_id == office.a
    after = snapshot()
    assert len(after["contact"]) == len(before["contact"]) - 1
    assert len(after["deal"]) == len(before["deal"]) + 1


def test_merges_are_undone_newest_first(ctx, office) -> None:
    third = _save(ctx, "华兴机械厂", contacts=[cs.ContactDraft("赵")])
    before = snapshot()
    first = _merge(office)
    second = merge_customers(office.owner, office.a, third, {}, _version(office.a), _version(third))
    infos = merges_of(office.owner, office.a)
    assert [(i.merge_id, i.undoable) for i in infos] == [
        (second.merge_id, True),
        (first.merge_id, False),
    ]
    history = [r.customer_id for r in customer_history(office.owner, office.a)]
    assert office.b in history and third in history
    with pytest.raises(ValidationFailed) as refused:
        unmerge(office.owner, first.merge_id)
    error = refused.value.for_field("merge_id")
    assert error.code == "later_merge" and error.params["other"] == "华兴机械厂"
    unmerge(office.owner, second.merge_id)
    unmerge(office.owner, first.merge_id)
    assert snapshot() == before


def test_a_merged_away_customer_cannot_be_merged_again(ctx, office) -> None:
    third = _save(ctx, "第三家")
    _merge(office)
    with pytest.raises(ValidationFailed) as refused:
        merge_customers(office.owner, third, office.b, {}, _version(third), _version(office.b))
    assert refused.value.for_field("other_id").code == "in_trash"


# ---------------------------------------------------------------- refusals


def test_a_stale_version_is_the_forms_conflict_and_writes_nothing(office) -> None:
    before, entries = snapshot(), AuditEntry.select().count()
    for stale in ("survivor", "other"):
        versions = [_version(office.a), _version(office.b)]
        versions[0 if stale == "survivor" else 1] -= 1
        with pytest.raises(ConflictError) as conflict:
            merge_customers(office.owner, office.a, office.b, {}, *versions)
        assert conflict.value.entity_id == (office.a if stale == "survivor" else office.b)
    assert snapshot() == before
    assert AuditEntry.select().count() == entries
    assert not MergeRecord.select().exists()


@pytest.mark.parametrize(
    ("pair", "field", "code"),
    [
        ("same", "other_id", "same_customer"),
        ("trashed", "other_id", "in_trash"),
        ("trashed_survivor", "survivor_id", "in_trash"),
        ("unknown", "other_id", "not_found"),
        ("text", "survivor_id", "type"),
        ("zero", "other_id", "not_found"),
    ],
)
def test_a_bad_pair_is_refused_naming_the_field(ctx, office, pair, field, code) -> None:
    trashed = _save(ctx, "已删除")
    cs.move_to_trash(ctx.user, [trashed])
    survivor, other = {
        "same": (office.a, office.a),
        "trashed": (office.a, trashed),
        "trashed_survivor": (trashed, office.a),
        "unknown": (office.a, 999_999),
        "text": ("1", office.a),
        "zero": (office.a, 0),
    }[pair]
    before = snapshot()
    for call in (
        lambda: merge_preview(office.owner, survivor, other),
        lambda: merge_customers(office.owner, survivor, other, {}, 1, 1),
    ):
        with pytest.raises(ValidationFailed) as refused:
            call()
        assert refused.value.for_field(field).code == code
    assert snapshot() == before


def test_a_bad_choice_is_refused_naming_it(office) -> None:
    for choices, field, code in (
        ({"city": "left"}, "choices.city", "choice"),
        ({"no_such": "other"}, "choices.no_such", "not_found"),
        (["city"], "choices", "type"),
    ):
        with pytest.raises(ValidationFailed) as refused:
            _merge(office, choices)  # type: ignore[arg-type]
        assert refused.value.for_field(field).code == code


def test_a_version_that_is_no_number_is_refused_naming_it(office) -> None:
    for versions, field in (
        (("1", 1), "survivor_version"),
        ((1, None), "other_version"),
        ((True, 1), "survivor_version"),
    ):
        with pytest.raises(ValidationFailed) as refused:
            merge_customers(office.owner, office.a, office.b, {}, *versions)  # type: ignore[arg-type]
        assert refused.value.for_field(field) is not None


def test_unmerge_of_an_unknown_merge_names_it(office) -> None:
    for value, code in ((12345, "not_found"), ("1", "type"), (None, "required")):
        with pytest.raises(ValidationFailed) as refused:
            unmerge(office.owner, value)  # type: ignore[arg-type]
        assert refused.value.for_field("merge_id").code == code


def test_a_rep_merges_only_customers_they_see(ctx, office) -> None:
    other_rep = manage.add_person(ctx.user, "李娜", Role.REP, password="pw")
    theirs = _save(ctx, "别人的客户", other_rep.id)
    rep = office.rep
    with pytest.raises(PermissionDenied):
        merge_preview(rep, office.a, theirs)
    with pytest.raises(PermissionDenied):
        merge_customers(rep, theirs, office.a, {}, _version(theirs), _version(office.a))
    result = _merge(office, actor=rep)  # their own with a pool customer
    assert Customer.get_by_id(office.b).deleted_by_id == rep.id
    cs.save_customer(  # the survivor goes to the other rep: the merge is out of sight
        ctx.user,
        cs.CustomerDraft(
            values={},
            id=office.a,
            version=_version(office.a),
            owner_rep_id=other_rep.id,
        ),
    )
    with pytest.raises(PermissionDenied):
        unmerge(rep, result.merge_id)
    assert MergeRecord.get_by_id(result.merge_id).state == "merged"


# ---------------------------------------------------------------- property


@given(
    contacts=st.lists(st.integers(0, 3), min_size=2, max_size=2),
    deals=st.lists(st.integers(0, 3), min_size=2, max_size=2),
    visits=st.lists(st.integers(0, 2), min_size=2, max_size=2),
    since=st.lists(st.booleans(), min_size=2, max_size=2),
    refers=st.sampled_from(["none", "a_by_b", "b_by_a", "third_by_b"]),
    choices=st.dictionaries(
        st.sampled_from(
            ["name", "city", "phone", "email", "open_problems", "founded_on", "assets"]
        ),
        st.sampled_from(["survivor", "other"]),
    ),
)
@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
    database=None,
)
def test_merge_then_unmerge_is_the_identity(
    ctx, contacts, deals, visits, since, refers, choices
) -> None:
    owner = ctx.user
    ids = []
    for side, name in enumerate(("甲方", "甲方公司")):
        ids.append(
            _save(
                ctx, name, None, city=["上海", "北京"][side], phone=["", "021-1234567"][side],
                founded_on=[None, "2001-02-03"][side], assets=["12.50", None][side],
                contacts=[cs.ContactDraft(f"联系人{side}{i}") for i in range(contacts[side])],
                deals=[cs.DealDraft("2025-01-0" + str(i + 1), amount="3.10")
                       for i in range(deals[side])],
            )
        )  # fmt: skip
        for i in range(visits[side]):
            start = dt.datetime.combine(DAY, dt.time(8 + i, side))
            visit_writes.plan_visit(owner, VisitDraft(ids[side], owner.id, start))
        if since[side]:
            OwnerSince.create(customer=ids[side], since=dt.datetime(2024, 1 + side, 1))
    a, b = ids
    third = _save(ctx, "第三方")
    links = {"a_by_b": (a, b), "b_by_a": (b, a), "third_by_b": (third, b)}.get(refers)
    if links:
        Customer.update(referred_by=links[1]).where(Customer.id == links[0]).execute()
    before = snapshot()
    result = merge_customers(owner, a, b, choices, _version(a), _version(b))
    unmerge(owner, result.merge_id)
    assert snapshot() == before


def test_a_merged_away_customer_is_not_restored_from_the_trash_but_unmerged(office) -> None:
    result = _merge(office)
    note = trash_notes(office.owner, [office.b])[office.b]
    assert note.merged_into == "华兴机械" and note.deleted_by == "店主"
    before = snapshot()
    with pytest.raises(ValidationFailed) as refused:
        cs.restore_from_trash(office.owner, [office.b])
    error = refused.value.for_field("customer_ids.0")
    assert (error.code, error.params["survivor"]) == ("merged_away", "华兴机械")
    assert snapshot() == before
    unmerge(office.owner, result.merge_id)
    cs.move_to_trash(office.owner, [office.b])  # trashed by hand now: restored as ever
    assert trash_notes(office.owner, [office.b])[office.b].merged_into == ""
    assert cs.restore_from_trash(office.owner, [office.b]) == 1
