"""Opportunities (商机) and the settable pipeline they move through (issue 12, item 1).

Schema steps 60-69. An opportunity belongs to a customer: title, products, expected amount,
stage, probability, expected close date, owner rep, lost reason. The stage is a code: the
office's open stages are settable (services/owner/pipeline.py keeps them in the settings,
default 初步接触 → 需求确认 → 方案报价 → 谈判), the two closing ones are always `won` and
`lost` (WON, LOST below), so figures never depend on how an office names its stages.
Winning one records a deal in the business record (`deal`, set when won; the deal stays if
the opportunity is later reopened or purged). A visit may be linked to one opportunity
(`Visit.opportunity`, nullable, step 60 adds the column to older files). On PostgreSQL a rep
sees the opportunities of the customers they see (models/row_security.py).
"""

from __future__ import annotations

import peewee as pw
from playhouse.migrate import SchemaMigrator

from .core import Customer, Deal, User
from .db import BaseModel, MoneyField
from .migrations import Migration, add_column_if_missing, create_missing

WON, LOST = "won", "lost"
CLOSED_STAGES = (WON, LOST)


class Opportunity(BaseModel):
    """One opportunity. `stage` is an open stage's code or WON / LOST; `closed_on` is the day
    it was won or lost (None while open); `probability` 0-100 (the stage's default unless set)."""

    id: pw.AutoField[int]  # peewee's implicit key

    customer = pw.ForeignKeyField(Customer, backref="opportunities", on_delete="CASCADE")
    customer_id: pw.ForeignKeyField[int]
    title = pw.CharField(max_length=200)
    products = pw.CharField(max_length=300, default="")
    expected_amount = MoneyField(default=0)
    stage = pw.CharField(max_length=40, index=True)
    probability = pw.IntegerField(default=10)
    expected_close = pw.DateField(null=True, index=True)
    owner_rep = pw.ForeignKeyField(
        User, null=True, backref="opportunities", on_delete="SET NULL", index=True
    )
    owner_rep_id: pw.ForeignKeyField[int | None]
    lost_reason = pw.TextField(default="")
    notes = pw.TextField(default="")
    closed_on = pw.DateField(null=True, index=True)
    deal = pw.ForeignKeyField(Deal, null=True, backref="+", on_delete="SET NULL")
    deal_id: pw.ForeignKeyField[int | None]
    position = pw.IntegerField(default=0)  # the card's place in its board column


TABLES: list[type[pw.Model]] = [Opportunity]


def _v60_opportunities(database: pw.Database, migrator: SchemaMigrator) -> None:
    from . import row_security

    create_missing(database, *TABLES)
    add_column_if_missing(
        database,
        migrator,
        "visit",
        "opportunity_id",
        pw.ForeignKeyField(
            Opportunity, field=Opportunity.id, null=True, on_delete="SET NULL", index=False
        ),
    )
    database.execute_sql(
        'CREATE INDEX IF NOT EXISTS "visit_opportunity_id" ON "visit" ("opportunity_id")'
    )
    if row_security.is_postgres(database) and row_security.is_secured(database):
        row_security.secure_database(database)  # step 90 ran before this table existed


def _v61_visit_opportunity_index(database: pw.Database, migrator: SchemaMigrator) -> None:
    """The index step 60 makes on a migrated file, made on a new one too (the visit model
    declares the column without it): clearing a deleted opportunity from its visits and
    listing an opportunity's visits read it instead of every visit."""
    database.execute_sql(
        'CREATE INDEX IF NOT EXISTS "visit_opportunity_id" ON "visit" ("opportunity_id")'
    )


MIGRATIONS: list[Migration] = [
    Migration(60, "opportunities and visits linked to them", _v60_opportunities),
    Migration(
        61,
        "visits: the index on their opportunity on every file",
        _v61_visit_opportunity_index,
        on_new=True,
    ),
]
