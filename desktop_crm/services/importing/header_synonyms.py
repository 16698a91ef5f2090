"""The column headers real files carry, grouped by what they mean (issue 11's mapping).

`mapping.suggest_mapping` folds every header (NFKC, case, traditional → simplified, no spaces
or punctuation) and looks it up here; `CONCEPT_TARGETS` below says what each concept
becomes for customers, contacts and deals. Traditional Chinese needs no entries of its own
when its simplified form is here (電子郵件地址 folds to 电子邮件地址), only for Taiwan's own
words (行動電話, 職稱, 記事 …). Google's numbered headers ("Phone 1 - Value", "组织 1 - 名称")
are read as base + part by the mapping, so "Organization 1 - Name" is found as
"organizationname", and a part in VALUE_PARTS ("Value", "值", "Formatted") stands for the
base alone.

Sources (what the headers were checked against):
- Google Contacts CSV, old format ("Name, Given Name, … Organization 1 - Name, Phone 1 -
  Value") and new format ("First Name, Middle Name, Last Name, … Organization Name,
  Organization Title, … E-mail 1 - Label, E-mail 1 - Value, Phone 1 - Label, Address 1 -
  Formatted"): headers quoted in owncloud-archive/contacts issue #785 and in several public
  importers and exporters found by the code search (Google's own help names the format).
  Google's Chinese headers (名字, 姓氏, 电话 1 - 值, 电子邮件 1 - 值, 组织 1 - 名称 …) could
  not be confirmed from a public file: they are covered by folding and by the base + part
  reading, whatever the exact wording of the part.
- Outlook CSV, English: the field list at spstechnical.com ("Outlook Contact Fields": First
  Name, Last Name, Company, Job Title, Business Street, Business City, Business State,
  Business Phone, Business Phone 2, Mobile Phone, Home Phone, Other Phone, Primary Phone,
  Business Fax, E-mail Address, E-mail 2 Address, Birthday, Notes …).
- Outlook CSV, 简体中文: the header row that public scripts write for Chinese Outlook
  ("英文称谓,名,中间名,姓,…,单位,部门,职务,商务地址 街道,…,商务地址 市/县,商务地址 省/市/自治区,…,
  商务传真,商务电话,商务电话 2,…,住宅电话,…,移动电话,其他传真,其他电话,…,主要电话,…,电子邮件地址,
  …,附注,…,生日,…"), and Roundcube's program/localization/zh_CN/csv2vcard.inc (Outlook
  2010 and Thunderbird in Chinese: 名字, 姓氏, 公司, 职位, 公司电话, 手机, 电子邮件地址, 备注 …).
- Outlook CSV, 繁體中文: Roundcube's program/localization/zh_TW/csv2vcard.inc (名字, 姓氏,
  公司, 職稱, 商務電話, 行動電話, 住家電話, 商務傳真, 電子郵件地址, 記事, 商務 - 街, 商務 - 市/鎮 …).
- Hand-made Chinese sheets: the words offices use (客户名称, 联系人, 手机号, 座机, 业务员 …).
"""

from __future__ import annotations

from enum import StrEnum


class Concept(StrEnum):
    FULL_NAME = "full_name"
    CUSTOMER_NAME = "customer_name"
    CONTACT_PERSON = "contact_person"
    COMPANY = "company"
    GIVEN_NAME = "given_name"
    FAMILY_NAME = "family_name"
    JOB_TITLE = "job_title"
    TITLE_WEAK = "title_weak"
    PHONE = "phone"
    PHONE_PRIMARY = "phone_primary"
    PHONE_HOME = "phone_home"
    PHONE_OTHER = "phone_other"
    MOBILE = "mobile"
    FAX = "fax"
    FAX_OTHER = "fax_other"
    EMAIL = "email"
    EMAIL_OTHER = "email_other"
    ADDRESS = "address"
    ADDRESS_STREET = "address_street"
    ADDRESS_HOME = "address_home"
    PROVINCE = "province"
    CITY = "city"
    DISTRICT = "district"
    REGION = "region"
    BIRTHDAY = "birthday"
    NOTES = "notes"
    EXTERNAL_ID = "external_id"
    EXTERNAL_ID_WEAK = "external_id_weak"
    OWNER = "owner"
    TAX_ID = "tax_id"
    BANK = "bank"
    BANK_ACCOUNT = "bank_account"
    LEGAL_REPRESENTATIVE = "legal_representative"
    DELIVERY_ADDRESS = "delivery_address"
    FOUNDED_ON = "founded_on"
    NEXT_ACTION = "next_action"
    CUSTOMER_CATEGORY = "customer_category"
    CONTACT_ROLE = "contact_role"
    INFLUENCE = "influence"
    DATE = "date"
    AMOUNT = "amount"
    PRODUCTS = "products"


HEADERS: dict[Concept, tuple[str, ...]] = {
    Concept.FULL_NAME: (
        "Name", "Full Name", "Display Name", "File As", "姓名", "全名", "显示名称", "顯示名稱",
    ),
    Concept.CUSTOMER_NAME: (
        "Customer", "Customer Name", "Client", "Client Name", "Account Name",
        "客户", "客户名称", "客户姓名", "客户名", "客户全称", "客户简称", "顾客", "顾客姓名",
        "购买方", "购货单位", "往来单位",
    ),
    Concept.CONTACT_PERSON: (
        "Contact", "Contact Name", "Contact Person", "联系人", "联系人姓名", "联系人名称",
        "聯絡人", "聯絡人姓名",
    ),
    Concept.COMPANY: (
        "Company", "Company Name", "Organization", "Organisation", "Organization Name",
        "Organisation Name", "Business Name", "Employer",
        "公司", "公司名称", "公司全称", "单位", "单位名称", "工作单位", "所在单位", "企业名称",
        "企业", "组织", "组织名称", "机构", "机构名称",
    ),
    Concept.GIVEN_NAME: ("First Name", "Given Name", "Forename", "名", "名字"),
    Concept.FAMILY_NAME: ("Last Name", "Family Name", "Surname", "姓", "姓氏"),
    Concept.JOB_TITLE: (
        "Job Title", "Position", "Organization Title", "Organisation Title",
        "Role Title", "职位", "职务", "职称", "岗位", "组织职位", "组织职称",
        "機構職稱", "机构职位", "职位名称",
    ),
    # Outlook's "Title" and 头衔 / 頭銜 are the salutation (Mr., Dr.); elsewhere a job title
    Concept.TITLE_WEAK: ("Title", "头衔"),
    Concept.PHONE: (
        "Phone", "Telephone", "Tel", "Phone Number", "Telephone Number", "Business Phone",
        "Work Phone", "Office Phone", "Company Main Phone", "Landline",
        "电话", "电话号码", "联系电话", "联系方式", "座机", "座机号码", "固话", "固定电话",
        "办公电话", "工作电话", "单位电话", "公司电话", "商务电话", "单位主要电话", "公司主要电话",
        "聯絡電話", "辦公室電話",
    ),
    Concept.PHONE_PRIMARY: ("Primary Phone", "Main Phone", "主要电话", "代表电话"),
    Concept.PHONE_HOME: (
        "Home Phone", "Home Telephone", "住宅电话", "家庭电话", "住家电话", "家庭电话号码",
    ),
    Concept.PHONE_OTHER: (
        "Other Phone", "Car Phone", "Callback", "Assistant's Phone", "Radio Phone",
        "其他电话", "车载电话", "回电话", "助理的电话", "助理电话", "汽车电话",
    ),
    Concept.MOBILE: (
        "Mobile", "Mobile Phone", "Mobile Number", "Cell", "Cell Phone", "Cellphone",
        "Cellular Phone", "Mobile Phone Number", "手机", "手机号", "手机号码", "移动电话",
        "行动电话", "手机号碼", "联系手机", "联系人手机", "手提电话", "手提",
    ),
    Concept.FAX: (
        "Fax", "Business Fax", "Work Fax", "Fax Number", "传真", "传真号码", "商务传真",
        "公司传真", "单位传真", "工作传真",
    ),
    Concept.FAX_OTHER: ("Home Fax", "Other Fax", "住宅传真", "家庭传真", "住家传真", "其他传真"),
    Concept.EMAIL: (
        "E-mail", "Email", "E-mail Address", "Email Address", "Mail", "Primary Email",
        "Work Email", "Business Email", "邮箱", "邮件", "电子邮件", "电子邮件地址", "电子邮箱",
        "邮箱地址", "电邮", "主要邮箱", "电子信箱", "信箱", "工作邮箱",
    ),
    Concept.EMAIL_OTHER: ("Secondary Email", "Other Email", "Home Email", "备用邮箱", "次要email"),
    Concept.ADDRESS: (
        "Address", "Business Address", "Work Address", "Street Address", "Mailing Address",
        "Full Address", "地址", "详细地址", "联系地址", "通讯地址", "通信地址", "公司地址",
        "单位地址", "办公地址", "商务地址", "工作地址", "所在地址", "Address Formatted",
    ),
    Concept.ADDRESS_STREET: (
        "Business Street", "Work Street", "Street", "Address Street", "街道", "商务地址街道",
        "商务街", "地址街道",
    ),
    Concept.ADDRESS_HOME: (
        "Home Address", "Home Street", "家庭地址", "住宅地址", "住宅地址街道", "住家住址",
        "家庭住址", "住址", "住家街",
    ),
    Concept.PROVINCE: (
        "Province", "State", "Business State", "State/Province", "Address Region",
        "省", "省份", "所在省份", "所属省份", "省/市/自治区", "商务地址省市自治区",
        "商务县市", "商务地址县市", "地址区域", "地址地区", "地址省份",
    ),
    Concept.CITY: (
        "City", "Town", "Business City", "Address City", "市", "城市", "所在城市",
        "所属城市", "所在地", "市/县", "商务地址市县", "商务市镇", "地址城市",
    ),
    Concept.DISTRICT: ("District", "County", "区县", "区", "县", "区/县", "所在区县", "县区"),
    Concept.REGION: ("Region", "Area", "Sales Region", "区域", "大区", "销售区域", "片区"),
    Concept.BIRTHDAY: (
        "Birthday", "Birth Date", "Date of Birth", "DOB", "生日", "出生日期", "出生年月日",
        "出生年月",
    ),
    Concept.NOTES: (
        "Notes", "Note", "Comments", "Comment", "Remarks", "Memo", "Description",
        "备注", "附注", "说明", "记事", "备忘", "注释", "备注信息",
    ),
    Concept.EXTERNAL_ID: (
        "Customer ID", "Customer No", "Customer Number", "Customer Code", "Client ID",
        "Account ID", "External ID", "客户编号", "客户ID", "客户代码", "客户号", "客户编码",
        "客户代号", "客户序号",
    ),
    Concept.EXTERNAL_ID_WEAK: ("ID", "No", "Code", "编号", "编码", "代码", "代号"),
    Concept.OWNER: (
        "Owner", "Sales Rep", "Sales Representative", "Salesperson", "Account Owner",
        "Account Manager", "Rep", "业务员", "负责人", "销售", "销售员", "销售代表",
        "所属业务员", "所属销售", "跟进人", "客户经理", "归属人", "业务代表", "跟进业务员",
        "负责业务员", "业务", "業務員", "業務",
    ),
    Concept.TAX_ID: (
        "VAT Number", "VAT ID", "纳税人识别号", "统一社会信用代码", "信用代码", "税务登记号",
        "税号",
    ),
    Concept.BANK: ("Bank Name", "开户行", "开户银行", "银行"),
    Concept.BANK_ACCOUNT: ("Bank Account", "Account No", "银行账号", "银行帐号", "账号", "帐号"),
    Concept.LEGAL_REPRESENTATIVE: ("法人", "法人代表", "法定代表人", "法定代表"),
    Concept.DELIVERY_ADDRESS: (
        "Shipping Address", "Delivery Address", "收货地址", "送货地址", "发货地址",
    ),
    Concept.FOUNDED_ON: ("成立时间", "成立日期", "注册日期", "成立年份"),
    Concept.NEXT_ACTION: ("下次跟进", "下一步计划", "跟进计划"),
    Concept.CUSTOMER_CATEGORY: ("客户类别", "客户分类", "客户类型"),
    Concept.CONTACT_ROLE: ("角色", "联系人角色", "Contact Role"),
    Concept.INFLUENCE: ("影响力", "Influence"),
    Concept.DATE: (
        "Date", "Deal Date", "Order Date", "Sale Date", "Invoice Date", "日期", "成交日期",
        "交易日期", "订单日期", "下单日期", "销售日期", "开票日期", "签约日期", "购买日期",
        "成交时间", "交易时间", "下单时间",
    ),
    Concept.AMOUNT: (
        "Amount", "Total", "Deal Amount", "Order Amount", "Sales", "Revenue", "Value",
        "金额", "成交金额", "销售额", "销售金额", "订单金额", "合计", "总金额", "总价",
        "合同金额", "价税合计", "交易金额", "金额元", "成交额",
    ),
    Concept.PRODUCTS: (
        "Products", "Product", "Item", "Items", "Product Name", "Goods", "产品", "商品",
        "产品名称", "商品名称", "品名", "货品", "货品名称", "产品服务", "购买产品", "成交产品",
    ),
}  # fmt: skip

# What each concept of the synonym table becomes for each kind, with its score (0-100; an
# exact label scores 100). Later entries are fall-backs for a column whose first target went
# to a better column ("Phone 2 - Value" → the mobile once "Phone 1 - Value" has the phone).
CONCEPT_TARGETS: dict[str, dict[Concept, tuple[tuple[str, int], ...]]] = {
    "customers": {
        Concept.FULL_NAME: (("name", 95),),
        Concept.CUSTOMER_NAME: (("name", 92),),
        Concept.CONTACT_PERSON: (("name", 60),),
        Concept.COMPANY: (("company", 95),),
        Concept.GIVEN_NAME: (("given_name", 95),),
        Concept.FAMILY_NAME: (("family_name", 95),),
        Concept.PHONE: (("phone", 95), ("mobile", 40)),
        Concept.PHONE_PRIMARY: (("phone", 90), ("mobile", 38)),
        Concept.PHONE_HOME: (("phone", 70), ("mobile", 35)),
        Concept.PHONE_OTHER: (("phone", 60), ("mobile", 30)),
        Concept.MOBILE: (("mobile", 95), ("phone", 45)),
        Concept.FAX: (("fax", 95),),
        Concept.FAX_OTHER: (("fax", 70),),
        Concept.EMAIL: (("email", 95),),
        Concept.EMAIL_OTHER: (("email", 70),),
        Concept.ADDRESS: (("address", 95),),
        Concept.ADDRESS_STREET: (("address", 80),),
        Concept.ADDRESS_HOME: (("address", 70),),
        Concept.PROVINCE: (("province", 90),),
        Concept.CITY: (("city", 90),),
        Concept.DISTRICT: (("district", 90),),
        Concept.REGION: (("region", 90),),
        Concept.BIRTHDAY: (("birthday", 95),),
        Concept.EXTERNAL_ID: (("external_id", 92),),
        Concept.EXTERNAL_ID_WEAK: (("external_id", 75),),
        Concept.OWNER: (("owner", 90),),
        Concept.TAX_ID: (("tax_id", 90),),
        Concept.BANK: (("bank", 90),),
        Concept.BANK_ACCOUNT: (("bank_account", 90),),
        Concept.LEGAL_REPRESENTATIVE: (("legal_representative", 90),),
        Concept.DELIVERY_ADDRESS: (("delivery_address", 90),),
        Concept.FOUNDED_ON: (("founded_on", 90),),
        Concept.NEXT_ACTION: (("next_action", 85),),
        Concept.CUSTOMER_CATEGORY: (("key_category", 80),),
    },
    "contacts": {
        Concept.FULL_NAME: (("contact.name", 95),),
        Concept.CONTACT_PERSON: (("contact.name", 95),),
        Concept.GIVEN_NAME: (("given_name", 95),),
        Concept.FAMILY_NAME: (("family_name", 95),),
        Concept.CUSTOMER_NAME: (("customer", 95),),
        Concept.COMPANY: (("customer", 90),),
        Concept.JOB_TITLE: (("contact.position", 95),),
        Concept.TITLE_WEAK: (("contact.position", 60),),
        Concept.MOBILE: (("contact.phone", 92),),
        Concept.PHONE: (("contact.phone", 90),),
        Concept.PHONE_PRIMARY: (("contact.phone", 88),),
        Concept.PHONE_HOME: (("contact.phone", 60),),
        Concept.PHONE_OTHER: (("contact.phone", 50),),
        Concept.EMAIL: (("contact.email", 95),),
        Concept.EMAIL_OTHER: (("contact.email", 70),),
        Concept.NOTES: (("contact.notes", 95),),
        Concept.EXTERNAL_ID: (("external_id", 92),),
        Concept.EXTERNAL_ID_WEAK: (("external_id", 75),),
        Concept.CONTACT_ROLE: (("contact.role", 90),),
        Concept.INFLUENCE: (("contact.influence", 90),),
    },
    "deals": {
        Concept.CUSTOMER_NAME: (("customer", 95),),
        Concept.COMPANY: (("customer", 85),),
        Concept.FULL_NAME: (("customer", 70),),
        Concept.DATE: (("deal.date", 95),),
        Concept.AMOUNT: (("deal.amount", 95),),
        Concept.PRODUCTS: (("deal.products", 95),),
        Concept.NOTES: (("deal.notes", 95),),
        Concept.EXTERNAL_ID: (("external_id", 92),),
        Concept.EXTERNAL_ID_WEAK: (("external_id", 75),),
    },
}

# Google's "<field> N - <part>": parts that hold the value itself, and parts that never do.
VALUE_PARTS: tuple[str, ...] = ("Value", "Formatted", "值", "格式化", "已格式化", "格式化地址")
IGNORED_PARTS: tuple[str, ...] = (
    "Type", "Label", "类型", "标签", "类别", "Yomi Name", "Symbol", "Location",
    "Job Description", "PO Box", "Postal Code", "Country", "Extended Address", "邮政编码",
    "国家", "国家地区", "邮编",
)  # fmt: skip
