"""Turn the services' FieldError codes into translated sentences, and label fields."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...services.common.errors import FieldError
from ...services.common.messages import error_sentence
from ...services.customers.fields import FIELDS_BY_NAME, Choice, FieldSpec


def error_text(error: FieldError) -> str:
    """One clear sentence per error code (services/common/messages.py holds the table)."""
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
