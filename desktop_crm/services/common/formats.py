"""How values read in every screen and report: one home for the written forms of money.

Pure rules, no database, no Qt. Amounts are read back by `validation.parse_money`, which
takes every form written here (thousands separators, the currency sign), so a shown amount
can be edited as it is shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from ...i18n import QT_TRANSLATE_NOOP, fill_args
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


_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@rule
def date_text(day: dt.date | None, language: str = "en") -> str:
    """A date as its reader writes it: 2026年12月2日 in Chinese (both scripts), 2 Dec 2026
    in English; "" for None. Every report and the timeline print dates through this."""
    if day is None:
        return ""
    if isinstance(day, dt.datetime):
        day = day.date()
    if language.startswith("zh"):
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


@rule
def date_time_text(moment: dt.datetime, language: str = "en") -> str:
    """A date and a time (local clock as given): 2026年12月2日 14:05 / 2 Dec 2026 14:05."""
    return f"{date_text(moment.date(), language)} {moment:%H:%M}"


# "2026-W49" in English, "2026年第49周" in Chinese: the translators write the order.
WEEK_TEMPLATE = QT_TRANSLATE_NOOP("Formats", "%1-W%2")


@rule
def week_text(day: dt.date, translate: Callable[[str, str], str]) -> str:
    """The ISO week holding `day`, in the reader's language (`translate(context, text)`:
    QCoreApplication.translate in the window, a report's own translate function)."""
    year, week, _ = day.isocalendar()
    return fill_args(translate("Formats", WEEK_TEMPLATE), year, f"{week:02d}")


MONTH_TEMPLATE = QT_TRANSLATE_NOOP("Formats", "%1-%2")  # 2026-12; 2026年12月


@rule
def month_text(year: int, month: int, translate: Callable[[str, str], str]) -> str:
    """A month in the reader's language (see `week_text`)."""
    return fill_args(translate("Formats", MONTH_TEMPLATE), year, f"{month:02d}")


@rule
def money_axis_text(value: Decimal | float | int, language: str = "en", *, top: float = 0) -> str:
    """A chart axis's amount, whole and short: the unit is chosen by `top` (the axis's upper
    end; the value itself when larger), so every label of one axis has the same unit, with
    one decimal while fewer than ten units reach the top. Chinese (both scripts): 5,000 / 20万
    / 500万 / 1.5亿 (万 from 10万 on, 亿 from 1亿); English: 5,000 / 20K / 5.0M / 500M / 1.2B
    (K from 10K on, M from 1M, B from 1B). Zero is 0."""
    amount = float(value)
    scale = max(abs(amount), abs(float(top)))
    if language.startswith("zh"):
        units: tuple[tuple[float, float, str], ...] = ((1e8, 1e8, "亿"), (1e5, 1e4, "万"))
    else:
        units = ((1e9, 1e9, "B"), (1e6, 1e6, "M"), (1e4, 1e3, "K"))
    if amount == 0:
        return "0"
    for threshold, size, unit in units:
        if scale >= threshold:
            places = 1 if scale / size < 10 else 0
            return f"{amount / size:,.{places}f}{unit}"
    return f"{amount:,.0f}"
