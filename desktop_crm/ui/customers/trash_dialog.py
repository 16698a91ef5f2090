"""The trash: customers moved there can be restored, or deleted for good after a warning."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...i18n import fill_args
from ...services.common.errors import ValidationFailed
from ...services.customers.drafts import CustomerFilter
from ...services.customers.queries import TrashNote, trash_notes
from ...services.customers.writes import purge_trash, restore_from_trash
from ..common.audit_table import local_time
from ..common.failures import failure_text
from ..context import UiContext
from . import questions
from .duplicate_hint import caption
from .list_model import COLUMNS, CustomerListModel
from .list_panel import COLUMN_WIDTHS


class TrashDialog(QDialog):
    """Lists trashed customers (a lazy list like the main one, filter in_trash=True)."""

    restored = Signal(list)  # customer ids

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Trash"))
        self.resize(760, 480)
        self.model = CustomerListModel(ctx, self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Find in the trash…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.horizontalHeader().setStretchLastSection(True)
        for number, (key, _label) in enumerate(COLUMNS):
            if key in COLUMN_WIDTHS:
                self.view.setColumnWidth(number, COLUMN_WIDTHS[key])
            self.view.setColumnHidden(number, key == "matched")  # the trash has no search
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.purge_button = QPushButton(self.tr("Delete permanently…"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        self.deleted_label = QLabel(self)  # who moved the selected customer here, and when
        self.deleted_label.setObjectName("deleted_by")
        self.deleted_label.setStyleSheet("color: #555;")
        self.deleted_label.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.restore_button)
        bottom.addWidget(self.purge_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.deleted_label)
        layout.addLayout(bottom)

        self.model.count_changed.connect(
            lambda n: self.count_label.setText(fill_args(self.tr("In the trash: %1"), n))
        )
        self.filter_edit.textChanged.connect(self.reload)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        self.model.set_filter(CustomerFilter(text=self.filter_edit.text(), in_trash=True))

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [cid for r in rows if (cid := self.model.id_at(r)) is not None]

    def select_rows(self, rows: list[int]) -> None:
        for row in rows:
            self.view.selectionModel().select(
                self.model.index(row, 0),
                self.view.selectionModel().SelectionFlag.Select
                | self.view.selectionModel().SelectionFlag.Rows,
            )

    def _update_buttons(self, *_args: object) -> None:
        chosen = bool(self.view.selectionModel().selectedRows())
        self.restore_button.setEnabled(chosen)
        self.purge_button.setEnabled(chosen)
        self._show_who_deleted()

    def _show_who_deleted(self) -> None:
        """ "Deleted by X at T" for the selected customer (the first of several)."""
        ids = self.selected_ids()[:1]
        if not ids:
            self.deleted_label.setText(self.tr("Select a customer to see who deleted it."))
            return
        user = self.ctx.app.user
        operation = self.ctx.runner.run(lambda: trash_notes(user, ids))
        operation.on_success(lambda notes: self._deleted_text(ids[0], notes))

    def _deleted_text(self, customer_id: int, notes: dict[int, TrashNote]) -> None:
        if self.selected_ids()[:1] != [customer_id]:
            return  # the selection moved on meanwhile
        note = notes.get(customer_id)
        if note is None:
            self.deleted_label.clear()
        elif note.merged_into:
            text = self.tr(
                "Merged into “%1” by %2 on %3. To get it back, unmerge it in the History tab "
                "of “%1”."
            )
            self.deleted_label.setText(
                fill_args(
                    text,
                    caption(note.merged_into, note.merged_into_company),
                    note.deleted_by,
                    local_time(note.deleted_at),
                )
            )
        elif note.deleted_by:
            text = self.tr("Deleted by %1 on %2.")
            self.deleted_label.setText(
                fill_args(text, note.deleted_by, local_time(note.deleted_at))
            )
        else:
            text = self.tr("Deleted on %1 (by whom was not recorded then).")
            self.deleted_label.setText(fill_args(text, local_time(note.deleted_at)))

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        try:
            restore_from_trash(self.ctx.app.user, ids)
        except ValidationFailed as refused:  # a merged-away customer: unmerge it instead
            questions.tell(self, self.tr("Not restored"), failure_text(refused))
            return
        self.model.reload()
        self.restored.emit(ids)

    def purge_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or not questions.confirm_purge(self, len(ids)):
            return
        self.purge_button.setEnabled(False)
        user = self.ctx.app.user
        operation = self.ctx.runner.run(
            lambda: purge_trash(user, ids), label=self.tr("Deleting…"), parent=self
        )
        operation.on_success(lambda _n: self.model.reload()).on_failure(self._failed)

    def _failed(self, error: BaseException) -> None:
        questions.tell(self, self.tr("Trash"), str(error))
        self.model.reload()
