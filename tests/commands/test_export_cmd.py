"""`desktop-crm export`: one summary line, the files, exit 2 for a refusal."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from desktop_crm.cli import main
from desktop_crm.models.core import Contact, Customer
from desktop_crm.models.db import open_database
from desktop_crm.services.people import manage
from desktop_crm.services.people.roles import Role
from desktop_crm.services.people.signin import first_run_setup


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    path = str(tmp_path / "office.sqlite3")
    database = open_database(path, create=True)
    owner = first_run_setup("金星门窗", "广东省", "佛山市", "王老板", "boss-pass", "zh_CN")
    rep = manage.add_person(owner, "李晓梅", Role.REP, password="li-pass")
    mine = Customer.create(name="晓梅的客户", owner_rep=rep.id, phone="13800138000")
    Contact.create(customer=mine.id, name="周经理")
    Customer.create(name="别人的客户", owner_rep=owner.id)
    database.close()
    for variable in ("DESKTOP_CRM_USER", "DESKTOP_CRM_PASSWORD"):
        monkeypatch.delenv(variable, raising=False)
    return path


def test_the_owner_exports_everything_to_csv_in_chinese(
    office: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "boss-pass")
    out = tmp_path / "all.csv"
    argv = ["export", "-o", str(out), "--lang", "zh_CN", "--user", "王老板", "--database", office]
    assert main(argv) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("exported 2 customers, 1 contacts, 0 deals to ")
    header = next(csv.reader(out.read_text("utf-8-sig").splitlines()))
    assert header[0] == "客户编号"
    assert (tmp_path / "all-contacts.csv").exists() and (tmp_path / "all-deals.csv").exists()


def test_a_rep_exports_their_list_but_not_everything(
    office: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "li-pass")
    out = tmp_path / "mine.xlsx"
    argv = ["export", "-o", str(out), "--filter", "", "--user", "李晓梅", "--database", office]
    assert main(argv) == 0
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(min_row=2, values_only=True))
    assert [r[1] for r in rows] == ["晓梅的客户"]
    capsys.readouterr()
    refused = tmp_path / "all.vcf"
    assert main(["export", "-o", str(refused), "--user", "李晓梅", "--database", office]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.splitlines()) == 1 and "not allowed" in err
    assert not refused.exists()


def test_an_unknown_extension_is_refused(
    office: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "-o", str(tmp_path / "x.pdf"), "--database", office]) == 2
    err = capsys.readouterr().err
    assert ".csv, .xlsx or .vcf" in err and len(err.splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()
