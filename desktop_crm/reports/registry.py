"""Every PDF report of the program, in one table that the command line and the window read.

A report module declares `REPORT = Report(...)`: its name, the command line that prints it, the
parameters it needs (a frozen dataclass, with each field the command line fills declared as a
`Parameter`) and one function building the PDF bytes from (parameters, translate, language).
`all_reports()` finds the declarations with pkgutil, so a new report is one module and cannot
exist for the window yet be forgotten by the command line (Electrum's command table).

`COMMANDS` names the module behind each report's command line, so one command imports one
report module, not all ten (the headless visit sheet's start, issue 14); a test holds the
index equal to what discovery finds, so it cannot fall behind.
"""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from types import ModuleType
from typing import Any, Generic, TypeVar

from ..services.common.acting import Person
from .base import Translate, no_translation, reading

P = TypeVar("P")


class RegistryError(LookupError):
    """A report is declared wrongly, twice, or asked for by a name nobody declared."""


class ParameterKind(StrEnum):
    """What a parameter holds; the command line knows how to ask for and check each kind."""

    CUSTOMER = "customer"  # a customer's id (--customer ID)
    COMPLAINT = "complaint"  # a complaint's id (--complaint ID)
    REP = "rep"  # a user's id; the command line takes the rep's name (--rep NAME)
    DAY = "day"  # a date (--date YYYY-MM-DD)
    WEEK = "week"  # the Monday of an ISO week (--week YYYY-Www)
    MONTH = "month"  # the first day of a month (--month YYYY-MM)
    # a services.owner.figures.Period, a month or an ISO week: the command line takes one of
    # --month YYYY-MM and --week YYYY-Www
    PERIOD = "period"
    SURVEY_KIND = "survey_kind"  # "satisfaction" or "relationship" (--kind KIND)


@dataclass(frozen=True)
class Parameter:
    """One field of a report's parameters that callers (the command line) must supply."""

    field: str  # the name of the parameters dataclass field it fills
    kind: ParameterKind
    required: bool = True
    help: str | None = None  # the command line's help text for it


@dataclass(frozen=True)
class Report(Generic[P]):
    """A PDF report: what it needs and how it is built (the one signature of every report)."""

    name: str  # "assessment", "visit-sheet", …
    command: tuple[str, ...]  # its command line: ("report", "assessment") or ("visit-sheet",)
    summary: str  # one line for the command line's help
    parameters_type: type[P]
    parameters: tuple[Parameter, ...]
    build: Callable[[Person, P, Translate, str], bytes]  # (who acts, parameters, …) → PDF
    # Brings what the report reads up to date first (a write, so never part of `build`).
    prepare: Callable[[Person], object] | None = None

    def make_parameters(self, values: Mapping[str, Any]) -> P:
        return self.parameters_type(**values)

    def pdf(
        self,
        actor: Person,
        parameters: P,
        translate: Translate = no_translation,
        language: str = "en",
    ) -> bytes:
        """The report as PDF bytes for the acting person, after its `prepare` step."""
        if not isinstance(parameters, self.parameters_type):
            raise TypeError(f"report {self.name!r} takes {self.parameters_type.__name__}")
        if self.prepare is not None:
            self.prepare(actor)
        with reading(translate, language):  # footers and dates in the reader's language
            return self.build(actor, parameters, translate, language)


def check_report(report: Report[Any], where: str) -> None:
    """Refuse a declaration the command line could not fill: every declared parameter must be
    a field of the parameters type, and every field without a default must be declared."""
    if not dataclasses.is_dataclass(report.parameters_type):
        raise RegistryError(f"{where}: parameters of {report.name!r} must be a dataclass")
    fields = {f.name: f for f in dataclasses.fields(report.parameters_type)}
    declared = [p.field for p in report.parameters]
    unknown = sorted(set(declared) - set(fields))
    if unknown:
        raise RegistryError(f"{where}: {report.name!r} declares unknown parameters {unknown}")
    undeclared = sorted(
        name
        for name, f in fields.items()
        if f.default is dataclasses.MISSING
        and f.default_factory is dataclasses.MISSING
        and name not in declared
    )
    if undeclared:
        raise RegistryError(
            f"{where}: {report.name!r} needs {undeclared} but declares no Parameter for them"
        )


def reports_in(package: ModuleType) -> list[Report[Any]]:
    """The REPORT of every module of `package`, in module order, checked."""
    found: list[Report[Any]] = []
    names: dict[str, str] = {}
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        report = getattr(module, "REPORT", None)
        if report is None:
            continue
        if not isinstance(report, Report):
            raise RegistryError(f"{module.__name__}.REPORT is not a Report")
        if report.name in names:
            raise RegistryError(
                f"report {report.name!r} is declared in {names[report.name]} "
                f"and in {module.__name__}"
            )
        check_report(report, module.__name__)
        names[report.name] = module.__name__
        found.append(report)
    return found


# Each report's command line → the module of desktop_crm.reports declaring it (checked
# against all_reports() by tests/reports/test_report_registry.py).
COMMANDS: dict[tuple[str, ...], str] = {
    ("report", "assessment"): "assessment_report",
    ("letter",): "complaint_letter",
    ("report", "complaints"): "complaints_report",
    ("report", "profile"): "customer_profile",
    ("report", "monthly-cards"): "monthly_cards",
    ("report", "portfolio"): "portfolio_report",
    ("report", "summary"): "summary_report",
    ("report", "survey-form"): "survey_form",
    ("visit-sheet",): "visit_sheet",
    ("week-plan",): "week_plan",
}


def reports_for(words: Sequence[str]) -> tuple[Report[Any], ...]:
    """The reports a command line beginning with `words` can reach, importing only their
    modules: `visit-sheet …` → that one report, `report portfolio …` → the portfolio,
    `report …` (no known name after it) → every report of the group; words that name no
    report → every report."""
    words = tuple(words)
    exact = [c for c in COMMANDS if words[: len(c)] == c]
    reachable = exact or [c for c in COMMANDS if words[:1] == c[:1]]
    if not reachable:
        return all_reports()
    found = []
    for command in reachable:
        module = importlib.import_module(f"{__package__}.{COMMANDS[command]}")
        report = getattr(module, "REPORT", None)
        if not isinstance(report, Report) or report.command != command:
            raise RegistryError(f"{module.__name__} does not declare the report {command}")
        check_report(report, module.__name__)  # as discovery checks it
        found.append(report)
    return tuple(found)


@lru_cache(maxsize=1)
def all_reports() -> tuple[Report[Any], ...]:
    """Every report of the program, discovered in `desktop_crm.reports`."""
    from .. import reports

    return tuple(reports_in(reports))


def find_report(name: str) -> Report[Any]:
    for report in all_reports():
        if report.name == name:
            return report
    known = ", ".join(r.name for r in all_reports())
    raise RegistryError(f"no report named {name!r} (known: {known})")
