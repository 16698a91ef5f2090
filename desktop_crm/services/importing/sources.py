"""Any file the import takes, as a `Table`: CSV/TSV and workbooks, and vCard files (issue 11).

A vCard file becomes a table with fixed English headers (VCARD_HEADER) that
`mapping.suggest_mapping` maps by itself, one row per card in file order; a card that could
not be read keeps its row (empty but for "Problem"), so the engine reports it by its number.
Everything else goes to `tables.read_table` / `tables.preview`. The kind of file is told by
its name (.vcf, .vcard) or by its bytes (BEGIN:VCARD at the start).
"""

from __future__ import annotations

import os
from pathlib import Path

from ..common.acting import rule
from . import tables
from .file_errors import ImportFileError
from .tables import Source, Table
from .vcards import Card, read_vcards

VCARD_HEADER: tuple[str, ...] = (
    "Name",
    "Company",
    "Title",
    "Phone",
    "Mobile",
    "Fax",
    "E-mail",
    "Address",
    "Birthday",
    "Notes",
    "Problem",
)
_VCARD_SUFFIXES = (".vcf", ".vcard")
_SNIFF = 4096


def _card_row(card: Card) -> list[str]:
    """One card's cells: the first work/home phone, the first mobile and fax by their types;
    a phone without a type fills the phone (else the mobile); further e-mails and phones are
    dropped (a CRM customer has one of each)."""
    slots: dict[str, str] = {"phone": "", "mobile": "", "fax": ""}
    untyped: list[str] = []
    for phone in card.phones:
        slot = {"cell": "mobile", "fax": "fax", "work": "phone", "home": "phone"}.get(phone.kind)
        if slot is None:
            untyped.append(phone.number)
        elif not slots[slot]:
            slots[slot] = phone.number
    for number in untyped:
        for slot in ("phone", "mobile"):
            if not slots[slot]:
                slots[slot] = number
                break
    return [
        card.name,
        card.company,
        card.title,
        slots["phone"],
        slots["mobile"],
        slots["fax"],
        card.emails[0] if card.emails else "",
        card.address,
        card.birthday.isoformat() if card.birthday else "",
        card.note,
        card.problem,
    ]


def _read_bytes(source: Source) -> bytes:
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source)
    try:
        return Path(source).read_bytes()
    except OSError as failure:
        raise ImportFileError("unreadable", detail=failure.strerror or str(failure)) from None


def _head(source: Source) -> bytes:
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source[:_SNIFF])
    try:
        with open(Path(source), "rb") as handle:
            return handle.read(_SNIFF)
    except OSError as failure:
        raise ImportFileError("unreadable", detail=failure.strerror or str(failure)) from None


@rule
def is_vcard(source: Source) -> bool:
    """A vCard file, by its name (.vcf, .vcard) or its first line (BEGIN:VCARD)."""
    if isinstance(source, str | os.PathLike) and Path(source).suffix.lower() in _VCARD_SUFFIXES:
        return True
    head = _head(source)
    for bom in (b"\xef\xbb\xbf",):
        head = head.removeprefix(bom)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", "ignore").encode("utf-8")
    return head.lstrip().upper().startswith(b"BEGIN:VCARD")


def _vcard_table(source: Source, limit: int | None) -> Table:
    data = _read_bytes(source)
    if not data.strip():
        raise ImportFileError("empty")
    cards = read_vcards(data)
    if not cards:
        raise ImportFileError("not_a_table")
    shown = cards if limit is None else cards[:limit]
    return Table(
        kind="vcard",
        encoding=None,
        encoding_confidence=1.0,
        delimiter=None,
        header_row=0,
        header=VCARD_HEADER,
        rows=[_card_row(card) for card in shown],
        row_numbers=[card.index + 1 for card in shown],  # the card's number in the file
        complete=limit is None or len(cards) <= limit,
    )


@rule
def read_source(
    source: Source,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    header_row: int | None = None,
) -> Table:
    """All rows of an import file: a vCard file as one row per card, anything else through
    `tables.read_table` (the options apply to CSV and workbooks only)."""
    if is_vcard(source):
        return _vcard_table(source, None)
    return tables.read_table(
        source, encoding=encoding, delimiter=delimiter, sheet=sheet, header_row=header_row
    )


@rule
def preview_source(
    source: Source,
    rows: int = 20,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    header_row: int | None = None,
) -> Table:
    """The header and the first `rows` rows (cards) of an import file."""
    if is_vcard(source):
        return _vcard_table(source, max(rows, 0))
    return tables.preview(
        source, rows, encoding=encoding, delimiter=delimiter, sheet=sheet, header_row=header_row
    )
