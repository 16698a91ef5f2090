"""Rate a customer's expressiveness and emotionality; see the type and how to approach it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import fill_args
from ...services.analysis import personality as pe
from ...services.common.errors import ValidationFailed
from ...services.customers.queries import load_customer
from ..common.messages import error_text
from ..context import UiContext
from ..i18n import tr_marked


class PersonalityDialog(QDialog):
    def __init__(self, ctx: UiContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        name = str(load_customer(self.ctx.app.user, customer_id).customer.name)
        self.setWindowTitle(fill_args(self.tr("Personality type – %1"), name))
        current = pe.latest_personality(self.ctx.app.user, customer_id)
        grid = QGridLayout()
        self.groups: dict[str, QButtonGroup] = {}
        for row, axis in enumerate(("expressiveness", "emotionality")):
            hint = QLabel(tr_marked("Personality", pe.AXIS_HINTS[axis]))
            hint.setWordWrap(True)
            grid.addWidget(hint, row * 2, 0, 1, 4)
            group = QButtonGroup(self)
            for column, value in enumerate(pe.SCALE):
                button = QRadioButton(f"{value} {tr_marked('Personality', pe.SCALE_LABELS[value])}")
                group.addButton(button, value)
                grid.addWidget(button, row * 2 + 1, column)
            if current is not None:
                group.button(getattr(current, axis)).setChecked(True)
            group.idToggled.connect(lambda _id, on: self._update() if on else None)
            self.groups[axis] = group
        self.note = QLineEdit(current.note if current else "")
        self.note.setPlaceholderText(self.tr("What you observed (optional)"))
        self.note.setMaxLength(pe.NOTE_LIMIT)
        grid.addWidget(self.note, 4, 0, 1, 4)
        self.type_box = QGroupBox()
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        QVBoxLayout(self.type_box).addWidget(self.advice)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.type_box)
        layout.addWidget(self.buttons)
        if current is not None:
            last = fill_args(
                self.tr("Last rated on %1 by %2"),
                current.rated_on.isoformat(),
                current.rated_by or "–",
            )
            layout.insertWidget(0, QLabel(last))
        self.resize(560, 0)
        self._update()

    def ratings(self) -> tuple[int, int] | None:
        e = self.groups["expressiveness"].checkedId()
        m = self.groups["emotionality"].checkedId()
        return (e, m) if e > 0 and m > 0 else None

    def _update(self) -> None:
        ratings = self.ratings()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(ratings is not None)
        if ratings is None:
            self.type_box.setTitle(self.tr("Type"))
            self.advice.setText(self.tr("Rate both to see the type and how to approach it."))
            return
        kind = pe.personality_type(*ratings)
        self.type_box.setTitle(tr_marked("Personality", pe.TYPE_LABELS[kind]))
        self.advice.setText(tr_marked("Personality", pe.TYPE_ADVICE[kind]))

    def save(self) -> None:
        ratings = self.ratings()
        if ratings is None:
            return
        try:
            pe.rate_personality(
                self.ctx.app.user, self.customer_id, *ratings, note=self.note.text()
            )
        except ValidationFailed as refused:
            QMessageBox.warning(
                self, self.windowTitle(), "\n".join(error_text(e) for e in refused.errors)
            )
            return
        self.accept()
