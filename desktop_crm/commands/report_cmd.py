"""The PDF reports on the command line, one subcommand per report of `reports.registry`:

    desktop-crm report assessment --customer ID -o FILE.pdf
    desktop-crm report portfolio [--rep NAME] -o FILE.pdf
    desktop-crm visit-sheet --rep NAME --date YYYY-MM-DD -o FILE.pdf
    desktop-crm week-plan   --rep NAME --week YYYY-Www  -o FILE.pdf
    desktop-crm report summary --month YYYY-MM | --week YYYY-Www [--rep NAME] -o FILE.pdf
    desktop-crm report survey-form --kind satisfaction|relationship [--customer ID] -o FILE.pdf
    desktop-crm report monthly-cards --month YYYY-MM -o FILE.pdf

The options come from each report's declared parameters, so a new report gets its command line
without an edit here. An unknown rep or customer, or a day outside the planner's calendar, is
refused with one line and exit 2; the exit statuses are listed in `commands/__init__.py`.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..reports.registry import Parameter, ParameterKind, Report, all_reports, reports_for
from ..services.common.acting import Person
from . import (
    check_output,
    command_language,
    command_translate,
    open_for_command,
    parse_day,
    parse_id,
    parse_month,
    parse_month_period,
    parse_text,
    parse_week,
    parse_week_period,
    refused,
    write_output,
)

# How the command line asks for each kind of parameter: (option, argparse keywords).
OPTIONS: dict[ParameterKind, tuple[str, dict[str, Any]]] = {
    ParameterKind.CUSTOMER: ("--customer", {"type": parse_id, "metavar": "ID"}),
    ParameterKind.COMPLAINT: ("--complaint", {"type": parse_id, "metavar": "ID"}),
    ParameterKind.REP: ("--rep", {"type": parse_text, "metavar": "NAME"}),
    ParameterKind.DAY: ("--date", {"type": parse_day, "metavar": "YYYY-MM-DD"}),
    ParameterKind.WEEK: ("--week", {"type": parse_week, "metavar": "YYYY-Www"}),
    ParameterKind.SURVEY_KIND: ("--kind", {"choices": ("satisfaction", "relationship")}),
    ParameterKind.MONTH: ("--month", {"type": parse_month, "metavar": "YYYY-MM"}),
}
# A period (a month or an ISO week) is one of two options: (option, argparse keywords) each.
PERIOD_OPTIONS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("--month", {"type": parse_month_period, "metavar": "YYYY-MM"}),
    ("--week", {"type": parse_week_period, "metavar": "YYYY-Www"}),
)


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add every registered report: `report <name>` or a top-level command of its own."""
    _register(subparsers, common, all_reports())


def register_command(
    subparsers: Any, common: argparse.ArgumentParser, words: Sequence[str]
) -> None:
    """Add only the reports the command line `words` can reach (one for `visit-sheet …`),
    importing no other report module."""
    _register(subparsers, common, reports_for(words))


def _register(
    subparsers: Any, common: argparse.ArgumentParser, reports: Sequence[Report[Any]]
) -> None:
    groups: dict[str, Any] = {}
    for report in reports:
        *group, name = report.command
        parent = subparsers
        if group:
            if group[0] not in groups:
                parser = subparsers.add_parser(
                    group[0], parents=[common], help="write a PDF report"
                )
                groups[group[0]] = parser.add_subparsers(
                    dest="report", metavar="REPORT", required=True
                )
            parent = groups[group[0]]
        _add_report(parent.add_parser(name, parents=[common], help=report.summary), report)


def _add_report(parser: argparse.ArgumentParser, report: Report[Any]) -> None:
    for parameter in report.parameters:
        if parameter.kind is ParameterKind.PERIOD:
            group = parser.add_mutually_exclusive_group(required=parameter.required)
            for option, keywords in PERIOD_OPTIONS:
                group.add_argument(option, dest=parameter.field, help=parameter.help, **keywords)
            continue
        option, keywords = OPTIONS[parameter.kind]
        parser.add_argument(
            option,
            dest=parameter.field,
            required=parameter.required,
            help=parameter.help,
            **keywords,
        )
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    parser.set_defaults(handler=lambda args: run_report(report, args))


def _resolve(actor: Person, parameter: Parameter, value: Any) -> Any:
    """The command line's value turned into what the report takes (a rep's name → its id)."""
    if value is None:
        return None
    if parameter.kind is ParameterKind.REP:
        from ..services.people.users import find_user

        rep = find_user(actor, value)
        if rep is None:
            raise refused(f"no rep named {value!r}")
        return int(rep.id)
    if parameter.kind is ParameterKind.COMPLAINT:
        from ..services.aftersale.complaints import complaint_exists

        if not complaint_exists(actor, value):
            raise refused(f"no complaint with id {value}")
    if parameter.kind is ParameterKind.CUSTOMER:
        from ..services.customers.queries import customer_names

        if customer_names(actor, value) is None:
            raise refused(f"no customer with id {value}")
    return value


def run_report(report: Report[Any], args: argparse.Namespace) -> int:
    """Check the output path, open the database, check the parameters, build the PDF and
    write it to --output. Failures raise CommandFailed (one line, an exit status)."""
    check_output(args.output)
    ctx = open_for_command(args)
    try:
        values = {p.field: _resolve(ctx.user, p, getattr(args, p.field)) for p in report.parameters}
        lang = command_language(args)
        data = report.pdf(ctx.user, report.make_parameters(values), command_translate(lang), lang)
    finally:
        ctx.close()
    write_output(args.output, data)
    return 0
