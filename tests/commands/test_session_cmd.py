"""`desktop-crm sign-in` / `sign-out` (issue 14, item 9): a command line acts as the person this
computer keeps signed in, without the password; refusals are one line with exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_runs import run_cli

from desktop_crm.cli import main
from desktop_crm.models.db import open_database
from desktop_crm.models.sign_in import RememberedSignIn
from desktop_crm.services.people import kept, manage
from desktop_crm.services.people.roles import Role
from desktop_crm.services.people.signin import first_run_setup


@pytest.fixture
def office(tmp_path: Path) -> str:
    """The owner 王老板 (boss-pass) and the rep 李晓梅 (li-pass)."""
    path = str(tmp_path / "office.sqlite3")
    database = open_database(path, create=True)
    owner = first_run_setup("金星门窗", "广东省", "佛山市", "王老板", "boss-pass", "zh_CN")
    manage.add_person(owner, "李晓梅", Role.REP, password="li-pass")
    database.close()
    return path


@pytest.fixture(autouse=True)
def _nobody_named(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("DESKTOP_CRM_USER", "DESKTOP_CRM_PASSWORD", "DESKTOP_CRM_NEW_PASSWORD"):
        monkeypatch.delenv(variable, raising=False)


def _kept_rows(path: str) -> list[int]:
    database = open_database(path)
    try:
        return [int(r.user_id) for r in RememberedSignIn.select()]
    finally:
        database.close()


def _err(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.splitlines()) == 1, err
    return err


def test_after_sign_in_commands_act_without_the_password_until_sign_out(
    office: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "li-pass")
    assert main(["sign-in", "--user", "李晓梅", "--database", office, "--days", "7"]) == 0
    assert "signed in as 李晓梅" in capsys.readouterr().out
    assert len(_kept_rows(office)) == 1
    monkeypatch.delenv("DESKTOP_CRM_PASSWORD")
    monkeypatch.setenv("DESKTOP_CRM_NEW_PASSWORD", "zhou-pass")
    argv = ["user", "add", "周敏", "--role", "clerk", "--database", office]
    assert main(argv) == 2  # a rep may not add people…
    assert "李晓梅 (rep)" in _err(capsys)  # …and the refusal names who acted: the kept person
    monkeypatch.setenv("DESKTOP_CRM_USER", "李晓梅")
    assert main(["reminders", "--database", office]) == 0  # named, and kept: no password
    capsys.readouterr()
    monkeypatch.setenv("DESKTOP_CRM_USER", "王老板")  # someone else: their password is asked
    assert main(["user", "list", "--database", office]) == 2
    assert "no password for 王老板" in _err(capsys)
    assert main(["sign-out", "--database", office]) == 0
    assert "李晓梅 is no longer signed in" in capsys.readouterr().out
    assert _kept_rows(office) == []
    monkeypatch.setenv("DESKTOP_CRM_USER", "李晓梅")
    assert main(["reminders", "--database", office]) == 2
    assert "no password for 李晓梅" in _err(capsys)
    assert main(["sign-out", "--database", office]) == 0
    assert "kept no sign-in" in capsys.readouterr().out


def test_the_password_given_wins_over_a_kept_sign_in(
    office: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "li-pass")
    assert main(["sign-in", "--user", "李晓梅", "--database", office]) == 0
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "boss-pass")
    assert main(["user", "list", "--user", "王老板", "--database", office]) == 0
    assert "李晓梅\trep" in capsys.readouterr().out


def test_a_kept_sign_in_that_ended_is_refused_in_one_line(
    office: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "li-pass")
    assert main(["sign-in", "--user", "李晓梅", "--database", office]) == 0
    monkeypatch.setenv("DESKTOP_CRM_USER", "王老板")
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "boss-pass")
    monkeypatch.setenv("DESKTOP_CRM_NEW_PASSWORD", "li-new")
    assert main(["user", "passwd", "李晓梅", "--database", office]) == 0
    capsys.readouterr()
    monkeypatch.delenv("DESKTOP_CRM_USER")
    monkeypatch.delenv("DESKTOP_CRM_PASSWORD")
    assert main(["reminders", "--database", office]) == 2
    assert "expired" in _err(capsys) and kept.kept_sign_in(office) is None


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["sign-in", "--user", "李晓梅", "--days", "0"], "--days"),
        (["sign-in", "--user", "李晓梅", "--days", "400"], "--days"),
        (["sign-in"], "who signs in"),
        (["sign-in", "--user", "李晓梅"], "no password"),
        (["sign-in", "--user", "没有这个人"], "no password"),
    ],
)
def test_bad_sign_ins_are_refused(
    office: str, argv: list[str], says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*argv, "--database", office]) == 2
    assert says in _err(capsys)
    assert _kept_rows(office) == []


def test_a_wrong_password_keeps_nothing(
    office: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "guess")
    assert main(["sign-in", "--user", "李晓梅", "--database", office]) == 2
    assert "wrong name or password" in _err(capsys)
    assert _kept_rows(office) == [] and kept.kept_sign_in(office) is None


def test_a_server_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    from conftest import PG_URL, _wipe_postgres

    if not PG_URL:
        pytest.skip("needs DESKTOP_CRM_TEST_PG")
    _wipe_postgres(PG_URL)
    database = open_database(PG_URL)
    first_run_setup("金星门窗", "广东省", "佛山市", "王老板", "boss-pass", "zh_CN")
    database.close()
    assert main(["sign-in", "--user", "王老板", "--database", PG_URL]) == 2
    assert "PostgreSQL server checks every sign-in" in _err(capsys)


def test_the_kept_sign_in_serves_a_real_command_line(tmp_path: Path, office: str) -> None:
    """Through a real process, as a rep's morning script runs it: sign in once, then print."""
    config = tmp_path / "kept"
    ran = run_cli(
        ["sign-in", "--user", "李晓梅", "--database", office],
        tmp_path,
        DESKTOP_CRM_PASSWORD="li-pass",
        DESKTOP_CRM_CONFIG_DIR=str(config),
    )
    assert ran.code == 0, ran.err
    ran = run_cli(["reminders", "--database", office], tmp_path, DESKTOP_CRM_CONFIG_DIR=str(config))
    assert ran.code == 0, ran.err
    ran = run_cli(["sign-out", "--database", office], tmp_path, DESKTOP_CRM_CONFIG_DIR=str(config))
    assert (ran.code, "李晓梅" in ran.out) == (0, True)
    ran = run_cli(["reminders", "--database", office], tmp_path, DESKTOP_CRM_CONFIG_DIR=str(config))
    assert ran.code == 2 and len(ran.err_lines) == 1 and "Traceback" not in ran.err
