"""The print preview every report opens in: the PDF shown with QtPdf, then Print…, Save as PDF…
and Page setup…, like a desktop program (issue 12, item 5).

The PDF is built before the dialog opens (off the GUI thread, `report_pdf.save_report_pdf`);
the dialog only shows and prints bytes. Printing renders each page with QPdfDocument.render
at the printer's resolution (capped, so a 1200 dpi printer does not get gigabyte images) and
scales it into the printer's page as the page setup chose it (paper size, orientation): the
reports lay themselves out on A4 portrait, so another paper gets the page scaled to fit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...i18n import fill_args

MAX_PRINT_DPI = 300  # pages rendered for a printer at most at this resolution
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
FIT_WIDTH, FIT_PAGE = "width", "page"


class PrintPreviewDialog(QDialog):
    """Shows a PDF; Print… sends it to a printer, Save as PDF… calls `save` (the caller's save
    flow: the remembered folder, the status bar), Page setup… picks paper and orientation."""

    def __init__(
        self,
        pdf: bytes,
        title: str,
        save: Callable[[bytes], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("printPreview")
        self.pdf = pdf
        self._save = save
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                self.printer.pageLayout().margins(),
            )
        )
        self.printer.setDocName(title)
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.pageNavigator().currentPageChanged.connect(self._page_shown)

        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.page_box = QSpinBox()
        self.page_box.setRange(1, max(1, self.page_count()))
        self.page_box.valueChanged.connect(lambda n: self.go_to(n - 1))
        self.of_label = QLabel(fill_args(self.tr("of %1"), self.page_count()))
        self.zoom_box = QComboBox()
        self.zoom_box.addItem(self.tr("Fit width"), FIT_WIDTH)
        self.zoom_box.addItem(self.tr("Whole page"), FIT_PAGE)
        for zoom in ZOOMS:
            self.zoom_box.addItem(f"{zoom:.0%}", zoom)
        self.zoom_box.currentIndexChanged.connect(self._zoom_chosen)

        navigation = QHBoxLayout()
        navigation.addWidget(self.previous_button)
        navigation.addWidget(QLabel(self.tr("Page")))
        navigation.addWidget(self.page_box)
        navigation.addWidget(self.of_label)
        navigation.addWidget(self.next_button)
        navigation.addStretch(1)
        navigation.addWidget(QLabel(self.tr("Zoom")))
        navigation.addWidget(self.zoom_box)

        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setToolTip(self.tr("Save as PDF (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_pdf)
        self.save_button.setEnabled(save is not None)
        self.setup_button = QPushButton(self.tr("Page setup…"))
        self.setup_button.clicked.connect(self.page_setup)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.setup_button)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(navigation)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        for keys, slot in (
            (QKeySequence.StandardKey.Print, self.print_document),
            (QKeySequence.StandardKey.Save, self.save_pdf),
            (QKeySequence(Qt.Key.Key_PageDown), lambda: self.go_to(self.current_page() + 1)),
            (QKeySequence(Qt.Key.Key_PageUp), lambda: self.go_to(self.current_page() - 1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.resize(760, 860)
        self._page_shown(0)

    # -- showing -------------------------------------------------------------------------

    def page_count(self) -> int:
        return int(self.document.pageCount())

    def current_page(self) -> int:
        return int(self.view.pageNavigator().currentPage())

    def go_to(self, page: int) -> None:
        """Show page `page` (0-based), clamped to the document."""
        page = max(0, min(page, self.page_count() - 1))
        if page != self.current_page():
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        self._page_shown(page)

    def _page_shown(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < self.page_count() - 1)

    def _zoom_chosen(self) -> None:
        zoom = self.zoom_box.currentData()
        if zoom == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif zoom == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(zoom))

    # -- the buttons ---------------------------------------------------------------------

    def set_save(self, save: Callable[[bytes], object] | None) -> None:
        self._save = save
        self.save_button.setEnabled(save is not None)

    def saved(self, path: Path) -> None:
        """Say where the PDF went (the caller may also announce it)."""
        self.saved_label.setText(fill_args(self.tr("Saved to %1"), path))

    def save_pdf(self) -> None:
        if self._save is not None:
            self._save(self.pdf)

    def page_setup(self) -> bool:
        """Paper size and orientation for printing; True when the user confirmed."""
        return bool(QPageSetupDialog(self.printer, self).exec())

    def print_document(self) -> bool:
        """Ask for a printer (and pages) and print; True when something was printed."""
        dialog = QPrintDialog(self.printer, self)
        dialog.setMinMax(1, max(1, self.page_count()))
        if not dialog.exec():
            return False
        try:
            self.render_to(self.printer)
        except RuntimeError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return False
        return True

    def render_to(self, printer: QPrinter) -> None:
        """Paint the chosen pages (all when the printer names none) into `printer`, each
        scaled to fit its page and centred."""
        count = self.page_count()
        first = printer.fromPage() - 1 if printer.fromPage() > 0 else 0
        last = printer.toPage() - 1 if printer.toPage() > 0 else count - 1
        pages = range(max(0, first), min(last, count - 1) + 1)
        painter = QPainter()
        if not painter.begin(printer):
            raise RuntimeError(self.tr("The printer could not be started."))
        try:
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            area = printer.pageRect(QPrinter.Unit.DevicePixel)
            scale_to_device = printer.resolution() / 72.0
            for index, page in enumerate(pages):
                if index:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                image = self.document.render(
                    page,
                    QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)),
                )
                width = points.width() * scale_to_device
                height = points.height() * scale_to_device
                fit = min(area.width() / width, area.height() / height)
                width, height = width * fit, height * fit
                # the painter's origin is the printable area's corner
                left = (area.width() - width) / 2
                top = (area.height() - height) / 2
                painter.drawImage(QRectF(left, top, width, height), image)
        finally:
            painter.end()


def latest_preview(parent: QWidget) -> PrintPreviewDialog:
    """The print preview opened last over `parent` (tests, and callers that add to it)."""
    previews = parent.findChildren(PrintPreviewDialog)
    if not previews:
        raise LookupError("no print preview is open")
    return previews[-1]
