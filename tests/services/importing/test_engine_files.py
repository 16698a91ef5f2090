"""Files an office really has, end to end (issue 11, items 2 and 8): each file is written by
the test in its encoding, read from disk by `sources.read_source`, mapped by
`mapping.suggest_mapping` and imported by `run_import`; the stored customers hold exactly the
Chinese text the test wrote."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from desktop_crm.models.core import Customer
from desktop_crm.services.context import AppContext
from desktop_crm.services.importing.engine import ImportOptions, run_import
from desktop_crm.services.importing.mapping import RecordKind, suggest_mapping
from desktop_crm.services.importing.sources import read_source

SIMPLIFIED = [
    ("张伟", "深圳市华强电子有限公司", "13800138000", "138 0013 8000"),
    ("欧阳娜娜", "广州白云五金厂", "13912345678", "139 1234 5678"),
]
TRADITIONAL = [
    ("陳美玲", "臺北大同電器股份有限公司", "13712345678", "137 1234 5678"),
    ("黃志強", "高雄港務貨運行", "13612345678", "136 1234 5678"),
]


def _csv(rows: list[tuple[str, str, str, str]], header: str) -> str:
    lines = [header] + [f"{name},{company},{phone}" for name, company, phone, _ in rows]
    return "\r\n".join(lines) + "\r\n"


def _import(ctx: AppContext, path: Path) -> list[tuple[str, str, str]]:
    table = read_source(path)
    mapping = suggest_mapping(RecordKind.CUSTOMERS, table.header, rows=table.rows[:20])
    assert {"name", "company"} <= set(mapping) and {"phone", "mobile"} & set(mapping), mapping
    report = run_import(
        ctx.user,
        table,
        ImportOptions(kind=RecordKind.CUSTOMERS, mapping=mapping, file_name=path.name),
    )
    assert (report.created, report.errors) == (len(table.rows), 0), report.results
    return [
        (c.name, c.company, c.phone or c.mobile) for c in Customer.select().order_by(Customer.id)
    ]


@pytest.mark.parametrize(
    ("suffix", "rows", "header", "encode"),
    [
        ("gbk", SIMPLIFIED, "姓名,公司,电话", lambda text: text.encode("gbk")),
        ("big5", TRADITIONAL, "姓名,公司,電話", lambda text: text.encode("big5")),
        ("utf16le", SIMPLIFIED, "姓名,公司,手机", lambda text: text.encode("utf-16-le")),
        (
            "utf16be-bom",
            TRADITIONAL,
            "姓名,公司,手機",
            lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
        ),
    ],
)
def test_a_csv_in_each_encoding_stores_the_text_written(
    ctx: AppContext, tmp_path: Path, suffix: str, rows: list, header: str, encode: object
) -> None:
    path = tmp_path / f"客户-{suffix}.csv"
    data = encode(_csv(rows, header))  # type: ignore[operator]
    assert isinstance(data, bytes)
    if suffix == "utf16le":
        assert not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    path.write_bytes(data)
    assert _import(ctx, path) == [(name, company, shown) for name, company, _, shown in rows]


def _quoted_printable(text: str, charset: str = "gbk") -> str:
    """Every byte as =XX, with a soft line break (a line ending in =) after every 8 bytes, as
    Android and Outlook write vCard 2.1."""
    parts = [f"={byte:02X}" for byte in text.encode(charset)]
    return "=\r\n".join("".join(parts[i : i + 8]) for i in range(0, len(parts), 8))


def test_a_vcard_21_in_quoted_printable_gbk_stores_the_text_written(
    ctx: AppContext, tmp_path: Path
) -> None:
    cards = []
    for name, company, phone, _ in SIMPLIFIED:
        family, given = name[:1], name[1:]
        if name.startswith("欧阳"):
            family, given = name[:2], name[2:]
        cards.append(
            "BEGIN:VCARD\r\nVERSION:2.1\r\n"
            f"N;CHARSET=GBK;ENCODING=QUOTED-PRINTABLE:{_quoted_printable(family)};"
            f"{_quoted_printable(given)};;;\r\n"
            f"FN;CHARSET=GBK;ENCODING=QUOTED-PRINTABLE:{_quoted_printable(name)}\r\n"
            f"ORG;CHARSET=GBK;ENCODING=QUOTED-PRINTABLE:{_quoted_printable(company)}\r\n"
            f"TEL;CELL:{phone}\r\n"
            "END:VCARD\r\n"
        )
    path = tmp_path / "通讯录.vcf"
    path.write_bytes("".join(cards).encode("ascii"))
    assert _import(ctx, path) == [(name, company, shown) for name, company, _, shown in SIMPLIFIED]
