"""The error file read back (issue 11, item 1): an import with bad rows writes its error file
as CSV and as .xlsx; the project's own reader (`sources.read_source`) reads it back with the
original cells, the column and the reason of each failed row; the test then fixes the bad
cells in the file, as the user would in Excel, and imports the error file again: the rows are
created, the two added columns ignored."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from engine_support import options, table_of

from desktop_crm.models.core import Customer
from desktop_crm.services.context import AppContext
from desktop_crm.services.importing.engine import Outcome, run_import, write_error_file
from desktop_crm.services.importing.sources import read_source

HEADER = ["姓名", "公司", "电话", "生日", "资产", "城市"]
MAPPING = ("name", "company", "phone", "birthday", "assets", "city")
GOOD = ["张三", "华兴机械", "13800138000", "2024-03-05", "1000", "深圳"]
BAD = [
    # cells, the columns named, the start of each reason, the fix (column → value)
    (
        ["李四", "宏达五金", "12345", "", "", "上海"],
        "电话",
        ["Column “电话”: Not a phone number"],
        {2: "13900139000"},
    ),
    (
        ["王五", "", "13700137000", "2024-02-30", "很多", "=1+2"],
        "生日; 资产",
        ["Column “生日”: ", "Column “资产”: "],
        {3: "2024-02-28", 4: "2万"},
    ),
    (["", "无名公司", "13600136000", "", "", ""], "姓名", ["Column “姓名”: "], {0: "赵六"}),
]


def _file_text() -> str:
    rows = [HEADER, GOOD, *(cells for cells, *_ in BAD)]
    return "".join(",".join(row) + "\n" for row in rows)


def _fix_csv(path: Path) -> None:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    for (_cells, _column, _reasons, fix), row in zip(BAD, rows[1:], strict=True):
        for index, value in fix.items():
            row[index] = value
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)


def _fix_xlsx(path: Path) -> None:
    from openpyxl import load_workbook

    book = load_workbook(path)
    sheet = book.worksheets[0]
    for line, (_cells, _column, _reasons, fix) in enumerate(BAD, start=2):
        for index, value in fix.items():
            sheet.cell(row=line, column=index + 1, value=value)
    book.save(path)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_error_file_reads_back_and_imports_again_once_fixed(
    ctx: AppContext, tmp_path: Path, suffix: str
) -> None:
    table = table_of(_file_text())
    report = run_import(ctx.user, table, options(MAPPING))
    assert [r.outcome for r in report.results] == [Outcome.CREATE] + [Outcome.ERROR] * len(BAD)
    target = write_error_file(report, table, tmp_path / f"错误行{suffix}")

    back = read_source(target)
    assert back.header == (*HEADER, "Column", "Reason")
    assert len(back.rows) == len(BAD)
    failed = [r for r in report.results if r.outcome == Outcome.ERROR]
    for row, result, (cells, column, reasons, _fix) in zip(back.rows, failed, BAD, strict=True):
        cells_back = list(row[: len(HEADER)]) + [""] * (len(HEADER) - len(row))
        # a formula-like cell comes back escaped in CSV (the import takes the ' off again)
        expected = [f"'{c}" if suffix == ".csv" and c.startswith("=") else c for c in cells]
        assert cells_back == expected
        assert row[len(HEADER)] == column
        reason = row[len(HEADER) + 1]
        assert reason == "; ".join(p.text for p in result.problems)
        assert reason.startswith(reasons[0])
        assert [reason.find(start) for start in reasons] == sorted(
            reason.find(start) for start in reasons
        )
        assert all(reason.count(start) == 1 for start in reasons)
    assert not [c for c in Customer.select() if c.name in ("李四", "王五", "赵六")]

    (_fix_csv if suffix == ".csv" else _fix_xlsx)(target)
    fixed = read_source(target)
    again = run_import(ctx.user, fixed, options((*MAPPING, None, None), file_name=target.name))
    assert (again.created, again.errors) == (len(BAD), 0), again.results
    li, wang, zhao = (Customer.get(Customer.name == n) for n in ("李四", "王五", "赵六"))
    assert (li.company, li.phone) == ("宏达五金", "139 0013 9000")
    assert (str(wang.birthday), str(wang.assets), wang.city) == ("2024-02-28", "20000.00", "=1+2")
    assert (zhao.company, zhao.phone) == ("无名公司", "136 0013 6000")
