"""Turn the services' FieldError codes into translated sentences, and label fields."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...i18n import fill_args
from ...services.common.errors import FieldError
from ...services.common.messages import error_sentence
from ...services.customers.fields import FIELDS_BY_NAME, Choice, FieldSpec


def error_text(error: FieldError) -> str:
    """One clear sentence per error code (services/common/messages.py holds the table)."""
    merge_text = _merge_error_text(error)
    if merge_text:
        return merge_text
    return error_sentence(error, QCoreApplication.translate)


def field_label(spec: FieldSpec) -> str:
    return QCoreApplication.translate("CustomerField", spec.label)


def label_for_name(name: str) -> str:
    """The translated label of a customer field name, or of "contacts"."""
    if name == "contacts":
        return QCoreApplication.translate("FieldErrors", "Contacts")
    spec = FIELDS_BY_NAME.get(name)
    return field_label(spec) if spec else name


def choice_label(choice: Choice) -> str:
    return QCoreApplication.translate("Choice", choice.label)


def _merge_error_text(error: FieldError) -> str:
    """The refusals of a merge or an unmerge (services/customers/merge.py); "" for others."""
    code, params = error.code, error.params
    if code == "same_customer":
        return QCoreApplication.translate("FieldErrors", "A customer cannot be merged with itself.")
    if code == "in_trash":
        return fill_args(
            QCoreApplication.translate(
                "FieldErrors", "“%1” is in the trash; restore it before merging."
            ),
            params.get("name", "?"),
        )
    if code == "merged_away":
        return fill_args(
            QCoreApplication.translate(
                "FieldErrors",
                "It was merged into “%1”: unmerge it in the History tab of “%1” to get it back "
                "with everything it had.",
            ),
            params.get("survivor", "?"),
        )
    if code == "undone":
        return QCoreApplication.translate("FieldErrors", "This merge has already been undone.")
    if code == "later_merge":
        return fill_args(
            QCoreApplication.translate(
                "FieldErrors",
                "A later merge (“%2” into “%1”) must be undone first: merges are undone "
                "newest first.",
            ),
            params.get("survivor", "?"),
            params.get("other", "?"),
        )
    if code == "changed_since_merge":
        fields = params.get("fields", [])
        others = {
            "owner_rep": QCoreApplication.translate("FieldErrors", "Owning rep"),
            "referred_by": QCoreApplication.translate("FieldErrors", "Referred by"),
            "deleted_at": QCoreApplication.translate("FieldErrors", "In the trash"),
            "deleted_by": QCoreApplication.translate("FieldErrors", "In the trash"),
        }
        labels = dict.fromkeys(others.get(str(f)) or label_for_name(str(f)) for f in fields)
        names = QCoreApplication.translate("FieldErrors", ", ").join(labels)
        return fill_args(
            QCoreApplication.translate(
                "FieldErrors",
                "“%1” was changed after the merge (%2); undoing the merge would lose that "
                "change. Change it back first, or keep the merge.",
            ),
            params.get("customer", "?"),
            names,
        )
    return ""
