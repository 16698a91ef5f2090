"""The planner's calendar export (the visit sheet and week plan are reports, see report_cmd):

    desktop-crm export-ics  --rep NAME --from DATE --to DATE -o FILE.ics

An unknown rep or a bad date prints a message on stderr and exits with 2.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from . import fail, open_for_command, parse_day


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    ics = subparsers.add_parser(
        "export-ics", parents=[common], help="export a rep's planned visits as iCalendar (.ics)"
    )
    ics.add_argument("--rep", required=True, metavar="NAME")
    ics.add_argument("--from", dest="first", required=True, type=parse_day, metavar="YYYY-MM-DD")
    ics.add_argument("--to", dest="last", required=True, type=parse_day, metavar="YYYY-MM-DD")
    ics.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.ics")
    ics.set_defaults(handler=run_export_ics)


def run_export_ics(args: argparse.Namespace) -> int:
    from ..services.people.users import find_user
    from ..services.visits.ics_export import export_ics

    if args.last < args.first:
        return fail(f"--to {args.last} is before --from {args.first}")
    ctx = open_for_command(args)
    try:
        rep = find_user(ctx.user, args.rep)
        if rep is None:
            return fail(f"no rep named {args.rep!r}")
        data = export_ics(ctx.user, int(rep.id), args.first, args.last)
    finally:
        ctx.close()
    try:
        args.output.write_bytes(data)
    except OSError as error:
        return fail(f"cannot write {args.output}: {error.strerror}", 1)
    print(f"{args.output}: {len(data):,} bytes")
    return 0
