"""Staying signed in on a computer (issue 14, item 9: a start without the password's argon2
check): services/people/remembered.py and the computer's file of kept sign-ins
(services/people/kept.py). The kept sign-in is SQLite's; on a PostgreSQL server it is refused
and its table is closed to every group."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import stat
from pathlib import Path

import peewee as pw
import psycopg
import pytest
from conftest import PG_URL, open_test_database

from desktop_crm.models.audit import AuditEntry
from desktop_crm.models.core import User
from desktop_crm.models.sign_in import RememberedSignIn
from desktop_crm.services.common.errors import PermissionDenied, ValidationFailed
from desktop_crm.services.people import kept, manage, remembered
from desktop_crm.services.people.roles import Role
from desktop_crm.services.people.signin import SignInRefused, first_run_setup

T0 = dt.datetime(2026, 12, 3, 8, 0, 0)


def _office() -> tuple[remembered.Person, remembered.Person]:
    owner = first_run_setup("金星门窗", "广东省", "佛山市", "王老板", "boss-pass", "zh_CN")
    rep = manage.add_person(owner, "李晓梅", Role.REP, password="li-pass")
    return owner, rep


@pytest.fixture
def office(sqlite_db: pw.Database) -> tuple[remembered.Person, remembered.Person]:
    return _office()


def test_a_kept_sign_in_lets_its_person_in_and_only_its_digest_is_stored(office) -> None:
    owner, rep = office
    token = remembered.remember_sign_in(rep, "前台电脑 (window)", now=T0)
    assert len(token) >= 40
    (row,) = RememberedSignIn.select()
    assert row.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in row.token_hash and row.user_id == rep.id
    assert row.expires_at == T0 + dt.timedelta(days=remembered.REMEMBER_DAYS)
    assert row.place == "前台电脑 (window)"
    before = AuditEntry.select().count()
    assert remembered.sign_in_remembered(token, now=T0 + dt.timedelta(days=1)) == rep
    assert RememberedSignIn.get_by_id(row.id).last_used_at == T0 + dt.timedelta(days=1)
    newest = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert AuditEntry.select().count() == before + 1
    assert (newest.action, newest.person_id) == ("sign_in", rep.id)
    other = remembered.remember_sign_in(owner, now=T0)
    assert other != token
    assert remembered.sign_in_remembered(other, now=T0) == owner


def test_an_expired_sign_in_is_refused_and_deleted(office) -> None:
    _owner, rep = office
    token = remembered.remember_sign_in(rep, days=1, now=T0)
    assert remembered.sign_in_remembered(token, now=T0 + dt.timedelta(hours=23)) == rep
    with pytest.raises(SignInRefused) as refused:
        remembered.sign_in_remembered(token, now=T0 + dt.timedelta(days=1))
    assert refused.value.reason == "forgotten"
    assert RememberedSignIn.select().count() == 0


@pytest.mark.parametrize(
    "token", ["", "x" * 43, "x" * 5000, "\ud800", "王" * 43, None, 43, b"bytes"]
)
def test_hostile_tokens_are_refused_as_unknown(office, token: object) -> None:
    remembered.remember_sign_in(office[1], now=T0)
    with pytest.raises(SignInRefused) as refused:
        remembered.sign_in_remembered(token)  # type: ignore[arg-type]
    assert refused.value.reason == "forgotten"
    assert remembered.forget_sign_in(token) is False  # type: ignore[arg-type]
    assert RememberedSignIn.select().count() == 1


@pytest.mark.parametrize("days", [0, -1, 366, True, 1.5, "30"])
def test_the_days_kept_are_checked_and_named(office, days: object) -> None:
    with pytest.raises(ValidationFailed) as failed:
        remembered.remember_sign_in(office[1], days=days)  # type: ignore[arg-type]
    assert [(e.field, e.code) for e in failed.value.errors] == [("days", "range")]
    assert RememberedSignIn.select().count() == 0


def test_a_new_password_or_a_deactivation_ends_every_kept_sign_in_of_that_person(office) -> None:
    owner, rep = office
    first = remembered.remember_sign_in(rep, now=T0)
    second = remembered.remember_sign_in(rep, now=T0)
    owners = remembered.remember_sign_in(owner, now=T0)
    manage.set_password(owner, rep.id, "new-pass")
    for token in (first, second):
        with pytest.raises(SignInRefused):
            remembered.sign_in_remembered(token, now=T0)
    assert remembered.sign_in_remembered(owners, now=T0) == owner  # someone else's stays
    again = remembered.remember_sign_in(rep, now=T0)
    manage.deactivate_person(owner, rep.id)
    with pytest.raises(SignInRefused):
        remembered.sign_in_remembered(again, now=T0)
    assert RememberedSignIn.select().where(RememberedSignIn.user == rep.id).count() == 0


def test_a_person_deactivated_behind_the_services_back_is_refused_so(office) -> None:
    _owner, rep = office
    token = remembered.remember_sign_in(rep, now=T0)
    User.update(active=False).where(User.id == rep.id).execute()
    with pytest.raises(SignInRefused) as refused:
        remembered.sign_in_remembered(token, now=T0)
    assert refused.value.reason == "deactivated"
    with pytest.raises(PermissionDenied):  # and no sign-in is kept for a deactivated person
        remembered.remember_sign_in(remembered.Person(rep.id, rep.name, rep.role))


def test_the_role_comes_from_today_not_from_when_it_was_kept(office) -> None:
    owner, rep = office
    token = remembered.remember_sign_in(rep, now=T0)
    manage.change_role(owner, rep.id, Role.CLERK)
    assert remembered.sign_in_remembered(token, now=T0).role == Role.CLERK.value


def test_forgetting_signs_that_computer_out(office) -> None:
    token = remembered.remember_sign_in(office[1], now=T0)
    assert remembered.forget_sign_in(token) is True
    assert remembered.forget_sign_in(token) is False
    with pytest.raises(SignInRefused):
        remembered.sign_in_remembered(token)


# ---------------------------------------------------------------- this computer's file


def test_the_computer_keeps_one_sign_in_per_database_readable_by_its_user_only(
    tmp_path: Path,
) -> None:
    first, second = str(tmp_path / "a.sqlite3"), f"sqlite:///{tmp_path / 'b.sqlite3'}"
    assert kept.kept_sign_in(first) is None
    assert kept.keep_sign_in_here(first, "王老板", "token-a")
    assert kept.keep_sign_in_here(second, "李晓梅", "token-b")
    assert kept.kept_sign_in(first) == kept.KeptSignIn("王老板", "token-a")
    assert kept.kept_sign_in(str(tmp_path / "." / "a.sqlite3")) == kept.KeptSignIn(
        "王老板", "token-a"
    )
    assert kept.kept_sign_in(str(tmp_path / "b.sqlite3")) == kept.KeptSignIn("李晓梅", "token-b")
    mode = stat.S_IMODE(kept.kept_file().stat().st_mode)
    assert mode == 0o600
    assert kept.drop_kept_sign_in(first) == kept.KeptSignIn("王老板", "token-a")
    assert kept.kept_sign_in(first) is None and kept.drop_kept_sign_in(first) is None
    assert kept.kept_sign_in(second) is not None


def test_a_server_is_never_kept(tmp_path: Path) -> None:
    url = "postgresql://crm:secret@db.example:5432/office"
    assert kept.keep_sign_in_here(url, "王老板", "token") is False
    assert kept.kept_sign_in(url) is None
    assert not kept.kept_file().exists()


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00\xff not json",
        b"[1, 2]",
        b'{"format": 99, "sign_ins": {}}',
        b'{"format": 1, "sign_ins": {"/x": "no dict"}}',
    ],
)
def test_a_damaged_file_keeps_nothing_and_is_replaced(tmp_path: Path, content: bytes) -> None:
    target = str(tmp_path / "a.sqlite3")
    kept.kept_file().parent.mkdir(parents=True, exist_ok=True)
    kept.kept_file().write_bytes(content)
    assert kept.kept_sign_in(target) is None
    assert kept.keep_sign_in_here(target, "王老板", "token-a")
    assert json.loads(kept.kept_file().read_text(encoding="utf-8"))["format"] == kept.FORMAT
    assert kept.kept_sign_in(target) == kept.KeptSignIn("王老板", "token-a")


def test_a_folder_that_cannot_be_written_keeps_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("DESKTOP_CRM_CONFIG_DIR", str(blocked / "inside"))
    assert kept.keep_sign_in_here(str(tmp_path / "a.sqlite3"), "王老板", "t") is False
    assert kept.kept_sign_in(str(tmp_path / "a.sqlite3")) is None


def test_staying_signed_in_then_signing_out(sqlite_db: pw.Database) -> None:
    owner, rep = _office()
    target = str(sqlite_db.database)
    assert remembered.sign_in_kept(target) is None
    assert remembered.stay_signed_in(rep, target, "here")
    assert remembered.sign_in_kept(target) == rep
    assert remembered.sign_in_kept(target, "李晓梅") == rep
    assert remembered.sign_in_kept(target, "王老板") is None  # kept for someone else
    assert remembered.stay_signed_in(owner, target, "here")  # replaces it: the old one ends
    assert [r.user_id for r in RememberedSignIn.select()] == [owner.id]
    assert remembered.sign_in_kept(target) == owner
    assert remembered.sign_out_here(target) == "王老板"
    assert RememberedSignIn.select().count() == 0
    assert remembered.sign_in_kept(target) is None
    assert remembered.sign_out_here(target) is None


def test_a_kept_sign_in_the_database_refuses_is_dropped(sqlite_db: pw.Database) -> None:
    owner, rep = _office()
    target = str(sqlite_db.database)
    assert remembered.stay_signed_in(rep, target)
    manage.set_password(owner, rep.id, "new-pass")
    with pytest.raises(SignInRefused):
        remembered.sign_in_kept(target)
    assert kept.kept_sign_in(target) is None
    assert remembered.sign_in_kept(target) is None  # asked again: nothing kept


def test_a_database_that_takes_no_writes_still_signs_in_with_a_kept_sign_in(
    sqlite_db: pw.Database,
) -> None:
    _owner, rep = _office()
    target = str(sqlite_db.database)
    assert remembered.stay_signed_in(rep, target)
    sqlite_db.execute_sql("PRAGMA query_only = ON")  # as a read-only file answers writes
    try:
        assert remembered.sign_in_kept(target) == rep  # its use and the audit go unwritten
        assert remembered.stay_signed_in(rep, target) is False  # nothing new can be kept
        assert kept.kept_sign_in(target) is not None  # and the one kept stays
    finally:
        sqlite_db.execute_sql("PRAGMA query_only = OFF")


# ---------------------------------------------------------------- PostgreSQL


def test_a_server_keeps_no_sign_in_and_closes_the_table(tmp_path: Path) -> None:
    if not PG_URL:
        pytest.skip("needs DESKTOP_CRM_TEST_PG")
    database, target = open_test_database("postgres", tmp_path)
    try:
        owner, rep = _office()
        with pytest.raises(SignInRefused) as refused:
            remembered.remember_sign_in(owner)
        assert refused.value.reason == "server"
        with pytest.raises(SignInRefused):
            remembered.sign_in_remembered("x" * 43)
        assert remembered.stay_signed_in(owner, target) is False
        assert remembered.sign_in_kept(target) is None
        assert not kept.kept_file().exists()
        role = str(User.get_by_id(rep.id).db_role)
        info = psycopg.conninfo.conninfo_to_dict(PG_URL)
        info.update(user=role, password="li-pass")
        with psycopg.connect(psycopg.conninfo.make_conninfo(**info), autocommit=True) as con:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                con.execute("SELECT * FROM remembered_sign_in")
    finally:
        database.close()


def test_a_name_given_must_be_the_kept_persons_name_today(sqlite_db: pw.Database) -> None:
    owner, rep = _office()
    target = str(sqlite_db.database)
    assert remembered.stay_signed_in(rep, target)
    manage.rename_person(owner, rep.id, "李小梅")
    manage.rename_person(owner, owner.id, "李晓梅")  # the old name is someone else's now
    before = AuditEntry.select().count()
    assert remembered.sign_in_kept(target, "李晓梅") is None  # not the owner, by a stale label
    assert AuditEntry.select().count() == before  # and nothing noted
    assert kept.kept_sign_in(target) is not None  # still kept for her
    assert remembered.sign_in_kept(target, "李小梅") == remembered.Person(
        rep.id, "李小梅", rep.role, rep.phone, True, rep.email, True
    )
