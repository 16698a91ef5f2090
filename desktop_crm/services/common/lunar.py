"""Lunar (农历) birthdays: reading, naming and placing them on the solar calendar, Qt-free.

A lunar birthday is a month and a day of the Chinese calendar, stored as text: "08-15"
(八月十五), or with an L for a birthday in a leap month: "L04-15" (闰四月十五). The stored form
is what the customer field `lunar_birthday` holds and what the reminders' SQL compares.

**Its solar day in a lunar year** (`solar_day`): the same month and day of that lunar year.

- A 30th in a month that has only 29 days that year falls on the 29th (腊月三十 → 除夕 on
  腊月廿九 in a year whose 12th month is short).
- Born in a leap month (闰四月): in a year with that leap month it falls in the leap month; in
  every other year (most years) in the ordinary month of that number (四月). Born in an
  ordinary month: always the ordinary month, even in a year that also has the leap month.

The conversion is the `lunar-python` package's (MIT; a leap month is its negative month
number); the program uses it for the lunar years 1900-2099, outside which a birthday has no
solar day (None). Lunar year N starts at 春节, in January or February of solar
year N, so a birthday late in the lunar year (冬月, 腊月) may fall in January of solar year N+1:
`occurrences` looks across lunar years to find every solar day in a span.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .acting import rule

if TYPE_CHECKING:  # imported where converted: reading a stored birthday needs none of it
    from lunar_python import Lunar

FIRST_YEAR, LAST_YEAR = 1900, 2099  # the lunar years converted
MONTH_NAMES = ("正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊")
_DIGITS = "〇一二三四五六七八九"
_STORED = re.compile(r"^(L?)(\d{1,2})-(\d{1,2})$")
_CHINESE = re.compile(r"^(闰?)(正|二|三|四|五|六|七|八|九|十|十一|十二|冬|腊)月(.{2})$")


@dataclass(frozen=True)
class LunarDay:
    """A lunar month (1-12) and day (1-30); `leap` for a leap month (闰月)."""

    month: int
    day: int
    leap: bool = False

    @property
    def text(self) -> str:
        """The stored form: "08-15", "L04-15"."""
        return f"{'L' if self.leap else ''}{self.month:02d}-{self.day:02d}"

    @property
    def chinese(self) -> str:
        """The name a Chinese calendar prints: 八月十五, 闰四月初一, 腊月三十."""
        return f"{'闰' if self.leap else ''}{MONTH_NAMES[self.month - 1]}月{day_name(self.day)}"


@rule
def day_name(day: int) -> str:
    """初一 … 初十, 十一 … 二十, 廿一 … 廿九, 三十."""
    if day <= 10:
        return "初" + ("十" if day == 10 else _DIGITS[day])
    if day < 20:
        return "十" + _DIGITS[day - 10]
    if day == 20:
        return "二十"
    if day < 30:
        return "廿" + _DIGITS[day - 20]
    return "三十"


_DAY_NAMES = {day_name(d): d for d in range(1, 31)}
_MONTH_NUMBERS = {**{n: i + 1 for i, n in enumerate(MONTH_NAMES)}, "十一": 11, "十二": 12}


@rule
def parse_lunar_day(text: str) -> LunarDay:
    """A lunar day as typed: "8-15", "08-15", "L4-15" or "闰4-15" (leap), "八月十五",
    "闰四月初一", "腊月三十". Raises ValueError for anything else (month 1-12, day 1-30)."""
    cleaned = re.sub(r"\s+", "", text or "").replace("閏", "闰").replace("／", "-")
    cleaned = cleaned.replace("/", "-").replace("农历", "").replace("農曆", "")
    match = _STORED.match(cleaned.replace("闰", "L", 1).upper())
    if match:
        leap, month, day = bool(match[1]), int(match[2]), int(match[3])
    else:
        named = _CHINESE.match(cleaned)
        if not named or named[3] not in _DAY_NAMES:
            raise ValueError(text)
        leap, month, day = bool(named[1]), _MONTH_NUMBERS[named[2]], _DAY_NAMES[named[3]]
    if not (1 <= month <= 12 and 1 <= day <= 30):
        raise ValueError(text)
    return LunarDay(month, day, leap)


def _month_days(year: int, month: int, leap: bool) -> int:
    """Days of one lunar month of `year` (29 or 30); 0 when the year has no such month."""
    from lunar_python import LunarMonth

    found = LunarMonth.fromYm(year, -month if leap else month)
    return int(found.getDayCount()) if found is not None else 0


@rule
def leap_month_of(year: int) -> int | None:
    """The month a lunar year repeats as its leap month, None when it has none."""
    from lunar_python import LunarYear

    found = int(LunarYear.fromYear(year).getLeapMonth())
    return found or None


@rule
def solar_day(birthday: LunarDay, lunar_year: int) -> dt.date | None:
    """The solar day of a lunar birthday in `lunar_year` (the rules of the module's text);
    None outside the lunar years 1900-2099."""
    if not FIRST_YEAR <= lunar_year <= LAST_YEAR:
        return None
    leap = birthday.leap and leap_month_of(lunar_year) == birthday.month
    day = min(birthday.day, _month_days(lunar_year, birthday.month, leap))
    from lunar_python import Lunar

    solar = Lunar.fromYmd(lunar_year, -birthday.month if leap else birthday.month, day).getSolar()
    return dt.date(int(solar.getYear()), int(solar.getMonth()), int(solar.getDay()))


@rule
def occurrences(birthday: LunarDay, first: dt.date, last: dt.date) -> list[dt.date]:
    """Every solar day in first..last (both included) that is the lunar birthday."""
    found = []
    for year in range(first.year - 1, last.year + 1):
        day = solar_day(birthday, year)
        if day is not None and first <= day <= last:
            found.append(day)
    return sorted(set(found))


@rule
def lunar_of(day: dt.date) -> LunarDay | None:
    """The lunar month and day of a solar day (None outside the converted years)."""
    lunar = _lunar(day)
    if lunar is None:
        return None
    month = int(lunar.getMonth())
    return LunarDay(abs(month), int(lunar.getDay()), month < 0)


@rule
def lunar_year_of(day: dt.date) -> int | None:
    lunar = _lunar(day)
    return None if lunar is None else int(lunar.getYear())


def _lunar(day: dt.date) -> Lunar | None:
    """The lunar date of a solar day inside the converted years (None outside)."""
    from lunar_python import Solar

    lunar = Solar.fromYmd(day.year, day.month, day.day).getLunar()
    return lunar if FIRST_YEAR <= int(lunar.getYear()) <= LAST_YEAR else None


@rule
def stored_forms_on(day: dt.date) -> frozenset[str]:
    """The stored lunar birthdays that fall on the solar `day` (the reminders' SQL compares
    the customer column with these): the day itself; a 30th when the day is the 29th of a
    29-day month; a leap-month birthday of this number when the year has no such leap month."""
    lunar, year = lunar_of(day), lunar_year_of(day)
    if lunar is None or year is None:
        return frozenset()
    days = [lunar.day]
    if lunar.day == 29 and _month_days(year, lunar.month, lunar.leap) == 29:
        days.append(30)
    forms = {LunarDay(lunar.month, d, lunar.leap).text for d in days}
    if not lunar.leap and leap_month_of(year) != lunar.month:
        forms |= {LunarDay(lunar.month, d, True).text for d in days}
    return frozenset(forms)
