"""Tables of the customer state analysis (DOMAIN.md §2, §4, §5).

Questionnaire templates are versioned: every edit stores a new TemplateVersion whose questions
are JSON text, and an assessment points at the versions it was answered against, so an old
assessment still shows and scores exactly as it did. Personality ratings keep their history
(the latest one counts).
"""

from __future__ import annotations

import peewee as pw

from .core import Contact, Customer, User
from .db import BaseModel
from .migrations import Migration, create_missing


class QuestionnaireTemplate(BaseModel):
    """One questionnaire ("intent" or "quality") and the number of its current version."""

    id: pw.AutoField[int]  # peewee's implicit key

    key = pw.CharField(max_length=40, unique=True)
    current_version = pw.IntegerField(default=1)


class TemplateVersion(BaseModel):
    """One frozen version of a questionnaire: title and questions as JSON text."""

    id: pw.AutoField[int]  # peewee's implicit key

    template = pw.ForeignKeyField(QuestionnaireTemplate, backref="versions", on_delete="CASCADE")
    template_id: pw.ForeignKeyField[int]
    number = pw.IntegerField()
    content = pw.TextField()  # JSON: {"title": {...}, "questions": [...]}
    note = pw.CharField(max_length=200, default="")
    created_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")
    created_by_id: pw.ForeignKeyField[int | None]

    class Meta:
        indexes = ((("template", "number"), True),)


class Assessment(BaseModel):
    """A dated state analysis of a customer: intent and quality answered together.

    `visit_id` names the visit it was made on (the visit table belongs to the planner; a plain
    integer keeps the two capabilities independent). Scores are stored for fast quadrant
    queries and can always be recomputed from the answers and the referenced versions.
    """

    id: pw.AutoField[int]  # peewee's implicit key

    customer = pw.ForeignKeyField(Customer, backref="assessments", on_delete="CASCADE")
    customer_id: pw.ForeignKeyField[int]
    contact = pw.ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    contact_id: pw.ForeignKeyField[int | None]
    visit_id = pw.IntegerField(null=True, index=True)
    assessed_on = pw.DateField(index=True)
    assessed_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")
    assessed_by_id: pw.ForeignKeyField[int | None]
    intent_version = pw.ForeignKeyField(TemplateVersion, on_delete="RESTRICT")
    intent_version_id: pw.ForeignKeyField[int]
    quality_version = pw.ForeignKeyField(TemplateVersion, on_delete="RESTRICT")
    quality_version_id: pw.ForeignKeyField[int]
    intent_score = pw.FloatField(null=True)
    quality_score = pw.FloatField(null=True)
    notes = pw.TextField(default="")


class AssessmentAnswer(BaseModel):
    """One question's rating (1-5, or none) and note within an assessment."""

    id: pw.AutoField[int]  # peewee's implicit key

    assessment = pw.ForeignKeyField(Assessment, backref="answers", on_delete="CASCADE")
    assessment_id: pw.ForeignKeyField[int]
    questionnaire = pw.CharField(max_length=40)  # the template key
    question_id = pw.CharField(max_length=60)
    rating = pw.IntegerField(null=True)
    note = pw.TextField(default="")


class PersonalityRating(BaseModel):
    """The rep's rating of expressiveness and emotionality (1-4 each); the latest counts."""

    id: pw.AutoField[int]  # peewee's implicit key

    customer = pw.ForeignKeyField(Customer, backref="personality_ratings", on_delete="CASCADE")
    customer_id: pw.ForeignKeyField[int]
    expressiveness = pw.IntegerField()
    emotionality = pw.IntegerField()
    rated_on = pw.DateField(index=True)
    rated_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")
    rated_by_id: pw.ForeignKeyField[int | None]
    note = pw.CharField(max_length=500, default="")


TABLES: list[type[pw.Model]] = [
    QuestionnaireTemplate,
    TemplateVersion,
    Assessment,
    AssessmentAnswer,
    PersonalityRating,
]


def _v20_state_analysis(database: pw.Database, migrator: object) -> None:
    create_missing(database, *TABLES)


MIGRATIONS: list[Migration] = [
    Migration(20, "state analysis: questionnaires, assessments, personality", _v20_state_analysis),
]
