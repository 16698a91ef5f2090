"""Office settings stored in the database (key -> JSON value)."""

from __future__ import annotations

import json
from typing import Any

from ...models.core import Setting
from ...models.db import write_transaction


def get_setting(key: str, default: Any = None) -> Any:
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return default
    return json.loads(row.value)


def set_setting(key: str, value: Any) -> None:
    with write_transaction():
        Setting.insert(key=key, value=json.dumps(value, ensure_ascii=False)).on_conflict(
            conflict_target=[Setting.key], preserve=[Setting.value]
        ).execute()
