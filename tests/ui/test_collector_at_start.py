"""The cyclic garbage collector is off while the window starts and a PDF command runs
(issue 14, item 9: ~85 passes that free a few hundred objects), and back on afterwards, for
the window once its first room is shown, for a command or a caller of run_gui on the way out."""

from __future__ import annotations

import argparse
import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_crm.cli import main
from desktop_crm.services.context import AppContext
from desktop_crm.ui import app as gui
from desktop_crm.ui import main_window, sign_in_dialog
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.runner import SyncRunner


@pytest.fixture(autouse=True)
def _collector_back_on() -> Iterator[None]:
    yield
    gc.enable()
    gc.unfreeze()


def test_the_window_turns_the_collector_back_on_after_its_start(
    qtbot: Any, sqlite_ctx: AppContext
) -> None:
    gc.disable()  # as run_gui leaves it
    window = MainWindow(
        UiContext(app=sqlite_ctx, runner=SyncRunner(), lang="en"), freeze_after_start=True
    )
    qtbot.addWidget(window)
    window.show()
    assert not gc.isenabled()
    qtbot.waitUntil(gc.isenabled, timeout=main_window.WARM_AFTER_MS + 2000)


def test_a_test_window_leaves_the_collector_alone(qtbot: Any, sqlite_ctx: AppContext) -> None:
    gc.disable()
    window = MainWindow(UiContext(app=sqlite_ctx, runner=SyncRunner(), lang="en"))
    qtbot.addWidget(window)
    qtbot.wait(main_window.WARM_AFTER_MS + 200)
    assert not gc.isenabled()


def test_run_gui_gives_the_collector_back_on_every_way_out(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_crm.services.context import open_context
    from desktop_crm.services.people.signin import first_run_setup

    target = str(tmp_path / "office.sqlite3")
    ctx = open_context(target, create=True)
    first_run_setup("金星门窗", "广东省", "佛山市", "王老板", "boss-pass", "en")
    ctx.close()
    seen: list[bool] = []

    def cancelled(*_args: object, **_keywords: object) -> None:
        seen.append(gc.isenabled())
        return None

    monkeypatch.setattr(sign_in_dialog, "ask_sign_in", cancelled)
    assert gui.run_gui(argparse.Namespace(lang="en", demo=False, database=target), target) == 1
    assert seen == [False]  # off while starting
    assert gc.isenabled()  # and on again for whoever goes on


def test_a_pdf_command_runs_without_the_collector_and_gives_it_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_crm.reports import registry

    seen: list[bool] = []
    real = registry.Report.pdf

    def spying(self: Any, *args: Any, **keywords: Any) -> bytes:
        seen.append(gc.isenabled())
        return real(self, *args, **keywords)

    monkeypatch.setattr(registry.Report, "pdf", spying)
    from desktop_crm.demo import make_demo_office

    database = tmp_path / "demo.sqlite3"
    make_demo_office(str(database))
    monkeypatch.setenv("DESKTOP_CRM_USER", "张总")
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "demo")
    argv = ["visit-sheet", "--database", str(database), "--rep", "王建国", "--date", "2026-12-03"]
    assert main([*argv, "-o", str(tmp_path / "sheet.pdf")]) == 0
    assert seen == [False] and gc.isenabled()
    assert main(["user", "list", "--database", str(database)]) == 0  # other commands: on
    capsys.readouterr()
    assert gc.isenabled()
