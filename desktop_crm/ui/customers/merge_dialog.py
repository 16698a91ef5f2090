"""The merge dialog: two customers side by side, one row per field that differs with a
choice of the value to keep, what moves to the survivor, and Merge / Cancel.

It shows a `merge_preview` and, on Merge, calls `merge_customers` with the choices and the
versions the preview read (a change meanwhile is refused and the preview read again). The
merge is one short transaction: it runs on the GUI thread under a busy cursor.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import fill_args
from ...services.common.errors import ConflictError
from ...services.customers.fields import FIELDS_BY_NAME, Kind
from ...services.customers.merge import (
    OTHER,
    SURVIVOR,
    FieldChoice,
    MergePreview,
    MergeResult,
    MoveCount,
    merge_customers,
    merge_preview,
)
from ..common.failures import failure_text
from ..common.messages import field_label
from ..context import UiContext
from . import questions
from .duplicate_hint import caption

SHOWN_CHARACTERS = 48  # a long text is cut on its radio button; the tooltip holds all of it


def shown_value(choice: FieldChoice, text: str) -> str:
    """A stored value as the form shows it: a choice's label, yes/no, "(empty)"."""
    spec = FIELDS_BY_NAME[choice.name]
    if not text:
        return QCoreApplication.translate("MergeDialog", "(empty)")
    if spec.choices:
        return QCoreApplication.translate("Choice", spec.choice_label(text))
    if spec.kind == Kind.BOOL:
        if text == "yes":
            return QCoreApplication.translate("MergeDialog", "Yes")
        return QCoreApplication.translate("MergeDialog", "No")
    return text


def moves_text(counts: tuple[MoveCount, ...]) -> str:
    """“2 contacts, 3 deals, …”: what moves, in words."""
    words = {
        "contact": QCoreApplication.translate("MergeDialog", "contacts: %1"),
        "deal": QCoreApplication.translate("MergeDialog", "deals: %1"),
        "visit": QCoreApplication.translate("MergeDialog", "visits: %1"),
        "assessment": QCoreApplication.translate("MergeDialog", "assessments: %1"),
        "personality_rating": QCoreApplication.translate("MergeDialog", "personality ratings: %1"),
        "owner_since": QCoreApplication.translate("MergeDialog", "the shared pool's clock"),
        "customer_geo": QCoreApplication.translate("MergeDialog", "the map coordinates"),
        "customer": QCoreApplication.translate("MergeDialog", "customers it referred: %1"),
    }
    parts = [fill_args(words.get(c.table, c.table + ": %1"), c.rows) for c in counts]
    if not parts:
        return QCoreApplication.translate("MergeDialog", "nothing else")
    return QCoreApplication.translate("MergeDialog", ", ").join(parts)


def _cut(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= SHOWN_CHARACTERS else flat[: SHOWN_CHARACTERS - 1] + "…"


class MergeDialog(QDialog):
    """Opened with `open()` (window-modal, not blocking); emits `merged` after the merge."""

    merged = Signal(object)  # MergeResult

    def __init__(self, ctx: UiContext, preview: MergePreview, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("merge_dialog")
        self.preview = preview
        self.result_: MergeResult | None = None
        self.groups: dict[str, QButtonGroup] = {}
        self.resize(860, 560)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("merge_fields")
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 150)
        self.same = QLabel(self)
        self.same.setObjectName("merge_same")
        self.same.setStyleSheet("color: #555;")
        self.moves = QLabel(self)
        self.moves.setObjectName("merge_moves")
        self.moves.setWordWrap(True)
        self.left_button = QPushButton(self.tr("Take all from the left"), self)
        self.left_button.setObjectName("take_left")
        self.left_button.clicked.connect(lambda: self.take_all(SURVIVOR))
        self.right_button = QPushButton(self.tr("Take all from the right"), self)
        self.right_button.setObjectName("take_right")
        self.right_button.clicked.connect(lambda: self.take_all(OTHER))
        self.swap_button = QPushButton(self.tr("Swap sides"), self)
        self.swap_button.setObjectName("swap_sides")
        self.swap_button.setToolTip(self.tr("Keep the right one and move the left one in"))
        self.swap_button.clicked.connect(self.swap)
        self.buttons = QDialogButtonBox(self)
        self.merge_button = self.buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("merge_ok")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        takes = QHBoxLayout()
        takes.addWidget(self.left_button)
        takes.addWidget(self.right_button)
        takes.addWidget(self.swap_button)
        takes.addStretch(1)
        takes.addWidget(self.same)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(takes)
        layout.addWidget(self.moves)
        layout.addWidget(self.buttons)
        self.show_preview(preview)

    # ------------------------------------------------------------ showing
    def show_preview(self, preview: MergePreview) -> None:
        self.preview = preview
        left = caption(preview.survivor.name, preview.survivor.company)
        right = caption(preview.other.name, preview.other.company)
        self.setWindowTitle(fill_args(self.tr("Merge “%1” and “%2”"), left, right))
        self.intro.setText(
            fill_args(
                self.tr(
                    "Choose for each field that differs the value to keep. “%1” stays; "
                    "“%2” goes to the trash and everything it has moves to “%1”. "
                    "Unmerge (in the History tab) restores both as they were."
                ),
                left,
                right,
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                fill_args(self.tr("Keep: %1"), left),
                fill_args(self.tr("Merge in: %1"), right),
            ]
        )
        differing = [f for f in preview.fields if f.differs]
        for group in self.groups.values():
            group.deleteLater()
        self.table.clearContents()
        self.groups = {}
        self.table.setRowCount(len(differing))
        for row, choice in enumerate(differing):
            label = QTableWidgetItem(field_label(FIELDS_BY_NAME[choice.name]))
            self.table.setItem(row, 0, label)
            group = QButtonGroup(self)
            for column, (side, text) in enumerate(
                ((SURVIVOR, choice.survivor_text), (OTHER, choice.other_text)), start=1
            ):
                shown = shown_value(choice, text)
                button = QRadioButton(_cut(shown), self.table)
                button.setObjectName(f"{choice.name}:{side}")
                button.setToolTip(shown)
                button.setProperty("side", side)
                group.addButton(button)
                button.setChecked(side == choice.suggested)
                self.table.setCellWidget(row, column, button)
            self.groups[choice.name] = group
        self.table.resizeRowsToContents()
        self.same.setText(
            fill_args(
                self.tr("%1 fields are the same on both."),
                len(preview.fields) - len(differing),
            )
        )
        self.moves.setText(
            fill_args(self.tr("Moves to “%1”: %2."), left, moves_text(preview.moves))
        )

    # ------------------------------------------------------------ choosing
    def choices(self) -> dict[str, str]:
        found = {}
        for name, group in self.groups.items():
            checked = group.checkedButton()
            if checked is not None:
                found[name] = str(checked.property("side"))
        return found

    def take_all(self, side: str) -> None:
        for group in self.groups.values():
            for button in group.buttons():
                if button.property("side") == side:
                    button.setChecked(True)

    def radio(self, field: str, side: str) -> QRadioButton:
        """The radio button of `field` on `side` ("survivor" | "other")."""
        group = self.groups[field]
        button = next(b for b in group.buttons() if b.property("side") == side)
        assert isinstance(button, QRadioButton)
        return button

    def swap(self) -> None:
        user = self.ctx.app.user
        try:
            preview = merge_preview(
                user, self.preview.other.customer_id, self.preview.survivor.customer_id
            )
        except Exception as error:  # noqa: BLE001 - told, never a traceback
            questions.tell(self, self.tr("Not merged"), failure_text(error))
            return
        self.show_preview(preview)

    # ------------------------------------------------------------ merging
    def accept(self) -> None:
        user, preview = self.ctx.app.user, self.preview
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = merge_customers(
                user,
                preview.survivor.customer_id,
                preview.other.customer_id,
                self.choices(),
                preview.survivor.version,
                preview.other.version,
            )
        except Exception as error:  # noqa: BLE001 - told, never a traceback
            QApplication.restoreOverrideCursor()
            self._refused(error)
            return
        QApplication.restoreOverrideCursor()
        self.result_ = result
        super().accept()
        self.merged.emit(result)

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, ConflictError):
            questions.tell(
                self,
                self.tr("Not merged"),
                self.tr(
                    "One of the two customers was changed meanwhile. The dialog now shows "
                    "them as they are: check the choices and merge again."
                ),
            )
            try:
                self.show_preview(
                    merge_preview(
                        self.ctx.app.user,
                        self.preview.survivor.customer_id,
                        self.preview.other.customer_id,
                    )
                )
            except Exception as again:  # noqa: BLE001
                questions.tell(self, self.tr("Not merged"), failure_text(again))
                self.reject()
            return
        questions.tell(self, self.tr("Not merged"), failure_text(error))
