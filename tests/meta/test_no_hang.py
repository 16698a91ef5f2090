"""The suite fails instead of hanging: an unanswered modal dialog fails its test, and
pytest-timeout is switched on."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_timeout_is_configured() -> None:
    config = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert "\ntimeout = " in config


@pytest.mark.timeout(90)
def test_a_dialog_left_open_fails_the_test_instead_of_hanging(tmp_path: Path) -> None:
    test_file = tmp_path / "test_inner.py"
    test_file.write_text(
        textwrap.dedent(
            """
            from PySide6.QtWidgets import QMessageBox, QWidget

            class Closing(QWidget):
                def closeEvent(self, event):  # asks at teardown, like an unsaved form
                    QMessageBox.question(self, "Unsaved", "Save changes?")
                    event.accept()

            KEEP = []

            def test_leaves_a_question(qtbot):
                widget = Closing()
                KEEP.append(widget)
                qtbot.addWidget(widget)
                widget.show()
            """
        ),
        encoding="utf-8",
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "tests")}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "conftest",
            "-o",
            "qt_api=pyside6",
            "--rootdir",
            str(tmp_path),
            str(test_file),
        ],
        capture_output=True,
        text=True,
        timeout=80,
        cwd=tmp_path,
        env=env,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "not answered" in output and "Unsaved" in output
