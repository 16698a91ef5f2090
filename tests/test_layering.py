"""The layer rules (STYLE: arrows go one way) are executable.

The import-linter contracts in pyproject.toml: ui → services → models and reports → services,
commands through services, nothing below importing what is above, no Qt below the UI, and the
rooms of the window independent of each other. An AST check besides them catches any Qt
binding (PyQt too) below the UI.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desktop_crm"
QT_FREE = ["models", "services", "reports"]
LINT = (
    "import sys; from importlinter.cli import lint_imports; "
    "sys.exit(lint_imports(no_cache=True, no_logo=True))"
)


def _lint(cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run import-linter on the pyproject.toml in `cwd` (its package shadows the installed)."""
    return subprocess.run(
        [sys.executable, "-c", LINT], cwd=cwd, capture_output=True, text=True, timeout=100
    )


def test_import_contracts_are_kept() -> None:
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout, result.stdout


def _contracts() -> list[dict[str, object]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts: list[dict[str, object]] = config["tool"]["importlinter"]["contracts"]
    return contracts


# One import breaking each contract, in a stand-in package of the same shape.
VIOLATIONS = {
    "layers": ("models/bad.py", "import desktop_crm.services\n"),
    "qt-free": ("services/bad.py", "import PySide6.QtCore\n"),
    "front-ends-through-services": ("reports/bad.py", "import desktop_crm.models\n"),
    "rooms": ("ui/customers/bad.py", "import desktop_crm.ui.planner\n"),
}


def test_every_contract_has_a_violation_to_catch() -> None:
    assert {str(c["id"]) for c in _contracts()} == set(VIOLATIONS)


def test_contracts_catch_violations(tmp_path: Path) -> None:
    packages = ["", "ui", "ui/common", "commands", "reports", "demo", "services", "models"]
    packages += ["ui/customers", "ui/analysis", "ui/planner"]
    for package in packages:
        (tmp_path / "desktop_crm" / package).mkdir(parents=True, exist_ok=True)
        (tmp_path / "desktop_crm" / package / "__init__.py").write_text("")
    (tmp_path / "desktop_crm" / "cli.py").write_text("import desktop_crm.ui\n")
    for path, line in VIOLATIONS.values():
        (tmp_path / "desktop_crm" / path).write_text(line)
    config = (ROOT / "pyproject.toml").read_text(encoding="utf-8").splitlines()
    # The stand-in has none of the real imports an exception may name.
    kept = [line for line in config if not line.startswith("ignore_imports")]
    (tmp_path / "pyproject.toml").write_text("\n".join(kept), encoding="utf-8")
    result = _lint(tmp_path)
    assert result.returncode != 0
    for contract in _contracts():
        assert f"{contract['name']} BROKEN" in " ".join(result.stdout.split()), result.stdout
    for path, _line in VIOLATIONS.values():
        module = "desktop_crm." + path.removesuffix(".py").replace("/", ".")
        assert module in result.stdout, (module, result.stdout)


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
    code = (
        "import sys, desktop_crm.services.customers, desktop_crm.reports.base, "
        "desktop_crm.reports.registry, desktop_crm.models.migrations; "
        "desktop_crm.reports.registry.all_reports(); "
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
