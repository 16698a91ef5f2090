"""The contact and visit descriptions agree with their tables, and pin what they describe.

The tables are declared by hand (services read their columns with types); these tests fail
when a field is described but not stored, stored but not described, or the two disagree on
its type or length, so the description can drive validation and forms safely.
"""

from __future__ import annotations

import peewee as pw
import pytest

from desktop_crm.models import customer_fields
from desktop_crm.models.contact_fields import CONTACT_FIELDS
from desktop_crm.models.core import Contact
from desktop_crm.models.fields import FieldSpec, Kind
from desktop_crm.models.visit_fields import OUTCOME_FIELDS, PLAN_FIELDS, VISIT_FIELDS
from desktop_crm.models.visits import Visit

BOOKKEEPING = {"id", "created_at", "updated_at", "version"}

_COLUMN_TYPES: dict[Kind, type[pw.Field]] = {
    Kind.TEXT: pw.CharField,
    Kind.PHONE: pw.CharField,
    Kind.EMAIL: pw.CharField,
    Kind.CHOICE: pw.CharField,
    Kind.LONGTEXT: pw.TextField,
    Kind.INTEGER: pw.IntegerField,
    Kind.DATE: pw.DateField,
    Kind.DATETIME: pw.DateTimeField,
    Kind.REFERENCE: pw.ForeignKeyField,
}


def _agrees(model: type[pw.Model], spec: FieldSpec) -> None:
    column = model._meta.fields.get(spec.name)
    assert column is not None, f"{spec.name} is described but {model.__name__} has no column"
    assert type(column) is _COLUMN_TYPES[spec.kind], spec.name
    if isinstance(column, pw.CharField):
        assert column.max_length == spec.limit, spec.name
        assert all(len(c.value) <= spec.limit for c in spec.choices), spec.name


@pytest.mark.parametrize("spec", CONTACT_FIELDS, ids=lambda s: s.name)
def test_every_contact_field_is_a_column_of_the_same_type_and_length(spec: FieldSpec) -> None:
    _agrees(Contact, spec)


@pytest.mark.parametrize("spec", VISIT_FIELDS, ids=lambda s: s.name)
def test_every_visit_field_is_a_column_of_the_same_type_and_length(spec: FieldSpec) -> None:
    _agrees(Visit, spec)


def test_every_contact_column_is_described() -> None:
    stored = set(Contact._meta.fields) - BOOKKEEPING - {"customer"}
    assert stored == {s.name for s in CONTACT_FIELDS}


def test_every_visit_column_is_described_but_the_planners_own() -> None:
    # the route order, the follow-up link and the completion time are kept by the planner,
    # the opportunity link by the pipeline (services/owner/pipeline.py)
    planners_own = {"route_position", "next_visit", "completed_at", "opportunity"}
    stored = set(Visit._meta.fields) - BOOKKEEPING - planners_own
    assert stored == {s.name for s in VISIT_FIELDS}


def test_the_contact_description_pins_names_order_and_limits() -> None:
    assert [(s.name, s.limit) for s in CONTACT_FIELDS] == [
        ("name", 100),
        ("position", 100),
        ("role", 30),
        ("influence", 30),
        ("phone", 40),
        ("email", 254),
        ("notes", 4000),
    ]
    assert [s.name for s in CONTACT_FIELDS if s.required] == ["name"]


def test_the_visit_description_has_the_five_elements_then_the_outcome() -> None:
    assert [s.name for s in PLAN_FIELDS] == [
        "customer",
        "start",
        "duration_minutes",
        "contact",
        "rep",
        "method",
        "matter",
        "reason",
        "purpose",
        "action_plan",
        "expected_result",
    ]
    assert [s.name for s in OUTCOME_FIELDS] == [
        "status",
        "actual_result",
        "purpose_met",
        "time_spent_minutes",
        "next_action",
        "next_action_on",
    ]
    bounds = {s.name: s.bounds for s in VISIT_FIELDS if s.kind == Kind.INTEGER}
    assert bounds == {"duration_minutes": (5, 720), "time_spent_minutes": (0, 1440)}


def test_customer_fields_still_offers_the_building_blocks() -> None:
    assert customer_fields.FieldSpec is FieldSpec
    assert customer_fields.Kind is Kind
    assert [c.value for c in customer_fields.CONTACT_ROLES][:2] == ["decision_maker", "influencer"]


def test_the_customer_list_columns_come_first_to_fourth() -> None:
    assert [s.name for s in customer_fields.list_fields()] == ["name", "company", "phone", "city"]
