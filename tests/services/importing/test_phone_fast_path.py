"""The plain-mobile fast path of values.parse_phone says exactly what phonenumbers says: the
same validity, E.164 and display, for numbers over every prefix 100..199 (each 4-digit prefix
with random tails), typed in the ways people type them."""

from __future__ import annotations

import random

import phonenumbers
import pytest

from desktop_crm.services.common.errors import ValidationFailed
from desktop_crm.services.importing.values import parse_phone


def by_phonenumbers(digits: str) -> tuple[str, str] | None:
    """What phonenumbers alone makes of a CN number: (E.164, national display) or None."""
    try:
        number = phonenumbers.parse(digits, "CN")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    home = phonenumbers.region_code_for_number(number) == "CN"
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if home
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return e164, phonenumbers.format_number(number, style)


def parsed(text: str) -> tuple[str, str] | None:
    try:
        phone = parse_phone(text, "")
    except ValidationFailed:
        return None
    return phone.e164, phone.display


def eleven_digit_numbers() -> list[str]:
    rng = random.Random(9)
    numbers = []
    for prefix in range(1000, 2000):  # every 4-digit start of an 11-digit number beginning with 1
        for _ in range(12):
            numbers.append(f"{prefix}{rng.randrange(10**7):07d}")
    for prefix in range(100, 200):  # tails of all zeros and all nines at every 3-digit start
        numbers += [f"{prefix}00000000", f"{prefix}99999999"]
    return numbers


def test_every_prefix_reads_as_phonenumbers_reads_it() -> None:
    numbers = eleven_digit_numbers()
    valid = 0
    for digits in numbers:
        expected = by_phonenumbers(digits)
        assert parsed(digits) == expected, digits
        valid += expected is not None
    assert 3000 < valid < len(numbers)  # both kinds were tried: valid mobiles and invalid ones


@pytest.mark.parametrize(
    ("typed", "digits"),
    [
        ("138 0013 8000", "13800138000"),
        ("138-0013-8000", "13800138000"),
        ("１３８００１３８０００", "13800138000"),
        ("13800138000.0", "13800138000"),
        ("(199)12345678", "19912345678"),
        ("17400000000", "17400000000"),
        ("17406000000", "17406000000"),
        ("16100000000", "16100000000"),
        ("14512345678", "14512345678"),
    ],
)
def test_typed_forms_read_as_their_digits(typed: str, digits: str) -> None:
    assert parsed(typed) == by_phonenumbers(digits)


def test_an_extension_and_an_excel_number_keep_their_meaning() -> None:
    phone = parse_phone("13800138000 转 12", "")
    assert (phone.e164, phone.display, phone.extension) == (
        "+8613800138000",
        "138 0013 8000 转 12",
        "12",
    )
    assert parse_phone(13800138000.0, "").display == "138 0013 8000"
