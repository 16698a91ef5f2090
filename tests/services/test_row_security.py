"""On PostgreSQL the database enforces the permissions too (issue 10, item 5): a rep who
connects with their own role and password, with psql or any client, reads and changes only
their own customers and the shared pool. Needs a real server (DESKTOP_CRM_TEST_PG); the roles
the tests make are dropped again (tests/conftest.py), since roles are cluster-wide."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import peewee as pw
import psycopg
import pytest
from conftest import PG_URL, open_test_database

from desktop_crm.models import row_security
from desktop_crm.models.core import Customer, User
from desktop_crm.models.db import database_proxy
from desktop_crm.models.visits import CustomerGeo
from desktop_crm.services.analysis.assessments import Answer, AssessmentDraft, save_assessment
from desktop_crm.services.analysis.personality import rate_personality
from desktop_crm.services.common.errors import PermissionDenied, ValidationFailed
from desktop_crm.services.customers.drafts import (
    ContactDraft,
    CustomerDraft,
    CustomerFilter,
    DealDraft,
)
from desktop_crm.services.customers.queries import find_customers
from desktop_crm.services.customers.writes import save_customer
from desktop_crm.services.people import db_roles
from desktop_crm.services.people import manage as people
from desktop_crm.services.people.roles import Role
from desktop_crm.services.people.users import ensure_owner
from desktop_crm.services.visits.drafts import VisitDraft
from desktop_crm.services.visits.writes import plan_visit

PASSWORDS = {"clerk": "内勤'; DROP ROLE x; --", "rep1": "王%s密码$$\\", "rep2": "rep2-pass"}


def _dsn(role: str, password: str) -> str:
    info = psycopg.conninfo.conninfo_to_dict(PG_URL)
    info.update(user=role, password=password)
    return psycopg.conninfo.make_conninfo(**info)


def _connect(role: str, password: str) -> psycopg.Connection:
    return psycopg.connect(_dsn(role, password), autocommit=True)


def _customer(actor: object, name: str, owner: int | None) -> int:
    draft = CustomerDraft(
        {"name": name, "company": f"{name}贸易"},
        owner_rep_id=owner,
        contacts=[ContactDraft(name=f"{name}的采购")],
        deals=[DealDraft(date="2026-10-01", amount="1200.00")],
    )
    return int(save_customer(actor, draft).id)  # type: ignore[arg-type]


@pytest.fixture
def office(tmp_path: Path) -> Iterator[SimpleNamespace]:
    """Built through the services as the admin connection: an owner, a clerk, two reps;
    customers of each rep and in the pool, with contacts, deals, visits, an assessment."""
    if not PG_URL:
        pytest.skip("needs DESKTOP_CRM_TEST_PG")
    database, _ = open_test_database("postgres", tmp_path)
    owner = ensure_owner("店主")
    clerk = people.add_person(owner, "刘内勤", Role.CLERK, password=PASSWORDS["clerk"])
    rep1 = people.add_person(owner, "王建国", Role.REP, password=PASSWORDS["rep1"])
    rep2 = people.add_person(owner, "李晓梅", Role.REP, password=PASSWORDS["rep2"])
    mine = [_customer(owner, n, rep1.id) for n in ("张三", "张四")]
    theirs = [_customer(owner, n, rep2.id) for n in ("李五", "李六")]
    pool = [_customer(owner, "公海客户", None)]
    start = dt.datetime(2026, 12, 7, 9, 0)
    for cid, rep in ((mine[0], rep1), (theirs[0], rep2), (pool[0], rep2)):
        plan_visit(owner, VisitDraft(customer_id=cid, rep_id=rep.id, start=start))
    for cid in (mine[0], theirs[0]):
        answers = {"intent.1": Answer(4), "intent.2": Answer(2)}
        save_assessment(owner, AssessmentDraft(cid, dt.date(2026, 11, 2), intent=answers))
        rate_personality(owner, cid, 2, 3, dt.date(2026, 11, 2))
        CustomerGeo.create(customer=cid, latitude=31.2, longitude=121.4)
    prefix = row_security.database_prefix(database)
    roles = {p.name: str(User.get_by_id(p.id).db_role) for p in (owner, clerk, rep1, rep2)}
    yield SimpleNamespace(
        database=database,
        owner=owner,
        clerk=clerk,
        rep1=rep1,
        rep2=rep2,
        mine=mine,
        theirs=theirs,
        pool=pool,
        prefix=prefix,
        roles=roles,
    )
    database_proxy.initialize(database)
    if not database.is_closed():
        database.close()


def _ids(con: psycopg.Connection, table: str, column: str = "customer_id") -> set[int]:
    return {int(r[0]) for r in con.execute(f'SELECT {column} FROM "{table}"').fetchall()}


def test_each_person_has_their_own_role_in_their_group(office: SimpleNamespace) -> None:
    rep1 = office.roles["王建国"]
    assert rep1 == f"{office.prefix}_u{office.rep1.id}"
    assert db_roles.login_role_of(office.rep1.id) == rep1
    assert db_roles.login_role_of(office.owner.id) is None
    assert db_roles.database_logins(office.rep2)[office.clerk.id] == office.roles["刘内勤"]
    assert office.roles["店主"] == ""  # the first owner has no password yet: no role
    with _connect(rep1, PASSWORDS["rep1"]) as con:
        assert con.execute("SELECT current_user").fetchone() == (rep1,)
        groups = con.execute(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "WHERE m.member = (SELECT oid FROM pg_roles WHERE rolname = current_user)"
        ).fetchall()
        assert groups == [(f"{office.prefix}_rep",)]
        assert con.execute("SELECT crm_acting_user_id()").fetchone() == (office.rep1.id,)
    # the passwords (a quote, %s, $$ and a backslash in them) reached the server only as
    # SCRAM verifiers
    stored = office.database.execute_sql(
        "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (rep1,)
    ).fetchone()[0]
    assert stored.startswith("SCRAM-SHA-256$") and PASSWORDS["rep1"] not in stored
    with _connect(office.roles["刘内勤"], PASSWORDS["clerk"]) as con:
        assert con.execute("SELECT crm_acting_user_id()").fetchone() == (office.clerk.id,)


def test_a_rep_reads_only_their_own_and_the_pools_rows(office: SimpleNamespace) -> None:
    visible = set(office.mine) | set(office.pool)
    with _connect(office.roles["王建国"], PASSWORDS["rep1"]) as con:
        assert _ids(con, "customer", "id") == visible
        for table in ("contact", "deal", "customer_search"):
            assert _ids(con, table) == visible, table
        assert _ids(con, "visit") == {office.mine[0], office.pool[0]}
        for table in ("assessment", "personality_rating", "customer_geo"):
            assert _ids(con, table) == {office.mine[0]}, table
        answers = con.execute(
            "SELECT DISTINCT a.customer_id FROM assessment_answer x "
            "JOIN assessment a ON a.id = x.assessment_id"
        ).fetchall()
        assert answers == [(office.mine[0],)]
        assert con.execute("SELECT count(*) FROM assessment_answer").fetchone() == (2,)
        # the audit log: entries of the customers they see, none of the owner's own
        logged = con.execute(
            "SELECT customer_id, person_id FROM audit_entry ORDER BY id"
        ).fetchall()
        assert {c for c, _ in logged if c is not None} == visible
        assert all(p == office.rep1.id for c, p in logged if c is None)
        # people, settings and questionnaires are readable by everyone
        assert con.execute('SELECT count(*) FROM "user"').fetchone() == (4,)
        assert con.execute("SELECT count(*) FROM questionnaire_template").fetchone()[0] >= 1
        con.execute("SELECT count(*) FROM setting")


def test_a_rep_cannot_touch_another_reps_customer(office: SimpleNamespace) -> None:
    other = office.theirs[0]
    with _connect(office.roles["王建国"], PASSWORDS["rep1"]) as con:
        changed = con.execute("UPDATE customer SET name = 'x' WHERE id = %s", (other,))
        assert changed.rowcount == 0
        assert (
            con.execute("UPDATE deal SET notes = 'x' WHERE customer_id = %s", (other,)).rowcount
            == 0
        )
        assert con.execute("DELETE FROM contact WHERE customer_id = %s", (other,)).rowcount == 0
        assert con.execute("DELETE FROM visit WHERE customer_id = %s", (other,)).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # no purge for a rep
            con.execute("DELETE FROM customer WHERE id = %s", (office.mine[1],))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # moving it to rep 2
            con.execute(
                "UPDATE customer SET owner_rep_id = %s WHERE id = %s",
                (office.rep2.id, office.mine[1]),
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # a visit on rep 2's
            con.execute(
                "INSERT INTO visit (created_at, updated_at, version, customer_id, rep_id, start,"
                " duration_minutes, method, matter, reason, purpose, action_plan,"
                " expected_result, status, actual_result, purpose_met, next_action)"
                " VALUES (now(), now(), 1, %s, %s, now(), 60, 'face', '', '', '', '', '',"
                " 'planned', '', '', '')",
                (other, office.rep1.id),
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # a customer for rep 2
            con.execute(
                "INSERT INTO customer (name, owner_rep_id) SELECT 'x', %s", (office.rep2.id,)
            )
        for statement in ("UPDATE audit_entry SET note = 'x'", "DELETE FROM audit_entry"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):  # the log stays
                con.execute(statement)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # no entry as the owner
            con.execute(
                "INSERT INTO audit_entry (at, person_id, person_name, action, entity, changes,"
                " note) VALUES (now(), %s, '店主', 'purge', 'customer', '[]', '')",
                (office.owner.id,),
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # only the owner: people
            con.execute("UPDATE \"user\" SET role = 'owner' WHERE id = %s", (office.rep1.id,))
        # their own customer and the pool they may change, and claim from the pool
        assert (
            con.execute(
                "UPDATE customer SET company = 'ok' WHERE id = %s", (office.mine[1],)
            ).rowcount
            == 1
        )
        claimed = con.execute(
            "UPDATE customer SET owner_rep_id = %s WHERE id = %s", (office.rep1.id, office.pool[0])
        )
        assert claimed.rowcount == 1
    assert Customer.get_by_id(other).name == "李五"


def test_the_clerk_sees_everything_and_the_owner_group_too(office: SimpleNamespace) -> None:
    everyone = set(office.mine) | set(office.theirs) | set(office.pool)
    with _connect(office.roles["刘内勤"], PASSWORDS["clerk"]) as con:
        assert _ids(con, "customer", "id") == everyone
        assert _ids(con, "visit") == {office.mine[0], office.theirs[0], office.pool[0]}
        assert con.execute("UPDATE deal SET notes = 'seen'").rowcount == len(everyone)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # no purge for the clerk
            con.execute("DELETE FROM customer WHERE id = %s", (office.theirs[1],))
    people.set_password(office.owner, office.owner.id, "老板的密码")
    owner_role = str(User.get_by_id(office.owner.id).db_role)
    with _connect(owner_role, "老板的密码") as con:
        assert _ids(con, "customer", "id") == everyone


def test_deactivated_rep_and_a_changed_password_lock_the_old_way_out(
    office: SimpleNamespace,
) -> None:
    rep1, rep2 = office.roles["王建国"], office.roles["李晓梅"]
    still_open = _connect(rep2, PASSWORDS["rep2"])
    people.set_password(office.owner, office.rep1.id, "新密码")
    with pytest.raises(psycopg.OperationalError):
        _connect(rep1, PASSWORDS["rep1"])
    _connect(rep1, "新密码").close()
    people.deactivate_person(office.owner, office.rep2.id, hand_over_to=office.rep1.id)
    with pytest.raises(psycopg.OperationalError):
        _connect(rep2, PASSWORDS["rep2"])
    # a session opened before sees nothing any more (the acting person is gone)
    assert still_open.execute("SELECT count(*) FROM customer").fetchone() == (0,)
    still_open.close()


def test_changing_role_moves_the_login_role_between_groups(office: SimpleNamespace) -> None:
    people.change_role(office.owner, office.rep1.id, Role.CLERK)
    with _connect(office.roles["王建国"], PASSWORDS["rep1"]) as con:
        assert len(_ids(con, "customer", "id")) == 5
    people.change_role(office.owner, office.rep1.id, Role.REP)
    with _connect(office.roles["王建国"], PASSWORDS["rep1"]) as con:
        assert _ids(con, "customer", "id") == set(office.mine) | set(office.pool)


def test_a_refused_people_change_leaves_no_role_behind(office: SimpleNamespace) -> None:
    with pytest.raises(PermissionDenied):
        people.add_person(office.rep1, "越权", Role.REP, password="x")
    before = {r[0] for r in office.database.execute_sql("SELECT rolname FROM pg_roles")}
    with pytest.raises(pw.IntegrityError):  # the row fails after the role: both roll back
        with office.database.atomic():
            added = people.add_person(office.owner, "赵七", Role.REP, password="p")
            User.create(name="赵七x", id=added.id)
    after = {r[0] for r in office.database.execute_sql("SELECT rolname FROM pg_roles")}
    assert after == before
    assert not User.select().where(User.name == "赵七").exists()
    # the owner signed in as their own role may not create roles: refused, nothing stored
    people.set_password(office.owner, office.owner.id, "老板")
    own = db_roles.connect_as(PG_URL, str(User.get_by_id(office.owner.id).db_role), "老板")
    try:
        with pytest.raises(PermissionDenied, match="CREATEROLE"):
            people.add_person(office.owner, "孙八", Role.REP, password="p")
        assert not User.select().where(User.name == "孙八").exists()
    finally:
        own.close()
        database_proxy.initialize(office.database)


def test_connect_as_gives_the_services_a_reps_view(office: SimpleNamespace) -> None:
    database = db_roles.connect_as(PG_URL, office.roles["王建国"], PASSWORDS["rep1"])
    try:
        # no filter at all: the server hands out only the rep's and the pool's customers
        assert {c.id for c in Customer.select()} == set(office.mine) | set(office.pool)
        everyone = find_customers(office.owner, CustomerFilter())  # even asked as the owner
        assert {c.id for c in everyone} == set(office.mine) | set(office.pool)
        # a rep's everyday work passes the grants: a new customer with contacts and deals
        # (search row, tier counter), a visit, an assessment with answers, a rating
        new = _customer(office.rep1, "新客户", office.rep1.id)
        start = dt.datetime(2026, 12, 8, 10, 0)
        plan_visit(office.rep1, VisitDraft(customer_id=new, rep_id=office.rep1.id, start=start))
        answers = {"intent.1": Answer(5)}
        save_assessment(office.rep1, AssessmentDraft(new, dt.date(2026, 12, 1), intent=answers))
        rate_personality(office.rep1, new, 1, 4, dt.date(2026, 12, 1))
        assert new in {c.id for c in find_customers(office.rep1, CustomerFilter(text="新客户"))}
    finally:
        database.close()
        database_proxy.initialize(office.database)
    assert Customer.get_by_id(new).owner_rep_id == office.rep1.id
    with pytest.raises(pw.OperationalError):
        db_roles.connect_as(PG_URL, office.roles["王建国"], "wrong")


def test_a_rep_claims_and_releases_on_their_own_connection(office: SimpleNamespace) -> None:
    """The shared pool on a rep's own role: a claim (customer, planned visit, idle clock,
    audit entry) and a release pass the grants; another rep's customer stays out of reach."""
    from desktop_crm.models.pool import OwnerSince
    from desktop_crm.services.customers import pool as shared_pool

    database = db_roles.connect_as(PG_URL, office.roles["王建国"], PASSWORDS["rep1"])
    try:
        now = dt.datetime(2026, 12, 1, 8, 0)
        claimed = shared_pool.claim_customer(office.rep1, office.pool[0], now)
        assert (claimed.customers, claimed.visits) == (1, 1)
        assert shared_pool.release_to_pool(office.rep1, [office.mine[1]]).customers == 1
        with pytest.raises(ValidationFailed):  # the server hides it: "not found"
            shared_pool.release_to_pool(office.rep1, [office.theirs[0]])
        assert {r.customer_id for r in OwnerSince.select()} == {office.pool[0]}
    finally:
        database.close()
        database_proxy.initialize(office.database)
    assert Customer.get_by_id(office.pool[0]).owner_rep_id == office.rep1.id
    assert Customer.get_by_id(office.mine[1]).owner_rep_id is None
    assert Customer.get_by_id(office.theirs[0]).owner_rep_id == office.rep2.id


def test_a_rep_merges_and_unmerges_on_their_own_connection(office: SimpleNamespace) -> None:
    """The merge records hold customers' values: a rep reads only those of customers they
    see; a merge and its unmerge pass the grants on the rep's own role."""
    from desktop_crm.models.merges import MergeMove, MergeRecord
    from desktop_crm.services.customers import merge

    def versions(*ids: int) -> list[int]:
        return [int(Customer.get_by_id(i).version) for i in ids]

    theirs = merge.merge_customers(office.owner, *office.theirs, {}, *versions(*office.theirs))
    database = db_roles.connect_as(PG_URL, office.roles["王建国"], PASSWORDS["rep1"])
    try:
        assert not MergeRecord.select().exists() and not MergeMove.select().exists()
        result = merge.merge_customers(office.rep1, *office.mine, {}, *versions(*office.mine))
        assert {r.id for r in MergeRecord.select()} == {result.merge_id}
        assert MergeMove.select().count() == 2  # the contact and the deal
        merge.unmerge(office.rep1, result.merge_id)
        with pytest.raises(ValidationFailed):  # the server hides it: "not found"
            merge.unmerge(office.rep1, theirs.merge_id)
    finally:
        database.close()
        database_proxy.initialize(office.database)
    assert MergeRecord.get_by_id(result.merge_id).state == "undone"
    assert MergeRecord.get_by_id(theirs.merge_id).state == "merged"
    assert Customer.get_by_id(office.mine[1]).deleted_at is None


def test_step_55_polices_the_merge_tables_of_an_office_secured_before(
    office: SimpleNamespace,
) -> None:
    from desktop_crm.models.migrations import migrate_to_latest

    database = office.database
    for statement in (
        "DROP TABLE merge_move",
        "DROP TABLE merge_record",
        "DELETE FROM schema_version WHERE version = 55",
    ):
        database.execute_sql(statement)
    migrate_to_latest(database)
    policed = database.execute_sql(
        "SELECT DISTINCT tablename FROM pg_policies WHERE schemaname = 'public'"
    ).fetchall()
    assert {"merge_record", "merge_move"} <= {str(t) for (t,) in policed}


def _security_of(database: pw.Database) -> dict[str, list[tuple[object, ...]]]:
    """The policies, RLS flags and the groups' table privileges of the public schema."""
    return {
        "policies": database.execute_sql(
            "SELECT tablename, policyname, cmd, roles::text, qual, with_check FROM pg_policies "
            "WHERE schemaname = 'public' ORDER BY 1, 2"
        ).fetchall(),
        "rls": database.execute_sql(
            "SELECT relname, relrowsecurity FROM pg_class WHERE relkind = 'r' "
            "AND relnamespace = 'public'::regnamespace ORDER BY 1"
        ).fetchall(),
        "grants": database.execute_sql(
            "SELECT table_name, grantee, privilege_type FROM information_schema.role_table_grants "
            "WHERE table_schema = 'public' AND grantee <> current_user ORDER BY 1, 2, 3"
        ).fetchall(),
    }


def test_the_migration_is_rerunnable_and_gives_earlier_people_a_role(
    office: SimpleNamespace,
) -> None:
    from desktop_crm.models.core import SchemaVersion
    from desktop_crm.models.migrations import migrate_to_latest

    database = office.database
    new_database = _security_of(database)
    assert {t for t, *_ in new_database["policies"]} == set(row_security.POLICED)
    # an older database: no policies, no grants, someone added before the step (no role)
    for table in row_security.POLICED:
        database.execute_sql(f'ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY')
        for (policy,) in database.execute_sql(
            "SELECT policyname FROM pg_policies WHERE tablename = %s", (table,)
        ).fetchall():
            database.execute_sql(f'DROP POLICY "{policy}" ON "{table}"')
    database.execute_sql(f'REVOKE ALL ON ALL TABLES IN SCHEMA public FROM "{office.prefix}_rep"')
    early = User.create(name="老员工", role="rep", password_hash="x")
    SchemaVersion.delete().where(SchemaVersion.version == 90).execute()
    migrate_to_latest(database)
    assert _security_of(database) == new_database  # upgraded and new agree
    migrate_to_latest(database)  # nothing pending: nothing happens
    row_security.secure_database(database)  # and once more by hand
    name = str(User.get_by_id(early.id).db_role)
    assert name == f"{office.prefix}_u{early.id}"
    can_login = database.execute_sql(
        "SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (name,)
    ).fetchone()
    assert can_login == (False,)  # no password until the owner sets one
    # people who had their password kept it
    with _connect(office.roles["王建国"], PASSWORDS["rep1"]) as con:
        assert _ids(con, "customer", "id") == set(office.mine) | set(office.pool)
    people.set_password(office.owner, early.id, "设好了")
    _connect(name, "设好了").close()


def test_role_names_are_safe_and_per_database() -> None:
    assert row_security.role_prefix("crm") == "crm"
    assert row_security.person_role("crm", 12) == "crm_u12"
    odd = [row_security.role_prefix(n) for n in ("My-CRM", "my_crm", "客户库", "x" * 80)]
    assert len(set(odd)) == 4
    for prefix in odd:
        assert prefix.replace("_", "").isalnum() and prefix.isascii() and prefix == prefix.lower()
        assert len(row_security.person_role(prefix, 2**63 - 1)) <= row_security.ROLE_NAME_LIMIT
    assert row_security.role_prefix("my_crm") != row_security.role_prefix("my-crm")


def test_a_reps_connection_leaves_the_tiers_to_the_office(office: SimpleNamespace) -> None:
    """Ranked over a rep's part of the file the tiers would be wrong: a rep's connection
    does not rank them (they stay stale), whoever the services are told acts; the admin's
    does."""
    from desktop_crm.models.row_security import sees_every_row
    from desktop_crm.services.analysis.tiers import (
        recompute_if_stale,
        recompute_tiers,
        tiers_are_stale,
    )

    assert sees_every_row(office.database)
    database = db_roles.connect_as(PG_URL, office.roles["王建国"], PASSWORDS["rep1"])
    try:
        assert not sees_every_row(database)
        assert recompute_tiers(office.owner) == 0  # even when told the owner acts
        assert recompute_if_stale(office.rep1) is None
        assert tiers_are_stale(office.rep1)
    finally:
        database.close()
        database_proxy.initialize(office.database)
    clerk = db_roles.connect_as(PG_URL, office.roles["刘内勤"], PASSWORDS["clerk"])
    try:
        assert sees_every_row(clerk)
    finally:
        clerk.close()
        database_proxy.initialize(office.database)
    assert recompute_tiers(office.owner) > 0


def test_the_readme_setup_an_admin_role_with_createrole_and_no_superuser() -> None:
    """As README's server setup says: a database owned by an admin role WITH LOGIN
    CREATEROLE (no superuser) runs the step, adds people with their roles, and a rep's role
    sees only their own; without CREATEROLE the first open is refused, saying what to run."""
    if not PG_URL:
        pytest.skip("needs DESKTOP_CRM_TEST_PG")
    from desktop_crm.models.db import open_database

    base = psycopg.conninfo.conninfo_to_dict(PG_URL)
    name = f"{base['dbname']}_adm"
    admin = f"{name}_admin"
    info = {**base, "dbname": name, "user": admin, "password": "admin-pw"}
    url = f"postgresql://{admin}:admin-pw@{base.get('host', 'localhost')}:{base.get('port', 5432)}/{name}"

    def clean(su: psycopg.Connection) -> None:
        su.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        for (role,) in su.execute(
            "SELECT rolname FROM pg_roles WHERE starts_with(rolname, %s) ORDER BY rolname = %s",
            (name + "_", admin),
        ).fetchall():
            su.execute(f'DROP ROLE "{role}"')

    previous = database_proxy.obj
    with psycopg.connect(PG_URL, autocommit=True) as su:
        clean(su)
        su.execute(f"CREATE ROLE \"{admin}\" LOGIN NOCREATEROLE PASSWORD 'admin-pw'")
        su.execute(f'CREATE DATABASE "{name}" OWNER "{admin}"')
        try:
            with pytest.raises(row_security.RoleManagementRefused, match="CREATEROLE"):
                open_database(url)
            database_proxy.obj.close()
            su.execute(f'ALTER ROLE "{admin}" CREATEROLE')
            database = open_database(url)
            try:
                assert database.execute_sql(
                    "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"
                ).fetchone() == (False,)
                owner = ensure_owner("店主")
                rep1 = people.add_person(owner, "王建国", Role.REP, password="王的密码")
                rep2 = people.add_person(owner, "李晓梅", Role.REP, password="li")
                mine = _customer(owner, "张三", rep1.id)
                _customer(owner, "李五", rep2.id)
                people.deactivate_person(owner, rep2.id)
                rep1_role = str(User.get_by_id(rep1.id).db_role)
                assert rep1_role == f"{name}_u{rep1.id}"
            finally:
                database.close()
            rep_info = {**info, "user": rep1_role, "password": "王的密码"}
            with psycopg.connect(psycopg.conninfo.make_conninfo(**rep_info)) as con:
                assert _ids(con, "customer", "id") == {mine}
            with pytest.raises(psycopg.OperationalError):
                psycopg.connect(
                    psycopg.conninfo.make_conninfo(
                        **{**info, "user": f"{name}_u{rep2.id}", "password": "li"}
                    )
                )
        finally:
            clean(su)
            database_proxy.initialize(previous)


def test_first_run_setup_and_sign_in_on_a_reps_own_connection(tmp_path: Path) -> None:
    """The first-run setup gives the owner their login role with the same password; a rep
    whose machine connects as their own role signs in there (clearing their failures)."""
    if not PG_URL:
        pytest.skip("needs DESKTOP_CRM_TEST_PG")
    from desktop_crm.services.people import signin

    database, _ = open_test_database("postgres", tmp_path)
    try:
        owner = signin.first_run_setup(
            "金星门窗", "广东省", "佛山市", "王老板", "老板的密码", "zh_CN"
        )
        owner_role = db_roles.login_role_of(owner.id)
        assert owner_role is not None
        _connect(owner_role, "老板的密码").close()
        rep = people.add_person(owner, "王建国", Role.REP, password="wang")
        with pytest.raises(signin.SignInRefused):
            signin.sign_in("王建国", "not it")
        role = db_roles.login_role_of(rep.id)
        assert role is not None
        own = db_roles.connect_as(PG_URL, role, "wang")
        try:
            assert signin.sign_in("王建国", "wang").id == rep.id
        finally:
            own.close()
    finally:
        database_proxy.initialize(database)
        database.close()


def test_a_clerk_imports_and_undoes_on_their_own_connection(office: SimpleNamespace) -> None:
    """The import and its undo pass the grants on the clerk's own role: the clerk group may
    not delete customers (no purge), so the undo moves the created ones to the trash, deletes
    the contact the import added to a kept customer, and restores the updated one."""
    from desktop_crm.models.core import Contact
    from desktop_crm.services.customers.writes import purge_trash
    from desktop_crm.services.importing.engine import (
        ImportOptions,
        MatchOn,
        Mode,
        import_history,
        run_import,
        undo_import,
    )
    from desktop_crm.services.importing.mapping import RecordKind
    from desktop_crm.services.importing.tables import read_table

    before = Customer.get_by_id(office.mine[0])
    database = db_roles.connect_as(PG_URL, office.roles["刘内勤"], PASSWORDS["clerk"])
    try:
        customers = read_table(
            "姓名,公司,城市\n张三,张三贸易,杭州\n新客户甲,,宁波\n新客户乙,,温州\n".encode()
        )
        made = run_import(
            office.clerk,
            customers,
            ImportOptions(
                RecordKind.CUSTOMERS,
                ("name", "company", "city"),
                Mode.UPSERT,
                match_on=(MatchOn.NAME_COMPANY,),
                file_name="客户.csv",
            ),
        )
        assert (made.created, made.updated) == (2, 1)
        contacts = read_table("客户,联系人\n张四,新联系人\n".encode())
        added = run_import(
            office.clerk,
            contacts,
            ImportOptions(RecordKind.CONTACTS, ("customer", "contact.name"), file_name="c.csv"),
        )
        assert added.created == 1
        assert made.batch_id is not None and added.batch_id is not None
        undone = undo_import(office.clerk, made.batch_id)
        assert (undone.removed, undone.trashed, undone.restored, undone.kept) == (2, 2, 1, 0)
        assert undo_import(office.clerk, added.batch_id).removed == 1
        assert [b.state for b in import_history(office.clerk)] == ["undone", "undone"]
    finally:
        database.close()
        database_proxy.initialize(office.database)
    new = Customer.select().where(Customer.name.startswith("新客户"))
    assert len(new) == 2 and all(c.deleted_by_id == office.clerk.id for c in new)
    assert not Contact.select().where(Contact.name == "新联系人").exists()
    assert Customer.get_by_id(office.mine[0]).city == before.city
    assert purge_trash(office.owner, [c.id for c in new]) == 2


def test_a_reps_connection_holds_only_their_customers_opportunities(
    office: SimpleNamespace,
) -> None:
    """Opportunities are a customer's child table (issue 12): the server hands a rep only
    those of their own and the pool's customers, and their own connection wins one (the
    deal, the tier counter, the audit entries pass the grants)."""
    from desktop_crm.models.opportunities import Opportunity
    from desktop_crm.services.owner import pipeline

    made = {
        cid: pipeline.save_opportunity(office.owner, pipeline.OpportunityDraft(cid, f"商机{cid}"))
        for cid in (*office.mine, *office.theirs, *office.pool)
    }
    with _connect(office.roles["王建国"], PASSWORDS["rep1"]) as con:
        assert _ids(con, "opportunity") == set(office.mine) | set(office.pool)
        theirs = made[office.theirs[0]].id
        moved = con.execute("UPDATE opportunity SET stage = 'won' WHERE id = %s", (theirs,))
        assert moved.rowcount == 0
    database = db_roles.connect_as(PG_URL, office.roles["王建国"], PASSWORDS["rep1"])
    try:
        assert {o.customer_id for o in Opportunity.select()} == set(office.mine) | set(office.pool)
        mine = made[office.mine[0]]
        won = pipeline.move(office.rep1, mine.id, "won", mine.version, today=dt.date(2026, 12, 2))
        assert won.deal_id is not None
    finally:
        database.close()
        database_proxy.initialize(office.database)
    assert Opportunity.get_by_id(made[office.theirs[0]].id).stage == "contact"
