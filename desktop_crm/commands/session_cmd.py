"""Staying signed in on this computer, for the commands that follow:

    desktop-crm sign-in --user NAME [--days N]   # the password once (DESKTOP_CRM_PASSWORD or a prompt)
    desktop-crm sign-out

After `sign-in`, commands on the same database act as NAME without a password (and without
the password's verification, a good part of a short command's time) until `sign-out`, N days
(default 30), a new password for NAME or their deactivation. The window's "Keep me signed in"
keeps the same sign-in. Only for SQLite files: a PostgreSQL server checks every sign-in's
password itself (refused, exit 2). services/people/remembered.py holds the rules.
"""

from __future__ import annotations

import argparse
import platform
from typing import Any

from . import (
    acting_name,
    database_target,
    open_or_fail,
    password_for,
    refused,
    shown_target,
)


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    from ..services.people.remembered import REMEMBER_DAYS

    sign_in = subparsers.add_parser(
        "sign-in",
        parents=[common],
        help="stay signed in on this computer: later commands need no password",
    )
    sign_in.add_argument(
        "--days",
        type=int,
        default=REMEMBER_DAYS,
        help=f"how long the sign-in is kept (1-365, default {REMEMBER_DAYS})",
    )
    sign_in.set_defaults(handler=run_sign_in)
    sign_out = subparsers.add_parser(
        "sign-out", parents=[common], help="forget this computer's sign-in for the database"
    )
    sign_out.set_defaults(handler=run_sign_out)


def run_sign_in(args: argparse.Namespace) -> int:
    from ..services.people.remembered import LONGEST_DAYS, stay_signed_in
    from ..services.people.signin import SignInRefused, sign_in

    if not 1 <= args.days <= LONGEST_DAYS:
        raise refused(f"--days: a whole number from 1 to {LONGEST_DAYS}")
    name = acting_name(args)
    if not name:
        raise refused("who signs in? name a person with --user NAME or DESKTOP_CRM_USER")
    target = database_target(args)
    ctx = open_or_fail(target)
    try:
        if ctx.is_postgres:
            raise refused(
                "a PostgreSQL server checks every sign-in's password: "
                "commands take it from DESKTOP_CRM_PASSWORD or a prompt"
            )
        try:
            person = sign_in(name, password_for(name))
        except SignInRefused as error:
            raise refused(f"cannot sign in: {error}") from None
        kept = stay_signed_in(person, target, f"{platform.node()[:60]} (command line)", args.days)
    finally:
        ctx.close()
    if not kept:
        raise refused(
            "signed in, but this computer cannot keep it (a read-only database, "
            "or a configuration folder that cannot be written)"
        )
    print(
        f"signed in as {person.name} on {shown_target(target)} for {args.days} days: "
        "commands act as them without a password until `desktop-crm sign-out`"
    )
    return 0


def run_sign_out(args: argparse.Namespace) -> int:
    from ..services.people.remembered import sign_out_here

    target = database_target(args)
    ctx = open_or_fail(target)
    try:
        name = sign_out_here(target)
    finally:
        ctx.close()
    if name is None:
        print(f"this computer kept no sign-in for {shown_target(target)}")
    else:
        print(f"signed out: {name} is no longer signed in here on {shown_target(target)}")
    return 0
