"""Demo part: about forty complaints over the last four months, every status and cause
(Pareto-shaped: inattention most), some resolved late, some open and already late, some due
within hours, customers inside and outside the home region (the demo office counts 上海,
江苏 and 浙江 as home: 12 hours there, 24 elsewhere). Seeded, days counted from today."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from ..services.aftersale import complaints
from ..services.aftersale.complaints import ComplaintDraft
from .office import DemoOffice

HOME = ["上海", "江苏", "浙江"]
# (cause, weight): the vital few first
CAUSES = [
    ("inattention", 12),
    ("misinformation", 9),
    ("disappointment", 6),
    ("not_heard", 5),
    ("friend_opinion", 3),
    ("other", 2),
]
STORIES = {
    "inattention": [
        ("空调安装后三天没人回电话，客户很不满", "KFR-35 分体空调"),
        ("报修两次都没有上门，说好的时间没人来", "中央空调维保"),
        ("业务员换人后没有通知客户，找不到人", "年度维保服务"),
    ],
    "misinformation": [
        ("合同写的是变频机，送来的是定频机", "变频主机"),
        ("报价单上的安装费和结算时不一致", "多联机"),
        ("客户以为滤网免费更换，实际要收费", "滤网"),
    ],
    "disappointment": [
        ("新机器噪音比样机大很多，整体很失望", "商用空调"),
        ("冷库温度一直达不到要求", "压缩机"),
    ],
    "not_heard": [
        ("客户提的改进意见一直没有人回应", "工业冷水机"),
        ("投诉电话被转了三次，没人认真听", "风机盘管"),
    ],
    "friend_opinion": [("朋友说我们的售后很差，客户要求退货", "排风机")],
    "other": [("发票抬头开错，财务无法入账", "年度耗材")],
}
STEPS = "电话致歉，当天安排技术员上门检查，确认问题原因。"
RESOLUTIONS = "更换故障部件并重新调试，客户确认运行正常。"
COMPENSATIONS = ["赠送一次免费保养", "减免本次上门费", "赠送两套滤网", ""]
COUNT = 40


def add_to_office(office: DemoOffice, today: dt.date) -> None:
    """Store COUNT complaints on customers of every rep (the owner registers them)."""
    rng = random.Random(2031)
    owner = office.owner
    settings = complaints.deadline_settings(owner)
    if not settings.home_region:
        complaints.set_deadline_settings(
            owner, settings.inside_hours, settings.outside_hours, HOME, settings.soon_hours
        )
    buyers = [d for d in office.customers if d.id and d.owner_rep_id is not None and d.deals]
    if not buyers:
        return
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    causes = [code for code, weight in CAUSES for _ in range(weight)]
    for number in range(COUNT):
        customer = rng.choice(buyers)
        cause = causes[number % len(causes)] if number < len(causes) else rng.choice(causes)
        description, product = rng.choice(STORIES[cause])
        if number < 4:  # open: two late, two due within hours
            received = now - dt.timedelta(hours=(30, 26, 9, 10)[number])
        else:
            received = now - dt.timedelta(days=rng.randrange(1, 120), hours=rng.randrange(0, 12))
        draft = ComplaintDraft(
            customer_id=int(customer.id or 0),
            description=description,
            received_at=received,
            cause=cause,
            channel=rng.choice(["phone", "phone", "visit", "wechat", "email"]),
            product=product,
            valid=None if number < 2 else rng.random() > 0.15,
            handler_id=customer.owner_rep_id,
        )
        saved = complaints.save_complaint(owner, draft, now)
        if number < 2:
            continue  # new, and late
        record = complaints.set_status(owner, saved.id, "in_progress", saved.version, now)
        if number < 4 or number % 9 == 0:
            continue  # in progress
        late = rng.random() < 0.2
        hours = (record.due_at - record.received_at).total_seconds() / 3600
        took = dt.timedelta(
            hours=hours * (rng.uniform(1.1, 2.5) if late else rng.uniform(0.2, 0.9))
        )
        resolved_at = min(record.received_at + took, now)
        amount = Decimal(rng.choice([0, 0, 200, 500, 800]))
        compensation = rng.choice(COMPENSATIONS) if amount else ""
        edited = complaints.save_complaint(
            owner,
            ComplaintDraft(
                **{
                    **record.draft().__dict__,
                    "steps": STEPS,
                    "resolution": RESOLUTIONS,
                    "compensation": compensation,
                    "compensation_amount": amount,
                },
            ),
            now,
        )
        record = complaints.set_status(owner, edited.id, "resolved", edited.version, resolved_at)
        if number % 5 == 0:
            continue  # resolved, not yet called back
        callback = (resolved_at + dt.timedelta(days=rng.randrange(1, 4))).date()
        if callback > today:
            continue
        edited = complaints.save_complaint(
            owner,
            ComplaintDraft(
                **{
                    **record.draft().__dict__,
                    "callback_on": callback,
                    "callback_result": rng.choice(
                        ["客户表示满意", "客户认可处理结果", "客户希望以后提前通知"]
                    ),
                    "satisfaction_after": rng.choice([100, 100, 80, 80, 60]),
                },
            ),
            now,
        )
        record = complaints.set_status(owner, edited.id, "called_back", edited.version, now)
        if number % 3:
            complaints.set_status(owner, record.id, "closed", record.version, now)
