"""The customer field description, for the layers above services.

It is defined in `models/customer_fields.py` because the customer table is built from it;
widgets, reports and importers read it from here, so nothing above services imports models.
"""

from __future__ import annotations

from ...models.customer_fields import (
    CATEGORY_LABELS,
    CONTACT_ROLES,
    CUSTOMER_FIELDS,
    FIELDS_BY_NAME,
    FORM_CATEGORIES,
    INFLUENCE_LEVELS,
    KEY_CATEGORIES,
    TIERS,
    Category,
    Choice,
    FieldSpec,
    Kind,
    fields_in,
    form_fields,
)

__all__ = [
    "CATEGORY_LABELS",
    "CONTACT_ROLES",
    "CUSTOMER_FIELDS",
    "FIELDS_BY_NAME",
    "FORM_CATEGORIES",
    "INFLUENCE_LEVELS",
    "KEY_CATEGORIES",
    "TIERS",
    "Category",
    "Choice",
    "FieldSpec",
    "Kind",
    "fields_in",
    "form_fields",
]
