"""What the import wizard's pages and the history dialog share: the state a wizard carries from
page to page, the translated labels of kinds, modes, outcomes and states, and the questions
(each a small function, so tests replace it instead of answering a modal dialog)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...i18n import LANGUAGES, fill_args
from ...services.importing.engine import (
    ImportOptions,
    ImportReport,
    Mode,
    Outcome,
    Translate,
    UndoSummary,
    write_error_file,
)
from ...services.importing.mapping import RecordKind, Target, targets
from ...services.importing.tables import Table
from ..i18n import translate_function

FILE_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xls", ".vcf")
PREVIEW_ROWS = 100  # read for the preview, the samples and the date question


@dataclass
class ImportState:
    """What the pages hand on: the file and how it reads, what its rows are, the mapping and
    the options, then the whole table, the dry run's report and the import's."""

    path: Path | None = None
    preview: Table | None = None
    encoding: str | None = None  # the user's choice over what was detected (None: detected)
    delimiter: str | None = None
    sheet: str | None = None
    header_row: int | None = None
    kind: RecordKind = RecordKind.CUSTOMERS
    mapping: tuple[str | None, ...] = ()
    save_mapping: bool = True
    options: ImportOptions | None = None
    table: Table | None = None  # the whole file, read by the dry run
    # date columns found ambiguous only further down the whole file (the check asks to go Back)
    late_ambiguous: tuple[int, ...] = ()
    checked: ImportReport | None = None
    imported: ImportReport | None = None
    undone: UndoSummary | None = None
    translators: tuple[Translate, ...] = field(default_factory=tuple)


def translators_for(lang: str) -> tuple[Translate, ...]:
    """The window's language first (its sentences are the ones shown), then the others: a file
    may be written in any of them."""
    order = [lang, *(other for other in LANGUAGES if other != lang)]
    return tuple(translate_function(one) for one in order)


def kind_label(kind: str) -> str:
    labels: dict[str, str] = {  # a StrEnum member is found by its value
        RecordKind.CUSTOMERS: QCoreApplication.translate("ImportWizard", "Customers"),
        RecordKind.CONTACTS: QCoreApplication.translate(
            "ImportWizard", "Contact persons of customers"
        ),
        RecordKind.DEALS: QCoreApplication.translate("ImportWizard", "Deals (sales history)"),
    }
    return labels.get(kind, kind)


def mode_label(mode: str) -> str:
    labels: dict[str, str] = {
        Mode.CREATE: QCoreApplication.translate("ImportWizard", "Create only"),
        Mode.UPSERT: QCoreApplication.translate("ImportWizard", "Create and update"),
        Mode.UPDATE: QCoreApplication.translate("ImportWizard", "Update only"),
    }
    return labels.get(mode, mode)


def state_label(state: str) -> str:
    return {
        "done": QCoreApplication.translate("ImportWizard", "Imported"),
        "undone": QCoreApplication.translate("ImportWizard", "Undone"),
        "interrupted": QCoreApplication.translate("ImportWizard", "Interrupted"),
    }.get(state, state)


def outcome_label(outcome: Outcome) -> str:
    return {
        Outcome.CREATE: QCoreApplication.translate("ImportWizard", "create"),
        Outcome.UPDATE: QCoreApplication.translate("ImportWizard", "update"),
        Outcome.SKIP: QCoreApplication.translate("ImportWizard", "skip"),
        Outcome.ERROR: QCoreApplication.translate("ImportWizard", "error"),
    }[outcome]


def skip_reason_text(code: str) -> str:
    texts = {
        "exists": QCoreApplication.translate(
            "ImportWizard", "Already there: it matches an existing customer."
        ),
        "no_match": QCoreApplication.translate("ImportWizard", "No customer matches it."),
        "unchanged": QCoreApplication.translate("ImportWizard", "Nothing to change."),
        "repeated": QCoreApplication.translate(
            "ImportWizard", "The same row came earlier in the file."
        ),
        "empty": QCoreApplication.translate("ImportWizard", "The row is empty."),
        "no_customer": QCoreApplication.translate("ImportWizard", "No customer of that name."),
    }
    return texts.get(code, code)


def joined(items: list[str]) -> str:
    """A list in a sentence: "a, b" in English, "a、b" in Chinese."""
    return QCoreApplication.translate("ImportWizard", ", ").join(items)


def target_label(target: Target) -> str:
    return QCoreApplication.translate(target.context, target.label)


def target_labels(kind: RecordKind) -> dict[str, str]:
    return {target.key: target_label(target) for target in targets(kind)}


def column_name(table: Table, column: int | None) -> str:
    """A column by its header, or "column 3" when it has none."""
    if column is None or column < 0:
        return ""
    if column < len(table.header) and table.header[column]:
        return table.header[column]
    return fill_args(QCoreApplication.translate("ImportWizard", "column %1"), column + 1)


def counts_text(report: ImportReport, *, dry: bool) -> str:
    text = (
        QCoreApplication.translate(
            "ImportWizard", "To create: %1 · to update: %2 · to skip: %3 · errors: %4"
        )
        if dry
        else QCoreApplication.translate(
            "ImportWizard", "Created: %1 · updated: %2 · skipped: %3 · errors: %4"
        )
    )
    return fill_args(
        text,
        f"{report.created:,}",
        f"{report.updated:,}",
        f"{report.skipped:,}",
        f"{report.errors:,}",
    )


def undo_text(summary: UndoSummary) -> str:
    text = fill_args(
        QCoreApplication.translate(
            "ImportWizard", "Undone: %1 removed, %2 restored to their values before the import."
        ),
        f"{summary.removed:,}",
        f"{summary.restored:,}",
    )
    if summary.trashed:
        text += " " + fill_args(
            QCoreApplication.translate(
                "ImportWizard",
                "%1 of the customers removed are in the trash for the owner to empty.",
            ),
            f"{summary.trashed:,}",
        )
    if summary.kept:
        text += " " + fill_args(
            QCoreApplication.translate(
                "ImportWizard", "%1 changed since the import were kept as they are."
            ),
            f"{summary.kept:,}",
        )
    return text


# ---------------------------------------------------------------- questions (tests replace them)


def choose_file(parent: QWidget, folder: str) -> Path | None:
    """The file to import, or None."""
    patterns = " ".join(f"*{suffix}" for suffix in FILE_SUFFIXES)
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportWizard", "Import a file"),
        folder,
        fill_args(
            QCoreApplication.translate("ImportWizard", "Tables and contacts (%1);;Every file (*)"),
            patterns,
        ),
    )
    return Path(path) if path else None


def choose_error_file(parent: QWidget, suggested: Path) -> Path | None:
    """Where to save the rows that failed (.csv or .xlsx), or None."""
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ImportWizard", "Save the rows that failed"),
        str(suggested),
        QCoreApplication.translate("ImportWizard", "CSV files (*.csv);;Excel workbooks (*.xlsx)"),
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in (".csv", ".xlsx"):
        target = target.with_name(target.name + (".xlsx" if "xlsx" in chosen else ".csv"))
    return target


def ask_undo(parent: QWidget, file_name: str, created: int, updated: int) -> bool:
    """Confirm taking an import back."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ImportWizard", "Undo the import"),
        fill_args(
            QCoreApplication.translate(
                "ImportWizard",
                "Undo the import of %1?\nThe %2 rows it created are removed and the %3 it "
                "updated get their values from before it back. Rows changed since are kept.",
            ),
            file_name,
            f"{created:,}",
            f"{updated:,}",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_stop(parent: QWidget) -> bool:
    """Confirm stopping a check or an import that is running."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ImportWizard", "Stop the import"),
        QCoreApplication.translate("ImportWizard", "Stop now? Nothing of this import is written."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def tell(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def save_error_file(
    parent: QWidget,
    report: ImportReport,
    table: Table,
    source: Path | None,
    lang: str,
    say: Callable[[str], object],
) -> Path | None:
    """Ask where, write the rows that failed there, say where they went."""
    stem = source.stem if source is not None else "import"
    folder = source.parent if source is not None else Path.home()
    errors = QCoreApplication.translate("ImportWizard", "errors")
    suggested = folder / f"{stem}-{errors}.csv"
    target = choose_error_file(parent, suggested)
    if target is None:
        return None
    from ..common.failures import failure_text

    try:
        written = write_error_file(report, table, target, translate_function(lang))
    except Exception as error:  # noqa: BLE001 - shown, never a traceback
        say(failure_text(error))
        return None
    say(
        fill_args(
            QCoreApplication.translate("ImportWizard", "The %1 rows that failed are in %2."),
            f"{report.errors:,}",
            str(written),
        )
    )
    return written
