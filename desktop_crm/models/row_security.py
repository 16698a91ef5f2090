"""On PostgreSQL the database enforces who sees which rows too (issue 10, item 5).

Every person signs in as their own login role, `<prefix>_u<id>` (the prefix comes from the
database's name, so two offices' databases on one server never share a role; a person's name,
Chinese or not, is never a role name). Each login role is a member of one group per database
(NOLOGIN): `<prefix>_owner`, `<prefix>_clerk` or `<prefix>_rep`, which hold the GRANTs.
Row-level security policies on the customer file follow `services/people/policy.py`:

- the owner and clerk groups see and change every row;
- the rep group sees and changes only customers whose `owner_rep_id` is the acting person or
  NULL (the shared pool), and the contacts, deals, visits, assessments (and their answers),
  personality ratings, coordinates and search rows of those customers. A rep can neither
  give a customer to another rep nor insert a visit on another rep's customer (WITH CHECK);
- a rep reads and writes the merge records of two customers they see (both), and the moved
  rows of those records;
- the audit log is read and appended to by every group, changed by none; a rep reads the
  entries of the customers they see and their own entries without a customer.

`crm_acting_user_id()` gives the User id whose `db_role` is `current_user` (NULL for a
deactivated person, who then sees no protected row even on a session still open). People,
settings and questionnaire templates are readable by every group; only the owner group writes
people, templates are written by the owner and clerk groups.

The table owner (the "admin" role that created the schema; it needs CREATEROLE) is not
subject to RLS: the migrations, people changes and `pg_dump` use it. Nothing here runs on
SQLite. The step is re-runnable: roles are created only when missing, policies are dropped
and created again, people who existed before it get a role without a password (NOLOGIN until
the owner sets one).
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING, Any

import peewee as pw

if TYPE_CHECKING:
    from psycopg import sql
else:

    class _DriverSql:
        """`psycopg.sql`, imported on first use: a SQLite start never loads the driver."""

        def __getattr__(self, name: str) -> Any:
            from psycopg import sql as module

            return getattr(module, name)

    sql = _DriverSql()

from .migrations import Migration

# The groups, by the role stored in User.role (the clerk is stored as "staff").
GROUPS: dict[str, str] = {"owner": "owner", "staff": "clerk", "rep": "rep"}

# Tables whose rows belong to a customer (filtered through the customer table's own policy).
CUSTOMER_CHILDREN = (
    "contact",
    "deal",
    "customer_search",
    "customer_geo",
    "assessment",
    "personality_rating",
    "owner_since",  # the shared pool's idle clock (models/pool.py)
    "opportunity",  # opportunities (models/opportunities.py)
    "complaint",  # the complaints register (models/aftersale.py)
    "survey",  # satisfaction and relationship surveys (models/aftersale.py)
)
# Tables whose rows belong to an assessment.
ASSESSMENT_CHILDREN = ("assessment_answer",)
PROTECTED = ("customer", *CUSTOMER_CHILDREN, "visit", *ASSESSMENT_CHILDREN)
# Merges (models/merges.py): a record holds the survivor's values from before, so a rep
# reads and writes only the records of two customers they see, and their moved rows.
MERGE_RECORDS = "merge_record"
MERGE_MOVES = "merge_move"
# The audit log: read and appended to, never changed. A rep reads the entries of the
# customers they see and their own entries without a customer (sign-ins, exports).
AUDIT_LOG = "audit_entry"
POLICED = (*PROTECTED, MERGE_RECORDS, MERGE_MOVES, AUDIT_LOG)

READ_ONLY_FOR_REPS_AND_CLERKS = ("user",)  # only the owner group writes people
OFFICE_WRITES = ("questionnaire_template", "template_version")  # reps read them
ADMIN_ONLY_WRITES = ("schema_version",)  # migrations run as the admin
# A rep's own standard and reviews; a successful sign-in clears its failures.
# Each person's own reminder state (models/aftersale.py): the services touch only the acting
# person's rows; a done reminder may be taken back (deleted).
EVERYONE_DELETES: tuple[str, ...] = (
    "rep_standard",
    "week_review",
    "sign_in_failure",
    "reminder_state",
    "reminder_seen",
)

# No group reads or writes these: sign-ins kept on a computer exist only on SQLite files
# (models/sign_in.py); on a server every person's password is the server's to check.
CLOSED: tuple[str, ...] = ("remembered_sign_in",)

ACTING_FUNCTION = "crm_acting_user_id"
ROLE_NAME_LIMIT = 63  # PostgreSQL's NAMEDATALEN - 1; longer names are cut silently
PREFIX_LIMIT = 40  # leaves room for "_u" and a 19-digit id


class RoleManagementRefused(RuntimeError):
    """The connection's role may not create or alter roles (it needs CREATEROLE)."""


def is_postgres(database: pw.Database) -> bool:
    return isinstance(database, pw.PostgresqlDatabase)


def is_secured(database: pw.Database) -> bool:
    """Whether step 90 has put row-level security on the customer table already (a step
    that adds a protected table afterwards runs `secure_database` again)."""
    row = database.execute_sql(
        "SELECT relrowsecurity FROM pg_class WHERE relname = 'customer' "
        "AND relnamespace = current_schema()::regnamespace"
    ).fetchone()
    return bool(row and row[0])


def role_prefix(database_name: str) -> str:
    """The lower-case prefix of every role of one database: its name when that is a plain
    identifier (a-z, 0-9, _) short enough, else a cut and cleaned name with a short hash of
    the real one (so "my-db" and "my_db" stay apart)."""
    cleaned = re.sub(r"[^a-z0-9_]", "_", database_name.lower())
    if cleaned == database_name and len(cleaned) <= PREFIX_LIMIT and cleaned[:1].isalpha():
        return cleaned
    digest = hashlib.sha256(database_name.encode("utf-8")).hexdigest()[:8]
    head = cleaned.strip("_")[: PREFIX_LIMIT - 10] or "crm"
    if not head[:1].isalpha():
        head = "crm_" + head[: PREFIX_LIMIT - 14]
    return f"{head}_{digest}"


def group_role(prefix: str, stored_role: str) -> str:
    """The group a person of `stored_role` (owner | staff | rep) belongs to."""
    return f"{prefix}_{GROUPS.get(stored_role, 'rep')}"


def person_role(prefix: str, user_id: int) -> str:
    return f"{prefix}_u{int(user_id)}"


def _run(database: pw.Database, statement: sql.Composable) -> Any:
    """Run one composed statement on the raw psycopg cursor: no client-side placeholders, so
    a literal may hold any character (a `%` in a password included)."""
    cursor = database.cursor()
    cursor.execute(statement)
    return cursor


def _scalar(database: pw.Database, query: str, params: tuple[Any, ...] = ()) -> Any:
    row = database.execute_sql(query, params).fetchone()
    return None if row is None else row[0]


def database_prefix(database: pw.Database) -> str:
    return role_prefix(str(_scalar(database, "SELECT current_database()")))


def may_manage_roles(database: pw.Database) -> bool:
    """Whether the connection's role may create roles (CREATEROLE, or a superuser)."""
    return bool(
        _scalar(
            database,
            "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user",
        )
    )


def require_role_management(database: pw.Database) -> None:
    if not may_manage_roles(database):
        user = _scalar(database, "SELECT current_user")
        raise RoleManagementRefused(
            f"the PostgreSQL role {user} may not create roles: as the server's admin run "
            f'ALTER ROLE "{user}" CREATEROLE'
        )


def sees_every_row(database: pw.Database) -> bool:
    """Whether this connection is shown every customer: always on SQLite; on PostgreSQL
    unless it acts through the rep group (the admin, a superuser, the owner and clerk
    groups see all). Work that needs the whole file (ranking the tiers) checks this."""
    if not is_postgres(database):
        return True
    if not role_exists(database, group_role(database_prefix(database), "rep")):
        return True
    return not bool(
        _scalar(
            database,
            "SELECT NOT (r.rolsuper OR r.rolbypassrls) AND pg_has_role(current_user, %s, 'USAGE')"
            " AND NOT pg_has_role(current_user, %s, 'USAGE')"
            " AND NOT pg_has_role(current_user, %s, 'USAGE')"
            " FROM pg_roles r WHERE r.rolname = current_user",
            tuple(group_role(database_prefix(database), r) for r in ("rep", "owner", "staff")),
        )
    )


def role_exists(database: pw.Database, name: str) -> bool:
    return bool(_scalar(database, "SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)))


def _member_of(database: pw.Database, member: str) -> set[str]:
    rows = database.execute_sql(
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = %s",
        (member,),
    ).fetchall()
    return {str(r[0]) for r in rows}


def password_verifier(database: pw.Database, role_name: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of `password`, computed here by libpq: the server stores
    it as it is and never receives the password itself (psql's \\password does the same)."""
    connection = database.connection()
    verifier = connection.pgconn.encrypt_password(
        password.encode("utf-8"), role_name.encode("utf-8"), b"scram-sha-256"
    )
    return bytes(verifier).decode("ascii")


def ensure_person_role(
    database: pw.Database,
    user_id: int,
    stored_role: str,
    *,
    password: str | None = None,
    login: bool | None = None,
) -> str:
    """Make the person's login role exist, in the group of `stored_role` only, record its
    name in `User.db_role` and return it. `password` sets the password and LOGIN; `login`
    False makes it NOLOGIN. A role new to this person (created now, or left by an earlier
    database of the same name) without a password is NOLOGIN with no password. Runs inside
    the caller's transaction (CREATE ROLE is transactional in PostgreSQL)."""
    require_role_management(database)
    prefix = database_prefix(database)
    name = person_role(prefix, user_id)
    exists = role_exists(database, name)
    recorded = _scalar(database, 'SELECT db_role FROM "user" WHERE id = %s', (int(user_id),))
    fresh = not exists or recorded != name
    options: list[sql.Composable] = []
    if password is not None:
        verifier = password_verifier(database, name, password)
        options.append(sql.SQL("PASSWORD {}").format(sql.Literal(verifier)))
    elif fresh:
        options.append(sql.SQL("PASSWORD NULL"))
    if login is False or (password is None and fresh):
        options.append(sql.SQL("NOLOGIN"))
    elif password is not None or login is True:
        options.append(sql.SQL("LOGIN"))
    head = "ALTER ROLE {} WITH" if exists else "CREATE ROLE {} WITH INHERIT"
    if options or not exists:
        statement = sql.SQL(head).format(sql.Identifier(name))
        _run(database, sql.SQL(" ").join([statement, *options]))
    wanted = group_role(prefix, stored_role)
    groups = _member_of(database, name)
    for group in sorted({group_role(prefix, r) for r in GROUPS} - {wanted}):
        if group in groups:
            _run(database, sql.SQL("REVOKE {} FROM {}").format(*_ident(group, name)))
    if wanted not in groups:
        _run(database, sql.SQL("GRANT {} TO {}").format(*_ident(wanted, name)))
    if recorded != name:
        database.execute_sql('UPDATE "user" SET db_role = %s WHERE id = %s', (name, int(user_id)))
    return name


def drop_person_roles(database: pw.Database, prefix: str, *, groups: bool = False) -> None:
    """Drop this database's person roles (and with `groups` its group roles): for tests and
    for taking an office off a server. Each role's privileges in the current database go
    first (DROP OWNED)."""
    rows = database.execute_sql(
        "SELECT rolname FROM pg_roles WHERE starts_with(rolname, %s) ORDER BY rolname",
        (prefix + "_",),
    ).fetchall()
    group_names = {group_role(prefix, r) for r in GROUPS}
    for (name,) in rows:
        name = str(name)
        is_person = re.fullmatch(re.escape(prefix) + r"_u\d+", name) is not None
        if is_person or (groups and name in group_names):
            _run(database, sql.SQL("DROP OWNED BY {}").format(sql.Identifier(name)))
            _run(database, sql.SQL("DROP ROLE {}").format(sql.Identifier(name)))


# ---------------------------------------------------------------- the policies


def _ident(*names: str) -> list[sql.Identifier]:
    return [sql.Identifier(n) for n in names]


def _grant(
    database: pw.Database, privileges: str, table: str, groups: list[str], schema: str
) -> None:
    _run(
        database,
        sql.SQL("GRANT " + privileges + " ON TABLE {}.{} TO {}").format(
            sql.Identifier(schema), sql.Identifier(table), sql.SQL(", ").join(_ident(*groups))
        ),
    )


def _policy(
    database: pw.Database,
    table: str,
    name: str,
    command: str,
    groups: list[str],
    using: str | None,
    check: str | None,
) -> None:
    parts: list[sql.Composable] = [
        sql.SQL("CREATE POLICY {} ON {} FOR " + command + " TO {}").format(
            sql.Identifier(name), sql.Identifier(table), sql.SQL(", ").join(_ident(*groups))
        )
    ]
    if using is not None:
        parts.append(sql.SQL("USING (" + using + ")"))
    if check is not None:
        parts.append(sql.SQL("WITH CHECK (" + check + ")"))
    _run(database, sql.SQL(" ").join(parts))


ACTING = f"(SELECT {ACTING_FUNCTION}())"
ACTIVE = f"{ACTING} IS NOT NULL"
REP_CUSTOMER = f"{ACTIVE} AND (owner_rep_id IS NULL OR owner_rep_id = {ACTING})"
IN_CUSTOMERS = "customer_id IN (SELECT id FROM customer)"
IN_ASSESSMENTS = "assessment_id IN (SELECT id FROM assessment)"
BOTH_MERGED_SEEN = (
    "survivor_id IN (SELECT id FROM customer) AND other_id IN (SELECT id FROM customer)"
)
IN_MERGES = "merge_id IN (SELECT id FROM merge_record)"
OWN_VISIT = f"{IN_CUSTOMERS} AND rep_id = {ACTING}"
REP_AUDIT_READ = (
    f"{ACTIVE} AND CASE WHEN customer_id IS NULL THEN person_id = {ACTING} "
    "ELSE customer_id IN (SELECT id FROM customer) END"
)
# A rep writes entries as themself (a failed sign-in names whom it tried), on customers
# they see.
REP_AUDIT_WRITE = (
    f"{ACTIVE} AND (person_id = {ACTING} OR action = 'sign_in_failed') AND "
    "(customer_id IS NULL OR customer_id IN (SELECT id FROM customer))"
)


def _rep_rules(table: str) -> dict[str, tuple[str | None, str | None]]:
    """(USING, WITH CHECK) per command for the rep group on a protected table."""
    if table == AUDIT_LOG:
        return {"SELECT": (REP_AUDIT_READ, None), "INSERT": (None, REP_AUDIT_WRITE)}
    if table == "customer":
        row = REP_CUSTOMER
        return {
            "SELECT": (row, None),
            "INSERT": (None, row),
            "UPDATE": (row, row),
            "DELETE": (row, None),
        }
    if table == MERGE_RECORDS:
        row = BOTH_MERGED_SEEN
    elif table == MERGE_MOVES:
        row = IN_MERGES
    else:
        row = IN_ASSESSMENTS if table in ASSESSMENT_CHILDREN else IN_CUSTOMERS
    written = OWN_VISIT if table == "visit" else row
    return {
        "SELECT": (row, None),
        "INSERT": (None, written),
        "UPDATE": (row, written),
        "DELETE": (row, None),
    }


def secure_database(database: pw.Database) -> None:
    """Create (or bring up to date) the groups, grants, the acting-person function and the
    policies; give every person a role. Re-runnable; a no-op on SQLite. The connection must
    be the tables' owner with CREATEROLE (RoleManagementRefused otherwise)."""
    if not is_postgres(database):
        return
    require_role_management(database)
    prefix = database_prefix(database)
    schema = str(_scalar(database, "SELECT current_schema()"))
    owner, clerk, rep = (group_role(prefix, r) for r in ("owner", "staff", "rep"))
    everyone = [owner, clerk, rep]
    office = [owner, clerk]
    for group in everyone:
        if not role_exists(database, group):
            _run(database, sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(group)))
    if _scalar(
        database,
        "SELECT pg_has_role(nspowner, 'USAGE') FROM pg_namespace WHERE nspname = %s",
        (schema,),
    ):  # PostgreSQL before 15 lets everyone create objects in the public schema
        _run(
            database,
            sql.SQL("REVOKE CREATE ON SCHEMA {} FROM PUBLIC").format(sql.Identifier(schema)),
        )
    database_name = str(_scalar(database, "SELECT current_database()"))
    joined = sql.SQL(", ").join(_ident(*everyone))
    _run(
        database,
        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(database_name), joined),
    )
    _run(database, sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(sql.Identifier(schema), joined))
    _run(
        database,
        sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {} TO {}").format(
            sql.Identifier(schema), joined
        ),
    )
    # Tables made later (by a later step, as this role) are readable and writable by every
    # group, deletable by the office; a step that wants less revokes it.
    for privileges, groups in (("SELECT, INSERT, UPDATE", everyone), ("DELETE", office)):
        _run(
            database,
            sql.SQL(
                "ALTER DEFAULT PRIVILEGES IN SCHEMA {} GRANT " + privileges + " ON TABLES TO {}"
            ).format(sql.Identifier(schema), sql.SQL(", ").join(_ident(*groups))),
        )
    _run(
        database,
        sql.SQL(
            "ALTER DEFAULT PRIVILEGES IN SCHEMA {} GRANT USAGE, SELECT ON SEQUENCES TO {}"
        ).format(sql.Identifier(schema), joined),
    )
    tables = [
        str(r[0])
        for r in database.execute_sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = %s ORDER BY tablename", (schema,)
        ).fetchall()
    ]
    for table in tables:
        _run(
            database,
            sql.SQL("REVOKE ALL ON TABLE {}.{} FROM {}").format(
                sql.Identifier(schema), sql.Identifier(table), joined
            ),
        )
        if table in CLOSED:
            continue  # revoked above, nothing granted
        if table == AUDIT_LOG:
            _grant(database, "SELECT, INSERT", table, everyone, schema)
        elif table in PROTECTED:
            _grant(database, "SELECT, INSERT, UPDATE", table, everyone, schema)
            _grant(database, "DELETE", table, [owner] if table == "customer" else everyone, schema)
        elif table in READ_ONLY_FOR_REPS_AND_CLERKS:
            _grant(database, "SELECT", table, everyone, schema)
            _grant(database, "INSERT, UPDATE, DELETE", table, [owner], schema)
        elif table in OFFICE_WRITES:
            _grant(database, "SELECT", table, everyone, schema)
            _grant(database, "INSERT, UPDATE, DELETE", table, office, schema)
        elif table in ADMIN_ONLY_WRITES:
            _grant(database, "SELECT", table, everyone, schema)
        elif table in EVERYONE_DELETES:
            _grant(database, "SELECT, INSERT, UPDATE, DELETE", table, everyone, schema)
        else:
            _grant(database, "SELECT, INSERT, UPDATE", table, everyone, schema)
            _grant(database, "DELETE", table, office, schema)
    # The acting person: the active User whose role this session logged in as. A plain SQL
    # function run as the caller (current_user keeps its meaning), search_path pinned.
    _run(
        database,
        sql.SQL(
            "CREATE OR REPLACE FUNCTION {}.{}() RETURNS integer LANGUAGE sql STABLE "
            "SET search_path = {}, pg_temp AS "
            '$$ SELECT id FROM "user" WHERE db_role = current_user AND active LIMIT 1 $$'
        ).format(sql.Identifier(schema), sql.Identifier(ACTING_FUNCTION), sql.Identifier(schema)),
    )
    _run(
        database,
        sql.SQL("REVOKE ALL ON FUNCTION {}.{}() FROM PUBLIC").format(
            sql.Identifier(schema), sql.Identifier(ACTING_FUNCTION)
        ),
    )
    _run(
        database,
        sql.SQL("GRANT EXECUTE ON FUNCTION {}.{}() TO {}").format(
            sql.Identifier(schema), sql.Identifier(ACTING_FUNCTION), joined
        ),
    )
    for table in POLICED:
        if table not in tables:
            continue
        existing = database.execute_sql(
            "SELECT policyname FROM pg_policies WHERE schemaname = %s AND tablename = %s",
            (schema, table),
        ).fetchall()
        for (name,) in existing:
            _run(database, sql.SQL("DROP POLICY {} ON {}").format(*_ident(str(name), table)))
        _run(
            database,
            sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(sql.Identifier(table)),
        )
        if table == AUDIT_LOG:
            _policy(database, table, f"crm_{table}_office_select", "SELECT", office, ACTIVE, None)
            _policy(database, table, f"crm_{table}_office_insert", "INSERT", office, None, ACTIVE)
        else:
            _policy(database, table, f"crm_{table}_office", "ALL", office, ACTIVE, ACTIVE)
        for command, (using, check) in _rep_rules(table).items():
            _policy(
                database, table, f"crm_{table}_rep_{command.lower()}", command, [rep], using, check
            )
    # People who existed before: a role each, without a password (NOLOGIN until one is set).
    people = database.execute_sql('SELECT id, role, active FROM "user" ORDER BY id').fetchall()
    for user_id, stored_role, active in people:
        ensure_person_role(
            database, int(user_id), str(stored_role), login=False if not active else None
        )


def close_table(database: pw.Database, table: str) -> None:
    """A table made by a later step (as the tables' owner, whose default privileges give it to
    every group) closed to the groups again, as `secure_database` leaves those in CLOSED.
    Nothing to do on SQLite or on a server not secured yet."""
    if not is_postgres(database) or not is_secured(database):
        return
    prefix = database_prefix(database)
    groups = [group_role(prefix, r) for r in ("owner", "staff", "rep")]
    _run(
        database,
        sql.SQL("REVOKE ALL ON TABLE {} FROM {}").format(
            sql.Identifier(table), sql.SQL(", ").join(_ident(*groups))
        ),
    )


def _v90_row_security(database: pw.Database, migrator: object) -> None:
    secure_database(database)


# Database-level security runs after every capability's tables exist: steps 90-99. It also
# runs on a new database (`on_new`), which gets its tables from today's models at once.
MIGRATIONS: list[Migration] = [
    Migration(
        90,
        "PostgreSQL: a login role per person, groups, grants and row-level security",
        _v90_row_security,
        on_new=True,
    ),
]
