"""`desktop-crm reminders [--date]`: the acting person's list, one translated line each."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop_crm.cli import main
from desktop_crm.models.aftersale import ReminderSeen, ReminderState
from desktop_crm.models.core import Customer
from desktop_crm.models.db import open_database
from desktop_crm.services.people.users import ensure_owner


@pytest.fixture
def office_file(tmp_path: Path) -> str:
    path = str(tmp_path / "office.sqlite3")
    database = open_database(path, create=True)
    owner = ensure_owner("张总")
    Customer.create(name="甲方贸易", birthday=dt.date(1976, 12, 5))  # unowned: the office's
    Customer.create(name="乙方机电", lunar_birthday="08-15")
    ReminderState.create(person=owner.id, key="monthly_card:2026-12", state="done")
    ReminderState.create(person=owner.id, key="monthly_card:2026-09", state="done")
    database.close()
    return path


def test_the_days_reminders_in_chinese(office_file: str, capsys: pytest.CaptureFixture) -> None:
    args = ["reminders", "--date", "2026-12-03", "--lang", "zh_CN", "--database", office_file]
    assert main(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["2026-12-05\t生日\t甲方贸易的生日：2026年12月5日（50 岁）\t新"]
    # 2026 中秋 (八月十五) is 2026-09-25: shown from the 22nd (3 lead days), in English
    args = ["reminders", "--date", "2026-09-22", "--lang", "en", "--database", office_file]
    assert main(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "2026-09-25\tBirthdays\t乙方机电's lunar birthday, 八月十五, on 25 Sep 2026\tnew"
    ]
    database = open_database(office_file)
    try:
        assert ReminderSeen.select().count() == 0  # listing marks nothing seen
    finally:
        database.close()


def test_nothing_due_prints_nothing(office_file: str, capsys: pytest.CaptureFixture) -> None:
    assert main(["reminders", "--date", "2026-12-20", "--database", office_file]) == 0
    assert capsys.readouterr().out == ""


def test_a_bad_date_is_one_line_and_exit_2(office_file: str, capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["reminders", "--date", "2026-13-01", "--database", office_file])
    assert exit_.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) <= 2 and "not a date (YYYY-MM-DD): '2026-13-01'" in err[-1]


def test_a_missing_database_is_exit_3(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["reminders", "--database", str(tmp_path / "none.sqlite3")]) == 3
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
