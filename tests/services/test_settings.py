"""Settings are declared once (services/common/settings.py) and go through it."""

from __future__ import annotations

import ast
from pathlib import Path

import peewee as pw
import pytest

from desktop_crm.models.core import Setting
from desktop_crm.services.common import settings as st

PACKAGE = Path(__file__).resolve().parents[2] / "desktop_crm"


def test_an_office_setting_reads_its_default_until_written(db: pw.Database) -> None:
    assert st.read_setting(st.VISIT_STANDARD) == {"existing": 7, "new": 3}
    st.write_setting(st.VISIT_STANDARD, {"existing": 5, "new": 2})
    assert st.read_setting(st.VISIT_STANDARD) == {"existing": 5, "new": 2}


def test_a_broken_stored_value_reads_as_the_default(db: pw.Database) -> None:
    Setting.create(key=st.WORKDAYS.key, value='"not a list"')
    assert st.read_setting(st.WORKDAYS) == st.WORKDAYS.default
    Setting.update(value="{broken json").where(Setting.key == st.WORKDAYS.key).execute()
    assert st.read_setting(st.WORKDAYS) == st.WORKDAYS.default


def test_a_wrong_value_is_refused_and_nothing_written(db: pw.Database) -> None:
    with pytest.raises(TypeError):
        st.write_setting(st.WORKDAYS, "Monday")
    assert Setting.select().where(Setting.key == st.WORKDAYS.key).count() == 0


def test_undeclared_or_wrong_scope_settings_are_refused(db: pw.Database) -> None:
    stray = st.SettingSpec("stray.key", str, "", st.Scope.OFFICE, "Not declared")
    with pytest.raises(KeyError):
        st.read_setting(stray)
    with pytest.raises(ValueError):
        st.read_setting(st.UI_LANGUAGE)  # a computer setting: the UI adapter's
    with pytest.raises(KeyError):
        st.computer_setting("ui/languag")


def test_a_counter_counts(db: pw.Database) -> None:
    assert st.read_setting(st.DEALS_GENERATION) == 0
    st.bump_counter(st.DEALS_GENERATION)
    st.bump_counter(st.DEALS_GENERATION)
    assert st.read_setting(st.DEALS_GENERATION) == 2
    with pytest.raises(TypeError):
        st.bump_counter(st.OFFICE_TIMEZONE)


def test_every_declaration_is_unique_and_valid() -> None:
    assert len(st.SETTINGS) == len({spec.key for spec in st.SETTINGS.values()})
    for spec in st.SETTINGS.values():
        assert spec.label, spec.key
        if spec.default is not None:
            assert spec.valid(spec.default) == spec.default, spec.key


def _calls(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            name = ast.unparse(node.func)
            if name in {"QSettings", "Setting.get_or_none", "Setting.insert", "Setting.create"}:
                found.append((node.lineno, name))
    return found


def test_no_module_reads_a_setting_behind_the_declarations() -> None:
    """QSettings only in the UI adapter; the Setting table only in services/common/settings."""
    allowed = {
        PACKAGE / "ui" / "local_settings.py",
        PACKAGE / "services" / "common" / "settings.py",
    }
    offenders = [
        f"{path.relative_to(PACKAGE)}:{line}: {name}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path not in allowed
        for line, name in _calls(path)
    ]
    assert not offenders, "settings read or written outside the declarations: " + ", ".join(
        offenders
    )
