"""No database is created by accident: `open_database` creates a SQLite file only when asked,
never makes folders on the way (but the default place's), and the window asks before it
creates a database anywhere else."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_crm.models.db import (
    DatabaseMissingError,
    NotADatabaseFileError,
    open_database,
)
from desktop_crm.services.context import default_target, is_default_place, open_context
from desktop_crm.ui import app


def test_a_missing_file_is_refused_unless_creating(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    with pytest.raises(DatabaseMissingError, match="no database at"):
        open_database(str(path))
    assert not path.exists()
    open_database(str(path), create=True).close()
    assert path.exists()
    open_database(str(path)).close()  # there now: opened without asking


def test_no_folder_is_made_on_the_way(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "crm.sqlite3"
    with pytest.raises(DatabaseMissingError, match="no folder"):
        open_database(str(path), create=True)
    with pytest.raises(DatabaseMissingError):
        open_context(f"sqlite:///{path}", create=True)
    assert not (tmp_path / "a").exists()


def test_only_the_default_place_gets_its_folder(tmp_path: Path) -> None:
    target = default_target()  # DESKTOP_CRM_DATA_DIR points into tmp_path (conftest)
    assert is_default_place(target) and not Path(target).parent.exists()
    with pytest.raises(DatabaseMissingError):
        open_context(target)  # not even the default place without `create`
    open_context(target, create=True).close()
    assert Path(target).is_file()
    assert not is_default_place(str(tmp_path / "elsewhere.sqlite3"))


@pytest.mark.parametrize(
    "content", [None, b"PK\x03\x04 a zip file", b"SQLite"], ids=["folder", "zip", "short"]
)
def test_what_is_no_database_file_is_named(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "crm.sqlite3"
    if content is None:
        path.mkdir()
    else:
        path.write_bytes(content)
    with pytest.raises(NotADatabaseFileError):
        open_database(str(path), create=True)
    assert path.is_dir() if content is None else path.read_bytes() == content


def test_an_empty_file_is_an_empty_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    open_database(str(path)).close()
    assert path.stat().st_size > 0


# ---------------------------------------------------------------- the window asks


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The questions the window asked (each answered No)."""
    questions: list[Path] = []
    monkeypatch.setattr(app, "ask_create_database", lambda path: questions.append(path) or False)
    return questions


def test_the_window_asks_before_creating_elsewhere(
    tmp_path: Path, asked: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = str(tmp_path / "new.sqlite3")
    assert app.may_create(target, demo=False) is None  # declined: the window does not open
    assert asked == [Path(target)] and not Path(target).exists()
    monkeypatch.setattr(app, "ask_create_database", lambda path: True)
    assert app.may_create(target, demo=False) is True


def test_the_window_creates_the_default_place_and_the_demo_without_asking(
    tmp_path: Path, asked: list[Path]
) -> None:
    assert app.may_create(default_target(), demo=False) is True
    assert app.may_create(str(tmp_path / "demo.sqlite3"), demo=True) is False  # the demo's own
    existing = tmp_path / "there.sqlite3"
    existing.touch()
    assert app.may_create(str(existing), demo=False) is False
    assert app.may_create("postgresql://crm@localhost/crm", demo=False) is False
    assert asked == []


def test_the_question_names_the_place(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []

    def answer(parent: object, title: str, text: str, *rest: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    assert app.ask_create_database(tmp_path / "new.sqlite3") is True
    assert str(tmp_path / "new.sqlite3") in shown[0] and "Create a new, empty database" in shown[0]


def test_the_window_opens_another_office_as_it_is_with_demo(tmp_path: Path) -> None:
    from desktop_crm.models.core import Customer

    target = str(tmp_path / "office.sqlite3")
    open_database(target, create=True)
    Customer.create(name="周一", company="南京鑫隆五金商行")
    ctx = app.open_for_window(target, demo=True, create=False)
    try:
        assert [c.name for c in Customer.select()] == ["周一"]  # never mixed with the demo
    finally:
        ctx.close()
