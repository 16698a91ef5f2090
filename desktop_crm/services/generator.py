"""Realistic fake offices: Chinese names, companies, cities, contacts and deals.

One generator serves the demo office (~300 customers) and the benchmarks (up to 100,000);
seeded, so the same arguments give the same data.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from ..models.core import Contact, Customer, Deal, User
from ..models.db import utcnow, write_transaction
from .customers.search_index import rebuild_search_index

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华志强海燕红梅玉兰文斌晓东春梅小红立新国庆凤英德华永刚淑珍丹丹浩然子涵雨轩欣怡梓萱"
CITIES = [
    # (region, province, city, size, districts)
    ("华东", "上海", "上海", "metropolis", ["浦东新区", "徐汇区", "闵行区", "静安区"]),
    ("华东", "江苏", "南京", "large", ["鼓楼区", "玄武区", "江宁区"]),
    ("华东", "江苏", "苏州", "large", ["工业园区", "姑苏区", "吴中区"]),
    ("华东", "浙江", "杭州", "large", ["西湖区", "滨江区", "余杭区"]),
    ("华东", "浙江", "宁波", "medium", ["海曙区", "鄞州区"]),
    ("华南", "广东", "广州", "metropolis", ["天河区", "越秀区", "番禺区"]),
    ("华南", "广东", "深圳", "metropolis", ["南山区", "福田区", "宝安区"]),
    ("华南", "广东", "东莞", "medium", ["南城街道", "长安镇"]),
    ("华北", "北京", "北京", "metropolis", ["朝阳区", "海淀区", "丰台区"]),
    ("华北", "天津", "天津", "large", ["和平区", "南开区"]),
    ("华中", "湖北", "武汉", "large", ["江汉区", "洪山区", "武昌区"]),
    ("西南", "四川", "成都", "large", ["锦江区", "武侯区", "高新区"]),
    ("西南", "重庆", "重庆", "large", ["渝中区", "江北区"]),
    ("华东", "福建", "厦门", "medium", ["思明区", "湖里区"]),
    ("华北", "河北", "保定", "small", ["竞秀区", "莲池区"]),
    ("台湾", "台湾", "台北", "large", ["信义区", "大安区", "中山区"]),
]
# Rough coordinates of each city centre, for route planning demos.
CITY_CENTRES = {
    "上海": (31.23, 121.47),
    "南京": (32.06, 118.80),
    "苏州": (31.30, 120.59),
    "杭州": (30.27, 120.16),
    "宁波": (29.87, 121.54),
    "广州": (23.13, 113.26),
    "深圳": (22.54, 114.06),
    "东莞": (23.02, 113.75),
    "北京": (39.90, 116.41),
    "天津": (39.13, 117.20),
    "武汉": (30.59, 114.31),
    "成都": (30.57, 104.07),
    "重庆": (29.56, 106.55),
    "厦门": (24.48, 118.09),
    "保定": (38.87, 115.46),
    "台北": (25.03, 121.57),
}
TRADES = [
    "贸易",
    "机械",
    "电子",
    "食品",
    "建材",
    "五金",
    "化工",
    "纺织",
    "医药",
    "物流",
    "印刷",
    "家具",
]
FIRM_WORDS = "华兴宏达鑫隆盛源恒通泰和丰瑞祥永嘉信德安康利昌荣佳美"
COMPANY_FORMS = ["有限公司", "贸易有限公司", "实业有限公司", "科技有限公司", "商行"]
PRODUCTS = [
    "工业润滑油",
    "液压油",
    "齿轮油",
    "切削液",
    "防锈剂",
    "清洗剂",
    "密封件",
    "轴承",
    "过滤器",
    "保养套装",
]
STREETS = [
    "人民路",
    "解放路",
    "中山路",
    "建设路",
    "和平路",
    "新华路",
    "长江路",
    "黄河路",
    "滨江大道",
    "科技园路",
]
POSITIONS = [
    "总经理",
    "采购经理",
    "采购员",
    "财务主管",
    "设备主管",
    "技术工程师",
    "老板娘",
    "仓库主管",
]
ROLES = ["decision_maker", "influencer", "buyer", "user", "gatekeeper"]
INFLUENCE = ["decisive", "high", "medium", "low"]
HOBBIES = ["高尔夫", "钓鱼", "茶道", "书法", "爬山", "羽毛球", "象棋", "摄影", "旅游", "红酒"]
EDUCATION = ["高中", "大专", "本科", "硕士", "EMBA"]
PAYMENT = ["月结30天", "月结60天", "货到付款", "预付款", "季度结算"]


@dataclass
class GeneratedOffice:
    owner: User
    reps: list[User]
    customer_ids: list[int]


def person_name(rng: random.Random) -> str:
    given = rng.choice(GIVEN)
    if rng.random() < 0.55:
        given += rng.choice(GIVEN)
    return rng.choice(SURNAMES) + given


def company_name(rng: random.Random, city: str) -> str:
    words = "".join(rng.sample(FIRM_WORDS, 2))
    return f"{city}{words}{rng.choice(TRADES)}{rng.choice(COMPANY_FORMS)}"


def mobile_number(rng: random.Random) -> str:
    return f"1{rng.choice('3589')}{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}"


def ensure_staff(rep_names: list[str], owner_name: str) -> tuple[User, list[User]]:
    owner = User.get_or_none(User.role == "owner")
    if owner is None:
        owner = User.create(name=owner_name, role="owner")
    reps = []
    for name in rep_names:
        user = User.get_or_none(User.name == name) or User.create(name=name, role="rep")
        reps.append(user)
    if not User.select().where(User.role == "staff").exists():
        User.create(name="内勤 周敏", role="staff")
    return owner, reps


def generate_customers(
    count: int,
    reps: list[User],
    *,
    seed: int = 7,
    today: dt.date | None = None,
    deals_per_customer: float = 4.0,
    incomplete_share: float = 0.08,
    batch: int = 1000,
    progress: Callable[[int, int], None] | None = None,
) -> list[int]:
    """Insert `count` customers with contacts and two years of deals; returns their ids."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    first_id = (Customer.select(Customer.id).order_by(Customer.id.desc()).scalar() or 0) + 1
    ids: list[int] = []
    now = utcnow()
    for start in range(0, count, batch):
        n = min(batch, count - start)
        customers, contacts, deals = [], [], []
        for i in range(n):
            cid = first_id + start + i
            ids.append(cid)
            customers.append(_customer_row(rng, cid, reps, today, now, incomplete_share))
            contacts += _contact_rows(rng, cid, now)
            deals += _deal_rows(rng, cid, today, now, deals_per_customer)
        with write_transaction():
            Customer.insert_many(_uniform(customers)).execute()
            for chunk in range(0, len(contacts), 500):
                Contact.insert_many(contacts[chunk : chunk + 500]).execute()
            for chunk in range(0, len(deals), 500):
                Deal.insert_many(deals[chunk : chunk + 500]).execute()
        if progress:
            progress(start + n, count)
    with write_transaction():
        rebuild_search_index()
    return ids


def _uniform(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """peewee takes insert_many's columns from the first row: give every row every key."""
    keys = set().union(*rows)
    fields = Customer._meta.fields
    blanks = {k: (fields[k].default if fields[k].default is not None else None) for k in keys}
    return [{**blanks, **row} for row in rows]


def _customer_row(
    rng: random.Random,
    cid: int,
    reps: list[User],
    today: dt.date,
    now: dt.datetime,
    incomplete_share: float,
) -> dict[str, object]:
    region, province, city, size, districts = rng.choice(CITIES)
    district = rng.choice(districts)
    name = person_name(rng)
    lat, lon = CITY_CENTRES[city]
    row: dict[str, object] = {
        "id": cid,
        "name": name,
        "company": company_name(rng, city),
        "address": f"{province}{city}{district}{rng.choice(STREETS)}{rng.randint(1, 999)}号",
        "phone": f"0{rng.randint(10, 999)}-{rng.randint(1000000, 89999999)}",
        "mobile": mobile_number(rng),
        "region": region,
        "province": province,
        "city": city,
        "district": district,
        "city_size": size,
        "owner_rep": rng.choice(reps).id if reps else None,
        "created_at": now,
        "updated_at": now,
        "version": 1,
    }
    if rng.random() < incomplete_share:
        return row  # an incomplete file: only the basics
    founded = today - dt.timedelta(days=rng.randint(365 * 2, 365 * 30))
    row.update(
        {
            "email": f"c{cid}@example.cn",
            "fax": f"0{rng.randint(10, 999)}-{rng.randint(1000000, 9999999)}",
            "bank": rng.choice(
                ["中国工商银行", "中国建设银行", "招商银行", "中国银行", "农业银行"]
            ),
            "bank_account": str(rng.randint(10**15, 10**16 - 1)),
            "tax_id": f"91{rng.randint(10**15, 10**16 - 1)}",
            "legal_representative": name,
            "manager": name,
            "founded_on": founded,
            "company_form": rng.choice(["limited", "sole", "joint_stock"]),
            "assets": Decimal(rng.randint(50, 5000) * 10000),
            "first_trade_on": today - dt.timedelta(days=rng.randint(30, 365 * 6)),
            "development_plans": rng.choice(
                ["扩建第二条生产线", "开拓华南市场", "稳定经营", "准备上市"]
            ),
            "fiscal_year_start": "01-01",
            "fiscal_year_end": "12-31",
            "service_area": f"{province}及周边",
            "sales_capacity": f"年销售约{rng.randint(1, 50)}千万元",
            "growth_potential": rng.choice(["高", "中", "低"]),
            "size": rng.choice(["10人以下", "10-50人", "50-200人", "200人以上"]),
            "cooperation_attitude": rng.choice(["积极", "一般", "观望"]),
            "usage_rate": rng.choice(["never", "occasional", "often"]),
            "user_status": rng.choice(["potential", "first_time", "regular", "ex_user"]),
            "brand_loyalty": rng.choice(["none", "normal", "strong", "very_strong"]),
            "attitude": rng.choice(
                ["enthusiastic", "positive", "concerned", "indifferent", "negative"]
            ),
            "key_category": rng.choices(
                ["key", "ordinary", "potential", "unattractive"], [10, 30, 50, 10]
            )[0],
            "birthday": dt.date(rng.randint(1955, 1995), rng.randint(1, 12), rng.randint(1, 28)),
            "interests": rng.choice(HOBBIES),
            "hobbies": rng.choice(HOBBIES),
            "education": rng.choice(EDUCATION),
            "family": rng.choice(["已婚，一子", "已婚，一女", "单身"]),
            "preferences": rng.choice(["喜欢直接谈价格", "重视服务", "注重品牌", "看重账期"]),
            "delivery_address": f"{city}{district}{rng.choice(STREETS)}{rng.randint(1, 999)}号仓库",
            "receiving_hours": rng.choice(["8:30-17:00", "9:00-12:00", "13:00-18:00"]),
            "payment_terms": rng.choice(PAYMENT),
            "contact_times": rng.choice(["上午", "下午", "晚上"]),
            "contact_channel": rng.choice(["phone", "wechat", "visit", "email"]),
            "credit_status": rng.choice(["good", "good", "normal", "watch"]),
            "trade_terms": rng.choice(PAYMENT),
            "our_advantages": rng.choice(["供货快", "技术服务好", "价格稳定"]),
            "future_plans": rng.choice(["增加采购品类", "年底签年度合同", "试用新产品"]),
            "next_action": rng.choice(["", "寄送样品", "报价跟进", "约见老板"]),
        }
    )
    if row["next_action"]:
        row["next_action_on"] = today + dt.timedelta(days=rng.randint(-10, 20))
    return row


def _contact_rows(rng: random.Random, cid: int, now: dt.datetime) -> list[dict[str, object]]:
    rows = []
    for _ in range(rng.choice((1, 1, 2, 2, 3))):
        rows.append(
            {
                "customer": cid,
                "name": person_name(rng),
                "position": rng.choice(POSITIONS),
                "role": rng.choice(ROLES),
                "influence": rng.choice(INFLUENCE),
                "phone": mobile_number(rng),
                "email": "",
                "notes": "",
                "created_at": now,
                "updated_at": now,
                "version": 1,
            }
        )
    return rows


def _deal_rows(
    rng: random.Random, cid: int, today: dt.date, now: dt.datetime, mean: float
) -> list[dict[str, object]]:
    rows = []
    scale = rng.paretovariate(1.5)  # a few customers buy far more: the 80/20 shape
    for _ in range(rng.randint(0, int(mean * 2))):
        products = "、".join(rng.sample(PRODUCTS, rng.randint(1, 3)))
        rows.append(
            {
                "customer": cid,
                "date": today - dt.timedelta(days=rng.randint(0, 730)),
                "products": products,
                "amount": Decimal(int(rng.uniform(800, 20000) * scale)),
                "notes": "",
                "created_at": now,
                "updated_at": now,
                "version": 1,
            }
        )
    return rows
