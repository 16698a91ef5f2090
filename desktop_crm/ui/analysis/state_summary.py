"""A compact strip for the customer's header: tier, key category, personality type and advice,
latest scores and quadrant, with buttons to assess, see the history and rate the type."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...i18n import fill_args
from ...services.analysis.customer_state import CustomerState, customer_state
from ...services.analysis.key_customers import STRATEGY, category_label
from ...services.common.errors import NotFoundError
from ..context import UiContext
from ..i18n import tr_marked


class StateSummary(QFrame):
    """Shows one customer's state; `show_customer(id)` switches, `changed` fires after edits."""

    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: int | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.facts = QLabel()
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setWordWrap(True)  # a narrow window (1024 px) wraps it instead of widening
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setStyleSheet("color: palette(placeholder-text)")
        self.assess_button = QPushButton(self.tr("Assess…"))
        self.history_button = QPushButton(self.tr("History…"))
        self.type_button = QPushButton(self.tr("Personality…"))
        self.assess_button.clicked.connect(self._assess)
        self.history_button.clicked.connect(self._history)
        self.type_button.clicked.connect(self._rate_type)
        text = QVBoxLayout()
        text.addWidget(self.facts)
        text.addWidget(self.advice)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addLayout(text, 1)
        for button in (self.assess_button, self.history_button, self.type_button):
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.show_customer(None)

    def show_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        for button in (self.assess_button, self.history_button, self.type_button):
            button.setEnabled(customer_id is not None)
        if customer_id is None:
            self.facts.setText("")
            self.advice.setText("")
            return
        try:
            state = customer_state(self.ctx.app.user, customer_id)
        except NotFoundError:
            self.show_customer(None)
            return
        parts = [f"<b>{self.tier_text(state)}</b>"]
        if state.tier_is_manual and state.tier_reason:
            parts[0] += f" <span style='color: gray'>({state.tier_reason})</span>"
        parts.append(category_label(tr_marked, state.key_category))
        if state.personality:
            parts.append(f"<b>{tr_marked('Personality', state.personality_label)}</b>")
        else:
            parts.append(self.tr("type not rated"))
        if state.latest is not None:
            scores = fill_args(
                self.tr("intent %1 · quality %2"),
                state.latest.intent_score.text(),
                state.latest.quality_score.text(),
            )
            parts.append(scores)
            if state.quadrant:
                parts.append(tr_marked("Quadrant", state.quadrant_label))
        else:
            parts.append(self.tr("not assessed yet"))
        self.facts.setText("  ·  ".join(p for p in parts if p))
        advice = []
        if state.personality:
            advice.append(tr_marked("Personality", state.personality_advice))
        if state.key_category in STRATEGY:
            advice.append(tr_marked("KeyCustomer", STRATEGY[state.key_category]))
        self.advice.setText("\n".join(advice))

    def tier_text(self, state: CustomerState) -> str:
        if not state.tier:
            return self.tr("Tier –")
        if state.tier_is_manual:
            return fill_args(self.tr("Tier %1 (set by hand)"), state.tier)
        return fill_args(self.tr("Tier %1"), state.tier)

    def _assess(self) -> None:
        if self.customer_id is not None and open_assessment_for_customer(
            self.ctx, self.customer_id, self
        ):
            self._changed()

    def _history(self) -> None:
        if self.customer_id is not None:
            open_history(self.ctx, self.customer_id, self)
            self._changed()

    def _rate_type(self) -> None:
        from .personality_dialog import PersonalityDialog

        if (
            self.customer_id is not None
            and PersonalityDialog(self.ctx, self.customer_id, self).exec()
        ):
            self._changed()

    def _changed(self) -> None:
        self.show_customer(self.customer_id)
        self.changed.emit()


def open_assessment_for_customer(
    ctx: UiContext,
    customer_id: int,
    parent: QWidget | None = None,
    visit_id: int | None = None,
    contact_id: int | None = None,
) -> int | None:
    """Open the assessment form; returns the new assessment's id, or None if cancelled."""
    from .assessment_dialog import AssessmentDialog

    dialog = AssessmentDialog(ctx, customer_id, parent, visit_id=visit_id, contact_id=contact_id)
    if dialog.exec() and dialog.record is not None:
        return dialog.record.id
    return None


def open_history(ctx: UiContext, customer_id: int, parent: QWidget | None = None) -> None:
    """Show the assessment history (trend chart, list, comparison) of a customer."""
    from .history_dialog import HistoryDialog

    HistoryDialog(ctx, customer_id, parent).exec()


def open_personality(ctx: UiContext, customer_id: int, parent: QWidget | None = None) -> bool:
    from .personality_dialog import PersonalityDialog

    return bool(PersonalityDialog(ctx, customer_id, parent).exec())
