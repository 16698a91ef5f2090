"""This computer's settings (window layout, language, last folder) over QSettings.

Every key is declared once, with its type and default, in `services/common/settings.py`
(scope "computer"); this adapter only stores them. Reading a key that is not declared raises,
so a typo in a key cannot silently start a second setting.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

from ..services.common.settings import SettingSpec, computer_setting


def _spec(spec_or_key: SettingSpec | str) -> SettingSpec:
    key = spec_or_key if isinstance(spec_or_key, str) else spec_or_key.key
    return computer_setting(key)


def read_local(spec_or_key: SettingSpec | str) -> Any:
    """The stored value, checked against its declaration; the default when missing or bad."""
    spec = _spec(spec_or_key)
    value = QSettings().value(spec.key, None)
    if value is None:
        return spec.default
    try:
        return spec.valid(value)
    except (TypeError, ValueError):
        return spec.default


def write_local(spec_or_key: SettingSpec | str, value: Any) -> None:
    spec = _spec(spec_or_key)
    QSettings().setValue(spec.key, spec.valid(value) if value is not None else None)
