"""What an import is asked and what it answers: options, modes, matching, row results, history.

The data half of the import engine's contract (services/importing/engine.py re-exports every
name, so callers import them from there); kept apart so the engine's building blocks (rows,
plans, history) can use them without importing the engine.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .mapping import RecordKind
from .values import DateOrder

Translate = Callable[[str, str], str]
Progress = Callable[[int, int], bool | None]


class Mode(StrEnum):
    CREATE = "create"  # create only: a row matching an existing customer is skipped
    UPSERT = "upsert"  # create and update
    UPDATE = "update"  # update only: a row matching nothing is skipped


class MatchOn(StrEnum):
    EXTERNAL_ID = "external_id"  # the "Customer ID" column (ours) or an old system's id
    PHONE = "phone"  # normalised phone or mobile (duplicates.phone_key)
    EMAIL = "email"  # normalised e-mail (duplicates.email_key)
    NAME_COMPANY = "name_company"  # name + company after duplicates.name_key/company_key


DEFAULT_MATCH: tuple[MatchOn, ...] = (
    MatchOn.EXTERNAL_ID,
    MatchOn.PHONE,
    MatchOn.EMAIL,
    MatchOn.NAME_COMPANY,
)


class Outcome(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    SKIP = "skip"
    ERROR = "error"


@dataclass(frozen=True)
class ImportOptions:
    kind: RecordKind
    mapping: tuple[str | None, ...]  # per column of the table: a target key or None (ignored)
    mode: Mode = Mode.CREATE
    match_on: tuple[MatchOn, ...] = DEFAULT_MATCH  # tried in this order; the first hit wins
    date_order: DateOrder | None = None  # for a column whose dates are ambiguous (03/05/2024)
    file_name: str = ""  # shown in the import history
    owner_rep_id: int | None = None  # owner of new customers (None: policy.default_import_owner)
    # Choice labels and yes/no words are read in English, as codes, and in each of these
    # languages (the export writes them in the export's language).
    translators: tuple[Translate, ...] = ()
    # Added by the engine: the area code an 8-digit landline gets (None: the one of the
    # office's home city, rows.area_code_of; "": none).
    area_code: str | None = None


@dataclass(frozen=True)
class RowProblem:
    """Why a row (or one of its cells) could not be imported."""

    column: int | None  # the column in the table; None for the row as a whole
    target: str  # the target key ("" for the row as a whole)
    code: str  # a FieldError code (required, date, phone, money, too_long, choice, …)
    params: dict[str, Any] = field(default_factory=dict)
    text: str = ""  # the reason as one sentence, in the language of `translators[0]` or English


@dataclass(frozen=True)
class RowResult:
    row_number: int  # the source row number (tables.Table.row_numbers)
    outcome: Outcome
    customer_id: int | None = None  # the customer created, updated or matched
    reason: str = ""  # skip reason code: "exists", "no_match", "unchanged", "repeated", …
    problems: tuple[RowProblem, ...] = ()  # outcome ERROR: at least one
    changed: tuple[str, ...] = ()  # outcome UPDATE: the target keys whose value changes


@dataclass(frozen=True)
class ImportReport:
    results: tuple[RowResult, ...]
    created: int
    updated: int
    skipped: int
    errors: int
    batch_id: int | None = None  # run_import: the history entry (None for a dry run)
    dry_run: bool = True


@dataclass(frozen=True)
class ImportBatchView:
    """One entry of the import history."""

    id: int
    file_name: str
    kind: str
    mode: str
    person_name: str
    started_at: dt.datetime
    finished_at: dt.datetime | None
    created: int
    updated: int
    skipped: int
    errors: int
    state: str  # "done", "undone", "interrupted"


@dataclass(frozen=True)
class UndoSummary:
    removed: int  # rows the import created, taken away
    restored: int  # rows the import updated, back to their values before
    kept: int  # rows changed since the import, left as they are (named in `kept_ids`)
    kept_ids: tuple[int, ...] = ()
    trashed: int = 0  # of `removed`: customers moved to the trash (a clerk's undo), not deleted


class ImportCancelled(Exception):
    """The progress callback said stop: a run_import wrote nothing (its transaction rolled
    back), a dry run stopped."""
