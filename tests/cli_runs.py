"""Running `desktop-crm` as a real subprocess, and reading a demo file back without the app.

Shared by tests/commands and tests/demo (imported as `cli_runs`, beside conftest): one helper to run a command line, one to drop root for the "not writable" cases
(root may write anywhere), one to look inside a SQLite file with plain sqlite3.
"""

from __future__ import annotations

import atexit
import functools
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

NOBODY = 65534


@dataclass(frozen=True)
class Ran:
    """How one command line ended: its exit status and what it printed."""

    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


def unprivileged_prefix() -> list[str]:
    """What to put before a command so that file permissions apply to it: as root, run it as
    nobody (setpriv); as anyone else nothing is needed."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return []
    return [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]


@functools.cache
def permissions_apply() -> bool:
    """Whether a command run with `unprivileged` meets file permissions: true for a user
    other than root, and for root when nobody may run this interpreter (setpriv works)."""
    prefix = unprivileged_prefix()
    if os.geteuid() != 0:
        return True
    if not prefix:
        return False
    probe = subprocess.run([*prefix, sys.executable, "-c", "import desktop_crm"], check=False)
    return probe.returncode == 0


def shared_folder(prefix: str) -> Path:
    """A new temp folder others may read (pytest's are private to their user), so a command
    run as nobody can reach the files in it."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    folder.chmod(0o755)
    return folder


@functools.cache
def bytecode_cache() -> Path:
    """One folder of compiled modules for every command the tests run: without it each
    subprocess compiles the whole program again (PYTHONDONTWRITEBYTECODE is often set)."""
    folder = shared_folder("crm-pycache-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def cli_env(folder: Path, **extra: str) -> dict[str, str]:
    """The environment of a command: its default data folder and home inside `folder`."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("DESKTOP_CRM_") and k != "PYTHONDONTWRITEBYTECODE"
    }
    env.update(
        DESKTOP_CRM_DATA_DIR=str(folder / "data"),
        HOME=str(folder / "home"),
        XDG_CONFIG_HOME=str(folder / "config"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPYCACHEPREFIX=str(bytecode_cache()),
    )
    env.update(extra)
    return env


def command(argv: list[str | bytes], *, unprivileged: bool = False) -> list[str | bytes]:
    """The full command line of `desktop-crm argv` (through this interpreter)."""
    prefix = unprivileged_prefix() if unprivileged else []
    return [*prefix, sys.executable, "-m", "desktop_crm", *argv]


def run_cli(
    argv: list[str | bytes],
    cwd: Path,
    *,
    unprivileged: bool = False,
    timeout: float = 90,
    **env: str,
) -> Ran:
    """Run `desktop-crm argv` in `cwd` and wait for it."""
    done = subprocess.run(
        command(argv, unprivileged=unprivileged),
        cwd=cwd,
        env=cli_env(cwd, **env),
        capture_output=True,
        timeout=timeout,
        check=False,
    )
    decode = lambda data: data.decode("utf-8", "backslashreplace")  # noqa: E731
    return Ran(done.returncode, decode(done.stdout), decode(done.stderr))


@dataclass(frozen=True)
class DemoFile:
    """What a SQLite file holds, read with sqlite3 alone (no migration, no app code)."""

    people: int
    customers: int
    visits: int
    assessments: int
    finished: str  # the DEMO_FINISHED setting ("" when missing)


def read_demo_file(path: Path) -> DemoFile:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        count = lambda table: con.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]  # noqa: E731
        row = con.execute("SELECT value FROM setting WHERE key = 'office.demo_finished'").fetchone()
        finished = json.loads(row[0]) if row else ""
        return DemoFile(
            count("user"), count("customer"), count("visit"), count("assessment"), finished
        )
    finally:
        con.close()
