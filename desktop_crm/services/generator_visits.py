"""Fast fake visits for benchmarks and the demo: bulk inserts in batches, seeded.

Rows are tuples in a fixed column order (no per-row dicts), inserted with insert_many in
chunks that stay under SQLite's bound-variable limit, each batch one write transaction.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence

from ..models.db import utcnow, write_transaction
from ..models.visits import CustomerGeo, Visit
from .generator import CITY_CENTRES
from .visits.status import VisitStatus

FIRST_VISIT = (
    "初次拜访",
    "展会上留了名片",
    "认识决策人，了解需求",
    "递送公司资料，问清现用品牌",
    "约定第二次拜访",
)
# Matters for visits to customers we already know (first visits use FIRST_VISIT).
MATTERS: list[tuple[str, str, str, str, str]] = [
    # (何事 matter, 何种理由 reason, 拜访目的 purpose, 行动计划 action plan, 预期结果 expected)
    (
        "年度合同续签",
        "合同下月到期",
        "确认续签意向和数量",
        "带上年度用量对比表和新报价",
        "口头同意续签，约定签约日期",
    ),
    (
        "新品液压油介绍",
        "客户设备升级",
        "让采购了解新品优势",
        "带样品和检测报告，现场演示",
        "同意试用一桶",
    ),
    ("回收货款", "上月货款逾期十天", "收回逾期货款", "带对账单，先对账再谈付款日期", "本周内付清"),
    (
        "处理投诉",
        "上批切削液起泡",
        "查明原因并提出补救方案",
        "带技术工程师现场取样",
        "客户接受换货方案",
    ),
    (
        "季度回访",
        "保持联系",
        "了解用量变化和新需求",
        "问候老板，查看仓库库存",
        "拿到下季度采购计划",
    ),
    (
        "试用跟进",
        "样品已试用两周",
        "收集试用反馈",
        "约设备主管一起看设备状态",
        "确认试用效果，谈首单",
    ),
    (
        "报价跟进",
        "上周已发报价",
        "解答价格疑问，推动下单",
        "准备两个方案：标准价和年度协议价",
        "拿到订单",
    ),
    ("送样品", "客户要求比较", "让客户亲自对比效果", "带三种规格的样品", "客户同意测试"),
    ("节日拜访", "中秋前感谢合作", "加深关系", "带月饼礼盒，和老板喝茶", "了解老板明年计划"),
]
RESULTS = {
    "yes": [
        "客户同意，已下单",
        "目的达成，约好签约时间",
        "货款已收回",
        "客户接受方案",
        "拿到采购计划",
    ],
    "partly": ["客户有兴趣，还要比较", "只见到采购，老板出差", "答应先试用小批量", "付了一半货款"],
    "no": ["客户暂时不考虑", "对方临时开会，没谈成", "价格差距太大", "决策人不在"],
}
# Results that fit each matter (falling back to RESULTS): what a rep would really write.
MATTER_RESULTS: dict[str, dict[str, list[str]]] = {
    "年度合同续签": {
        "yes": ["同意续签，数量比去年加两成", "续签谈妥，下周盖章"],
        "partly": ["同意续签，价格还要再谈", "老板原则同意，要看新报价"],
        "no": ["对方在比较别家，暂缓续签"],
    },
    "新品液压油介绍": {
        "yes": ["同意试用一桶", "设备主管很感兴趣，要了样品"],
        "partly": ["有兴趣，要等设备检修后再试", "只见到采购，资料已留下"],
        "no": ["现用品牌合同未到期，暂不考虑"],
    },
    "回收货款": {
        "yes": ["货款已收回", "对完账，当场转账"],
        "partly": ["付了一半货款，余款月底付", "对账无误，承诺下周付款"],
        "no": ["财务不在，没收到款"],
    },
    "处理投诉": {
        "yes": ["客户接受换货方案", "原因查明，客户满意"],
        "partly": ["同意换货，但要求补偿运费"],
        "no": ["客户仍不满意，需经理出面"],
    },
    "初次拜访": {
        "yes": ["见到老板，了解了现用品牌和用量", "约好第二次拜访"],
        "partly": ["只见到采购，留了资料", "对方忙，只谈了十分钟"],
        "no": ["门卫不让进，改天电话预约"],
    },
    "报价跟进": {
        "yes": ["客户同意，已下单", "拿到订单"],
        "partly": ["价格还差一点，要请示老板"],
        "no": ["价格差距太大"],
    },
}
NEXT_ACTIONS = [
    "寄送报价单",
    "安排试用",
    "约见老板",
    "送样品",
    "催收余款",
    "技术人员上门",
    "签合同",
]
METHOD_WEIGHTS = (("face", 70), ("phone", 18), ("video", 5), ("inbound", 4), ("other", 3))

# what became of a past visit, drawn with weights 88 / 5 / 7
_HELD = (VisitStatus.DONE.value, VisitStatus.NO_SHOW.value, VisitStatus.CANCELLED.value)

COLUMNS = (
    Visit.customer,
    Visit.rep,
    Visit.contact,
    Visit.start,
    Visit.duration_minutes,
    Visit.method,
    Visit.matter,
    Visit.reason,
    Visit.purpose,
    Visit.action_plan,
    Visit.expected_result,
    Visit.status,
    Visit.actual_result,
    Visit.purpose_met,
    Visit.time_spent_minutes,
    Visit.next_action,
    Visit.next_action_on,
    Visit.completed_at,
    Visit.created_at,
    Visit.updated_at,
    Visit.version,
)
CHUNK = 1000  # 21 columns × 1000 rows stays under SQLite's 32766 variables


def visit_tuple(
    rng: random.Random,
    customer_id: int,
    rep_id: int,
    start: dt.datetime,
    cutoff: dt.datetime,
    now: dt.datetime,
    contact_id: int | None = None,
    matter_row: tuple[str, str, str, str, str] | None = None,
) -> tuple[object, ...]:
    """One visit row in COLUMNS order: done / no-show / cancelled before `cutoff`, else planned."""
    matter, reason, purpose, plan, expected = matter_row or rng.choice(MATTERS)
    method = rng.choices([m for m, _ in METHOD_WEIGHTS], [w for _, w in METHOD_WEIGHTS])[0]
    duration = 20 if method == "phone" else rng.choice((30, 45, 60, 60, 90))
    status, result, met, spent, action, action_on, completed = (
        VisitStatus.PLANNED.value,
        "",
        "",
        None,
        "",
        None,
        None,
    )
    if start < cutoff:
        status = rng.choices(_HELD, (88, 5, 7))[0]
        if status == VisitStatus.DONE:
            met = rng.choices(("yes", "partly", "no"), (55, 30, 15))[0]
            result = rng.choice(MATTER_RESULTS.get(matter, RESULTS)[met])
            spent = max(10, duration + rng.randint(-15, 30))
            completed = start + dt.timedelta(minutes=spent)
            if rng.random() < 0.6:
                action = rng.choice(NEXT_ACTIONS)
                action_on = start.date() + dt.timedelta(days=rng.randint(3, 21))
    return (
        customer_id,
        rep_id,
        contact_id,
        start,
        duration,
        method,
        matter,
        reason,
        purpose,
        plan,
        expected,
        status,
        result,
        met,
        spent,
        action,
        action_on,
        completed,
        now,
        now,
        1,
    )


def insert_visit_rows(rows: Sequence[tuple[object, ...]]) -> None:
    for chunk in range(0, len(rows), CHUNK):
        Visit.insert_many(rows[chunk : chunk + CHUNK], fields=list(COLUMNS)).execute()


def generate_visits(
    count: int,
    rep_customers: dict[int, list[int]],
    *,
    first_day: dt.date,
    last_day: dt.date,
    today: dt.date | None = None,
    seed: int = 11,
    batch: int = 20000,
    workdays: tuple[int, ...] = (0, 1, 2, 3, 4),
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Spread `count` visits over the reps' workdays first_day..last_day, each rep visiting
    its own customers from 8:30 on; returns how many were inserted."""
    rng = random.Random(seed)
    cutoff = dt.datetime.combine(today or dt.date.today(), dt.time())
    now = utcnow()
    days = [
        first_day + dt.timedelta(d)
        for d in range((last_day - first_day).days + 1)
        if (first_day + dt.timedelta(d)).weekday() in workdays
    ]
    reps = [r for r, customers in rep_customers.items() if customers]
    slots = len(days) * len(reps)
    per_slot, extra = divmod(count, slots) if slots else (0, 0)
    rows: list[tuple[object, ...]] = []
    made = 0
    slot = 0
    for day in days:
        for rep in reps:
            n = per_slot + (1 if slot < extra else 0)
            slot += 1
            customers = rep_customers[rep]
            minute = 8 * 60 + 30
            for _ in range(n):
                start = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minute % 1440)
                rows.append(visit_tuple(rng, rng.choice(customers), rep, start, cutoff, now))
                minute += rng.choice((45, 60, 60, 75))
            if len(rows) >= batch:
                with write_transaction():
                    insert_visit_rows(rows)
                made += len(rows)
                rows.clear()
                if progress:
                    progress(made, count)
    if rows:
        with write_transaction():
            insert_visit_rows(rows)
        made += len(rows)
    return made


def generate_geo(customers: Sequence[tuple[int, str]], seed: int = 5, spread: float = 0.06) -> int:
    """Coordinates near each customer's city centre (customers of unknown cities get none)."""
    rng = random.Random(seed)
    now = utcnow()
    rows = []
    for cid, city in customers:
        centre = CITY_CENTRES.get(city)
        if centre is None:
            continue
        rows.append(
            (
                cid,
                centre[0] + rng.uniform(-spread, spread),
                centre[1] + rng.uniform(-spread, spread) * 1.2,
                now,
                now,
                1,
            )
        )
    fields = [
        CustomerGeo.customer,
        CustomerGeo.latitude,
        CustomerGeo.longitude,
        CustomerGeo.created_at,
        CustomerGeo.updated_at,
        CustomerGeo.version,
    ]
    with write_transaction():
        for chunk in range(0, len(rows), 2000):
            CustomerGeo.insert_many(
                rows[chunk : chunk + 2000], fields=fields
            ).on_conflict_ignore().execute()
    return len(rows)
