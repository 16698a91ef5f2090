"""The shared pool (公海) from the command line:

    desktop-crm pool idle [--date YYYY-MM-DD]
    desktop-crm pool return [--date YYYY-MM-DD]

`idle` lists the customers that return to the pool within the notice days (tab-separated:
id, name, rep, last activity, returns on); `return` moves the ones idle for `pool.return_days`
days to the pool and names them, as the window does when an owner or clerk starts it (e.g.
from a nightly job on a PostgreSQL server). With the auto-return off both print nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from . import open_for_command, parse_day


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    pool = subparsers.add_parser("pool", help="the shared pool: idle customers, auto-return")
    actions = pool.add_subparsers(dest="pool_action", metavar="ACTION", required=True)
    idle = actions.add_parser("idle", parents=[common], help="customers returning to the pool soon")
    idle.add_argument("--date", type=parse_day, default=None, metavar="YYYY-MM-DD")
    idle.set_defaults(handler=run_idle)
    back = actions.add_parser(
        "return", parents=[common], help="move idle customers to the pool now"
    )
    back.add_argument("--date", type=parse_day, default=None, metavar="YYYY-MM-DD")
    back.set_defaults(handler=run_return)


def _line(customer: Any) -> str:
    return "\t".join(
        (
            str(customer.id),
            customer.name,
            customer.rep_name,
            customer.last_activity.isoformat(),
            customer.returns_on.isoformat(),
        )
    )


def run_idle(args: argparse.Namespace) -> int:
    from ..services.customers.pool import idle_customers

    ctx = open_for_command(args)
    try:
        found = idle_customers(ctx.user, args.date or dt.date.today())
    finally:
        ctx.close()
    for customer in found:
        print(_line(customer))
    return 0


def run_return(args: argparse.Namespace) -> int:
    from ..services.customers.pool import return_idle_to_pool

    ctx = open_for_command(args)
    try:
        moved = return_idle_to_pool(ctx.user, args.date or dt.date.today())
    finally:
        ctx.close()
    for customer in moved:
        print(_line(customer))
    return 0
