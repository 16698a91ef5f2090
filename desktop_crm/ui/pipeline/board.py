"""The pipeline board: a column per stage (its count and sum at the head), a card per
opportunity. Drag a card to another column (or within its own); or select it and press
Ctrl+Left / Ctrl+Right to move it one stage. The board only asks: `moveRequested` says which
card should go where, the room calls the service and shows the board again."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QMimeData, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...i18n import fill_args
from ...services.common.formats import money_text
from ...services.owner.pipeline import LOST_KIND, WON_KIND, BoardColumn, OpportunityRecord
from .opportunity_dialog import stage_label

MIME = "application/x-desktop-crm-opportunity"
ID_ROLE = Qt.ItemDataRole.UserRole
VERSION_ROLE = Qt.ItemDataRole.UserRole + 1
HEAD_COLOURS = {WON_KIND: "#dcfce7", LOST_KIND: "#fee2e2"}
MAX_CARDS = 150  # per column; the head counts them all, Find or the list reaches the rest


def card_text(card: OpportunityRecord) -> str:
    """The lines of a card: customer, title, amount, the close day (expected, or when it
    closed) and the rep."""
    day = card.closed_on or card.expected_close
    return "\n".join(
        [
            card.customer_name,
            card.title,
            money_text(card.expected_amount),
            f"{day.isoformat() if day else '—'} · {card.owner_rep_name or '—'}",
        ]
    )


class StageList(QListWidget):
    """One column's cards; a drop here asks for the card to come to this stage."""

    dropped = Signal(int, int, str, object)  # id, version, stage code, row (None: the end)
    shifted = Signal(int, int, int)  # id, version, -1 (previous stage) or +1 (next)
    opened = Signal(int)

    def __init__(self, stage_code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage_code = stage_code
        self.setObjectName(f"column_{stage_code}")
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)  # the board is shown anew
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setSpacing(2)
        self.setUniformItemSizes(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet(
            "QListWidget { background: #f1f5f9; border: none; }"
            "QListWidget::item { background: white; border: 1px solid #cbd5e1;"
            " border-radius: 4px; padding: 4px; color: #0f172a; }"
            "QListWidget::item:selected { background: #dbeafe; border: 1px solid #2563eb; }"
        )
        self.itemDoubleClicked.connect(
            lambda item: (
                self.opened.emit(int(item.data(ID_ROLE)))
                if item.data(ID_ROLE) is not None
                else None
            )
        )

    def show_cards(self, cards: Sequence[OpportunityRecord]) -> None:
        self.clear()
        for card in cards[:MAX_CARDS]:
            item = QListWidgetItem(card_text(card))
            item.setData(ID_ROLE, card.id)
            item.setData(VERSION_ROLE, card.version)
            item.setToolTip(
                f"{card.title}\n{card.products}\n{card.probability} %"
                + (f"\n{card.lost_reason}" if card.lost_reason else "")
            )
            item.setSizeHint(QSize(120, self.fontMetrics().lineSpacing() * 4 + 18))
            self.addItem(item)
        if len(cards) > MAX_CARDS:
            more = QListWidgetItem(
                fill_args(
                    self.tr("… and %1 more: narrow them down with Find"), len(cards) - MAX_CARDS
                )
            )
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(more)

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:  # noqa: N802 - Qt's
        data = QMimeData()
        if items:
            card = items[0]
            text = f"{int(card.data(ID_ROLE))}:{int(card.data(VERSION_ROLE))}"
            data.setData(MIME, QByteArray(text.encode()))
        return data

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt's
        return [MIME]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's
        if event.mimeData().hasFormat(MIME):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's
        if not event.mimeData().hasFormat(MIME):
            event.ignore()
            return
        raw = bytes(event.mimeData().data(MIME).data()).decode()
        card_id, version = (int(part) for part in raw.split(":"))
        row = self.indexAt(event.position().toPoint()).row()
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        where = None if row < 0 else row
        # after the drag has finished: the room shows the board anew, this list included
        QTimer.singleShot(0, lambda: self.dropped.emit(card_id, version, self.stage_code, where))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's
        item: QListWidgetItem | None = self.currentItem()
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if item is not None and item.data(ID_ROLE) is None:
            item = None
        if item is not None and control and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if event.key() == Qt.Key.Key_Left else 1
            self.shifted.emit(int(item.data(ID_ROLE)), int(item.data(VERSION_ROLE)), step)
            return
        if item is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.opened.emit(int(item.data(ID_ROLE)))
            return
        super().keyPressEvent(event)

    def select_card(self, card_id: int) -> bool:
        for row in range(self.count()):
            if self.item(row).data(ID_ROLE) == card_id:
                self.setCurrentRow(row)
                self.setFocus()
                return True
        return False


class PipelineBoard(QScrollArea):
    """The columns side by side, scrolled sideways when the window is narrow."""

    moveRequested = Signal(int, int, str, object)  # id, version, stage, position (None: end)
    opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PipelineBoard")
        self.setWidgetResizable(True)
        self.inner = QWidget(self)
        self.row = QHBoxLayout(self.inner)
        self.row.setContentsMargins(4, 4, 4, 4)
        self.row.setSpacing(6)
        self.setWidget(self.inner)
        self.lists: dict[str, StageList] = {}
        self.heads: dict[str, QLabel] = {}
        self.columns: list[BoardColumn] = []

    def show_columns(self, columns: Sequence[BoardColumn]) -> None:
        codes = [c.stage.code for c in columns]
        if codes != list(self.lists):
            self._build(columns)
        self.columns = list(columns)
        for column in columns:
            head = self.heads[column.stage.code]
            head.setText(
                f"<b>{stage_label(column.stage)}</b><br>"
                f"{column.count} · {money_text(column.amount)}"
            )
            self.lists[column.stage.code].show_cards(column.cards)

    def _build(self, columns: Sequence[BoardColumn]) -> None:
        while self.row.count():
            taken = self.row.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.lists, self.heads = {}, {}
        for column in columns:
            frame = QFrame(self.inner)
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            frame.setMinimumWidth(172)
            frame.setMaximumWidth(280)
            box = QVBoxLayout(frame)
            box.setContentsMargins(2, 2, 2, 2)
            head = QLabel(frame)
            head.setObjectName(f"head_{column.stage.code}")
            colour = HEAD_COLOURS.get(column.stage.kind, "#e2e8f0")
            head.setStyleSheet(f"background: {colour}; padding: 4px;")
            head.setWordWrap(True)
            head.setFixedHeight(head.fontMetrics().lineSpacing() * 2 + 12)
            cards = StageList(column.stage.code, frame)
            cards.dropped.connect(self._dropped)
            cards.shifted.connect(self._shifted)
            cards.opened.connect(self.opened)
            box.addWidget(head)
            box.addWidget(cards, 1)
            self.row.addWidget(frame, 1)
            self.lists[column.stage.code] = cards
            self.heads[column.stage.code] = head

    def _position_at(self, stage: str, row: int | None, card_id: int) -> int | None:
        column = next((c for c in self.columns if c.stage.code == stage), None)
        if column is None or row is None or row >= len(column.cards):
            return None
        target = column.cards[row]
        return None if target.id == card_id else target.position

    def _dropped(self, card_id: int, version: int, stage: str, row: object) -> None:
        position = self._position_at(stage, row if isinstance(row, int) else None, card_id)
        self.moveRequested.emit(card_id, version, stage, position)

    def _shifted(self, card_id: int, version: int, step: int) -> None:
        codes = [c.stage.code for c in self.columns]
        here = next(
            (c.stage.code for c in self.columns if any(x.id == card_id for x in c.cards)), None
        )
        if here is None:
            return
        index = codes.index(here) + step
        if 0 <= index < len(codes):
            self.moveRequested.emit(card_id, version, codes[index], None)

    def select_card(self, card_id: int) -> None:
        for cards in self.lists.values():
            if cards.select_card(card_id):
                return

    def card_stage(self, card_id: int) -> str | None:
        for column in self.columns:
            if any(card.id == card_id for card in column.cards):
                return column.stage.code
        return None
