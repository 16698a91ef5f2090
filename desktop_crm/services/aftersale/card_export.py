"""The monthly card list for a mail merge (issue 13, item 5): CSV (UTF-8 with a BOM, so Excel
opens the Chinese right) or an Excel workbook (.xlsx, openpyxl), one row per customer of
`reminders.monthly_cards`, headers in the reader's language (the caller's `translate`).

Every cell is written as text: a phone stays 13800138000 (never 1.38e10), and a cell starting
with = + - @ is prefixed with an apostrophe so a spreadsheet does not run it as a formula.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable

from ...i18n import QT_TRANSLATE_NOOP
from ..common.acting import Person
from ..people.policy import guard
from .reminders import MonthlyCard, monthly_cards

Translate = Callable[[str, str], str]

# (MonthlyCard attribute, English header in the "MonthlyCards" context)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", QT_TRANSLATE_NOOP("MonthlyCards", "Customer")),
    ("company", QT_TRANSLATE_NOOP("MonthlyCards", "Company")),
    ("contact", QT_TRANSLATE_NOOP("MonthlyCards", "Contact")),
    ("position", QT_TRANSLATE_NOOP("MonthlyCards", "Position")),
    ("province", QT_TRANSLATE_NOOP("MonthlyCards", "Province")),
    ("city", QT_TRANSLATE_NOOP("MonthlyCards", "City")),
    ("district", QT_TRANSLATE_NOOP("MonthlyCards", "District")),
    ("address", QT_TRANSLATE_NOOP("MonthlyCards", "Address")),
    ("phone", QT_TRANSLATE_NOOP("MonthlyCards", "Phone")),
    ("mobile", QT_TRANSLATE_NOOP("MonthlyCards", "Mobile")),
    ("email", QT_TRANSLATE_NOOP("MonthlyCards", "E-mail")),
    ("rep_name", QT_TRANSLATE_NOOP("MonthlyCards", "Rep")),
)


def _untranslated(context: str, text: str) -> str:
    return text


def _safe(text: str) -> str:
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _rows(cards: list[MonthlyCard], translate: Translate) -> list[list[str]]:
    header = [translate("MonthlyCards", label) for _attr, label in COLUMNS]
    return [header] + [[_safe(str(getattr(c, attr))) for attr, _ in COLUMNS] for c in cards]


@guard.anyone
def cards_csv(actor: Person, month: dt.date, translate: Translate = _untranslated) -> bytes:
    """The month's card list as CSV bytes: UTF-8 with a BOM, CRLF line ends (Excel's)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(_rows(monthly_cards(actor, month), translate))
    return buffer.getvalue().encode("utf-8-sig")


@guard.anyone
def cards_xlsx(actor: Person, month: dt.date, translate: Translate = _untranslated) -> bytes:
    """The month's card list as an .xlsx workbook: one sheet, the header row bold and frozen."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = f"{month:%Y-%m}"
    for n, row in enumerate(_rows(monthly_cards(actor, month), translate)):
        sheet.append(row)
        if n == 0:
            for cell in sheet[1]:
                cell.font = Font(bold=True)
    for cell in sheet[1]:
        sheet.column_dimensions[cell.column_letter].width = 30 if cell.column == 8 else 14
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.data_type = "s"  # text, even when it looks like a number
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
