"""Entry points: `desktop-crm` (the window) and `desktop-crm <command> …` (headless work).

Each headless command lives in `desktop_crm/commands/<name>.py` with `register(subparsers,
common)` and a handler taking the parsed arguments; list the module in COMMAND_MODULES.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from . import __version__
from .i18n import LANGUAGES

COMMAND_MODULES = ["demo_cmd", "report_cmd", "visits_cmd"]


def common_options() -> argparse.ArgumentParser:
    """Options every command shares; usable before or after the command name."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--database",
        metavar="PATH|URL",
        default=argparse.SUPPRESS,
        help="SQLite file or postgresql:// URL (default: a file in the user-data folder)",
    )
    common.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help="interface language (default: the system's)",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="desktop-crm",
        parents=[common],
        description="Desktop CRM: customer file, visit planner and state analysis.",
    )
    parser.add_argument("--version", action="version", version=f"desktop-crm {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a demo database holding a realistic office (created on first use)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__package__}.commands.{name}").register(subparsers, common)
    return parser


def database_target(args: argparse.Namespace) -> str:
    """--database if given; the demo file with --demo; else the user-data default."""
    from .models.db import default_database_path

    target = getattr(args, "database", None)
    if target:
        return str(target)
    path = default_database_path()
    if getattr(args, "demo", False):
        path = path.with_name("demo.sqlite3")
    return str(path)


def fail(message: str, code: int = 2) -> int:
    print(f"desktop-crm: {message}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command:
        try:
            return int(args.handler(args) or 0)
        except KeyboardInterrupt:
            return 130
    from .ui.app import run_gui

    return run_gui(args, database_target(args))


if __name__ == "__main__":
    sys.exit(main())
