"""models/, services/ and reports/ must not import Qt (STYLE: arrows go one way)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "desktop_crm"
QT_FREE = ["models", "services", "reports"]


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            names.add(("." * node.level) + (node.module or ""))
    return names


@pytest.mark.parametrize("room", QT_FREE)
def test_room_does_not_import_qt(room: str) -> None:
    offenders = []
    for path in sorted((PACKAGE / room).rglob("*.py")):
        for name in _imports(path):
            if name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"} or (
                name.startswith(".") and ".ui" in name
            ):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert not offenders, offenders


def test_layering_check_would_catch_an_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nfrom ..ui import app\n")
    assert {"PySide6.QtCore", "..ui"} <= _imports(bad)


def test_services_import_without_qt_loaded() -> None:
    import subprocess
    import sys

    code = (
        "import sys, desktop_crm.services.customers, desktop_crm.reports.base, "
        "desktop_crm.models.migrations; "
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
