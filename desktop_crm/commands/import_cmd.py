"""Customers, contacts or deals imported from the command line:

    desktop-crm import FILE [--mode create|upsert|update] [--dry-run] [--report ERRORS.csv|.xlsx]
                       [--encoding NAME] [--sheet NAME] [--kind customers|contacts|deals]
                       [--date-order ymd|dmy|mdy] [--lang zh_CN]

FILE is a CSV/TSV, an Excel workbook (--sheet picks a sheet; default the first with cells)
or a vCard file. What its rows are (--kind) is guessed from the header when not given, and
the columns are mapped as the wizard would: the mapping saved for this header, else the
suggested one (labels in all three languages, Google, Outlook and our own export's headers).
A date column whose values read as day/month and month/day alike is refused without
--date-order (exit 2, naming the column). --dry-run writes nothing. Prints one line: created,
updated, skipped, errors, and the --report file the failed rows went to. Exit 0 when it ran,
even with row errors; 2 for a refusal (nothing imported); the other statuses as every command.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from . import (
    EXIT_REFUSED,
    CommandFailed,
    check_output,
    command_language,
    command_translate,
    open_for_command,
    refused,
)

KINDS = ("customers", "contacts", "deals")
MODES = ("create", "upsert", "update")
REPORT_SUFFIXES = (".csv", ".xlsx")
LANGUAGES = ("zh_CN", "zh_TW", "en")


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "import",
        parents=[common],
        help="import customers, contacts or deals from CSV, Excel or vCard",
    )
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument(
        "--mode",
        choices=MODES,
        default="create",
        help="create only (default), create and update, or update only",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="say what would happen, write nothing"
    )
    parser.add_argument(
        "--report", type=Path, default=None, metavar="ERRORS.csv|.xlsx",
        help="write the rows that failed, with the column and the reason",
    )  # fmt: skip
    parser.add_argument("--encoding", default=None, metavar="NAME", help="e.g. gb18030, big5")
    parser.add_argument("--sheet", default=None, metavar="NAME", help="a workbook's sheet")
    parser.add_argument("--kind", choices=KINDS, default=None, help="what the rows are")
    parser.add_argument(
        "--date-order",
        choices=("ymd", "dmy", "mdy"),
        default=None,
        help="how to read dates like 03/05/2024",
    )
    parser.set_defaults(handler=run_import_command)


def _translators(lang: str) -> tuple[Any, ...]:
    """The command's language first (the reasons are written in it), then the others."""
    order = [lang, *(other for other in LANGUAGES if other != lang)]
    return tuple(command_translate(name) for name in order)


def run_import_command(args: argparse.Namespace) -> int:
    from ..services.importing import engine
    from ..services.importing.mapping import (
        RecordKind,
        guess_kind,
        saved_kind,
        saved_mapping,
        suggest_mapping,
    )
    from ..services.importing.sources import read_source

    source: Path = args.file
    if not source.is_file():
        raise refused(f"cannot import {source}: no such file")
    report_path: Path | None = args.report
    if report_path is not None:
        if report_path.suffix.lower() not in REPORT_SUFFIXES:
            raise refused(f"cannot write the report {report_path}: it must end in .csv or .xlsx")
        check_output(report_path)
    lang = command_language(args)
    translators = _translators(lang)
    table = _read(read_source, source, args)
    if not any(table.header):
        raise refused(f"{source} has no header row naming its columns")
    ctx = open_for_command(args)
    try:
        actor = ctx.user
        kind = (
            RecordKind(args.kind)
            if args.kind
            else saved_kind(actor, table.header) or guess_kind(table.header, translators)
        )
        mapping = saved_mapping(actor, kind, table.header) or suggest_mapping(
            kind, table.header, translators, table.rows[:200]
        )
        if not any(mapping):
            raise refused(f"no column of {source.name} matches a field of the {kind.value}")
        options = engine.ImportOptions(
            kind=kind,
            mapping=tuple(mapping),
            mode=engine.Mode(args.mode),
            date_order=args.date_order,
            file_name=source.name,
            translators=translators,
        )
        if args.date_order is None:
            ambiguous = engine.ambiguous_date_columns(table, options)
            if ambiguous:
                column = table.header[ambiguous[0]] or f"column {ambiguous[0] + 1}"
                raise refused(
                    f"the dates in “{column}” read as day/month and as month/day alike: "
                    "give --date-order dmy or mdy"
                )
        run = engine.dry_run if args.dry_run else engine.run_import
        report = run(actor, table, options)
    finally:
        ctx.close()
    written = ""
    if report_path is not None and report.errors:
        engine.write_error_file(report, table, report_path, translators[0])
        written = f"; the rows with errors are in {report_path}"
    counts = (
        f"{report.created} created, {report.updated} updated, {report.skipped} skipped, "
        f"{report.errors} errors"
    )
    what = f"dry run of {source.name} as {kind.value}" if args.dry_run else (
        f"imported {source.name} as {kind.value}"
    )  # fmt: skip
    print(f"{what}: {counts}{written}")
    return 0


def _read(read_source: Any, source: Path, args: argparse.Namespace) -> Any:
    """The file as a table; a file that is no table is refused in its own words."""
    from ..services.importing.file_errors import ImportFileError, file_error_text

    try:
        return read_source(source, encoding=args.encoding, sheet=args.sheet)
    except ImportFileError as error:
        raise CommandFailed(
            f"cannot import {source}: {file_error_text(error.errors[0])}", EXIT_REFUSED
        ) from None
