"""The pipeline room (商机): the board or the list, filtered by rep (the office's) and text,
the weighted forecast beside it; New / Edit; the stages editor for the office.

Everything it shows comes from services/owner/pipeline.py, read off the GUI thread; moving a
card is one service call (`move`), winning records the deal there, losing asks the reason
here first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import fill_args
from ...services.common.errors import ConflictError, PermissionDenied, ValidationFailed
from ...services.common.formats import money_text
from ...services.owner import pipeline
from ...services.people.policy import is_office
from ...services.people.users import sales_reps
from ..common.messages import error_text
from ..common.rooms import room_action
from ..context import UiContext
from .board import PipelineBoard
from .forecast import ForecastPanel
from .opportunity_dialog import OpportunityDialog, stage_label
from .stages_dialog import StagesDialog

SORT_ROLE = Qt.ItemDataRole.UserRole + 10
ID_ROLE = Qt.ItemDataRole.UserRole
FORECAST_MONTHS = 6


def ask_lost_reason(parent: QWidget, title: str) -> str | None:
    """Why it was lost (tests replace this): the reason, or None when cancelled."""
    text, ok = QInputDialog.getMultiLineText(
        parent,
        QCoreApplication.translate("PipelineRoom", "Lost"),
        fill_args(QCoreApplication.translate("PipelineRoom", "Why was “%1” lost?"), title),
    )
    return text if ok else None


def ask_reopen_won(parent: QWidget, title: str) -> bool:
    """Whether to reopen a won opportunity, its deal leaving the business record (tests
    replace this)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("PipelineRoom", "Reopen"),
        fill_args(
            QCoreApplication.translate(
                "PipelineRoom",
                "Reopen “%1”? Its deal leaves the customer's business record (unless someone "
                "has changed the deal since).",
            ),
            title,
        ),
    )
    return answer == QMessageBox.StandardButton.Yes


class PipelineRoom(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("PipelineRoom")
        self.records: list[pipeline.OpportunityRecord] = []
        self._columns: list[pipeline.BoardColumn] = []
        self.board = PipelineBoard(self)
        self.board.moveRequested.connect(self.move_card)
        self.board.opened.connect(self.edit_opportunity)
        self.model = QStandardItemModel(0, 0, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setObjectName("opportunity_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # by stage
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setResizeContentsPrecision(100)  # widths from 100 rows
        self._table_of: list[pipeline.BoardColumn] | None = None  # filled when first shown
        self.table.doubleClicked.connect(
            lambda index: self.edit_opportunity(int(index.siblingAtColumn(0).data(ID_ROLE)))
        )
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.board)
        self.stack.addWidget(self.table)
        self.forecast = ForecastPanel(self)
        self.forecast.setMinimumWidth(250)
        self.forecast.setMaximumWidth(340)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.forecast)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.status = QLabel(self)
        self.status.setStyleSheet("color: #4b5563;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self._toolbar())
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)
        self._build_actions()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------ building
    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        user = self.ctx.app.user
        self.rep_combo = QComboBox(self)
        self.rep_combo.setObjectName("pipeline_rep")
        if is_office(user):
            self.rep_combo.addItem(self.tr("All reps"), None)
            for rep in sales_reps(user):
                self.rep_combo.addItem(rep.name, rep.id)
        else:
            self.rep_combo.addItem(user.name, user.id)
        self.rep_combo.setVisible(is_office(user))
        self.rep_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("pipeline_search")
        self.search_edit.setPlaceholderText(self.tr("Find: customer, title, products…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.board_button = QToolButton(self)
        self.board_button.setText(self.tr("Board"))
        self.list_button = QToolButton(self)
        self.list_button.setText(self.tr("List"))
        group = QButtonGroup(self)
        for button in (self.board_button, self.list_button):
            button.setCheckable(True)
            group.addButton(button)
        self.board_button.setChecked(True)
        self.board_button.clicked.connect(lambda: self.show_list(False))
        self.list_button.clicked.connect(lambda: self.show_list(True))
        self.new_button = QPushButton(self.tr("New opportunity"), self)
        self.new_button.clicked.connect(lambda: self.new_opportunity())
        self.stages_button = QPushButton(self.tr("Stages…"), self)
        self.stages_button.clicked.connect(self.edit_stages)
        self.stages_button.setVisible(is_office(user))
        if is_office(user):
            bar.addWidget(QLabel(self.tr("Rep"), self))
        bar.addWidget(self.rep_combo)
        bar.addWidget(self.search_edit, 1)
        bar.addSpacing(8)
        bar.addWidget(self.board_button)
        bar.addWidget(self.list_button)
        bar.addSpacing(8)
        bar.addWidget(self.new_button)
        bar.addWidget(self.stages_button)
        return bar

    def _build_actions(self) -> None:
        def action(text: str, slot: Callable[[], Any], shortcut: str | None = None) -> QAction:
            return room_action(self, text, slot, shortcut)

        self.new_action = action(self.tr("&New opportunity…"), self.new_opportunity, "Ctrl+N")
        self.stages_action = action(self.tr("Pipeline &stages…"), self.edit_stages)
        self.stages_action.setVisible(is_office(self.ctx.app.user))
        self.refresh_action = action(self.tr("Re&fresh"), self.refresh, "F5")
        self.menu = QMenu(self.tr("P&ipeline"), self)
        for act in (self.new_action, self.stages_action, None, self.refresh_action):
            if act is None:
                self.menu.addSeparator()
            else:
                self.menu.addAction(act)

    # ------------------------------------------------------------ room protocol
    def room_title(self) -> str:
        return self.tr("Pipeline")

    def room_menu(self) -> QMenu:
        return self.menu

    # ------------------------------------------------------------ showing
    def wanted(self) -> pipeline.OpportunityFilter:
        data = self.rep_combo.currentData()
        rep = int(data) if data is not None and is_office(self.ctx.app.user) else None
        return pipeline.OpportunityFilter(rep_id=rep, text=self.search_edit.text().strip()[:200])

    def refresh(self, select: int | None = None) -> None:
        user, wanted = self.ctx.app.user, self.wanted()
        rep = wanted.rep_id

        def load() -> tuple[list[pipeline.BoardColumn], list[pipeline.MonthForecast]]:
            return pipeline.board(user, wanted), pipeline.forecast_by_month(
                user, rep, FORECAST_MONTHS
            )

        self.ctx.runner.run(load).on_success(lambda result: self._show(result, select))

    def _show(self, result: Any, select: int | None) -> None:
        columns, months = result
        self.board.show_columns(columns)
        self.records = [card for column in columns for card in column.cards]
        self._columns = columns
        self._table_of = None
        if self.stack.currentIndex() == 1:
            self._fill_table(columns)
        self.forecast.show_months(months)
        open_count = sum(c.count for c in columns if c.stage.is_open)
        open_amount = sum((c.amount for c in columns if c.stage.is_open), start=0)
        self.status.setText(
            fill_args(
                self.tr("%1 open opportunities, %2. Won and lost: closed in the last %3 days."),
                open_count,
                money_text(open_amount),
                pipeline.CLOSED_SHOWN_DAYS,
            )
        )
        if select is not None:
            self.board.select_card(select)

    def _fill_table(self, columns: list[pipeline.BoardColumn]) -> None:
        headers = [
            self.tr("Customer"),
            self.tr("Title"),
            self.tr("Stage"),
            self.tr("Amount"),
            self.tr("Probability"),
            self.tr("Weighted"),
            self.tr("Expected close"),
            self.tr("Rep"),
            self.tr("Closed on"),
            self.tr("Lost reason"),
        ]
        self._table_of = columns
        self.model.clear()
        self.model.setHorizontalHeaderLabels(headers)
        for order, column in enumerate(columns):
            for card in column.cards:
                cells: list[tuple[str, Any]] = [
                    (card.customer_name, card.customer_name),
                    (card.title, card.title),
                    (stage_label(column.stage), order),
                    (money_text(card.expected_amount), float(card.expected_amount)),
                    (f"{card.probability} %", card.probability),
                    (money_text(card.weighted_amount), float(card.weighted_amount)),
                    (_day(card.expected_close), _day(card.expected_close)),
                    (card.owner_rep_name, card.owner_rep_name),
                    (_day(card.closed_on), _day(card.closed_on)),
                    (card.lost_reason, card.lost_reason),
                ]
                items = []
                for index, (text, key) in enumerate(cells):
                    item = QStandardItem(text)
                    item.setData(key, SORT_ROLE)
                    if index in (3, 4, 5):
                        item.setTextAlignment(
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        )
                    items.append(item)
                items[0].setData(card.id, ID_ROLE)
                self.model.appendRow(items)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        self.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def show_list(self, as_list: bool) -> None:
        self.stack.setCurrentIndex(1 if as_list else 0)
        if as_list and self._table_of is not self._columns:
            self._fill_table(self._columns)
        (self.list_button if as_list else self.board_button).setChecked(True)

    # ------------------------------------------------------------ actions
    def move_card(self, card_id: int, version: int, stage: str, position: object) -> None:
        record = next((r for r in self.records if r.id == card_id), None)
        reason = ""
        if stage == pipeline.LOST and (record is None or record.stage != pipeline.LOST):
            answer = ask_lost_reason(self, record.title if record else "")
            if answer is None or not answer.strip():
                self.refresh(select=card_id)
                return
            reason = answer
        reopens = record is not None and record.stage == pipeline.WON != stage
        if record is not None and reopens and not ask_reopen_won(self, record.title):
            self.refresh(select=card_id)
            return
        try:
            pipeline.move(
                self.ctx.app.user,
                card_id,
                stage,
                version,
                position if isinstance(position, int) else None,
                lost_reason=reason,
            )
        except ConflictError:
            self._warn(self.tr("Someone else changed this opportunity; the board is shown anew."))
        except ValidationFailed as failed:
            self._warn("\n".join(error_text(e) for e in failed.errors))
        except PermissionDenied:
            self._warn(self.tr("You may not move this opportunity."))
        self.refresh(select=card_id)

    def new_opportunity(self, customer_id: int | None = None) -> OpportunityDialog:
        dialog = OpportunityDialog(self.ctx, customer_id=customer_id, parent=self)
        return self._open(dialog)

    def edit_opportunity(self, opportunity_id: int) -> OpportunityDialog:
        return self._open(OpportunityDialog(self.ctx, opportunity_id, parent=self))

    def _open(self, dialog: OpportunityDialog) -> OpportunityDialog:
        dialog.saved.connect(lambda oid: self.refresh(select=oid))
        dialog.setModal(True)
        dialog.show()
        self.dialog = dialog
        return dialog

    def edit_stages(self) -> StagesDialog | None:
        if not is_office(self.ctx.app.user):
            return None
        dialog = StagesDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self.refresh())
        dialog.setModal(True)
        dialog.show()
        self.stages_dialog = dialog
        return dialog

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.room_title(), text)


def _day(day: Any) -> str:
    return day.isoformat() if day is not None else ""
