"""The office's people (issue 10, first slice): adding, renaming, roles, deactivating with a
hand-over, passwords as argon2id hashes, and the owner-only permission check. Both backends."""

from __future__ import annotations

import datetime as dt

import pytest
from visit_helpers import make_customer

from desktop_crm.models.core import Customer, User
from desktop_crm.models.visits import Visit
from desktop_crm.services.common.errors import NotFoundError, PermissionDenied, ValidationFailed
from desktop_crm.services.context import AppContext
from desktop_crm.services.people import manage as people
from desktop_crm.services.people.passwords import hash_password, verify_password
from desktop_crm.services.people.roles import Role, role_from_keyword
from desktop_crm.services.people.users import sales_reps


def _codes(error: pytest.ExceptionInfo[ValidationFailed]) -> list[tuple[str, str]]:
    return [(e.field, e.code) for e in error.value.errors]


def test_passwords_are_argon2id_hashes_and_long_chinese_ones_work() -> None:
    long_password = "我的密码是一句很长很长的中文句子" * 5  # 80 characters, 240 bytes
    stored = hash_password(long_password)
    assert stored.startswith("$argon2id$")
    assert long_password not in stored
    assert verify_password(stored, long_password)
    assert not verify_password(stored, long_password[:-1])
    assert hash_password("demo") != hash_password("demo")  # salted
    assert not verify_password("", "demo")
    assert not verify_password("not a hash", "demo")


def test_roles_and_their_keywords() -> None:
    assert Role.CLERK.value == "staff"  # the value older files already hold
    assert [r.keyword for r in Role] == ["owner", "clerk", "rep"]
    assert role_from_keyword("clerk") is Role.CLERK
    assert role_from_keyword("staff") is Role.CLERK
    assert role_from_keyword("boss") is None
    assert Role.REP.label == "Sales rep"


def test_add_person_stores_a_hash_never_the_password(ctx: AppContext) -> None:
    added = people.add_person(
        ctx.user, " 李晓梅 ", Role.REP, "138 0000 1111", " li@example.cn ", "秘密123"
    )
    assert (added.name, added.role, added.phone, added.email) == (
        "李晓梅",
        "rep",
        "138 0000 1111",
        "li@example.cn",
    )
    row = User.get_by_id(added.id)
    assert "秘密123" not in row.password_hash
    assert verify_password(row.password_hash, "秘密123")
    assert [p.name for p in sales_reps(ctx.user)][0] == "李晓梅"


def test_add_person_names_each_bad_field(ctx: AppContext) -> None:
    with pytest.raises(ValidationFailed) as error:
        people.add_person(ctx.user, "  ", "boss", "", "not-an-address", "")
    assert _codes(error) == [
        ("name", "required"),
        ("role", "choice"),
        ("email", "email"),
        ("password", "required"),
    ]
    people.add_person(ctx.user, "王建国", Role.REP, password="x")
    with pytest.raises(ValidationFailed) as error:
        people.add_person(ctx.user, "王建国 ", Role.CLERK, password="x")
    assert _codes(error) == [("name", "duplicate")]
    assert User.select().count() == 2  # the owner and 王建国


def test_only_an_owner_changes_people(ctx: AppContext) -> None:
    clerk = people.add_person(ctx.user, "周敏", Role.CLERK, password="x")
    rep = people.add_person(ctx.user, "王建国", Role.REP, password="x")
    for actor in (clerk, rep):
        with pytest.raises(PermissionDenied, match="only an owner"):
            people.add_person(actor, "陈志强", Role.REP, password="x")
        with pytest.raises(PermissionDenied):
            people.rename_person(actor, rep.id, "王建军")
        with pytest.raises(PermissionDenied):
            people.change_role(actor, actor.id, Role.OWNER)
        with pytest.raises(PermissionDenied):
            people.set_password(actor, rep.id, "y")
        with pytest.raises(PermissionDenied):
            people.deactivate_person(actor, ctx.user.id)
    assert User.select().where(User.name == "陈志强").count() == 0
    assert User.get_by_id(rep.id).role == "rep"


def test_rename_change_role_and_set_password(ctx: AppContext) -> None:
    rep = people.add_person(ctx.user, "王建国", Role.REP, password="old")
    people.add_person(ctx.user, "李晓梅", Role.REP, password="x")
    assert people.rename_person(ctx.user, rep.id, " 王建军 ").name == "王建军"
    with pytest.raises(ValidationFailed) as error:
        people.rename_person(ctx.user, rep.id, "李晓梅")
    assert _codes(error) == [("name", "duplicate")]
    assert people.change_role(ctx.user, rep.id, Role.CLERK).role == "staff"
    with pytest.raises(ValidationFailed) as error:
        people.change_role(ctx.user, rep.id, "clerk")  # the stored value, not the keyword
    assert _codes(error) == [("role", "choice")]
    people.set_password(ctx.user, rep.id, "新密码")
    stored = User.get_by_id(rep.id).password_hash
    assert verify_password(stored, "新密码") and not verify_password(stored, "old")
    with pytest.raises(ValidationFailed) as error:
        people.set_password(ctx.user, rep.id, "")
    assert _codes(error) == [("password", "required")]
    with pytest.raises(NotFoundError):
        people.set_password(ctx.user, 999_999, "x")


def test_the_last_active_owner_stays(ctx: AppContext) -> None:
    with pytest.raises(ValidationFailed) as error:
        people.change_role(ctx.user, ctx.user.id, Role.REP)
    assert _codes(error) == [("role", "last_owner")]
    with pytest.raises(ValidationFailed) as error:
        people.deactivate_person(ctx.user, ctx.user.id)
    assert _codes(error) == [("person_id", "last_owner")]
    second = people.add_person(ctx.user, "李总", Role.OWNER, password="x")
    people.change_role(ctx.user, ctx.user.id, Role.CLERK)  # another owner remains
    assert User.get_by_id(ctx.user.id).role == "staff"
    with pytest.raises(ValidationFailed):
        people.deactivate_person(second, second.id)


def test_deactivating_hands_customers_and_planned_visits_over(ctx: AppContext) -> None:
    leaving = people.add_person(ctx.user, "王建国", Role.REP, password="x")
    heir = people.add_person(ctx.user, "李晓梅", Role.REP, password="x")
    mine = make_customer("张三", User.get_by_id(leaving.id))
    theirs = make_customer("李四", User.get_by_id(heir.id))
    day = dt.datetime(2026, 3, 2, 9)
    planned = Visit.create(customer=mine.id, rep=leaving.id, start=day, status="planned")
    done = Visit.create(customer=mine.id, rep=leaving.id, start=day, status="done")

    with pytest.raises(ValidationFailed) as error:
        people.deactivate_person(ctx.user, leaving.id, hand_over_to=leaving.id)
    assert _codes(error) == [("hand_over_to", "invalid")]
    with pytest.raises(ValidationFailed) as error:
        people.deactivate_person(ctx.user, leaving.id, hand_over_to=999_999)
    assert _codes(error) == [("hand_over_to", "not_found")]
    assert User.get_by_id(leaving.id).active

    gone = people.deactivate_person(ctx.user, leaving.id, hand_over_to=heir.id)
    assert not gone.active
    assert Customer.get_by_id(mine.id).owner_rep_id == heir.id
    assert Customer.get_by_id(theirs.id).owner_rep_id == heir.id
    assert Visit.get_by_id(planned.id).rep_id == heir.id
    assert Visit.get_by_id(done.id).rep_id == leaving.id  # history stays with who did it
    assert "王建国" not in [p.name for p in sales_reps(ctx.user)]
    assert "王建国" in [p.name for p in people.list_people(ctx.user)]
    assert "王建国" not in [p.name for p in people.list_people(ctx.user, include_inactive=False)]
    with pytest.raises(ValidationFailed) as error:
        people.deactivate_person(ctx.user, heir.id, hand_over_to=leaving.id)
    assert _codes(error) == [("hand_over_to", "not_found")]  # no hand-over to the inactive


def test_deactivating_without_hand_over_keeps_the_customers(ctx: AppContext) -> None:
    leaving = people.add_person(ctx.user, "王建国", Role.REP, password="x")
    mine = make_customer("张三", User.get_by_id(leaving.id))
    people.deactivate_person(ctx.user, leaving.id)
    assert Customer.get_by_id(mine.id).owner_rep_id == leaving.id
    assert not User.get_by_id(leaving.id).active
