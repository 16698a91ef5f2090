"""Demo part: two months of visits around today for every rep, so the planner and sheets are full.

Six weeks back (done with results, a few no-shows and cancellations), three weeks ahead
(planned, thinning out), follow-ups planned from next actions, prospects as new customers,
coordinates near the city centres, weekly reviews of past weeks and one rep's own standard.
Each rep-day stays in one region and its visits are timed along a short route.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

from ..services.customers import CustomerDraft
from ..services.customers.bulk import add_customers
from ..services.visits import (
    VisitStandard,
    haversine_km,
    set_rep_standard,
    shortest_path_order,
    week_start,
)
from ..services.visits.bulk import (
    VisitEntry,
    WeekReviewEntry,
    add_customer_places,
    add_visits,
    add_week_reviews,
)
from .customers import customer_draft
from .names import CITIES, CITY_CENTRES, STREETS, company_name
from .office import DemoOffice
from .visit_texts import FIRST_VISIT
from .visits import place_entries, visit_entry

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

# A pending follow-up: (customer, next action, index of the visit it comes from)
FollowUp = tuple[int, str, int]


def add_to_office(office: DemoOffice, today: dt.date) -> None:
    """Store prospects, coordinates, the visits, the week reviews and one rep's standard."""
    rng = random.Random(2027)
    for index, rep in enumerate(office.reps):
        first = len(office.customers) + 1
        prng = random.Random(900 + index)
        drafts = [
            customer_draft(
                prng, first + i, [rep], today, deals_per_customer=0, incomplete_share=0.4
            )
            for i in range(PROSPECTS_PER_REP)
        ]
        _move_to_home_area(rng, office, rep.id, drafts)
        add_customers(office.owner, drafts)
        office.customers += drafts
    customers = [(int(d.id or 0), str(d.values["city"])) for d in office.customers]
    places = place_entries(customers)
    add_customer_places(office.owner, places)
    geo = {p.customer_id: (p.latitude, p.longitude) for p in places}
    visits = _plan_visits(office, today, rng, geo)
    add_visits(office.owner, visits)
    office.visits += visits
    _write_reviews(office, today, rng)
    if len(office.reps) > 1:
        set_rep_standard(office.owner, office.reps[1].id, VisitStandard(6, 2))


def home_city(cities: list[str]) -> str:
    """The city with most of these customers within DAY_RADIUS_KM (the rep's home area)."""
    known = [c for c in cities if c in CITY_CENTRES]

    def around(city: str) -> int:
        return sum(
            1 for c in known if haversine_km(CITY_CENTRES[c], CITY_CENTRES[city]) < DAY_RADIUS_KM
        )

    return max(sorted(set(known)), key=around)


def _move_to_home_area(
    rng: random.Random, office: DemoOffice, rep_id: int, drafts: list[CustomerDraft]
) -> None:
    """Prospects are found where the rep works: in the rep's home city, not yet traded."""
    home = home_city([str(c.values["city"]) for c in office.customers if c.owner_rep_id == rep_id])
    region, province, city, size, districts = next(c for c in CITIES if c[2] == home)
    for draft in drafts:
        district = rng.choice(districts)
        draft.values.update(
            region=region,
            province=province,
            city=city,
            city_size=size,
            district=district,
            company=company_name(rng, city),
            address=f"{province}{city}{district}{rng.choice(STREETS)}{rng.randint(1, 999)}号",
        )
        draft.values.update(first_trade_on=None, key_category="potential", user_status="potential")


def _plan_visits(
    office: DemoOffice,
    today: dt.date,
    rng: random.Random,
    geo: dict[int, tuple[float, float]],
) -> list[VisitEntry]:
    customers = [(int(d.id or 0), str(d.values["city"]), d.owner_rep_id) for d in office.customers]
    contact = {int(d.id or 0): d.contacts[0].id for d in office.customers if d.contacts}
    traded = {int(d.id or 0) for d in office.customers if d.deals or d.values.get("first_trade_on")}
    cutoff = dt.datetime.combine(today, dt.time(12, 0))
    out: list[VisitEntry] = []
    links: list[tuple[int, tuple[int, int, dt.date]]] = []
    for rep in office.reps:
        mine = [c for c in customers if c[2] == rep.id]
        cities = [city for _, city, _ in mine if city in CITY_CENTRES]
        home = home_city(cities)
        where = {cid: geo.get(cid, CITY_CENTRES.get(city, (0.0, 0.0))) for cid, city, _ in mine}
        existing = {c[0] for c in mine if c[0] in traded}
        pending: dict[dt.date, list[FollowUp]] = defaultdict(list)
        for offset in range(-DAYS_BACK, DAYS_AHEAD + 1):
            day = today + dt.timedelta(days=offset)
            if day.weekday() >= 5:
                continue
            follow = pending.pop(day, [])
            anchor = home if rng.random() < 0.75 else rng.choice(cities)
            if follow:
                anchor = next(c for cid, c, _ in mine if cid == follow[0][0])
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
                entry = visit_entry(rng, cid, rep.id, start, cutoff, contact.get(cid), matter)
                out.append(entry)
                if cid in follow_of:
                    links.append((follow_of[cid][2], (cid, rep.id, start.date())))
                outcome = entry.outcome
                if outcome is not None and outcome.status == "done":
                    existing.add(cid)
                    action_on = outcome.next_action_on
                    if (
                        outcome.next_action
                        and action_on is not None
                        and action_on >= today
                        and action_on.weekday() < 5
                        and rng.random() < 0.7
                    ):
                        pending[action_on].append((cid, outcome.next_action, len(out) - 1))
                minute += entry.plan.duration_minutes + rng.choice((15, 20, 30, 40))
                if minute > 17 * 60 + 30:
                    break
    _link_follow_ups(out, links)
    return out


def _link_follow_ups(
    visits: list[VisitEntry], links: list[tuple[int, tuple[int, int, dt.date]]]
) -> None:
    """Each source visit's next visit is the customer's first visit by that rep on that day."""
    first_of_day: dict[tuple[int, int, dt.date], int] = {}
    for index, entry in enumerate(visits):
        plan = entry.plan
        key = (plan.customer_id, plan.rep_id, plan.start.date())
        if key not in first_of_day or plan.start < visits[first_of_day[key]].plan.start:
            first_of_day[key] = index
    for source, target in links:
        if target in first_of_day:
            visits[source].follow_up = first_of_day[target]


def _write_reviews(office: DemoOffice, today: dt.date, rng: random.Random) -> None:
    this_week = week_start(today)
    reviews = []
    for rep in office.reps:
        for weeks in range(1, 6):
            reviews.append(
                WeekReviewEntry(
                    rep.id,
                    this_week - dt.timedelta(weeks=weeks),
                    review=rng.choice(REVIEWS),
                    plan_notes="老客户每天七家，新客户三家；逾期跟进优先。",
                )
            )
        reviews.append(
            WeekReviewEntry(
                rep.id,
                this_week,
                plan_notes="本周重点：续签合同两家，试用跟进三家，开发新客户十家。",
            )
        )
    add_week_reviews(office.owner, reviews)
