"""`desktop-crm demo --database PATH`: build the demo office and exit."""

from __future__ import annotations

import argparse
from typing import Any

from . import open_for_command


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "demo", parents=[common], help="create the demo office database and exit"
    )
    parser.set_defaults(handler=run, demo=True)


def run(args: argparse.Namespace) -> int:
    from ..services.demo import build_demo_office

    ctx = open_for_command(args)
    try:
        office = build_demo_office()
    finally:
        ctx.close()
    if office is None:
        print(f"{ctx.target}: already holds customers; left as it is")
    else:
        print(f"{ctx.target}: demo office with {len(office.customer_ids)} customers")
    return 0
