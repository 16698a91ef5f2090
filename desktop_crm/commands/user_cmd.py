"""The office's people from the command line:

    desktop-crm user add NAME --role owner|clerk|rep [--phone PHONE] [--email ADDRESS]
    desktop-crm user list
    desktop-crm user deactivate NAME [--hand-over-to NAME]
    desktop-crm user passwd NAME

The new password (add, passwd) comes from DESKTOP_CRM_NEW_PASSWORD or, in a terminal, a prompt
without echo (asked twice); DESKTOP_CRM_PASSWORD is the acting person's own (--user). An unknown
person, a taken name, a bad e-mail, an empty password or the last active owner is refused with
one line on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from . import open_for_command, parse_text, refused

PASSWORD_VARIABLE = "DESKTOP_CRM_NEW_PASSWORD"  # the new password of `add` and `passwd`
ROLE_KEYWORDS = ("owner", "clerk", "rep")


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    user = subparsers.add_parser("user", help="the office's people: add, list, deactivate")
    actions = user.add_subparsers(dest="user_action", metavar="ACTION", required=True)

    add = actions.add_parser("add", parents=[common], help="add a person with a password")
    add.add_argument("name", type=parse_text, metavar="NAME")
    add.add_argument("--role", required=True, choices=ROLE_KEYWORDS)
    add.add_argument("--phone", type=parse_text, default="")
    add.add_argument("--email", type=parse_text, default="", metavar="ADDRESS")
    add.set_defaults(handler=run_add)

    listing = actions.add_parser("list", parents=[common], help="everyone, active or not")
    listing.set_defaults(handler=run_list)

    deactivate = actions.add_parser(
        "deactivate", parents=[common], help="deactivate a person; their history stays"
    )
    deactivate.add_argument("name", type=parse_text, metavar="NAME")
    deactivate.add_argument(
        "--hand-over-to",
        type=parse_text,
        metavar="NAME",
        help="who takes over their customers and planned visits",
    )
    deactivate.set_defaults(handler=run_deactivate)

    passwd = actions.add_parser("passwd", parents=[common], help="set a person's password")
    passwd.add_argument("name", type=parse_text, metavar="NAME")
    passwd.set_defaults(handler=run_passwd)


def read_password() -> str:
    """DESKTOP_CRM_NEW_PASSWORD, else a prompt without echo, asked twice; refused (exit 2) when
    neither is possible or the two answers differ."""
    given = os.environ.get(PASSWORD_VARIABLE)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise refused(f"no password: set {PASSWORD_VARIABLE} or run in a terminal")
    first = getpass.getpass("New password: ")
    if getpass.getpass("Again: ") != first:
        raise refused("the two passwords differ; nothing changed")
    return first


def _role_value(keyword: str) -> str:
    from ..services.people.roles import role_from_keyword

    role = role_from_keyword(keyword)
    if role is None:  # argparse's choices already refuse it
        raise refused(f"unknown role {keyword!r}")
    return role.value


def run_add(args: argparse.Namespace) -> int:
    from ..services.people.manage import add_person

    role = _role_value(args.role)
    ctx = open_for_command(args)
    try:
        password = read_password()
        person = add_person(ctx.user, args.name, role, args.phone, args.email, password)
    finally:
        ctx.close()
    print(f"added {person.name} ({args.role})")
    return 0


def run_list(args: argparse.Namespace) -> int:
    """One line per person: name, role, phone, e-mail, active or inactive (tab-separated)."""
    from ..services.people.manage import list_people
    from ..services.people.roles import role_from_keyword

    ctx = open_for_command(args)
    try:
        everyone = list_people(ctx.user)
    finally:
        ctx.close()
    for person in everyone:
        role = role_from_keyword(person.role)
        keyword = role.keyword if role else person.role
        state = "active" if person.active else "inactive"
        print("\t".join((person.name, keyword, person.phone, person.email, state)))
    return 0


def run_deactivate(args: argparse.Namespace) -> int:
    from ..services.people.manage import deactivate_person
    from ..services.people.users import find_user

    ctx = open_for_command(args)
    try:
        person = find_user(ctx.user, args.name)
        if person is None:
            raise refused(f"no person named {args.name!r}")
        heir_id = None
        if args.hand_over_to is not None:
            heir = find_user(ctx.user, args.hand_over_to)
            if heir is None or not heir.active:
                raise refused(f"no active person named {args.hand_over_to!r}")
            heir_id = heir.id
        deactivate_person(ctx.user, person.id, hand_over_to=heir_id)
    finally:
        ctx.close()
    taken = f"; {args.hand_over_to} takes over" if heir_id is not None else ""
    print(f"deactivated {person.name}{taken}")
    return 0


def run_passwd(args: argparse.Namespace) -> int:
    from ..services.people.manage import set_password
    from ..services.people.users import find_user

    ctx = open_for_command(args)
    try:
        person = find_user(ctx.user, args.name)
        if person is None:
            raise refused(f"no person named {args.name!r}")
        set_password(ctx.user, person.id, read_password())
    finally:
        ctx.close()
    print(f"password set for {person.name}")
    return 0
