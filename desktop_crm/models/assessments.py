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

    key = pw.CharField(max_length=40, unique=True)
    current_version = pw.IntegerField(default=1)


class TemplateVersion(BaseModel):
    """One frozen version of a questionnaire: title and questions as JSON text."""

    template = pw.ForeignKeyField(QuestionnaireTemplate, backref="versions", on_delete="CASCADE")
    number = pw.IntegerField()
    content = pw.TextField()  # JSON: {"title": {...}, "questions": [...]}
    note = pw.CharField(max_length=200, default="")
    created_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")

    class Meta:
        indexes = ((("template", "number"), True),)


class Assessment(BaseModel):
    """A dated state analysis of a customer: intent and quality answered together.

    `visit_id` names the visit it was made on (the visit table belongs to the planner; a plain
    integer keeps the two capabilities independent). Scores are stored for fast quadrant
    queries and can always be recomputed from the answers and the referenced versions.
    """

    customer = pw.ForeignKeyField(Customer, backref="assessments", on_delete="CASCADE")
    contact = pw.ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    visit_id = pw.IntegerField(null=True, index=True)
    assessed_on = pw.DateField(index=True)
    assessed_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")
    intent_version = pw.ForeignKeyField(TemplateVersion, on_delete="RESTRICT")
    quality_version = pw.ForeignKeyField(TemplateVersion, on_delete="RESTRICT")
    intent_score = pw.FloatField(null=True)
    quality_score = pw.FloatField(null=True)
    notes = pw.TextField(default="")


class AssessmentAnswer(BaseModel):
    """One question's rating (1-5, or none) and note within an assessment."""

    assessment = pw.ForeignKeyField(Assessment, backref="answers", on_delete="CASCADE")
    questionnaire = pw.CharField(max_length=40)  # the template key
    question_id = pw.CharField(max_length=60)
    rating = pw.IntegerField(null=True)
    note = pw.TextField(default="")


class PersonalityRating(BaseModel):
    """The rep's rating of expressiveness and emotionality (1-4 each); the latest counts."""

    customer = pw.ForeignKeyField(Customer, backref="personality_ratings", on_delete="CASCADE")
    expressiveness = pw.IntegerField()
    emotionality = pw.IntegerField()
    rated_on = pw.DateField(index=True)
    rated_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")
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
