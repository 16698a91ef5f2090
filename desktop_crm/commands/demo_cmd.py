"""`desktop-crm demo [--database PATH]`: build the demo office and exit.

The build is all or nothing (see `demo.make_demo_office`): a new SQLite file is built aside
and moved into place, anything else is filled in one transaction, so an interrupted build
leaves nothing half-built and the next run builds it whole. This is the one command that
creates a database, and only its file: a missing folder is refused (exit 3).
"""

from __future__ import annotations

import argparse
from typing import Any

from . import database_target, open_or_fail, refused, shown_target


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "demo", parents=[common], help="create the demo office database and exit"
    )
    parser.set_defaults(handler=run, demo=True)


def run(args: argparse.Namespace) -> int:
    """Make --database (default: the demo file) a finished demo office; say what it holds."""
    from ..demo import DemoRefused, make_demo_office
    from ..services.context import default_target

    target = database_target(args)
    try:
        result = make_demo_office(
            target, open_context=open_or_fail, rebuild=target == default_target(demo=True)
        )
    except DemoRefused as error:
        raise refused(str(error)) from None
    shown = shown_target(target)
    if result.built:
        print(f"{shown}: demo office with {result.people} people and {result.customers} customers")
    else:
        print(f"{shown}: already holds the demo office; left as it is")
    return 0
