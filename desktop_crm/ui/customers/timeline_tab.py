"""The customer form's Timeline tab (issue 12, item 6): what happened with the customer, newest
first — visits with results and next actions, deals, opportunities, assessments, the file's
changes — from services/customers/timeline.py, one page at a time: the first page when the tab
is shown, the next when the list is scrolled to its end (or "Show older"). Double-clicking a
visit opens it, an assessment opens the customer's assessment history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import QT_TRANSLATE_NOOP, fill_args
from ...services.common.formats import date_text, money_text
from ...services.customers.timeline import (
    PAGE,
    AssessmentEntry,
    ChangeEntry,
    DealEntry,
    EntryKind,
    OpportunityEntry,
    TimelineEntry,
    TimelinePage,
    VisitEntry,
    timeline,
)
from ...services.office.audit import ACTION_LABELS, field_label
from ...services.visits.fields import PURPOSE_MET_LEVELS, VISIT_METHODS, VISIT_STATUSES
from ..common.audit_table import shown_value
from ..common.rooms import ASSESSMENTS, OPEN_VISIT, RoomRegistryError, borrow
from ..context import UiContext

KIND_LABELS = {
    EntryKind.VISIT: QT_TRANSLATE_NOOP("TimelineTab", "Visit"),
    EntryKind.DEAL: QT_TRANSLATE_NOOP("TimelineTab", "Deal"),
    EntryKind.OPPORTUNITY: QT_TRANSLATE_NOOP("TimelineTab", "Opportunity"),
    EntryKind.ASSESSMENT: QT_TRANSLATE_NOOP("TimelineTab", "Assessment"),
    EntryKind.CHANGE: QT_TRANSLATE_NOOP("TimelineTab", "File change"),
}
KIND_COLOURS = {
    EntryKind.VISIT: "#2563eb",
    EntryKind.DEAL: "#15803d",
    EntryKind.OPPORTUNITY: "#b45309",
    EntryKind.ASSESSMENT: "#7c3aed",
    EntryKind.CHANGE: "#616e7c",
}
# The default pipeline's stages (services/owner/pipeline.py); another code is shown as it is.
STAGE_LABELS = {
    "contact": QT_TRANSLATE_NOOP("TimelineTab", "Initial contact"),
    "needs": QT_TRANSLATE_NOOP("TimelineTab", "Needs confirmed"),
    "proposal": QT_TRANSLATE_NOOP("TimelineTab", "Proposal / quote"),
    "negotiation": QT_TRANSLATE_NOOP("TimelineTab", "Negotiation"),
    "won": QT_TRANSLATE_NOOP("TimelineTab", "Won"),
    "lost": QT_TRANSLATE_NOOP("TimelineTab", "Lost"),
}
CHANGES_SHOWN = 6
WHEN, KIND, WHAT = range(3)


def _choice(choices: object, value: str) -> str:
    for choice in choices:  # type: ignore[attr-defined]
        if choice.value == value:
            return QCoreApplication.translate("Choice", choice.label)
    return value


class TimelineTab(QWidget):
    """Read only; `show_customer` marks it stale, `refresh` (when visible) reads page one."""

    visit_changed = Signal()  # a visit opened from here was saved

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: int | None = None
        self.entries: list[TimelineEntry] = []
        self._stale = True
        self._loading = False
        self._more = False
        self._generation = 0
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("timeline")
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Details")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(self._open_row)
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.status = QLabel(self)
        self.status.setObjectName("timeline_status")
        self.status.setStyleSheet("color: #555;")
        self.more_button = QPushButton(self.tr("Show older"), self)
        self.more_button.setObjectName("timeline_more")
        self.more_button.clicked.connect(self.load_more)
        self.more_button.hide()
        foot = QHBoxLayout()
        foot.addWidget(self.status, 1)
        foot.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addLayout(foot)

    # ------------------------------------------------------------ loading
    def show_customer(self, customer_id: int | None, *, visible: bool) -> None:
        self.customer_id = customer_id
        self._stale = True
        self._clear()
        if visible:
            self.refresh()

    def refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self._clear()
        if self.customer_id is None:
            self.status.setText(self.tr("A new customer has no timeline yet."))
            return
        self._read(0)

    def load_more(self) -> None:
        if self._more and not self._loading and self.customer_id is not None:
            self._read(len(self.entries))

    def _clear(self) -> None:
        self._generation += 1
        self._loading = False
        self._more = False
        self.entries = []
        self.table.setRowCount(0)
        self.status.clear()
        self.more_button.hide()

    def _read(self, offset: int) -> None:
        self._loading = True
        generation, customer_id, user = self._generation, self.customer_id, self.ctx.app.user
        assert customer_id is not None
        operation = self.ctx.runner.run(lambda: timeline(user, customer_id, offset, PAGE))
        operation.on_success(lambda page: self._arrived(generation, page))
        operation.on_failure(lambda error: self._failed(generation, error))

    def _arrived(self, generation: int, page: TimelinePage) -> None:
        if generation != self._generation:
            return  # another customer was shown meanwhile
        self._loading = False
        self._more = page.more
        for entry in page.entries:
            self._add_row(entry)
        self.entries += page.entries
        self.table.resizeRowsToContents()
        self.more_button.setVisible(page.more)
        if page.more and self.table.isVisible():
            QTimer.singleShot(0, lambda: self._fill_view(generation))
        if not self.entries:
            self.status.setText(self.tr("Nothing has happened with this customer yet."))
        else:
            self.status.setText(fill_args(self.tr("%1 entries shown"), len(self.entries)))

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            self.status.setText(str(error))

    def _fill_view(self, generation: int) -> None:
        """Read on while the shown rows do not fill the view (nothing to scroll yet)."""
        if generation == self._generation and not self.table.verticalScrollBar().maximum():
            self.load_more()

    def _scrolled(self, value: int) -> None:
        bar = self.table.verticalScrollBar()
        if bar.maximum() and value >= bar.maximum():
            self.load_more()

    # ------------------------------------------------------------ rows
    def _add_row(self, entry: TimelineEntry) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        lang = self.ctx.lang
        when = date_text(entry.when.date(), lang)
        if isinstance(entry, VisitEntry | ChangeEntry):
            when += f" {entry.when:%H:%M}"
        summary, details = self._texts(entry)
        kind = QTableWidgetItem(self.tr(KIND_LABELS[entry.kind]))
        kind.setForeground(QColor(KIND_COLOURS[entry.kind]))
        text = "\n".join(x for x in (summary, details) if x)
        for column, item in (
            (WHEN, QTableWidgetItem(when)),
            (KIND, kind),
            (WHAT, QTableWidgetItem(text)),
        ):
            item.setData(Qt.ItemDataRole.UserRole, row)
            item.setToolTip(text)
            self.table.setItem(row, column, item)

    def _texts(self, entry: TimelineEntry) -> tuple[str, str]:
        lang = self.ctx.lang
        if isinstance(entry, VisitEntry):
            what = " · ".join(
                x for x in (_choice(VISIT_METHODS, entry.method), entry.matter, entry.rep_name) if x
            )
            lines = [_choice(VISIT_STATUSES, entry.status)]
            if entry.purpose_met:
                lines[0] += " · " + fill_args(
                    self.tr("purpose met: %1"), _choice(PURPOSE_MET_LEVELS, entry.purpose_met)
                )
            if entry.result:
                lines.append(fill_args(self.tr("Result: %1"), entry.result))
            elif entry.purpose:
                lines.append(fill_args(self.tr("Purpose: %1"), entry.purpose))
            if entry.next_action:
                following = entry.next_action
                if entry.next_action_on:
                    following += f" ({date_text(entry.next_action_on, lang)})"
                lines.append(fill_args(self.tr("Next: %1"), following))
            return what, "\n".join(lines)
        if isinstance(entry, DealEntry):
            return money_text(entry.amount), " · ".join(
                x for x in (entry.products, entry.notes) if x
            )
        if isinstance(entry, OpportunityEntry):
            stage = STAGE_LABELS.get(entry.stage)
            lines = [
                fill_args(
                    self.tr("%1, %2 %"),
                    self.tr(stage) if stage else entry.stage,
                    entry.probability,
                )
            ]
            if entry.expected_amount is not None:
                lines[0] += " · " + money_text(entry.expected_amount)
            if entry.expected_close and not entry.closed_on:
                lines.append(
                    fill_args(self.tr("expected close %1"), date_text(entry.expected_close, lang))
                )
            if entry.lost_reason:
                lines.append(fill_args(self.tr("Lost because: %1"), entry.lost_reason))
            return entry.title, "\n".join(lines)
        if isinstance(entry, AssessmentEntry):
            intent = "–" if entry.intent is None else f"{entry.intent:.0f}"
            quality = "–" if entry.quality is None else f"{entry.quality:.0f}"
            what = fill_args(self.tr("intent %1, quality %2"), intent, quality)
            return what, fill_args(self.tr("by %1"), entry.assessed_by or "–")
        action = QCoreApplication.translate("Audit", ACTION_LABELS.get(entry.action, entry.action))
        lines = []
        for change in entry.changes[:CHANGES_SHOWN]:
            context, source = field_label("customer", change.field)
            label = QCoreApplication.translate(context, source) if context else source
            before = shown_value("customer", change.field, change.before)
            after = shown_value("customer", change.field, change.after)
            lines.append(f"{label}: {before or '—'} → {after or '—'}")
        if len(entry.changes) > CHANGES_SHOWN:
            lines.append(fill_args(self.tr("… and %1 more"), len(entry.changes) - CHANGES_SHOWN))
        return f"{action} · {entry.person_name}".strip(" ·"), "\n".join(lines)

    def _open_row(self, row: int, _column: int) -> None:
        if not 0 <= row < len(self.entries) or self.customer_id is None:
            return
        entry = self.entries[row]
        try:
            if isinstance(entry, VisitEntry):
                if borrow(OPEN_VISIT)(self.ctx, entry.id, self):
                    self.visit_changed.emit()
                    self.refresh()
            elif isinstance(entry, AssessmentEntry):
                borrow(ASSESSMENTS)(self.ctx, self.customer_id, self)
        except RoomRegistryError:
            pass  # a build without that room: nothing to open
