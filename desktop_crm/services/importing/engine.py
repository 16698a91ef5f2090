"""The import engine (issue 11): rows of a `Table` → customers, contacts or deals.

CONTRACT (written before the engine, so the wizard, the command and the mapping are built
against one API; the engine helper fills in the bodies and may add, never silently change):

- `ImportOptions` says what the rows are (`RecordKind`), which column goes to which target
  (`mapping`: one target key or None per column, keys from `mapping.targets(kind)`), the
  mode (create only / create and update / update only), what a row is matched on, and the
  order of an ambiguous date column (asked once by the wizard, `--date-order` headless).
- `dry_run` reads every row and says what `run_import` would do with it: create / update /
  skip / error, with the reasons, writing nothing.
- `run_import` writes; one import is one batch in the import history, with what each row
  created and each updated row's values before; `undo_import` takes a batch back.
- `Progress` is called with (done, total); returning False cancels: a cancelled or killed
  import leaves no trace (or a batch the history can undo).
- `write_error_file` writes the rows that failed, each the original cells plus the column
  and the reason, as CSV or .xlsx (by the suffix), for the user to fix and import again.

How it is built (the engine helper's choices, documented where the contract asked):

- The data classes live in `results.py` and are re-exported here; rows are read into typed
  values by `rows.py`, customer rows planned and written by `customer_plan.py`, contacts and
  deals by `child_plan.py`, the history and its undo by `history.py`.
- Rows are read, planned and written 1,000 at a time; `dry_run` plans exactly as `run_import`
  does (the same index, the same in-file repeats), so both give the same outcomes.
- **Kill-safety: one import is one transaction.** The batch row, every created or updated row
  and its change row, the audit entry: all commit together or not at all. A kill, a crash or
  Cancel (`progress` returning False raises ImportCancelled) leaves no trace of the import;
  the history never holds a half batch. (On SQLite the import holds the write lock while it
  writes: ~1 minute for 100,000 rows; others' saves wait up to the busy timeout.) A batch row
  still "running" can therefore only come from an older or foreign writer: it reads
  "interrupted" and undo takes back what its change rows name.
- Additions to the contract: `ImportOptions.area_code`, `ImportCancelled`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import peewee as pw

from ...models.core import User
from ...models.db import tuple_rows, utcnow, write_transaction
from ...models.imports import ImportBatch
from ..common.acting import Person, rule
from ..common.errors import FieldError, ValidationFailed
from ..common.settings import HOME_CITY, read_setting
from ..office.audit import Action, Entity, record
from ..people.policy import default_import_owner, guard
from .customer_plan import CustomerPlanner, Planned
from .mapping import RecordKind
from .results import (
    DEFAULT_MATCH as DEFAULT_MATCH,
)
from .results import (
    ImportBatchView as ImportBatchView,
)
from .results import (
    ImportCancelled as ImportCancelled,
)
from .results import (
    ImportOptions as ImportOptions,
)
from .results import (
    ImportReport as ImportReport,
)
from .results import (
    MatchOn as MatchOn,
)
from .results import (
    Mode as Mode,
)
from .results import (
    Outcome as Outcome,
)
from .results import (
    Progress as Progress,
)
from .results import (
    RowProblem as RowProblem,
)
from .results import (
    RowResult as RowResult,
)
from .results import (
    Translate as Translate,
)
from .results import (
    UndoSummary as UndoSummary,
)
from .rows import RowReader, area_code_of, target_specs
from .tables import Table
from .values import date_order_of

CHUNK = 1000


@rule
def ambiguous_date_columns(table: Table, options: ImportOptions) -> tuple[int, ...]:
    """The mapped date columns whose values read as day/month and month/day alike."""
    specs = target_specs(options.kind)
    found = []
    for index, key in enumerate(options.mapping):
        spec = specs.get(key) if key is not None else None
        if spec is None or spec.kind.value != "date":
            continue
        column = (row[index] for row in table.rows if index < len(row) and row[index])
        if date_order_of(column) is None:
            found.append(index)
    return tuple(found)


def _check_options(table: Table, options: ImportOptions) -> None:
    """Refuse options the engine cannot run, before any row is read."""
    errors: list[FieldError] = []
    if not isinstance(options, ImportOptions):
        raise ValidationFailed([FieldError("options", "type", {"value": type(options).__name__})])
    try:
        kind = RecordKind(options.kind)
    except ValueError:
        raise ValidationFailed(
            [FieldError("kind", "choice", {"value": str(options.kind)})]
        ) from None
    if len(options.mapping) != table.width:
        errors.append(
            FieldError(
                "mapping", "invalid", {"columns": table.width, "value": len(options.mapping)}
            )
        )
    specs = target_specs(kind)
    seen: set[str] = set()
    for index, key in enumerate(options.mapping):
        if key is None:
            continue
        if key not in specs:
            errors.append(FieldError(f"mapping.{index}", "choice", {"value": str(key)}))
        elif key in seen:
            errors.append(FieldError(f"mapping.{index}", "duplicate", {"value": key}))
        seen.add(str(key))
    if options.mode not in tuple(Mode):
        errors.append(FieldError("mode", "choice", {"value": str(options.mode)}))
    if not options.match_on or any(m not in tuple(MatchOn) for m in options.match_on):
        errors.append(FieldError("match_on", "choice", {"value": str(options.match_on)}))
    if options.owner_rep_id is not None and not (
        isinstance(options.owner_rep_id, int)
        and User.select().where(User.id == options.owner_rep_id, User.active).exists()
    ):
        errors.append(FieldError("owner_rep_id", "not_found", {"value": options.owner_rep_id}))
    if errors:
        raise ValidationFailed(errors)


def _reps() -> dict[str, int]:
    """The office's active people by folded name (an `owner` column names one)."""
    from .rows import _fold

    query = User.select(User.id, User.name).where(User.active).order_by(User.id)
    found: dict[str, int] = {}
    for person_id, name in tuple_rows(query):
        found.setdefault(_fold(name), person_id)
    return found


def _reader(table: Table, options: ImportOptions) -> RowReader:
    area = options.area_code
    if area is None:
        area = area_code_of(str(read_setting(HOME_CITY) or ""))
    return RowReader(
        RecordKind(options.kind),
        table.header,
        options.mapping,
        table.rows,
        date_order=options.date_order,
        translators=options.translators,
        area_code=area,
        reps=_reps(),
    )


def _planner(actor: Person, table: Table, options: ImportOptions) -> Any:
    reader = _reader(table, options)
    kind = RecordKind(options.kind)
    if kind == RecordKind.CUSTOMERS:
        owner = (
            options.owner_rep_id
            if options.owner_rep_id is not None
            else default_import_owner(actor)
        )
        return CustomerPlanner(actor, reader, Mode(options.mode), options.match_on, owner)
    from .child_plan import ChildPlanner

    return ChildPlanner(actor, reader, kind, Mode(options.mode))


def _result(row: Planned) -> RowResult:
    return RowResult(
        row_number=row.row_number,
        outcome=row.outcome,
        customer_id=row.result_customer,
        reason=row.reason,
        problems=tuple(
            RowProblem(p.column, p.target, p.code, p.params, p.text) for p in row.problems
        ),
        changed=row.changed,
    )


def _rows(
    actor: Person,
    table: Table,
    options: ImportOptions,
    progress: Progress | None,
    batch_id: int | None,
) -> list[RowResult]:
    planner = _planner(actor, table, options)
    total = len(table.rows)
    if progress is not None and progress(0, total) is False:
        raise ImportCancelled
    results: list[RowResult] = []
    now = utcnow()
    numbers = table.row_numbers
    for start in range(0, total, CHUNK):
        chunk = [
            (numbers[i] if i < len(numbers) else i + 1, table.rows[i])
            for i in range(start, min(start + CHUNK, total))
        ]
        planned = planner.plan(chunk)
        if batch_id is not None:
            planner.write(planned, batch_id, now)
        results.extend(_result(row) for row in planned)
        for row in planned:  # a later repeat needs only the id: let the values go
            row.values, row.before = {}, {}
        if progress is not None and progress(len(results), total) is False:
            raise ImportCancelled
    if batch_id is not None:
        planner.finish()
    return results


def _report(results: Sequence[RowResult], batch_id: int | None) -> ImportReport:
    counts = dict.fromkeys(Outcome, 0)
    for result in results:
        counts[result.outcome] += 1
    return ImportReport(
        results=tuple(results),
        created=counts[Outcome.CREATE],
        updated=counts[Outcome.UPDATE],
        skipped=counts[Outcome.SKIP],
        errors=counts[Outcome.ERROR],
        batch_id=batch_id,
        dry_run=batch_id is None,
    )


@guard.office
def dry_run(
    actor: Person, table: Table, options: ImportOptions, progress: Progress | None = None
) -> ImportReport:
    """What `run_import` would do with every row, writing nothing."""
    _check_options(table, options)
    return _report(_rows(actor, table, options, progress, None), None)


@guard.office
def run_import(
    actor: Person, table: Table, options: ImportOptions, progress: Progress | None = None
) -> ImportReport:
    """Import the rows; one batch in the import history and one audit entry, all in one
    transaction (a kill or Cancel leaves nothing). Raises ImportCancelled when `progress`
    returns False."""
    _check_options(table, options)
    started = utcnow()
    with write_transaction():
        batch = ImportBatch.create(
            person_id=actor.id,
            person_name=actor.name,
            file_name=str(options.file_name)[:300],
            kind=str(RecordKind(options.kind)),
            mode=str(Mode(options.mode)),
            started_at=started,
            state="running",
        )
        batch_id = int(batch.id)
        report = _report(_rows(actor, table, options, progress, batch_id), batch_id)
        ImportBatch.update(
            created=report.created,
            updated=report.updated,
            skipped=report.skipped,
            errors=report.errors,
            finished_at=utcnow(),
            state="done",
            updated_at=utcnow(),
            version=ImportBatch.version + 1,
        ).where(ImportBatch.id == batch_id).execute()
        record(
            actor,
            Action.IMPORT,
            Entity.IMPORT,
            batch_id,
            None,
            note=(
                f"{RecordKind(options.kind)} {Mode(options.mode)} from {options.file_name!r}: "
                f"{report.created} created, {report.updated} updated, "
                f"{report.skipped} skipped, {report.errors} errors"
            ),
        )
    return report


@rule
def write_error_file(
    report: ImportReport, table: Table, target: Path, translate: Translate | None = None
) -> Path:
    """The rows that failed, each its original cells plus the column and the reason."""
    from .error_file import write_failed_rows

    return write_failed_rows(report, table, Path(target), translate)


@guard.office
def import_history(actor: Person) -> list[ImportBatchView]:
    """Every import, newest first; a batch left running by a dead process reads "interrupted"."""
    from .history import history_views

    return history_views()


@guard.office
def undo_import(actor: Person, batch_id: int) -> UndoSummary:
    """Take a batch back in one transaction: created rows removed, updated rows back to their
    values before; a row changed since the import (or a created customer that got visits or
    assessments since) is kept and named. A batch undone before is refused ("batch"). The
    owner's undo deletes created customers; a clerk's moves them to the trash (history.py)."""
    from .history import undo_batch

    return undo_batch(actor, batch_id)


_ = (pw, dt)
