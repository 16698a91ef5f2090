"""Word lists of a Chinese sales office: names, companies, cities and their centres, products.

Shared by the demo office and the benchmark generator; every pick goes through a seeded
`random.Random`, so the same seed gives the same names.
"""

from __future__ import annotations

import random

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
