"""The words of a reminder (services/aftersale/reminders.py hands out facts): one label per
kind and one sentence per kind, translated in the "Reminders" context. The reminder centre,
the tray message and `desktop-crm reminders` all say a reminder through here. It loads no
reportlab: the window imports it at start-up.
"""

from __future__ import annotations

from collections.abc import Callable

from ..i18n import QT_TRANSLATE_NOOP, fill_args
from ..services.aftersale import reminders as r
from ..services.common.formats import date_text

Translate = Callable[[str, str], str]  # as reports.base's (not imported: no reportlab here)


def no_translation(context: str, text: str) -> str:
    return text


CONTEXT = "Reminders"

KIND_LABELS: dict[str, str] = {
    r.COMPLAINT_LATE: QT_TRANSLATE_NOOP("Reminders", "Complaints late"),
    r.COMPLAINT_DUE: QT_TRANSLATE_NOOP("Reminders", "Complaints due soon"),
    r.RESULT_MISSING: QT_TRANSLATE_NOOP("Reminders", "Visits without a result"),
    r.FOLLOW_UP: QT_TRANSLATE_NOOP("Reminders", "Follow-ups due"),
    r.BIRTHDAY: QT_TRANSLATE_NOOP("Reminders", "Birthdays"),
    r.ANNIVERSARY: QT_TRANSLATE_NOOP("Reminders", "Anniversaries of the first trade"),
    r.MONTHLY_CARD: QT_TRANSLATE_NOOP("Reminders", "Monthly card"),
    r.DORMANT: QT_TRANSLATE_NOOP("Reminders", "Dormant customers"),
}

_SOLAR = QT_TRANSLATE_NOOP("Reminders", "%1's birthday on %2 (%3 years)")
_LUNAR = QT_TRANSLATE_NOOP("Reminders", "%1's lunar birthday, %3, on %2")
_ANNIVERSARY = QT_TRANSLATE_NOOP("Reminders", "%1: %2 years since the first trade on %3")
_CARD = QT_TRANSLATE_NOOP("Reminders", "Send this month's card (%1) to %2 customers")
_FOLLOW_UP = QT_TRANSLATE_NOOP("Reminders", "Follow up %1, due %2: %3")
_FOLLOW_UP_BARE = QT_TRANSLATE_NOOP("Reminders", "Follow up %1, due %2")
_DUE = QT_TRANSLATE_NOOP("Reminders", "Complaint %1 of %2 is due by %3")
_LATE = QT_TRANSLATE_NOOP("Reminders", "Complaint %1 of %2 is late: it was due by %3")
_DORMANT = QT_TRANSLATE_NOOP("Reminders", "%1: no deal or done visit for %2 days (last on %3)")
_DORMANT_NEVER = QT_TRANSLATE_NOOP("Reminders", "%1: no deal or done visit for %2 days")
_MISSING = QT_TRANSLATE_NOOP("Reminders", "The visit to %1 on %2 has no result yet")


def kind_label(kind: str, translate: Translate = no_translation) -> str:
    return translate(CONTEXT, KIND_LABELS.get(kind, kind))


def _day(iso: str, language: str) -> str:
    import datetime as dt

    try:
        return date_text(dt.date.fromisoformat(iso[:10]), language) + iso[10:]
    except ValueError:
        return iso


def reminder_text(
    reminder: r.Reminder, translate: Translate = no_translation, language: str = "en"
) -> str:
    """The one sentence that says `reminder` in the reader's language."""

    def say(source: str, *args: object) -> str:
        return fill_args(translate(CONTEXT, source), *(str(a) for a in args))

    name, fact, day = reminder.customer_name, reminder.fact, date_text(reminder.due_on, language)
    kind = reminder.kind
    if kind == r.BIRTHDAY:
        if fact("calendar") == "lunar":
            return say(_LUNAR, name, day, fact("lunar"))
        return say(_SOLAR, name, day, fact("age"))
    if kind == r.ANNIVERSARY:
        return say(_ANNIVERSARY, name, fact("years"), _day(fact("first_trade_on"), language))
    if kind == r.MONTHLY_CARD:
        return say(_CARD, fact("month"), fact("customers"))
    if kind == r.FOLLOW_UP:
        action = fact("action")
        return say(_FOLLOW_UP, name, day, action) if action else say(_FOLLOW_UP_BARE, name, day)
    if kind in (r.COMPLAINT_DUE, r.COMPLAINT_LATE):
        source = _LATE if kind == r.COMPLAINT_LATE else _DUE
        return say(source, f"#{reminder.complaint_id}", name, _day(fact("due_at"), language))
    if kind == r.DORMANT:
        last = fact("last_contact")
        if last:
            return say(_DORMANT, name, fact("days"), _day(last, language))
        return say(_DORMANT_NEVER, name, fact("days"))
    if kind == r.RESULT_MISSING:
        return say(_MISSING, name, _day(fact("start"), language))
    return f"{kind_label(kind, translate)}: {name}"
