"""Someone else saved this customer first: reload theirs, overwrite with mine, or keep editing."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import fill_args

RELOAD, OVERWRITE, CANCEL = "reload", "overwrite", "cancel"


class ConflictDialog(QDialog):
    def __init__(self, name: str, deleted: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = CANCEL
        self.setWindowTitle(self.tr("Saved by someone else"))
        if deleted:
            text = self.tr(
                "“%1” was deleted permanently by someone else after you opened it. "
                "Your changes cannot be saved to it."
            )
        else:
            text = self.tr(
                "Someone else saved a newer version of “%1” after you opened it.\n\n"
                "Reload: discard your changes and show their version.\n"
                "Overwrite: save your version over theirs (their changes are lost).\n"
                "Cancel: keep editing; nothing is saved yet."
            )
        label = QLabel(fill_args(text, name), self)
        label.setWordWrap(True)
        label.setMinimumWidth(420)
        buttons = QDialogButtonBox(self)
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.overwrite_button = QPushButton(self.tr("Overwrite"), self)
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        if not deleted:
            buttons.addButton(self.overwrite_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.reload_button.clicked.connect(lambda: self._done(RELOAD))
        self.overwrite_button.clicked.connect(lambda: self._done(OVERWRITE))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
        if deleted:
            self.reload_button.setText(self.tr("Close it"))

    def _done(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, deleted: bool = False) -> str:
        """ "reload", "overwrite" or "cancel" (tests replace this)."""
        dialog = cls(name, deleted, parent)
        dialog.exec()
        return dialog.choice
