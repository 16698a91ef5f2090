"""One sentence per FieldError code, for the UI and for services that explain in words.

The sentences were the UI's (ui/common/messages.py still hands them out as `error_text`), the
refusals of a merge and an unmerge (`MERGE_SENTENCES`) among them; they live here so a
service can fill a reason into its own result in the user's language (the import engine's
row problems, services/importing/engine.py) without Qt: the caller passes a
`translate(context, text)` (QCoreApplication.translate in the window, ui.i18n's
`translate_function(lang)` in a command, nothing for English).
"""

from __future__ import annotations

from collections.abc import Callable

from ...i18n import QT_TRANSLATE_NOOP, fill_args
from ...models.customer_fields import FIELDS_BY_NAME
from .acting import rule
from .errors import FieldError

Translate = Callable[[str, str], str]

_CONTEXT = "FieldErrors"

# code -> (English source, the params filled into %1, %2 … in order)
SENTENCES: dict[str, tuple[str, tuple[str, ...]]] = {
    "required": (QT_TRANSLATE_NOOP("FieldErrors", "This field is required."), ()),
    "too_long": (
        QT_TRANSLATE_NOOP("FieldErrors", "Too long: %1 characters, at most %2 are allowed."),
        ("length", "limit"),
    ),
    "control_char": (
        QT_TRANSLATE_NOOP(
            "FieldErrors",
            "Contains invisible control characters (such as a NUL byte); remove them.",
        ),
        (),
    ),
    "encoding": (
        QT_TRANSLATE_NOOP(
            "FieldErrors",
            "Contains a broken character (half of a character pair); type or paste it again.",
        ),
        (),
    ),
    "type": (QT_TRANSLATE_NOOP("FieldErrors", "Not a value this field can hold."), ()),
    "email": (
        QT_TRANSLATE_NOOP("FieldErrors", "Not an e-mail address; use the form name@example.com."),
        (),
    ),
    "phone": (
        QT_TRANSLATE_NOOP(
            "FieldErrors",
            "Not a phone number; use digits, spaces and + - ( ), e.g. 021-6234 5678.",
        ),
        (),
    ),
    "date": (
        QT_TRANSLATE_NOOP("FieldErrors", "Not a valid date; use YYYY-MM-DD, e.g. 2025-02-28."),
        (),
    ),
    "monthday": (
        QT_TRANSLATE_NOOP("FieldErrors", "Not a valid month and day; use MM-DD, e.g. 01-31."),
        (),
    ),
    "lunarday": (
        QT_TRANSLATE_NOOP(
            "FieldErrors",
            "Not a lunar month and day; use MM-DD or e.g. 八月十五 (L04-15 or 闰四月十五 for a "
            "leap month).",
        ),
        (),
    ),
    "money": (
        QT_TRANSLATE_NOOP(
            "FieldErrors",
            "Not an amount; use digits with an optional decimal point, e.g. 12500.50.",
        ),
        (),
    ),
    "integer": (QT_TRANSLATE_NOOP("FieldErrors", "Not a whole number from 0 to 200."), ()),
    "choice": (QT_TRANSLATE_NOOP("FieldErrors", "Not one of the offered choices."), ()),
    "range": (
        QT_TRANSLATE_NOOP("FieldErrors", "Out of range: it must lie from %1 to %2."),
        ("low", "high"),
    ),
    "duplicate": (
        QT_TRANSLATE_NOOP("FieldErrors", "Already there: this must be different from the others."),
        (),
    ),
    "inactive": (
        QT_TRANSLATE_NOOP("FieldErrors", "%1 has been deactivated; choose an active person."),
        ("value",),
    ),
    "not_found": (QT_TRANSLATE_NOOP("FieldErrors", "Not found; it may have been deleted."), ()),
    "too_full": (
        QT_TRANSLATE_NOOP(
            "FieldErrors",
            "The visits of %1 would run past midnight in the new order; the times are kept.",
        ),
        ("value",),
    ),
    "in_use": (
        QT_TRANSLATE_NOOP(
            "FieldErrors",
            "The stage “%1” still holds %2 opportunities: move them to another stage first.",
        ),
        ("stage", "count"),
    ),
    "future": (
        QT_TRANSLATE_NOOP("FieldErrors", "This time lies in the future."),
        (),
    ),
    "image": (
        QT_TRANSLATE_NOOP("FieldErrors", "This is no PNG or JPEG picture."),
        (),
    ),
    "before_received": (
        QT_TRANSLATE_NOOP("FieldErrors", "The deadline must come after the time received."),
        (),
    ),
}
SENTENCES["number"] = SENTENCES["money"]

# The import's own codes (services/importing/engine.py), translated in the "Import" context.
IMPORT_CONTEXT = "Import"
IMPORT_SENTENCES: dict[str, tuple[str, tuple[str, ...]]] = {
    "unknown_rep": (
        QT_TRANSLATE_NOOP("Import", "No person of the office is called %1."),
        ("value",),
    ),
    "no_customer": (
        QT_TRANSLATE_NOOP("Import", "No customer found for %1."),
        ("value",),
    ),
    "ambiguous": (
        QT_TRANSLATE_NOOP("Import", "Several customers match (%1): say which in the file."),
        ("ids",),
    ),
    "conflict": (
        QT_TRANSLATE_NOOP(
            "Import", "Someone changed this customer during the import; import it again."
        ),
        (),
    ),
    "undone": (
        QT_TRANSLATE_NOOP("Import", "This import has been undone already."),
        (),
    ),
    "yes_no": (
        QT_TRANSLATE_NOOP("Import", "Not yes or no: %1."),
        ("value",),
    ),
}
IMPORT_CODES = frozenset(IMPORT_SENTENCES)
SENTENCES.update(IMPORT_SENTENCES)
_UNKNOWN = QT_TRANSLATE_NOOP("FieldErrors", "Invalid value (%1).")

# The refusals of a merge or an unmerge (services/customers/merge.py, and a restore from the
# trash of a merged-away customer, customers/writes.py), in the "FieldErrors" context. An
# unmerge's "undone" names `merge_id`; the import's "undone" (IMPORT_SENTENCES) names `batch`.
MERGE_SENTENCES: dict[str, tuple[str, tuple[str, ...]]] = {
    "same_customer": (
        QT_TRANSLATE_NOOP("FieldErrors", "A customer cannot be merged with itself."),
        (),
    ),
    "in_trash": (
        QT_TRANSLATE_NOOP("FieldErrors", "“%1” is in the trash; restore it before merging."),
        ("name",),
    ),
    "merged_away": (
        QT_TRANSLATE_NOOP(
            "FieldErrors",
            "It was merged into “%1”: unmerge it in the History tab of “%1” to get it back "
            "with everything it had.",
        ),
        ("survivor",),
    ),
    "undone": (QT_TRANSLATE_NOOP("FieldErrors", "This merge has already been undone."), ()),
    "later_merge": (
        QT_TRANSLATE_NOOP(
            "FieldErrors",
            "A later merge (“%2” into “%1”) must be undone first: merges are undone newest first.",
        ),
        ("survivor", "other"),
    ),
    "changed_since_merge": (
        QT_TRANSLATE_NOOP(
            "FieldErrors",
            "“%1” was changed after the merge (%2); undoing the merge would lose that "
            "change. Change it back first, or keep the merge.",
        ),
        ("customer", "fields"),
    ),
}
MERGE_FIELD = "merge_id"  # where an unmerge's refusals are named
# columns of the customer without a field of the description, as changed_since_merge names them
_MERGE_COLUMNS = {
    "owner_rep": QT_TRANSLATE_NOOP("FieldErrors", "Owning rep"),
    "referred_by": QT_TRANSLATE_NOOP("FieldErrors", "Referred by"),
    "deleted_at": QT_TRANSLATE_NOOP("FieldErrors", "In the trash"),
    "deleted_by": QT_TRANSLATE_NOOP("FieldErrors", "In the trash"),
}
_CONTACTS = QT_TRANSLATE_NOOP("FieldErrors", "Contacts")
_LIST_SEPARATOR = QT_TRANSLATE_NOOP("FieldErrors", ", ")


def _is_merge_error(error: FieldError) -> bool:
    if error.code not in MERGE_SENTENCES:
        return False
    return error.code != "undone" or error.field == MERGE_FIELD


@rule
def field_name_label(name: str, translate: Translate | None = None) -> str:
    """The label of a customer field (or of "contacts") in the language of `translate`; the
    name itself when no field has it."""
    words: Translate = translate or (lambda _context, text: text)
    if name == "contacts":
        return words(_CONTEXT, _CONTACTS)
    spec = FIELDS_BY_NAME.get(name)
    return words("CustomerField", spec.label) if spec else name


def _merge_sentence(error: FieldError, words: Translate) -> str:
    text, params = MERGE_SENTENCES[error.code]
    values = []
    for name in params:
        value = error.params.get(name, "?")
        if name == "fields":
            fields = value if isinstance(value, list | tuple) else []
            labels = dict.fromkeys(
                words(_CONTEXT, _MERGE_COLUMNS[str(f)])
                if str(f) in _MERGE_COLUMNS
                else field_name_label(str(f), words)
                for f in fields
            )
            value = words(_CONTEXT, _LIST_SEPARATOR).join(labels)
        values.append(value)
    return fill_args(words(_CONTEXT, text), *values)


@rule
def error_sentence(error: FieldError, translate: Translate | None = None) -> str:
    """One clear sentence for `error` in the language of `translate` (English without);
    unknown codes still say something useful."""
    words: Translate = translate or (lambda _context, text: text)
    if _is_merge_error(error):
        return _merge_sentence(error, words)
    found = SENTENCES.get(error.code)
    if found is None:
        return fill_args(words(_CONTEXT, _UNKNOWN), error.code)
    text, params = found
    context = IMPORT_CONTEXT if error.code in IMPORT_CODES else _CONTEXT
    return fill_args(words(context, text), *(error.params.get(name, "?") for name in params))
