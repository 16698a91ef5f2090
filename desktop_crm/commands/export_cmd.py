"""The customer file exported from the command line:

    desktop-crm export -o FILE.csv|.xlsx|.vcf [--filter TEXT] [--encoding utf-8-sig|gb18030]
                       [--vcard-version 3.0|2.1] [--lang zh_CN]

Without --filter it exports everything (the owner's only: anyone else is refused, exit 2);
with --filter TEXT the customers the list shows for that search, as the acting person sees
them (`--filter ""`: the whole list a rep sees). A CSV comes with FILE-contacts.csv and
FILE-deals.csv beside it. Headers are in --lang (default: the system's). Prints one line:
the counts and the file; an unknown extension is refused (exit 2) before anything is opened.
The layout is described in services/customers/export.py.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from . import (
    check_output,
    command_language,
    command_translate,
    open_for_command,
    parse_text,
    refused,
)


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "export", parents=[common], help="export customers, contacts and deals (CSV, .xlsx, vCard)"
    )
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.csv|.xlsx|.vcf")
    parser.add_argument(
        "--filter",
        type=parse_text,
        default=None,
        metavar="TEXT",
        help="only the customers the list finds for TEXT (default: everything, owner only)",
    )
    parser.add_argument("--encoding", choices=("utf-8-sig", "gb18030"), default="utf-8-sig")
    parser.add_argument("--vcard-version", choices=("3.0", "2.1"), default="3.0")
    parser.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace) -> int:
    from ..services.customers.drafts import CustomerFilter
    from ..services.customers.export import export_customers, format_of

    target: Path = args.output
    fmt = format_of(target)
    if fmt is None:
        raise refused(f"cannot export to {target}: the name must end in .csv, .xlsx or .vcf")
    check_output(target)
    flt = None if args.filter is None else CustomerFilter(text=args.filter)
    ctx = open_for_command(args)
    try:
        summary = export_customers(
            ctx.user,
            flt,
            fmt,
            target,
            translate=command_translate(command_language(args)),
            encoding=args.encoding,
            vcard_version=args.vcard_version,
        )
    finally:
        ctx.close()
    files = ", ".join(str(path) for path in summary.files)
    print(
        f"exported {summary.customers} customers, {summary.contacts} contacts, "
        f"{summary.deals} deals to {files}"
    )
    return 0
