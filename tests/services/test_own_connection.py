"""On PostgreSQL a signed-in rep works through their own login role (issue 10, item 5): the
context's connection switches at sign-in, so even a query no service filtered returns only
their rows; switching back to the owner reopens the office's admin connection."""

from __future__ import annotations

import os

import pytest

from desktop_crm.models.core import Customer
from desktop_crm.services.context import AppContext
from desktop_crm.services.customers.drafts import CustomerFilter
from desktop_crm.services.customers.queries import find_customers
from desktop_crm.services.people import manage
from desktop_crm.services.people.roles import Role
from desktop_crm.services.people.signin import SignInRefused, sign_in


def test_a_reps_session_runs_on_their_own_login_role(ctx: AppContext) -> None:
    if not ctx.is_postgres or not os.environ.get("DESKTOP_CRM_TEST_PG"):
        pytest.skip("PostgreSQL only")
    ctx.target = os.environ["DESKTOP_CRM_TEST_PG"]  # the fixture names only the database
    owner = ctx.user
    manage.set_password(owner, owner.id, "boss-pass")
    rep_a = manage.add_person(owner, "王建国", Role.REP, password="a-pass")
    rep_b = manage.add_person(owner, "李娜", Role.REP, password="b-pass")
    Customer.create(name="甲方", owner_rep=rep_a.id)
    Customer.create(name="乙方", owner_rep=rep_b.id)
    Customer.create(name="公海")
    person = sign_in("王建国", "a-pass")
    ctx.use_connection_of(person, "a-pass")
    ctx.user = person
    assert sorted(c.name for c in Customer.select()) == ["公海", "甲方"]  # no service filter
    assert {r.name for r in find_customers(person, CustomerFilter())} == {"公海", "甲方"}
    ctx.office_connection()  # a sign-in, as switching user does
    rep_b_again = sign_in("李娜", "b-pass")
    with pytest.raises(SignInRefused):  # the server checks the password too
        ctx.use_connection_of(rep_b_again, "not-b-pass")
    ctx.use_connection_of(rep_b_again, "b-pass")
    assert sorted(c.name for c in Customer.select()) == ["乙方", "公海"]
    ctx.office_connection()
    boss = sign_in(owner.name, "boss-pass")
    ctx.use_connection_of(boss, "boss-pass")
    ctx.user = boss
    assert sorted(c.name for c in Customer.select()) == ["乙方", "公海", "甲方"]
