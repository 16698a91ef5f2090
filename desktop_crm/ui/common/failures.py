"""What the window says when a service refuses or something fails: one translated sentence,
never a traceback. `failure_text` serves every screen; `install_excepthook` is the last resort
for an error nothing on the GUI thread caught (it is shown, and the traceback goes to stderr
only with DESKTOP_CRM_DEBUG=1)."""

from __future__ import annotations

import os
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ...i18n import fill_args
from ...services.common.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    ValidationFailed,
)
from ...services.people.roles import Role
from .messages import error_text


def denied_text(error: PermissionDenied) -> str:
    """A refusal by the permission policy, with the role that was refused."""
    role = next((r for r in Role if r.value == error.role), None)
    label = QCoreApplication.translate("Role", role.label) if role is not None else error.role
    return fill_args(
        QCoreApplication.translate(
            "Failures",
            "Not allowed: as %1 you may not do this. Ask the office's owner if you need it.",
        ),
        label,
    )


def failure_text(error: BaseException) -> str:
    if isinstance(error, PermissionDenied):
        return denied_text(error)
    if isinstance(error, ValidationFailed):
        return "\n".join(error_text(e) for e in error.errors)
    if isinstance(error, ConflictError):
        return QCoreApplication.translate(
            "Failures", "Someone else saved a newer version meanwhile; reopen it to see theirs."
        )
    if isinstance(error, NotFoundError):
        return QCoreApplication.translate(
            "Failures", "It is no longer there: someone may have deleted it meanwhile."
        )
    if isinstance(error, OSError) and error.strerror:
        where = f"{error.filename}: " if error.filename else ""
        return f"{where}{error.strerror}"
    return fill_args(
        QCoreApplication.translate("Failures", "Something went wrong: %1"),
        f"{type(error).__name__}: {error}",
    )


def _show(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    if os.environ.get("DESKTOP_CRM_DEBUG", "") not in ("", "0"):
        traceback.print_exception(kind, error, trace)
    if isinstance(error, KeyboardInterrupt) or QApplication.instance() is None:
        sys.__excepthook__(kind, error, trace)
        return
    parent = QApplication.activeWindow()
    QMessageBox.warning(
        parent, QCoreApplication.translate("Failures", "Desktop CRM"), failure_text(error)
    )


def install_excepthook() -> None:
    """Show an error nothing caught instead of printing a traceback (the window only)."""
    sys.excepthook = _show
