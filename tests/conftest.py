"""Shared fixtures: a fresh database on SQLite (always) and PostgreSQL (when switched on).

Set DESKTOP_CRM_TEST_PG to a postgresql:// URL of a database the tests may wipe to run every
`db`-using test on PostgreSQL too; `.ci/run` does.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import peewee as pw
import pytest

from desktop_crm.models.db import database_proxy, open_database
from desktop_crm.services.context import AppContext
from desktop_crm.services.people.users import ensure_owner

# Parsed fonts and reading tables for the whole run in a folder of its own, not the user's
# cache (built once per run; the cache tests point it elsewhere).
_CACHE = tempfile.mkdtemp(prefix="crm-test-cache-")
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)
os.environ["DESKTOP_CRM_CACHE_DIR"] = _CACHE

PG_URL = os.environ.get("DESKTOP_CRM_TEST_PG", "")
BACKENDS = ["sqlite"] + (["postgres"] if PG_URL else [])


def _wipe_postgres(url: str, *, group_roles: bool = False) -> None:
    """An empty public schema, and none of the person roles an earlier test made: roles are
    cluster-wide, so they outlive the schema (models/row_security.py names them after the
    database, so two test databases on one server never share one)."""
    from playhouse.db_url import connect

    from desktop_crm.models.row_security import database_prefix, drop_person_roles

    database = connect(url)
    database.connect()
    database.execute_sql("DROP SCHEMA public CASCADE")
    database.execute_sql("CREATE SCHEMA public")
    drop_person_roles(database, database_prefix(database), groups=group_roles)
    database.close()


@pytest.fixture(scope="session", autouse=True)
def _drop_test_roles() -> Iterator[None]:
    """At the end of the run, the test database's login and group roles go (PostgreSQL)."""
    yield
    if PG_URL:
        _wipe_postgres(PG_URL, group_roles=True)


def open_test_database(backend: str, tmp_path: Path) -> tuple[pw.Database, str]:
    if backend == "postgres":
        _wipe_postgres(PG_URL)
        return open_database(PG_URL), PG_URL
    target = str(tmp_path / "crm.sqlite3")
    return open_database(target, create=True), target


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db(backend: str, tmp_path: Path) -> Iterator[pw.Database]:
    """A fresh, migrated database bound to the proxy, on each backend."""
    database, _target = open_test_database(backend, tmp_path)
    yield database
    if not database.is_closed():
        database.close()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[pw.Database]:
    """SQLite only (for tests that need no second backend, e.g. UI tests)."""
    database, _ = open_test_database("sqlite", tmp_path)
    yield database
    database.close()


@pytest.fixture
def ctx(db: pw.Database, tmp_path: Path) -> AppContext:
    return AppContext(database=db, target=str(db.database), user=ensure_owner("店主"))


@pytest.fixture
def sqlite_ctx(sqlite_db: pw.Database) -> AppContext:
    return AppContext(database=sqlite_db, target=str(sqlite_db.database), user=ensure_owner("店主"))


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """QSettings and the default data folder point into the test's temp dir."""
    monkeypatch.setenv("DESKTOP_CRM_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("DESKTOP_CRM_CONFIG_DIR", str(tmp_path / "config" / "desktop-crm"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    # Qt keeps the settings folder it found first for the whole process: told each test's.
    from PySide6.QtCore import QSettings

    for form in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(form, QSettings.Scope.UserScope, str(tmp_path / "config"))


_ = database_proxy


# ---------------------------------------------------------------- tests never hang


class UnansweredDialog(AssertionError):
    """A test (or its teardown) opened a modal dialog nobody answered."""


@pytest.fixture(autouse=True)
def _no_unanswered_dialogs(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    """Fail, instead of hanging, when code under test opens a modal dialog the test did not
    answer: `QDialog.exec`, `QMessageBox.exec` and the static QMessageBox questions are
    replaced for the whole test, teardown included; a test that expects a dialog patches the
    small `ask_*` function or the dialog's own `exec` (PITFALLS 8), which wins over this.

    The dialog is answered "Cancel"/rejected so teardown can finish; the test then fails.
    """
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

    opened: list[str] = []

    def record(what: str, answer: object):
        def refuse(*args: object, **kwargs: object) -> object:
            title = next((a for a in args if isinstance(a, str)), "")
            if args and isinstance(args[0], QDialog):
                title = args[0].windowTitle()
            opened.append(f"{what}: {title!r}")
            return answer

        return refuse

    cancel = QMessageBox.StandardButton.Cancel
    for name in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record(f"QMessageBox.{name}", cancel)))
    monkeypatch.setattr(QMessageBox, "exec", record("QMessageBox.exec", int(cancel.value)))
    monkeypatch.setattr(QDialog, "exec", record("QDialog.exec", 0))
    for name in ("getSaveFileName", "getOpenFileName", "getExistingDirectory"):
        monkeypatch.setattr(
            QFileDialog, name, staticmethod(record(f"QFileDialog.{name}", ("", "")))
        )
    for name in ("getText", "getItem", "getInt", "getDouble"):
        monkeypatch.setattr(
            QInputDialog, name, staticmethod(record(f"QInputDialog.{name}", ("", False)))
        )
    yield
    if opened:
        raise UnansweredDialog("modal dialog(s) opened and not answered: " + "; ".join(opened))
