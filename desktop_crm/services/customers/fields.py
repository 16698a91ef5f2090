"""The customer and contact field descriptions, for the layers above services.

They are defined in `models/` because the tables are built from or checked against them;
widgets, reports and importers read them from here, so nothing above services imports models.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ...models.contact_fields import CONTACT_FIELDS, CONTACT_FIELDS_BY_NAME
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
    list_fields,
)
from ..common.acting import rule

__all__ = [
    "CATEGORY_LABELS",
    "CONTACT_FIELDS",
    "CONTACT_FIELDS_BY_NAME",
    "CONTACT_ROLES",
    "CUSTOMER_FIELDS",
    "ExportColumn",
    "FIELDS_BY_NAME",
    "FORM_CATEGORIES",
    "INFLUENCE_LEVELS",
    "KEY_CATEGORIES",
    "TIERS",
    "Category",
    "Choice",
    "FieldSpec",
    "Kind",
    "export_columns",
    "fields_in",
    "form_fields",
    "list_fields",
]


@dataclass(frozen=True)
class ExportColumn:
    """One column of a customer export: the field it holds and the header it is written under."""

    spec: FieldSpec
    header: str

    @property
    def name(self) -> str:
        return self.spec.name


@rule
def export_columns(translate: Callable[[str, str], str] | None = None) -> list[ExportColumn]:
    """The exported customer fields in description order, each with its header label.

    `translate(context, text)` gives headers in the office's language (the UI passes
    QCoreApplication.translate, commands `ui.i18n.translate_function(lang)`); without it the
    headers are the English labels. An import maps headers back through the same list, so a
    file written by the export reads back column for column.
    """
    return [
        ExportColumn(spec, translate(spec.context, spec.label) if translate else spec.label)
        for spec in CUSTOMER_FIELDS
        if spec.exported
    ]
