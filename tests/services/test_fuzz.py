"""Property tests of the service boundary: the customer file and the office's people.

For every save function, hypothesis mixes valid values with hostile ones (None, lists, dicts,
bytes, floats with nan/inf, bools, huge ints, lone surrogates, NUL and control characters,
emoji, SQL metacharacters, over-long text, days at 0001 and 9999, far-off ids). Each call must
end in a ValidationFailed naming the varied input with the database unchanged, or in success
with every value read back exactly (`fuzz_support.attempt`). The visit planner, the state
analysis and the bulk paths have files of their own (test_fuzz_*.py); the tally of all is
printed at the end of the run.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from fuzz_support import (
    FAIR_TEXT,
    FUZZ,
    HOSTILE,
    TEXT,
    attempt,
    draw_value,
    either,
    fuzz_tally,  # noqa: F401 (autouse: prints the tally after the module)
    ident,
    mix,
    stored_form,
)
from hypothesis import given
from hypothesis import strategies as st

from desktop_crm.models.contact_fields import CONTACT_FIELDS
from desktop_crm.models.customer_fields import CUSTOMER_FIELDS, FIELDS_BY_NAME
from desktop_crm.services import customers as cs
from desktop_crm.services.common.acting import Person
from desktop_crm.services.context import AppContext
from desktop_crm.services.customers.checks import DEAL_FIELDS
from desktop_crm.services.people.users import ROLES, add_user, find_user

FIELD_NAMES = [spec.name for spec in CUSTOMER_FIELDS]


@pytest.fixture
def office(ctx: AppContext) -> SimpleNamespace:
    """An owner, a rep and two customers (one with a contact and a deal)."""
    rep = add_user(ctx.user, "王建国")
    first = cs.save_customer(
        ctx.user,
        cs.CustomerDraft(
            {"name": "基准客户"},
            contacts=[cs.ContactDraft("甲")],
            deals=[cs.DealDraft("2025-01-01", amount="100")],
        ),
    )
    second = cs.save_customer(ctx.user, cs.CustomerDraft({"name": "第二客户"}))
    return SimpleNamespace(me=ctx.user, rep=rep, first=first.id, second=second.id)


def _children(data: st.DataObject, kind: type, specs: Any, ids: st.SearchStrategy[Any]) -> Any:
    """None (leave them), a list of up to two drafts with drawn values, or a hostile value;
    an entry of the list may be hostile too."""
    shape = data.draw(st.sampled_from(["none", "list", "list", "list", "hostile"]))
    if shape != "list":
        return None if shape == "none" else data.draw(HOSTILE)
    rows = []
    for _ in range(data.draw(st.integers(0, 2))):
        if data.draw(st.integers(0, 19)) == 0:
            rows.append(data.draw(HOSTILE))
            continue
        names = data.draw(
            st.lists(st.sampled_from([s.name for s in specs]), max_size=3, unique=True)
        )
        values = {s.name: draw_value(data, s) for s in specs if s.name in names}
        if kind is cs.ContactDraft and "name" not in values:
            values["name"] = "联系人"
        if kind is cs.DealDraft and "date" not in values:
            values["date"] = "2025-03-01"
        rows.append(kind(**values, id=data.draw(ids)))
    return rows


@given(data=st.data())
@FUZZ
def test_save_customer(office: SimpleNamespace, data: st.DataObject) -> None:
    editing = data.draw(st.booleans(), label="editing")
    names = data.draw(st.lists(st.sampled_from(FIELD_NAMES), max_size=4, unique=True))
    values = {name: draw_value(data, FIELDS_BY_NAME[name]) for name in names}
    if not editing and "name" not in values:
        values["name"] = "新客户"
    own = cs.load_customer(office.me, office.first) if editing else None
    # ids of its own contacts and deals when editing (an earlier example may have removed
    # them all: then an id that is none of its)
    own_contacts = [c.id for c in own.contacts] if own else []
    own_deals = [d.id for d in own.deals] if own else []
    child_ids = mix(st.none(), st.none(), st.none(), ident(*(own_contacts or [987654])))
    deal_ids = mix(st.none(), st.none(), st.none(), ident(*(own_deals or [987654])))
    contacts = _children(data, cs.ContactDraft, CONTACT_FIELDS, child_ids)
    deals = _children(data, cs.DealDraft, DEAL_FIELDS, deal_ids)
    owner = data.draw(mix(st.none(), ident(office.rep.id, office.me.id)), label="owner")
    referred = data.draw(mix(st.none(), ident(office.first, office.second)))
    draft = cs.CustomerDraft(
        values,
        id=own.id if own else None,
        version=own.version if own else None,
        owner_rep_id=owner,
        referred_by_id=referred,
        contacts=contacts,
        deals=deals,
    )
    typed = {
        "contacts": _raw_children(contacts, CONTACT_FIELDS),
        "deals": _raw_children(deals, DEAL_FIELDS),
    }
    varied = {*values, "contacts", "deals", "owner_rep", "referred_by", "values"}

    def read_back(record: cs.CustomerRecord) -> None:
        for name, raw in values.items():
            assert getattr(record.customer, name) == stored_form(FIELDS_BY_NAME[name], raw), name
        assert (record.customer.owner_rep_id, record.customer.referred_by_id) == (owner, referred)
        if contacts is not None:
            _same_children(record.contacts, contacts, typed["contacts"], CONTACT_FIELDS)
        if deals is not None:
            _same_children(record.deals, deals, typed["deals"], DEAL_FIELDS)

    force = data.draw(either(st.just(False)), label="force")
    attempt(lambda: cs.save_customer(office.me, draft, force=force), varied | {"force"}, read_back)


def _raw_children(rows: Any, specs: Any) -> list[dict[str, Any]]:
    """The drawn values of contact or deal drafts, kept before the save cleans them."""
    if not isinstance(rows, list):
        return []
    return [{s.name: getattr(r, s.name, None) for s in specs} for r in rows]


# A drawn default ("" for a text, None for no amount) is what the draft class holds when a
# value is not drawn; `_raw_children` reads it from the draft like a drawn one.


def _same_children(stored: Any, drafts: list[Any], raw: list[dict[str, Any]], specs: Any) -> None:
    by_id = {row.id: row for row in stored}
    assert len(by_id) == len(drafts)
    for draft, values in zip(drafts, raw, strict=True):
        row = by_id[draft.id]
        for spec in specs:
            expected = stored_form(spec, values[spec.name])
            if spec.name == "amount" and expected is None:
                expected = 0  # a deal without an amount is worth 0
            assert getattr(row, spec.name) == expected, spec.name


@given(data=st.data())
@FUZZ
def test_trash_restore_and_purge(office: SimpleNamespace, data: st.DataObject) -> None:
    action = data.draw(st.sampled_from(["trash", "restore", "purge"]))
    ids = data.draw(
        mix(st.lists(ident(office.first, office.second), max_size=3), HOSTILE), label="ids"
    )
    if action == "purge" and data.draw(st.booleans()):
        ids = None
    trashed_before = {r.id for r in cs.find_customers(office.me, cs.CustomerFilter(in_trash=True))}
    call = {
        "trash": lambda: cs.move_to_trash(office.me, ids),
        "restore": lambda: cs.restore_from_trash(office.me, ids),
        "purge": lambda: cs.purge_trash(office.me, ids),
    }[action]

    def read_back(count: int) -> None:
        trashed = {r.id for r in cs.find_customers(office.me, cs.CustomerFilter(in_trash=True))}
        named = set(ids) if ids is not None else trashed_before
        if action == "trash":
            assert named <= trashed and count == len(named - trashed_before)
        elif action == "restore":
            assert not named & trashed and count == len(named & trashed_before)
        else:
            gone = named & trashed_before
            assert count == len(gone)
            assert all(cs.customer_names(office.me, cid) is None for cid in gone)

    attempt(call, {"customer_ids"}, read_back)


@given(data=st.data())
@FUZZ
def test_reassign_customers(office: SimpleNamespace, data: st.DataObject) -> None:
    reps = (office.rep.id, office.me.id)
    source = data.draw(ident(*reps), label="from")
    to = data.draw(mix(st.none(), ident(*reps)), label="to")
    owned = (
        [r.id for r in cs.find_customers(office.me, cs.CustomerFilter(rep_id=source))]
        if source in reps
        else []
    )

    def read_back(count: int) -> None:
        assert count == len(owned)
        assert all(cs.owning_rep_id(office.me, cid) == to for cid in owned)

    attempt(
        lambda: cs.reassign_customers(office.me, source, to),
        {"from_rep_id", "to_rep_id"},
        read_back,
    )


@given(data=st.data())
@FUZZ
def test_add_user(ctx: AppContext, data: st.DataObject) -> None:
    name = data.draw(mix(TEXT, FAIR_TEXT, st.sampled_from(["李四", "店主", " 王五 "]), HOSTILE))
    role = data.draw(either(st.sampled_from(ROLES)))
    phone = data.draw(either(st.sampled_from(["", "13800138000"])))

    def read_back(person: Person) -> None:
        assert find_user(ctx.user, name.strip()) == person
        assert (person.name, person.role, person.phone) == (name.strip(), role, phone.strip())

    attempt(lambda: add_user(ctx.user, name, role, phone), {"name", "role", "phone"}, read_back)
