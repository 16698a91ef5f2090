"""Import files as tables (services/importing/sources.py): vCard files become one row per
card under fixed English headers the mapping reads by itself; anything else is a table."""

from __future__ import annotations

from pathlib import Path

from desktop_crm.services.importing.mapping import RecordKind, guess_kind, suggest_mapping
from desktop_crm.services.importing.sources import (
    VCARD_HEADER,
    is_vcard,
    preview_source,
    read_source,
)

CRLF = "\r\n"
CARDS = CRLF.join(
    [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:张伟",
        "N:张;伟;;;",
        "ORG:深圳华兴机械有限公司",
        "TITLE:采购经理",
        "TEL;TYPE=WORK:0755-12345678",
        "TEL;TYPE=CELL:13800138000",
        "TEL;TYPE=FAX:0755-87654321",
        "EMAIL;TYPE=INTERNET:zhang@example.cn",
        "EMAIL;TYPE=INTERNET:second@example.cn",
        "ADR:;;深南大道1号;深圳;广东;;",
        "BDAY:1980-02-03",
        "NOTE:老客户",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N:Müller;Anna;;;",
        "TEL:+49 30 1234567",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:坏卡片",
        "this line is no property",
        "END:VCARD",
        "",
    ]
).encode("utf-8")


def test_a_vcard_file_is_a_table_of_cards(tmp_path: Path) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_bytes(CARDS)
    table = read_source(path)
    assert table.kind == "vcard" and table.header == VCARD_HEADER
    assert table.row_numbers == [1, 2, 3]
    row = dict(zip(table.header, table.rows[0], strict=True))
    assert row == {
        "Name": "张伟",
        "Company": "深圳华兴机械有限公司",
        "Title": "采购经理",
        "Phone": "0755-12345678",
        "Mobile": "13800138000",
        "Fax": "0755-87654321",
        "E-mail": "zhang@example.cn",
        "Address": "广东深圳深南大道1号",
        "Birthday": "1980-02-03",
        "Notes": "老客户",
        "Problem": "",
    }
    second = dict(zip(table.header, table.rows[1], strict=True))
    assert (second["Name"], second["Phone"]) == ("Anna Müller", "+49 30 1234567")
    broken = dict(zip(table.header, table.rows[2], strict=True))
    assert broken["Name"] == "" and "not a property" in broken["Problem"]


def test_vcard_bytes_are_told_by_their_first_line_and_previewed() -> None:
    assert is_vcard(b"\xef\xbb\xbfBEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n")
    assert is_vcard(CARDS) and not is_vcard("客户,电话\r\n甲,1\r\n".encode())
    table = preview_source(CARDS, 2)
    assert len(table.rows) == 2 and not table.complete
    assert preview_source(CARDS, 5).complete


def test_the_vcard_header_maps_by_itself() -> None:
    assert guess_kind(VCARD_HEADER) is RecordKind.CUSTOMERS
    assert suggest_mapping(RecordKind.CUSTOMERS, VCARD_HEADER) == (
        "name", "company", None, "phone", "mobile", "fax", "email", "address", "birthday",
        None, None,
    )  # fmt: skip
    assert suggest_mapping(RecordKind.CONTACTS, VCARD_HEADER) == (
        "contact.name", "customer", "contact.position", "contact.phone", None, None,
        "contact.email", None, None, "contact.notes", None,
    )  # fmt: skip


def test_anything_else_is_read_as_a_table(tmp_path: Path) -> None:
    path = tmp_path / "客户.csv"
    path.write_bytes("客户名称,手机\r\n甲公司,13800138000\r\n".encode("gb18030"))
    table = read_source(path)
    assert table.kind == "csv" and table.encoding == "gb18030"
    assert table.header == ("客户名称", "手机") and table.rows == [["甲公司", "13800138000"]]
    assert preview_source(path, 1).rows == [["甲公司", "13800138000"]]
