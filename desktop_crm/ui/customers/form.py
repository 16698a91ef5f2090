"""The customer form: five tabs, contacts and deals, completeness, errors, save and revert.

The form holds no business rules: it hands a CustomerDraft to services.customers.save_customer
and shows what comes back (a record, FieldErrors, or a conflict). The save runs off the GUI
thread, but the form waits for its outcome (the unsaved-changes question needs that answer
before the user moves on).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import peewee as pw
from PySide6.QtCore import QEventLoop, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...i18n import fill_args
from ...services.common.errors import ConflictError, FieldError, NotFoundError, ValidationFailed
from ...services.customers.drafts import CustomerDraft, CustomerRecord
from ...services.customers.fields import CUSTOMER_FIELDS
from ...services.customers.queries import customer_names, load_customer, record_values
from ...services.customers.rules import completeness
from ...services.customers.writes import save_customer
from ...services.people.policy import default_owner
from ..common.messages import error_text, label_for_name
from ..common.rooms import STATE_STRIP, borrow
from ..common.styles import ERROR_STYLE
from ..context import UiContext
from . import questions

if TYPE_CHECKING:  # the editor's parts are imported when it is built (start-up time)
    from .duplicate_hint import DuplicateHintLabel
    from .form_pages import FormPages

MISSING_SHOWN = 5
# The editor's widgets: built on first use (`ensure_editor`), so a window that opens on the
# customer file shows its list without paying for the five tabs first (issue 14, item 9).
EDITOR_PARTS = frozenset(
    (
        "title",
        "completeness_bar",
        "completeness_label",
        "missing_label",
        "duplicate_hint",
        "pages",
        "summary",
        "revert_button",
        "save_button",
        "print_button",
        "state_strip",
    )
)


class CustomerForm(QWidget):
    saved = Signal(int)  # customer id
    open_requested = Signal(int)  # the duplicate hint's link: show that customer instead
    closed = Signal()  # the customer shown is gone (deleted elsewhere)
    dirty_changed = Signal(bool)
    unmerge_requested = Signal(object)  # the History tab's bar: MergeInfo

    title: QLabel
    completeness_bar: QProgressBar
    completeness_label: QLabel
    missing_label: QLabel
    duplicate_hint: DuplicateHintLabel
    pages: FormPages
    summary: QLabel
    revert_button: QPushButton
    save_button: QPushButton
    print_button: QPushButton
    state_strip: Any  # the analysis room's, borrowed

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: int | None = None
        self.version: int | None = None
        self._baseline: Any = None
        self._loading = False
        self._was_dirty = False

        self.stack = QStackedWidget(self)
        self.placeholder = QLabel(
            self.tr("Pick a customer in the list, or create a new one (Ctrl+N)."), self
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack.addWidget(self.placeholder)
        self._editor: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def __getattr__(self, name: str) -> Any:
        """An editor part asked for before the editor exists: build it, then answer."""
        if name in EDITOR_PARTS and self.__dict__.get("_editor") is None and "ctx" in self.__dict__:
            self.ensure_editor()
            return getattr(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def ensure_editor(self) -> QWidget:
        """The editor (its tabs, strip and buttons), built the first time it is needed: when
        a customer is opened or created, or once the list shows its first rows."""
        if self._editor is None:
            self._editor = self._build_editor()
            self.stack.addWidget(self._editor)
        return self._editor

    def _build_editor(self) -> QWidget:
        from .duplicate_hint import WATCHED, DuplicateHintLabel
        from .form_pages import FormPages

        editor = QWidget(self)
        self.title = QLabel(editor)
        self.title.setObjectName("customer_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.completeness_bar = QProgressBar(editor)
        self.completeness_bar.setObjectName("completeness")
        self.completeness_bar.setRange(0, 100)
        self.completeness_bar.setTextVisible(False)
        self.completeness_bar.setFixedSize(120, 12)
        self.completeness_label = QLabel(editor)
        self.completeness_label.setObjectName("completeness_label")
        self.missing_label = QLabel(editor)
        self.missing_label.setObjectName("missing")
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet("color: #555;")
        self.duplicate_hint = DuplicateHintLabel(self.ctx, editor)
        self.duplicate_hint.open_requested.connect(self.open_requested)
        self.pages = FormPages(self.ctx, editor)
        self.summary = QLabel(editor)
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        self.revert_button = QPushButton(self.tr("Revert"), editor)
        self.save_button = QPushButton(self.tr("Save"), editor)
        self.save_button.setDefault(True)
        self.revert_button.clicked.connect(self.revert)
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(self.tr("Print…"), editor)
        self.print_button.setObjectName("print_profile")
        self.print_button.setToolTip(self.tr("The customer profile in the print preview (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_profile)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), editor)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.print_profile)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.completeness_label)
        head.addWidget(self.completeness_bar)
        foot = QHBoxLayout()
        foot.addWidget(self.summary, 1)
        foot.addWidget(self.print_button)
        foot.addWidget(self.revert_button)
        foot.addWidget(self.save_button)
        layout = QVBoxLayout(editor)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.duplicate_hint)
        # The analysis room's strip: tier, type and advice, scores; assess / history.
        self.state_strip = borrow(STATE_STRIP)(self.ctx, editor)
        layout.addWidget(self.state_strip)
        layout.addWidget(self.pages, 1)
        layout.addLayout(foot)

        for field_editor in self.pages.editors.values():
            field_editor.changed.connect(self._changed)
        for name in WATCHED:
            self.pages.editors[name].changed.connect(self._watched_changed)
        self.pages.rep_combo.currentIndexChanged.connect(self._changed)
        self.pages.referrer.changed.connect(self._changed)
        self.pages.contacts.changed.connect(self._changed)
        self.pages.deals.changed.connect(self._changed)
        self.pages.history.unmerge_requested.connect(self.unmerge_requested)
        return editor

    # ------------------------------------------------------------ state
    @property
    def editors(self) -> dict[str, Any]:
        return self.pages.editors

    def is_open(self) -> bool:
        return self._editor is not None and self.stack.currentIndex() == 1

    def values(self) -> dict[str, Any]:
        return {name: editor.value() for name, editor in self.editors.items()}

    def _state(self) -> Any:
        return (
            sorted(self.values().items()),
            self.pages.rep_combo.currentData(),
            self.pages.referrer.customer_id(),
            self.pages.referrer.text(),
            self.pages.contacts.model.snapshot(),
            self.pages.deals.model.snapshot(),
        )

    def is_dirty(self) -> bool:
        return self.is_open() and self._baseline is not None and self._state() != self._baseline

    def display_name(self) -> str:
        return str(self.editors["name"].value()).strip() or self.tr("New customer")

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self._update_completeness()
        self._update_title()
        dirty = self.is_dirty()
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)

    def _watched_changed(self, *_args: object) -> None:
        """A new customer's name, company, phone or e-mail changed: look for duplicates."""
        if self._loading or self.customer_id is not None:
            return
        self.duplicate_hint.schedule(self.values())

    def _update_title(self) -> None:
        mark = " •" if self.is_dirty() else ""
        self.title.setText(self.display_name() + mark)
        self.revert_button.setEnabled(self.is_dirty())

    def _update_completeness(self) -> None:
        result = completeness(self.values(), len(self.pages.contacts.filled_rows()))
        self.completeness_bar.setValue(result.percent)
        self.completeness_label.setText(fill_args(self.tr("Profile %1% complete"), result.percent))
        labels = [label_for_name(name) for name in result.missing]
        if not labels:
            self.missing_label.setText(self.tr("Nothing missing."))
        else:
            shown = (
                "、".join(labels[:MISSING_SHOWN])
                if self.ctx.lang.startswith("zh")
                else (", ".join(labels[:MISSING_SHOWN]))
            )
            more = len(labels) - MISSING_SHOWN
            text = fill_args(self.tr("Missing: %1"), shown)
            if more > 0:
                text += " " + fill_args(self.tr("and %1 more"), more)
            self.missing_label.setText(text)
        self.missing_label.setToolTip("\n".join(labels))

    # ------------------------------------------------------------ load
    def new_customer(self) -> None:
        """Show an empty form for a new customer (the caller asked about unsaved changes)."""
        self._show(None)
        self.duplicate_hint.warm()
        self.pages.setCurrentIndex(0)
        self.editors["name"].editor.setFocus()

    def load(self, customer_id: int) -> bool:
        try:
            record = load_customer(self.ctx.app.user, customer_id)
        except NotFoundError:
            questions.tell(
                self, self.tr("Customer not found"), self.tr("This customer no longer exists.")
            )
            self.close_customer()
            return False
        self._show(record)
        return True

    def close_customer(self) -> None:
        self.customer_id = self.version = None
        self._baseline = None
        self.stack.setCurrentIndex(0)
        self._was_dirty = False
        self.closed.emit()

    def _show(self, record: CustomerRecord | None) -> None:
        from ..common.customer_picker import customer_caption

        self.ensure_editor()
        self._loading = True
        try:
            values = record_values(record) if record else {}
            for spec in CUSTOMER_FIELDS:
                self.editors[spec.name].set_value(values.get(spec.name))
            customer = record.customer if record else None
            self.customer_id = record.id if record else None
            self.version = record.version if record else None
            self.pages.fill_reps()
            self.pages.set_rep(
                customer.owner_rep_id if customer else default_owner(self.ctx.app.user)
            )
            referrer_id = customer.referred_by_id if customer else None
            names = customer_names(self.ctx.app.user, referrer_id) if referrer_id else None
            self.pages.referrer.exclude_id = self.customer_id
            self.pages.referrer.set_customer(
                referrer_id if names else None, customer_caption(*names) if names else ""
            )
            self.pages.contacts.load(record.contacts if record else [])
            self.pages.deals.load(record.deals if record else [])
            self._clear_errors()
            self.duplicate_hint.clear_hint()
            self.stack.setCurrentIndex(1)
        finally:
            self._loading = False
        self._baseline = self._state()
        self._was_dirty = False
        self._update_completeness()
        self._update_title()
        self.state_strip.show_customer(self.customer_id)
        self.pages.show_history_of(self.customer_id)
        self.print_button.setEnabled(self.customer_id is not None)
        self.dirty_changed.emit(False)

    def print_profile(self) -> None:
        """The saved file as the customer profile PDF, in the print preview."""
        if self.customer_id is None:
            return
        from ...reports.customer_profile import ProfileParameters
        from ..common.report_pdf import SaveWords, save_report_pdf, warn

        words = SaveWords(
            self.tr("Customer profile"), self.tr("PDF files (*.pdf)"), self.tr("Preparing…")
        )
        name = "".join(c for c in self.display_name() if c not in '\\/:*?"<>|').strip()
        save_report_pdf(
            self,
            self.ctx,
            "profile",
            ProfileParameters(self.customer_id),
            words,
            Path.home() / f"{name or self.customer_id}.pdf",
            on_failed=warn(self, self.tr("Customer profile")),
        )

    def revert(self) -> None:
        if self.customer_id is None:
            self._show(None)
        else:
            self.load(self.customer_id)

    # ------------------------------------------------------------ save
    def draft(self) -> CustomerDraft:
        return CustomerDraft(
            values=self.values(),
            id=self.customer_id,
            version=self.version,
            owner_rep_id=self.pages.rep_combo.currentData(),
            referred_by_id=self.pages.referrer.customer_id(),
            contacts=self.pages.contacts.drafts() if self._changed_part(4) else None,
            deals=self.pages.deals.drafts() if self._changed_part(5) else None,
        )

    def _changed_part(self, part: int) -> bool:
        """Whether contacts (4) or deals (5) differ from what was loaded; new: always."""
        return (
            self.customer_id is None
            or self._baseline is None
            or (self._state()[part] != self._baseline[part])
        )

    def save(self, force: bool = False) -> bool:
        """Store the form; True when saved (or when the user chose to reload theirs)."""
        if not self.is_open():
            return True
        self._clear_errors()
        if self.pages.referrer.is_unresolved():
            self.show_errors([FieldError("referred_by", "not_found")])
            return False
        user, draft = self.ctx.app.user, self.draft()
        try:
            record = self._wait_for(lambda: save_customer(user, draft, force=force))
        except ValidationFailed as failure:
            self.show_errors(failure.errors)
            return False
        except ConflictError as conflict:
            return self._resolve_conflict(conflict)
        except (pw.DatabaseError, OSError) as error:
            questions.tell(
                self,
                self.tr("Cannot save"),
                fill_args(self.tr("The customer could not be saved:\n%1"), error),
            )
            return False
        self._show(record)
        self._warn_unprintable(record)
        self.saved.emit(record.id)
        return True

    def _warn_unprintable(self, record: CustomerRecord) -> None:
        """After a save, name the characters of the customer's and its contacts' names that
        no PDF font here can print (visit sheets and reports would show □ for them)."""
        names = [record.customer.name, record.customer.company]
        names += [contact.name for contact in record.contacts]
        from ...reports.fonts import missing_glyphs  # reportlab, loaded when first needed

        missing = sorted(missing_glyphs("".join(str(n or "") for n in names)))
        if missing:
            text = self.tr("Saved. PDFs cannot print %1 in the names: they show □ instead.")
            self.summary.setText(fill_args(text, " ".join(missing)))

    def _wait_for(self, fn: Callable[[], Any]) -> Any:
        """Run `fn` through the runner and wait for it, the window still painting.

        A save may take seconds on a big database (tiers are recomputed when deals change),
        so it runs off the GUI thread; user input waits until it is done, and a progress
        dialog appears after half a second. With SyncRunner (tests) it returns at once.
        """
        outcome: dict[str, Any] = {}
        loop = QEventLoop(self)

        def finish(key: str, value: Any) -> None:
            outcome[key] = value
            loop.quit()

        operation = self.ctx.runner.run(fn, label=self.tr("Saving…"), parent=self)
        operation.on_success(lambda result: finish("result", result))
        operation.on_failure(lambda error: finish("error", error))
        if not outcome:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            finally:
                QApplication.restoreOverrideCursor()
        if "error" in outcome:
            raise outcome["error"]
        return outcome["result"]

    def _resolve_conflict(self, conflict: ConflictError) -> bool:
        from .conflict_dialog import OVERWRITE, RELOAD, ConflictDialog

        deleted = conflict.their_version is None
        choice = ConflictDialog.ask(self, self.display_name(), deleted)
        if choice == OVERWRITE and not deleted:
            return self.save(force=True)
        if choice == RELOAD:
            if deleted:
                self.close_customer()
            else:
                self.load(conflict.entity_id)
            return True
        return False

    def maybe_leave(self) -> bool:
        """Ask about unsaved changes; False when the user wants to stay."""
        if not self.is_dirty():
            return True
        answer = questions.ask_unsaved_changes(self, self.display_name())
        if answer == questions.SAVE:
            return self.save()
        if answer == questions.DISCARD:
            self._baseline = self._state()
            return True
        return False

    # ------------------------------------------------------------ errors
    def _clear_errors(self) -> None:
        for editor in self.editors.values():
            editor.clear_error()
        self.pages.contacts.clear_errors()
        self.pages.deals.clear_errors()
        self.pages.referrer.setStyleSheet("")
        self.pages.referrer.setToolTip("")
        self.pages.mark_tabs(set())
        self.summary.clear()

    def show_errors(self, errors: list[FieldError]) -> None:
        tabs: set[int] = set()
        for error in errors:
            tabs.add(self.pages.tab_for(error.field))
            if error.field in self.editors:
                self.editors[error.field].show_error(error_text(error))
            elif error.field == "referred_by":
                self.pages.referrer.setStyleSheet("background-color: #fdecea;")
                self.pages.referrer.setToolTip(self.tr("Pick a customer from the suggestions."))
        self.pages.contacts.show_errors(errors)
        self.pages.deals.show_errors(errors)
        self.pages.mark_tabs(tabs)
        if tabs and self.pages.currentIndex() not in tabs:
            self.pages.setCurrentIndex(min(tabs))
        text = fill_args(self.tr("Not saved: correct the values marked in red (%1)."), len(errors))
        if any(e.field == "referred_by" for e in errors):
            text += " " + self.tr("“Referred by”: pick a customer from the suggestions.")
        self.summary.setText(text)
