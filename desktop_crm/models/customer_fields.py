"""The one description of a customer: every field of the five-category file (DOMAIN.md §1).

This list drives the table columns, the form tabs, validation, completeness, import/export
headers and the profile report. Labels are English source strings in the "CustomerField"
translation context; choice labels in "Choice".
"""

from __future__ import annotations

from enum import StrEnum

from ..i18n import QT_TRANSLATE_NOOP

# The building blocks live in models/fields.py; re-exported so older imports keep working.
from .contact_fields import CONTACT_ROLES as CONTACT_ROLES
from .contact_fields import INFLUENCE_LEVELS as INFLUENCE_LEVELS
from .fields import Choice as Choice
from .fields import FieldSpec as FieldSpec
from .fields import Kind as Kind
from .fields import by_name, choices


class Category(StrEnum):
    BASIC = "basic"
    BUSINESS = "business"
    PERSONAL = "personal"
    LOGISTICS = "logistics"
    RECORD = "record"
    SEGMENT = "segment"


CATEGORY_LABELS: dict[Category, str] = {
    Category.BASIC: QT_TRANSLATE_NOOP("CustomerField", "Basic details"),
    Category.BUSINESS: QT_TRANSLATE_NOOP("CustomerField", "Business details"),
    Category.PERSONAL: QT_TRANSLATE_NOOP("CustomerField", "Personal details"),
    Category.LOGISTICS: QT_TRANSLATE_NOOP("CustomerField", "Logistics details"),
    Category.RECORD: QT_TRANSLATE_NOOP("CustomerField", "Business record"),
    Category.SEGMENT: QT_TRANSLATE_NOOP("CustomerField", "Segmentation"),
}

# The five categories shown as form tabs, in order. Segmentation rides on the business tab.
FORM_CATEGORIES: tuple[Category, ...] = (
    Category.BASIC,
    Category.BUSINESS,
    Category.PERSONAL,
    Category.LOGISTICS,
    Category.RECORD,
)


_choices = choices


COMPANY_FORMS = _choices(
    ("sole", QT_TRANSLATE_NOOP("Choice", "Sole proprietorship")),
    ("partnership", QT_TRANSLATE_NOOP("Choice", "Partnership")),
    ("limited", QT_TRANSLATE_NOOP("Choice", "Limited company")),
    ("joint_stock", QT_TRANSLATE_NOOP("Choice", "Joint-stock company")),
    ("state", QT_TRANSLATE_NOOP("Choice", "State-owned")),
    ("individual", QT_TRANSLATE_NOOP("Choice", "Individual")),
    ("other", QT_TRANSLATE_NOOP("Choice", "Other")),
)
CITY_SIZES = _choices(
    ("metropolis", QT_TRANSLATE_NOOP("Choice", "Metropolis")),
    ("large", QT_TRANSLATE_NOOP("Choice", "Large city")),
    ("medium", QT_TRANSLATE_NOOP("Choice", "Medium city")),
    ("small", QT_TRANSLATE_NOOP("Choice", "Small city")),
    ("county", QT_TRANSLATE_NOOP("Choice", "County town")),
    ("rural", QT_TRANSLATE_NOOP("Choice", "Rural")),
)
USAGE_RATES = _choices(
    ("never", QT_TRANSLATE_NOOP("Choice", "Never")),
    ("occasional", QT_TRANSLATE_NOOP("Choice", "Occasionally")),
    ("often", QT_TRANSLATE_NOOP("Choice", "Often")),
)
USER_STATUSES = _choices(
    ("non_user", QT_TRANSLATE_NOOP("Choice", "Non-user")),
    ("ex_user", QT_TRANSLATE_NOOP("Choice", "Former user")),
    ("potential", QT_TRANSLATE_NOOP("Choice", "Potential user")),
    ("first_time", QT_TRANSLATE_NOOP("Choice", "First-time user")),
    ("regular", QT_TRANSLATE_NOOP("Choice", "Regular user")),
)
BRAND_LOYALTIES = _choices(
    ("none", QT_TRANSLATE_NOOP("Choice", "None")),
    ("normal", QT_TRANSLATE_NOOP("Choice", "Normal")),
    ("strong", QT_TRANSLATE_NOOP("Choice", "Strong")),
    ("very_strong", QT_TRANSLATE_NOOP("Choice", "Very strong")),
)
ATTITUDES = _choices(
    ("enthusiastic", QT_TRANSLATE_NOOP("Choice", "Enthusiastic")),
    ("positive", QT_TRANSLATE_NOOP("Choice", "Positive")),
    ("concerned", QT_TRANSLATE_NOOP("Choice", "Concerned")),
    ("indifferent", QT_TRANSLATE_NOOP("Choice", "Indifferent")),
    ("negative", QT_TRANSLATE_NOOP("Choice", "Negative")),
    ("hostile", QT_TRANSLATE_NOOP("Choice", "Hostile")),
)
KEY_CATEGORIES = _choices(
    ("key", QT_TRANSLATE_NOOP("Choice", "Key customer")),
    ("ordinary", QT_TRANSLATE_NOOP("Choice", "Ordinary customer")),
    ("potential", QT_TRANSLATE_NOOP("Choice", "Potential customer")),
    ("unattractive", QT_TRANSLATE_NOOP("Choice", "Unattractive prospect")),
)
TIERS = _choices(("A", "A"), ("B", "B"), ("C", "C"), ("D", "D"))
CHANNELS = _choices(
    ("phone", QT_TRANSLATE_NOOP("Choice", "Phone")),
    ("mobile", QT_TRANSLATE_NOOP("Choice", "Mobile / SMS")),
    ("wechat", QT_TRANSLATE_NOOP("Choice", "WeChat")),
    ("email", QT_TRANSLATE_NOOP("Choice", "E-mail")),
    ("visit", QT_TRANSLATE_NOOP("Choice", "Visit")),
    ("fax", QT_TRANSLATE_NOOP("Choice", "Fax")),
)
CREDIT_STATUSES = _choices(
    ("good", QT_TRANSLATE_NOOP("Choice", "Good")),
    ("normal", QT_TRANSLATE_NOOP("Choice", "Normal")),
    ("watch", QT_TRANSLATE_NOOP("Choice", "Watch")),
    ("bad", QT_TRANSLATE_NOOP("Choice", "Bad")),
)

B, BU, P, L, R, S = (
    Category.BASIC,
    Category.BUSINESS,
    Category.PERSONAL,
    Category.LOGISTICS,
    Category.RECORD,
    Category.SEGMENT,
)

CUSTOMER_FIELDS: tuple[FieldSpec, ...] = (
    # 基本资料
    FieldSpec(
        "name",
        B,
        QT_TRANSLATE_NOOP("CustomerField", "Name"),
        required=True,
        max_length=100,
        list_position=1,
    ),
    FieldSpec(
        "company", B, QT_TRANSLATE_NOOP("CustomerField", "Company"), max_length=200, list_position=2
    ),
    FieldSpec("address", B, QT_TRANSLATE_NOOP("CustomerField", "Address"), max_length=300),
    # the list's phone column shows the mobile when there is no phone
    FieldSpec("phone", B, QT_TRANSLATE_NOOP("CustomerField", "Phone"), Kind.PHONE, list_position=3),
    FieldSpec("mobile", B, QT_TRANSLATE_NOOP("CustomerField", "Mobile"), Kind.PHONE),
    FieldSpec("fax", B, QT_TRANSLATE_NOOP("CustomerField", "Fax"), Kind.PHONE, completeness=False),
    FieldSpec("email", B, QT_TRANSLATE_NOOP("CustomerField", "E-mail"), Kind.EMAIL),
    FieldSpec("bank", B, QT_TRANSLATE_NOOP("CustomerField", "Bank")),
    FieldSpec(
        "bank_account", B, QT_TRANSLATE_NOOP("CustomerField", "Account number"), max_length=64
    ),
    FieldSpec("tax_id", B, QT_TRANSLATE_NOOP("CustomerField", "Tax ID"), max_length=64),
    FieldSpec(
        "legal_representative", B, QT_TRANSLATE_NOOP("CustomerField", "Legal representative")
    ),
    FieldSpec("manager", B, QT_TRANSLATE_NOOP("CustomerField", "Owner / manager")),
    FieldSpec("founded_on", B, QT_TRANSLATE_NOOP("CustomerField", "Founding date"), Kind.DATE),
    FieldSpec(
        "company_form",
        B,
        QT_TRANSLATE_NOOP("CustomerField", "Company form"),
        Kind.CHOICE,
        choices=COMPANY_FORMS,
    ),
    FieldSpec("assets", B, QT_TRANSLATE_NOOP("CustomerField", "Assets"), Kind.MONEY),
    FieldSpec(
        "first_trade_on", B, QT_TRANSLATE_NOOP("CustomerField", "First trade date"), Kind.DATE
    ),
    # 商业细节
    FieldSpec(
        "development_plans",
        BU,
        QT_TRANSLATE_NOOP("CustomerField", "Development plans"),
        Kind.LONGTEXT,
    ),
    FieldSpec(
        "fiscal_year_start",
        BU,
        QT_TRANSLATE_NOOP("CustomerField", "Fiscal year start"),
        Kind.MONTHDAY,
    ),
    FieldSpec(
        "fiscal_year_end", BU, QT_TRANSLATE_NOOP("CustomerField", "Fiscal year end"), Kind.MONTHDAY
    ),
    FieldSpec("service_area", BU, QT_TRANSLATE_NOOP("CustomerField", "Service area")),
    FieldSpec("sales_capacity", BU, QT_TRANSLATE_NOOP("CustomerField", "Sales capacity")),
    FieldSpec("growth_potential", BU, QT_TRANSLATE_NOOP("CustomerField", "Growth potential")),
    FieldSpec(
        "business_philosophy",
        BU,
        QT_TRANSLATE_NOOP("CustomerField", "Business philosophy"),
        Kind.LONGTEXT,
    ),
    FieldSpec(
        "direction_policies",
        BU,
        QT_TRANSLATE_NOOP("CustomerField", "Direction and policies"),
        Kind.LONGTEXT,
    ),
    FieldSpec("size", BU, QT_TRANSLATE_NOOP("CustomerField", "Size")),
    FieldSpec(
        "characteristics", BU, QT_TRANSLATE_NOOP("CustomerField", "Characteristics"), Kind.LONGTEXT
    ),
    FieldSpec(
        "competitor_relations",
        BU,
        QT_TRANSLATE_NOOP("CustomerField", "Relations with competitors"),
        Kind.LONGTEXT,
    ),
    FieldSpec(
        "cooperation_attitude", BU, QT_TRANSLATE_NOOP("CustomerField", "Cooperation attitude")
    ),
    # 市场细分 (segmentation, shown on the business tab)
    FieldSpec("region", S, QT_TRANSLATE_NOOP("CustomerField", "Region"), max_length=60),
    FieldSpec("province", S, QT_TRANSLATE_NOOP("CustomerField", "Province"), max_length=60),
    FieldSpec(
        "city", S, QT_TRANSLATE_NOOP("CustomerField", "City"), max_length=60, list_position=4
    ),
    FieldSpec(
        "district",
        S,
        QT_TRANSLATE_NOOP("CustomerField", "District"),
        max_length=60,
        completeness=False,
    ),
    FieldSpec(
        "city_size",
        S,
        QT_TRANSLATE_NOOP("CustomerField", "City size"),
        Kind.CHOICE,
        choices=CITY_SIZES,
    ),
    FieldSpec(
        "usage_rate",
        S,
        QT_TRANSLATE_NOOP("CustomerField", "Usage rate"),
        Kind.CHOICE,
        choices=USAGE_RATES,
    ),
    FieldSpec(
        "user_status",
        S,
        QT_TRANSLATE_NOOP("CustomerField", "User status"),
        Kind.CHOICE,
        choices=USER_STATUSES,
    ),
    FieldSpec(
        "brand_loyalty",
        S,
        QT_TRANSLATE_NOOP("CustomerField", "Brand loyalty"),
        Kind.CHOICE,
        choices=BRAND_LOYALTIES,
    ),
    FieldSpec(
        "attitude",
        S,
        QT_TRANSLATE_NOOP("CustomerField", "Attitude to our product"),
        Kind.CHOICE,
        choices=ATTITUDES,
    ),
    FieldSpec(
        "key_category",
        S,
        QT_TRANSLATE_NOOP("CustomerField", "Key-customer category"),
        Kind.CHOICE,
        choices=KEY_CATEGORIES,
    ),
    FieldSpec(
        "tier_manual",
        S,
        QT_TRANSLATE_NOOP("CustomerField", "Manual tier"),
        Kind.CHOICE,
        choices=TIERS,
        completeness=False,
    ),
    FieldSpec(
        "tier_reason",
        S,
        QT_TRANSLATE_NOOP("CustomerField", "Reason for manual tier"),
        completeness=False,
    ),
    # 个人细节
    FieldSpec("birthday", P, QT_TRANSLATE_NOOP("CustomerField", "Birthday"), Kind.DATE),
    # 农历生日 (step 72): services/common/lunar.py reads, names and places it
    FieldSpec(
        "lunar_birthday",
        P,
        QT_TRANSLATE_NOOP("CustomerField", "Lunar birthday"),
        Kind.LUNARDAY,
        completeness=False,
        max_length=6,
    ),
    FieldSpec(
        "age", P, QT_TRANSLATE_NOOP("CustomerField", "Age"), Kind.INTEGER, completeness=False
    ),
    FieldSpec("interests", P, QT_TRANSLATE_NOOP("CustomerField", "Interests")),
    FieldSpec("hobbies", P, QT_TRANSLATE_NOOP("CustomerField", "Hobbies")),
    FieldSpec(
        "preferences",
        P,
        QT_TRANSLATE_NOOP("CustomerField", "Biases and preferences"),
        Kind.LONGTEXT,
    ),
    FieldSpec("family", P, QT_TRANSLATE_NOOP("CustomerField", "Family"), Kind.LONGTEXT),
    FieldSpec("education", P, QT_TRANSLATE_NOOP("CustomerField", "Education")),
    # 后勤细节
    FieldSpec(
        "priority_delivery",
        L,
        QT_TRANSLATE_NOOP("CustomerField", "Priority delivery"),
        Kind.BOOL,
        completeness=False,
    ),
    FieldSpec(
        "delivery_address",
        L,
        QT_TRANSLATE_NOOP("CustomerField", "Delivery address"),
        max_length=300,
    ),
    FieldSpec("receiving_hours", L, QT_TRANSLATE_NOOP("CustomerField", "Receiving hours")),
    FieldSpec("payment_terms", L, QT_TRANSLATE_NOOP("CustomerField", "Payment terms")),
    FieldSpec("contact_times", L, QT_TRANSLATE_NOOP("CustomerField", "Preferred contact times")),
    FieldSpec(
        "contact_channel",
        L,
        QT_TRANSLATE_NOOP("CustomerField", "Preferred channel"),
        Kind.CHOICE,
        choices=CHANNELS,
    ),
    # 商业记录 (deals are a table of their own)
    FieldSpec(
        "credit_status",
        R,
        QT_TRANSLATE_NOOP("CustomerField", "Credit status"),
        Kind.CHOICE,
        choices=CREDIT_STATUSES,
    ),
    FieldSpec("trade_terms", R, QT_TRANSLATE_NOOP("CustomerField", "Trade terms")),
    FieldSpec(
        "open_problems",
        R,
        QT_TRANSLATE_NOOP("CustomerField", "Open problems"),
        Kind.LONGTEXT,
        completeness=False,
    ),
    FieldSpec(
        "our_advantages", R, QT_TRANSLATE_NOOP("CustomerField", "Our advantages"), Kind.LONGTEXT
    ),
    FieldSpec("future_plans", R, QT_TRANSLATE_NOOP("CustomerField", "Future plans"), Kind.LONGTEXT),
    FieldSpec("next_action", R, QT_TRANSLATE_NOOP("CustomerField", "Next action")),
    FieldSpec(
        "next_action_on", R, QT_TRANSLATE_NOOP("CustomerField", "Next action due"), Kind.DATE
    ),
)

FIELDS_BY_NAME: dict[str, FieldSpec] = by_name(CUSTOMER_FIELDS)


def fields_in(category: Category) -> list[FieldSpec]:
    return [spec for spec in CUSTOMER_FIELDS if spec.category == category]


def list_fields() -> list[FieldSpec]:
    """The described fields the customer list shows as columns, in column order."""
    return sorted((s for s in CUSTOMER_FIELDS if s.list_position), key=lambda s: s.list_position)


def form_fields(tab: Category) -> list[FieldSpec]:
    """The fields a form tab shows: segmentation rides on the business tab."""
    specs = fields_in(tab)
    if tab == Category.BUSINESS:
        specs += fields_in(Category.SEGMENT)
    return specs
