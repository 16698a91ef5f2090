"""The last resort and Ctrl+C: an exception no command caught is one line naming its type
(exit 1; the traceback only with DESKTOP_CRM_DEBUG=1), an interrupted command says so in one
line and exits with 130, leaving nothing half-written."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_runs import cli_env, command

from desktop_crm import cli
from desktop_crm.commands import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_NO_DATABASE,
    explain,
    report_cmd,
)

# A command whose work raises what no command expects, run as a real process.
BROKEN = """
import sys
from desktop_crm import cli
from desktop_crm.commands import report_cmd

def broken(report, args):
    raise ZeroDivisionError("the figures do not add up")

report_cmd.run_report = broken
sys.exit(cli.main(["report", "portfolio", "-o", "x.pdf"]))
"""


def _run_broken(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BROKEN],
        cwd=tmp_path,
        env=cli_env(tmp_path, **env),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_an_unexpected_error_is_one_line_naming_its_type(tmp_path: Path) -> None:
    done = _run_broken(tmp_path)
    assert done.returncode == EXIT_FAILED
    assert done.stderr.splitlines() == [
        "desktop-crm: unexpected error: ZeroDivisionError: the figures do not add up"
    ]


def test_the_traceback_only_when_debugging(tmp_path: Path) -> None:
    done = _run_broken(tmp_path, DESKTOP_CRM_DEBUG="1")
    assert done.returncode == EXIT_FAILED
    assert "Traceback" in done.stderr and "ZeroDivisionError" in done.stderr
    assert done.stderr.splitlines()[-1].startswith("desktop-crm: unexpected error:")


def test_ctrl_c_is_one_line_and_130(tmp_path: Path) -> None:
    """SIGINT while the demo office is being built: one line, 130, no file left behind."""
    process = subprocess.Popen(
        command(["demo", "--database", "office.sqlite3"]),
        cwd=tmp_path,
        env=cli_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # a test run started in the background (`.ci/run &`) hands its children SIGINT
        # ignored, and a Python started so never raises KeyboardInterrupt: as a terminal would
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # noqa: PLW1509
    )
    building = tmp_path / "office.sqlite3.building"
    deadline = time.monotonic() + 60
    while not building.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.3)  # well inside the build
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == EXIT_INTERRUPTED, err
    assert err.splitlines() == ["desktop-crm: interrupted"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("office")) == []


def test_an_interrupt_in_process_returns_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(report: object, args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(report_cmd, "run_report", interrupted)
    assert cli.main(["report", "portfolio", "-o", "x.pdf"]) == EXIT_INTERRUPTED
    assert capsys.readouterr().err == "desktop-crm: interrupted\n"


def test_database_errors_met_while_working_are_exit_3() -> None:
    import peewee as pw

    failure = explain(pw.DatabaseError("database disk image is malformed"))
    assert failure.code == EXIT_NO_DATABASE and "malformed" in failure.message
    assert explain(RuntimeError("one\ntwo")).message == "unexpected error: RuntimeError: one; two"


def test_a_reader_that_leaves_early_is_no_failure(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`desktop-crm reminders | head`: head closes the pipe; nothing on stderr, status 0."""

    def pipe_closed(report: object, args: object) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(report_cmd, "run_report", pipe_closed)
    assert cli.main(["report", "portfolio", "-o", "x.pdf"]) == 0
    assert capsys.readouterr().err == ""
