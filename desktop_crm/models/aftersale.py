"""After the sale (DOMAIN.md §6-8, issue 13): complaints, surveys, the reminders' state.

Schema steps 70-79 (70: these tables; 71: the survey templates stored; 72: the customer's
lunar birthday; 73-79 free).

- `Complaint`: one entry of the complaints register (顾客投诉处理登记表). Times are naive UTC
  like every stored time (`received_at`, `due_at`, `resolved_at`, …); the screens show them
  in the office's zone. `due_at` is stored (computed when the complaint is registered, from
  `outside_region` and the office's hours; set by hand when `due_override_reason` is not
  empty), so "late" is one indexed comparison. A complaint counts as answered on time when
  `resolved_at <= due_at`; while unresolved it is late once now > due_at. The reply letter
  (seven parts, see services/aftersale/letters.py) is kept on the complaint: its parts as
  JSON text, its language, the PDF last printed.
- `Survey`: one satisfaction or relationship survey of a customer, answered against a
  questionnaire template version (the templates "satisfaction" and "relationship" live in
  the questionnaire tables of models/assessments.py, like the state analysis's). The answers
  are JSON text {item_id: level}; `score` (0-100) is stored for fast figures and can always
  be computed again from the answers and the version.
- `ReminderState`: what one person did with one reminder (done, snoozed until a day,
  dismissed); `key` names the reminder and its occurrence ("birthday:c123:2026-12-05").
- `ReminderSeen`: the last day each person's reminder centre was seen, so the next start-up
  shows what came due while the app was closed.

On PostgreSQL complaints and surveys are rows of a customer (models/row_security.py): a rep
sees those of the customers they see. The reminder tables are each person's own; the
services only ever read and write the acting person's rows.
"""

from __future__ import annotations

import peewee as pw
from playhouse.migrate import SchemaMigrator

from ..i18n import QT_TRANSLATE_NOOP
from .core import Contact, Customer, User
from .db import BaseModel, MoneyField
from .migrations import Migration, add_column_if_missing, create_missing

# ---------------------------------------------------------------- the codes and their labels
# (code, English source of the "Complaint" translation context)

CAUSES: tuple[tuple[str, str], ...] = (  # the five causes of [001 §62], and "other"
    ("inattention", QT_TRANSLATE_NOOP("Complaint", "Inattention (not cared for)")),
    ("not_heard", QT_TRANSLATE_NOOP("Complaint", "Wants to be heard")),
    ("friend_opinion", QT_TRANSLATE_NOOP("Complaint", "A friend's negative opinion")),
    ("misinformation", QT_TRANSLATE_NOOP("Complaint", "Wrong information or misunderstanding")),
    ("disappointment", QT_TRANSLATE_NOOP("Complaint", "Overall disappointment")),
    ("other", QT_TRANSLATE_NOOP("Complaint", "Other")),
)
CHANNELS: tuple[tuple[str, str], ...] = (
    ("phone", QT_TRANSLATE_NOOP("Complaint", "Phone")),
    ("visit", QT_TRANSLATE_NOOP("Complaint", "In person")),
    ("wechat", QT_TRANSLATE_NOOP("Complaint", "WeChat")),
    ("email", QT_TRANSLATE_NOOP("Complaint", "E-mail")),
    ("letter", QT_TRANSLATE_NOOP("Complaint", "Letter")),
    ("other", QT_TRANSLATE_NOOP("Complaint", "Other")),
)
NEW, IN_PROGRESS, RESOLVED, CALLED_BACK, CLOSED = (
    "new",
    "in_progress",
    "resolved",
    "called_back",
    "closed",
)
STATUSES: tuple[tuple[str, str], ...] = (  # in their order: new → … → closed
    (NEW, QT_TRANSLATE_NOOP("Complaint", "New")),
    (IN_PROGRESS, QT_TRANSLATE_NOOP("Complaint", "In progress")),
    (RESOLVED, QT_TRANSLATE_NOOP("Complaint", "Resolved")),
    (CALLED_BACK, QT_TRANSLATE_NOOP("Complaint", "Called back")),
    (CLOSED, QT_TRANSLATE_NOOP("Complaint", "Closed")),
)
OPEN_STATUSES = (NEW, IN_PROGRESS)  # the clock runs while a complaint is in one of these
# The five levels of satisfaction (DOMAIN.md §7), best first: stored as the score.
SATISFACTION_LEVELS: tuple[tuple[int, str], ...] = (
    (100, QT_TRANSLATE_NOOP("Complaint", "Satisfied")),
    (80, QT_TRANSLATE_NOOP("Complaint", "Fairly satisfied")),
    (60, QT_TRANSLATE_NOOP("Complaint", "Neutral")),
    (40, QT_TRANSLATE_NOOP("Complaint", "Fairly dissatisfied")),
    (20, QT_TRANSLATE_NOOP("Complaint", "Dissatisfied")),
)
SATISFACTION, RELATIONSHIP = "satisfaction", "relationship"  # survey kinds = template keys
SURVEY_KINDS = (SATISFACTION, RELATIONSHIP)
DONE, SNOOZED, DISMISSED = "done", "snoozed", "dismissed"  # ReminderState.state


class Complaint(BaseModel):
    """One complaint: received, judged, handled, resolved, called back, closed."""

    id: pw.AutoField[int]  # peewee's implicit key

    customer = pw.ForeignKeyField(Customer, backref="complaints", on_delete="CASCADE")
    customer_id: pw.ForeignKeyField[int]
    contact = pw.ForeignKeyField(Contact, null=True, backref="+", on_delete="SET NULL")
    contact_id: pw.ForeignKeyField[int | None]
    received_at = pw.DateTimeField(index=True)  # naive UTC
    channel = pw.CharField(max_length=20, default="phone")
    product = pw.CharField(max_length=200, default="", index=True)
    description = pw.TextField(default="")  # what happened, in the customer's words
    cause = pw.CharField(max_length=20, default="other", index=True)  # a CAUSES code
    cause_note = pw.CharField(max_length=300, default="")
    valid = pw.BooleanField(null=True)  # None: not judged yet
    handler = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL", index=True)
    handler_id: pw.ForeignKeyField[int | None]
    # The customer's rep when the complaint came in (counts by rep keep their history).
    rep = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL", index=True)
    rep_id: pw.ForeignKeyField[int | None]
    steps = pw.TextField(default="")  # what was done, step by step
    resolution = pw.TextField(default="")
    compensation = pw.TextField(default="")
    compensation_amount = MoneyField(default=0)
    callback_on = pw.DateField(null=True)  # the call-back (回访)
    callback_result = pw.TextField(default="")
    satisfaction_after = pw.IntegerField(null=True)  # a SATISFACTION_LEVELS score, or None
    status = pw.CharField(max_length=20, default=NEW, index=True)
    outside_region = pw.BooleanField(default=False)
    due_at = pw.DateTimeField(index=True)  # naive UTC
    due_override_reason = pw.CharField(max_length=300, default="")  # not empty: due set by hand
    resolved_at = pw.DateTimeField(null=True, index=True)  # first resolved (on time: <= due_at)
    closed_at = pw.DateTimeField(null=True)
    created_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    created_by_id: pw.ForeignKeyField[int | None]
    # The reply letter (services/aftersale/letters.py): parts as JSON {part: text}.
    letter_language = pw.CharField(max_length=10, default="")
    letter_parts = pw.TextField(default="")
    letter_pdf = pw.BlobField(null=True)
    letter_printed_at = pw.DateTimeField(null=True)

    class Meta:
        indexes = ((("status", "due_at"), False),)


class Survey(BaseModel):
    """One survey of a customer: `kind` satisfaction | relationship, its answers and score."""

    id: pw.AutoField[int]  # peewee's implicit key

    customer = pw.ForeignKeyField(Customer, backref="surveys", on_delete="CASCADE")
    customer_id: pw.ForeignKeyField[int]
    contact = pw.ForeignKeyField(Contact, null=True, backref="+", on_delete="SET NULL")
    contact_id: pw.ForeignKeyField[int | None]
    kind = pw.CharField(max_length=20, index=True)
    surveyed_on = pw.DateField(index=True)
    # The customer's rep when surveyed (figures per rep keep their history).
    rep = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL", index=True)
    rep_id: pw.ForeignKeyField[int | None]
    template_version_id = pw.IntegerField()  # models.assessments.TemplateVersion's id
    answers = pw.TextField(default="{}")  # JSON {item_id: level}
    score = pw.FloatField(null=True)  # 0-100; None while no item is answered
    satisfied = pw.BooleanField(null=True)  # satisfaction: counts in the satisfaction rate
    entered_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    entered_by_id: pw.ForeignKeyField[int | None]
    notes = pw.TextField(default="")


class ReminderState(BaseModel):
    """What one person did with one occurrence of a reminder."""

    id: pw.AutoField[int]  # peewee's implicit key

    person = pw.ForeignKeyField(User, backref="+", on_delete="CASCADE")
    person_id: pw.ForeignKeyField[int]
    key = pw.CharField(max_length=160)
    state = pw.CharField(max_length=12)  # DONE | SNOOZED | DISMISSED
    until = pw.DateField(null=True)  # SNOOZED: shown again from this day

    class Meta:
        indexes = ((("person", "key"), True),)


class ReminderSeen(BaseModel):
    """The last day a person's reminder centre was seen (what came due after it is new)."""

    id: pw.AutoField[int]  # peewee's implicit key

    person = pw.ForeignKeyField(User, backref="+", on_delete="CASCADE", unique=True)
    person_id: pw.ForeignKeyField[int]
    seen_through = pw.DateField()


TABLES: list[type[pw.Model]] = [Complaint, Survey, ReminderState, ReminderSeen]


def _v70_aftersale(database: pw.Database, migrator: object) -> None:
    from . import row_security

    create_missing(database, *TABLES)
    if row_security.is_postgres(database) and row_security.is_secured(database):
        row_security.secure_database(database)  # step 90 ran before these tables existed


SURVEY_TEMPLATE_KEYS = (SATISFACTION, RELATIONSHIP)


def _v71_survey_templates(database: pw.Database, migrator: object) -> None:
    """Store the shipped survey templates as version 1 (when missing), as the admin
    connection: on PostgreSQL a rep may read the templates but not add one."""
    import json

    from ..paths import resources_dir
    from .assessments import QuestionnaireTemplate, TemplateVersion

    for key in SURVEY_TEMPLATE_KEYS:
        if QuestionnaireTemplate.select().where(QuestionnaireTemplate.key == key).exists():
            continue
        path = resources_dir() / "questionnaires" / f"{key}.json"
        shipped = json.loads(path.read_text(encoding="utf-8"))
        content = {k: shipped[k] for k in ("key", "title", "questions", "scale") if k in shipped}
        template = QuestionnaireTemplate.create(key=key, current_version=1)
        TemplateVersion.create(
            template=template,
            number=1,
            content=json.dumps(content, ensure_ascii=False),
            note="shipped default",
        )


def _v72_lunar_birthday(database: pw.Database, migrator: SchemaMigrator) -> None:
    """Customers gain a lunar birthday (农历生日, customer_fields "lunar_birthday"): "" or the
    stored form of services/common/lunar.py ("08-15", "L04-15")."""
    field = pw.CharField(max_length=6, default="")
    add_column_if_missing(database, migrator, "customer", "lunar_birthday", field)


MIGRATIONS: list[Migration] = [
    Migration(70, "after the sale: complaints, surveys, reminders", _v70_aftersale),
    Migration(71, "after the sale: the survey templates", _v71_survey_templates, on_new=True),
    Migration(72, "customers: the lunar birthday", _v72_lunar_birthday),
]
