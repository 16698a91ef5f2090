"""A create-import passes the values RowReader cleaned through clean_value straight on
(customer_plan.CustomerPlanner.cleaned_by_reader): cleaning such a value again with the same
field description gives it back unchanged, for every field of those kinds and the ways
people type them."""

from __future__ import annotations

import random

from desktop_crm.models.customer_fields import CUSTOMER_FIELDS
from desktop_crm.services.common.validation import clean_value
from desktop_crm.services.importing.mapping import RecordKind
from desktop_crm.services.importing.rows import CLEANED_KINDS, RowReader

TYPED = [
    "深圳市华兴机械有限公司",
    "  两边有空格  ",
    "中间  两个空格",
    "全角\u3000空格",
    "tab\there",
    "line\nbreak\r\nand\rmore",
    "=SUM(A1)",
    "'=escaped",
    "a@b.cn",
    " Mixed.Case@Example.COM ",
    "not an email",
    "42",
    "０４２",
    "42.0",
    "201",
    "03-31",
    "3/5",
    "3月5日",
    "2024-03-05",
    "x" * 5000,
    "\x00nul",
    "控制\x07字符",
]


def random_text(rng: random.Random) -> str:
    alphabet = "张伟 公司\u3000\t\n\r-0123456789.@/月日ａＢ'=+"
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))


def test_cleaned_values_clean_to_themselves() -> None:
    specs = [spec for spec in CUSTOMER_FIELDS if spec.kind in CLEANED_KINDS]
    assert {spec.kind for spec in specs} == set(CLEANED_KINDS)  # every kind is tried
    mapping = [spec.name for spec in specs]
    rng = random.Random(5)
    samples = TYPED + [random_text(rng) for _ in range(400)]
    rows = [[sample] * len(specs) for sample in samples]
    reader = RowReader(
        RecordKind.CUSTOMERS,
        mapping,
        mapping,
        rows,
        date_order=None,
        translators=(),
        area_code="0755",
        reps={},
    )
    assert set(reader.cleaned) == set(mapping)
    read = 0
    for row in rows:
        values, _problems = reader.read(row)
        for key, value in values.items():
            assert clean_value(reader.cleaned[key], value) == (value, None), (key, value)
            read += 1
    assert read > 1000
