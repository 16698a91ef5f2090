"""“Possibly the same as …” under the form's header while a new customer is typed.

Each edit of name, company, phone, mobile or e-mail restarts a 300 ms timer; then
services.customers.duplicates.possible_duplicates runs through the runner (off the GUI thread)
and an answer for older input is dropped. The link opens that customer; nothing blocks saving.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from ...i18n import fill_args
from ...services.customers.duplicates import (
    DuplicateHint,
    possible_duplicates,
    warm_duplicate_keys,
)
from ..context import UiContext

DEBOUNCE_MS = 300
LINKS_SHOWN = 3
WATCHED = ("name", "company", "phone", "mobile", "email")


def reason_text(reason: str) -> str:
    texts = {
        "phone": QCoreApplication.translate("DuplicateHint", "same phone"),
        "email": QCoreApplication.translate("DuplicateHint", "same e-mail"),
        "company": QCoreApplication.translate("DuplicateHint", "similar company name"),
        "name": QCoreApplication.translate("DuplicateHint", "similar name"),
    }
    return texts.get(reason, reason)


def reasons_text(reasons: tuple[str, ...], lang: str) -> str:
    joiner = "、" if lang.startswith("zh") else ", "
    return joiner.join(reason_text(r) for r in reasons)


def caption(name: str, company: str) -> str:
    if company and name:
        return f"{company} ({name})"
    return company or name


class DuplicateHintLabel(QLabel):
    open_requested = Signal(int)  # customer id

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("duplicate_hint")
        self.setWordWrap(True)
        self.setStyleSheet(
            "#duplicate_hint { background: #fff4ce; border: 1px solid #e0c060; padding: 2px 6px; }"
        )
        self.setOpenExternalLinks(False)
        self.linkActivated.connect(lambda target: self.open_requested.emit(int(target)))
        self.hints: list[DuplicateHint] = []
        self._values: dict[str, Any] = {}
        self._generation = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._look_up)
        self.hide()

    def warm(self) -> None:
        """Build the keys ahead of the first hint (a few seconds at 100k customers)."""
        user = self.ctx.app.user
        self.ctx.runner.run(lambda: warm_duplicate_keys(user))

    def clear_hint(self) -> None:
        self._generation += 1
        self.timer.stop()
        self.hints = []
        self.setText("")
        self.hide()

    def schedule(self, values: dict[str, Any]) -> None:
        """Look for duplicates of `values` once typing pauses."""
        self._values = {k: str(values.get(k) or "") for k in WATCHED}
        self.timer.start()

    def _look_up(self) -> None:
        self._generation += 1
        generation, values, user = self._generation, dict(self._values), self.ctx.app.user
        if not any(v.strip() for v in values.values()):
            self._show(generation, [])
            return
        operation = self.ctx.runner.run(lambda: possible_duplicates(user, values))
        operation.on_success(lambda hints: self._show(generation, hints))
        operation.on_failure(lambda _error: self._show(generation, []))  # a hint, not a must

    def _show(self, generation: int, hints: list[DuplicateHint]) -> None:
        if generation != self._generation:
            return
        self.hints = list(hints)
        if not hints:
            self.setText("")
            self.hide()
            return
        parts = [
            fill_args(
                self.tr("%1 — %2"),
                f'<a href="{h.customer_id}">{html.escape(caption(h.name, h.company))}</a>',
                html.escape(reasons_text(h.reasons, self.ctx.lang)),
            )
            for h in hints[:LINKS_SHOWN]
        ]
        joiner = "；" if self.ctx.lang.startswith("zh") else "; "
        text = fill_args(self.tr("Possibly the same as %1"), joiner.join(parts))
        if len(hints) > LINKS_SHOWN:
            more = fill_args(self.tr("(and %1 more)"), len(hints) - LINKS_SHOWN)
            text += " " + html.escape(more)
        self.setText(text)
        self.setToolTip(
            "\n".join(
                f"{caption(h.name, h.company)} — {reasons_text(h.reasons, self.ctx.lang)}"
                for h in hints
            )
        )
        self.show()
