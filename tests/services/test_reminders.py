"""Reminders (issue 13, item 5): lunar birthdays worked by hand, lead days, who sees what,
done / snooze / dismiss, what is new since the centre was last seen. Both backends.

The office is in Asia/Shanghai (the default zone); the lead days are 3 unless a test sets
them. Dates of the Chinese calendar checked against a printed calendar: 2026 中秋 (八月十五) is
2026-09-25, 2027 春节 (正月初一) is 2027-02-06, so 2027's 除夕 is 2027-02-05: the 29th of
the last month of lunar year 2026, which has no 30th.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from visit_helpers import make_contact, make_customer

from desktop_crm.models.aftersale import ReminderSeen, ReminderState
from desktop_crm.models.core import Customer, Deal
from desktop_crm.models.visits import Visit
from desktop_crm.services.aftersale import reminders as r
from desktop_crm.services.aftersale.complaints import ComplaintDraft, save_complaint
from desktop_crm.services.common import lunar
from desktop_crm.services.common.errors import ValidationFailed
from desktop_crm.services.common.lunar import LunarDay
from desktop_crm.services.common.settings import (
    FIGURES_DORMANT_DAYS,
    REMINDER_LEAD_DAYS,
    write_setting,
)
from desktop_crm.services.context import AppContext
from desktop_crm.services.people import manage
from desktop_crm.services.people.roles import Role

D = dt.date


# ---------------------------------------------------------------- the lunar calendar by hand


def test_lunar_days_by_hand() -> None:
    assert lunar.solar_day(LunarDay(8, 15), 2026) == D(2026, 9, 25)  # 中秋
    assert lunar.solar_day(LunarDay(1, 1), 2027) == D(2027, 2, 6)  # 春节
    assert lunar.solar_day(LunarDay(1, 1), 2026) == D(2026, 2, 17)
    # 腊月三十 of lunar 2026: the month has 29 days, so 除夕 2027-02-05 (the 29th)
    assert lunar.solar_day(LunarDay(12, 30), 2026) == D(2027, 2, 5)
    assert lunar.solar_day(LunarDay(12, 29), 2026) == D(2027, 2, 5)
    # lunar 2023's last month had its 30th: 除夕 2024-02-09
    assert lunar.solar_day(LunarDay(12, 30), 2023) == D(2024, 2, 9)
    # 2025 has a leap sixth month (闰六月, from 2025-07-25): 闰六月初十 is 2025-08-03 …
    assert lunar.leap_month_of(2025) == 6 and lunar.leap_month_of(2026) is None
    assert lunar.solar_day(LunarDay(6, 10, leap=True), 2025) == D(2025, 8, 3)
    # … an ordinary 六月初十 stays in the ordinary month (2025-07-04) …
    assert lunar.solar_day(LunarDay(6, 10), 2025) == D(2025, 7, 4)
    # … and without the leap month (2026) the leap birthday falls in the ordinary month
    assert lunar.solar_day(LunarDay(6, 10, leap=True), 2026) == D(2026, 7, 23)
    assert lunar.solar_day(LunarDay(1, 1), 2100) is None  # outside the converted years


def test_lunar_days_are_read_and_named() -> None:
    cases = {
        "8-15": ("08-15", "八月十五"),
        "闰4-1": ("L04-01", "闰四月初一"),
        "L04-15": ("L04-15", "闰四月十五"),
        "腊月三十": ("12-30", "腊月三十"),
        "十一月廿九": ("11-29", "冬月廿九"),
        "正月初十": ("01-10", "正月初十"),
        "閏二月二十": ("L02-20", "闰二月二十"),
    }
    for typed, (stored, name) in cases.items():
        day = lunar.parse_lunar_day(typed)
        assert (day.text, day.chinese) == (stored, name), typed
    for bad in ("13-01", "02-31", "0-5", "八月三十一", "hello", ""):
        with pytest.raises(ValueError):
            lunar.parse_lunar_day(bad)


def test_the_stored_forms_of_a_day_by_hand() -> None:
    # 2027-02-05 is the 29th of a 29-day month: 30th-born celebrate too; no leap 12th month
    assert lunar.stored_forms_on(D(2027, 2, 5)) == {"12-29", "12-30", "L12-29", "L12-30"}
    # 2025-08-03 is in the leap sixth month: only leap-born
    assert lunar.stored_forms_on(D(2025, 8, 3)) == {"L06-10"}
    # 2025-07-04 in the ordinary sixth month of a year that has the leap one
    assert lunar.stored_forms_on(D(2025, 7, 4)) == {"06-10"}


BIRTHDAYS = st.builds(
    LunarDay, st.integers(1, 12), st.integers(1, 30), st.booleans()
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(BIRTHDAYS, st.integers(1901, 2098))
def test_a_lunar_birthday_lands_on_its_own_day(birthday: LunarDay, year: int) -> None:
    solar = lunar.solar_day(birthday, year)
    assert solar is not None
    back = lunar.lunar_of(solar)
    assert back is not None and lunar.lunar_year_of(solar) == year
    assert back.month == birthday.month
    assert back.leap == (birthday.leap and lunar.leap_month_of(year) == birthday.month)
    assert back.day == birthday.day or (birthday.day == 30 and back.day == 29)
    assert birthday.text in lunar.stored_forms_on(solar)  # the SQL finds it that day


@settings(max_examples=300, deadline=None)
@given(st.dates(D(1901, 3, 1), D(2098, 12, 31)))
def test_every_stored_form_of_a_day_falls_on_that_day(day: dt.date) -> None:
    year = lunar.lunar_year_of(day)
    assert year is not None
    forms = lunar.stored_forms_on(day)
    assert forms
    for form in forms:
        assert lunar.solar_day(lunar.parse_lunar_day(form), year) == day, form


# ---------------------------------------------------------------- the office


@pytest.fixture
def office(ctx: AppContext) -> SimpleNamespace:
    owner = ctx.user
    rep_a = manage.add_person(owner, "王建国", Role.REP, password="pw")
    rep_b = manage.add_person(owner, "李娜", Role.REP, password="pw")
    a = make_customer("甲方贸易", rep_a, birthday=D(1976, 12, 5), first_trade_on=D(2020, 12, 4))  # type: ignore[arg-type]
    b = make_customer("乙方机电", rep_b, lunar_birthday="08-15")  # type: ignore[arg-type]
    pool = make_customer("公海客户", None, birthday=D(1980, 12, 3))
    make_contact(a, "张采购")
    return SimpleNamespace(owner=owner, rep_a=rep_a, rep_b=rep_b, a=a, b=b, pool=pool)


def kinds(found: list[r.Reminder]) -> list[tuple[str, str, dt.date]]:
    return [(x.kind, x.customer_name, x.due_on) for x in found if x.kind != r.MONTHLY_CARD]


def test_birthdays_from_the_lead_days_before(office: SimpleNamespace) -> None:
    rep = office.rep_a
    birthdays = [x for x in r.reminders_for(rep, D(2026, 12, 1)) if x.kind == r.BIRTHDAY]
    assert birthdays == []  # 4 days before: not yet
    for day in (D(2026, 12, 2), D(2026, 12, 4), D(2026, 12, 5)):
        found = [x for x in r.reminders_for(rep, day) if x.kind == r.BIRTHDAY]
        assert [(x.customer_name, x.due_on) for x in found] == [("甲方贸易", D(2026, 12, 5))]
        assert found[0].fact("age") == "50" and found[0].fact("calendar") == "solar"
        assert found[0].key == f"birthday:c{office.a.id}:2026-12-05"
    assert [x for x in r.reminders_for(rep, D(2026, 12, 6)) if x.kind == r.BIRTHDAY] == []
    make_customer("未出生", rep, birthday=D(2027, 12, 5))  # a mistyped year: not yet born
    assert [
        x.customer_name for x in r.reminders_for(rep, D(2026, 12, 4)) if x.kind == r.BIRTHDAY
    ] == ["甲方贸易"]
    write_setting(REMINDER_LEAD_DAYS, 0)
    assert [x for x in r.reminders_for(rep, D(2026, 12, 2)) if x.kind == r.BIRTHDAY] == []


def test_anniversary_of_the_first_trade(office: SimpleNamespace) -> None:
    found = [x for x in r.reminders_for(office.rep_a, D(2026, 12, 3)) if x.kind == r.ANNIVERSARY]
    assert [(x.due_on, x.fact("years")) for x in found] == [(D(2026, 12, 4), "6")]


def test_a_leap_day_birthday_falls_on_the_28th(office: SimpleNamespace) -> None:
    make_customer("闰日客户", office.rep_a, birthday=D(1988, 2, 29))
    found = [x for x in r.reminders_for(office.rep_a, D(2027, 2, 27)) if x.kind == r.BIRTHDAY]
    assert [(x.customer_name, x.due_on) for x in found] == [("闰日客户", D(2027, 2, 28))]
    found = [x for x in r.reminders_for(office.rep_a, D(2028, 2, 27)) if x.kind == r.BIRTHDAY]
    assert [x.due_on for x in found] == [D(2028, 2, 29)]


def test_lunar_birthdays_on_their_solar_day(office: SimpleNamespace) -> None:
    found = [x for x in r.reminders_for(office.rep_b, D(2026, 9, 23)) if x.kind == r.BIRTHDAY]
    assert [(x.customer_name, x.due_on, x.fact("lunar")) for x in found] == [
        ("乙方机电", D(2026, 9, 25), "八月十五")
    ]
    assert found[0].key == f"birthday:c{office.b.id}:lunar:2026-09-25"
    # 腊月三十 in lunar 2026 falls on the 29th: 2027-02-05, shown from 02-02
    make_customer("除夕客户", office.rep_b, lunar_birthday="12-30")
    found = [x for x in r.reminders_for(office.rep_b, D(2027, 2, 2)) if x.kind == r.BIRTHDAY]
    assert [(x.customer_name, x.due_on) for x in found] == [("除夕客户", D(2027, 2, 5))]
    assert [x for x in r.reminders_for(office.rep_b, D(2027, 2, 1)) if x.kind == r.BIRTHDAY] == []


def test_each_person_sees_their_own(office: SimpleNamespace) -> None:
    day = D(2026, 12, 2)
    assert kinds(r.reminders_for(office.rep_a, day)) == [
        ("birthday", "甲方贸易", D(2026, 12, 5)),
        ("anniversary", "甲方贸易", D(2026, 12, 4)),
    ]
    assert kinds(r.reminders_for(office.rep_b, day)) == []  # not the pool's, not rep A's
    assert kinds(r.reminders_for(office.owner, day)) == [("birthday", "公海客户", D(2026, 12, 3))]
    # a complaint about rep A's customer, late: rep A and the office are reminded, B is not
    received = dt.datetime(2026, 12, 1, 1, 0)  # UTC; due 12 hours later
    save_complaint(office.owner, ComplaintDraft(office.a.id, "送货晚了", received), now=received)
    now = dt.datetime(2026, 12, 2, 2, 0)
    late = [(r.COMPLAINT_LATE, "甲方贸易", D(2026, 12, 1))]  # due 21:00 Shanghai time
    assert [
        k for k in kinds(r.reminders_for(office.rep_a, day, now=now)) if k[0] == r.COMPLAINT_LATE
    ] == late
    assert [
        k for k in kinds(r.reminders_for(office.owner, day, now=now)) if k[0] == r.COMPLAINT_LATE
    ] == late
    assert kinds(r.reminders_for(office.rep_b, day, now=now)) == []
    # four hours before the deadline it is due soon
    soon = dt.datetime(2026, 12, 1, 10, 0)
    assert [k[0] for k in kinds(r.reminders_for(office.rep_a, day, now=soon))][:1] == [
        r.COMPLAINT_DUE
    ]


def test_snooze_hides_until_its_day_and_dismiss_for_good(office: SimpleNamespace) -> None:
    rep, key = office.rep_a, f"birthday:c{office.a.id}:2026-12-05"
    today = D(2026, 12, 2)
    r.mark(rep, key, r.SNOOZED, D(2026, 12, 4), today=today)
    row = ReminderState.get(ReminderState.person == rep.id, ReminderState.key == key)
    assert (row.state, row.until) == ("snoozed", D(2026, 12, 4))
    keys = lambda day: [x.key for x in r.reminders_for(rep, day)]  # noqa: E731
    assert key not in keys(D(2026, 12, 2)) and key not in keys(D(2026, 12, 3))
    assert key in keys(D(2026, 12, 4))
    r.mark(rep, key, r.DISMISSED, today=today)
    assert key not in keys(D(2026, 12, 4)) and key not in keys(D(2026, 12, 5))
    settled = [x for x in r.reminders_for(rep, D(2026, 12, 4), settled=True) if x.key == key]
    assert [x.state for x in settled] == ["dismissed"]
    assert ReminderState.select().where(ReminderState.key == key).count() == 1
    # the mark is rep A's own: the owner's list and rows are untouched
    assert ReminderState.select().where(ReminderState.person == office.owner.id).count() == 0
    r.mark(rep, key, "", today=today)  # taken back
    assert key in keys(D(2026, 12, 4))
    r.mark(rep, key, r.DONE, today=today)
    assert key not in keys(D(2026, 12, 4))


def test_a_mark_that_makes_no_sense_is_refused(office: SimpleNamespace) -> None:
    today = D(2026, 12, 2)
    cases = [
        (("nothing:c1", r.DONE, None), "key"),
        (("birthday:c1:2026-12-05", "later", None), "state"),
        (("birthday:c1:2026-12-05", r.SNOOZED, None), "until"),
        (("birthday:c1:2026-12-05", r.SNOOZED, today), "until"),
        (("birthday:c1:2026-12-05", r.DONE, D(2026, 12, 9)), "until"),
        (("birthday:" + "x" * 200, r.DONE, None), "key"),
    ]
    for (key, state, until), field in cases:
        with pytest.raises(ValidationFailed) as refused:
            r.mark(office.rep_a, key, state, until, today=today)
        assert [e.field for e in refused.value.errors] == [field], (key, state, until)
    assert ReminderState.select().count() == 0


def test_new_since_the_centre_was_last_seen(office: SimpleNamespace) -> None:
    rep = office.rep_a
    assert all(x.new for x in r.reminders_for(rep, D(2026, 12, 2)))  # never seen: all new
    r.seen(rep, D(2026, 12, 2))
    assert [x.new for x in r.reminders_for(rep, D(2026, 12, 2))] == [False, False, False]
    # the app stays closed until 12-04: the birthday (since 12-02) and the anniversary
    # (since 12-01) are old; one appearing on 12-03 is new
    make_customer("新生日", rep, birthday=D(1990, 12, 6))
    news = {x.customer_name: x.new for x in r.reminders_for(rep, D(2026, 12, 4))}
    assert news == {"甲方贸易": False, "新生日": True, "": False}
    r.seen(rep, D(2026, 12, 1))  # never moves back
    assert r.seen_through(rep) == D(2026, 12, 2)
    assert ReminderSeen.select().where(ReminderSeen.person == rep.id).count() == 1


def test_the_monthly_card_once_a_month(office: SimpleNamespace) -> None:
    rep = office.rep_a
    cards = [x for x in r.reminders_for(rep, D(2026, 12, 2)) if x.kind == r.MONTHLY_CARD]
    assert [(x.key, x.due_on, x.fact("customers")) for x in cards] == [
        ("monthly_card:2026-12", D(2026, 12, 1), "1")
    ]
    r.mark(rep, "monthly_card:2026-12", r.DONE, today=D(2026, 12, 2))
    assert not [x for x in r.reminders_for(rep, D(2026, 12, 20)) if x.kind == r.MONTHLY_CARD]
    january = [x for x in r.reminders_for(rep, D(2027, 1, 1)) if x.kind == r.MONTHLY_CARD]
    assert [x.key for x in january] == ["monthly_card:2027-01"]
    listed = r.monthly_cards(rep, D(2026, 12, 1))
    assert [(c.name, c.contact, c.rep_name) for c in listed] == [("甲方贸易", "张采购", "王建国")]
    names = [c.name for c in r.monthly_cards(office.owner, D(2026, 12, 1))]
    assert names == ["公海客户"]  # the office: its own and the unowned


def test_dormant_follow_ups_and_missing_results(office: SimpleNamespace) -> None:
    rep, day = office.rep_a, D(2026, 12, 2)
    write_setting(FIGURES_DORMANT_DAYS, 90)
    old = dt.datetime(2026, 1, 1)
    quiet = make_customer("久未联系", rep, deal_on=D(2026, 8, 1))  # 123 days ago
    busy = make_customer("常联系", rep, deal_on=D(2026, 11, 20))
    Customer.update(created_at=old).where(Customer.id.in_([quiet.id, busy.id])).execute()
    Customer.update(created_at=old).where(Customer.id == office.a.id).execute()  # never: dormant
    found = [x for x in r.reminders_for(rep, day) if x.kind == r.DORMANT]
    # quiet since 08-01: dormant from 90 days later, 10-30; 甲方贸易 (no deal) from 2026-04-01
    assert [(x.customer_name, x.due_on) for x in found] == [
        ("甲方贸易", D(2026, 4, 1)),
        ("久未联系", D(2026, 10, 30)),
    ]
    assert found[1].key == f"dormant:c{quiet.id}:2026-10-30"
    assert Deal.select().count() == 2
    # a visit yesterday still planned (no result), and one done with its next action due
    Visit.create(customer=quiet.id, rep=rep.id, start=dt.datetime(2026, 12, 1, 9), matter="报价")
    Visit.create(
        customer=busy.id, rep=rep.id, start=dt.datetime(2026, 11, 25, 9), status="done",
        next_action="寄样品", next_action_on=D(2026, 12, 2),
    )  # fmt: skip
    Visit.create(
        customer=busy.id, rep=office.rep_b.id, start=dt.datetime(2026, 11, 25, 9),
        status="done", next_action="别人的", next_action_on=D(2026, 12, 1),
    )  # fmt: skip
    found = r.reminders_for(rep, day)
    assert [(x.kind, x.due_on, x.fact("action")) for x in found if x.kind == r.FOLLOW_UP] == [
        (r.FOLLOW_UP, D(2026, 12, 2), "寄样品")
    ]
    missing = [x for x in found if x.kind == r.RESULT_MISSING]
    assert [(x.customer_name, x.due_on, x.fact("matter")) for x in missing] == [
        ("久未联系", D(2026, 12, 1), "报价")
    ]
    # a visit planned after the one with the next action takes the follow-up on
    Visit.create(customer=busy.id, rep=rep.id, start=dt.datetime(2026, 12, 3, 9), matter="回访")
    assert not [x for x in r.reminders_for(rep, day) if x.kind == r.FOLLOW_UP]
    order = [x.kind for x in found]
    assert order.index(r.RESULT_MISSING) < order.index(r.FOLLOW_UP) < order.index(r.DORMANT)


def test_a_rep_on_their_own_login_role(ctx: AppContext) -> None:
    """PostgreSQL: the rep's own role (row security) lists, marks and sees their reminders."""
    import os

    from desktop_crm.services.people.signin import sign_in

    if not ctx.is_postgres or not os.environ.get("DESKTOP_CRM_TEST_PG"):
        pytest.skip("PostgreSQL only")
    ctx.target = os.environ["DESKTOP_CRM_TEST_PG"]
    owner = ctx.user
    manage.set_password(owner, owner.id, "boss-pass")
    rep = manage.add_person(owner, "王建国", Role.REP, password="a-pass")
    make_customer("甲方贸易", rep, birthday=D(1976, 12, 5))  # type: ignore[arg-type]
    write_setting(FIGURES_DORMANT_DAYS, 90)
    person = sign_in("王建国", "a-pass")
    ctx.use_connection_of(person, "a-pass")
    ctx.user = person
    found = r.reminders_for(person, D(2026, 12, 3))
    assert [x.customer_name for x in found if x.kind == r.BIRTHDAY] == ["甲方贸易"]
    r.mark(person, found[0].key, r.DONE, today=D(2026, 12, 3))
    r.seen(person, D(2026, 12, 3))
    assert all(x.key != found[0].key for x in r.reminders_for(person, D(2026, 12, 3)))
    assert r.monthly_cards(person, D(2026, 12, 1))[0].name == "甲方贸易"
    ctx.office_connection()
