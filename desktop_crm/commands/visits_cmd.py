"""Visit planner commands: the day's visit sheet, the week plan PDF and the .ics export.

    desktop-crm visit-sheet --rep NAME --date YYYY-MM-DD -o FILE.pdf
    desktop-crm week-plan   --rep NAME --week YYYY-Www  -o FILE.pdf
    desktop-crm export-ics  --rep NAME --from DATE --to DATE -o FILE.ics

An unknown rep or a bad date prints a message on stderr and exits with 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import open_for_command


def _iso_week(text: str) -> dt.date:
    from ..services.visits.calendar import parse_iso_week

    try:
        return parse_iso_week(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO week (YYYY-Www): {text!r}") from None


def _day(text: str) -> dt.date:
    from . import parse_day

    return parse_day(text)


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    sheet = subparsers.add_parser(
        "visit-sheet", parents=[common], help="print one rep's visit sheet for a day (PDF)"
    )
    sheet.add_argument("--rep", required=True, metavar="NAME", help="the rep's name")
    sheet.add_argument("--date", required=True, type=_day, metavar="YYYY-MM-DD")
    sheet.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    sheet.set_defaults(handler=run_visit_sheet)

    week = subparsers.add_parser(
        "week-plan", parents=[common], help="print one rep's week plan and review (PDF)"
    )
    week.add_argument("--rep", required=True, metavar="NAME")
    week.add_argument("--week", required=True, type=_iso_week, metavar="YYYY-Www")
    week.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    week.set_defaults(handler=run_week_plan)

    ics = subparsers.add_parser(
        "export-ics", parents=[common], help="export a rep's planned visits as iCalendar (.ics)"
    )
    ics.add_argument("--rep", required=True, metavar="NAME")
    ics.add_argument("--from", dest="first", required=True, type=_day, metavar="YYYY-MM-DD")
    ics.add_argument("--to", dest="last", required=True, type=_day, metavar="YYYY-MM-DD")
    ics.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.ics")
    ics.set_defaults(handler=run_export_ics)


def _translate(args: argparse.Namespace) -> Callable[[str, str], str]:
    """--lang, else the system's language; the .qm is read without a QApplication."""
    from ..ui.i18n import system_language, translate_function

    lang = getattr(args, "lang", None)
    if not lang:
        try:
            lang = system_language()
        except Exception:  # noqa: BLE001 - no Qt locale: English
            lang = "en"
    return translate_function(lang)


def _with_rep(args: argparse.Namespace, work: Callable[[int], bytes]) -> int:
    from ..cli import fail
    from ..services.people.users import find_user

    ctx = open_for_command(args)
    try:
        rep = find_user(args.rep)
        if rep is None:
            return fail(f"no rep named {args.rep!r}")
        data = work(int(rep.id))
    finally:
        ctx.close()
    try:
        args.output.write_bytes(data)
    except OSError as error:
        return fail(f"cannot write {args.output}: {error.strerror}", 1)
    print(f"{args.output}: {len(data):,} bytes")
    return 0


def run_visit_sheet(args: argparse.Namespace) -> int:
    from ..reports.visit_sheet import visit_sheet_pdf

    return _with_rep(args, lambda rep: visit_sheet_pdf(rep, args.date, _translate(args)))


def run_week_plan(args: argparse.Namespace) -> int:
    from ..reports.week_plan import week_plan_pdf

    return _with_rep(args, lambda rep: week_plan_pdf(rep, args.week, _translate(args)))


def run_export_ics(args: argparse.Namespace) -> int:
    from ..cli import fail
    from ..services.visits.ics_export import export_ics

    if args.last < args.first:
        return fail(f"--to {args.last} is before --from {args.first}")
    return _with_rep(args, lambda rep: export_ics(rep, args.first, args.last))
