"""The program's window freezes what the start-up built once the search cache is warm (a
full garbage-collector pass no longer walks it), and a new session window thaws it first;
a test's window freezes nothing."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import pytest

from desktop_crm.services.context import AppContext
from desktop_crm.ui import main_window
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.runner import SyncRunner


@pytest.fixture(autouse=True)
def _thawed() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()


@pytest.mark.parametrize("program", [True, False], ids=["program", "test"])
def test_the_start_up_objects_are_frozen_after_the_search_cache_warms(
    qtbot: Any, sqlite_ctx: AppContext, program: bool
) -> None:
    window = MainWindow(
        UiContext(app=sqlite_ctx, runner=SyncRunner(), lang="en"), freeze_after_start=program
    )
    qtbot.addWidget(window)
    assert gc.get_freeze_count() == 0
    qtbot.wait(main_window.WARM_AFTER_MS + 300)  # the warming timer fires, then the freeze
    assert (gc.get_freeze_count() > 0) is program


def test_a_new_session_window_thaws_the_last_ones_objects(
    qtbot: Any, sqlite_ctx: AppContext
) -> None:
    from desktop_crm.ui.app import Session

    gc.freeze()
    assert gc.get_freeze_count() > 0
    session = Session(sqlite_ctx, "en", runner=SyncRunner)
    window = session.open_window()
    qtbot.addWidget(window)
    assert gc.get_freeze_count() == 0
