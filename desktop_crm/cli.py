"""Entry points: `desktop-crm` (the window) and `desktop-crm <command> …` (headless work).

Each headless command lives in a module of `desktop_crm/commands/` with `register(subparsers,
common)` and a handler taking the parsed arguments; the modules are found, not listed. A command
line naming one command imports only its module (`COMMANDS`, held equal to the found modules by
a test), and a module that defines `register_command(subparsers, common, words)` adds only what
those words reach: `desktop-crm visit-sheet …` builds neither the other commands nor the other
reports (issue 14's headless start).

Whatever goes wrong, the program says it in one line on stderr and exits with a documented
status (`commands.EXIT_*`, the README's table): argparse's complaints lose their usage lines,
Ctrl+C gives 130, and an exception nothing caught is named with its type (exit 1); the full
traceback only with DESKTOP_CRM_DEBUG=1.
"""

from __future__ import annotations

import argparse
import importlib
import io
import os
import pkgutil
import sys
import traceback
from collections.abc import Sequence
from types import ModuleType
from typing import NoReturn

from . import __version__, commands
from .commands import EXIT_INTERRUPTED, EXIT_REFUSED, database_target, explain, fail
from .i18n import LANGUAGES
from .process import without_cyclic_collector

DEBUG_VARIABLE = "DESKTOP_CRM_DEBUG"  # set to 1: a failure prints its traceback too

__all__ = ["build_parser", "command_modules", "database_target", "fail", "main"]


class CommandRegistryError(LookupError):
    """A module in `desktop_crm/commands/` does not say how to register its subcommands."""


class OneLineParser(argparse.ArgumentParser):
    """argparse, complaining in one line (the usage is one --help away); its subparsers are
    of the same class."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_REFUSED, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


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


# Each top-level command → the module of desktop_crm.commands adding it (checked against
# command_modules() by tests/test_command_registry.py).
COMMANDS: dict[str, str] = {
    "backup": "backup_cmd",
    "restore": "backup_cmd",
    "demo": "demo_cmd",
    "export": "export_cmd",
    "import": "import_cmd",
    "pool": "pool_cmd",
    "reminders": "reminders_cmd",
    "report": "report_cmd",
    "sign-in": "session_cmd",
    "sign-out": "session_cmd",
    "letter": "report_cmd",
    "visit-sheet": "report_cmd",
    "week-plan": "report_cmd",
    "user": "user_cmd",
    "export-ics": "visits_cmd",
}


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
        "--user",
        metavar="NAME",
        type=commands.parse_text,
        default=argparse.SUPPRESS,
        help="who acts (default: DESKTOP_CRM_USER); the password from DESKTOP_CRM_PASSWORD "
        "or a prompt",
    )
    common.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help="interface language (default: the system's)",
    )
    return common


def build_parser(with_commands: bool = True, words: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The whole command line; without commands for the window, which then does not pay for
    importing every command and report at start-up. `words`, the command line's words from
    its command on, narrow it to what they name (any other command line gets the whole table,
    so `--help` and a misspelt command are answered as always)."""
    common = common_options()
    parser = OneLineParser(
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
    if words and words[0] in COMMANDS:
        module = importlib.import_module(f"{commands.__name__}.{COMMANDS[words[0]]}")
        narrow = getattr(module, "register_command", None)
        if callable(narrow):
            narrow(subparsers, common, words)
        else:
            module.register(subparsers, common)
        return parser
    for module in command_modules():
        module.register(subparsers, common)
    return parser


def command_words(argv: Sequence[str]) -> list[str] | None:
    """The words of `argv` beyond the window's own options (a command and its arguments,
    --help, --version), or None when it only starts the window."""
    window_only = argparse.ArgumentParser(add_help=False, parents=[common_options()])
    window_only.add_argument("--demo", action="store_true")
    window_only.exit_on_error = False
    try:
        _known, rest = window_only.parse_known_args(list(argv))
    except argparse.ArgumentError:
        return []  # a bad value: the whole parser reports it, as always
    return rest or None


def names_a_command(argv: Sequence[str]) -> bool:
    """Whether `argv` holds more than the window's own options (a command, --help, --version)."""
    return command_words(argv) is not None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command `argv` names, or the window; returns the exit status."""
    _tolerant_output()
    try:
        return _run(list(sys.argv[1:] if argv is None else argv))
    except KeyboardInterrupt:
        return fail("interrupted", EXIT_INTERRUPTED)
    except BrokenPipeError:
        return _reader_gone()
    except Exception as error:  # noqa: BLE001 - the last resort: one line, never a traceback
        if os.environ.get(DEBUG_VARIABLE, "") not in ("", "0"):
            traceback.print_exc()
        failure = explain(error)
        return fail(failure.message, failure.code)


SHORT_LIVED = frozenset({"report_cmd"})  # commands run without the cyclic collector


def _run(argv: list[str]) -> int:
    words = command_words(argv)
    if words is None or words and COMMANDS.get(words[0]) in SHORT_LIVED:
        # A PDF command, and the window's start from its first import on (process.py).
        with without_cyclic_collector():
            return _run_words(argv, words)
    return _run_words(argv, words)


def _run_words(argv: list[str], words: list[str] | None) -> int:
    parser = build_parser(with_commands=words is not None, words=words or ())
    args = parser.parse_args(argv)
    if args.command:
        return int(args.handler(args) or 0)
    from .ui.app import run_gui

    return run_gui(args, database_target(args))


def _reader_gone() -> int:
    """The reader of our output left early (`desktop-crm reminders | head`): it has what it
    wanted, so no complaint; stdout goes to /dev/null so the exit flush fails no more."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # no real stdout to replace (a test's capture)
    return 0


def _tolerant_output() -> None:
    """Names that hold undecodable bytes (a path given on the command line) print escaped
    instead of failing after the work is done."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


if __name__ == "__main__":
    sys.exit(main())
