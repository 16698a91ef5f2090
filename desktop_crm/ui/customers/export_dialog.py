"""Customers → Export…: choose the scope, format and encoding, then a file; the export runs
off the GUI thread with a progress bar and Cancel (services/customers/export.py does the work).

"Everything" is the owner's only: the choice is disabled for anyone else, and the service
refuses it anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import fill_args
from ...services.customers.drafts import CustomerFilter
from ...services.customers.export import (
    ExportSummary,
    companion_paths,
    export_customers,
)
from ...services.people.policy import is_owner
from ..common.failures import failure_text
from ..common.report_pdf import SaveWords, ask_save_path
from ..context import UiContext
from ..i18n import translate_function
from ..runner import OperationCancelled

SUFFIXES = {"xlsx": ".xlsx", "csv": ".csv", "vcf": ".vcf"}


@dataclass(frozen=True)
class ExportChoice:
    everything: bool
    fmt: str  # "xlsx", "csv", "vcf"
    encoding: str = "utf-8-sig"
    vcard_version: str = "3.0"


class ExportDialog(QDialog):
    def __init__(
        self, count: int, owner: bool, filtered: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export customers"))
        self.list_radio = QRadioButton(
            fill_args(
                self.tr("The current list (%1 customers)")
                if filtered
                else self.tr("The list as shown (%1 customers)"),
                f"{count:,}",
            ),
            self,
        )
        self.all_radio = QRadioButton(
            self.tr("Everything (the whole customer file)"),
            self,
        )
        self.all_radio.setEnabled(owner)
        if not owner:
            self.all_radio.setToolTip(self.tr("Only the owner may export the whole file."))
        self.list_radio.setChecked(True)
        self.scope = QButtonGroup(self)
        self.scope.addButton(self.list_radio)
        self.scope.addButton(self.all_radio)
        self.format_combo = QComboBox(self)
        self.format_combo.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.format_combo.addItem(
            self.tr("CSV (customers, contacts, deals: three files)"),
            "csv",
        )
        self.format_combo.addItem(self.tr("vCard (contacts for phones)"), "vcf")
        self.encoding_combo = QComboBox(self)
        self.encoding_combo.addItem(
            self.tr("UTF-8 with BOM (Excel, WPS)"),
            "utf-8-sig",
        )
        self.encoding_combo.addItem(
            self.tr("GB18030 (older Excel, other systems)"),
            "gb18030",
        )
        self.version_combo = QComboBox(self)
        self.version_combo.addItem(self.tr("3.0 (most phones)"), "3.0")
        self.version_combo.addItem(self.tr("2.1 (older phones)"), "2.1")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_combo)
        form.addRow(self.tr("Encoding:"), self.encoding_combo)
        form.addRow(self.tr("vCard version:"), self.version_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Export which customers?"), self))
        layout.addWidget(self.list_radio)
        layout.addWidget(self.all_radio)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    def _format_changed(self) -> None:
        fmt = self.format_combo.currentData()
        self.encoding_combo.setEnabled(fmt == "csv")
        self.version_combo.setEnabled(fmt == "vcf")

    def choice(self) -> ExportChoice:
        return ExportChoice(
            everything=self.all_radio.isChecked() and self.all_radio.isEnabled(),
            fmt=str(self.format_combo.currentData()),
            encoding=str(self.encoding_combo.currentData()),
            vcard_version=str(self.version_combo.currentData()),
        )


def ask_export(parent: QWidget, count: int, owner: bool, filtered: bool) -> ExportChoice | None:
    """The user's choice, or None when cancelled (tests replace this)."""
    dialog = ExportDialog(count, owner, filtered, parent)
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_target(parent: QWidget, choice: ExportChoice) -> Path | None:
    """The file to write (tests replace this)."""
    filters = {
        "xlsx": QCoreApplication.translate("ExportDialog", "Excel workbooks (*.xlsx)"),
        "csv": QCoreApplication.translate("ExportDialog", "CSV files (*.csv)"),
        "vcf": QCoreApplication.translate("ExportDialog", "vCard files (*.vcf)"),
    }
    words = SaveWords(
        QCoreApplication.translate("ExportDialog", "Export customers"), filters[choice.fmt], ""
    )
    name = QCoreApplication.translate("ExportDialog", "customers")
    suggested = Path.home() / f"{name}{SUFFIXES[choice.fmt]}"
    path = ask_save_path(parent, words, suggested)
    if path is not None and path.suffix.lower() != SUFFIXES[choice.fmt]:
        path = path.with_name(path.name + SUFFIXES[choice.fmt])
    return path


def export_from_room(
    parent: QWidget,
    ctx: UiContext,
    flt: CustomerFilter,
    count: int,
    say: Callable[[str], object],
    tell: Callable[[str], object],
) -> None:
    """The whole flow: ask, pick a file, export with progress; `say` gets the status line,
    `tell` a failure's text."""
    user = ctx.app.user
    filtered = flt != CustomerFilter()
    choice = ask_export(parent, count, is_owner(user), filtered)
    if choice is None:
        return
    target = ask_target(parent, choice)
    if target is None:
        return
    translate = translate_function(ctx.lang)

    def work(progress: Callable[[int, int], object]) -> ExportSummary:
        return export_customers(
            user,
            None if choice.everything else flt,
            choice.fmt,
            target,
            translate=translate,
            encoding=choice.encoding,
            vcard_version=choice.vcard_version,
            progress=lambda done, total: bool(progress(done, total) or True),
        )

    def done(summary: ExportSummary) -> None:
        text = fill_args(
            QCoreApplication.translate(
                "ExportDialog", "Exported %1 customers, %2 contacts and %3 deals to %4."
            ),
            f"{summary.customers:,}",
            f"{summary.contacts:,}",
            f"{summary.deals:,}",
            str(summary.path),
        )
        if choice.fmt == "csv":
            contacts, deals = companion_paths(summary.path)
            text += " " + fill_args(
                QCoreApplication.translate("ExportDialog", "Contacts and deals: %1, %2."),
                contacts.name,
                deals.name,
            )
        say(text)

    def failed(error: BaseException) -> None:
        if isinstance(error, OperationCancelled):
            say(
                QCoreApplication.translate("ExportDialog", "Export cancelled; no file was written.")
            )
        else:
            tell(failure_text(error))

    operation = ctx.runner.run(
        work,
        label=QCoreApplication.translate("ExportDialog", "Exporting customers…"),
        parent=parent,
        wants_progress=True,
    )
    operation.on_success(done).on_failure(failed)
