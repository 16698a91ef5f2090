"""Demo part: opportunities (商机) in every stage for the reps' customers — open ones expected
to close over the next months (a few already late), won ones with their deals and lost ones
with their reasons spread over the last months — so the board, the forecast, the dashboard
and the summaries are full for a newcomer. Deterministic: one seed, days counted from today.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from ..services.owner.bulk import OpportunityEntry, add_opportunities
from ..services.owner.pipeline import open_stages
from .office import DemoOffice

PER_REP = 24  # opportunities per rep: about 14 open, 6 won, 4 lost
TITLES = [
    ("新厂房空调系统", "中央空调, 风机盘管"),
    ("年度耗材采购", "滤网, 皮带"),
    ("冷库改造", "压缩机, 冷凝器"),
    ("办公楼节能改造", "变频主机"),
    ("门店统一设备", "商用空调"),
    ("生产线配套", "工业冷水机"),
    ("维保合同续签", "年度维保服务"),
    ("样品试用转订单", "新型号样机"),
    ("分公司新建项目", "多联机"),
    ("仓库通风工程", "排风机, 风管"),
]
LOST_REASONS = [
    "价格比竞争对手高 8%，客户选了对方",
    "预算被砍，项目推迟到明年",
    "交期赶不上客户开工时间",
    "客户采购负责人换人，新负责人有固定供应商",
    "技术方案不符合客户的能耗要求",
]


def _month_ahead(today: dt.date, months: int, rng: random.Random) -> dt.date:
    index = today.year * 12 + today.month - 1 + months
    first = dt.date(index // 12, index % 12 + 1, 1)
    return first + dt.timedelta(days=rng.randrange(0, 28))


def add_to_office(office: DemoOffice, today: dt.date) -> None:
    """Store PER_REP opportunities per rep on their own customers who have bought before."""
    rng = random.Random(2028)
    stages = open_stages(office.owner)
    entries: list[OpportunityEntry] = []
    for rep in office.reps:
        mine = [  # customers who have bought before: the prospects stay without a deal
            int(d.id or 0)
            for d in office.customers
            if d.owner_rep_id == rep.id and d.id and d.deals
        ]
        chosen = rng.sample(mine, min(PER_REP, len(mine)))
        for number, customer_id in enumerate(chosen):
            title, products = TITLES[rng.randrange(len(TITLES))]
            amount = Decimal(rng.randrange(20, 800) * 500)
            kind = "open" if number < 14 else "won" if number < 20 else "lost"
            if kind == "open":
                stage = stages[number % len(stages)]
                late = number % 7 == 6  # a few are past their expected close
                close = (
                    today - dt.timedelta(days=rng.randrange(3, 25))
                    if late
                    else _month_ahead(today, rng.randrange(0, 5), rng)
                )
                entries.append(
                    OpportunityEntry(
                        customer_id, title, stage.code, amount, stage.probability, rep.id,
                        close, products, created_on=today - dt.timedelta(days=rng.randrange(10, 120)),
                    )
                )  # fmt: skip
                continue
            closed = today - dt.timedelta(days=rng.randrange(1, 180))
            entries.append(
                OpportunityEntry(
                    customer_id,
                    title,
                    "won" if kind == "won" else "lost",
                    amount,
                    100 if kind == "won" else 0,
                    rep.id,
                    closed,
                    products,
                    lost_reason=rng.choice(LOST_REASONS) if kind == "lost" else "",
                    closed_on=closed,
                    created_on=closed - dt.timedelta(days=rng.randrange(20, 90)),
                )
            )
    add_opportunities(office.owner, entries)
