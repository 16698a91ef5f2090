"""The acting person's reminders on the command line (issue 13, item 6):

    desktop-crm reminders [--date YYYY-MM-DD] [--lang zh_CN]

One line per reminder that is to do on the day (today by default), in the reminder centre's
order, tab-separated: the day it is for, the kind, the sentence (in --lang, else the
system's language), and "new" when it appeared after the centre was last seen. Done,
dismissed and snoozed ones are left out, as in the window; printing them marks nothing seen.

Exit statuses: 0 listed (also when there is nothing to do), 2 a bad --date or a refused
sign-in, 3 the database cannot be opened (commands/__init__.py lists them all).
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from . import command_language, command_translate, open_for_command, parse_day


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "reminders", parents=[common], help="list the acting person's reminders of a day"
    )
    parser.add_argument("--date", type=parse_day, default=None, metavar="YYYY-MM-DD")
    parser.set_defaults(handler=run_reminders)


def run_reminders(args: argparse.Namespace) -> int:
    from ..reports.reminder_texts import kind_label, reminder_text
    from ..services.aftersale.reminders import reminders_for

    day = args.date or dt.date.today()
    ctx = open_for_command(args)
    try:
        found = reminders_for(ctx.user, day)
    finally:
        ctx.close()
    lang = command_language(args)
    translate = command_translate(lang)
    new = translate("Reminders", "new")
    for reminder in found:
        columns = [
            reminder.due_on.isoformat(),
            kind_label(reminder.kind, translate),
            reminder_text(reminder, translate, lang),
        ]
        if reminder.new:
            columns.append(new)
        print("\t".join(columns))
    return 0
