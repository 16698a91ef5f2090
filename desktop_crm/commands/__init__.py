"""Headless subcommands of `desktop-crm`: every module here with a `register(subparsers,
common)` adds its subcommands (found by `cli.command_modules`, never listed by hand).

This package is the command line's own home for what its commands share: opening the database
named on the command line, the language, argument types and the failure message. It reaches
the tables through services and never imports the UI.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable

from ..services.context import AppContext, open_context


def database_target(args: argparse.Namespace) -> str:
    """--database if given; the demo file with --demo; else the user-data default."""
    from ..services.context import default_target

    target = getattr(args, "database", None)
    return str(target) if target else default_target(bool(getattr(args, "demo", False)))


def open_for_command(args: argparse.Namespace) -> AppContext:
    return open_context(database_target(args))


def fail(message: str, code: int = 2) -> int:
    """Print `message` as the program's complaint on stderr; returns the exit status."""
    print(f"desktop-crm: {message}", file=sys.stderr)
    return code


def command_language(args: argparse.Namespace) -> str:
    """--lang, else the system's language (English when Qt cannot tell)."""
    from ..translator import system_language

    lang = getattr(args, "lang", None)
    if lang:
        return str(lang)
    try:
        return system_language()
    except Exception:  # noqa: BLE001 - no Qt locale: English
        return "en"


def command_translate(lang: str) -> Callable[[str, str], str]:
    """The translate(context, text) of `lang`; the .qm is read without a QApplication."""
    from ..translator import translate_function

    return translate_function(lang)


def parse_day(text: str) -> dt.date:
    """A YYYY-MM-DD argument, or argparse's clear error."""
    from ..services.common.validation import parse_date

    try:
        return parse_date(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def parse_week(text: str) -> dt.date:
    """A YYYY-Www argument (its Monday), or argparse's clear error."""
    from ..services.visits.calendar import parse_iso_week

    try:
        return parse_iso_week(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO week (YYYY-Www): {text!r}") from None
