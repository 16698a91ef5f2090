"""The foundation tables: users, customers (built from the field description), contacts, deals."""

from __future__ import annotations

from typing import Any

import peewee as pw

from .customer_fields import CUSTOMER_FIELDS, FieldSpec, Kind
from .db import BaseModel, MoneyField, database_proxy, utcnow


class User(BaseModel):
    """An office member: owner (老板/主管), clerk (销售内勤, stored as "staff") or rep (业务员).

    `password_hash` is an argon2id hash ("" until a password is set), never the password.
    `db_role` names the person's PostgreSQL login role (`<database>_u<id>`), never their name.
    A deactivated member keeps the row, so history (visits, customers' past owners) stays.
    """

    id: pw.AutoField[int]  # peewee's implicit key

    name = pw.CharField(max_length=100, unique=True)
    role = pw.CharField(max_length=20, default="rep")  # owner | staff | rep
    phone = pw.CharField(max_length=40, default="")
    email = pw.CharField(max_length=254, default="")
    password_hash = pw.CharField(max_length=255, default="")
    active = pw.BooleanField(default=True)
    # The person's own PostgreSQL login role (models/row_security.py); "" on SQLite.
    db_role = pw.CharField(max_length=63, default="")


def _column_for(spec: FieldSpec) -> pw.Field:
    if spec.kind == Kind.DATE:
        return pw.DateField(null=True)
    if spec.kind == Kind.MONEY:
        return MoneyField(null=True)
    if spec.kind == Kind.INTEGER:
        return pw.IntegerField(null=True)
    if spec.kind == Kind.BOOL:
        return pw.BooleanField(default=False)
    if spec.kind == Kind.LONGTEXT:
        return pw.TextField(default="")
    if spec.name == "name":
        return pw.CharField(max_length=spec.limit, index=True)
    return pw.CharField(max_length=spec.limit, default="", index=spec.name in INDEXED_FIELDS)


# Columns the customer list filters or sorts on (migration 3 adds the indexes to older files).
INDEXED_FIELDS = ("city", "company", "phone")


class _CustomerBase(BaseModel):
    class Meta:
        indexes = ((("updated_at",), False),)

    tier_computed = pw.CharField(max_length=1, default="")
    # Not indexed: nearly every row is NULL, and an index here lures SQLite away from the
    # sort indexes of the customer list (the trash is scanned instead, ~20 ms at 100k).
    deleted_at = pw.DateTimeField(null=True)


# One column per described field: the description is the single source.
_columns: dict[str, Any] = {spec.name: _column_for(spec) for spec in CUSTOMER_FIELDS}
# Relations are declared on the concrete class so "self" and backrefs point at Customer.
_columns["owner_rep"] = pw.ForeignKeyField(
    User, null=True, backref="customers", on_delete="SET NULL"
)
# Who moved the customer to the trash (None outside it; migration step 7).
_columns["deleted_by"] = pw.ForeignKeyField(
    User, null=True, backref="trashed", on_delete="SET NULL", index=False
)
_columns["referred_by"] = pw.ForeignKeyField(
    "self", null=True, backref="referrals", on_delete="SET NULL"
)
_columns["__module__"] = __name__
_columns["__doc__"] = "A customer file: every field of DOMAIN.md §1, from CUSTOMER_FIELDS."
# Built at run time, so its columns are unknown to a type checker: typed as Any on purpose.
Customer: Any = type("Customer", (_CustomerBase,), _columns)


class Contact(BaseModel):
    """A person at a customer, with role and influence on the purchase decision.

    Its columns are `contact_fields.CONTACT_FIELDS`, declared by hand so services read them
    with types; tests/models/test_field_descriptions.py fails when the two disagree.
    """

    id: pw.AutoField[int]  # peewee's implicit key

    customer = pw.ForeignKeyField(Customer, backref="contacts", on_delete="CASCADE")
    customer_id: pw.ForeignKeyField[int]
    name = pw.CharField(max_length=100)
    position = pw.CharField(max_length=100, default="")
    role = pw.CharField(max_length=30, default="")
    influence = pw.CharField(max_length=30, default="")
    phone = pw.CharField(max_length=40, default="")
    email = pw.CharField(max_length=254, default="")
    notes = pw.TextField(default="")


class Deal(BaseModel):
    """One business record: date, products, amount, notes."""

    id: pw.AutoField[int]  # peewee's implicit key

    customer = pw.ForeignKeyField(Customer, backref="deals", on_delete="CASCADE")
    customer_id: pw.ForeignKeyField[int]
    date = pw.DateField(index=True)
    products = pw.CharField(max_length=300, default="")
    amount = MoneyField(default=0)
    notes = pw.TextField(default="")


class CustomerSearch(pw.Model):
    """One compact, lower-cased text per customer for substring search (PITFALLS 15).

    Holds name, company, phone, mobile and contact names, so a scan reads a few MB instead of
    the wide customer rows; works for two-character Chinese names where trigram FTS cannot.
    """

    customer = pw.ForeignKeyField(Customer, primary_key=True, on_delete="CASCADE")
    text = pw.TextField(default="")
    changed_at = pw.DateTimeField(default=utcnow, index=True)  # lets readers catch up cheaply
    # The name's sort key (models/readings.sort_key: Chinese by pinyin), which the list sorts
    # by; kept here beside the search text, which every writer of a name refreshes (step 9).
    name_key = pw.CharField(max_length=400, default="", index=True)

    class Meta:
        database = database_proxy
        legacy_table_names = False


class Setting(pw.Model):
    """Office-wide settings (key → JSON text)."""

    key = pw.CharField(max_length=100, primary_key=True)
    value = pw.TextField(default="")

    class Meta:
        database = database_proxy
        legacy_table_names = False


class SchemaVersion(pw.Model):
    """The single row telling which migration step the database has reached."""

    id: pw.AutoField[int]  # peewee's implicit key

    version = pw.IntegerField()

    class Meta:
        database = database_proxy
        legacy_table_names = False
        table_name = "schema_version"


# The foundation's tables (models.registry finds every module exporting TABLES).
TABLES: list[type[pw.Model]] = [
    User,
    Customer,
    Contact,
    Deal,
    CustomerSearch,
    Setting,
]
