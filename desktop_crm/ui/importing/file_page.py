"""Page 1, the file: pick it (or it is given), see its first rows, and change what was detected —
the encoding, the delimiter, the sheet of a workbook, the header row — each re-reading the
preview at once; say what its rows are (preselected from the header). A file that cannot be
read shows why next to the picker, never a traceback."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ...i18n import fill_args
from ...services.common.acting import Person
from ...services.common.errors import FieldError, ValidationFailed
from ...services.common.settings import IMPORT_FOLDER
from ...services.importing.encodings import ENCODINGS
from ...services.importing.file_errors import file_error_text
from ...services.importing.mapping import RecordKind, guess_kind, saved_kind
from ...services.importing.sources import preview_source
from ...services.importing.tables import Table
from ..common.failures import failure_text
from ..local_settings import read_local, write_local
from . import common
from .common import PREVIEW_ROWS, ImportState, kind_label

SHOWN_ROWS = 20


def read_preview(state: ImportState) -> Table:
    """The first rows of the file as the user chose to read it."""
    assert state.path is not None
    return preview_source(
        state.path,
        PREVIEW_ROWS,
        encoding=state.encoding,
        delimiter=state.delimiter,
        sheet=state.sheet,
        header_row=state.header_row,
    )


def error_sentence(error: BaseException) -> str:
    """A file that does not read, as one sentence; an encoding by its readable name."""
    if isinstance(error, ValidationFailed) and error.errors and error.errors[0].field == "file":
        first = error.errors[0]
        key = first.params.get("encoding")
        label = next((c.label for c in ENCODINGS if c.key == key), None)
        if label is not None:
            params = {**first.params, "encoding": QCoreApplication.translate("Import", label)}
            first = FieldError(first.field, first.code, params)
        return file_error_text(first, QCoreApplication.translate)
    return failure_text(error)


class FilePage(QWizardPage):
    def __init__(
        self, state: ImportState, user: Person | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.user = user
        self._loading = True  # until the widgets are built
        self.setTitle(self.tr("The file"))
        self.setSubTitle(
            self.tr(
                "Choose the file; check that its first rows read right, and change the "
                "encoding or the delimiter if they do not."
            )
        )
        self.path_edit = QLineEdit(self)
        self.path_edit.setReadOnly(True)
        self.path_edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.path_edit.setPlaceholderText(self.tr("A CSV, TSV, Excel or vCard file"))
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.clicked.connect(self.choose)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.encoding_combo = QComboBox(self)
        for choice in ENCODINGS:
            self.encoding_combo.addItem(
                QCoreApplication.translate("Import", choice.label), choice.key
            )
        self.delimiter_combo = QComboBox(self)
        for text, value in (
            (self.tr("Comma ,"), ","),
            (self.tr("Semicolon ;"), ";"),
            (self.tr("Tab"), "\t"),
            (self.tr("Vertical bar |"), "|"),
        ):
            self.delimiter_combo.addItem(text, value)
        self.sheet_combo = QComboBox(self)
        self.header_spin = QSpinBox(self)
        self.header_spin.setRange(0, 9999)
        self.header_spin.setSpecialValueText(self.tr("none (every row is data)"))
        self.kind_combo = QComboBox(self)
        for kind in RecordKind:
            self.kind_combo.addItem(kind_label(kind), kind.value)
        self.detected_label = QLabel(self)
        self.detected_label.setWordWrap(True)
        self.table = QTableWidget(0, 0, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setObjectName("file_preview")
        self.table.verticalHeader().setDefaultSectionSize(24)

        picker = QHBoxLayout()
        picker.addWidget(self.path_edit, 1)
        picker.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.tr("Encoding:"), self.encoding_combo)
        form.addRow(self.tr("Delimiter:"), self.delimiter_combo)
        form.addRow(self.tr("Sheet:"), self.sheet_combo)
        form.addRow(self.tr("Header row:"), self.header_spin)
        form.addRow(self.tr("The rows are:"), self.kind_combo)
        self.form = form
        layout = QVBoxLayout(self)
        layout.addLayout(picker)
        layout.addWidget(self.error_label)
        layout.addLayout(form)
        layout.addWidget(self.detected_label)
        layout.addWidget(self.table, 1)

        # the user's (or a test's) change re-reads; the page's own setting while loading does not
        self.encoding_combo.currentIndexChanged.connect(self._encoding_chosen)
        self.delimiter_combo.currentIndexChanged.connect(self._delimiter_chosen)
        self.sheet_combo.currentIndexChanged.connect(self._sheet_chosen)
        self.header_spin.valueChanged.connect(self._header_chosen)
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        self._loading = False
        self._set_enabled(False)
        self.sheet_combo.hide()
        self.form.labelForField(self.sheet_combo).hide()

    # ------------------------------------------------------------ choosing
    def choose(self) -> None:
        folder = read_local(IMPORT_FOLDER) or str(Path.home())
        path = common.choose_file(self, folder)
        if path is not None:
            write_local(IMPORT_FOLDER, str(path.parent))
            self.set_path(path)

    def set_path(self, path: Path) -> None:
        """A new file: what was chosen for the last one no longer holds."""
        state = self.state
        state.path = Path(path)
        state.encoding = state.delimiter = state.sheet = None
        state.header_row = None
        state.table, state.late_ambiguous = None, ()
        self.path_edit.setText(str(path))
        self.reload(guess=True)

    def _encoding_chosen(self, _index: int) -> None:
        if self._loading:
            return
        self.state.encoding = str(self.encoding_combo.currentData())
        self.reload()

    def _delimiter_chosen(self, _index: int) -> None:
        if self._loading:
            return
        self.state.delimiter = str(self.delimiter_combo.currentData())
        self.reload()

    def _sheet_chosen(self, _index: int) -> None:
        if self._loading or not self.sheet_combo.currentText():
            return
        self.state.sheet = self.sheet_combo.currentText()
        self.state.header_row = None  # another sheet has its own header
        self.reload(guess=True)

    def _header_chosen(self, value: int) -> None:
        if not self._loading:
            self.state.header_row = value
            self.reload(guess=True)

    def _kind_chosen(self, _index: int) -> None:
        self.state.kind = RecordKind(str(self.kind_combo.currentData()))

    # ------------------------------------------------------------ reading
    def reload(self, guess: bool = False) -> None:
        state = self.state
        if state.path is None:
            return
        try:
            table = read_preview(state)
        except Exception as error:  # noqa: BLE001 - every failure is one sentence here
            state.preview = None
            self.error_label.setText(error_sentence(error))
            self.error_label.show()
            self.detected_label.clear()
            self._fill_table(None)
            # another encoding or delimiter may read it: those stay open to choose
            self._set_enabled(True)
            self.kind_combo.setEnabled(False)
            self.completeChanged.emit()
            return
        state.preview = table
        self.error_label.hide()
        self._show_detected(table)
        if guess:  # what this header was imported as last time, else what it looks like
            state.kind = self._saved_kind(table) or guess_kind(table.header, state.translators)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(state.kind.value))
        self._fill_table(table)
        self.completeChanged.emit()

    def _saved_kind(self, table: Table) -> RecordKind | None:
        if self.user is None:
            return None
        return saved_kind(self.user, table.header)

    def _show_detected(self, table: Table) -> None:
        self._loading = True
        try:
            text_file = table.kind == "csv"
            self._set_enabled(True)
            self.encoding_combo.setEnabled(text_file)
            self.delimiter_combo.setEnabled(text_file)
            self.header_spin.setEnabled(table.kind != "vcard")  # a card file has its own header
            workbook = bool(table.sheets)
            self.sheet_combo.setVisible(workbook)
            self.form.labelForField(self.sheet_combo).setVisible(workbook)
            if text_file:
                self.encoding_combo.setCurrentIndex(self.encoding_combo.findData(table.encoding))
                found = self.delimiter_combo.findData(table.delimiter)
                if found < 0:
                    self.delimiter_combo.addItem(repr(table.delimiter), table.delimiter)
                    found = self.delimiter_combo.count() - 1
                self.delimiter_combo.setCurrentIndex(found)
            self.sheet_combo.clear()
            self.sheet_combo.addItems(list(table.sheets))
            if table.sheet:
                self.sheet_combo.setCurrentText(table.sheet)
            self.header_spin.setValue(table.header_row)
            if text_file and self.state.encoding is None:
                detected = fill_args(
                    self.tr("Detected: %1, %2 columns."),
                    self.encoding_combo.currentText(),
                    table.width,
                )
            else:
                detected = fill_args(self.tr("%1 columns."), table.width)
            if table.header_row > 1:
                detected += " " + fill_args(
                    self.tr("The header is row %1; the rows above it are left out."),
                    table.header_row,
                )
            self.detected_label.setText(detected)
        finally:
            self._loading = False

    def _fill_table(self, table: Table | None) -> None:
        if table is None:
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return
        rows = table.rows[:SHOWN_ROWS]
        self.table.setColumnCount(table.width)
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(
            [name or fill_args(self.tr("column %1"), i + 1) for i, name in enumerate(table.header)]
        )
        self.table.setVerticalHeaderLabels([str(n) for n in table.row_numbers[: len(rows)]])
        for r, cells in enumerate(rows):
            for c, cell in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(cell))
        self.table.resizeColumnsToContents()
        for c in range(table.width):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), 240))

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.encoding_combo,
            self.delimiter_combo,
            self.header_spin,
            self.kind_combo,
        ):
            widget.setEnabled(enabled)

    # ------------------------------------------------------------ the wizard's protocol
    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        table = self.state.preview
        return table is not None and table.width > 0
