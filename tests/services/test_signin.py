"""First-run setup and signing in (issue 10): who acts is found by the gates of
services/people/signin.py. Both backends."""

from __future__ import annotations

import datetime as dt

import peewee as pw
import pytest

from desktop_crm.models.core import User
from desktop_crm.services.common.errors import PermissionDenied, ValidationFailed
from desktop_crm.services.common.settings import (
    HOME_CITY,
    HOME_PROVINCE,
    OFFICE_LANGUAGE,
    OFFICE_NAME,
    read_setting,
)
from desktop_crm.services.people import manage
from desktop_crm.services.people import signin as si
from desktop_crm.services.people.passwords import verify_password
from desktop_crm.services.people.roles import Role
from desktop_crm.services.people.users import ensure_owner

T0 = dt.datetime(2026, 12, 2, 8, 0, 0)


def _setup(**changes: str) -> si.Person:
    values = dict(
        office_name="金星门窗",
        province="广东省",
        city="佛山市",
        owner_name="王老板",
        owner_password="老板的密码",
        language="zh_CN",
    )
    values.update(changes)
    return si.first_run_setup(**values)


def _codes(error: pytest.ExceptionInfo[ValidationFailed]) -> list[tuple[str, str]]:
    return [(e.field, e.code) for e in error.value.errors]


def test_an_empty_database_needs_setup_and_setup_makes_the_owner(db: pw.Database) -> None:
    assert si.needs_setup()
    assert si.unattended_person() is None
    owner = _setup()
    assert (owner.name, owner.role, owner.has_password) == ("王老板", Role.OWNER.value, True)
    assert not si.needs_setup()
    assert read_setting(OFFICE_NAME) == "金星门窗"
    assert (read_setting(HOME_PROVINCE), read_setting(HOME_CITY)) == ("广东省", "佛山市")
    assert read_setting(OFFICE_LANGUAGE) == "zh_CN"
    assert verify_password(User.get_by_id(owner.id).password_hash, "老板的密码")
    assert "老板的密码" not in User.get_by_id(owner.id).password_hash


def test_setup_cannot_run_twice_to_take_the_office_over(db: pw.Database) -> None:
    _setup()
    with pytest.raises(PermissionDenied):
        _setup(owner_name="小偷", owner_password="takeover")
    assert [u.name for u in User.select()] == ["王老板"]
    assert read_setting(OFFICE_NAME) == "金星门窗"


def test_setup_names_each_bad_field_and_writes_nothing(db: pw.Database) -> None:
    with pytest.raises(ValidationFailed) as error:
        _setup(office_name=" ", province="", city="x" * 51, owner_name="", owner_password="abc")
    assert _codes(error) == [
        ("office_name", "required"),
        ("province", "required"),
        ("city", "too_long"),
        ("owner_name", "required"),
        ("owner_password", "too_short"),
    ]
    assert error.value.for_field("owner_password").params == {"shortest": 4}  # type: ignore[union-attr]
    with pytest.raises(ValidationFailed) as error:
        _setup(language="klingon")
    assert _codes(error) == [("language", "choice")]
    assert User.select().count() == 0
    assert read_setting(OFFICE_NAME) == ""
    assert si.needs_setup()


def test_an_older_file_keeps_its_password_less_owner_renamed(db: pw.Database) -> None:
    old = ensure_owner("Owner")
    rep = manage.add_person(old, "李晓梅", Role.REP, password="li-pass")
    assert si.needs_setup()  # the only owner has no password
    assert si.unattended_person() == old  # commands act as it until setup
    with pytest.raises(ValidationFailed) as error:
        _setup(owner_name="李晓梅")
    assert _codes(error) == [("owner_name", "duplicate")]
    owner = _setup()
    assert owner.id == old.id and owner.name == "王老板"
    assert User.select().count() == 2
    assert not si.needs_setup()
    assert si.unattended_person() is None
    assert si.sign_in("李晓梅", "li-pass") == rep


def test_sign_in_gives_one_message_for_a_wrong_name_or_password(db: pw.Database) -> None:
    owner = _setup()
    assert si.sign_in(" 王老板 ", "老板的密码") == owner
    messages = []
    for name, password in (("王老板", "wrong"), ("没有这个人", "老板的密码"), ("", "")):
        with pytest.raises(si.SignInRefused) as error:
            si.sign_in(name, password, now=T0)
        assert error.value.reason == "wrong"
        messages.append(str(error.value))
    assert len(set(messages)) == 1 and "王老板" not in messages[0]


def test_a_deactivated_person_is_refused_with_its_own_message(db: pw.Database) -> None:
    owner = _setup()
    rep = manage.add_person(owner, "赵磊", Role.REP, password="zhao-pass")
    manage.deactivate_person(owner, rep.id)
    with pytest.raises(si.SignInRefused) as error:
        si.sign_in("赵磊", "zhao-pass")
    assert error.value.reason == "deactivated" and "deactivated" in str(error.value)
    assert "赵磊" not in si.sign_in_names()
    with pytest.raises(si.SignInRefused) as error:
        si.sign_in("赵磊", "wrong")
    assert error.value.reason == "wrong"  # the wrong password tells nothing more


def test_repeated_failures_slow_down_and_a_success_resets(db: pw.Database) -> None:
    assert [si.wait_after(n) for n in range(0, 7)] == [0, 0, 0, 2, 4, 8, 16]
    assert si.wait_after(40) == si.LONGEST_WAIT
    _setup()
    for second in range(3):  # three free failures
        with pytest.raises(si.SignInRefused) as error:
            si.sign_in("王老板", "nope", now=T0 + dt.timedelta(seconds=second))
        assert error.value.reason == "wrong"
    last = T0 + dt.timedelta(seconds=2)
    with pytest.raises(si.SignInRefused) as error:  # even the right password waits
        si.sign_in("王老板", "老板的密码", now=last + dt.timedelta(seconds=1))
    assert (error.value.reason, error.value.seconds) == ("wait", 1)
    assert "wait 1 seconds" in str(error.value)
    with pytest.raises(si.SignInRefused):  # after the wait: a 4th failure, then 4 s
        si.sign_in("王老板", "nope", now=last + dt.timedelta(seconds=2))
    with pytest.raises(si.SignInRefused) as error:
        si.sign_in("王老板", "老板的密码", now=last + dt.timedelta(seconds=3))
    assert (error.value.reason, error.value.seconds) == ("wait", 3)
    assert si.sign_in("王老板", "老板的密码", now=last + dt.timedelta(seconds=6)).name == "王老板"
    with pytest.raises(si.SignInRefused) as error:  # reset: a failure is a plain one again
        si.sign_in("王老板", "nope", now=last + dt.timedelta(seconds=7))
    assert error.value.reason == "wrong"


def test_unknown_names_slow_down_alike(db: pw.Database) -> None:
    _setup()
    for _ in range(3):
        with pytest.raises(si.SignInRefused):
            si.sign_in("谁", "x", now=T0)
    with pytest.raises(si.SignInRefused) as error:
        si.sign_in("谁", "x", now=T0)
    assert error.value.reason == "wait"
    assert si.sign_in("王老板", "老板的密码", now=T0).name == "王老板"  # another name is free


def test_an_outdated_hash_is_replaced_at_sign_in(db: pw.Database) -> None:
    from argon2 import PasswordHasher

    owner = _setup()
    weak = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash("老板的密码")
    User.update(password_hash=weak).where(User.id == owner.id).execute()
    si.sign_in("王老板", "老板的密码")
    stored = User.get_by_id(owner.id).password_hash
    assert stored != weak and verify_password(stored, "老板的密码")


def test_a_person_without_a_password_cannot_sign_in(db: pw.Database) -> None:
    ensure_owner("Owner")  # an older file's owner, no password yet
    for password in ("", "a password nobody has", "Owner"):
        with pytest.raises(si.SignInRefused) as error:
            si.sign_in("Owner", password)
        assert error.value.reason == "wrong"
