"""The planner's calendar export (the visit sheet and week plan are reports, see report_cmd):

    desktop-crm export-ics  --rep NAME --from DATE --to DATE -o FILE.ics

An unknown rep or a bad date (or one outside the planner's calendar) is refused with one line
on stderr and exit 2.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from . import check_output, open_for_command, parse_day, parse_text, refused, write_output


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    ics = subparsers.add_parser(
        "export-ics", parents=[common], help="export a rep's planned visits as iCalendar (.ics)"
    )
    ics.add_argument("--rep", required=True, type=parse_text, metavar="NAME")
    ics.add_argument("--from", dest="first", required=True, type=parse_day, metavar="YYYY-MM-DD")
    ics.add_argument("--to", dest="last", required=True, type=parse_day, metavar="YYYY-MM-DD")
    ics.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.ics")
    ics.set_defaults(handler=run_export_ics)


def run_export_ics(args: argparse.Namespace) -> int:
    """Write the rep's planned (and cancelled) visits of --from..--to to --output."""
    from ..services.people.users import find_user
    from ..services.visits.ics_export import export_ics

    if args.last < args.first:
        raise refused(f"--to {args.last} is before --from {args.first}")
    check_output(args.output)
    ctx = open_for_command(args)
    try:
        rep = find_user(ctx.user, args.rep)
        if rep is None:
            raise refused(f"no rep named {args.rep!r}")
        data = export_ics(ctx.user, int(rep.id), args.first, args.last)
    finally:
        ctx.close()
    write_output(args.output, data)
    return 0
