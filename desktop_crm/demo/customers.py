"""Generated customer files: the demo office's and the benchmarks' customers, seeded.

Customers are built as the services' own drafts (CustomerDraft with ContactDraft and
DealDraft) and stored through `services.customers.bulk.add_customers`, which validates them
as the form would: a generator that drifts from the field description fails loudly.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from decimal import Decimal

from ..services.common import lunar
from ..services.common.acting import Person
from ..services.customers import (
    ContactDraft,
    CustomerDraft,
    CustomerFilter,
    DealDraft,
    count_customers,
)
from ..services.customers.bulk import add_customers
from .names import (
    CITIES,
    EDUCATION,
    HOBBIES,
    INFLUENCE,
    PAYMENT,
    POSITIONS,
    PRODUCTS,
    ROLES,
    STREETS,
    company_name,
    mobile_number,
    person_name,
)


def generate_customers(
    actor: Person,
    count: int,
    reps: Sequence[Person],
    *,
    seed: int = 7,
    today: dt.date | None = None,
    deals_per_customer: float = 4.0,
    incomplete_share: float = 0.08,
    batch: int = 1000,
    progress: Callable[[int, int], None] | None = None,
) -> list[int]:
    """Store `count` customers with contacts and two years of deals; returns their ids.

    One transaction per `batch` customers, `progress(done, count)` after each.
    """
    rng = random.Random(seed)
    today = today or dt.date.today()
    first = stored_customers(actor) + 1
    ids: list[int] = []
    for start in range(0, count, batch):
        n = min(batch, count - start)
        drafts = [
            customer_draft(
                rng,
                first + start + i,
                reps,
                today,
                deals_per_customer=deals_per_customer,
                incomplete_share=incomplete_share,
            )
            for i in range(n)
        ]
        ids += add_customers(actor, drafts)
        if progress:
            progress(start + n, count)
    return ids


def stored_customers(actor: Person) -> int:
    """How many customers the database holds, the trash included."""
    return count_customers(actor, CustomerFilter()) + count_customers(
        actor, CustomerFilter(in_trash=True)
    )


def customer_draft(
    rng: random.Random,
    number: int,
    reps: Sequence[Person],
    today: dt.date,
    *,
    deals_per_customer: float = 4.0,
    incomplete_share: float = 0.08,
) -> CustomerDraft:
    """One customer file with contacts and deals; `number` makes its e-mail address unique."""
    values, owner_rep_id = _customer_values(rng, number, reps, today, incomplete_share)
    return CustomerDraft(
        values=values,
        owner_rep_id=owner_rep_id,
        contacts=_contacts(rng),
        deals=_deals(rng, today, deals_per_customer),
    )


def _customer_values(
    rng: random.Random,
    number: int,
    reps: Sequence[Person],
    today: dt.date,
    incomplete_share: float,
) -> tuple[dict[str, object], int | None]:
    region, province, city, size, districts = rng.choice(CITIES)
    district = rng.choice(districts)
    name = person_name(rng)
    row: dict[str, object] = {
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
    }
    owner_rep_id = int(rng.choice(reps).id) if reps else None
    if rng.random() < incomplete_share:
        return row, owner_rep_id  # an incomplete file: only the basics
    founded = today - dt.timedelta(days=rng.randint(365 * 2, 365 * 30))
    row.update(
        {
            "email": f"c{number}@example.cn",
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
    _reminder_days(row, number, today)
    return row, owner_rep_id


def _reminder_days(row: dict[str, object], number: int, today: dt.date) -> None:
    """Birthdays for the reminder centre: some solar ones in the coming week, a lunar
    birthday (农历) on about a quarter of the files, a few of them in the coming week too.
    Drawn from a generator of their own (seeded by `number`), so every other value of the
    generated set stays as it was."""
    own = random.Random(f"reminders-{number}")
    born = row["birthday"]
    if isinstance(born, dt.date) and own.random() < 0.05:
        near = today + dt.timedelta(days=own.randint(0, 6))
        leap_day = (near.month, near.day) == (2, 29)  # the born year may have no 02-29
        row["birthday"] = dt.date(born.year, near.month, 28 if leap_day else near.day)
    if own.random() < 0.25:
        near_lunar = lunar.lunar_of(today + dt.timedelta(days=own.randint(0, 6)))
        if own.random() < 0.15 and near_lunar is not None:
            row["lunar_birthday"] = near_lunar.text
        else:
            leap = own.random() < 0.03
            row["lunar_birthday"] = lunar.LunarDay(
                own.randint(1, 12), own.randint(1, 30), leap
            ).text


def _contacts(rng: random.Random) -> list[ContactDraft]:
    return [
        ContactDraft(
            name=person_name(rng),
            position=rng.choice(POSITIONS),
            role=rng.choice(ROLES),
            influence=rng.choice(INFLUENCE),
            phone=mobile_number(rng),
        )
        for _ in range(rng.choice((1, 1, 2, 2, 3)))
    ]


def _deals(rng: random.Random, today: dt.date, mean: float) -> list[DealDraft]:
    deals = []
    scale = rng.paretovariate(1.5)  # a few customers buy far more: the 80/20 shape
    for _ in range(rng.randint(0, int(mean * 2))):
        products = "、".join(rng.sample(PRODUCTS, rng.randint(1, 3)))
        day = today - dt.timedelta(days=rng.randint(0, 730))
        amount = Decimal(int(rng.uniform(800, 20000) * scale))
        deals.append(DealDraft(date=day.isoformat(), products=products, amount=str(amount)))
    return deals
