"""What the contact and customer descriptions drive in services: contact checks and writes,
the export columns. On SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses

import pytest

from desktop_crm.models.core import Contact
from desktop_crm.services import customers as cs
from desktop_crm.services.common.errors import ValidationFailed
from desktop_crm.services.context import AppContext
from desktop_crm.services.customers.fields import CONTACT_FIELDS, export_columns


def test_a_contact_is_stored_field_for_field_trimmed(ctx: AppContext) -> None:
    contact = cs.ContactDraft(
        name=" 钱七 ",
        position="采购经理 ",
        role="buyer",
        influence="high",
        phone="0512-6234 5678",
        email="qian@example.com",
        notes="周三下午\n再联系",
    )
    record = cs.save_customer(ctx.user, cs.CustomerDraft({"name": "赵六"}, contacts=[contact]))
    stored = Contact.get(Contact.customer == record.id)
    assert (stored.name, stored.position, stored.role, stored.influence) == (
        "钱七",
        "采购经理",
        "buyer",
        "high",
    )
    assert (stored.phone, stored.email, stored.notes) == (
        "0512-6234 5678",
        "qian@example.com",
        "周三下午\n再联系",
    )


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("name", "  ", "required"),
        ("position", "经" * 101, "too_long"),
        ("role", "boss", "choice"),
        ("influence", "huge", "choice"),
        ("phone", "call me", "phone"),
        ("email", "qian@", "email"),
        ("notes", "x" * 4001, "too_long"),
    ],
)
def test_each_contact_field_is_checked_and_nothing_is_written(
    ctx: AppContext, field: str, value: str, code: str
) -> None:
    contact = dataclasses.replace(cs.ContactDraft(name="钱七"), **{field: value})
    draft = cs.CustomerDraft({"name": "赵六"}, contacts=[cs.ContactDraft(name="甲"), contact])
    with pytest.raises(ValidationFailed) as failure:
        cs.save_customer(ctx.user, draft)
    assert [(e.field, e.code) for e in failure.value.errors] == [(f"contacts.1.{field}", code)]
    assert Contact.select().count() == 0


def test_the_contact_draft_has_one_attribute_per_described_field() -> None:
    attributes = [f.name for f in dataclasses.fields(cs.ContactDraft) if f.name != "id"]
    assert attributes == [spec.name for spec in CONTACT_FIELDS]


def test_export_columns_are_the_exported_fields_in_order_with_headers() -> None:
    columns = export_columns()
    assert [c.name for c in columns[:5]] == ["name", "company", "address", "phone", "mobile"]
    assert [c.header for c in columns[:3]] == ["Name", "Company", "Address"]
    assert columns[-1].name == "next_action_on" and columns[-1].header == "Next action due"
    assert len(columns) == 61  # all 61 described customer fields are exported today


def test_export_headers_are_translated_in_the_fields_context() -> None:
    asked: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        asked.append((context, text))
        return {"Name": "姓名", "Company": "公司"}.get(text, text)

    headers = [c.header for c in export_columns(translate)][:3]
    assert headers == ["姓名", "公司", "Address"]
    assert {context for context, _ in asked} == {"CustomerField"}
