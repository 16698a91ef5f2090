"""Values as people type them (issue 11): dates, phones, amounts and text from imported files.

Pure rules, no database: each returns the parsed value or raises
`ValidationFailed([FieldError(field, code, params)])` with the code of the kind (date, phone,
money), so an import can report the row and the column and write nothing of that row.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Literal

import phonenumbers

from ..common.acting import rule
from ..common.errors import FieldError, ValidationFailed
from ..common.validation import FIRST_DAY, LAST_DAY, parse_money

DateOrder = Literal["ymd", "dmy", "mdy"]
CENT = Decimal("0.01")

# Excel's 1900 date system: serial 1 is 1900-01-01 and serial 60 the 1900-02-29 that never was
# (Lotus 1-2-3's leap-year bug, kept by Excel); from serial 61 on, day 0 is 1899-12-30.
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_EXCEL_LAST_SERIAL = (LAST_DAY - _EXCEL_EPOCH).days

_TIME_TAIL = re.compile(r"(?:(?<=[日号])|[T\s]+(?=\D*\d{1,2}[:时点])).*$")
_YEAR_FIRST = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$")
_YEAR_LAST = re.compile(r"^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
# A serial as text has five digits (1927-05-18 .. 2173-10-14): "2024" is a year, "202403" a
# month, never a serial; a number cell may hold any serial.
_SERIAL = re.compile(r"^(\d{5})(?:\.\d+)?$")


def _fail(field: str, code: str, value: object) -> ValidationFailed:
    return ValidationFailed([FieldError(field, code, {"value": str(value)})])


def _narrow(text: str) -> str:
    """Full-width digits, letters and punctuation (１３８，（）) as their ASCII forms."""
    return unicodedata.normalize("NFKC", text)


# -- text ---------------------------------------------------------------------------------

_SPACES = re.compile(r"[^\S\n]+")  # whitespace runs except line breaks (U+3000 and NBSP too)
_ALL_SPACE = re.compile(r"\s+")


@rule
def clean_text(value: object, multiline: bool = False) -> str:
    """Strip, turn full-width and other spaces into one space, collapse runs; `multiline`
    keeps line breaks (a note). A value starting with = + - @ is kept as typed: the export
    escapes it, the import never changes it."""
    if value is None:
        return ""
    text = str(value)
    if text.isprintable() and "  " not in text:  # quick path: its only spaces are single ' '
        return text.strip()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not multiline:
        return _ALL_SPACE.sub(" ", text).strip()
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


# -- dates --------------------------------------------------------------------------------


def _excel_serial(serial: int, field: str, value: object) -> dt.date:
    if serial == 60 or not 1 <= serial <= _EXCEL_LAST_SERIAL:
        raise _fail(field, "date", value)
    if serial < 60:
        return dt.date(1899, 12, 31) + dt.timedelta(days=serial)
    return _EXCEL_EPOCH + dt.timedelta(days=serial)


def _make_date(year: int, month: int, day: int, field: str, value: object) -> dt.date:
    try:
        day_value = dt.date(year, month, day)
    except ValueError:
        raise _fail(field, "date", value) from None
    if not FIRST_DAY <= day_value <= LAST_DAY:
        raise _fail(field, "date", value)
    return day_value


def _date_text(value: object) -> str:
    text = _narrow(str(value)).strip()
    return _TIME_TAIL.sub("", text).strip() if not _SERIAL.match(text) else text


@rule
def parse_date_value(value: object, order: DateOrder | None = None, field: str = "date") -> dt.date:
    """A day as people type it: 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, 20240305, an Excel
    serial (45356, also 45356.5; as text only with five digits), a date or datetime; a time after the day is ignored.
    05/03/2024 needs `order` ("dmy" or "mdy", from `date_order_of` or the user); "date"
    otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise _fail(field, "date", value)
    if isinstance(value, int | float | Decimal):
        if value != value or value in (float("inf"), float("-inf")):  # NaN, infinity
            raise _fail(field, "date", value)
        return _excel_serial(int(value), field, value)
    text = _date_text(value)
    if match := _YEAR_FIRST.match(text) or _COMPACT.match(text):
        return _make_date(int(match[1]), int(match[2]), int(match[3]), field, value)
    if match := _YEAR_LAST.match(text):
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        chosen = order or _order_of_one(first, second)
        if chosen == "dmy":
            return _make_date(year, second, first, field, value)
        if chosen == "mdy":
            return _make_date(year, first, second, field, value)
        raise _fail(field, "date", value)
    if match := _SERIAL.match(text):
        return _excel_serial(int(match[1]), field, value)
    raise _fail(field, "date", value)


def _order_of_one(first: int, second: int) -> DateOrder | None:
    if first > 12 >= second:
        return "dmy"
    if second > 12 >= first:
        return "mdy"
    return None


@rule
def date_order_of(column_values: Iterable[object]) -> DateOrder | None:
    """Which order a column's dates are in: "ymd" when no value puts the year last, else
    "dmy" or "mdy" as the values with a part over 12 show; None only when it is genuinely
    ambiguous (every year-last value has both parts ≤ 12, or the column contradicts itself),
    so the wizard asks once."""
    seen: set[DateOrder] = set()
    year_last = False
    for value in column_values:
        if value is None or isinstance(value, dt.date | int | float | Decimal):
            continue
        match = _YEAR_LAST.match(_date_text(value))
        if not match:
            continue
        year_last = True
        if (one := _order_of_one(int(match[1]), int(match[2]))) is not None:
            seen.add(one)
    if not year_last:
        return "ymd"
    return seen.pop() if len(seen) == 1 else None


# -- phones -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Phone:
    """A phone number in one normal form: `e164` to store and match on (+8613800138000), and
    `display` as the customer form accepts it (138 0013 8000, 021 6123 4567 转 12)."""

    e164: str
    display: str
    extension: str = ""


_EXTENSION = re.compile(r"\s*(?:转|分机|ext\.?|extension|x|#)\s*(\d{1,6})\s*$", re.IGNORECASE)
_EXCEL_NUMBER = re.compile(r"^\d+\.0+$|^\d(?:\.\d+)?[eE]\+?\d+$")
_LOCAL_LANDLINE = re.compile(r"^[2-9]\d{6,7}$")


def _excel_whole(text: str) -> str:
    """13800138000.0 or 1.3800138E+10, a phone Excel read as a number, as its digits."""
    if _EXCEL_NUMBER.match(text):
        number = Decimal(text)
        if number == number.to_integral_value():
            return str(int(number))
    return text


# A plain CN mobile (11 digits, the metadata's own mobile pattern) is valid, stored as +86 and
# shown 3-4-4 (138 0013 8000), as phonenumbers would say after its parse, validation and
# formatting (tests/services/importing/test_phone_fast_path.py checks it over every prefix).
def _cn_mobile_pattern() -> re.Pattern[str]:
    metadata = phonenumbers.PhoneMetadata.metadata_for_region("CN")
    assert metadata is not None and metadata.mobile is not None
    pattern = metadata.mobile.national_number_pattern
    assert pattern is not None
    return re.compile(str(pattern))


_CN_MOBILE = _cn_mobile_pattern()
PHONE_CACHE_SIZE = 65_536


@rule
def parse_phone(
    value: object, area_code: str = "", field: str = "phone", region: str = "CN"
) -> Phone:
    """A phone as people type it, through phonenumbers: default region CN, +86 / 0086 /
    full-width digits, spaces, dashes, brackets, an extension (转 12, ext. 12, x12), and a
    number Excel read as 13800138000.0. A 7- or 8-digit landline takes the office's
    `area_code` ("021"). Raises "phone" for anything that is not a valid number.

    Each text is read once per process (an import repeats the office's numbers) and a plain
    CN mobile skips phonenumbers, which takes ~0.2 ms a number."""
    if isinstance(value, bool) or value is None:
        raise _fail(field, "phone", value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    phone = _phone_of(str(value), area_code, region)
    if phone is None:
        raise _fail(field, "phone", value)
    return phone


@functools.lru_cache(maxsize=PHONE_CACHE_SIZE)
def _phone_of(value: str, area_code: str, region: str) -> Phone | None:
    text = (value if value.isascii() else _narrow(value)).strip()  # ASCII is its own NFKC
    extension = ""
    if _DASHED_DIGITS.fullmatch(text):  # 0755-61234567: no Excel number, no extension in it
        digits = text.replace("-", "")
    else:
        text = _excel_whole(text)
        if match := _EXTENSION.search(text):
            extension, text = match[1], text[: match.start()]
        digits = _SEPARATORS.sub("", text)
    if area_code and _LOCAL_LANDLINE.match(digits):
        digits = "0" + _area_digits(area_code) + digits
    if not digits or not _DIALLED.fullmatch(digits) or len(digits) > 20:
        return None
    if region == "CN" and len(digits) == 11 and _CN_MOBILE.fullmatch(digits):
        display = f"{digits[:3]} {digits[3:7]} {digits[7:]}"
        return _phone("+86" + digits, display, extension)
    return _phone_by_phonenumbers(digits, region, extension)


_DASHED_DIGITS = re.compile(r"[0-9]+(?:-[0-9]+)*")
_SEPARATORS = re.compile(r"[\s\-()./]")
_DIALLED = re.compile(r"\+?\d+")


@functools.cache
def _area_digits(area_code: str) -> str:
    return re.sub(r"\D", "", _narrow(area_code)).lstrip("0")


def _phone_by_phonenumbers(digits: str, region: str, extension: str = "") -> Phone | None:
    try:
        number = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    home = phonenumbers.region_code_for_number(number) == region
    national, international = (
        phonenumbers.PhoneNumberFormat.NATIONAL,
        phonenumbers.PhoneNumberFormat.INTERNATIONAL,
    )
    style = national if home else international
    display = phonenumbers.format_number(number, style)
    return _phone(e164, display, extension)


def _phone(e164: str, display: str, extension: str) -> Phone:
    if extension:
        display = f"{display} 转 {extension}"
    return Phone(e164=e164, display=display, extension=extension)


# -- amounts ------------------------------------------------------------------------------


@rule
def parse_amount(value: object, field: str = "amount") -> Decimal:
    """An amount as people type it (`validation.parse_money`: 1,234.50, ¥ / 元 / RMB, 12万,
    1.5亿, (5), full-width digits) or a number cell; as a Decimal with two places. "money"
    for anything else and for an amount beyond what the column holds."""
    if isinstance(value, bool) or value is None:
        raise _fail(field, "money", value)
    if isinstance(value, float | int | Decimal):  # a number cell: 1.5e-05, Decimal("1E+3")
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        if not number.is_finite():
            raise _fail(field, "money", value)
        value = format(number, "f")
    try:
        return parse_money(str(value))
    except (ValueError, InvalidOperation):
        raise _fail(field, "money", value) from None
