"""How values read in every screen and report: one home for the written forms of money.

Pure rules, no database, no Qt. Amounts are read back by `validation.parse_money`, which
takes every form written here (thousands separators, the currency sign), so a shown amount
can be edited as it is shown.
"""

from __future__ import annotations

from decimal import Decimal

from .acting import rule

CURRENCY = "¥"


@rule
def money_text(amount: Decimal | int | None, *, currency: bool = True) -> str:
    """¥1,234.50 (thousands separators, two places); -¥5.00; "" for None. `currency` False
    leaves the sign out (an editor beside its own label)."""
    if amount is None:
        return ""
    value = Decimal(amount).quantize(Decimal("0.01"))
    sign = "-" if value < 0 else ""
    return f"{sign}{CURRENCY if currency else ''}{abs(value):,.2f}"
