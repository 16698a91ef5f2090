"""Headless commands act as a person (issue 10): --user NAME or DESKTOP_CRM_USER, the
password from DESKTOP_CRM_PASSWORD (a prompt only in a terminal). Refusals are one line on
stderr with exit 2, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_crm.cli import main
from desktop_crm.models.core import User
from desktop_crm.models.db import open_database
from desktop_crm.services.people import manage
from desktop_crm.services.people.roles import Role
from desktop_crm.services.people.signin import first_run_setup


@pytest.fixture
def office(tmp_path: Path) -> str:
    """A set-up office: the owner 王老板 (password boss-pass), the rep 李晓梅 (li-pass) and
    the deactivated rep 赵磊 (zhao-pass)."""
    path = str(tmp_path / "office.sqlite3")
    database = open_database(path, create=True)
    owner = first_run_setup("金星门窗", "广东省", "佛山市", "王老板", "boss-pass", "zh_CN")
    manage.add_person(owner, "李晓梅", Role.REP, password="li-pass")
    gone = manage.add_person(owner, "赵磊", Role.REP, password="zhao-pass")
    manage.deactivate_person(owner, gone.id)
    database.close()
    return path


@pytest.fixture(autouse=True)
def _nobody_named(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("DESKTOP_CRM_USER", "DESKTOP_CRM_PASSWORD", "DESKTOP_CRM_NEW_PASSWORD"):
        monkeypatch.delenv(variable, raising=False)


def _names(path: str) -> list[str]:
    database = open_database(path)
    try:
        return sorted(u.name for u in User.select())
    finally:
        database.close()


def _one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert len(err.splitlines()) == 1, err
    return err


def test_the_owner_acts_with_user_and_the_password_variable(
    office: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "boss-pass")
    monkeypatch.setenv("DESKTOP_CRM_NEW_PASSWORD", "zhou-pass")
    argv = ["user", "add", "周敏", "--role", "clerk", "--user", "王老板", "--database", office]
    assert main(argv) == 0
    assert "added 周敏" in capsys.readouterr().out
    assert "周敏" in _names(office)


def test_a_wrong_password_is_refused_in_one_line(
    office: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "guess")
    monkeypatch.setenv("DESKTOP_CRM_NEW_PASSWORD", "x-pass")
    argv = ["user", "add", "小偷", "--role", "owner", "--user", "王老板", "--database", office]
    assert main(argv) == 2
    assert "wrong name or password" in _one_line(capsys)
    assert "小偷" not in _names(office)
    assert main(["user", "list", "--user", "无名氏", "--database", office]) == 2
    assert "wrong name or password" in _one_line(capsys)  # the same line for a wrong name


def test_a_deactivated_person_is_refused(
    office: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DESKTOP_CRM_USER", "赵磊")
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "zhao-pass")
    assert main(["user", "list", "--database", office]) == 2
    assert "deactivated" in _one_line(capsys)


def test_a_rep_acts_through_the_variables_and_is_refused_an_owners_work(
    office: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DESKTOP_CRM_USER", "李晓梅")
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "li-pass")
    monkeypatch.setenv("DESKTOP_CRM_NEW_PASSWORD", "x-pass")
    assert main(["user", "add", "新人", "--role", "rep", "--database", office]) == 2
    line = _one_line(capsys)
    assert "not allowed" in line and "李晓梅" in line
    assert "新人" not in _names(office)


def test_repeated_failures_make_the_next_attempt_wait(
    office: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DESKTOP_CRM_USER", "李晓梅")
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "wrong")
    for _ in range(3):
        assert main(["user", "list", "--database", office]) == 2
        assert "wrong name or password" in _one_line(capsys)
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "li-pass")  # even the right one waits now
    assert main(["user", "list", "--database", office]) == 2
    line = _one_line(capsys)
    assert "wait" in line and "seconds" in line


def test_no_name_on_a_set_up_office_or_no_password_outside_a_terminal(
    office: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["user", "list", "--database", office]) == 2
    assert "--user NAME" in _one_line(capsys)
    assert main(["user", "list", "--user", "王老板", "--database", office]) == 2
    assert "DESKTOP_CRM_PASSWORD" in _one_line(capsys)


def test_an_empty_database_asks_for_the_first_run_setup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "empty.sqlite3")
    open_database(path, create=True).close()
    assert main(["user", "list", "--database", path]) == 2
    assert "first-run setup" in _one_line(capsys)
    assert _names(path) == []  # commands never make an owner
