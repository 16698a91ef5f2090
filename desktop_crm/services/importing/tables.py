"""An office's CSV/TSV or Excel file as rows of text (issue 11, the reading half).

`read_table` reads all of it, `preview` the first rows for the wizard. Both give a `Table`: the
encoding and delimiter found (or chosen), the header row found even under preamble lines (a
title, an empty line), its cells, and the data rows as lists of text with their source row
numbers (the row number Excel shows: one per record, a quoted line break does not count).

Every cell is text the way a person sees it: padded cells stripped (a tab after a long number
too), trailing separators dropped, an Excel number typed as a phone (13800138000.0) whole,
dates ISO. The kind of file is told by its bytes, not its name: a zip is a workbook (.xlsx,
.ods), an OLE container an .xls (or a password-protected .xlsx), anything else text. A file
that is no table raises ImportFileError (a ValidationFailed naming "file").

CSV is streamed: the bytes go through an incremental decoder into csv.reader, never held as
one string next to the rows.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

import python_calamine

from ..common.acting import rule
from .encodings import detect_encoding, encoding_choice, locate_bad_byte
from .file_errors import ImportFileError

Source = str | os.PathLike[str] | bytes

DELIMITERS: tuple[str, ...] = (",", ";", "\t", "|")
"""The delimiters sniffed (and offered), in the order a tie prefers them."""

HEADER_WINDOW = 30
"""How many non-empty rows from the top may hold the header (the rest is preamble)."""

_SAMPLE = 256 * 1024
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_VALUE_LIKE = re.compile(r"^[\d\s+\-.,:/()%¥$￥#*]+$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")


@dataclass(frozen=True)
class Table:
    kind: str  # "csv" or "excel"
    encoding: str | None  # a key of encodings.ENCODINGS; None for a workbook
    encoding_confidence: float
    delimiter: str | None  # None for a workbook
    header_row: int  # source row number of the header (1-based); 0: no header row
    header: tuple[str, ...]  # one per column ("" for a column without a name)
    rows: list[list[str]]  # the data rows, each as wide as the header
    row_numbers: list[int]  # source row number of each data row
    sheets: tuple[str, ...] = ()  # a workbook's sheet names
    sheet: str | None = None  # the sheet read
    complete: bool = True  # False: a preview that stopped before the end

    @property
    def width(self) -> int:
        return len(self.header)


@rule
def read_table(
    source: Source,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    header_row: int | None = None,
) -> Table:
    """All rows of a CSV/TSV or workbook (a path or its bytes).

    `encoding` (a key of ENCODINGS or an alias like GBK) and `delimiter` override what is
    detected; `sheet` names a workbook's sheet (default: the first with cells); `header_row`
    picks the header's source row number (0: none, every row is data) instead of finding it.
    """
    return _read(source, encoding, delimiter, sheet, header_row, None)


@rule
def preview(
    source: Source,
    rows: int = 20,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    header_row: int | None = None,
) -> Table:
    """The header and the first `rows` data rows, without reading the rest of a big file."""
    return _read(source, encoding, delimiter, sheet, header_row, max(rows, 0))


def _read(
    source: Source,
    encoding: str | None,
    delimiter: str | None,
    sheet: str | None,
    header_row: int | None,
    limit: int | None,
) -> Table:
    if delimiter is not None and (len(delimiter) != 1 or delimiter in "\r\n\"'"):
        raise ImportFileError("delimiter", delimiter=delimiter)
    if encoding is not None:
        encoding_choice(encoding)  # an unknown name is refused before the file is opened
    with _open(source) as handle:
        head = handle.read(len(_OLE))
        handle.seek(0)
        if not head:
            raise ImportFileError("empty")
        if head.startswith(_ZIP) or head.startswith(_OLE):
            return _read_workbook(handle, sheet, header_row, limit)
        return _read_text(source, handle, encoding, delimiter, header_row, limit)


def _open(source: Source) -> IO[bytes]:
    if isinstance(source, bytes | bytearray | memoryview):
        return io.BytesIO(bytes(source))
    try:
        return open(Path(source), "rb")  # noqa: SIM115 - closed by the caller's `with`
    except OSError as failure:
        raise ImportFileError("unreadable", detail=failure.strerror or str(failure)) from None


# --- text -------------------------------------------------------------------------------------


def _detection_sample(handle: IO[bytes]) -> tuple[bytes, bool]:
    """The file's first bytes, plus (when those are plain ASCII) the first lines that are not:
    a GBK file whose first 256 KB happen to be ASCII is still told GBK. True: all was read."""
    head = handle.read(_SAMPLE)
    if len(head) < _SAMPLE:
        return head, True
    if max(head) >= 0x80 or 0 in head:
        return head, False
    while chunk := handle.read(1024 * 1024):
        found = re.search(rb"[\x80-\xff]", chunk)
        if found:
            start = chunk.rfind(b"\n", 0, found.start()) + 1
            return head[:4096] + b"\n" + chunk[start : start + 60 * 1024], False
    return head, False


def _read_text(
    source: Source,
    handle: IO[bytes],
    encoding: str | None,
    delimiter: str | None,
    header_row: int | None,
    limit: int | None,
) -> Table:
    sample, whole = _detection_sample(handle)
    handle.seek(0)
    head = handle.read(_SAMPLE)
    handle.seek(0)
    if not head.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ImportFileError("empty")
    detected = detect_encoding(sample, partial=not whole)
    choice = encoding_choice(encoding) if encoding else encoding_choice(detected.name)
    if not choice.codec.startswith("utf-16") and 0 in head:
        if detected.name.startswith("utf-16"):  # a UTF-16 file read as something else
            raise ImportFileError(
                "file_encoding", encoding=choice.key, offset=head.index(0), line=1
            )
        raise ImportFileError("not_a_table")
    text_head = codecs.getincrementaldecoder(choice.codec)(errors="replace").decode(head)
    if len(_CONTROL.findall(text_head)) > max(2, len(text_head) // 100):
        if encoding is None or detected.name == choice.key:
            raise ImportFileError("not_a_table")
    if not delimiter:
        delimiter = _sniff_delimiter(text_head, whole, _name_hint(source))
    confidence = detected.confidence if detected.name == choice.key else 1.0
    stream = io.TextIOWrapper(handle, encoding=choice.codec, errors="strict", newline="")
    reader = csv.reader(stream, delimiter=delimiter)
    try:
        table = _assemble(_csv_records(reader), header_row, limit)
    except UnicodeDecodeError:
        offset, line = _locate_in_file(source, choice.key)
        raise ImportFileError(
            "file_encoding", encoding=choice.key, offset=offset, line=line
        ) from None
    except csv.Error as failure:
        raise ImportFileError("broken", detail=str(failure), line=reader.line_num) from None
    finally:
        stream.detach()
    header, rows, numbers, number, complete = table
    if not header and not rows:
        raise ImportFileError("empty")
    return Table(
        "csv", choice.key, confidence, delimiter, number, header, rows, numbers, (), None, complete
    )


def _name_hint(source: Source) -> str:
    if isinstance(source, bytes | bytearray | memoryview):
        return ""
    return Path(source).suffix.lower()


def _csv_records(reader: Iterable[list[str]]) -> Iterator[tuple[int, list[str]]]:
    number = 0
    for record in reader:
        number += 1
        if number == 1 and record and record[0].startswith("\ufeff"):
            record[0] = record[0][1:]  # a BOM the chosen encoding did not expect
        cells = [cell.strip() for cell in record]
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            yield number, cells


def _locate_in_file(source: Source, key: str) -> tuple[int, int]:
    """The first bad byte's offset and line, found again from the start (an error path)."""
    codec = encoding_choice(key).codec
    decoder = codecs.getincrementaldecoder(codec)(errors="strict")
    offset = line = 0
    with _open(source) as handle:
        while chunk := handle.read(1024 * 1024):
            pending = len(decoder.getstate()[0])
            try:
                text = decoder.decode(chunk)
            except UnicodeDecodeError:
                where = locate_bad_byte(decoder.getstate()[0] + chunk, key)
                start, lines = where if where else (0, 1)
                return offset - pending + start, line + lines
            line += text.count("\n")
            offset += len(chunk)
    return offset, line + 1


def _sniff_delimiter(text: str, whole: bool, hint: str) -> str:
    if not whole:  # the last line of a sample may be cut
        text = text[: text.rfind("\n") + 1] or text
    order = ("\t", ",", ";", "|") if hint in (".tsv", ".tab") else DELIMITERS
    best, best_score = order[0], (0, 0)
    for candidate in order:
        widths = []
        try:
            for record in csv.reader(io.StringIO(text, newline=""), delimiter=candidate):
                while record and not record[-1].strip():
                    record.pop()
                if len(record) > 1:
                    widths.append(len(record))
                if len(widths) >= 100:
                    break
        except csv.Error:
            continue
        if not widths:
            continue
        width, count = Counter(widths).most_common(1)[0]
        if (count, width) > best_score:
            best, best_score = candidate, (count, width)
    return best


# --- workbooks --------------------------------------------------------------------------------


def _read_workbook(
    handle: IO[bytes], sheet: str | None, header_row: int | None, limit: int | None
) -> Table:
    try:
        book = python_calamine.load_workbook(handle)
    except python_calamine.PasswordError:
        raise ImportFileError("protected") from None
    except Exception as failure:  # calamine's errors are many: a zip, XML or OLE that is broken
        handle.seek(0)
        if _ENCRYPTED in handle.read():
            raise ImportFileError("protected") from None
        raise ImportFileError("broken", detail=str(failure)) from None
    try:
        names = tuple(book.sheet_names)
        if not names:
            raise ImportFileError("empty")
        if sheet is None:
            found = _first_sheet_with_cells(book, names)
        elif sheet in names:
            found = book.get_sheet_by_name(sheet)
        else:
            raise ImportFileError("sheet", sheet=sheet, sheets=list(names))
        if found is None:
            raise ImportFileError("empty")
        # iter_rows converts a row at a time (to_python would hold all of them as Python
        # values); it starts at the sheet's first row, so a row's number is its index + 1
        header, rows, numbers, number, complete = _assemble(
            _sheet_records(found.iter_rows()), header_row, limit
        )
    except ImportFileError:
        raise
    except Exception as failure:
        raise ImportFileError("broken", detail=str(failure)) from None
    finally:
        book.close()
    if not header and not rows:
        raise ImportFileError("empty")
    return Table(
        "excel", None, 1.0, None, number, header, rows, numbers, names, found.name, complete
    )


def _first_sheet_with_cells(book: Any, names: tuple[str, ...]) -> Any:
    first = None
    for name in names:
        candidate = book.get_sheet_by_name(name)
        first = first or candidate
        if candidate.start is not None:
            return candidate
    return None if first is None or first.start is None else first


def _sheet_records(values: Iterable[list[Any]]) -> Iterator[tuple[int, list[str]]]:
    for index, row in enumerate(values):
        cells = [value.strip() if type(value) is str else cell_text(value) for value in row]
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            yield index + 1, cells


@rule
def cell_text(value: Any) -> str:
    """A spreadsheet cell's value as the text a person sees: 13800138000.0 → "13800138000",
    dates ISO (a datetime at midnight as its date), booleans TRUE / FALSE, empty → ""."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        text = repr(value)
        if "e" in text:  # 1e-07: as a cell shows it, not in exponent form
            text = format(Decimal(text), "f")
        return text
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds" if not value.microsecond else "auto")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value).strip()


# --- the header and the rows below it ----------------------------------------------------------


def _assemble(
    records: Iterator[tuple[int, list[str]]], header_row: int | None, limit: int | None
) -> tuple[tuple[str, ...], list[list[str]], list[int], int, bool]:
    """(header, rows, row numbers, header's row number, complete) from the non-empty records."""
    window: list[tuple[int, list[str]]] = []
    if header_row is None:
        for record in records:
            window.append(record)
            if len(window) >= HEADER_WINDOW:
                break
        at = _find_header(window)
        number, header_cells = window[at] if window else (0, [])
        pending = window[at + 1 :]
    elif header_row == 0:
        number, header_cells, pending = 0, [], []
    else:
        number, header_cells, pending = header_row, [], []
        for record in records:
            if record[0] == header_row:
                header_cells = record[1]
                break
            if record[0] > header_row:
                pending = [record]
                break
    rows: list[list[str]] = []
    numbers: list[int] = []
    complete = True
    for source_row, cells in _chain(pending, records):
        if limit is not None and len(rows) >= limit:
            complete = False
            break
        rows.append(cells)
        numbers.append(source_row)
    width = max([len(header_cells), *map(len, rows)] if rows else [len(header_cells)])
    header = tuple(header_cells) + ("",) * (width - len(header_cells))
    for cells in rows:
        if len(cells) < width:
            cells.extend([""] * (width - len(cells)))
    return header, rows, numbers, number, complete


def _chain(
    first: list[tuple[int, list[str]]], rest: Iterator[tuple[int, list[str]]]
) -> Iterator[tuple[int, list[str]]]:
    yield from first
    yield from rest


def _find_header(window: list[tuple[int, list[str]]]) -> int:
    """The header among the top rows: the first row about as wide as the table (the width most
    rows have) whose cells are at least half names (text, not numbers, phones or dates);
    failing that, the row with the most distinct names that is not narrower than most of the
    rows below it. A title or an "exported on:, 2024-03-05" line above is narrower."""
    widths = [len(cells) for _, cells in window if len(cells) > 1]
    if widths:
        common = Counter(widths).most_common()
        table_width = max(width for width, count in common if count == common[0][1])
        least = table_width - table_width // 5 if table_width > 3 else table_width
        for index, (_, cells) in enumerate(window):
            names = {cell for cell in cells if not _VALUE_LIKE.match(cell)} - {""}
            if len(cells) >= least and len(names) * 2 >= len(cells):
                return index
    best, best_score = 0, 0
    for index, (_, cells) in enumerate(window):
        score = len({cell for cell in cells if not _VALUE_LIKE.match(cell)} - {""})
        if score <= best_score:
            continue
        below = [len(next_cells) for _, next_cells in window[index + 1 : index + 6]]
        if below and sum(width > len(cells) for width in below) * 2 > len(below):
            continue  # a title above a wider table
        best, best_score = index, score
    return best
