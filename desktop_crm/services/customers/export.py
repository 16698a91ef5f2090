"""Export of the customer file: the current list (a filter) or everything, to CSV, .xlsx, vCard.

It lives with the customer file's reads (services/customers) because it is one: it runs the
list's own scoped query (`queries.filtered_customers`), so a rep gets exactly the customers they see;
services/importing is the import's home and reads what this writes.

Layout (what the import reads back):

- **CSV** — three files, UTF-8 with BOM (Excel opens Chinese right) or GB18030:
  ``NAME.csv`` one row per customer: ``Customer ID`` (our id, the stable external id) and
  every exported field of the description (services/customers/fields.export_columns) in its
  order; ``NAME-contacts.csv`` one row per contact and ``NAME-deals.csv`` one per deal, each
  keyed by ``Customer ID`` and the customer's name. Headers are the field labels in the
  chosen language; dates are YYYY-MM-DD, amounts 1234.50, choices their label, yes/no fields
  the words. Line ends CRLF (Excel's).
- **.xlsx** — one workbook with the sheets Customers, Contacts, Deals laid out as the three
  CSV files; a frozen bold header row; dates are date cells, amounts numbers with two
  decimals, phones and every other text string cells (Excel never turns 13800138000 into
  1.38E+10).
- **.vcf** — vCard 3.0 or 2.1, one card per contact, or per customer without contacts
  (services/customers/vcard_export.py).

Formula injection: a text value starting with = + - @, a tab or a CR is written to CSV with a
leading apostrophe (an import strips one apostrophe before those characters) and to .xlsx as
a string cell with Excel's quote prefix, so a spreadsheet never runs it; the database keeps
the value as typed.

Permissions: exporting a list (a filter) is anyone's, scoped as the list is; exporting
everything (no filter) is the owner's only. Each export writes one audit entry (Action.EXPORT,
note: format, counts, filter) in the transaction that puts the files in place.

Streaming: customers are read 1,000 at a time (by id), their contacts and deals with them,
and written straight out; every file goes to a temporary name beside the target and is renamed
only when complete, so a crash or a Cancel (progress returning False) leaves no file under the
target name.
"""

from __future__ import annotations

import csv
import os
import tempfile
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

import peewee as pw

from ...i18n import QT_TRANSLATE_NOOP
from ...models.core import Contact, Customer, Deal
from ...models.db import tuple_rows, write_transaction
from ..common.acting import Person, rule
from ..common.errors import FieldError, ValidationFailed
from ..office.audit import Action, Entity, record
from ..people.policy import guard, require_owner
from .drafts import CustomerFilter
from .fields import CONTACT_FIELDS, ExportColumn, FieldSpec, Kind, export_columns
from .queries import filtered_customers
from .vcard_export import VCARD_VERSIONS, cards_of, vcard_text

FORMATS = ("csv", "xlsx", "vcf")
ENCODINGS = ("utf-8-sig", "gb18030")
CHUNK = 1000

Translate = Callable[[str, str], str]
Progress = Callable[[int, int], bool | None]

ID_HEADER = QT_TRANSLATE_NOOP("Export", "Customer ID")
CUSTOMER_HEADER = QT_TRANSLATE_NOOP("Export", "Customer")
YES = QT_TRANSLATE_NOOP("Export", "Yes")
NO = QT_TRANSLATE_NOOP("Export", "No")
SHEETS = (
    QT_TRANSLATE_NOOP("Export", "Customers"),
    QT_TRANSLATE_NOOP("Export", "Contacts"),
    QT_TRANSLATE_NOOP("Export", "Deals"),
)
DEAL_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "date", "deal", QT_TRANSLATE_NOOP("ChildTables", "Date"), Kind.DATE, context="ChildTables"
    ),
    FieldSpec(
        "products", "deal", QT_TRANSLATE_NOOP("ChildTables", "Products"), context="ChildTables"
    ),
    FieldSpec(
        "amount",
        "deal",
        QT_TRANSLATE_NOOP("ChildTables", "Amount"),
        Kind.MONEY,
        context="ChildTables",
    ),
    FieldSpec(
        "notes",
        "deal",
        QT_TRANSLATE_NOOP("ChildTables", "Notes"),
        Kind.LONGTEXT,
        context="ChildTables",
    ),
)
DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")


class ExportCancelled(Exception):
    """The progress callback said stop; no file was left behind."""


@dataclass(frozen=True)
class ExportSummary:
    customers: int
    contacts: int
    deals: int
    path: Path
    files: tuple[Path, ...] = ()  # every file written (CSV: the customers, contacts, deals)


@rule
def format_of(path: Path) -> str | None:
    """The export format a file name asks for ("csv", "xlsx", "vcf"), or None."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix == "vcard":
        return "vcf"
    return suffix if suffix in FORMATS else None


@rule
def companion_paths(target: Path) -> tuple[Path, Path]:
    """The contacts and deals files that go with a customers CSV."""
    return (
        target.with_name(f"{target.stem}-contacts{target.suffix}"),
        target.with_name(f"{target.stem}-deals{target.suffix}"),
    )


@rule
def escape_formula(text: str) -> str:
    """A text cell a spreadsheet will not run: a leading apostrophe before = + - @ tab CR."""
    return "'" + text if text.startswith(DANGEROUS_START) else text


@rule
def describe_filter(flt: CustomerFilter | None) -> str:
    """The filter in the audit note's words ("everything" without one)."""
    if flt is None:
        return "everything"
    parts = []
    if flt.text:
        parts.append(f"text={flt.text!r}")
    if flt.rep_id is not None:
        parts.append(f"rep={flt.rep_id}")
    if flt.pool_only:
        parts.append("pool")
    if flt.tier:
        parts.append(f"tier={flt.tier}")
    if flt.city:
        parts.append(f"city={flt.city!r}")
    if flt.in_trash:
        parts.append("trash")
    return ", ".join(parts) or "the whole list"


def _check(fmt: str, encoding: str, vcard_version: str) -> None:
    errors = []
    if fmt not in FORMATS:
        errors.append(FieldError("format", "choice", {"value": fmt, "choices": FORMATS}))
    if encoding not in ENCODINGS:
        errors.append(FieldError("encoding", "choice", {"value": encoding, "choices": ENCODINGS}))
    if vcard_version not in VCARD_VERSIONS:
        errors.append(
            FieldError(
                "vcard_version", "choice", {"value": vcard_version, "choices": VCARD_VERSIONS}
            )
        )
    if errors:
        raise ValidationFailed(errors)


@guard.scoped
def export_customers(
    actor: Person,
    flt: CustomerFilter | None,
    fmt: str,
    target: Path,
    *,
    translate: Translate | None = None,
    encoding: str = "utf-8-sig",
    vcard_version: str = "3.0",
    progress: Progress | None = None,
) -> ExportSummary:
    """Write the customers of `flt` (None: everything, the owner's only) to `target`.

    `translate(context, text)` gives the headers in the office's language (English without).
    `progress(done, total)` is called after every chunk; returning False cancels: the
    temporary files are removed and ExportCancelled raised.
    """
    _check(fmt, encoding, vcard_version)
    if flt is None:
        require_owner(actor, "export the whole customer file: only an owner may")
    words: Translate = translate or (lambda _context, text: text)
    query = filtered_customers(actor, flt or CustomerFilter())
    total = int(query.count())
    columns = export_columns(words)
    target = Path(target)
    finals = [target, *companion_paths(target)] if fmt == "csv" else [target]
    writer = _writer(fmt, finals, columns, words, encoding, vcard_version)
    counts = [0, 0, 0]
    try:
        if progress is not None and progress(0, total) is False:
            raise ExportCancelled
        for customers, contacts, deals in _chunks(query, columns):
            writer.write(customers, contacts, deals)
            counts[0] += len(customers)
            counts[1] += sum(len(c) for c in contacts.values())
            counts[2] += sum(len(d) for d in deals.values())
            if progress is not None and progress(counts[0], total) is False:
                raise ExportCancelled
        writer.close()
        with write_transaction():
            record(
                actor,
                Action.EXPORT,
                Entity.CUSTOMER,
                None,
                None,
                note=(
                    f"{fmt}: {counts[0]} customers, {counts[1]} contacts, {counts[2]} deals; "
                    f"filter: {describe_filter(flt)}"
                ),
            )
            for temporary, final in zip(writer.temporaries, finals, strict=True):
                os.replace(temporary, final)
    except BaseException:
        writer.abort()
        raise
    return ExportSummary(counts[0], counts[1], counts[2], target, tuple(finals))


# ---------------------------------------------------------------- reading in chunks


def _chunks(
    query: pw.ModelSelect[Any], columns: Sequence[ExportColumn]
) -> Iterator[
    tuple[list[dict[str, Any]], dict[int, list[dict[str, Any]]], dict[int, list[dict[str, Any]]]]
]:
    fields = [getattr(Customer, c.name) for c in columns]
    names = ["id", *(c.name for c in columns)]
    contact_names = [spec.name for spec in CONTACT_FIELDS]
    last = 0
    while True:
        page = (
            query.select(Customer.id, *fields)
            .where(Customer.id > last)
            .order_by(Customer.id)
            .limit(CHUNK)
        )
        customers = [dict(zip(names, row, strict=True)) for row in tuple_rows(page)]
        if not customers:
            return
        ids = [c["id"] for c in customers]
        last = ids[-1]
        contacts: dict[int, list[dict[str, Any]]] = {}
        rows = (
            Contact.select(Contact.customer, *(getattr(Contact, n) for n in contact_names))
            .where(Contact.customer.in_(ids))
            .order_by(Contact.customer, Contact.id)
        )
        for row in tuple_rows(rows):
            contacts.setdefault(row[0], []).append(dict(zip(contact_names, row[1:], strict=True)))
        deals: dict[int, list[dict[str, Any]]] = {}
        deal_rows = (
            Deal.select(Deal.customer, Deal.date, Deal.products, Deal.amount, Deal.notes)
            .where(Deal.customer.in_(ids))
            .order_by(Deal.customer, Deal.date, Deal.id)
        )
        for row in tuple_rows(deal_rows):
            deals.setdefault(row[0], []).append(
                dict(zip(("date", "products", "amount", "notes"), row[1:], strict=True))
            )
        yield customers, contacts, deals


# ---------------------------------------------------------------- writers


def _temporary(final: Path) -> Path:
    handle, name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".part", dir=final.parent)
    os.close(handle)
    return Path(name)


class _Writer:
    def __init__(self, finals: Sequence[Path]) -> None:
        self.temporaries: list[Path] = []
        try:
            for final in finals:
                self.temporaries.append(_temporary(final))
        except BaseException:
            self.abort()
            raise

    def write(
        self,
        customers: list[dict[str, Any]],
        contacts: dict[int, list[dict[str, Any]]],
        deals: dict[int, list[dict[str, Any]]],
    ) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def discard(self) -> None:
        self.close()

    def abort(self) -> None:
        with suppress(Exception):
            self.discard()
        for path in self.temporaries:
            with suppress(OSError):
                path.unlink()


def _writer(
    fmt: str,
    finals: Sequence[Path],
    columns: Sequence[ExportColumn],
    words: Translate,
    encoding: str,
    vcard_version: str,
) -> _Writer:
    if fmt == "csv":
        return _CsvWriter(finals, columns, words, encoding)
    if fmt == "xlsx":
        return _XlsxWriter(finals, columns, words)
    return _VcfWriter(finals, columns, vcard_version)


def _headers(
    columns: Sequence[ExportColumn], words: Translate
) -> tuple[list[str], list[str], list[str]]:
    key = [words("Export", ID_HEADER), words("Export", CUSTOMER_HEADER)]
    return (
        [words("Export", ID_HEADER), *(c.header for c in columns)],
        [*key, *(words(s.context, s.label) for s in CONTACT_FIELDS)],
        [*key, *(words(s.context, s.label) for s in DEAL_FIELDS)],
    )


def _child_rows(
    customers: list[dict[str, Any]], children: dict[int, list[dict[str, Any]]]
) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    for customer in customers:
        for child in children.get(customer["id"], ()):
            yield customer, child


class _CsvWriter(_Writer):
    def __init__(
        self,
        finals: Sequence[Path],
        columns: Sequence[ExportColumn],
        words: Translate,
        encoding: str,
    ) -> None:
        super().__init__(finals)
        self.columns = [c.spec for c in columns]
        self.words = words
        self.files: list[IO[str]] = []
        try:
            for path in self.temporaries:
                self.files.append(path.open("w", encoding=encoding, newline=""))
        except BaseException:
            self.abort()
            raise
        self.writers = [csv.writer(f, lineterminator="\r\n") for f in self.files]
        for writer, header in zip(self.writers, _headers(columns, words), strict=True):
            writer.writerow(header)

    def _text(self, spec: FieldSpec, value: Any) -> str:
        if value is None or value == "":
            return ""
        if spec.kind is Kind.DATE:
            return str(value.isoformat())
        if spec.kind is Kind.MONEY:
            return f"{Decimal(value):.2f}"
        if spec.kind is Kind.INTEGER:
            return str(value)
        if spec.kind is Kind.BOOL:
            return self.words("Export", YES if value else NO)
        if spec.kind is Kind.CHOICE:
            return escape_formula(self.words("Choice", spec.choice_label(value)))
        return escape_formula(str(value))

    def write(
        self,
        customers: list[dict[str, Any]],
        contacts: dict[int, list[dict[str, Any]]],
        deals: dict[int, list[dict[str, Any]]],
    ) -> None:
        text = self._text
        self.writers[0].writerows(
            [str(c["id"]), *(text(s, c[s.name]) for s in self.columns)] for c in customers
        )
        for writer, children, specs in (
            (self.writers[1], contacts, CONTACT_FIELDS),
            (self.writers[2], deals, DEAL_FIELDS),
        ):
            writer.writerows(
                [str(c["id"]), escape_formula(c["name"]), *(text(s, d[s.name]) for s in specs)]
                for c, d in _child_rows(customers, children)
            )

    def close(self) -> None:
        for f in self.files:
            f.close()


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


KIND_WIDTHS = {
    Kind.DATE: 12,
    Kind.MONEY: 16,
    Kind.PHONE: 16,
    Kind.EMAIL: 24,
    Kind.LONGTEXT: 40,
    Kind.INTEGER: 8,
    Kind.BOOL: 8,
}


class _XlsxWriter(_Writer):
    def __init__(
        self, finals: Sequence[Path], columns: Sequence[ExportColumn], words: Translate
    ) -> None:
        super().__init__(finals)
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        self.cell = WriteOnlyCell
        self.words = words
        self.columns = [c.spec for c in columns]
        self.book: Any = Workbook(write_only=True)
        self.sheets = []
        id_spec = FieldSpec("id", "", ID_HEADER, Kind.INTEGER)
        name_spec = FieldSpec("name", "", CUSTOMER_HEADER)
        specs = (
            [id_spec, *self.columns],
            [id_spec, name_spec, *CONTACT_FIELDS],
            [id_spec, name_spec, *DEAL_FIELDS],
        )
        bold = Font(bold=True)
        for title, header, sheet_specs in zip(SHEETS, _headers(columns, words), specs, strict=True):
            sheet = self.book.create_sheet(words("Export", title))
            sheet.freeze_panes = "A2"
            for index, (label, spec) in enumerate(zip(header, sheet_specs, strict=True), 1):
                width = max(_display_width(label) + 2, KIND_WIDTHS.get(spec.kind, 14))
                sheet.column_dimensions[get_column_letter(index)].width = min(width, 50)
            cells = []
            for label in header:
                cell = WriteOnlyCell(sheet, value=label)
                cell.font = bold
                cells.append(cell)
            sheet.append(cells)
            self.sheets.append(sheet)

    def _cell(self, sheet: Any, spec: FieldSpec, value: Any) -> Any:
        if value is None or value == "":
            return None
        kind = spec.kind
        if kind is Kind.DATE:
            cell = self.cell(sheet, value=value)
            cell.number_format = "yyyy-mm-dd"
            return cell
        if kind is Kind.MONEY:
            cell = self.cell(sheet, value=Decimal(value))
            cell.number_format = "#,##0.00"
            return cell
        if kind in (Kind.INTEGER, Kind.BOOL):
            return value
        text = self.words("Choice", spec.choice_label(value)) if kind is Kind.CHOICE else str(value)
        if not text.startswith(DANGEROUS_START):
            return text  # openpyxl writes a plain str as a string cell
        cell = self.cell(sheet, value=None)
        cell.value = text
        cell.data_type = "s"  # never a formula
        cell.quotePrefix = True
        return cell

    def write(
        self,
        customers: list[dict[str, Any]],
        contacts: dict[int, list[dict[str, Any]]],
        deals: dict[int, list[dict[str, Any]]],
    ) -> None:
        sheet, cell = self.sheets[0], self._cell
        name_spec = FieldSpec("name", "", CUSTOMER_HEADER)
        for c in customers:
            sheet.append([c["id"], *(cell(sheet, s, c[s.name]) for s in self.columns)])
        for sheet, children, specs in (
            (self.sheets[1], contacts, CONTACT_FIELDS),
            (self.sheets[2], deals, DEAL_FIELDS),
        ):
            for c, d in _child_rows(customers, children):
                sheet.append(
                    [
                        c["id"],
                        cell(sheet, name_spec, c["name"]),
                        *(cell(sheet, s, d[s.name]) for s in specs),
                    ]
                )

    def discard(self) -> None:
        for sheet in self.sheets:  # end each sheet's stream, never save the workbook
            with suppress(Exception):
                sheet.close()
        self.book = None

    def close(self) -> None:
        if self.book is not None:
            book, self.book = self.book, None
            book.save(self.temporaries[0])


class _VcfWriter(_Writer):
    def __init__(
        self, finals: Sequence[Path], columns: Sequence[ExportColumn], version: str
    ) -> None:
        super().__init__(finals)
        self.version = version
        self.file: IO[str] = self.temporaries[0].open("w", encoding="utf-8", newline="")

    def write(
        self,
        customers: list[dict[str, Any]],
        contacts: dict[int, list[dict[str, Any]]],
        deals: dict[int, list[dict[str, Any]]],
    ) -> None:
        for customer in customers:
            for card in cards_of(customer, contacts.get(customer["id"], [])):
                self.file.write(vcard_text(card, self.version))

    def close(self) -> None:
        self.file.close()
