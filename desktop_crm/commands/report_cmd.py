"""`desktop-crm report assessment --customer ID -o FILE.pdf` and
`desktop-crm report portfolio [--rep NAME] -o FILE.pdf`: the state-analysis PDFs, headless."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from . import open_for_command


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("report", parents=[common], help="write a PDF report")
    kinds = parser.add_subparsers(dest="report", metavar="REPORT", required=True)
    assessment = kinds.add_parser(
        "assessment", parents=[common], help="one customer's assessment report"
    )
    assessment.add_argument("--customer", type=int, required=True, metavar="ID")
    assessment.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    assessment.set_defaults(handler=run_assessment)
    portfolio = kinds.add_parser(
        "portfolio", parents=[common], help="quadrant and tier distribution per rep"
    )
    portfolio.add_argument("--rep", metavar="NAME", help="only this rep's customers")
    portfolio.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    portfolio.set_defaults(handler=run_portfolio)


def _language(args: argparse.Namespace) -> str:
    lang = getattr(args, "lang", None)
    if lang:
        return str(lang)
    from ..ui.i18n import system_language

    return system_language()


def run_assessment(args: argparse.Namespace) -> int:
    from ..cli import fail
    from ..models.core import Customer
    from ..reports.assessment_report import build_assessment_report
    from ..services.analysis.tiers import recompute_if_stale
    from ..ui.i18n import translate_function

    ctx = open_for_command(args)
    try:
        if not Customer.select().where(Customer.id == args.customer).exists():
            return fail(f"no customer with id {args.customer}")
        lang = _language(args)
        recompute_if_stale()
        build_assessment_report(args.customer, Path(args.output), translate_function(lang), lang)
    finally:
        ctx.close()
    print(args.output)
    return 0


def run_portfolio(args: argparse.Namespace) -> int:
    from ..cli import fail
    from ..reports.portfolio_report import build_portfolio_report
    from ..services.analysis.tiers import recompute_if_stale
    from ..services.people.users import find_user
    from ..ui.i18n import translate_function

    ctx = open_for_command(args)
    try:
        rep = None
        if args.rep:
            rep = find_user(args.rep)
            if rep is None:
                return fail(f"no rep named {args.rep!r}")
        lang = _language(args)
        recompute_if_stale()
        build_portfolio_report(Path(args.output), translate_function(lang), lang, rep)
    finally:
        ctx.close()
    print(args.output)
    return 0
