"""Headless subcommands of `desktop-crm`, one module each (see cli.COMMAND_MODULES)."""

from __future__ import annotations

import argparse
import datetime as dt

from ..services.context import AppContext, open_context


def open_for_command(args: argparse.Namespace) -> AppContext:
    from ..cli import database_target

    return open_context(database_target(args))


def parse_day(text: str) -> dt.date:
    """A YYYY-MM-DD argument, or argparse's clear error."""
    from ..services.common.validation import parse_date

    try:
        return parse_date(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None
