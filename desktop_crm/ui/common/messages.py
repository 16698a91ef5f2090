"""Turn the services' FieldError codes into translated sentences, and label fields."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...services.common.errors import FieldError
from ...services.common.messages import error_sentence, field_name_label
from ...services.customers.fields import Choice, FieldSpec
from ...services.people.roles import Role


def error_text(error: FieldError) -> str:
    """One clear sentence per error code (services/common/messages.py holds the table, the
    refusals of a merge included)."""
    return error_sentence(error, QCoreApplication.translate)


def field_label(spec: FieldSpec) -> str:
    return QCoreApplication.translate("CustomerField", spec.label)


def label_for_name(name: str) -> str:
    """The translated label of a customer field name, or of "contacts"."""
    return field_name_label(name, QCoreApplication.translate)


def choice_label(choice: Choice) -> str:
    return QCoreApplication.translate("Choice", choice.label)


def role_label(stored: str) -> str:
    """The translated label of a stored role (the stored text itself when unknown)."""
    for role in Role:
        if role.value == stored:
            return QCoreApplication.translate("Role", role.label)
    return stored
