"""`desktop-crm user …`: people added, listed, deactivated with a hand-over and given new
passwords from the command line; refusals exit 2 with one line and change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_crm.cli import main
from desktop_crm.models.core import Customer, User
from desktop_crm.models.db import open_database
from desktop_crm.services.people.passwords import verify_password
from desktop_crm.services.people.users import ensure_owner


@pytest.fixture
def office_file(tmp_path: Path) -> str:
    path = str(tmp_path / "office.sqlite3")
    database = open_database(path, create=True)
    ensure_owner("张总")
    database.close()
    return path


def _rows(path: str) -> dict[str, User]:
    database = open_database(path)
    try:
        return {u.name: u for u in User.select()}
    finally:
        database.close()


def _user(path: str, *args: str) -> int:
    return main(["user", *args, "--database", path])


def test_add_list_deactivate_and_passwd(
    office_file: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DESKTOP_CRM_NEW_PASSWORD", "王的密码")
    assert _user(office_file, "add", "王建国", "--role", "rep", "--phone", "138 0000 1111") == 0
    monkeypatch.setenv("DESKTOP_CRM_NEW_PASSWORD", "li")
    assert _user(office_file, "add", "李晓梅", "--role", "clerk", "--email", "li@example.cn") == 0
    rows = _rows(office_file)
    assert rows["李晓梅"].role == "staff"
    assert verify_password(rows["王建国"].password_hash, "王的密码")
    assert "王的密码" not in rows["王建国"].password_hash

    database = open_database(office_file)
    customer = Customer.create(name="张三", owner_rep=rows["王建国"].id)
    database.close()
    capsys.readouterr()
    assert _user(office_file, "deactivate", "王建国", "--hand-over-to", "李晓梅") == 0
    assert "deactivated 王建国; 李晓梅 takes over" in capsys.readouterr().out
    database = open_database(office_file)
    assert Customer.get_by_id(customer.id).owner_rep_id == rows["李晓梅"].id
    database.close()

    monkeypatch.setenv("DESKTOP_CRM_NEW_PASSWORD", "新的")
    assert _user(office_file, "passwd", "李晓梅") == 0
    assert verify_password(_rows(office_file)["李晓梅"].password_hash, "新的")

    assert _user(office_file, "list") == 0
    assert capsys.readouterr().out.splitlines()[-3:] == [
        "张总\towner\t\t\tactive",
        "李晓梅\tclerk\t\tli@example.cn\tactive",
        "王建国\trep\t138 0000 1111\t\tinactive",
    ]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["add", "张总", "--role", "rep"], "name: duplicate"),
        (["add", "陈志强", "--role", "rep", "--email", "nope"], "email: email"),
        (["deactivate", "无此人"], "no person named '无此人'"),
        (["deactivate", "张总"], "person_id: last_owner"),
        (["deactivate", "张总", "--hand-over-to", "无此人"], "no active person named"),
        (["passwd", "无此人"], "no person named"),
    ],
)
def test_refusals_exit_2_with_one_line(
    office_file: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    says: str,
) -> None:
    monkeypatch.setenv("DESKTOP_CRM_NEW_PASSWORD", "x")
    assert _user(office_file, *args) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("desktop-crm: ") and says in err[0]
    assert set(_rows(office_file)) == {"张总"}


def test_an_empty_password_or_none_at_all_is_refused(
    office_file: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DESKTOP_CRM_NEW_PASSWORD", "")
    assert _user(office_file, "add", "陈志强", "--role", "rep") == 2
    assert "password: required" in capsys.readouterr().err
    monkeypatch.delenv("DESKTOP_CRM_NEW_PASSWORD")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    assert _user(office_file, "add", "陈志强", "--role", "rep") == 2
    assert "DESKTOP_CRM_NEW_PASSWORD" in capsys.readouterr().err
    assert set(_rows(office_file)) == {"张总"}


def test_an_unknown_role_is_refused(office_file: str) -> None:
    with pytest.raises(SystemExit) as exit_:
        _user(office_file, "add", "陈志强", "--role", "boss")
    assert exit_.value.code == 2
