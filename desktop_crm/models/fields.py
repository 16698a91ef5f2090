"""The building blocks of every field description: a field's kind, its choices and its spec.

Customers (`customer_fields`), contacts (`contact_fields`) and visits (`visit_fields`) each
list their fields once with these types; validation, forms, tables and exports read the list,
so a new field is one line in a description plus a migration step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    TEXT = "text"  # one line
    LONGTEXT = "longtext"  # several lines
    PHONE = "phone"
    EMAIL = "email"
    DATE = "date"
    DATETIME = "datetime"  # a wall-clock time in the office zone, to the minute
    MONTHDAY = "monthday"  # MM-DD, e.g. a fiscal year start
    LUNARDAY = "lunarday"  # a lunar month and day: "08-15", "L04-15" for a leap month
    MONEY = "money"
    INTEGER = "integer"
    CHOICE = "choice"
    BOOL = "bool"
    REFERENCE = "reference"  # a row of another table, held as its id (`<name>_id`)


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


# The lengths a kind gets when its spec gives none (the database columns use the same).
DEFAULT_LIMITS: dict[Kind, int] = {Kind.LONGTEXT: 4000, Kind.EMAIL: 254, Kind.PHONE: 40}
DEFAULT_INTEGER_BOUNDS = (0, 200)  # an age; counts of minutes give their own


@dataclass(frozen=True)
class FieldSpec:
    """One field: its stored name, the group it belongs to, its label and what it may hold.

    `category` is the group: a customer `Category`, or e.g. "plan" / "outcome" for a visit.
    `label` is an English source string translated in `context` (QT_TRANSLATE_NOOP marks it).
    `list_position` places the field in the customer list (1, 2, …; 0: not a list column).
    """

    name: str
    category: str
    label: str
    kind: Kind = Kind.TEXT
    required: bool = False
    completeness: bool = True  # counts towards profile completeness
    exported: bool = True
    choices: tuple[Choice, ...] = field(default_factory=tuple)
    max_length: int = 0  # 0: the kind's default
    context: str = "CustomerField"
    minimum: int | None = None  # integers: the smallest allowed value
    maximum: int | None = None
    list_position: int = 0

    @property
    def limit(self) -> int:
        """The most characters the field may hold (checked before anything is stored)."""
        if self.max_length:
            return self.max_length
        return DEFAULT_LIMITS.get(self.kind, 200)

    @property
    def bounds(self) -> tuple[int, int]:
        """The smallest and largest whole number an INTEGER field accepts."""
        low, high = DEFAULT_INTEGER_BOUNDS
        return (
            low if self.minimum is None else self.minimum,
            high if self.maximum is None else self.maximum,
        )

    @property
    def choice_values(self) -> tuple[str, ...]:
        return tuple(c.value for c in self.choices)

    def choice_label(self, value: str | None) -> str:
        for choice in self.choices:
            if choice.value == value:
                return choice.label
        return value or ""


def choices(*pairs: tuple[str, str]) -> tuple[Choice, ...]:
    """Choices from (value, label) pairs, labels marked with QT_TRANSLATE_NOOP("Choice", …)."""
    return tuple(Choice(v, label) for v, label in pairs)


def by_name(specs: tuple[FieldSpec, ...]) -> dict[str, FieldSpec]:
    return {spec.name: spec for spec in specs}
