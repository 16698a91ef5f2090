"""The one description of a contact (联系人): the person at a customer, with role and influence.

Validation, the save of a customer's contacts and the contacts table of the customer form all
read this list. Labels are English source strings in the "ChildTables" translation context
(the table's headers), choice labels in "Choice". The `Contact` table in `core.py` must agree
with it column for column (tests/models/test_field_descriptions.py checks).
"""

from __future__ import annotations

from ..i18n import QT_TRANSLATE_NOOP
from .fields import FieldSpec, Kind, by_name, choices

CONTACT_ROLES = choices(
    ("decision_maker", QT_TRANSLATE_NOOP("Choice", "Decision maker")),
    ("influencer", QT_TRANSLATE_NOOP("Choice", "Influencer")),
    ("buyer", QT_TRANSLATE_NOOP("Choice", "Buyer")),
    ("user", QT_TRANSLATE_NOOP("Choice", "User")),
    ("gatekeeper", QT_TRANSLATE_NOOP("Choice", "Gatekeeper")),
    ("other", QT_TRANSLATE_NOOP("Choice", "Other")),
)
INFLUENCE_LEVELS = choices(
    ("decisive", QT_TRANSLATE_NOOP("Choice", "Decisive")),
    ("high", QT_TRANSLATE_NOOP("Choice", "High")),
    ("medium", QT_TRANSLATE_NOOP("Choice", "Medium")),
    ("low", QT_TRANSLATE_NOOP("Choice", "Low")),
    ("none", QT_TRANSLATE_NOOP("Choice", "None")),
)

CONTACT = "contact"  # the one category of a contact's fields
_CTX = "ChildTables"

CONTACT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "name",
        CONTACT,
        QT_TRANSLATE_NOOP("ChildTables", "Name"),
        required=True,
        max_length=100,
        context=_CTX,
    ),
    FieldSpec(
        "position",
        CONTACT,
        QT_TRANSLATE_NOOP("ChildTables", "Position"),
        max_length=100,
        context=_CTX,
    ),
    FieldSpec(
        "role",
        CONTACT,
        QT_TRANSLATE_NOOP("ChildTables", "Role"),
        Kind.CHOICE,
        choices=CONTACT_ROLES,
        max_length=30,
        context=_CTX,
    ),
    FieldSpec(
        "influence",
        CONTACT,
        QT_TRANSLATE_NOOP("ChildTables", "Influence"),
        Kind.CHOICE,
        choices=INFLUENCE_LEVELS,
        max_length=30,
        context=_CTX,
    ),
    FieldSpec(
        "phone", CONTACT, QT_TRANSLATE_NOOP("ChildTables", "Phone"), Kind.PHONE, context=_CTX
    ),
    FieldSpec(
        "email", CONTACT, QT_TRANSLATE_NOOP("ChildTables", "E-mail"), Kind.EMAIL, context=_CTX
    ),
    FieldSpec(
        "notes", CONTACT, QT_TRANSLATE_NOOP("ChildTables", "Notes"), Kind.LONGTEXT, context=_CTX
    ),
)

CONTACT_FIELDS_BY_NAME: dict[str, FieldSpec] = by_name(CONTACT_FIELDS)
