"""Merge and unmerge in the Customers room: opens the merge dialog (from the duplicates
finder and the list's selection menu), undoes a merge (from the History tab's bar), and
brings the list, the open customer and the finder up to date afterwards.

The services decide who may (services/customers/merge.py); a refusal is told in one line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ...i18n import fill_args
from ..common.failures import failure_text
from . import questions

if TYPE_CHECKING:  # imported when a merge starts (start-up time)
    from ...services.customers.merge import MergeInfo, MergeResult
    from .merge_dialog import MergeDialog
    from .room import CustomersRoom


class MergeActions(QObject):
    def __init__(self, room: CustomersRoom) -> None:
        super().__init__(room)
        self.room = room
        self.ctx = room.ctx
        self.dialog: MergeDialog | None = None
        room.form.unmerge_requested.connect(self.unmerge)

    def start(self, survivor_id: int, other_id: int) -> MergeDialog | None:
        """Open the merge dialog for the pair (window-modal, not blocking); None when the
        pair cannot be merged (told why)."""
        from ...services.customers.merge import merge_preview
        from .merge_dialog import MergeDialog

        try:
            preview = merge_preview(self.ctx.app.user, survivor_id, other_id)
        except Exception as error:  # noqa: BLE001 - told, never a traceback
            questions.tell(self.room, self.tr("Not merged"), failure_text(error))
            return None
        parent = self.room.duplicates_dialog
        if parent is None or not parent.isVisible():
            parent = self.room  # type: ignore[assignment]
        self.dialog = MergeDialog(self.ctx, preview, parent)
        self.dialog.merged.connect(self._merged)
        self.dialog.open()
        return self.dialog

    def _merged(self, result: MergeResult) -> None:
        from .duplicate_hint import caption

        assert self.dialog is not None
        preview = self.dialog.preview
        self.room.selection.notice.say(
            fill_args(
                self.tr("“%1” was merged into “%2”. Unmerge it in the History tab."),
                caption(preview.other.name, preview.other.company),
                caption(preview.survivor.name, preview.survivor.company),
            )
        )
        self._after(result.survivor_id, result.other_id, show=result.survivor_id)
        finder = self.room.duplicates_dialog
        if finder is not None and finder.isVisible():
            finder.search()

    def unmerge(self, info: MergeInfo) -> bool:
        """Ask, then undo the merge; True when it was undone."""
        from ...services.customers.merge import unmerge
        from .duplicate_hint import caption

        survivor = caption(info.survivor_name, info.survivor_company)
        other = caption(info.other_name, info.other_company)
        if not questions.confirm_unmerge(self.room, survivor, other):
            return False
        try:
            unmerge(self.ctx.app.user, info.merge_id)
        except Exception as error:  # noqa: BLE001 - told, never a traceback
            questions.tell(self.room, self.tr("Not unmerged"), failure_text(error))
            return False
        self.room.selection.notice.say(
            fill_args(
                self.tr("The merge is undone: “%1” and “%2” are two customers again."),
                survivor,
                other,
            )
        )
        self._after(info.survivor_id, info.other_id, show=None)
        return True

    def _after(self, survivor_id: int, other_id: int, show: int | None) -> None:
        """The list read again; the form reloads the survivor when it showed either one
        (and holds no edits), or opens it (`show`)."""
        form = self.room.form
        shown = form.customer_id
        if shown in (survivor_id, other_id) and not form.is_dirty():
            form.load(survivor_id)
        elif show is not None and not form.is_dirty():
            form.load(show)
        self.room.list_panel.fill_choices()
        self.room.list_panel.refresh(keep_selected=[survivor_id])
        self.room.refresh_tiers()
