"""Schema step 71 (models/aftersale.py): the survey templates are stored as version 1 on a new
database and on an office that reached step 70 without them, by the admin connection (a rep
on PostgreSQL may read the templates but not add one). Both backends."""

from __future__ import annotations

import json

import peewee as pw

from desktop_crm.models.assessments import QuestionnaireTemplate, TemplateVersion
from desktop_crm.models.core import SchemaVersion
from desktop_crm.models.migrations import applied_steps, migrate_to_latest


def _stored() -> dict[str, list[str]]:
    rows = TemplateVersion.select(TemplateVersion, QuestionnaireTemplate.key).join(
        QuestionnaireTemplate
    )
    return {
        str(r.template.key): [q["id"] for q in json.loads(r.content)["questions"]] for r in rows
    }


def test_a_new_database_holds_both_survey_templates(db: pw.Database) -> None:
    stored = _stored()
    assert stored["satisfaction"] == [f"satisfaction.{n}" for n in range(1, 7)]
    assert stored["relationship"] == [f"relationship.{n}" for n in range(1, 16)]
    assert "intent" not in stored  # the state analysis stores its own on first use


def test_step_71_stores_them_once_on_an_older_office(db: pw.Database) -> None:
    QuestionnaireTemplate.delete().where(
        QuestionnaireTemplate.key.in_(("satisfaction", "relationship"))
    ).execute()
    SchemaVersion.delete().where(SchemaVersion.version == 71).execute()
    migrate_to_latest(db)
    assert 71 in (applied_steps(db) or set())
    content = json.loads(
        TemplateVersion.select()
        .join(QuestionnaireTemplate)
        .where(QuestionnaireTemplate.key == "satisfaction")
        .get()
        .content
    )
    assert [s["level"] for s in content["scale"]] == [100, 80, 60, 40, 20]
    assert [q["weight"] for q in content["questions"]] == [3, 2, 2, 2, 2, 1]
    SchemaVersion.delete().where(SchemaVersion.version == 71).execute()
    migrate_to_latest(db)  # run again: nothing doubled
    assert QuestionnaireTemplate.select().count() == 2
    assert TemplateVersion.select().count() == 2
