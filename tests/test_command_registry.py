"""Commands and reports are discovered: every command module registers a subcommand whose
--help works, every registered report prints from its command line, and a module that
forgets to register is named."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop_crm import cli
from desktop_crm.models.core import Customer, User
from desktop_crm.models.db import open_database
from desktop_crm.reports.registry import ParameterKind, all_reports
from desktop_crm.services import visits as vs
from desktop_crm.services.people.users import ensure_owner


def _subcommands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[tuple]:
    """Every command line reaching a leaf subcommand, e.g. ("report", "assessment")."""
    found: list[tuple[str, ...]] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _subcommands(sub, (*prefix, name)) or [(*prefix, name)]
    return found


def test_every_command_module_registers_a_subcommand() -> None:
    modules = cli.command_modules()
    assert {m.__name__.rsplit(".", 1)[1] for m in modules} >= {"demo_cmd", "report_cmd"}
    for module in modules:
        parser = argparse.ArgumentParser()
        subparsers = parser.add_subparsers()
        module.register(subparsers, cli.common_options())
        assert subparsers.choices, f"{module.__name__} registers no subcommand"


@pytest.mark.parametrize("command", _subcommands(cli.build_parser()), ids=" ".join)
def test_every_subcommand_helps(command: tuple[str, ...], capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main([*command, "--help"])
    assert exit_.value.code == 0
    assert f"usage: desktop-crm {' '.join(command)}" in capsys.readouterr().out


def test_a_module_without_register_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "stand_in_commands"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "good_cmd.py").write_text("def register(subparsers, common):\n    pass\n")
    (package / "forgot_cmd.py").write_text("def run(args):\n    return 0\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import stand_in_commands  # type: ignore[import-not-found]

    with pytest.raises(cli.CommandRegistryError, match=r"stand_in_commands\.forgot_cmd defines"):
        cli.command_modules(stand_in_commands)
    for name in [n for n in sys.modules if n.startswith("stand_in_commands")]:
        monkeypatch.delitem(sys.modules, name)


def test_the_window_needs_no_command_table() -> None:
    assert not cli.names_a_command(["--database", "x.sqlite3", "--lang", "en", "--demo"])
    assert cli.names_a_command(["report", "portfolio"]) and cli.names_a_command(["--help"])


@pytest.fixture
def office_file(tmp_path: Path) -> str:
    path = str(tmp_path / "office.sqlite3")
    database = open_database(path, create=True)
    rep = User.create(name="李晓梅", role="rep")
    customer = Customer.create(name="周一", company="南京鑫隆五金商行", owner_rep=rep.id)
    vs.plan_visit(
        ensure_owner(), vs.VisitDraft(customer.id, rep.id, dt.datetime(2026, 3, 4, 10, 15), 45)
    )
    from desktop_crm.services.aftersale.complaints import ComplaintDraft, save_complaint

    save_complaint(ensure_owner(), ComplaintDraft(customer.id, "送货晚了"))
    database.close()
    return path


ARGUMENTS: dict[ParameterKind, list[str]] = {
    ParameterKind.CUSTOMER: ["--customer", "1"],
    ParameterKind.COMPLAINT: ["--complaint", "1"],
    ParameterKind.REP: ["--rep", "李晓梅"],
    ParameterKind.DAY: ["--date", "2026-03-04"],
    ParameterKind.WEEK: ["--week", "2026-W10"],
    ParameterKind.PERIOD: ["--month", "2026-03"],
    ParameterKind.SURVEY_KIND: ["--kind", "relationship"],
    ParameterKind.MONTH: ["--month", "2026-03"],
}


@pytest.mark.parametrize("report", all_reports(), ids=lambda r: r.name)
def test_every_report_prints_from_its_command_line(
    report: Any, office_file: str, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    out = tmp_path / f"{report.name}.pdf"
    argv = [*report.command, "--database", office_file, "--lang", "en", "-o", str(out)]
    for parameter in report.parameters:
        argv += ARGUMENTS[parameter.kind]
    assert cli.main(argv) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert f"{out}: " in capsys.readouterr().out


def test_unknown_complaint_exits_2(office_file: str, tmp_path: Path, capsys) -> None:
    argv = ["letter", "--complaint", "99", "--database", office_file]
    assert cli.main([*argv, "-o", str(tmp_path / "x.pdf")]) == 2
    assert "no complaint with id 99" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_unknown_customer_exits_2(office_file: str, tmp_path: Path, capsys) -> None:
    argv = ["report", "assessment", "--customer", "99", "--database", office_file]
    assert cli.main([*argv, "-o", str(tmp_path / "x.pdf")]) == 2
    assert "no customer with id 99" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_the_command_index_names_every_command_of_every_module() -> None:
    found: dict[str, str] = {}
    for module in cli.command_modules():
        parser = argparse.ArgumentParser()
        subparsers = parser.add_subparsers()
        module.register(subparsers, cli.common_options())
        for name in subparsers.choices:
            found[name] = module.__name__.rsplit(".", 1)[1]
    assert found == cli.COMMANDS


@pytest.mark.parametrize("command", _subcommands(cli.build_parser()), ids=" ".join)
def test_a_narrowed_command_line_parses_as_the_whole_one(command: tuple[str, ...]) -> None:
    narrow = cli.build_parser(words=list(command))
    assert command in _subcommands(narrow)


def test_a_misspelt_report_is_answered_from_the_whole_group(
    capsys: pytest.CaptureFixture,
) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["report", "portfolo", "-o", "x.pdf"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'portfolo'" in err and "'portfolio'" in err and "'summary'" in err
