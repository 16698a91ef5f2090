"""pytest-qt drives the reminder centre (issue 13, item 5): grouped by kind, Done / Snooze /
Dismiss clicked and checked in ReminderState, seen written, and the main window opening the
centre by itself after start-up when something is due."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_crm.models.aftersale import ReminderSeen, ReminderState
from desktop_crm.models.core import Customer
from desktop_crm.services.aftersale import reminders as r
from desktop_crm.services.context import AppContext
from desktop_crm.ui.aftersale.reminder_centre import ReminderCentre, should_open
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.runner import SyncRunner

TODAY = dt.date.today()


def _born(days_ahead: int, year: int) -> dt.date:
    day = TODAY + dt.timedelta(days=days_ahead)
    return day.replace(year=year) if not (day.month == 2 and day.day == 29) else dt.date(year, 3, 1)


@pytest.fixture
def office(sqlite_ctx: AppContext) -> dict[str, Any]:
    # unowned customers: the office's (the owner acts)
    a = Customer.create(name="甲方贸易", birthday=_born(1, 1976))
    b = Customer.create(name="乙方机电", first_trade_on=_born(2, 2020))
    return {"ctx": UiContext(app=sqlite_ctx, runner=SyncRunner(), lang="en"), "a": a, "b": b}


def _centre(qtbot: Any, ctx: UiContext) -> ReminderCentre:
    centre = ReminderCentre(ctx, None)
    qtbot.addWidget(centre)
    centre.show()
    qtbot.waitExposed(centre)
    return centre


def _groups(centre: ReminderCentre) -> list[str]:
    return [centre.tree.topLevelItem(n).text(0) for n in range(centre.tree.topLevelItemCount())]


def test_done_is_stored_and_the_row_goes(qtbot: Any, office: dict[str, Any]) -> None:
    ctx = office["ctx"]
    centre = _centre(qtbot, ctx)
    assert _groups(centre) == [
        "Birthdays (1)",
        "Anniversaries of the first trade (1)",
        "Monthly card (1)",
    ]
    key = f"birthday:c{office['a'].id}:{(TODAY + dt.timedelta(days=1)).isoformat()}"
    assert centre.select_key(key)
    assert "甲方贸易's birthday on" in centre.tree.currentItem().text(0)
    qtbot.mouseClick(centre.done_button, Qt.MouseButton.LeftButton)
    row = ReminderState.get(ReminderState.key == key)
    assert (row.person_id, row.state, row.until) == (ctx.app.user.id, "done", None)
    assert not centre.select_key(key)
    assert _groups(centre) == ["Anniversaries of the first trade (1)", "Monthly card (1)"]
    assert ReminderSeen.get(ReminderSeen.person == ctx.app.user.id).seen_through == TODAY
    reopened = _centre(qtbot, ctx)  # done stays done
    assert not reopened.select_key(key)


def test_snooze_a_week_and_dismiss(qtbot: Any, office: dict[str, Any]) -> None:
    ctx = office["ctx"]
    centre = _centre(qtbot, ctx)
    key = f"anniversary:c{office['b'].id}:{(TODAY + dt.timedelta(days=2)).isoformat()}"
    assert centre.select_key(key)
    qtbot.mouseClick(centre.snooze_week_button, Qt.MouseButton.LeftButton)
    row = ReminderState.get(ReminderState.key == key)
    assert (row.state, row.until) == ("snoozed", TODAY + dt.timedelta(days=7))
    assert not centre.select_key(key)
    assert centre.select_key(f"monthly_card:{TODAY:%Y-%m}")
    assert centre.print_button.isVisible() and centre.export_button.isVisible()
    qtbot.mouseClick(centre.dismiss_button, Qt.MouseButton.LeftButton)
    assert (
        ReminderState.get(ReminderState.key == f"monthly_card:{TODAY:%Y-%m}").state == "dismissed"
    )
    assert not centre.print_button.isVisible()
    assert centre.done_button.isEnabled() is False  # nothing selected any more


def test_the_window_opens_the_centre_when_something_is_due(
    qtbot: Any, office: dict[str, Any]
) -> None:
    window = MainWindow(office["ctx"])
    qtbot.addWidget(window)
    window.show()
    assert window.reminders.action.shortcut().toString() == "Ctrl+Shift+R"
    assert window.file_menu.actions()[0] is window.reminders.action
    qtbot.waitUntil(lambda: window.reminders.centre is not None, timeout=5000)
    centre = window.reminders.centre
    assert centre is not None and centre.isVisible()
    assert "Birthdays (1)" in _groups(centre)
    centre.close()


def test_when_the_centre_opens_itself() -> None:
    later = r.Reminder("birthday:c1:x", r.BIRTHDAY, TODAY + dt.timedelta(days=2))
    assert not should_open([later], TODAY)  # ahead, seen before
    assert should_open([later.__class__(**{**later.__dict__, "new": True})], TODAY)
    assert should_open([r.Reminder("follow_up:v1:x", r.FOLLOW_UP, TODAY)], TODAY)


def test_the_tray_is_told_once_and_again_after_midnight(
    qtbot: Any, office: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(office["ctx"])
    qtbot.addWidget(window)
    watch = window.reminders
    told: list[list[str]] = []
    monkeypatch.setattr(watch, "notify", lambda fresh: told.append([x.key for x in fresh]))
    watch.check()  # the 30-minute check: today's due ones (the monthly card) are told
    assert told == [[f"monthly_card:{TODAY:%Y-%m}"]]
    watch.check()
    assert len(told) == 1  # not told twice
    watch.checked_day = TODAY - dt.timedelta(days=1)  # as if the last check was yesterday
    watch.check()
    assert len(told) == 2
