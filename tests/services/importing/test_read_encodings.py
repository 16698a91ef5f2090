"""Encodings of an office's files (issue 11, PITFALLS 20): each fixture is text the test encodes,
never a committed binary file."""

from __future__ import annotations

import codecs

import pytest

from desktop_crm.services.common.errors import ValidationFailed
from desktop_crm.services.importing.encodings import (
    ENCODINGS,
    decode,
    detect_encoding,
    encoding_choice,
)

SIMPLIFIED = (
    "客户名称,联系人,手机,地址\n深圳市华强电子有限公司,张伟,13800138000,深圳市福田区华强北路\n"
)
TRADITIONAL = (
    "客戶名稱,聯絡人,手機,地址\n台北市大同電器股份有限公司,陳美玲,0912345678,台北市中山區\n"
)


@pytest.mark.parametrize(
    ("data", "name", "had_bom"),
    [
        (SIMPLIFIED.encode("utf-8"), "utf-8", False),
        (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), "utf-8-sig", True),
        (SIMPLIFIED.encode("gbk"), "gb18030", False),
        (SIMPLIFIED.encode("gb18030"), "gb18030", False),
        (TRADITIONAL.encode("big5"), "big5", False),
        (SIMPLIFIED.encode("utf-16-le"), "utf-16-le", False),
        (SIMPLIFIED.encode("utf-16-be"), "utf-16-be", False),
        (codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"), "utf-16-le-bom", True),
        (codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), "utf-16-be-bom", True),
        (b"Name,Phone\nAnn,123\n", "utf-8", False),
    ],
)
def test_detects_the_encodings_an_office_has(data: bytes, name: str, had_bom: bool) -> None:
    found = detect_encoding(data)
    assert (found.name, found.had_bom) == (name, had_bom)
    assert 0.0 <= found.confidence <= 1.0
    text = decode(data, found.name)
    assert text in (SIMPLIFIED, TRADITIONAL, "Name,Phone\nAnn,123\n")


def test_a_short_gbk_header_is_not_taken_for_korean() -> None:
    assert detect_encoding("姓名,电话".encode("gbk")).name == "gb18030"


def test_gbk_aliases_decode_as_gb18030() -> None:
    for alias in ("GBK", "gb2312", "cp936", "GB18030"):
        assert encoding_choice(alias).key == "gb18030"
    # a character GBK lacks but GB18030 has still reads
    assert decode("𠀀 张".encode("gb18030"), "gbk") == "𠀀 张"


def test_a_bom_is_skipped_whichever_of_the_family_is_chosen() -> None:
    data = codecs.BOM_UTF8 + "姓名".encode()
    assert decode(data, "utf-8") == "姓名"
    assert decode(data, "utf-8-sig") == "姓名"
    assert decode(codecs.BOM_UTF16_BE + "姓名".encode("utf-16-be"), "utf-16-be") == "姓名"


def test_a_bad_byte_is_named_by_offset_and_line() -> None:
    data = "姓名,电话\n张三,1\n".encode() + b"\xff\xfe" + b",2\n"
    with pytest.raises(ValidationFailed) as raised:
        decode(data, "utf-8")
    error = raised.value.for_field("file")
    assert error is not None and error.code == "file_encoding"
    assert error.params["offset"] == data.index(b"\xff")
    assert error.params["line"] == 3
    assert error.params["encoding"] == "utf-8"


def test_an_unknown_encoding_is_refused_with_the_choices() -> None:
    with pytest.raises(ValidationFailed) as raised:
        encoding_choice("ebcdic")
    error = raised.value.for_field("file")
    assert error is not None and error.code == "encoding_unknown"
    assert "gb18030" in error.params["choices"]


def test_every_choice_has_a_label_and_a_codec_python_knows() -> None:
    assert len({choice.key for choice in ENCODINGS}) == len(ENCODINGS)
    for choice in ENCODINGS:
        assert choice.label
        codecs.lookup(choice.codec)
