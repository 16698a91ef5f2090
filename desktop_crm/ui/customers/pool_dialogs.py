"""The small dialogs and questions of the bulk actions: whom to reassign to, which tier to set
by hand, the confirmations with their counts, and the notice bar above the list.

Each dialog has an `ask()` classmethod and each question is one function, so tests replace
them and no modal box ever blocks a run (PITFALLS 8).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import fill_args
from ...services.common.acting import Person
from ...services.customers.fields import TIERS
from ...services.customers.pool import MoveCounts
from ...services.people.roles import Role
from ..common.messages import choice_label

POOL = "pool"  # the picker's and the rep filter's item for the shared pool


def role_label(person: Person) -> str:
    """The translated label of the person's role (the people dialog's own words)."""
    for role in Role:
        if role.value == person.role:
            return QCoreApplication.translate("Role", role.label)
    return person.role


class ReassignDialog(QDialog):
    """Pick an active person, or the shared pool, for the selected customers."""

    def __init__(self, people: list[Person], count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reassign customers"))
        self.person_combo = QComboBox(self)
        self.person_combo.setObjectName("reassign_person")
        self._names = {person.id: person.name for person in people}
        for person in people:
            self.person_combo.addItem(f"{person.name} ({role_label(person)})", person.id)
        self.person_combo.addItem(self.tr("Shared pool (no owner)"), POOL)
        intro = QLabel(fill_args(self.tr("Give the %1 selected customers to:"), count), self)
        intro.setWordWrap(True)
        note = QLabel(
            self.tr(
                "Their visits planned from now on go with them; done visits stay with the rep "
                "who made them."
            ),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("New owner:"), self.person_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def choice(self) -> tuple[int | None, str]:
        """(person id or None for the pool, the name to show)."""
        data = self.person_combo.currentData()
        if data == POOL:
            return None, self.tr("the shared pool")
        return int(data), self._names[int(data)]

    @classmethod
    def ask(
        cls, parent: QWidget | None, people: list[Person], count: int
    ) -> tuple[int | None, str] | None:
        dialog = cls(people, count, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


class TierDialog(QDialog):
    """A tier set by hand (it wins over the computed one), with an optional reason."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set tier by hand"))
        self.tier_combo = QComboBox(self)
        self.tier_combo.setObjectName("manual_tier")
        for choice in TIERS:
            self.tier_combo.addItem(choice_label(choice), choice.value)
        self.tier_combo.addItem(self.tr("Computed tier (clear the hand-set one)"), "")
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("e.g. strategic account"))
        intro = QLabel(fill_args(self.tr("Tier for the %1 selected customers:"), count), self)
        form = QFormLayout()
        form.addRow(self.tr("Tier:"), self.tier_combo)
        form.addRow(self.tr("Reason:"), self.reason_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def choice(self) -> tuple[str, str]:
        return str(self.tier_combo.currentData()), self.reason_edit.text().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, count: int) -> tuple[str, str] | None:
        dialog = cls(count, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _yes(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def reassign_question(counts: MoveCounts, to_name: str, to_pool: bool) -> str:
    if to_pool:
        text = (
            fill_args(
                QCoreApplication.translate("PoolDialogs", "Move %1 customers to the shared pool?"),
                counts.customers,
            )
            + "\n"
            + QCoreApplication.translate(
                "PoolDialogs", "Their planned visits stay with the reps who planned them."
            )
        )
    else:
        text = fill_args(
            QCoreApplication.translate(
                "PoolDialogs", "Reassign %1 customers and %2 planned visits to %3?"
            ),
            counts.customers,
            counts.visits,
            to_name,
        )
    if counts.follow_ups:
        text += "\n" + fill_args(
            QCoreApplication.translate(
                "PoolDialogs", "%1 open follow-ups go with them to the new owner."
            ),
            counts.follow_ups,
        )
    return text


def confirm_reassign(
    parent: QWidget | None, counts: MoveCounts, to_name: str, to_pool: bool
) -> bool:
    return _yes(
        parent,
        QCoreApplication.translate("PoolDialogs", "Reassign customers"),
        reassign_question(counts, to_name, to_pool),
    )


def confirm_release(parent: QWidget | None, count: int) -> bool:
    text = fill_args(
        QCoreApplication.translate("PoolDialogs", "Move %1 customers to the shared pool?"), count
    )
    text += "\n" + QCoreApplication.translate("PoolDialogs", "Any rep may then claim them.")
    return _yes(parent, QCoreApplication.translate("PoolDialogs", "Move to the shared pool"), text)


def confirm_tier(parent: QWidget | None, count: int, tier_text: str) -> bool:
    text = fill_args(
        QCoreApplication.translate("PoolDialogs", "Set the tier of %1 customers to %2?"),
        count,
        tier_text,
    )
    return _yes(parent, QCoreApplication.translate("PoolDialogs", "Set tier by hand"), text)


class NoticeBar(QFrame):
    """A dismissible line above the list: what the last bulk action did, or which customers
    return to the shared pool soon."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pool_notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#pool_notice { background: #e8f1fb; border: 1px solid #8fb3dc; }")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("pool_notice_close")
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 4, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)
        self.hide()

    def say(self, text: str) -> None:
        self.label.setText(text)
        self.show()
