"""The import's cells as values (issue 11, items 1 and 3): one row of text → typed values.

Each mapped cell is read by the kind of the field it goes to (services/importing/values.py):
dates in the column's order, phones through phonenumbers with the office's area code,
amounts with separators, ¥/元 and 万/亿, choices by code, English label or label in any of
the import's languages, yes/no words in any of them; text is cleaned (spaces, full-width
spaces) and an apostrophe the export put before = + - @ is taken off again. A cell that
cannot be read is a `RowProblem` naming its column, target and reason; the caller refuses the
whole row.

The target keys are mapping.py's contract: customer field names, `external_id`, `owner`,
`given_name`/`family_name` (customers and contacts), `customer`, `contact.<field>`,
`deal.<field>`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ...i18n import QT_TRANSLATE_NOOP, fill_args
from ...models.fields import FieldSpec, Kind
from ..common.acting import rule
from ..common.errors import FieldError, ValidationFailed
from ..common.messages import error_sentence
from ..common.validation import PHONE_RE, clean_value
from ..customers.export import DEAL_FIELDS, NO, YES
from ..customers.fields import CONTACT_FIELDS, CUSTOMER_FIELDS
from .mapping import RecordKind
from .values import (
    DateOrder,
    clean_text,
    date_order_of,
    parse_amount,
    parse_date_value,
    parse_phone,
)

TYPED_PHONE_DIGITS = 7
"""A phone phonenumbers calls invalid is kept as typed when the customer form would take it
and it has at least this many digits (0867-63979298: a real office's, or our demo's, number
with an area code phonenumbers does not know), so an export of the office reads back."""

Translate = Callable[[str, str], str]

EXTERNAL_ID = "external_id"
OWNER = "owner"
GIVEN_NAME = "given_name"
FAMILY_NAME = "family_name"
CUSTOMER = "customer"
CONTACT_PREFIX = "contact."
DEAL_PREFIX = "deal."

_ID_SPEC = FieldSpec(EXTERNAL_ID, "import", "External ID", max_length=100)
_NAME_PART = FieldSpec("name_part", "import", "Name", max_length=100)
_REFERENCE = FieldSpec(CUSTOMER, "import", "Customer", max_length=300)

COLUMN_REASON = QT_TRANSLATE_NOOP("Import", "Column “%1”: %2")

# The escape of export.escape_formula, taken off again: one apostrophe before = + - @ tab CR.
_ESCAPED = re.compile(r"^'(?=[=+\-@\t\r])")


@rule
def target_specs(kind: RecordKind) -> dict[str, FieldSpec]:
    """Every target key of `kind` with the field description its cells are read by."""
    specs: dict[str, FieldSpec] = {EXTERNAL_ID: _ID_SPEC}
    if kind == RecordKind.CUSTOMERS:
        specs.update({spec.name: spec for spec in CUSTOMER_FIELDS})
        specs[OWNER] = FieldSpec(OWNER, "import", "Owner", max_length=100)
        specs[GIVEN_NAME] = _NAME_PART
        specs[FAMILY_NAME] = _NAME_PART
    elif kind == RecordKind.CONTACTS:
        specs[CUSTOMER] = _REFERENCE
        specs.update({CONTACT_PREFIX + spec.name: spec for spec in CONTACT_FIELDS})
        specs[GIVEN_NAME] = _NAME_PART
        specs[FAMILY_NAME] = _NAME_PART
    else:
        specs[CUSTOMER] = _REFERENCE
        specs.update({DEAL_PREFIX + spec.name: spec for spec in DEAL_FIELDS})
    return specs


@dataclass(frozen=True)
class Problem:
    """A cell (or row) that cannot be imported; engine.RowProblem is built from it."""

    column: int | None
    target: str
    code: str
    params: dict[str, Any]
    text: str


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().casefold()


_YES_WORDS = {"yes", "y", "true", "t", "1", "是", "√", "✓", "x", "on"}
_NO_WORDS = {"no", "n", "false", "f", "0", "否", "×", "off"}

# The office's area code from its home city (the first-run setup asks for the city): an
# 8-digit landline typed without one gets it. Cities not listed give none.
AREA_CODES: dict[str, str] = {
    "北京": "010", "上海": "021", "天津": "022", "重庆": "023", "广州": "020", "深圳": "0755",
    "杭州": "0571", "南京": "025", "武汉": "027", "成都": "028", "西安": "029", "沈阳": "024",
    "苏州": "0512", "东莞": "0769", "佛山": "0757", "厦门": "0592", "福州": "0591",
    "青岛": "0532", "济南": "0531", "郑州": "0371", "长沙": "0731", "合肥": "0551",
    "宁波": "0574", "无锡": "0510", "昆明": "0871", "大连": "0411", "哈尔滨": "0451",
    "长春": "0431", "石家庄": "0311", "太原": "0351", "南昌": "0791", "南宁": "0771",
    "贵阳": "0851", "海口": "0898", "兰州": "0931", "珠海": "0756", "温州": "0577",
    "常州": "0519", "中山": "0760", "惠州": "0752", "泉州": "0595", "烟台": "0535",
}  # fmt: skip


@rule
def area_code_of(city: str) -> str:
    """The long-distance code of a home city ("深圳市" → "0755"), "" when not known."""
    name = clean_text(city).removesuffix("市")
    return AREA_CODES.get(name, "")


CLEANED_KINDS = frozenset({Kind.TEXT, Kind.LONGTEXT, Kind.EMAIL, Kind.INTEGER, Kind.MONTHDAY})
"""The kinds `RowReader.read` returns through clean_value (the others: phonenumbers, dates,
amounts, choices and yes/no words read by their own rules)."""


class RowReader:
    """Reads the mapped cells of a table's rows into typed values, one row at a time."""

    def __init__(
        self,
        kind: RecordKind,
        header: Sequence[str],
        mapping: Sequence[str | None],
        rows: Sequence[Sequence[str]],
        *,
        date_order: DateOrder | None,
        translators: Sequence[Translate],
        area_code: str,
        reps: dict[str, int],
    ) -> None:
        specs = target_specs(kind)
        self.header = tuple(header)
        self.words: Translate = translators[0] if translators else (lambda _c, text: text)
        self.area_code = area_code
        self.reps = reps
        self.columns: list[tuple[int, str, FieldSpec]] = [
            (index, key, specs[key]) for index, key in enumerate(mapping) if key is not None
        ]
        self.column_of = {key: index for index, key, _ in self.columns}
        # The targets whose value `read` returns as clean_value(spec) made it: cleaning it
        # again with the same spec gives it back unchanged (CLEANED_KINDS' values are stripped
        # text, MM-DD or a checked integer), so a planner may skip that second pass.
        self.cleaned = {
            key: spec
            for _, key, spec in self.columns
            if spec.kind in CLEANED_KINDS and key != OWNER
        }
        self.orders: dict[int, DateOrder | None] = {}
        for index, _key, spec in self.columns:
            if spec.kind == Kind.DATE:
                self.orders[index] = date_order or date_order_of(
                    row[index] for row in rows if index < len(row) and row[index]
                )
        self.choices = {
            key: _choice_lookup(spec, translators)
            for _, key, spec in self.columns
            if spec.kind == Kind.CHOICE
        }
        self.yes = set(_YES_WORDS)
        self.no = set(_NO_WORDS)
        for translate in (None, *translators):
            words: Translate = translate or (lambda _c, text: text)
            self.yes.add(_fold(words("Export", YES)))
            self.no.add(_fold(words("Export", NO)))

    def problem(self, column: int | None, target: str, error: FieldError) -> Problem:
        """The problem with its sentence: the column's header, then the reason."""
        reason = error_sentence(error, self.words)
        if column is not None:
            header = self.header[column] if column < len(self.header) else ""
            shown = header or str(column + 1)
            reason = fill_args(self.words("Import", COLUMN_REASON), shown, reason)
        return Problem(column, target, error.code, dict(error.params), reason)

    def read(self, cells: Sequence[str]) -> tuple[dict[str, Any], list[Problem]]:
        """The row's typed values by target key (empty cells left out), and its problems."""
        values: dict[str, Any] = {}
        problems: list[Problem] = []
        width = len(cells)
        for index, key, spec in self.columns:
            raw = cells[index] if index < width else ""
            if not raw or not raw.strip():
                continue
            if raw[0] == "'":
                raw = _ESCAPED.sub("", raw)
            try:
                value = self._value(index, key, spec, raw)
            except ValidationFailed as failed:
                error = failed.errors[0]
                problems.append(self.problem(index, key, FieldError(key, error.code, error.params)))
                continue
            if value is not None and value != "":
                values[key] = value
        return values, problems

    def _value(self, index: int, key: str, spec: FieldSpec, raw: str) -> Any:
        kind = spec.kind
        if kind == Kind.PHONE:
            try:
                return parse_phone(raw, self.area_code, field=key).display
            except ValidationFailed:
                typed = clean_text(raw)
                if PHONE_RE.match(typed) and sum(c.isdigit() for c in typed) >= TYPED_PHONE_DIGITS:
                    return typed  # a whole number the form takes (an area code phonenumbers lacks)
                raise
        if kind == Kind.DATE:
            return parse_date_value(raw, self.orders.get(index), field=key)
        if kind == Kind.MONEY:
            return parse_amount(raw, field=key)
        if kind == Kind.CHOICE:
            text = clean_text(raw)
            found = self.choices[key].get(_fold(text))
            if found is None:
                raise ValidationFailed([FieldError(key, "choice", {"value": text})])
            return found
        if kind == Kind.BOOL:
            word = _fold(raw)
            if word in self.yes:
                return True
            if word in self.no:
                return False
            raise ValidationFailed([FieldError(key, "yes_no", {"value": clean_text(raw)})])
        if kind == Kind.INTEGER:
            text = clean_text(unicodedata.normalize("NFKC", raw))
            if re.fullmatch(r"\d+\.0*", text):
                text = text.split(".")[0]
            if not text.isdigit():
                raise ValidationFailed([FieldError(key, "integer", {"value": text})])
            value: Any = int(text)
        elif kind == Kind.MONTHDAY:
            value = _monthday(raw)
        else:
            value = clean_text(raw, multiline=kind == Kind.LONGTEXT)
        if key == OWNER:
            rep = self.reps.get(_fold(value))
            if rep is None:
                raise ValidationFailed([FieldError(key, "unknown_rep", {"value": value})])
            return rep
        cleaned, error = clean_value(spec, value, key=key)
        if error is not None:
            raise ValidationFailed([error])
        return cleaned


_CHINESE_MONTHDAY = re.compile(r"^(\d{1,2})月(\d{1,2})日?$")
_MONTHDAY = re.compile(r"\d{1,2}-\d{1,2}")


def _monthday(raw: str) -> str:
    """MM-DD as typed, or the month and day of a full date (Excel turns 03-31 into one)."""
    text = clean_text(unicodedata.normalize("NFKC", raw)).replace("/", "-").replace(".", "-")
    text = _CHINESE_MONTHDAY.sub(r"\1-\2", text)
    if _MONTHDAY.fullmatch(text):
        return text
    try:
        day = parse_date_value(raw)
    except ValidationFailed:
        return text  # clean_value says "monthday"
    return f"{day.month:02d}-{day.day:02d}"


def _choice_lookup(spec: FieldSpec, translators: Sequence[Translate]) -> dict[str, str]:
    """A choice's code, English label and its label in each language → the stored code."""
    found: dict[str, str] = {}
    for choice in spec.choices:
        found.setdefault(_fold(choice.value), choice.value)
        found.setdefault(_fold(choice.label), choice.value)
        for translate in translators:
            found.setdefault(_fold(translate("Choice", choice.label)), choice.value)
    return found


@rule
def joined_name(given: str, family: str) -> str:
    """A name from its parts: Chinese without a space (林 + 美玲 → 林美玲), Latin with one
    ("Mei Lin")."""
    if not given or not family:
        return given or family
    if _has_cjk(given) or _has_cjk(family):
        return family + given
    return f"{given} {family}"


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)
