"""The Customers room: the list on the left, the form on the right, trash and undo."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import fill_args
from ...services.analysis.tiers import recompute_if_stale
from ...services.common.settings import CUSTOMERS_SPLITTER
from ...services.customers.queries import count_customers
from ...services.customers.writes import move_to_trash, restore_from_trash
from ...services.people.policy import is_office
from ..context import UiContext
from ..local_settings import read_local, write_local
from . import questions
from .form import CustomerForm
from .list_panel import CustomerListPanel
from .merging import MergeActions
from .selection import SelectionActions

if TYPE_CHECKING:  # the dialogs are imported when first opened (start-up time)
    from .duplicates_dialog import DuplicatesDialog
    from .trash_dialog import TrashDialog

UNDO_SECONDS = 15
EDITOR_AFTER_MS = 50  # after the first rows arrive: their paint comes first


class UndoBar(QFrame):
    """“N customers moved to the trash. [Undo]” — shown for a while after a delete."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undo_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#undo_bar { background: #fff4ce; border: 1px solid #e0c060; }")
        self.label = QLabel(self)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 4, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide)
        self.ids: list[int] = []
        self.hide()

    def offer(self, ids: list[int], text: str) -> None:
        self.ids = ids
        self.label.setText(text)
        self.show()
        self.timer.start(UNDO_SECONDS * 1000)


class CustomersRoom(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("CustomersRoom")
        self.list_panel = CustomerListPanel(ctx, self)
        self.form = CustomerForm(ctx, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.form)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.undo_bar = UndoBar(self)
        self.undo_bar.undo_button.clicked.connect(self.undo_trash)
        self.trash_dialog: TrashDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.undo_bar)
        self._build_actions()
        self.selection = SelectionActions(self)
        self.merging = MergeActions(self)
        self.menu.addSeparator()
        self.menu.addMenu(self.selection.menu)
        self.selection.start()
        self.list_panel.current_changed.connect(self._list_moved)
        self.form.saved.connect(self._saved)
        self.form.open_requested.connect(self.show_customer)
        self.form.closed.connect(lambda: self.list_panel.select_id(None))
        self._restore_splitter()
        # The form's editor is built just after the list's first rows are painted, so the
        # window shows its rows first and the first customer opened is opened at once.
        if self.list_panel.model.rowCount() > 0:  # read already (a synchronous runner)
            self._first_rows()
        else:
            self.list_panel.model.modelReset.connect(
                self._first_rows, Qt.ConnectionType.SingleShotConnection
            )

    def _first_rows(self) -> None:
        timer = QTimer(self.form)  # goes with the form, should the room close first
        timer.setSingleShot(True)
        timer.timeout.connect(self.form.ensure_editor)
        timer.timeout.connect(timer.deleteLater)
        timer.start(EDITOR_AFTER_MS)

    def _build_actions(self) -> None:
        def action(text: str, slot: Any, shortcut: QKeySequence | None = None) -> QAction:
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(shortcut)
                # active while this room is the visible tab of the active window; another
                # room may use the same keys while it is shown
                act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.new_action = action(
            self.tr("&New customer"), self.new_customer, QKeySequence(QKeySequence.StandardKey.New)
        )
        self.save_action = action(
            self.tr("&Save"), self.form.save, QKeySequence(QKeySequence.StandardKey.Save)
        )
        self.revert_action = action(self.tr("&Revert"), self.form.revert)
        self.find_action = action(
            self.tr("&Find"),
            self.list_panel.focus_filter,
            QKeySequence(QKeySequence.StandardKey.Find),
        )
        self.trash_action = action(self.tr("Move to &trash"), self.delete_selected)
        self.trash_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.trash_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.list_panel.view.addAction(self.trash_action)
        self.open_trash_action = action(self.tr("Show t&rash…"), self.open_trash)
        self.plan_visit_action = action(self.tr("Plan &visit…"), self.plan_visit)
        self.new_opportunity_action = action(self.tr("New &opportunity…"), self.new_opportunity)
        self.refresh_action = action(
            self.tr("Re&fresh"), self.refresh, QKeySequence(QKeySequence.StandardKey.Refresh)
        )
        self.export_action = action(self.tr("&Export…"), self.export_list, QKeySequence("Ctrl+E"))
        self.menu = QMenu(self.tr("&Customers"), self)
        for act in (
            self.new_action,
            self.save_action,
            self.revert_action,
            None,
            self.find_action,
            self.refresh_action,
            None,
            self.plan_visit_action,
            self.new_opportunity_action,
            self.export_action,
            None,
            self.trash_action,
            self.open_trash_action,
        ):
            if act is None:
                self.menu.addSeparator()
            else:
                self.menu.addAction(act)
        self.duplicates_dialog: DuplicatesDialog | None = None
        self.duplicates_action = action(self.tr("Find &duplicates…"), self.find_duplicates)
        if is_office(self.ctx.app.user):  # the finder reads the whole file
            self.menu.addAction(self.duplicates_action)

    # ------------------------------------------------------------ room protocol
    def room_title(self) -> str:
        return self.tr("Customers")

    def room_menu(self) -> QMenu:
        return self.menu

    def maybe_close(self) -> bool:
        ok = self.form.maybe_leave()
        if ok:
            write_local(CUSTOMERS_SPLITTER, self.splitter.saveState())
        return ok

    def refresh(self) -> None:
        self.list_panel.fill_choices()
        self.list_panel.refresh()

    def _restore_splitter(self) -> None:
        state = read_local(CUSTOMERS_SPLITTER)
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes([640, 760])

    # ------------------------------------------------------------ moving around
    def _list_moved(self, new_id: int | None, old_id: int | None) -> None:
        if new_id is None or new_id == self.form.customer_id:
            return
        if not self.form.maybe_leave():
            self.list_panel.select_id(self.form.customer_id)
            return
        if self.form.load(new_id):
            self.list_panel.select_id(new_id)  # a save just now may have moved the selection

    def show_customer(self, customer_id: int) -> bool:
        """Open a customer (other rooms call this); False if the user stayed put."""
        if customer_id != self.form.customer_id and not self.form.maybe_leave():
            return False
        if self.form.load(customer_id):
            self.list_panel.select_id(customer_id)
            return True
        return False

    def export_list(self) -> None:
        """Customers → Export…: the list with its filter, or everything (the owner's)."""
        from .export_dialog import export_from_room

        flt = self.list_panel.current_filter()
        export_from_room(
            self,
            self.ctx,
            flt,
            count_customers(self.ctx.app.user, flt),
            self.selection.notice.say,
            lambda text: questions.tell(self, self.tr("Not exported"), text),
        )

    def new_customer(self) -> None:
        if not self.form.maybe_leave():
            return
        self.list_panel.select_id(None)
        self.form.new_customer()

    def _saved(self, customer_id: int) -> None:
        self.list_panel.select_id(customer_id)
        self.list_panel.fill_choices()
        self.list_panel.refresh()
        self.refresh_tiers()

    def refresh_tiers(self) -> None:
        """Bring computed tiers up to date after a commit that changed deals or the trash.

        Off the GUI thread and outside the save's transaction (ranking 100k customers takes
        about a second); the list shows the new tiers when it is done.
        """
        operation = self.ctx.runner.run(lambda: recompute_if_stale(self.ctx.app.user))
        operation.on_success(lambda changed: self.list_panel.refresh() if changed else None)

    def plan_visit(self) -> None:
        """Plan a visit to the customer in the form (else the one selected in the list)."""
        from ..common.rooms import PLAN_VISIT, borrow

        ids = [self.form.customer_id] if self.form.customer_id else self.list_panel.selected_ids()
        if ids and ids[0] is not None:
            borrow(PLAN_VISIT)(self.ctx, ids[0], self)

    def new_opportunity(self) -> None:
        """Start a new opportunity (商机) for the customer in the form (else the selected one)."""
        from ..common.rooms import NEW_OPPORTUNITY, borrow

        ids = [self.form.customer_id] if self.form.customer_id else self.list_panel.selected_ids()
        if ids and ids[0] is not None:
            borrow(NEW_OPPORTUNITY)(self.ctx, ids[0], self)

    # ------------------------------------------------------------ trash
    def delete_selected(self) -> None:
        ids = self.list_panel.selected_ids()
        if not ids and self.form.customer_id is not None:
            ids = [self.form.customer_id]
        if not ids:
            return
        names = self.list_panel.selected_names() or [self.form.display_name()]
        if not questions.confirm_move_to_trash(self, names):
            return
        moved = move_to_trash(self.ctx.app.user, ids)
        if self.form.customer_id in ids:
            self.form.close_customer()
        self.list_panel.refresh()
        self.refresh_tiers()
        if len(names) == 1:
            text = fill_args(self.tr("“%1” moved to the trash."), names[0])
        else:
            text = fill_args(self.tr("%1 customers moved to the trash."), moved)
        self.undo_bar.offer(ids, text)

    def undo_trash(self) -> None:
        ids = self.undo_bar.ids
        self.undo_bar.hide()
        if ids:
            restore_from_trash(self.ctx.app.user, ids)
            self.list_panel.refresh()
            self.refresh_tiers()
            if len(ids) == 1 and self.form.customer_id is None:
                self.show_customer(ids[0])

    def _restored_from_trash(self, _ids: object) -> None:
        self.list_panel.refresh()
        self.refresh_tiers()

    def open_trash(self) -> TrashDialog:
        if self.trash_dialog is None:
            from .trash_dialog import TrashDialog

            self.trash_dialog = TrashDialog(self.ctx, self)
            self.trash_dialog.restored.connect(self._restored_from_trash)
        else:
            self.trash_dialog.reload()
        self.trash_dialog.show()
        self.trash_dialog.raise_()
        return self.trash_dialog

    # ------------------------------------------------------------ duplicates
    def find_duplicates(self) -> DuplicatesDialog:
        if self.duplicates_dialog is None:
            from .duplicates_dialog import DuplicatesDialog

            self.duplicates_dialog = DuplicatesDialog(self.ctx, self)
            self.duplicates_dialog.open_requested.connect(self.show_customer)
            self.duplicates_dialog.merge_requested.connect(self.merging.start)
        self.duplicates_dialog.show()
        self.duplicates_dialog.raise_()
        self.duplicates_dialog.search()
        return self.duplicates_dialog
