"""`desktop-crm pool idle / return`: the auto-return from the command line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop_crm.cli import main
from desktop_crm.models.core import Customer, User
from desktop_crm.models.db import open_database
from desktop_crm.services.customers.pool import set_pool_settings
from desktop_crm.services.people.users import ensure_owner


@pytest.fixture
def office_file(tmp_path: Path) -> str:
    path = str(tmp_path / "office.sqlite3")
    database = open_database(path, create=True)
    owner = ensure_owner("张总")
    rep = User.create(name="王建国", role="rep")
    Customer.create(name="久未联系", owner_rep=rep.id, created_at=dt.datetime(2025, 1, 1))
    Customer.create(name="新客户", owner_rep=rep.id, created_at=dt.datetime(2026, 2, 25))
    set_pool_settings(owner, 30, 7)
    database.close()
    return path


def test_idle_then_return(office_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["pool", "idle", "--date", "2026-03-10", "--database", office_file]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[1:] for line in listed] == [
        ["久未联系", "王建国", "2025-01-01", "2025-01-31"]
    ]
    assert main(["pool", "return", "--date", "2026-03-10", "--database", office_file]) == 0
    assert "久未联系" in capsys.readouterr().out
    database = open_database(office_file)
    try:
        owners = {c.name: c.owner_rep_id for c in Customer.select()}
    finally:
        database.close()
    assert owners["久未联系"] is None and owners["新客户"] is not None
    assert main(["pool", "return", "--date", "2026-03-10", "--database", office_file]) == 0
    assert capsys.readouterr().out == ""


def test_a_bad_date_is_refused(office_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["pool", "return", "--date", "yesterday", "--database", office_file])
    assert exit_.value.code == 2
