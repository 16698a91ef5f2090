"""The window as a rep sees it (issue 10): the customer list holds their own customers and
the shared pool, the planner and the pickers offer only themself, and the form cannot open
another rep's customer. The services decide; the widgets only follow."""

from __future__ import annotations

from typing import Any

from customers_support import add_customer, make_room

from desktop_crm.services.context import AppContext
from desktop_crm.services.people import manage
from desktop_crm.services.people.roles import Role
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.customers.pool_dialogs import POOL
from desktop_crm.ui.planner.room import PlannerRoom
from desktop_crm.ui.runner import SyncRunner


def _office(app_ctx: AppContext) -> tuple[Any, Any, dict[str, int]]:
    owner = app_ctx.user
    rep_a = manage.add_person(owner, "王建国", Role.REP, password="pw")
    rep_b = manage.add_person(owner, "李娜", Role.REP, password="pw")
    ids = {
        "mine": add_customer(app_ctx, "甲方贸易", owner_rep_id=rep_a.id),
        "theirs": add_customer(app_ctx, "乙方实业", owner_rep_id=rep_b.id),
        "pool": add_customer(app_ctx, "公海客户"),
    }
    return rep_a, rep_b, ids


def _names(room: Any) -> list[str]:
    model = room.list_panel.model
    return sorted(str(model.index(row, 0).data()) for row in range(model.rowCount()))


def test_a_reps_customer_list_holds_their_own_and_the_pool(
    qtbot: Any, sqlite_ctx: AppContext
) -> None:
    rep_a, _rep_b, _ids = _office(sqlite_ctx)
    sqlite_ctx.user = rep_a
    room = make_room(qtbot, sqlite_ctx)
    assert _names(room) == sorted(["甲方贸易", "公海客户"])
    combo = room.list_panel.rep_combo
    offered = {combo.itemData(i) for i in range(combo.count())} - {None}
    # themself and the shared pool, besides "All reps" (their own and the pool)
    assert offered == {rep_a.id, POOL}
    combo.setCurrentIndex(combo.findData(POOL))
    assert _names(room) == ["公海客户"]


def test_a_reps_planner_offers_only_their_own_week(qtbot: Any, sqlite_ctx: AppContext) -> None:
    rep_a, _rep_b, _ids = _office(sqlite_ctx)
    sqlite_ctx.user = rep_a
    room = PlannerRoom(UiContext(app=sqlite_ctx, runner=SyncRunner(), lang="en"), None)
    qtbot.addWidget(room)
    combo = room.rep_combo
    assert [combo.itemData(i) for i in range(combo.count())] == [rep_a.id]
    assert room.rep_id() == rep_a.id


def test_a_reps_new_customer_is_theirs_not_the_pools(qtbot: Any, sqlite_ctx: AppContext) -> None:
    from customers_support import type_text

    from desktop_crm.models.core import Customer

    rep_a, _rep_b, _ids = _office(sqlite_ctx)
    sqlite_ctx.user = rep_a
    room = make_room(qtbot, sqlite_ctx)
    room.new_action.trigger()
    assert room.form.pages.rep_combo.currentData() == rep_a.id
    type_text(room.form.editors["name"].editor, "新客户")
    room.save_action.trigger()
    assert Customer.get(Customer.name == "新客户").owner_rep_id == rep_a.id
