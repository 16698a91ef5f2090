"""The yes/no questions of the Customers room, one small function each.

Tests replace these functions (monkeypatch) so no modal box ever blocks a run (PITFALLS 8).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...i18n import fill_args

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_unsaved_changes(parent: QWidget | None, name: str) -> str:
    """Save / Discard / Cancel for a customer with unsaved changes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("CustomerQuestions", "Unsaved changes"))
    box.setText(
        fill_args(
            QCoreApplication.translate(
                "CustomerQuestions", "The customer “%1” has unsaved changes."
            ),
            name or QCoreApplication.translate("CustomerQuestions", "(new)"),
        )
    )
    box.setInformativeText(
        QCoreApplication.translate("CustomerQuestions", "Save them before you go on?")
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return DISCARD
    return CANCEL


def confirm_move_to_trash(parent: QWidget | None, names: list[str]) -> bool:
    if len(names) == 1:
        text = fill_args(
            QCoreApplication.translate("CustomerQuestions", "Move “%1” to the trash?"), names[0]
        )
    else:
        text = fill_args(
            QCoreApplication.translate("CustomerQuestions", "Move %1 customers to the trash?"),
            len(names),
        )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("CustomerQuestions", "Move to trash"),
        text
        + "\n"
        + QCoreApplication.translate(
            "CustomerQuestions", "You can restore them from the trash later."
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def confirm_purge(parent: QWidget | None, count: int) -> bool:
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("CustomerQuestions", "Delete permanently"),
        fill_args(
            QCoreApplication.translate(
                "CustomerQuestions",
                "Delete %1 customer(s) permanently, with their contacts and deals?\n"
                "This cannot be undone.",
            ),
            count,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def tell(parent: QWidget | None, title: str, text: str) -> None:
    """A plain notice (an error the user should read, never a traceback)."""
    QMessageBox.warning(parent, title, text)


def confirm_unmerge(parent: QWidget | None, survivor: str, other: str) -> bool:
    """Unmerge: “%2” comes back from the trash with what it had, “%1” as it was."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("CustomerQuestions", "Unmerge"),
        fill_args(
            QCoreApplication.translate(
                "CustomerQuestions",
                "Undo the merge of “%2” into “%1”?\n"
                "“%2” comes back from the trash with its contacts, deals, visits and "
                "assessments, and “%1” gets its values from before the merge back.",
            ),
            survivor,
            other,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
