"""Saving a report as PDF from the window: the one flow every room uses.

Ask where (optionally starting in the folder chosen last time), build the report off the GUI
thread through `reports.registry` — the same table and signature the command line uses — write
the file, then open it (or let the caller announce it). The words of the flow come from the
caller, translated in its own context, so the existing translations keep applying.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...reports.registry import find_report
from ...services.common.settings import SettingSpec
from ..context import UiContext
from ..i18n import translate_function
from ..local_settings import read_local, write_local


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
    on_saved: Callable[[Path], object] = open_file,
    folder: SettingSpec | None = None,
) -> Path | None:
    """Ask for a file and write the registered report `report` there in the window's language;
    returns the chosen path (None when cancelled). Opens the file when done by default.
    `parameters` is an instance of the report's parameters type."""
    path = ask_save_path(parent, words, suggested, folder)
    if path is None:
        return None
    spec = find_report(report)
    lang = ctx.lang
    translate = translate_function(lang)
    write_in_background(
        parent,
        ctx,
        path,
        lambda: spec.pdf(ctx.app.user, parameters, translate, lang),
        words.busy,
        on_saved,
        on_failed,
    )
    return path
