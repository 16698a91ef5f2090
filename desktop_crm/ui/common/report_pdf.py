"""Saving a report as PDF from the window: the one flow every room uses.

Build the report off the GUI thread through `reports.registry` — the same table and signature
the command line uses — and open it in the print preview (print_preview.py), whose Save as
PDF… asks where (optionally starting in the folder chosen last time) and writes the file. The words of the flow come from the
caller, translated in its own context, so the existing translations keep applying.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...services.common.settings import SettingSpec
from ..context import UiContext
from ..i18n import translate_function
from ..local_settings import read_local, write_local

if TYPE_CHECKING:
    from .print_preview import PrintPreviewDialog


@dataclass(frozen=True)
class SaveWords:
    """The texts of one save flow, already translated by the caller."""

    caption: str  # the file dialog's title
    file_filter: str  # e.g. "PDF files (*.pdf)"
    busy: str  # the progress dialog's label while the file is written


def ask_save_path(
    parent: QWidget, words: SaveWords, suggested: Path, folder: SettingSpec | None = None
) -> Path | None:
    """The file the user chose, or None. With `folder` (a computer setting), `suggested`'s
    folder is replaced by the one chosen last time, and the new choice is kept there."""
    if folder is not None:
        suggested = Path(read_local(folder) or str(suggested.parent)) / suggested.name
    path, _ = QFileDialog.getSaveFileName(parent, words.caption, str(suggested), words.file_filter)
    if not path:
        return None
    if folder is not None:
        write_local(folder, str(Path(path).parent))
    return Path(path)


def open_file(path: Path) -> None:
    """Show the file in the system's viewer."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def warn(parent: QWidget, title: str) -> Callable[[Path, BaseException], object]:
    """A failure handler showing the error under `title`."""
    return lambda _path, error: QMessageBox.warning(parent, title, str(error))


def write_in_background(
    parent: QWidget,
    ctx: UiContext,
    path: Path,
    make: Callable[[], bytes],
    busy: str,
    on_saved: Callable[[Path], object],
    on_failed: Callable[[Path, BaseException], object],
) -> None:
    """Run `make` off the GUI thread, write its bytes to `path`, then call back."""

    def work() -> Path:
        path.write_bytes(make())
        return path

    operation = ctx.runner.run(work, label=busy, parent=parent)
    operation.on_success(on_saved)
    operation.on_failure(lambda error: on_failed(path, error))


def save_report_pdf(
    parent: QWidget,
    ctx: UiContext,
    report: str,
    parameters: object,
    words: SaveWords,
    suggested: Path,
    *,
    on_failed: Callable[[Path, BaseException], object],
    on_saved: Callable[[Path], object] | None = None,
    folder: SettingSpec | None = None,
) -> None:
    """Build the registered report `report` off the GUI thread in the window's language (a
    progress dialog while it takes), then open it in the print preview: Print…, Save as
    PDF… (asks for a file as before, starting in `folder`'s last choice; then `on_saved`),
    Page setup…. `parameters` is an instance of the report's parameters type. Every room's
    Print / report action goes through here, so every report gets the preview."""
    # Imported here, not at the top: the rooms that offer a report load without reportlab
    # and QtPdf, which only a report needs (start-up time).
    from ...reports.registry import find_report
    from .print_preview import PrintPreviewDialog

    spec = find_report(report)
    lang = ctx.lang
    translate = translate_function(lang)

    def save(pdf: bytes, preview: PrintPreviewDialog) -> None:
        path = ask_save_path(preview, words, suggested, folder)
        if path is None:
            return
        try:
            path.write_bytes(pdf)
        except OSError as error:
            on_failed(path, error)
            return
        preview.saved(path)
        if on_saved is not None:
            on_saved(path)

    def show(pdf: bytes) -> None:
        preview = PrintPreviewDialog(pdf, words.caption, parent=parent)
        preview.set_save(lambda data: save(data, preview))
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.open()

    operation = ctx.runner.run(
        lambda: spec.pdf(ctx.app.user, parameters, translate, lang), label=words.busy, parent=parent
    )
    operation.on_success(show)
    operation.on_failure(lambda error: on_failed(suggested, error))


preview_report_pdf = save_report_pdf  # the name says what it does now
