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
    from ..demo import build_demo_office
    from ..services.customers.drafts import CustomerFilter
    from ..services.customers.queries import count_customers
    from ..services.people.users import count_people

    ctx = open_for_command(args)
    try:
        office = build_demo_office()
        users = count_people(ctx.user)
        customers = count_customers(ctx.user, CustomerFilter()) + count_customers(
            ctx.user, CustomerFilter(in_trash=True)
        )
    finally:
        ctx.close()
    if office is None:
        print(f"{ctx.target}: already holds customers; left as it is")
    else:
        print(f"{ctx.target}: demo office with {users} people and {customers} customers")
    return 0
