"""Bulk actions on the customer list's selection: the right-click menu and the "Selection"
button (Open, Merge… for exactly two, Reassign to…, Move to the shared pool, Claim, Set
tier by hand…, Move to trash), and the shared pool's auto-return at start with its notice above the list.

The work runs through the context's runner (off the GUI thread); the services decide who may
(services/people/policy.py) — a disabled action is a hint, never the protection.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu, QPushButton

from ...i18n import fill_args
from ...services.common.errors import PermissionDenied
from ...services.customers.fields import TIERS
from ...services.customers.pool import (
    AlreadyOwned,
    IdleCustomer,
    MoveCounts,
    claim_customer,
    idle_customers,
    pool_settings,
    reassign_preview,
    reassign_selected,
    release_to_pool,
    return_idle_to_pool,
    set_manual_tier_for,
)
from ...services.customers.queries import reps
from ...services.people.policy import is_office, may_release
from ..common.failures import failure_text
from ..common.messages import choice_label
from . import pool_dialogs, questions
from .pool_dialogs import NoticeBar, ReassignDialog, TierDialog

if TYPE_CHECKING:
    from .room import CustomersRoom

NOTICE_NAMES = 5  # customers named in the notice before "and N more"


class SelectionActions(QObject):
    def __init__(self, room: CustomersRoom) -> None:
        super().__init__(room)
        self.room = room
        self.ctx = room.ctx
        self.panel = room.list_panel
        self.view: QAbstractItemView = self.panel.view
        self.notice = NoticeBar(self.panel)
        self.panel.layout().insertWidget(0, self.notice)  # type: ignore[union-attr]

        def action(text: str, slot: Callable[[], Any], name: str) -> QAction:
            act = QAction(text, self.room)
            act.setObjectName(name)
            act.triggered.connect(slot)
            return act

        self.open_action = action(self.tr("&Open"), self.open_first, "open_selected")
        self.merge_action = action(self.tr("&Merge the two…"), self.merge_two, "merge_two")
        self.reassign_action = action(self.tr("&Reassign to…"), self.reassign, "reassign")
        self.release_action = action(
            self.tr("Move to the shared &pool"), self.release, "release_to_pool"
        )
        self.claim_action = action(self.tr("&Claim"), self.claim, "claim")
        self.tier_action = action(self.tr("Set tier by &hand…"), self.set_tier, "manual_tier")
        self.menu = QMenu(self.tr("Selection"), self.room)
        for act in (
            self.open_action,
            self.merge_action,
            None,
            self.reassign_action,
            self.release_action,
            self.claim_action,
            self.tier_action,
            None,
            room.trash_action,
        ):
            if act is None:
                self.menu.addSeparator()
            else:
                self.menu.addAction(act)
        self.button = QPushButton(self.tr("Selection"), self.panel)
        self.button.setObjectName("selection_actions")
        self.button.setMenu(self.menu)
        self.panel.filters.insertWidget(self.panel.filters.count() - 1, self.button)

        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self.show_menu)
        self.menu_key = QAction(self.view)  # the menu key opens it by itself
        self.menu_key.setShortcut(QKeySequence("Shift+F10"))
        self.menu_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.menu_key.triggered.connect(self.show_menu_at_current)
        self.view.addAction(self.menu_key)
        self.view.selectionModel().selectionChanged.connect(self.update_actions)
        self.panel.model.modelReset.connect(self.update_actions)
        self.update_actions()

    # ------------------------------------------------------------ the menu
    def selected_rows(self) -> list[Any]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.panel.model.rows[r] for r in rows if r < len(self.panel.model.rows)]

    def update_actions(self, *_args: object) -> None:
        rows = self.selected_rows()
        user = self.ctx.app.user
        office = is_office(user)
        some = bool(rows)
        for act in (self.open_action, self.reassign_action, self.tier_action):
            act.setEnabled(some)
        self.merge_action.setEnabled(len(rows) == 2)
        self.reassign_action.setVisible(office)
        self.tier_action.setVisible(office)
        owned = [r for r in rows if r.owner_rep_id is not None]
        self.release_action.setEnabled(
            bool(owned) and all(may_release(user, r.owner_rep_id) for r in owned)
        )
        self.claim_action.setEnabled(any(r.owner_rep_id is None for r in rows))

    def show_menu(self, position: QPoint) -> QMenu:
        """Open the menu at `position` of the view's viewport (right click, menu key)."""
        index = self.view.indexAt(position)
        if index.isValid() and not self.view.selectionModel().isRowSelected(index.row()):
            self.view.setCurrentIndex(index)
        self.update_actions()
        self.menu.popup(self.view.viewport().mapToGlobal(position))
        return self.menu

    def show_menu_at_current(self) -> QMenu:
        current = self.view.currentIndex()
        rect = self.view.visualRect(current) if current.isValid() else None
        return self.show_menu(rect.center() if rect is not None else QPoint(8, 8))

    # ------------------------------------------------------------ the actions
    def open_first(self) -> None:
        ids = self.panel.selected_ids()
        if ids:
            self.room.show_customer(ids[0])

    def merge_two(self) -> None:
        """The customer open in the form stays (else the first); the dialog can swap them."""
        ids = self.panel.selected_ids()
        if len(ids) == 2:
            shown = self.room.form.customer_id
            survivor = shown if shown in ids else ids[0]
            other = ids[1] if survivor == ids[0] else ids[0]
            self.room.merging.start(survivor, other)

    def reassign(self) -> None:
        ids = self.panel.selected_ids()
        if not ids:
            return
        choice = ReassignDialog.ask(self.room, reps(self.ctx.app.user), len(ids))
        if choice is None:
            return
        to_rep_id, to_name = choice
        user = self.ctx.app.user
        self.ctx.runner.run(lambda: reassign_preview(user, ids, to_rep_id)).on_success(
            lambda counts: self._confirm_reassign(ids, to_rep_id, to_name, counts)
        ).on_failure(self.failed)

    def _confirm_reassign(
        self, ids: list[int], to_rep_id: int | None, to_name: str, counts: MoveCounts
    ) -> None:
        if not pool_dialogs.confirm_reassign(self.room, counts, to_name, to_rep_id is None):
            return
        user = self.ctx.app.user
        self._run(
            lambda: reassign_selected(user, ids, to_rep_id),
            self.tr("Reassigning customers…"),
            ids,
            lambda moved: self._moved_text(moved, to_name, to_rep_id is None),
        )

    def _moved_text(self, moved: MoveCounts, to_name: str, to_pool: bool) -> str:
        if to_pool:
            return fill_args(self.tr("%1 customers moved to the shared pool."), moved.customers)
        return fill_args(
            self.tr("%1 customers and %2 planned visits reassigned to %3."),
            moved.customers,
            moved.visits,
            to_name,
        )

    def release(self) -> None:
        rows = [r for r in self.selected_rows() if r.owner_rep_id is not None]
        if not rows or not pool_dialogs.confirm_release(self.room, len(rows)):
            return
        ids = [r.id for r in rows]
        user = self.ctx.app.user
        self._run(
            lambda: release_to_pool(user, ids),
            self.tr("Moving customers to the shared pool…"),
            ids,
            lambda moved: self._moved_text(moved, "", True),
        )

    def claim(self) -> None:
        rows = [r for r in self.selected_rows() if r.owner_rep_id is None]
        if not rows:
            return
        ids = [r.id for r in rows]
        user = self.ctx.app.user

        def claim_all() -> int:
            for customer_id in ids:
                claim_customer(user, customer_id)
            return len(ids)

        self._run(
            claim_all,
            self.tr("Claiming customers…"),
            ids,
            lambda count: fill_args(self.tr("%1 customers claimed: they are yours now."), count),
        )

    def set_tier(self) -> None:
        ids = self.panel.selected_ids()
        if not ids:
            return
        choice = TierDialog.ask(self.room, len(ids))
        if choice is None:
            return
        tier, reason = choice
        label = next((choice_label(c) for c in TIERS if c.value == tier), "")
        shown = label or self.tr("the computed tier")
        if not pool_dialogs.confirm_tier(self.room, len(ids), shown):
            return
        user = self.ctx.app.user
        self._run(
            lambda: set_manual_tier_for(user, ids, tier, reason),
            self.tr("Setting tiers…"),
            ids,
            lambda count: fill_args(self.tr("Tier of %1 customers set to %2."), count, shown),
        )

    def _run(
        self,
        work: Callable[[], Any],
        label: str,
        ids: list[int],
        said: Callable[[Any], str],
    ) -> None:
        def done(result: Any) -> None:
            self.notice.say(said(result))
            self.after_change(ids)

        def failed(error: BaseException) -> None:
            self.after_change(ids)  # a claim lost half way: show who has what now
            self.failed(error)

        self.ctx.runner.run(work, label=label, parent=self.room).on_success(done).on_failure(failed)

    def after_change(self, ids: list[int]) -> None:
        """Read the list again keeping the changed customers selected; reload the form when it
        shows one of them and holds no edits (its version moved on)."""
        form = self.room.form
        if form.customer_id in ids and not form.is_dirty():
            form.load(form.customer_id)
        self.panel.fill_choices()
        self.panel.refresh(keep_selected=ids)

    def failed(self, error: BaseException) -> None:
        questions.tell(self.room, self.tr("Not done"), self.explain(error))

    def explain(self, error: BaseException) -> str:
        if isinstance(error, AlreadyOwned):
            return fill_args(
                self.tr("“%1” already belongs to %2; nothing was changed."),
                error.customer_name,
                error.owner_name,
            )
        if isinstance(error, PermissionDenied):
            return self.tr(
                "Your role may not do this (only an owner or an office clerk may reassign "
                "customers or set tiers by hand; a rep may move only their own customers to "
                "the shared pool)."
            )
        return failure_text(error)

    # ------------------------------------------------------------ auto-return
    def start(self) -> None:
        """At start: the office returns idle customers to the pool (when the auto-return is
        on), then everyone is told which of theirs return soon."""
        QTimer.singleShot(0, self.check_pool)

    def check_pool(self, today: dt.date | None = None) -> None:
        user = self.ctx.app.user
        day = today or dt.date.today()

        def work() -> tuple[list[IdleCustomer], list[IdleCustomer], int]:
            settings = pool_settings(user)
            if settings.return_days <= 0:
                return [], [], settings.notice_days
            returned = return_idle_to_pool(user, day) if is_office(user) else []
            return returned, idle_customers(user, day), settings.notice_days

        self.ctx.runner.run(work).on_success(self._pool_checked)

    def _pool_checked(self, result: tuple[list[IdleCustomer], list[IdleCustomer], int]) -> None:
        returned, soon, days = result
        parts = []
        if returned:
            parts.append(
                fill_args(
                    self.tr("%1 customers without a visit or deal returned to the shared pool."),
                    len(returned),
                )
            )
            self.panel.refresh()
        if soon:
            names = self.tr(", ").join(
                f"{c.name} ({c.returns_on.strftime('%m-%d')})" for c in soon[:NOTICE_NAMES]
            )
            if len(soon) > NOTICE_NAMES:
                names += " " + fill_args(self.tr("and %1 more"), len(soon) - NOTICE_NAMES)
            text = (
                self.tr("Your customers returning to the shared pool within %1 days: %2")
                if not is_office(self.ctx.app.user)
                else self.tr("Customers returning to the shared pool within %1 days: %2")
            )
            parts.append(fill_args(text, days, names))
        if parts:
            self.notice.say("\n".join(parts))
