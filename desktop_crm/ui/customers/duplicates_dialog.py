"""The duplicates finder (customers menu, “Find duplicates…”, the office only): groups of
customers that may be one, with their score and reasons; double-click a member to open it.

The search (services.customers.duplicates.find_duplicates) runs through the runner with a
progress bar; it changes nothing. Merge… opens the merge dialog for the two customers
selected (or the group selected, when it holds two); the room does the merging
(ui/customers/merging.py) and the finder searches again afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import fill_args
from ...services.customers.duplicates import DuplicateGroup, find_duplicates
from ..common.failures import failure_text
from ..context import UiContext
from .duplicate_hint import caption, reasons_text

ID_ROLE = Qt.ItemDataRole.UserRole


class DuplicatesDialog(QDialog):
    open_requested = Signal(int)  # customer id
    merge_requested = Signal(int, int)  # survivor id, other id

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Possible duplicate customers"))
        self.resize(720, 480)
        self.groups: list[DuplicateGroup] = []
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Customer"), self.tr("Score"), self.tr("Why")])
        self.tree.setColumnWidth(0, 400)
        self.tree.setColumnWidth(1, 60)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.merge_button = QPushButton(self.tr("Merge…"), self)
        self.merge_button.setObjectName("merge_pair")
        self.merge_button.setToolTip(
            self.tr("Merge the two customers selected (or the group of two selected)")
        )
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self._merge_clicked)
        self.search_button = QPushButton(self.tr("Search again"), self)
        self.search_button.clicked.connect(self.search)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        foot = QHBoxLayout()
        foot.addWidget(self.search_button)
        foot.addWidget(self.merge_button)
        foot.addStretch(1)
        foot.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.tree, 1)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Double-click a customer to open it. Select two (Ctrl+click) or a group of "
                    "two and press Merge… to make them one."
                ),
                self,
            )
        )
        layout.addLayout(foot)

    def search(self) -> None:
        self.tree.clear()
        self.merge_button.setEnabled(False)
        self.search_button.setEnabled(False)
        self.status.setText(self.tr("Comparing every customer…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        user = self.ctx.app.user
        operation = self.ctx.runner.run(
            lambda progress: find_duplicates(user, progress=progress), wants_progress=True
        )
        operation.signals.progressed.connect(self._progressed)
        operation.on_success(self._show)
        operation.on_failure(self._failed)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _failed(self, error: BaseException) -> None:
        self.search_button.setEnabled(True)
        self.progress.hide()
        self.status.setText(failure_text(error))

    def _show(self, groups: list[DuplicateGroup]) -> None:
        self.groups = groups
        self.search_button.setEnabled(True)
        self.progress.hide()
        customers = sum(len(g.members) for g in groups)
        if groups:
            self.status.setText(
                fill_args(
                    self.tr("%1 groups of possible duplicates (%2 customers)."),
                    len(groups),
                    customers,
                )
            )
        else:
            self.status.setText(self.tr("No possible duplicates found."))
        self.tree.clear()
        for group in groups:
            title = fill_args(self.tr("%1 customers"), len(group.members))
            top = QTreeWidgetItem(
                [title, str(group.score), reasons_text(group.reasons, self.ctx.lang)]
            )
            for member in group.members:
                child = QTreeWidgetItem([caption(member.name, member.company), "", ""])
                child.setData(0, ID_ROLE, member.customer_id)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        customer_id = item.data(0, ID_ROLE)
        if customer_id is not None:
            self.open_requested.emit(int(customer_id))

    def selected_pair(self) -> tuple[int, int] | None:
        """The two customers to merge: two members selected, or a group of two selected."""
        ids: list[int] = []
        for item in self.tree.selectedItems():
            customer_id = item.data(0, ID_ROLE)
            if customer_id is not None:
                ids.append(int(customer_id))
            elif item.childCount() == 2:
                children = [item.child(i) for i in range(2)]
                ids += [int(c.data(0, ID_ROLE)) for c in children if c is not None]
        unique = list(dict.fromkeys(ids))
        return (unique[0], unique[1]) if len(unique) == 2 else None

    def _selection_changed(self) -> None:
        self.merge_button.setEnabled(self.selected_pair() is not None)

    def _merge_clicked(self) -> None:
        pair = self.selected_pair()
        if pair is not None:
            self.merge_requested.emit(*pair)
