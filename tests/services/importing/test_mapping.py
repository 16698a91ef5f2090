"""Column mapping of imported files (services/importing/mapping.py): headers as Google
Contacts, Outlook, our own export and offices write them, in English, 简体 and 繁體."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from desktop_crm.models.core import Contact, Customer, Deal
from desktop_crm.services.common.errors import PermissionDenied, ValidationFailed
from desktop_crm.services.common.settings import IMPORT_MAPPINGS, MAX_SAVED_MAPPINGS, read_setting
from desktop_crm.services.context import AppContext
from desktop_crm.services.customers.export import companion_paths, export_customers
from desktop_crm.services.customers.fields import CONTACT_FIELDS, CUSTOMER_FIELDS
from desktop_crm.services.importing.mapping import (
    RecordKind,
    guess_kind,
    header_signature,
    normalise_header,
    save_mapping,
    saved_kind,
    saved_mapping,
    suggest_mapping,
    targets,
)
from desktop_crm.services.people import manage
from desktop_crm.services.people.roles import Role
from desktop_crm.translator import translate_function

ZH_CN = translate_function("zh_CN")
ZH_TW = translate_function("zh_TW")
ALL = (ZH_CN, ZH_TW)
C, P, D = RecordKind.CUSTOMERS, RecordKind.CONTACTS, RecordKind.DEALS


def mapped(kind: RecordKind, header: list[str]) -> dict[str, str]:
    """header cell → target, for the cells that got one."""
    return {
        cell: key
        for cell, key in zip(header, suggest_mapping(kind, header, ALL), strict=True)
        if key
    }


# ---------------------------------------------------------------- targets


def test_targets_hold_every_field_and_the_extra_keys() -> None:
    keys = [t.key for t in targets(C)]
    assert keys[: len(CUSTOMER_FIELDS)] == [s.name for s in CUSTOMER_FIELDS]
    assert {"external_id", "owner", "given_name", "family_name"} <= set(keys)
    assert [t.key for t in targets(P)] == [
        "customer",
        "external_id",
        *(f"contact.{s.name}" for s in CONTACT_FIELDS),
        "given_name",  # joined into contact.name when there is no name column
        "family_name",
    ]
    assert [t.key for t in targets(D)] == [
        "customer",
        "external_id",
        "deal.date",
        "deal.products",
        "deal.amount",
        "deal.notes",
    ]
    required = {kind: {t.key for t in targets(kind) if t.required} for kind in RecordKind}
    assert required == {C: {"name"}, P: {"contact.name"}, D: {"deal.date"}}
    for kind in RecordKind:  # every label is translated (the .ts files hold them)
        for target in targets(kind):
            assert ZH_CN(target.context, target.label) != target.label or target.key in {
                "tier_manual"
            }, target


def test_normalising_folds_width_case_script_and_punctuation() -> None:
    assert normalise_header(" E-mail Address * ") == "emailaddress"
    assert normalise_header("ＥＭＡＩＬ") == "email"
    assert normalise_header("電子郵件地址") == normalise_header("电子邮件地址") == "电子邮件地址"
    assert normalise_header("商务地址 市/县") == "商务地址市县"


# ---------------------------------------------------------------- Google Contacts

GOOGLE_OLD = (
    "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,"
    "Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,"
    "Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,"
    "Priority,Subject,Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,"
    "E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,"
    "Phone 2 - Value,Phone 3 - Type,Phone 3 - Value,Address 1 - Type,Address 1 - Formatted,"
    "Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,"
    "Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,"
    "Organization 1 - Type,Organization 1 - Name,Organization 1 - Yomi Name,"
    "Organization 1 - Title,Organization 1 - Department,Website 1 - Type,Website 1 - Value"
).split(",")

GOOGLE_NEW = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,"
    "Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,"
    "Organization Title,Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,"
    "E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,"
    "Phone 2 - Label,Phone 2 - Value,Address 1 - Label,Address 1 - Formatted,"
    "Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,"
    "Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,"
    "Website 1 - Label,Website 1 - Value"
).split(",")

# Google's Chinese export: the same layout with the words of the interface language.
GOOGLE_NEW_ZH_CN = (
    "名字,中间名,姓氏,名字拼音,中间名拼音,姓氏拼音,姓名前缀,姓名后缀,昵称,归档为,组织名称,组织职位,"
    "组织部门,生日,备注,照片,标签,电子邮件 1 - 标签,电子邮件 1 - 值,电子邮件 2 - 标签,电子邮件 2 - 值,"
    "电话 1 - 标签,电话 1 - 值,电话 2 - 标签,电话 2 - 值,地址 1 - 标签,地址 1 - 格式化,地址 1 - 街道,"
    "地址 1 - 城市,地址 1 - 邮政信箱,地址 1 - 地区,地址 1 - 邮政编码,地址 1 - 国家/地区"
).split(",")
GOOGLE_NEW_ZH_TW = (
    "名字,中間名,姓氏,名字拼音,中間名拼音,姓氏拼音,姓名前綴,姓名後綴,暱稱,歸檔為,機構名稱,機構職稱,"
    "機構部門,生日,備註,相片,標籤,電子郵件 1 - 標籤,電子郵件 1 - 值,電話 1 - 標籤,電話 1 - 值,"
    "電話 2 - 標籤,電話 2 - 值,地址 1 - 標籤,地址 1 - 格式化,地址 1 - 街道,地址 1 - 城市,地址 1 - 地區"
).split(",")


def test_google_old_format_as_customers() -> None:
    assert mapped(C, GOOGLE_OLD) == {
        "Name": "name",
        "Given Name": "given_name",
        "Family Name": "family_name",
        "Birthday": "birthday",
        "E-mail 1 - Value": "email",
        "Phone 1 - Value": "phone",
        "Phone 2 - Value": "mobile",  # the second phone falls back to the mobile
        "Address 1 - Formatted": "address",  # the formatted address beats the street
        "Address 1 - City": "city",
        "Address 1 - Region": "province",
        "Organization 1 - Name": "company",  # a contact's organisation is the company
    }


def test_google_new_format_as_customers_and_as_contacts() -> None:
    assert mapped(C, GOOGLE_NEW) == {
        "First Name": "given_name",
        "Last Name": "family_name",
        "File As": "name",
        "Organization Name": "company",
        "Birthday": "birthday",
        "E-mail 1 - Value": "email",
        "Phone 1 - Value": "phone",
        "Phone 2 - Value": "mobile",
        "Address 1 - Formatted": "address",
        "Address 1 - City": "city",
        "Address 1 - Region": "province",
    }
    assert mapped(P, GOOGLE_NEW) == {
        "First Name": "given_name",  # the name of a row whose "File As" is empty
        "Last Name": "family_name",
        "File As": "contact.name",
        "Organization Name": "customer",
        "Organization Title": "contact.position",
        "Notes": "contact.notes",
        "E-mail 1 - Value": "contact.email",
        "Phone 1 - Value": "contact.phone",
    }


def test_google_phone_types_in_the_rows_say_which_phone_is_the_mobile() -> None:
    header = GOOGLE_OLD
    rows = []
    for types in (
        ("* Mobile", "Work", "Work Fax"),
        ("Mobile", "Work", "Home Fax"),
        ("Mobile", "", ""),
    ):
        row = [""] * len(header)
        for number, kind in enumerate(types, 1):
            row[header.index(f"Phone {number} - Type")] = kind
        rows.append(row)
    found = suggest_mapping(C, header, ALL, rows)
    by_target = {key: header[column] for column, key in enumerate(found) if key}
    assert by_target["mobile"] == "Phone 1 - Value"
    assert by_target["phone"] == "Phone 2 - Value"
    assert by_target["fax"] == "Phone 3 - Value"
    chinese = ["姓名", "电话 1 - 标签", "电话 1 - 值", "电话 2 - 标签", "电话 2 - 值"]
    found = suggest_mapping(
        C, chinese, ALL, [["张三", "工作", "021 6123 4567", "手机", "13800138000"]]
    )
    assert found == ("name", None, "phone", None, "mobile")
    contacts = suggest_mapping(P, chinese, ALL, [["张三", "工作", "021", "手机", "138"]])
    assert contacts == ("contact.name", None, None, None, "contact.phone")  # a mobile first


@pytest.mark.parametrize("header", [GOOGLE_NEW_ZH_CN, GOOGLE_NEW_ZH_TW], ids=["zh_CN", "zh_TW"])
def test_google_in_chinese(header: list[str]) -> None:
    found = mapped(C, header)
    by_target = {v: k for k, v in found.items()}
    assert by_target["given_name"] == "名字"
    assert by_target["family_name"] == "姓氏"
    assert by_target["company"] in ("组织名称", "機構名稱")
    assert by_target["birthday"] == "生日"
    assert by_target["phone"] in ("电话 1 - 值", "電話 1 - 值")
    assert by_target["mobile"] in ("电话 2 - 值", "電話 2 - 值")
    assert by_target["email"] in ("电子邮件 1 - 值", "電子郵件 1 - 值")
    assert by_target["address"] == "地址 1 - 格式化"
    assert by_target["city"] == "地址 1 - 城市"
    assert by_target["province"] in ("地址 1 - 地区", "地址 1 - 地區")
    assert not {k for k in found if "标签" in k or "標籤" in k}  # labels are no values
    contacts = {v: k for k, v in mapped(P, header).items()}
    assert contacts["contact.position"] in ("组织职位", "機構職稱")
    assert contacts["contact.notes"] in ("备注", "備註")
    assert contacts["customer"] in ("组织名称", "機構名稱")


# ---------------------------------------------------------------- Outlook

OUTLOOK_EN = (
    "Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,"
    "Business Street,Business Street 2,Business Street 3,Business City,Business State,"
    "Business Postal Code,Business Country/Region,Home Street,Home City,Home State,"
    "Assistant's Phone,Business Fax,Business Phone,Business Phone 2,Callback,Car Phone,"
    "Company Main Phone,Home Fax,Home Phone,Home Phone 2,ISDN,Mobile Phone,Other Fax,"
    "Other Phone,Pager,Primary Phone,E-mail Address,E-mail Type,E-mail Display Name,"
    "E-mail 2 Address,Birthday,Manager's Name,Notes,Web Page"
).split(",")
OUTLOOK_ZH_CN = (
    "英文称谓,名,中间名,姓,中文称谓,单位,部门,职务,商务地址 街道,商务地址 街道 2,商务地址 街道 3,"
    "商务地址 市/县,商务地址 省/市/自治区,商务地址 邮政编码,商务地址 国家/地区,住宅地址 街道,"
    "助理的电话,商务传真,商务电话,商务电话 2,回电话,车载电话,单位主要电话,住宅传真,住宅电话,"
    "住宅电话 2,ISDN,移动电话,其他传真,其他电话,寻呼机,主要电话,电子邮件地址,电子邮件类型,"
    "电子邮件显示名称,电子邮件 2 地址,附注,生日,经理姓名,网页"
).split(",")
OUTLOOK_ZH_TW = (
    "頭銜,名字,中間名,姓氏,稱謂,公司,部門,職稱,商務 - 街,商務 - 市/鎮,商務 - 縣市,"
    "商務 - 郵遞區號,商務 - 國家/地區,住家 - 街,助理電話,商務傳真,商務電話,商務電話 2,"
    "汽車電話,住家傳真,住家電話,住家電話 2,行動電話,其他傳真,其他電話,呼叫器,代表電話,"
    "電子郵件地址,記事,生日,主管名稱,網頁"
).split(",")


def test_outlook_in_english() -> None:
    assert mapped(C, OUTLOOK_EN) == {
        "First Name": "given_name",
        "Last Name": "family_name",
        "Company": "company",
        "Business Street": "address",
        "Business City": "city",
        "Business State": "province",
        "Business Fax": "fax",
        "Business Phone": "phone",
        "Mobile Phone": "mobile",
        "E-mail Address": "email",
        "Birthday": "birthday",
    }
    contacts = mapped(P, OUTLOOK_EN)
    assert contacts["Company"] == "customer"
    assert contacts["Job Title"] == "contact.position"
    assert contacts["Mobile Phone"] == "contact.phone"  # a mobile reaches a person first
    assert contacts["E-mail Address"] == "contact.email"
    assert contacts["Notes"] == "contact.notes"


def test_outlook_in_simplified_chinese() -> None:
    assert mapped(C, OUTLOOK_ZH_CN) == {
        "名": "given_name",
        "姓": "family_name",
        "单位": "company",
        "商务地址 街道": "address",
        "商务地址 市/县": "city",
        "商务地址 省/市/自治区": "province",
        "商务传真": "fax",
        "商务电话": "phone",
        "移动电话": "mobile",
        "电子邮件地址": "email",
        "生日": "birthday",
    }
    contacts = mapped(P, OUTLOOK_ZH_CN)
    assert contacts["职务"] == "contact.position"
    assert contacts["附注"] == "contact.notes"
    assert contacts["单位"] == "customer"


def test_outlook_in_traditional_chinese() -> None:
    assert mapped(C, OUTLOOK_ZH_TW) == {
        "名字": "given_name",
        "姓氏": "family_name",
        "公司": "company",
        "商務 - 街": "address",
        "商務 - 市/鎮": "city",
        "商務 - 縣市": "province",
        "商務傳真": "fax",
        "商務電話": "phone",
        "行動電話": "mobile",
        "電子郵件地址": "email",
        "生日": "birthday",
    }
    contacts = mapped(P, OUTLOOK_ZH_TW)
    assert contacts["職稱"] == "contact.position"
    assert contacts["記事"] == "contact.notes"
    assert contacts["公司"] == "customer"


# ---------------------------------------------------------------- hand-made sheets


def test_hand_made_chinese_customer_sheet() -> None:
    header = [
        "序号", "客户名称", "联系人", "公司名称", "手机号", "座机", "邮箱", "省份", "城市", "区县",
        "地址", "生日", "业务员", "客户编号", "备注",
    ]  # fmt: skip
    assert mapped(C, header) == {
        "客户名称": "name",
        "公司名称": "company",
        "手机号": "mobile",
        "座机": "phone",
        "邮箱": "email",
        "省份": "province",
        "城市": "city",
        "区县": "district",
        "地址": "address",
        "生日": "birthday",
        "业务员": "owner",
        "客户编号": "external_id",
    }
    # a person-style sheet: the contact person is the customer's name
    assert mapped(C, ["联系人", "单位名称", "手机", "电话"]) == {
        "联系人": "name",
        "单位名称": "company",
        "手机": "mobile",
        "电话": "phone",
    }
    assert guess_kind(header, ALL) is C


def test_hand_made_deal_and_contact_sheets() -> None:
    deals = ["成交日期", "客户", "商品", "成交金额", "备注"]
    assert mapped(D, deals) == {
        "成交日期": "deal.date",
        "客户": "customer",
        "商品": "deal.products",
        "成交金额": "deal.amount",
        "备注": "deal.notes",
    }
    assert guess_kind(deals, ALL) is D
    assert guess_kind(["日期", "客户姓名", "产品", "金额"], ALL) is D
    contacts = ["客户名称", "联系人", "职务", "手机", "邮箱"]
    assert mapped(P, contacts) == {
        "客户名称": "customer",
        "联系人": "contact.name",
        "职务": "contact.position",
        "手机": "contact.phone",
        "邮箱": "contact.email",
    }
    assert guess_kind(contacts, ALL) is P


def test_bracketed_notes_and_stars_are_read_past() -> None:
    assert suggest_mapping(
        C, ["客户名称(必填)", "手机号码*", "电话（座机）", "邮箱【工作】"], ALL
    ) == (
        "name",
        "mobile",
        "phone",
        "email",
    )


def test_each_target_goes_to_one_column_the_first_on_a_tie() -> None:
    assert suggest_mapping(C, ["电话", "Phone", "电话"], ALL) == ("phone", "mobile", None)
    assert suggest_mapping(C, ["手机", "Mobile"], ALL) == ("mobile", "phone")
    assert suggest_mapping(C, ["", "???", "Unknown column"], ALL) == (None, None, None)


def test_without_translators_english_labels_still_match() -> None:
    assert suggest_mapping(C, ["Name", "Key-customer category", "Manual tier"]) == (
        "name",
        "key_category",
        "tier_manual",
    )


# ---------------------------------------------------------------- our own export


@pytest.fixture
def exported(ctx: AppContext, tmp_path: Path) -> dict[str, tuple[list[str], list[str], list[str]]]:
    """Our export's three header rows, in each language, read back from the files."""
    a = Customer.create(name="甲公司", company="上海甲贸易有限公司", phone="13800138000")
    Contact.create(customer=a.id, name="张经理", position="采购经理")
    Deal.create(customer=a.id, date=dt.date(2024, 3, 5), products="打印机", amount=1)
    headers = {}
    for lang in ("zh_CN", "zh_TW", "en"):
        target = tmp_path / f"export-{lang}.csv"
        export_customers(ctx.user, None, "csv", target, translate=translate_function(lang))
        files = [target, *companion_paths(target)]
        rows = [next(csv.reader(f.read_text("utf-8-sig").splitlines())) for f in files]
        headers[lang] = (rows[0], rows[1], rows[2])
    return headers


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW", "en"])
def test_our_export_maps_back_column_for_column(
    exported: dict[str, tuple[list[str], list[str], list[str]]], lang: str
) -> None:
    customers, contacts, deals = exported[lang]
    assert guess_kind(customers, ALL) is C
    assert guess_kind(contacts, ALL) is P
    assert guess_kind(deals, ALL) is D
    exported_fields = [s.name for s in CUSTOMER_FIELDS if s.exported]
    assert suggest_mapping(C, customers, ALL) == ("external_id", *exported_fields)
    assert suggest_mapping(P, contacts, ALL) == (
        "external_id",
        "customer",
        *(f"contact.{s.name}" for s in CONTACT_FIELDS),
    )
    assert suggest_mapping(D, deals, ALL) == (
        "external_id",
        "customer",
        "deal.date",
        "deal.products",
        "deal.amount",
        "deal.notes",
    )


# ---------------------------------------------------------------- saved mappings


def test_the_signature_ignores_spacing_case_and_script_but_not_order() -> None:
    assert header_signature(["Name", "E-mail"]) == header_signature([" name ", "EMAIL"])
    assert header_signature(["電話", "姓名"]) == header_signature(["电话", "姓名"])
    assert header_signature(["Name", "E-mail"]) != header_signature(["E-mail", "Name"])


def test_a_saved_mapping_comes_back_for_the_same_header_and_kind(ctx: AppContext) -> None:
    owner = ctx.user
    header = ["客户", "电话", "随便"]
    assert saved_mapping(owner, C, header) is None
    save_mapping(owner, C, header, ["name", None, "tax_id"])
    assert saved_mapping(owner, C, header) == ("name", None, "tax_id")
    assert saved_mapping(owner, C, [" 客户", "電話", "随便"]) == ("name", None, "tax_id")
    assert saved_mapping(owner, P, header) is None  # saved for customers only
    assert saved_kind(owner, header) is C
    save_mapping(owner, P, header, ["customer", "contact.phone", None])  # the newest wins
    assert saved_mapping(owner, P, header) == ("customer", "contact.phone", None)
    assert saved_mapping(owner, C, header) is None


def test_a_bad_mapping_is_refused_and_the_oldest_dropped(ctx: AppContext) -> None:
    owner = ctx.user
    with pytest.raises(ValidationFailed) as refused:
        save_mapping(owner, C, ["a", "b"], ["name"])
    assert refused.value.errors[0].code == "invalid"
    with pytest.raises(ValidationFailed) as refused:
        save_mapping(owner, C, ["a", "b"], ["name", "deal.amount"])
    assert refused.value.for_field("mapping.1") is not None
    with pytest.raises(ValidationFailed):
        save_mapping(owner, C, ["a", "b"], ["name", "name"])
    for number in range(MAX_SAVED_MAPPINGS + 5):
        save_mapping(owner, C, [f"列{number}"], ["name"])
    stored = read_setting(IMPORT_MAPPINGS)
    assert len(stored) == MAX_SAVED_MAPPINGS
    assert saved_mapping(owner, C, ["列0"]) is None
    assert saved_mapping(owner, C, [f"列{MAX_SAVED_MAPPINGS + 4}"]) == ("name",)


def test_a_stored_value_that_no_longer_fits_is_not_offered(ctx: AppContext) -> None:
    from desktop_crm.services.common.settings import write_setting

    header = ["客户", "电话"]
    write_setting(
        IMPORT_MAPPINGS,
        {
            header_signature(header): {"kind": "customers", "mapping": ["name", "gone_field"]},
            "junk": {"kind": "planets", "mapping": []},
            "worse": "text",
        },
    )
    assert list(read_setting(IMPORT_MAPPINGS)) == [header_signature(header)]
    assert saved_mapping(ctx.user, C, header) is None


def test_saved_mappings_are_the_offices(ctx: AppContext) -> None:
    rep = manage.add_person(ctx.user, "王建国", Role.REP, password="pw")
    with pytest.raises(PermissionDenied):
        save_mapping(rep, C, ["客户"], ["name"])
    with pytest.raises(PermissionDenied):
        saved_mapping(rep, C, ["客户"])


def test_every_synonym_means_one_thing_and_every_concept_goes_somewhere() -> None:
    from desktop_crm.services.importing.header_synonyms import CONCEPT_TARGETS, HEADERS

    meanings: dict[str, set[str]] = {}
    for concept, words in HEADERS.items():
        for word in words:
            meanings.setdefault(normalise_header(word), set()).add(concept)
    assert {key: found for key, found in meanings.items() if len(found) > 1} == {}
    reached = {concept for by_kind in CONCEPT_TARGETS.values() for concept in by_kind}
    assert set(HEADERS) <= reached
    for kind in RecordKind:
        keys = {t.key for t in targets(kind)}
        for pairs in CONCEPT_TARGETS[kind.value].values():
            assert {key for key, _score in pairs} <= keys
