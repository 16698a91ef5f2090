"""A line edit that finds a customer as you type (for "referred by") and remembers its id."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from ...services.customers.drafts import CustomerFilter, CustomerRow
from ...services.customers.queries import find_customers
from ..context import UiContext

SUGGESTIONS = 20


def customer_caption(name: str, company: str) -> str:
    return f"{name} · {company}" if company else name


class CustomerPicker(QLineEdit):
    """Type part of a name, company or phone and pick from the suggestions."""

    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setPlaceholderText(self.tr("Type to find a customer…"))
        self.setClearButtonEnabled(True)
        self._id: int | None = None
        self._caption = ""
        self._found: dict[str, int] = {}
        self.exclude_id: int | None = None
        self._suggestions = QStringListModel(self)
        self._completer = QCompleter(self._suggestions, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(12)
        self.setCompleter(self._completer)
        self._completer.activated[str].connect(self.choose_caption)  # type: ignore[index]
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.suggest)
        self.textEdited.connect(self._edited)

    def _edited(self, text: str) -> None:
        if text != self._caption:
            self._id = None
        self._timer.start()
        self.changed.emit()

    def suggest(self) -> list[CustomerRow]:
        text = self.text().strip()
        if not text:
            self._suggestions.setStringList([])
            return []
        rows = [
            r
            for r in find_customers(self.ctx.app.user, CustomerFilter(text=text), limit=SUGGESTIONS)
            if r.id != self.exclude_id
        ]
        self._found = {}
        for row in rows:
            caption = customer_caption(row.name, row.company)
            if caption in self._found:
                caption = f"{caption} (#{row.id})"
            self._found[caption] = row.id
        self._suggestions.setStringList(list(self._found))
        if self.hasFocus():
            self._completer.complete()
        return rows

    def choose_caption(self, caption: str) -> None:
        if caption in self._found:
            self.set_customer(self._found[caption], caption)
            self.changed.emit()

    def set_customer(self, customer_id: int | None, caption: str = "") -> None:
        self._id = customer_id
        self._caption = caption if customer_id is not None else ""
        self.setText(self._caption)
        self.setCursorPosition(0)

    def customer_id(self) -> int | None:
        return self._id

    def is_unresolved(self) -> bool:
        """Text typed but no customer picked from the suggestions."""
        return self._id is None and bool(self.text().strip())
