"""The visit planner's tables (DOMAIN.md §3): visits, per-rep standards, weekly reviews, geo.

Times are naive wall-clock times in the office time zone (services.visit_planning keeps the
zone's name in the settings); the .ics export attaches the zone. Schema versions 10-19
(10: these tables; 11: the index on the customers' next-action day, which the planner's
"visit next" list walks in due order instead of scanning the customer file).
"""

from __future__ import annotations

import peewee as pw

from .core import Contact, Customer, User
from .db import BaseModel, database_proxy
from .migrations import Migration, create_missing
from .opportunities import Opportunity
from .visit_fields import PURPOSE_MET_LEVELS, VISIT_METHODS, VISIT_STATUSES

# (code, label) pairs of the visit description's choices, for reports that print them.
METHODS: tuple[tuple[str, str], ...] = tuple((c.value, c.label) for c in VISIT_METHODS)
STATUSES: tuple[tuple[str, str], ...] = tuple((c.value, c.label) for c in VISIT_STATUSES)
PURPOSE_MET: tuple[tuple[str, str], ...] = tuple((c.value, c.label) for c in PURPOSE_MET_LEVELS)


class Visit(BaseModel):
    """One visit, planned with the five elements and, once done, its outcome.

    when = start/duration, whom = contact, method, what matter = matter, which reason = reason.
    Whether the customer was new or existing is derived (services.visits.classify_new).
    The columns follow `visit_fields.PLAN_FIELDS` and `OUTCOME_FIELDS`; the status values and
    their transitions are `services.visits.status.VisitStatus`.
    """

    id: pw.AutoField[int]  # peewee's implicit key

    customer = pw.ForeignKeyField(Customer, backref="visits", on_delete="CASCADE", index=False)
    customer_id: pw.ForeignKeyField[int]
    contact = pw.ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    contact_id: pw.ForeignKeyField[int | None]
    rep = pw.ForeignKeyField(User, backref="visits", on_delete="CASCADE", index=False)
    rep_id: pw.ForeignKeyField[int]
    start = pw.DateTimeField()
    duration_minutes = pw.IntegerField(default=60)
    method = pw.CharField(max_length=20, default="face")
    matter = pw.CharField(max_length=300, default="")  # 何事
    reason = pw.CharField(max_length=300, default="")  # 何种理由
    purpose = pw.TextField(default="")  # 拜访目的
    action_plan = pw.TextField(default="")  # 行动计划
    expected_result = pw.TextField(default="")  # 预期结果
    status = pw.CharField(max_length=12, default="planned")
    actual_result = pw.TextField(default="")
    purpose_met = pw.CharField(max_length=8, default="")  # "" | yes | partly | no
    time_spent_minutes = pw.IntegerField(null=True)
    next_action = pw.CharField(max_length=300, default="")
    next_action_on = pw.DateField(null=True, index=True)
    next_visit = pw.ForeignKeyField("self", null=True, on_delete="SET NULL", backref="previous")
    next_visit_id: pw.ForeignKeyField[int | None]
    # The rep's order of the day (the route); not part of the visit's content, so changing it
    # does not bump `version` (an open dialog on the visit is not made stale by a reorder).
    route_position = pw.IntegerField(null=True)
    completed_at = pw.DateTimeField(null=True)
    # The opportunity this visit works on (issue 12; step 60 adds the column to older files).
    opportunity = pw.ForeignKeyField(
        Opportunity, null=True, backref="visits", on_delete="SET NULL", index=False
    )
    opportunity_id: pw.ForeignKeyField[int | None]

    class Meta:
        indexes = (
            (("rep", "start"), False),
            (("customer", "start"), False),
        )


class RepStandard(BaseModel):
    """A rep's own daily visit standard, overriding the office's (default 7 + 3)."""

    rep = pw.ForeignKeyField(User, primary_key=True, on_delete="CASCADE")
    rep_id: pw.ForeignKeyField[int]
    existing_per_day = pw.IntegerField(default=7)
    new_per_day = pw.IntegerField(default=3)


class WeekReview(BaseModel):
    """周检讨: a rep's written review of one ISO week (week_start is its Monday)."""

    id: pw.AutoField[int]  # peewee's implicit key

    rep = pw.ForeignKeyField(User, on_delete="CASCADE", index=False)
    rep_id: pw.ForeignKeyField[int]
    week_start = pw.DateField()
    review = pw.TextField(default="")
    plan_notes = pw.TextField(default="")  # 周计划: the week's aims, written beforehand

    class Meta:
        indexes = ((("rep", "week_start"), True),)


class CustomerGeo(BaseModel):
    """A customer's coordinates for route planning (kept apart from the generated Customer)."""

    customer = pw.ForeignKeyField(Customer, primary_key=True, on_delete="CASCADE")
    customer_id: pw.ForeignKeyField[int]
    latitude = pw.FloatField()
    longitude = pw.FloatField()


TABLES: list[type[pw.Model]] = [Visit, RepStandard, WeekReview, CustomerGeo]


def _v10_visit_tables(database: pw.Database, migrator: object) -> None:
    # The visit's opportunity column refers to the opportunity table (step 60's), so a file
    # older than step 10 gets that table here already (PostgreSQL checks the reference).
    create_missing(database, Opportunity, *TABLES)


def _v11_next_action_index(database: pw.Database, migrator: object) -> None:
    database.execute_sql(
        'CREATE INDEX IF NOT EXISTS "customer_next_action_on" ON "customer" ("next_action_on")'
    )


MIGRATIONS: list[Migration] = [
    Migration(
        10,
        "visit planner: visits, rep standards, week reviews, customer coordinates",
        _v10_visit_tables,
    ),
    Migration(
        11,
        "visit planner: customers with a due next action read from an index",
        _v11_next_action_index,
        on_new=True,
    ),
]

_ = database_proxy
