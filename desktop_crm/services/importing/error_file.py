"""The error file of an import (issue 11, item 1): the rows that failed, to fix and import again.

The original header plus two columns, Column and Reason, then each failed row's original
cells with the column (its header; several problems: joined by "; ") and the reason. CSV is
UTF-8 with a BOM (Excel opens Chinese right), .xlsx is written by openpyxl (by the suffix).
A cell starting with = + - @, a tab or a CR is escaped as the export escapes it (a leading
apostrophe in CSV, a quote-prefixed text cell in .xlsx), so a spreadsheet never runs it; the
import takes the apostrophe off again. Written under a temporary name and renamed when whole.
"""

from __future__ import annotations

import csv
import os
import tempfile
from contextlib import suppress
from pathlib import Path
from typing import Any

from ...i18n import QT_TRANSLATE_NOOP
from ..common.acting import internal
from ..customers.export import DANGEROUS_START, escape_formula
from .results import ImportReport, Outcome, Translate
from .tables import Table

COLUMN_HEADER = QT_TRANSLATE_NOOP("Import", "Column")
REASON_HEADER = QT_TRANSLATE_NOOP("Import", "Reason")


def _failed_rows(report: ImportReport, table: Table) -> list[tuple[list[str], str, str]]:
    position = {number: index for index, number in enumerate(table.row_numbers)}
    rows = []
    for result in report.results:
        if result.outcome != Outcome.ERROR:
            continue
        index = position.get(result.row_number)
        cells = list(table.rows[index]) if index is not None else []
        cells += [""] * (table.width - len(cells))
        columns = "; ".join(
            dict.fromkeys(
                (table.header[p.column] or str(p.column + 1))
                if p.column is not None and p.column < table.width
                else ""
                for p in result.problems
            )
        ).strip("; ")
        reasons = "; ".join(p.text or p.code for p in result.problems)
        rows.append((cells, columns, reasons))
    return rows


@internal
def write_failed_rows(
    report: ImportReport, table: Table, target: Path, translate: Translate | None
) -> Path:
    words: Translate = translate or (lambda _context, text: text)
    header = [*table.header, words("Import", COLUMN_HEADER), words("Import", REASON_HEADER)]
    rows = [[*cells, column, reason] for cells, column, reason in _failed_rows(report, table)]
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        if target.suffix.lower() == ".xlsx":
            _write_xlsx(temporary, header, rows)
        else:
            with temporary.open("w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out, lineterminator="\r\n")
                writer.writerow([escape_formula(cell) for cell in header])
                writer.writerows([escape_formula(cell) for cell in row] for row in rows)
        os.replace(temporary, target)
    except BaseException:
        with suppress(OSError):
            temporary.unlink()
        raise
    return target


def _write_xlsx(path: Path, header: list[str], rows: list[list[str]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book: Any = Workbook(write_only=True)
    sheet = book.create_sheet("Errors")
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)

    def cell(text: str, *, strong: bool = False) -> Any:
        if not text:
            return None
        made = WriteOnlyCell(sheet, value=None)
        made.value = text
        made.data_type = "s"  # never a formula, never a number
        if text.startswith(DANGEROUS_START):
            made.quotePrefix = True
        if strong:
            made.font = bold
        return made

    sheet.append([cell(text, strong=True) for text in header])
    for row in rows:
        sheet.append([cell(text) for text in row])
    book.save(path)
