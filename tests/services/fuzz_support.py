"""What the property tests of the service boundary share: hostile values, the one outcome
check (a clear error and nothing written, or every value read back exactly) and the tally.

A call either raises ValidationFailed whose every FieldError names one of the inputs the test
varied — and then every table holds exactly the rows it held before — or it succeeds and the
test reads each value back through the services. Anything else fails the example.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from collections.abc import Callable, Collection, Iterator
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from desktop_crm.models.fields import FieldSpec, Kind
from desktop_crm.models.registry import tables
from desktop_crm.services.common.errors import ValidationFailed
from desktop_crm.services.common.lunar import parse_lunar_day
from desktop_crm.services.common.validation import parse_date, parse_money

T = TypeVar("T")


def mix(*strategies: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """One of `strategies`, each as likely (repeat one to weigh it); unlike `st.one_of`, a
    strategy that is itself a one_of is not flattened into its many branches."""
    return st.sampled_from(strategies).flatmap(lambda chosen: chosen)


# Few examples per function: the four files (20 tests, ~35 save functions) take ~35 s on
# both backends together. FUZZ_DEBUG=1 with -s prints every refusal.
FUZZ = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
    database=None,
)

TALLY: Counter[str] = Counter()  # tried, clear errors, stored exactly, anything else
TALLY_NAMES = ("tried", "clear errors", "stored exactly", "anything else")


@pytest.fixture(scope="module", autouse=True)
def fuzz_tally(request: pytest.FixtureRequest) -> Iterator[None]:
    """After each fuzz module: the running tally of all fuzzed calls, on the terminal (also
    without -s). Imported by each test_fuzz*.py module, so it is theirs alone."""
    yield
    line = ", ".join(f"{name}: {TALLY[name]}" for name in TALLY_NAMES)
    plugins = request.config.pluginmanager
    reporter, capture = plugins.get_plugin("terminalreporter"), plugins.get_plugin("capturemanager")
    if reporter is None or capture is None:
        print(line)
        return
    with capture.global_and_fixture_disabled():
        reporter.write_line(f"\nservice boundary fuzz after {request.module.__name__}: {line}")


# ---------------------------------------------------------------- hostile values

AWKWARD_TEXT = [
    "",
    " ",
    "  spaced  ",
    "nul\x00byte",
    "bell\x07",
    "esc\x1b[0m",
    "line\nbreak",
    "cr\rreturn",
    "tab\tinside",
    "\u200bzero width",
    "\u2028line separator",
    "\ufeffbom",
    "😀 客户 🎉",
    "Robert'); DROP TABLE customer;--",
    "' OR 1=1 --",
    "100% _under_ \\back",
    "长" * 301,
    "x" * 4001,
    "张三",
]
_lone_surrogate = st.integers(0xD800, 0xDFFF).map(chr)
TEXT: st.SearchStrategy[str] = st.one_of(
    st.sampled_from(AWKWARD_TEXT),
    st.text(max_size=30),
    st.builds(lambda a, s, b: a + s + b, st.text(max_size=5), _lone_surrogate, st.text(max_size=5)),
)
# Text a service stores as typed (stripped): emoji, SQL metacharacters, CJK, tabs inside.
FAIR_TEXT: st.SearchStrategy[str] = st.one_of(
    st.text(st.characters(exclude_categories=["Cc", "Cs", "Zl", "Zp"]), max_size=30),
    st.sampled_from(
        [
            "客户",
            " 张三 ",
            "😀 客户 🎉",
            "Robert'); DROP TABLE customer;--",
            "' OR 1=1 --",
            "100% _under_ \\back",
            "\u200bzero width",
            "tab\tinside",
        ]
    ),
)
EDGE_DAYS = [
    dt.date(1, 1, 1),
    dt.date(999, 12, 31),
    dt.date(1000, 1, 1),
    dt.date(1899, 12, 31),
    dt.date(1900, 1, 1),
    dt.date(2026, 3, 2),
    dt.date(9997, 12, 31),
    dt.date(9998, 1, 1),
    dt.date(9999, 12, 31),
]
HOSTILE: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.sampled_from([0, -1, 2**63, 2**63 - 1, 10**30, 10**5000, 987654]),
    st.sampled_from([Decimal("1e999999999"), Decimal("-1e-999999999"), Decimal("sNaN")]),
    st.floats(),
    st.sampled_from([float("nan"), float("inf"), 1.5, 3.0]),
    st.binary(max_size=4),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=1),
    st.sampled_from(EDGE_DAYS),
    st.datetimes(),
    st.decimals(allow_nan=True, allow_infinity=True),
    TEXT,
)
BIG_IDS = st.sampled_from([987654, 2**63 - 1, 2**63, 0, -5])


def _could_be_a_row(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**63


# Hostile values that cannot name a stored row or version: for the row a versioned write
# targets, where a missing row or another version is the ConflictError of optimistic locking.
NOT_A_ROW: st.SearchStrategy[Any] = mix(
    HOSTILE.filter(lambda v: not _could_be_a_row(v)), st.sampled_from([-1, 2**63, 10**30])
)


def target(valid: Any) -> st.SearchStrategy[Any]:
    """The id (or version) of the row a versioned write targets, or a value that is none."""
    return mix(st.just(valid), st.just(valid), st.just(valid), NOT_A_ROW)


def vary(
    data: st.DataObject, baseline: dict[str, Any], strategies: dict[str, st.SearchStrategy[Any]]
) -> tuple[dict[str, Any], set[str]]:
    """The baseline (valid) values with a drawn subset replaced by drawn ones; returns the
    values and the names of those varied."""
    names = data.draw(st.lists(st.sampled_from(sorted(strategies)), max_size=3, unique=True))
    values = dict(baseline)
    for name in names:
        values[name] = data.draw(strategies[name], label=name)
    return values, set(names)


def with_groups(varied: set[str], *groups: Collection[str]) -> set[str]:
    """`varied` widened by rules over several fields: varying one member of a group may be
    refused on another (a next action needs its date; a contact must be the customer's)."""
    wide = set(varied)
    for group in groups:
        if wide & set(group):
            wide |= set(group)
    return wide


def either(valid: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly valid values, often a hostile one."""
    return mix(valid, valid, valid, HOSTILE)


def ident(*valid: int) -> st.SearchStrategy[Any]:
    """A row id: one of `valid`, a missing or impossible one, or something that is no id."""
    good = st.sampled_from(valid)
    return mix(good, good, good, good, BIG_IDS, HOSTILE)


def spec_values(spec: FieldSpec, *, hostile: bool = True) -> st.SearchStrategy[Any]:
    """Values for a described field: valid ones of its kind, awkward text, hostile values
    (with `hostile` False: values of its kind only, most of them valid)."""
    kind = spec.kind
    typed: st.SearchStrategy[Any]
    if kind == Kind.CHOICE:
        labels = [c.label for c in spec.choices]
        typed = st.sampled_from([*spec.choice_values, *labels, ""])
    elif kind == Kind.DATE:
        typed = st.one_of(
            st.sampled_from(EDGE_DAYS), st.dates(), st.sampled_from(["2025-02-28", "2025/2/3"])
        )
    elif kind == Kind.MONEY:
        typed = st.one_of(
            st.decimals(places=2, min_value=-(10**13), max_value=10**13),
            st.integers(-(10**14), 10**14),
            st.sampled_from(["12,500.50", "¥3", "1e999", "NaN", "-0.005", "9999999999999.99"]),
        )
    elif kind == Kind.INTEGER:
        low, high = spec.bounds
        typed = st.one_of(st.integers(low - 5, high + 5), st.sampled_from(["12", " 7 "]))
    elif kind == Kind.MONTHDAY:
        typed = st.sampled_from(["1-31", "02-29", "13-01", "12-31", "2-30"])
    elif kind == Kind.LUNARDAY:
        typed = st.sampled_from(["8-15", "闰四月十五", "13-01", "L12-30", "02-31", "腊月三十"])
    elif kind == Kind.BOOL:
        typed = st.one_of(st.booleans(), st.sampled_from(["是", "no", "1"]))
    elif kind == Kind.PHONE:
        typed = st.sampled_from(["13800138000", "021-6234 5678", "+86 (10) 1234-5678 转 12"])
    elif kind == Kind.EMAIL:
        typed = st.sampled_from(["a@b.cn", "张@例子.中国", "x@"])
    elif kind == Kind.DATETIME:
        typed = st.one_of(st.datetimes(), st.datetimes(dt.datetime(2026, 1, 1)))
    else:
        typed = mix(FAIR_TEXT, FAIR_TEXT, TEXT)
    return mix(typed, TEXT, HOSTILE) if hostile else typed


def draw_value(data: st.DataObject, spec: FieldSpec, label: str = "") -> Any:
    """One value for `spec`: a hostile one about one time in eight, else one of its kind."""
    hostile = data.draw(st.integers(0, 7)) == 0
    return data.draw(spec_values(spec, hostile=hostile), label=label or spec.name)


_TRUE_WORDS = {"1", "true", "yes", "y", "是", "x", "✓"}
_TEXT_KINDS = {
    Kind.TEXT, Kind.LONGTEXT, Kind.PHONE, Kind.EMAIL, Kind.CHOICE, Kind.MONTHDAY, Kind.LUNARDAY
}  # fmt: skip


def stored_form(spec: FieldSpec, raw: Any) -> Any:
    """What a described customer or contact field documents it stores for an accepted value:
    text stripped, dates and amounts parsed by the documented formats, choices by value."""
    if spec.kind == Kind.BOOL:
        return raw if isinstance(raw, bool) else str(raw or "").strip().lower() in _TRUE_WORDS
    if isinstance(raw, dt.date) or (isinstance(raw, int) and spec.kind == Kind.INTEGER):
        return raw
    if isinstance(raw, (int, Decimal)):
        return Decimal(raw).quantize(Decimal("0.01"), ROUND_HALF_UP)
    text = (raw or "").strip()
    if not text:
        return "" if spec.kind in _TEXT_KINDS else None
    if spec.kind == Kind.DATE:
        return parse_date(text)
    if spec.kind == Kind.MONEY:
        return parse_money(text)
    if spec.kind == Kind.INTEGER:
        return int(text)
    if spec.kind == Kind.MONTHDAY:
        month, day = text.split("-")
        return f"{int(month):02d}-{int(day):02d}"
    if spec.kind == Kind.LUNARDAY:
        return parse_lunar_day(text).text
    if spec.kind == Kind.CHOICE and text not in spec.choice_values:
        return next(c.value for c in spec.choices if c.label.lower() == text.lower())
    return text


def stripped(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


# ---------------------------------------------------------------- the outcome check


def database_rows() -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in key order: equal before and after means nothing written."""
    rows = {}
    for table in tables():
        key = table._meta.primary_key
        rows[table._meta.table_name] = list(table.select().order_by(key).tuples())
    return rows


def attempt(
    call: Callable[[], T],
    varied: Collection[str],
    read_back: Callable[[T], None],
) -> None:
    """Run one fuzzed call: a refusal must name only inputs in `varied` (a name or a prefix of
    it, e.g. "contacts" for "contacts.1.email") and write nothing; a success must read back."""
    TALLY["tried"] += 1
    before = database_rows()
    try:
        result = call()
    except ValidationFailed as refused:
        strays = [e.field for e in refused.errors if not _names_varied(e.field, varied)]
        assert not strays, f"errors name fields that were not varied: {strays} ({refused})"
        assert refused.errors, "a refusal without a field"
        assert database_rows() == before, f"refused ({refused}) but the database changed"
        TALLY["clear errors"] += 1
        if os.environ.get("FUZZ_DEBUG"):
            print("refused:", refused)
        return
    except Exception:
        TALLY["anything else"] += 1
        raise
    read_back(result)
    TALLY["stored exactly"] += 1


def _names_varied(field: str, varied: Collection[str]) -> bool:
    return any(field == name or field.startswith(name + ".") for name in varied)
