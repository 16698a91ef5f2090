"""Parse and check typed values against a field description. Pure functions, no database."""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Collection
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from ...models.customer_fields import FieldSpec, Kind
from .errors import FieldError
from .lunar import parse_lunar_day

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_RE = re.compile(r"^\+?[0-9()\-\s./]{3,40}(\s*(ext|转|x)\s*[0-9]{1,6})?$", re.IGNORECASE)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MONTHDAY_RE = re.compile(r"^(\d{1,2})-(\d{1,2})$")
MAX_MONEY = Decimal("99999999999999.99")  # in whole fen, far inside a 64-bit column
# The days a stored date may fall on: each has a day before and a year after that Python's
# dates still hold (9999-12-31 is their last). The planner's own calendar is narrower
# (services/visits/queries.py: FIRST_PLANNER_DAY..LAST_PLANNER_DAY); visit checks use it.
FIRST_DAY = dt.date(1000, 1, 1)
LAST_DAY = dt.date(9997, 12, 31)
MAX_INT = 2**63 - 1  # a 64-bit integer column


def parse_date(text: str) -> dt.date:
    """YYYY-MM-DD (also YYYY/MM/DD and YYYY.MM.DD); raises ValueError for 2025-02-30 etc."""
    cleaned = text.strip().replace("/", "-").replace(".", "-")
    parts = cleaned.split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        raise ValueError(text)
    return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))


_CURRENCY = re.compile(r"人民币|RMB|CNY|[¥元圆]", re.IGNORECASE)
_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d*)?$")
_PLAIN = re.compile(r"^(?:\d+(?:\.\d*)?|\.\d+)$")
_UNITS = {"万": Decimal(10_000), "亿": Decimal(100_000_000)}
CENT = Decimal("0.01")


def parse_money(text: str) -> Decimal:
    """An amount as people type it, in the form and in imports alike: 1,234.50 and 1，234,
    ¥ / ￥ / 元 / RMB / CNY, 12万 and 1.5亿, negative as -5 or (5), full-width digits; as a
    Decimal with two places (rounded half up, as the fen column stores it). ValueError for
    anything else and for an amount beyond what the column holds."""
    cleaned = unicodedata.normalize("NFKC", text).replace("\u2212", "-")
    cleaned = re.sub(r"\s+", "", _CURRENCY.sub("", cleaned))
    negative = False
    if len(cleaned) > 2 and cleaned[0] == "(" and cleaned[-1] == ")":
        negative, cleaned = True, cleaned[1:-1]
    if cleaned[:1] in "-+" and cleaned:
        negative, cleaned = negative != (cleaned[0] == "-"), cleaned[1:]
    unit = Decimal(1)
    while cleaned and cleaned[-1] in _UNITS:
        unit *= _UNITS[cleaned[-1]]
        cleaned = cleaned[:-1]
    if "," in cleaned:
        if not _GROUPED.match(cleaned):
            raise ValueError(text)
        cleaned = cleaned.replace(",", "")
    if not _PLAIN.match(cleaned):
        raise ValueError(text)
    try:
        amount = (Decimal(cleaned) * unit).quantize(CENT, ROUND_HALF_UP)
    except InvalidOperation:
        raise ValueError(text) from None
    if amount > MAX_MONEY:
        raise ValueError(text)
    return -amount if negative and amount else amount


_SURROGATE_RE = re.compile(r"[\ud800-\udfff]")


def check_text(name: str, text: object, limit: int, multiline: bool) -> FieldError | None:
    """Not text, too long, a lone surrogate (it cannot be stored as UTF-8) or a control
    character (a NUL byte breaks PostgreSQL text) give the field's error; else None."""
    if not isinstance(text, str):
        return FieldError(name, "type", {"value": type(text).__name__})
    if text.isprintable():  # no surrogate (Cs) nor control character (Cc) in it: quick path
        if len(text) > limit:
            return FieldError(name, "too_long", {"limit": limit, "length": len(text)})
        return None
    if _SURROGATE_RE.search(text):
        return FieldError(name, "encoding")
    if len(text) > limit:
        return FieldError(name, "too_long", {"limit": limit, "length": len(text)})
    probe = text if multiline else text.replace("\n", "\x01").replace("\r", "\x01")
    if _CONTROL_RE.search(probe) or ("\x00" in text):
        return FieldError(name, "control_char")
    return None


MAX_ID = MAX_INT  # the largest key either backend stores


def shown(value: object) -> str:
    """A short text of any value for an error's params: never raises (str() refuses an int
    of 4,300 digits), at most 80 characters."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 10**40:
        return "…" + ("-" if value < 0 else "") + "a number of over 40 digits"
    try:
        text = repr(value)
    except Exception:  # noqa: BLE001 - a value whose repr fails is still shown by its type
        return type(value).__name__
    return text if len(text) <= 80 else text[:79] + "…"


def check_id(name: str, value: object, *, required: bool = True) -> FieldError | None:
    """A row id as services take it: an int (not a bool) of 1..2^63-1, or None when optional.
    Whether the row exists is the caller's check."""
    if value is None:
        return FieldError(name, "required") if required else None
    if isinstance(value, bool) or not isinstance(value, int):
        return FieldError(name, "type", {"value": type(value).__name__})
    if not 1 <= value <= MAX_ID:
        return FieldError(name, "not_found", {"value": value})
    return None


Span = tuple[dt.date, dt.date]  # the first and the last day allowed
DAYS: Span = (FIRST_DAY, LAST_DAY)


def check_day(
    name: str, value: object, *, required: bool = True, span: Span = DAYS
) -> FieldError | None:
    """A calendar day: a `datetime.date` (not a datetime, not text) within `span`."""
    if value is None:
        return FieldError(name, "required") if required else None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        return FieldError(name, "type", {"value": type(value).__name__})
    return _day_range(name, value, span)


def check_moment(
    name: str, value: object, *, required: bool = True, span: Span = DAYS
) -> FieldError | None:
    """A wall-clock time: a `datetime.datetime` on a day within `span`."""
    if value is None:
        return FieldError(name, "required") if required else None
    if not isinstance(value, dt.datetime):
        return FieldError(name, "type", {"value": type(value).__name__})
    return _day_range(name, value.date(), span)


def _day_range(name: str, day: dt.date, span: Span = DAYS) -> FieldError | None:
    first, last = span
    if not first <= day <= last:
        params = {"value": day.isoformat(), "low": first.isoformat(), "high": last.isoformat()}
        return FieldError(name, "range", params)
    return None


def check_int(
    name: str, value: object, low: int, high: int, *, required: bool = True
) -> FieldError | None:
    """A whole number (an int, not a bool, not text) from `low` to `high`."""
    if value is None:
        return FieldError(name, "required") if required else None
    if isinstance(value, bool) or not isinstance(value, int):
        return FieldError(name, "type", {"value": type(value).__name__})
    if not low <= value <= high:
        return FieldError(name, "range", {"value": value, "low": low, "high": high})
    return None


def check_number(name: str, value: object, low: float, high: float) -> FieldError | None:
    """A finite number (an int or a float, not a bool, not text) from `low` to `high`."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return FieldError(name, "type", {"value": type(value).__name__})
    if isinstance(value, int) and abs(value) > MAX_INT:  # float(10**400) would overflow
        return FieldError(name, "range", {"value": shown(value), "low": low, "high": high})
    if not math.isfinite(value):
        return FieldError(name, "number", {"value": shown(value)})
    if not low <= value <= high:
        return FieldError(name, "range", {"value": shown(value), "low": low, "high": high})
    return None


def check_version(name: str, value: object) -> FieldError | None:
    """The version a write read: None (a new row) or an int (not a bool) of 0..2^63-1."""
    if value is None:
        return None
    return check_int(name, value, 0, MAX_INT)


def check_flag(name: str, value: object) -> FieldError | None:
    """A yes/no argument: a bool, nothing else (1, "yes" and None are refused)."""
    if not isinstance(value, bool):
        return FieldError(name, "type", {"value": type(value).__name__})
    return None


def check_choice(
    name: str, value: object, choices: Collection[str], *, required: bool = True
) -> FieldError | None:
    """One of `choices` as text; "" is allowed when the value is not required."""
    if not isinstance(value, str):
        return FieldError(name, "type", {"value": type(value).__name__})
    if value == "" and not required:
        return None
    if value not in choices:
        error = check_text(name, value, 200, False)  # say "encoding" for a lone surrogate
        return error or FieldError(name, "choice", {"value": value})
    return None


def check_typed_text(
    name: str, value: object, limit: int, multiline: bool, *, required: bool = False
) -> FieldError | None:
    """Text as a service stores it (stripped): a str within `limit`, without lone surrogates
    or control characters; `required` refuses one that is blank."""
    if not isinstance(value, str):
        return FieldError(name, "type", {"value": type(value).__name__})
    error = check_text(name, value.strip(), limit, multiline)
    if error is None and required and not value.strip():
        return FieldError(name, "required")
    return error


def check_ids(name: str, values: object) -> tuple[list[int], list[FieldError]]:
    """A list (tuple, set) of row ids, each checked as `check_id` does ("name.N" for the Nth);
    returns the ids in order without repeats, and the errors."""
    if isinstance(values, (str, bytes, dict)) or not isinstance(
        values, (list, tuple, set, frozenset)
    ):
        return [], [FieldError(name, "type", {"value": type(values).__name__})]
    ids: dict[int, None] = {}  # ordered, without repeats
    errors: list[FieldError] = []
    for index, value in enumerate(values):
        error = check_id(f"{name}.{index}", value)
        if error is not None:
            errors.append(error)
        elif isinstance(value, int):
            ids[value] = None
    return list(ids), errors


def clean_value(spec: FieldSpec, raw: Any, key: str | None = None) -> tuple[Any, FieldError | None]:
    """Turn what was typed into the stored value, or say what is wrong with it.

    Text is stored exactly as typed except for leading/trailing whitespace; empty optional
    values become "" (text) or None (dates, numbers).
    """
    name = key or spec.name
    if spec.kind == Kind.BOOL:
        if isinstance(raw, bool):
            return raw, None
        if raw is not None and not isinstance(raw, (str, int)):
            return None, FieldError(name, "type", {"value": type(raw).__name__})
        text = str(raw or "").strip().lower()
        if _SURROGATE_RE.search(text):
            return None, FieldError(name, "encoding")
        return text in {"1", "true", "yes", "y", "是", "x", "✓"}, None
    if raw is None:
        text = ""
    elif isinstance(raw, str):
        text = raw
    elif isinstance(raw, _TYPED.get(spec.kind, ())) and not isinstance(raw, bool):
        if isinstance(raw, dt.datetime):
            return None, FieldError(name, "type", {"value": "datetime"})
        if isinstance(raw, int) and abs(raw) > MAX_INT:  # str() refuses 4,300+ digits
            return None, FieldError(name, spec.kind.value, {"value": "…"})
        text = raw.isoformat() if isinstance(raw, dt.date) else str(raw)
    else:  # a list, bytes, a float for money… would be stored as its repr: refuse it
        return None, FieldError(name, "type", {"value": type(raw).__name__})
    multiline = spec.kind == Kind.LONGTEXT
    text = text.strip()
    error = check_text(name, text, spec.limit, multiline)
    if error:
        return None, error
    if not text:
        if spec.required:
            return None, FieldError(name, "required")
        empty: Any = "" if spec.kind in _TEXT_KINDS else None
        return empty, None
    try:
        value = _parse(spec, text)
    except (ValueError, ArithmeticError):  # ArithmeticError: every decimal signal
        return None, FieldError(name, spec.kind.value, {"value": text})
    if isinstance(value, dt.date):
        return (None, error) if (error := _day_range(name, value)) else (value, None)
    return value, None


_TEXT_KINDS = {
    Kind.TEXT, Kind.LONGTEXT, Kind.PHONE, Kind.EMAIL, Kind.CHOICE, Kind.MONTHDAY, Kind.LUNARDAY
}  # fmt: skip
# Besides text, the values a service accepts for each kind (exact types, no floats for money).
_TYPED: dict[Kind, tuple[type, ...]] = {
    Kind.DATE: (dt.date,),
    Kind.MONEY: (Decimal, int),
    Kind.INTEGER: (int,),
}


_AS_TYPED = frozenset({Kind.TEXT, Kind.LONGTEXT})


def _parse(spec: FieldSpec, text: str) -> Any:
    kind = spec.kind
    if kind in _AS_TYPED:  # the most common, first: one line or several, stored as typed
        return text
    if kind == Kind.EMAIL:
        if not EMAIL_RE.match(text):
            raise ValueError(text)
        return text
    if kind == Kind.PHONE:
        if not PHONE_RE.match(text) or sum(c.isdigit() for c in text) < 3:
            raise ValueError(text)
        return text
    if kind == Kind.DATE:
        return parse_date(text)
    if kind == Kind.MONTHDAY:
        match = MONTHDAY_RE.match(text)
        if not match:
            raise ValueError(text)
        month, day = int(match[1]), int(match[2])
        dt.date(2000, month, day)  # 2000 is a leap year: 02-29 is allowed
        return f"{month:02d}-{day:02d}"
    if kind == Kind.LUNARDAY:
        return parse_lunar_day(text).text  # "闰四月十五" → "L04-15"
    if kind == Kind.MONEY:
        return parse_money(text)
    if kind == Kind.INTEGER:
        value = int(text)
        if not 0 <= value <= 200:
            raise ValueError(text)
        return value
    if kind == Kind.CHOICE:
        values = {c.value for c in spec.choices}
        if text in values:
            return text
        for choice in spec.choices:  # accept the label too (imports, typing)
            if text.lower() == choice.label.lower():
                return choice.value
        raise ValueError(text)
    return text
