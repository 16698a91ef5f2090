"""Demo visits: two months around today for every demo rep, so the planner and sheets are full.

Six weeks back (done with results, a few no-shows and cancellations), three weeks ahead
(planned, thinning out), follow-ups planned from next actions, prospects as new customers,
coordinates near the city centres, weekly reviews of past weeks and one rep's own standard.
Each rep-day stays in one region and its visits are timed along a short route.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

from ..models.core import Contact, Customer, Deal
from ..models.db import tuple_rows, write_transaction
from ..models.visits import Visit, WeekReview
from . import demo
from .customers.search_index import refresh_search_text
from .generator import (
    CITIES,
    CITY_CENTRES,
    STREETS,
    GeneratedOffice,
    company_name,
    generate_customers,
)
from .generator_visits import FIRST_VISIT, MATTERS, generate_geo, insert_visit_rows, visit_tuple
from .people.users import person_of
from .visits.calendar import week_start
from .visits.routing import haversine_km, shortest_path_order
from .visits.standards import VisitStandard, set_rep_standard
from .visits.status import VisitStatus

DAYS_BACK = 42
DAYS_AHEAD = 21
PROSPECTS_PER_REP = 50
DAY_RADIUS_KM = 300  # one day's visits stay within this distance of its city
REVIEWS = [
    "本周老客户拜访基本达标，新客户开发不足，主要是周三下雨取消了两家。下周重点跟进试用客户。",
    "完成拜访目标。两家客户同意续签，一家投诉已处理。新客户约见难，要多打电话预约。",
    "周一周二在外地，拜访量偏低。收回货款两笔。下周把逾期未跟进的客户排进计划。",
    "拜访目的达成率提高，带样品效果好。需要提前准备报价方案，减少第二次拜访。",
]


def add_demo_visits(office: GeneratedOffice, today: dt.date) -> None:
    rng = random.Random(2027)
    prospects: set[int] = set()
    for index, rep in enumerate(office.reps):
        ids = generate_customers(
            PROSPECTS_PER_REP,
            [rep],
            seed=900 + index,
            today=today,
            deals_per_customer=0,
            incomplete_share=0.4,
        )
        prospects.update(ids)
        _move_to_home_area(rng, rep.id, ids)
    with write_transaction():
        Customer.update(
            first_trade_on=None, key_category="potential", user_status="potential"
        ).where(Customer.id.in_(list(prospects))).execute()
    rows = list(
        Customer.select(Customer.id, Customer.city, Customer.region, Customer.owner_rep)
        .where(Customer.deleted_at.is_null())
        .tuples()
    )
    generate_geo([(cid, city) for cid, city, _, _ in rows])
    _plan_visits(office, today, rng, rows, prospects)
    _write_reviews(office, today, rng)
    if len(office.reps) > 1:
        set_rep_standard(person_of(office.owner), office.reps[1].id, VisitStandard(6, 2))


def home_city(cities: list[str]) -> str:
    """The city with most of these customers within DAY_RADIUS_KM (the rep's home area)."""
    known = [c for c in cities if c in CITY_CENTRES]

    def around(city: str) -> int:
        return sum(
            1 for c in known if haversine_km(CITY_CENTRES[c], CITY_CENTRES[city]) < DAY_RADIUS_KM
        )

    return max(sorted(set(known)), key=around)


def _move_to_home_area(rng: random.Random, rep_id: int, ids: list[int]) -> None:
    """Prospects are found where the rep works: put them in the rep's home city."""
    cities = [
        c
        for (c,) in Customer.select(Customer.city)
        .where(Customer.owner_rep == rep_id, Customer.id.not_in(ids))
        .tuples()
    ]
    home = home_city(cities)
    region, province, city, size, districts = next(c for c in CITIES if c[2] == home)
    with write_transaction():
        for cid in ids:
            district = rng.choice(districts)
            Customer.update(
                region=region,
                province=province,
                city=city,
                city_size=size,
                district=district,
                company=company_name(rng, city),
                address=f"{province}{city}{district}{rng.choice(STREETS)}{rng.randint(1, 999)}号",
            ).where(Customer.id == cid).execute()
            refresh_search_text(cid)


def _plan_visits(
    office: GeneratedOffice,
    today: dt.date,
    rng: random.Random,
    customers: list[tuple[int, str, str, int | None]],
    prospects: set[int],
) -> None:
    from ..models.visits import CustomerGeo

    geo = {g.customer_id: (g.latitude, g.longitude) for g in CustomerGeo.select()}
    contact = {}
    for c in Contact.select(Contact.id, Contact.customer).order_by(Contact.id.desc()):
        contact[c.customer_id] = c.id
    traded = {cid for (cid,) in tuple_rows(Deal.select(Deal.customer).distinct())}
    traded |= {
        cid
        for (cid,) in Customer.select(Customer.id)
        .where(Customer.first_trade_on.is_null(False))
        .tuples()
    }
    cutoff = dt.datetime.combine(today, dt.time(12, 0))
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    out: list[tuple[object, ...]] = []
    links: list[tuple[tuple[int, int, dt.datetime], tuple[int, int, dt.date]]] = []
    for rep in office.reps:
        mine = [c for c in customers if c[3] == rep.id]
        cities = [city for _, city, _, _ in mine if city in CITY_CENTRES]
        home = home_city(cities)
        where = {cid: geo.get(cid, CITY_CENTRES.get(city, (0.0, 0.0))) for cid, city, _, _ in mine}
        existing = {c[0] for c in mine if c[0] in traded}
        pending: dict[dt.date, list[tuple[int, str, tuple[int, int, dt.datetime]]]] = defaultdict(
            list
        )
        for offset in range(-DAYS_BACK, DAYS_AHEAD + 1):
            day = today + dt.timedelta(days=offset)
            if day.weekday() >= 5:
                continue
            follow = pending.pop(day, [])
            anchor = home if rng.random() < 0.75 else rng.choice(cities)
            if follow:
                anchor = next(c for cid, c, _, _ in mine if cid == follow[0][0])
            centre = CITY_CENTRES.get(anchor, (0.0, 0.0))
            near = sorted(where, key=lambda cid: haversine_km(where[cid], centre))
            # follow-ups far from the day's area stay unplanned: the side list shows them
            follow = [f for f in follow if haversine_km(where[f[0]], centre) < DAY_RADIUS_KM]
            near = [c for c in near if haversine_km(where[c], centre) < DAY_RADIUS_KM]
            old = [c for c in near if c in existing][:16]
            new = [c for c in near if c not in existing][:6]
            if offset < 0:
                n_old, n_new = rng.randint(5, 8), rng.randint(0, 2)
            elif offset < 7:
                n_old, n_new = rng.randint(5, 8), rng.randint(1, 3)
            elif offset < 14:
                n_old, n_new = rng.randint(3, 6), rng.randint(0, 2)
            else:
                n_old, n_new = rng.randint(0, 3), rng.randint(0, 1)
            chosen = [f[0] for f in follow]
            for pool, n in ((old, n_old), (new, n_new)):
                free = [c for c in pool if c not in chosen]
                chosen += rng.sample(free, min(n, len(free)))
            located = [c for c in chosen if c in geo]
            order = [located[i] for i in shortest_path_order([geo[c] for c in located])]
            order += [c for c in chosen if c not in geo]
            minute = 8 * 60 + 30 + rng.choice((0, 15, 30))
            follow_of = {f[0]: f for f in follow}
            for cid in order:
                start = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minute)
                matter = None
                if cid in follow_of:
                    action = follow_of[cid][1]
                    matter = (action, "跟进上次拜访", action, "带上次的记录和资料", "推进到下一步")
                elif cid not in existing:
                    matter = FIRST_VISIT
                row = visit_tuple(rng, cid, rep.id, start, cutoff, now, contact.get(cid), matter)
                out.append(row)
                if cid in follow_of:
                    links.append((follow_of[cid][2], (cid, rep.id, start.date())))
                status, next_action, action_on = row[11], row[15], row[16]
                if status == VisitStatus.DONE:
                    existing.add(cid)
                    if (
                        next_action
                        and isinstance(action_on, dt.date)
                        and action_on >= today
                        and action_on.weekday() < 5
                        and rng.random() < 0.7
                    ):
                        pending[action_on].append((cid, str(next_action), (cid, rep.id, start)))
                duration = int(row[4])  # type: ignore[call-overload]
                minute += duration + rng.choice((15, 20, 30, 40))
                if minute > 17 * 60 + 30:
                    break
    with write_transaction():
        insert_visit_rows(out)
        for (cid, rep_id, start), (tcid, trep, tday) in links:
            target = (
                Visit.select(Visit.id)
                .where(
                    Visit.customer == tcid,
                    Visit.rep == trep,
                    Visit.start >= dt.datetime.combine(tday, dt.time()),
                    Visit.start < dt.datetime.combine(tday + dt.timedelta(days=1), dt.time()),
                )
                .scalar()
            )
            if target:
                Visit.update(next_visit=target).where(
                    Visit.customer == cid, Visit.rep == rep_id, Visit.start == start
                ).execute()


def _write_reviews(office: GeneratedOffice, today: dt.date, rng: random.Random) -> None:
    this_week = week_start(today)
    with write_transaction():
        for rep in office.reps:
            for weeks in range(1, 6):
                WeekReview.create(
                    rep=rep.id,
                    week_start=this_week - dt.timedelta(weeks=weeks),
                    review=rng.choice(REVIEWS),
                    plan_notes="老客户每天七家，新客户三家；逾期跟进优先。",
                )
            WeekReview.create(
                rep=rep.id,
                week_start=this_week,
                review="",
                plan_notes="本周重点：续签合同两家，试用跟进三家，开发新客户十家。",
            )


_ = MATTERS
demo.DEMO_EXTENSIONS.append(add_demo_visits)
