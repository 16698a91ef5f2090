"""Every setting of the program, declared once: key, type, default, scope and label.

Office settings live in the database (one JSON value per key) and are the same on every
machine of the office; computer settings (window layout, the interface language, the last
folder) live on this computer and are read and written by the UI's adapter over QSettings
(`ui/local_settings.py`), from the same declarations. Reading a value that is missing or no
longer valid gives the default, so an old or hand-edited database never breaks a screen.

Add a setting here (one `SettingSpec` in `SETTINGS`); `read_setting` / `write_setting` refuse
any key that is not declared, and a test checks that no module reads a key by its literal.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import peewee as pw

from ...models.core import Setting
from ...models.db import write_transaction


class Scope(StrEnum):
    OFFICE = "office"  # in the database: every machine of the office sees it
    COMPUTER = "computer"  # on this computer only (QSettings, through the UI adapter)


def _any(value: Any) -> Any:
    return value


@dataclass(frozen=True)
class SettingSpec:
    """One setting. `check` turns a stored value into a valid one or raises ValueError."""

    key: str
    kind: type
    default: Any
    scope: Scope
    label: str
    check: Callable[[Any], Any] = _any

    def valid(self, value: Any) -> Any:
        """`value` checked and normalised, or ValueError / TypeError."""
        if self.kind is not object and not isinstance(value, self.kind):
            raise TypeError(
                f"{self.key}: expected {self.kind.__name__}, got {type(value).__name__}"
            )
        return self.check(value)


def _flag(value: Any) -> bool:
    """A yes/no as stored (QSettings gives a bool back as "true" / "false" from its files)."""
    if value in (True, 1, "true", "1"):
        return True
    if value in (False, 0, "false", "0"):
        return False
    raise ValueError(f"not a yes or no: {value!r}")


def _int_list(value: Any) -> list[int]:
    return [int(v) for v in value]


def _float_list(value: Any) -> list[float]:
    return [float(v) for v in value]


def _mapping(keys: tuple[str, ...], cast: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def check(value: Any) -> dict[str, Any]:
        return {k: cast(value[k]) for k in keys if k in value}

    return check


def _text(value: Any) -> str:
    return str(value)


def _text_list(value: Any) -> list[str]:
    if not isinstance(value, list):
        raise ValueError(f"not a list: {value!r}")
    return [str(v).strip() for v in value if str(v).strip()]


MAX_SAVED_MAPPINGS = 50
_IMPORT_KINDS = ("customers", "contacts", "deals")


def _import_mappings(value: Any) -> dict[str, Any]:
    """Saved import mappings, signature → {kind, mapping}: entries that are not a known kind
    with a list of target keys (or None) are dropped, the newest MAX_SAVED_MAPPINGS kept."""
    kept: dict[str, Any] = {}
    for signature, entry in value.items():
        if not isinstance(entry, dict) or entry.get("kind") not in _IMPORT_KINDS:
            continue
        mapping = entry.get("mapping")
        if not isinstance(mapping, list) or not all(
            key is None or isinstance(key, str) for key in mapping
        ):
            continue
        kept[str(signature)] = {"kind": entry["kind"], "mapping": list(mapping)}
    return dict(list(kept.items())[-MAX_SAVED_MAPPINGS:])


def _stage_list(value: Any) -> list[dict[str, Any]]:
    """Open pipeline stages as stored: each {code, label, probability}; a malformed list is
    refused whole (ValueError), so the default pipeline is read instead."""
    stages = []
    for entry in value:
        code, label = str(entry["code"]), str(entry["label"])
        probability = int(entry["probability"])
        if not code or not label or not 0 <= probability <= 100:
            raise ValueError(f"pipeline stage {entry!r}")
        stages.append({"code": code, "label": label, "probability": probability})
    return stages


# ---------------------------------------------------------------- the list

TIER_BREAKPOINTS = SettingSpec(
    "analysis.tier_breakpoints", list, [40.0, 30.0, 20.0, 10.0], Scope.OFFICE,
    "Tier breakpoints (share of revenue of A, B, C, D in per cent)", _float_list,
)  # fmt: skip
TIERS_COMPUTED_ON = SettingSpec(
    "analysis.tiers_computed_on", str, "", Scope.OFFICE,
    "Day the computed tiers were last brought up to date", _text,
)  # fmt: skip
DEALS_GENERATION = SettingSpec(
    "analysis.deals_generation", int, 0, Scope.OFFICE,
    "Counts changes to deals (and to which customers are active); tiers follow it", int,
)  # fmt: skip
TIERS_GENERATION = SettingSpec(
    "analysis.tiers_generation", int, 0, Scope.OFFICE,
    "The deals generation the computed tiers reflect", int,
)  # fmt: skip
QUADRANT_THRESHOLDS = SettingSpec(
    "analysis.quadrant_thresholds", dict, {}, Scope.OFFICE,
    "Intent and quality scores from which a customer counts as high",
    _mapping(("intent", "quality"), float),
)  # fmt: skip
VISIT_STANDARD = SettingSpec(
    "visits.standard", dict, {"existing": 7, "new": 3}, Scope.OFFICE,
    "Daily visit standard: existing and new customers", _mapping(("existing", "new"), int),
)  # fmt: skip
OFFICE_TIMEZONE = SettingSpec(
    "visits.timezone", str, "Asia/Shanghai", Scope.OFFICE,
    "The office's time zone (calendar exports)", _text,
)  # fmt: skip
WORKDAYS = SettingSpec(
    "visits.workdays", list, [0, 1, 2, 3, 4], Scope.OFFICE,
    "Weekdays that carry the visit standard (0 = Monday)", _int_list,
)  # fmt: skip
POOL_RETURN_DAYS = SettingSpec(
    "pool.return_days", int, 0, Scope.OFFICE,
    "Days without a done visit or deal after which a customer returns to the shared pool "
    "(0: never)", int,
)  # fmt: skip
POOL_NOTICE_DAYS = SettingSpec(
    "pool.notice_days", int, 7, Scope.OFFICE,
    "Days before the return to the shared pool that the rep is told", int,
)  # fmt: skip
FIGURES_DORMANT_DAYS = SettingSpec(
    "figures.dormant_days", int, 90, Scope.OFFICE,
    "Days without a deal or a done visit after which a customer counts as dormant", int,
)  # fmt: skip

DATABASE_ID = SettingSpec(
    "office.database_id", str, "", Scope.OFFICE,
    "This database's identity (made once; calendar UIDs carry it)", _text,
)  # fmt: skip
DEMO_FINISHED = SettingSpec(
    "office.demo_finished", str, "", Scope.OFFICE,
    "Day the demo office was built whole (written last; empty: not a finished demo)", _text,
)  # fmt: skip
OFFICE_NAME = SettingSpec(
    "office.name", str, "", Scope.OFFICE, "The office's name (first-run setup)", _text
)
HOME_PROVINCE = SettingSpec(
    "office.home_province", str, "", Scope.OFFICE, "The office's home province", _text
)
HOME_CITY = SettingSpec("office.home_city", str, "", Scope.OFFICE, "The office's home city", _text)
OFFICE_LANGUAGE = SettingSpec(
    "office.language", str, "", Scope.OFFICE, "The office's language (chosen at setup)", _text
)
PIPELINE_STAGES = SettingSpec(
    "pipeline.stages", list, [], Scope.OFFICE,
    "The office's open pipeline stages in order: code, label, default probability "
    "(empty: the default pipeline)", _stage_list,
)  # fmt: skip
OFFICE_ADDRESS = SettingSpec(
    "office.address", str, "", Scope.OFFICE, "The office's postal address (letterhead)", _text
)
OFFICE_PHONE = SettingSpec(
    "office.phone", str, "", Scope.OFFICE, "The office's phone number (letterhead)", _text
)
OFFICE_LOGO = SettingSpec(
    "office.logo", str, "", Scope.OFFICE,
    "The office's logo for the letterhead: a PNG or JPEG as base64 text (empty: none)", _text,
)  # fmt: skip
COMPLAINT_HOURS = SettingSpec(
    "aftersale.complaint_hours", dict, {"inside": 12, "outside": 24}, Scope.OFFICE,
    "Hours to resolve a complaint: customers inside and outside the home region",
    _mapping(("inside", "outside"), int),
)  # fmt: skip
COMPLAINT_HOME_REGION = SettingSpec(
    "aftersale.home_region", list, [], Scope.OFFICE,
    "Provinces and cities that count as the home region for complaint deadlines "
    "(empty: the office's home province, or its home city when no province is set)", _text_list,
)  # fmt: skip
COMPLAINT_DUE_SOON_HOURS = SettingSpec(
    "aftersale.due_soon_hours", int, 4, Scope.OFFICE,
    "Hours before its deadline from which an open complaint shows as due soon (amber)", int,
)  # fmt: skip
SURVEY_SATISFIED_FROM = SettingSpec(
    "aftersale.satisfied_from", int, 80, Scope.OFFICE,
    "Satisfaction index from which a surveyed customer counts as satisfied (the rate)", int,
)  # fmt: skip
REMINDER_LEAD_DAYS = SettingSpec(
    "reminders.lead_days", int, 3, Scope.OFFICE,
    "Days ahead that birthdays and anniversaries are shown", int,
)  # fmt: skip
IMPORT_MAPPINGS = SettingSpec(
    "import.mappings", dict, {}, Scope.OFFICE,
    "Column mappings the import remembers, per header signature", _import_mappings,
)  # fmt: skip

UI_LANGUAGE = SettingSpec(
    "ui/language", str, "", Scope.COMPUTER, "Interface language (empty: the system's)", _text
)
MAIN_GEOMETRY = SettingSpec(
    "main/geometry", object, None, Scope.COMPUTER, "Main window size and place"
)
MAIN_ROOM = SettingSpec(
    "main/room", str, "", Scope.COMPUTER, "The room the window opens on: the last one used", _text
)
CUSTOMERS_SPLITTER = SettingSpec(
    "customers/splitter", object, None, Scope.COMPUTER, "Customer list and file: split"
)
PLANNER_SPLITTER = SettingSpec(
    "planner/splitter", object, None, Scope.COMPUTER, "Planner calendar and lists: split"
)
PLANNER_FOLDER = SettingSpec(
    "planner/folder", str, "", Scope.COMPUTER, "Folder the planner last saved a file in", _text
)
LAST_SIGN_IN_NAME = SettingSpec(
    "signin/last_name", str, "", Scope.COMPUTER, "Who signed in last on this computer", _text
)
KEEP_SIGNED_IN = SettingSpec(
    "signin/keep",
    object,
    False,
    Scope.COMPUTER,
    "Whether the sign-in dialog's “Keep me signed in” was ticked last",
    _flag,
)
IMPORT_GEOMETRY = SettingSpec(
    "import/geometry", object, None, Scope.COMPUTER, "Import wizard size and place"
)
IMPORT_FOLDER = SettingSpec(
    "import/folder", str, "", Scope.COMPUTER, "Folder the import wizard last opened", _text
)
BACKUP_FOLDER = SettingSpec(
    "backup/folder",
    str,
    "",
    Scope.COMPUTER,
    "Folder of the daily backups (empty: backups/ beside the database)",
    _text,
)

SETTINGS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        TIER_BREAKPOINTS,
        TIERS_COMPUTED_ON,
        DEALS_GENERATION,
        TIERS_GENERATION,
        QUADRANT_THRESHOLDS,
        VISIT_STANDARD,
        OFFICE_TIMEZONE,
        WORKDAYS,
        POOL_RETURN_DAYS,
        POOL_NOTICE_DAYS,
        FIGURES_DORMANT_DAYS,
        DATABASE_ID,
        DEMO_FINISHED,
        OFFICE_NAME,
        HOME_PROVINCE,
        HOME_CITY,
        OFFICE_LANGUAGE,
        IMPORT_MAPPINGS,
        PIPELINE_STAGES,
        OFFICE_ADDRESS,
        OFFICE_PHONE,
        OFFICE_LOGO,
        COMPLAINT_HOURS,
        COMPLAINT_HOME_REGION,
        COMPLAINT_DUE_SOON_HOURS,
        SURVEY_SATISFIED_FROM,
        REMINDER_LEAD_DAYS,
        UI_LANGUAGE,
        MAIN_GEOMETRY,
        MAIN_ROOM,
        CUSTOMERS_SPLITTER,
        PLANNER_SPLITTER,
        PLANNER_FOLDER,
        BACKUP_FOLDER,
        LAST_SIGN_IN_NAME,
        KEEP_SIGNED_IN,
        IMPORT_GEOMETRY,
        IMPORT_FOLDER,
    )
}


# ---------------------------------------------------------------- office settings


def _declared(spec: SettingSpec, scope: Scope) -> SettingSpec:
    if SETTINGS.get(spec.key) is not spec:
        raise KeyError(f"setting {spec.key!r} is not declared in services/common/settings.py")
    if spec.scope is not scope:
        raise ValueError(f"setting {spec.key!r} is a {spec.scope} setting")
    return spec


def read_setting(spec: SettingSpec) -> Any:
    """The office setting's stored value, checked; its default when missing or invalid."""
    _declared(spec, Scope.OFFICE)
    row = Setting.get_or_none(Setting.key == spec.key)
    if row is None:
        return spec.default
    try:
        return spec.valid(json.loads(row.value))
    except (ValueError, TypeError, KeyError, json.JSONDecodeError):
        return spec.default


def write_setting(spec: SettingSpec, value: Any) -> None:
    """Store an office setting (checked first: a wrong value raises and nothing is written)."""
    _declared(spec, Scope.OFFICE)
    text = json.dumps(spec.valid(value), ensure_ascii=False)
    with write_transaction():
        Setting.insert(key=spec.key, value=text).on_conflict(
            conflict_target=[Setting.key], preserve=[Setting.value]
        ).execute()


def setting_made_once(spec: SettingSpec, make: Callable[[], Any]) -> Any:
    """The office setting's value, storing `make()` first if it has none. Two machines asking
    at once agree: the first insert wins, the other's is ignored."""
    _declared(spec, Scope.OFFICE)
    value = read_setting(spec)
    if value != spec.default:
        return value
    text = json.dumps(spec.valid(make()), ensure_ascii=False)
    with write_transaction():
        Setting.insert(key=spec.key, value=text).on_conflict_ignore().execute()
    return read_setting(spec)


def bump_counter(spec: SettingSpec) -> None:
    """Add one to an integer office setting in a single statement (no read, no race), inside
    the caller's transaction."""
    _declared(spec, Scope.OFFICE)
    if spec.kind is not int:
        raise TypeError(f"{spec.key} is not a counter")
    Setting.insert(key=spec.key, value=str(spec.default + 1)).on_conflict(
        conflict_target=[Setting.key],
        update={Setting.value: pw.Cast(pw.Cast(Setting.value, "INTEGER") + 1, "TEXT")},
    ).execute()


def computer_setting(key: str) -> SettingSpec:
    """The declaration of a computer setting, for the UI adapter."""
    spec = SETTINGS.get(key)
    if spec is None or spec.scope is not Scope.COMPUTER:
        raise KeyError(f"computer setting {key!r} is not declared in services/common/settings.py")
    return spec
