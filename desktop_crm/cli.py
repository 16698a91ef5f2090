"""Entry points: `desktop-crm` (the window) and `desktop-crm <command> …` (headless work).

Each headless command lives in a module of `desktop_crm/commands/` with `register(subparsers,
common)` and a handler taking the parsed arguments; the modules are found, not listed.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence
from types import ModuleType

from . import __version__, commands
from .commands import database_target, fail
from .i18n import LANGUAGES

__all__ = ["build_parser", "command_modules", "database_target", "fail", "main"]


class CommandRegistryError(LookupError):
    """A module in `desktop_crm/commands/` does not say how to register its subcommands."""


def command_modules(package: ModuleType = commands) -> list[ModuleType]:
    """Every module of the commands package, in name order; each must define `register`."""
    modules = []
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        if not callable(getattr(module, "register", None)):
            raise CommandRegistryError(
                f"{module.__name__} defines no register(subparsers, common): "
                "its subcommands would never reach the command line"
            )
        modules.append(module)
    return modules


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


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without commands for the window, which then does not pay for
    importing every command and report at start-up."""
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
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules():
        module.register(subparsers, common)
    return parser


def names_a_command(argv: Sequence[str]) -> bool:
    """Whether `argv` holds more than the window's own options (a command, --help, --version)."""
    window_only = argparse.ArgumentParser(add_help=False, parents=[common_options()])
    window_only.add_argument("--demo", action="store_true")
    window_only.exit_on_error = False
    try:
        _known, rest = window_only.parse_known_args(list(argv))
    except argparse.ArgumentError:
        return True  # a bad value: the whole parser reports it, as always
    return bool(rest)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(with_commands=names_a_command(argv))
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
