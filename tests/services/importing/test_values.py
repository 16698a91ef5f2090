"""Values as people type them (issue 11, item 3): dates, phones, amounts, text."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_crm.services.common.errors import ValidationFailed
from desktop_crm.services.common.validation import PHONE_RE
from desktop_crm.services.importing.values import (
    clean_text,
    date_order_of,
    parse_amount,
    parse_date_value,
    parse_phone,
)

MARCH_5 = dt.date(2024, 3, 5)


def _code(call: object, *args: object, **kwargs: object) -> tuple[str, str]:
    with pytest.raises(ValidationFailed) as caught:
        call(*args, **kwargs)  # type: ignore[operator]
    (error,) = caught.value.errors
    return error.field, error.code


# -- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "2024-03-05",
        "2024/3/5",
        "2024.3.5",
        "2024年3月5日",
        "2024 年 3 月 5 日",
        "２０２４年３月５日",
        "20240305",
        "2024-03-05 14:30:00",
        "2024-03-05T09:00:00Z",
        "2024/3/5 下午 3:00",
        "2024年3月5日 下午3点",
        45356,
        45356.75,
        "45356",
        "45356.0",
        MARCH_5,
        dt.datetime(2024, 3, 5, 17, 45),
    ],
)
def test_dates_as_people_type_them(typed: object) -> None:
    assert parse_date_value(typed) == MARCH_5


def test_excel_serials_around_the_leap_year_that_never_was() -> None:
    assert parse_date_value(1) == dt.date(1900, 1, 1)
    assert parse_date_value(59) == dt.date(1900, 2, 28)
    assert parse_date_value(61) == dt.date(1900, 3, 1)
    assert _code(parse_date_value, 60) == ("date", "date")  # Excel's 1900-02-29


def test_day_and_month_in_the_chosen_order() -> None:
    assert parse_date_value("05/03/2024", order="dmy") == MARCH_5
    assert parse_date_value("03/05/2024", order="mdy") == MARCH_5
    assert parse_date_value("05.03.2024", order="dmy") == MARCH_5
    # a part over 12 decides by itself
    assert parse_date_value("25/12/2024") == dt.date(2024, 12, 25)
    assert parse_date_value("12/25/2024") == dt.date(2024, 12, 25)
    assert _code(parse_date_value, "03/05/2024") == ("date", "date")  # nobody said which


def test_the_order_of_a_column() -> None:
    assert date_order_of(["2024-03-05", "2024/3/6", 45356, None]) == "ymd"
    assert date_order_of(["03/05/2024", "25/05/2024"]) == "dmy"
    assert date_order_of(["03/05/2024", "05/25/2024"]) == "mdy"
    assert date_order_of(["03/05/2024", "04/06/2024", "2024-01-01"]) is None  # ask once
    assert date_order_of(["13/05/2024", "05/13/2024"]) is None  # contradicts itself
    assert date_order_of([]) == "ymd"


@pytest.mark.parametrize(
    "bad",
    [
        "2024-02-30",
        "2024-13-01",
        "abc",
        "",
        "32/01/2024",
        0,
        -5,
        True,
        "2024-03",
        "2024",
        "202403",
        "9999999",
        float("nan"),
        10**9,
    ],
)
def test_bad_dates_are_reported_for_their_column(bad: object) -> None:
    assert _code(parse_date_value, bad, field="signed_on") == ("signed_on", "date")


# -- phones -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "13800138000",
        "138 0013 8000",
        "138-0013-8000",
        "+86 138 0013 8000",
        "+8613800138000",
        "0086 13800138000",
        "86 13800138000",
        "１３８００１３８０００",
        "＋８６ １３８－００１３－８０００",
        "13800138000.0",
        13800138000.0,
        13800138000,
        "1.3800138E+10",
    ],
)
def test_mobile_numbers_in_one_form(typed: object) -> None:
    phone = parse_phone(typed)
    assert (phone.e164, phone.display, phone.extension) == ("+8613800138000", "138 0013 8000", "")


def test_landlines_take_the_office_area_code() -> None:
    assert parse_phone("61234567", area_code="021").e164 == "+862161234567"
    assert parse_phone("6123-4567", area_code="21").display == "021 6123 4567"
    assert parse_phone("021-61234567").e164 == "+862161234567"
    assert parse_phone("(021) 6123 4567").e164 == "+862161234567"
    assert parse_phone("（０２１）６１２３４５６７").e164 == "+862161234567"
    assert parse_phone("6123456", area_code="0951").e164 == "+869516123456"
    assert _code(parse_phone, "61234567") == ("phone", "phone")  # no area code known


@pytest.mark.parametrize(
    "typed",
    ["021-61234567 转 808", "021-61234567转808", "021 6123 4567 ext. 808", "02161234567x808"],
)
def test_extensions(typed: str) -> None:
    phone = parse_phone(typed)
    assert (phone.e164, phone.extension) == ("+862161234567", "808")
    assert phone.display == "021 6123 4567 转 808"


def test_foreign_numbers_keep_their_country() -> None:
    assert parse_phone("+1 650 253 0000").display == "+1 650-253-0000"
    assert parse_phone("+852 2123 4567").e164 == "+85221234567"


def test_displayed_phones_pass_the_customer_forms_check() -> None:
    for typed in ("13800138000", "021-61234567 转 808", "+1 650 253 0000", "+852 2123 4567"):
        assert PHONE_RE.match(parse_phone(typed).display)


@pytest.mark.parametrize(
    "bad", ["12345", "abc", "", "138001380001234567890", None, True, "1380013800"]
)
def test_not_a_phone(bad: object) -> None:
    assert _code(parse_phone, bad, field="contacts.1.phone") == ("contacts.1.phone", "phone")


# -- amounts ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("1,234.50", "1234.50"),
        ("1，234", "1234.00"),
        ("１，２３４．５", "1234.50"),
        ("¥1,234.5", "1234.50"),
        ("￥88", "88.00"),
        ("88元", "88.00"),
        ("RMB 1000", "1000.00"),
        ("CNY1000", "1000.00"),
        ("12万", "120000.00"),
        ("12万元", "120000.00"),
        ("1.5亿", "150000000.00"),
        ("0.35万", "3500.00"),
        ("-1,234.50", "-1234.50"),
        ("(1,234.50)", "-1234.50"),
        ("（500）", "-500.00"),
        ("−20", "-20.00"),
        ("1.005", "1.01"),
        (".5", "0.50"),
        (1234.5, "1234.50"),
        (1234, "1234.00"),
        (Decimal("7.1"), "7.10"),
        (Decimal("1E+3"), "1000.00"),
        (1.5e-05, "0.00"),
        (-12.345, "-12.35"),
        ("99999999999999.99", "99999999999999.99"),
    ],
)
def test_amounts_as_people_type_them(typed: object, amount: str) -> None:
    parsed = parse_amount(typed)
    assert parsed == Decimal(amount) and parsed.as_tuple().exponent == -2


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "abc",
        "1,2",
        "1,23,4",
        "12.3.4",
        "NaN",
        "Infinity",
        "1e5",
        "100000000000000",
        "1万亿亿",
        None,
        True,
    ],
)
def test_bad_amounts(bad: object) -> None:
    assert _code(parse_amount, bad, field="deals.amount") == ("deals.amount", "money")


@st.composite
def _typed_amounts(draw: st.DrawFn) -> tuple[Decimal, str]:
    fen = draw(st.integers(min_value=-(10**15) + 1, max_value=10**15 - 1))
    amount = Decimal(fen) / 100
    whole, cents = divmod(abs(fen), 100)
    digits = f"{whole:,}" if draw(st.booleans()) else str(whole)
    if draw(st.booleans()):
        digits = digits.replace(",", "，")
    text = f"{digits}.{cents:02d}"
    if draw(st.booleans()):
        text = text.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789."})
    currency = draw(st.sampled_from(["", "¥", "￥", "RMB "]))
    suffix = draw(st.sampled_from(["", "元"]))
    text = f"{currency}{text}{suffix}"
    if fen < 0:
        text = draw(st.sampled_from([f"-{text}", f"({text})", f"−{text}"]))
    return amount, text


@given(_typed_amounts())
def test_an_amount_typed_any_way_reads_back(case: tuple[Decimal, str]) -> None:
    amount, text = case
    assert parse_amount(text) == amount


@given(st.integers(min_value=0, max_value=10**6), st.sampled_from(["万", "亿"]))
def test_ten_thousands_and_hundred_millions(number: int, unit: str) -> None:
    factor = 10_000 if unit == "万" else 100_000_000
    if number * factor <= 99999999999999:
        assert parse_amount(f"{number}{unit}") == Decimal(number * factor)


# -- text ---------------------------------------------------------------------------------


def test_text_is_cleaned_but_formulas_are_kept_as_typed() -> None:
    assert clean_text("  上海\u3000\u3000浦东  新区 \t") == "上海 浦东 新区"
    assert clean_text("a\u00a0b\r\nc") == "a b c"
    assert clean_text(None) == ""
    assert clean_text(" 第一行  \r\n  第二行 ", multiline=True) == "第一行\n第二行"
    for formula in ("=SUM(A1:A3)", "+86 138", "-5", "@cmd"):
        assert clean_text(f"  {formula} ") == formula
