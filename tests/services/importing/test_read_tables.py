"""CSV/TSV and Excel files as rows of text (issue 11, items 2 and 8): fixtures are text the
tests encode, or workbooks openpyxl writes in the test."""

from __future__ import annotations

import codecs
import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop_crm.services.common.errors import ValidationFailed
from desktop_crm.services.importing.tables import cell_text, preview, read_table

GOOGLE_HEADER = (
    "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,"
    "Additional Name Yomi,Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,"
    "Short Name,Maiden Name,Birthday,Gender,Location,Billing Information,Directory Server,"
    "Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,Language,Photo,Group Membership,"
    "E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,"
    "Organization 1 - Type,Organization 1 - Name,Organization 1 - Title"
)
OUTLOOK_HEADER = (
    "First Name,Middle Name,Last Name,Title,Suffix,Initials,Web Page,Gender,Birthday,Anniversary,"
    "Location,Language,Internet Free Busy,Notes,E-mail Address,E-mail 2 Address,"
    "E-mail 3 Address,Primary Phone,Home Phone,Home Phone 2,Mobile Phone,Pager,Home Fax,"
    "Home Address,Home Street,Home City,Home State,Home Postal Code,Home Country,"
    "Business Phone,Company,Job Title"
)


def _code(raised: pytest.ExceptionInfo[ValidationFailed]) -> str:
    error = raised.value.for_field("file")
    assert error is not None
    return error.code


def test_a_google_contacts_export_reads_with_its_header() -> None:
    names = GOOGLE_HEADER.split(",")
    values = [""] * len(names)
    values[0], values[1], values[3] = "张伟", "伟", "张"
    values[names.index("E-mail 1 - Value")] = "zhang.wei@example.cn"
    values[names.index("Phone 1 - Type")] = "Mobile"
    values[names.index("Phone 1 - Value")] = "+86 138 0013 8000"
    values[names.index("Organization 1 - Name")] = "深圳市华强电子有限公司"
    text = GOOGLE_HEADER + "\r\n" + ",".join(values) + "\r\n"
    table = read_table(text.encode("utf-8"))
    assert table.header == tuple(names)
    assert table.header_row == 1
    row = dict(zip(table.header, table.rows[0], strict=True))
    assert row["Phone 1 - Value"] == "+86 138 0013 8000"
    assert row["Organization 1 - Name"] == "深圳市华强电子有限公司"
    assert table.row_numbers == [2]


def test_an_outlook_export_in_gbk_with_a_trailing_separator() -> None:
    names = OUTLOOK_HEADER.split(",")
    values = [""] * len(names)
    values[0], values[2] = "美玲", "陈"
    values[names.index("E-mail Address")] = "chen@example.cn"
    values[names.index("Mobile Phone")] = "13900139000"
    values[names.index("Company")] = "广州白云贸易有限公司"
    text = OUTLOOK_HEADER + ",\r\n" + ",".join(values) + ",\r\n"
    table = read_table(text.encode("gbk"))
    assert table.encoding == "gb18030"
    assert table.header == tuple(names)
    row = dict(zip(table.header, table.rows[0], strict=True))
    assert (row["Last Name"], row["Mobile Phone"]) == ("陈", "13900139000")
    assert row["Company"] == "广州白云贸易有限公司"


def test_the_header_is_found_under_a_title_and_an_empty_line() -> None:
    text = "客户名单 2024年\n\n姓名,公司,手机,备注\n张三,甲公司,13800138000,\n李四,乙公司,13900139000,老客户\n"
    table = read_table(text.encode("gb18030"))
    assert table.header == ("姓名", "公司", "手机", "备注")
    assert table.header_row == 3
    assert table.rows == [
        ["张三", "甲公司", "13800138000", ""],
        ["李四", "乙公司", "13900139000", "老客户"],
    ]
    assert table.row_numbers == [4, 5]


def test_a_preamble_of_several_lines_with_values() -> None:
    text = (
        "华南区客户导出\n导出时间:,2024-03-05\n操作员:,王芳\n\n"
        "客户名称,联系人,手机,城市,等级\n甲公司,张三,13800138000,深圳,A\n乙公司,李四,13900139000,广州,B\n"
    )
    table = read_table(text.encode("utf-8"))
    assert table.header == ("客户名称", "联系人", "手机", "城市", "等级")
    assert len(table.rows) == 2


def test_quoted_fields_hold_newlines_tabs_commas_and_doubled_quotes() -> None:
    text = (
        '姓名,地址,备注\r\n张三,"深圳市福田区\r\n华强北路1号","他说""明天来""\t好,再联系"\r\n'
        '李四,"广州,天河","a\tb"\r\n'
    )
    table = read_table(text.encode("utf-8"))
    assert table.rows == [
        ["张三", "深圳市福田区\r\n华强北路1号", '他说"明天来"\t好,再联系'],
        ["李四", "广州,天河", "a\tb"],
    ]
    assert table.row_numbers == [2, 3]  # a quoted line break is one row, as Excel counts


def test_mixed_line_endings_padded_cells_and_a_tab_after_long_numbers() -> None:
    text = "姓名 , 手机 ,公司\r\n  张三 ,13800138000\t,甲\n李四,13900139000\t, 乙 \r\n王五,13700137000,丙"
    table = read_table(text.encode("utf-8"))
    assert table.delimiter == ","
    assert table.header == ("姓名", "手机", "公司")
    assert table.rows == [
        ["张三", "13800138000", "甲"],
        ["李四", "13900139000", "乙"],
        ["王五", "13700137000", "丙"],
    ]


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_the_delimiter_is_sniffed_and_can_be_chosen(delimiter: str) -> None:
    rows = [["姓名", "地址", "手机"], ["张三", "深圳,福田; 1|2号", "13800138000"]]
    import csv
    import io

    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows * 1 + [["李四", "广州", "139"]])
    table = read_table(out.getvalue().encode("utf-8"))
    assert table.delimiter == delimiter
    assert table.rows[0] == rows[1]
    forced = read_table(out.getvalue().encode("utf-8"), delimiter=delimiter)
    assert forced.rows == table.rows


def test_a_tsv_file_and_a_chosen_encoding(tmp_path: Path) -> None:
    path = tmp_path / "客户.tsv"
    path.write_bytes("客戶\t電話\n陳大文\t0912345678\n".encode("big5"))
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("big5", "\t")
    assert table.rows == [["陳大文", "0912345678"]]
    wrong = read_table(path, encoding="gb18030")  # the user may choose: it decodes, garbled
    assert wrong.encoding == "gb18030"
    assert wrong.rows != table.rows


def test_utf16_without_bom_and_with_bom() -> None:
    text = "姓名,手机\r\n张三,13800138000\r\n"
    for data, key in (
        (text.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + text.encode("utf-16-be"), "utf-16-be-bom"),
        (codecs.BOM_UTF8 + text.encode("utf-8"), "utf-8-sig"),
    ):
        table = read_table(data)
        assert table.encoding == key
        assert table.header == ("姓名", "手机")
        assert table.rows == [["张三", "13800138000"]]


def test_a_bad_byte_deep_in_the_file_names_its_line(tmp_path: Path) -> None:
    good = "".join(f"客户{i},1380013{i:04d}\n" for i in range(5000))
    path = tmp_path / "bad.csv"
    path.write_bytes(("姓名,手机\n" + good).encode() + b"\xff\xff,1\n")
    with pytest.raises(ValidationFailed) as raised:
        read_table(path, encoding="utf-8")
    error = raised.value.for_field("file")
    assert error is not None and error.code == "file_encoding"
    assert error.params["line"] == 5002


def test_a_file_ascii_at_the_top_and_gbk_further_down_is_gbk(tmp_path: Path) -> None:
    top = "".join(f"customer {i},1380013{i % 10000:04d}\n" for i in range(20000))
    path = tmp_path / "late.csv"
    path.write_bytes(("name,phone\n" + top + "张三,13800138000\n").encode("gbk"))
    table = read_table(path)
    assert table.encoding == "gb18030"
    assert table.rows[-1] == ["张三", "13800138000"]


def test_an_xlsx_with_a_number_phone_a_date_and_a_chinese_header(tmp_path: Path) -> None:
    path = tmp_path / "客户.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "客户名单"
    sheet.append(["华南区客户 2024年"])
    sheet.append([])
    sheet.append(["客户名称", "手机", "首次成交", "金额", "重点", None])
    sheet.append(["深圳市华强电子有限公司", 13800138000, dt.date(2024, 3, 5), 1234.5, True])
    sheet.append(["  甲公司 ", 13900139000.0, dt.datetime(2024, 3, 5, 14, 30), 100, False])
    sheet.append([])
    other = book.create_sheet("交易")
    other.append(["日期", "金额"])
    other.append([dt.date(2024, 1, 2), 99])
    book.save(path)

    table = read_table(path)
    assert table.kind == "excel"
    assert table.sheets == ("客户名单", "交易")
    assert table.sheet == "客户名单"
    assert table.header == ("客户名称", "手机", "首次成交", "金额", "重点")
    assert table.header_row == 3
    assert table.rows == [
        ["深圳市华强电子有限公司", "13800138000", "2024-03-05", "1234.5", "TRUE"],
        ["甲公司", "13900139000", "2024-03-05 14:30:00", "100", "FALSE"],
    ]
    assert table.row_numbers == [4, 5]
    deals = read_table(path.read_bytes(), sheet="交易")
    assert deals.rows == [["2024-01-02", "99"]]
    with pytest.raises(ValidationFailed) as raised:
        read_table(path, sheet="没有")
    assert _code(raised) == "sheet"


def test_a_workbook_is_known_by_its_bytes_not_its_name(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["姓名", "手机"])
    sheet.append(["张三", 13800138000])
    book.save(path)
    assert read_table(path).rows == [["张三", "13800138000"]]


def test_cells_as_a_person_sees_them() -> None:
    assert cell_text(13800138000.0) == "13800138000"
    assert cell_text(0.1) == "0.1"
    assert cell_text(1e-7) == "0.0000001"
    assert cell_text(None) == ""
    assert cell_text(dt.time(9, 30)) == "09:30:00"
    assert cell_text(dt.datetime(2024, 3, 5)) == "2024-03-05"


def test_preview_stops_early(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text(
        "姓名,手机\n" + "".join(f"客户{i},1380013{i:04d}\n" for i in range(1000)), "gb18030"
    )
    first = preview(path, rows=5)
    assert first.rows == [[f"客户{i}", f"1380013{i:04d}"] for i in range(5)]
    assert first.complete is False
    assert read_table(path).complete is True
    assert len(read_table(path).rows) == 1000


def test_a_chosen_header_row() -> None:
    data = "甲公司,13800138000\n乙公司,13900139000\n".encode()
    assert read_table(data, header_row=0).rows == [
        ["甲公司", "13800138000"],
        ["乙公司", "13900139000"],
    ]
    assert read_table(data, header_row=0).header == ("", "")
    assert read_table(data, header_row=2).header == ("乙公司", "13900139000")


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b"\r\n\r\n  \n", "empty"),
        (bytes(range(256)) * 20, "not_a_table"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "not_a_table"),
        (b"PK\x03\x04" + b"\x00garbage" * 50, "broken"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "broken"),
    ],
)
def test_a_file_that_is_no_table_is_refused_naming_the_file(data: bytes, code: str) -> None:
    with pytest.raises(ValidationFailed) as raised:
        read_table(data)
    assert _code(raised) == code


def test_a_broken_and_a_protected_xlsx(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    path = tmp_path / "ok.xlsx"
    book.save(path)
    cut = path.read_bytes()[:300]
    with pytest.raises(ValidationFailed) as raised:
        read_table(cut)
    assert _code(raised) == "broken"
    # what Excel writes for a password: an OLE container holding an "EncryptedPackage" stream
    protected = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\x00" * 504
        + "EncryptedPackage".encode("utf-16-le")
        + b"\x00" * 512
    )
    with pytest.raises(ValidationFailed) as raised:
        read_table(protected)
    assert _code(raised) == "protected"
    with zipfile.ZipFile(tmp_path / "notbook.xlsx", "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(ValidationFailed) as raised:
        read_table(tmp_path / "notbook.xlsx")
    assert _code(raised) == "broken"


def test_a_missing_file_and_bad_options_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationFailed) as raised:
        read_table(tmp_path / "nowhere.csv")
    assert _code(raised) == "unreadable"
    with pytest.raises(ValidationFailed) as raised:
        read_table(b"a,b\n", delimiter="ab")
    assert _code(raised) == "delimiter"
    with pytest.raises(ValidationFailed) as raised:
        read_table(b"a,b\n", encoding="latin-9")
    assert _code(raised) == "encoding_unknown"


def test_every_file_error_has_a_sentence_with_its_values() -> None:
    from desktop_crm.services.importing.file_errors import FILE_ERROR_TEXTS, file_error_text

    with pytest.raises(ValidationFailed) as raised:
        read_table("姓名\n".encode() + b"\xff\n", encoding="utf-8")
    error = raised.value.for_field("file")
    assert error is not None
    assert file_error_text(error) == "Line 2 is not valid utf-8 (byte 7); choose another encoding."
    seen = {"%" in text for text, _ in FILE_ERROR_TEXTS.values()}
    assert seen == {True, False}
    for code, (text, names) in FILE_ERROR_TEXTS.items():
        assert text.count("%") == len(names), code


@pytest.mark.parametrize(
    ("text", "header"),
    [
        # a column without a name, data rows all text
        ("姓名,,电话\n张三,男,老客户\n李四,女,新客户\n", ("姓名", "", "电话")),
        # data wider than the header (an unnamed notes column)
        (
            "客户名单\n姓名,公司,手机,城市,等级\n张三,甲,138,深圳,A,备注\n李四,乙,139,广州,B,x\n",
            ("姓名", "公司", "手机", "城市", "等级", ""),
        ),
        # a wide key-value preamble line is still narrower than the table
        (
            "导出时间:,2024-03-05\n\n客户,联系人,手机,地址\n甲公司,张三,13800138000,深圳\n",
            ("客户", "联系人", "手机", "地址"),
        ),
        # a file without a header: its first row is taken (the wizard lets the user say so)
        ("甲公司,13800138000\n乙公司,13900139000\n", ("甲公司", "13800138000")),
        # a single column
        ("姓名\n张三\n李四\n", ("姓名",)),
    ],
)
def test_the_header_in_awkward_files(text: str, header: tuple[str, ...]) -> None:
    assert read_table(text.encode()).header == header


def test_a_utf16_file_read_as_gbk_says_the_encoding_is_wrong() -> None:
    with pytest.raises(ValidationFailed) as raised:
        read_table("姓名,手机\n张三,138\n".encode("utf-16-le"), encoding="gbk")
    assert _code(raised) == "file_encoding"
