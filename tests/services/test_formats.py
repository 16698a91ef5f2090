"""The written forms of money (services/common/formats.py): amounts with thousands separators
and the currency; chart axes whole and short, one unit per axis, by the reader's language."""

from __future__ import annotations

from decimal import Decimal

from desktop_crm.services.common.formats import money_axis_text, money_text


def test_money_text_has_separators_and_the_currency() -> None:
    assert money_text(Decimal("1234.5")) == "¥1,234.50"
    assert money_text(Decimal("-5")) == "-¥5.00"
    assert money_text(15067129) == "¥15,067,129.00"
    assert money_text(Decimal("1234.5"), currency=False) == "1,234.50"
    assert money_text(None) == ""


def test_axis_amounts_in_chinese_use_wan_and_yi() -> None:
    assert money_axis_text(0, "zh_CN", top=5_000_000) == "0"
    assert money_axis_text(5_000_000, "zh_CN", top=5_000_000) == "500万"
    assert money_axis_text(1_000_000, "zh_TW", top=5_000_000) == "100万"
    assert money_axis_text(200_000, "zh_CN") == "20万"
    assert money_axis_text(50_000, "zh_CN") == "50,000"  # below 10万: the whole number
    assert money_axis_text(150_000_000, "zh_CN") == "1.5亿"
    assert money_axis_text(50_000_000, "zh_CN", top=200_000_000) == "0.5亿"
    assert money_axis_text(Decimal("1234.56"), "zh_CN") == "1,235"  # no decimals


def test_axis_amounts_in_english_use_k_m_and_b() -> None:
    assert money_axis_text(5_000_000, "en") == "5.0M"
    assert money_axis_text(1_000_000, "en", top=5_000_000) == "1.0M"
    assert money_axis_text(200_000, "en", top=200_000) == "200K"
    assert money_axis_text(15_000, "en") == "15K"
    assert money_axis_text(5_000, "en") == "5,000"
    assert money_axis_text(1_200_000_000, "en") == "1.2B"
    assert money_axis_text(0, "en") == "0"
    assert money_axis_text(100_000_000, "en", top=500_000_000) == "100M"  # ten units or more
    assert money_axis_text(100_000_000, "zh_CN", top=500_000_000) == "1.0亿"
