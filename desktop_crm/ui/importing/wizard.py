"""File → Import…: the import wizard (issue 11) — the file, its columns, how, the check (a dry
run), the import with its summary and Undo. The office's only: the window offers it to an owner
or a clerk, and the services refuse anyone else anyway.

Closing it while the check or the import runs asks first and then cancels cleanly: the work
stops at its next step and nothing of it is written; the wizard closes when it has stopped.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from ...services.common.settings import IMPORT_GEOMETRY
from ..context import UiContext
from ..local_settings import read_local, write_local
from . import common
from .check_page import CheckPage
from .columns_page import ColumnsPage
from .common import ImportState, translators_for
from .file_page import FilePage
from .how_page import HowPage
from .import_page import ImportPage


class ImportWizard(QWizard):
    changed = Signal()  # customers were written: the window refreshes its lists

    def __init__(
        self, ctx: UiContext, path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ImportWizard")
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.state = ImportState(translators=translators_for(ctx.lang))
        self.file_page = FilePage(self.state, ctx.app.user, self)
        self.columns_page = ColumnsPage(ctx, self.state, self)
        self.how_page = HowPage(ctx, self.state, self)
        self.check_page = CheckPage(ctx, self.state, self)
        self.import_page = ImportPage(ctx, self.state, self)
        for page in (
            self.file_page,
            self.columns_page,
            self.how_page,
            self.check_page,
            self.import_page,
        ):
            self.addPage(page)
        self.import_page.changed.connect(self.changed)
        self.currentIdChanged.connect(self._page_changed)
        for row in (self.check_page.progress, self.import_page.progress):
            row.finished.connect(self._work_ended)
        self._close_when_stopped = False
        geometry = read_local(IMPORT_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(900, 640)
        if path is not None:
            self.file_page.set_path(path)

    def _page_changed(self, _page_id: int) -> None:
        if self.currentPage() is self.how_page:  # also when coming Back from the check
            self.how_page.refresh_dates()

    def running(self) -> bool:
        return self.check_page.progress.running or self.import_page.progress.running

    def reject(self) -> None:
        """Cancel, Esc or the close box: a running check or import is asked about first."""
        if self.running():
            if not common.ask_stop(self):
                return
            self._close_when_stopped = True
            self.check_page.progress.cancel()
            self.import_page.progress.cancel()
            return
        self._remember_size()
        super().reject()

    def accept(self) -> None:
        if self.running():
            return
        self._remember_size()
        super().accept()

    def _work_ended(self) -> None:
        if self._close_when_stopped and not self.running():
            self._close_when_stopped = False
            if self.state.imported is not None and self.currentPage() is self.import_page:
                return  # it finished before the cancel arrived: show what was done
            self._remember_size()
            super().reject()

    def _remember_size(self) -> None:
        write_local(IMPORT_GEOMETRY, self.saveGeometry())
