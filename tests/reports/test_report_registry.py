"""The report table: one entry per report module, declarations the command line can fill,
and one signature (parameters, translate, language) → PDF bytes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import pkgutil
from pathlib import Path

import pytest

from desktop_crm import reports
from desktop_crm.reports.registry import (
    Parameter,
    ParameterKind,
    RegistryError,
    Report,
    all_reports,
    check_report,
    find_report,
)

PACKAGE = Path(reports.__file__).parent


def test_every_module_building_a_document_declares_a_report() -> None:
    declared = {r.build.__module__ for r in all_reports()}
    missing = []
    for info in pkgutil.iter_modules(reports.__path__):
        source = (PACKAGE / f"{info.name}.py").read_text(encoding="utf-8")
        builds = "SimpleDocTemplate(" in source or "page_pdf(" in source
        if info.name == "base":  # where page_pdf, the documents' one builder, lives
            continue
        if builds and f"desktop_crm.reports.{info.name}" not in declared:
            missing.append(f"reports/{info.name}.py builds a document but declares no REPORT")
    assert not missing
    assert [r.name for r in all_reports()] == [
        "assessment",
        "letter",
        "complaints",
        "profile",
        "monthly-cards",
        "portfolio",
        "summary",
        "survey-form",
        "visit-sheet",
        "week-plan",
    ]


@dataclasses.dataclass(frozen=True)
class _Needs:
    rep_id: int
    day: dt.date


def _report(*parameters: Parameter) -> Report[_Needs]:
    return Report("test", ("test",), "", _Needs, parameters, lambda p, t, lang: b"")


def test_a_parameter_left_undeclared_is_named() -> None:
    with pytest.raises(RegistryError, match=r"needs \['day'\] but declares no Parameter"):
        check_report(_report(Parameter("rep_id", ParameterKind.REP)), "here")
    with pytest.raises(RegistryError, match=r"unknown parameters \['when'\]"):
        check_report(
            _report(Parameter("rep_id", ParameterKind.REP), Parameter("when", ParameterKind.DAY)),
            "here",
        )
    check_report(
        _report(Parameter("rep_id", ParameterKind.REP), Parameter("day", ParameterKind.DAY)), "ok"
    )


def test_unknown_report_names_the_known_ones() -> None:
    with pytest.raises(
        RegistryError,
        match="no report named .nope. .known: assessment, letter, complaints, profile, monthly-cards, portf",
    ):
        find_report("nope")


def test_a_report_refuses_someone_elses_parameters() -> None:
    from desktop_crm.reports.week_plan import WeekPlanParameters
    from desktop_crm.services.common.acting import Person

    with pytest.raises(TypeError, match="visit-sheet"):
        owner = Person(1, "店主", "owner")
        find_report("visit-sheet").pdf(owner, WeekPlanParameters(1, dt.date(2026, 3, 2)))


def test_the_command_index_names_each_reports_module() -> None:
    from desktop_crm.reports.registry import COMMANDS

    found = {r.command: r.build.__module__.rsplit(".", 1)[1] for r in all_reports()}
    assert found == COMMANDS


def test_a_command_line_reaches_only_its_reports() -> None:
    from desktop_crm.reports.registry import reports_for

    assert [r.name for r in reports_for(["visit-sheet", "--rep", "x"])] == ["visit-sheet"]
    assert [r.name for r in reports_for(["report", "portfolio"])] == ["portfolio"]
    group = {r.name for r in reports_for(["report", "--help"])}
    assert group == {r.name for r in all_reports() if r.command[0] == "report"}
    assert len(reports_for(["nothing"])) == len(all_reports())
