"""Route ordering: nearest neighbour + 2-opt finds the known shortest path; address fallback."""

from __future__ import annotations

import itertools
import math
import random

import pytest

from desktop_crm.services.visits.routing import (
    RouteStop,
    haversine_km,
    order_stops,
    path_length,
    shortest_path_order,
)


def _brute_force(points: list[tuple[float, float]]) -> float:
    return min(path_length(points, order) for order in itertools.permutations(range(len(points))))


def test_haversine_shanghai_to_beijing() -> None:
    # about 1,067 km between the two city centres
    assert haversine_km((31.23, 121.47), (39.90, 116.41)) == pytest.approx(1067, abs=5)


def test_nearest_neighbour_trap_is_fixed_by_two_opt() -> None:
    # Along a street (longitude 121.40..121.50), with one customer a little off it. Starting
    # greedily from the middle zig-zags; the shortest open path walks the street end to end.
    points = [
        (31.200, 121.450),
        (31.200, 121.460),
        (31.200, 121.440),
        (31.200, 121.475),
        (31.200, 121.420),
        (31.200, 121.500),
        (31.200, 121.400),
        (31.205, 121.430),
    ]
    best = _brute_force(points)
    order = shortest_path_order(points)
    assert sorted(order) == list(range(len(points)))
    assert path_length(points, order) == pytest.approx(best, rel=1e-9)
    # the tour runs from one end of the street to the other
    assert {order[0], order[-1]} == {5, 6}


def test_points_on_a_circle_are_visited_around_it() -> None:
    rng = random.Random(3)
    angles = [i * 2 * math.pi / 9 * 0.9 for i in range(9)]  # an open arc, 9 customers
    points = [(31.2 + 0.05 * math.sin(a), 121.4 + 0.05 * math.cos(a)) for a in angles]
    shuffled = list(range(9))
    rng.shuffle(shuffled)
    crafted = [points[i] for i in shuffled]
    order = shortest_path_order(crafted)
    walked = [shuffled[i] for i in order]
    assert walked in (list(range(9)), list(range(8, -1, -1)))
    assert path_length(crafted, order) == pytest.approx(_brute_force(crafted), rel=1e-9)


def test_random_small_sets_match_brute_force() -> None:
    rng = random.Random(11)
    for _ in range(12):
        points = [(31 + rng.random() * 0.2, 121 + rng.random() * 0.2) for _ in range(7)]
        order = shortest_path_order(points)
        assert path_length(points, order) == pytest.approx(_brute_force(points), rel=1e-6)


def test_start_point_is_honoured() -> None:
    points = [(31.2, 121.41), (31.2, 121.43), (31.2, 121.42)]
    assert shortest_path_order(points, start=(31.2, 121.44)) == [1, 2, 0]


def test_without_coordinates_sort_by_district_then_address() -> None:
    stops = [
        RouteStop(1, None, None, "闵行区", "闵行区人民路1号"),
        RouteStop(2, None, None, "徐汇区", "徐汇区中山路9号"),
        RouteStop(3, None, None, "徐汇区", "徐汇区中山路2号"),
    ]
    assert order_stops(stops) == [3, 2, 1]


def test_stops_without_coordinates_go_after_the_located_ones() -> None:
    stops = [
        RouteStop(1, 31.2, 121.50, "", ""),
        RouteStop(2, None, None, "A区", "x"),
        RouteStop(3, 31.2, 121.40, "", ""),
        RouteStop(4, 31.2, 121.45, "", ""),
    ]
    order = order_stops(stops)
    assert order[:3] in ([1, 4, 3], [3, 4, 1]) and order[3] == 2


def test_optimise_day_route_keeps_the_order_and_the_sheet_prints_it(ctx) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from visit_helpers import at, make_customer, make_rep

    from desktop_crm.models.visits import CustomerGeo
    from desktop_crm.services import visits as vs
    from desktop_crm.services.visits.day_sheet import optimise_day_route, sheet_day

    day = dt.date(2026, 3, 2)
    rep = make_rep()
    # west to east along one street; planned in a zig-zag order of time
    places = {"东头": 121.50, "西头": 121.40, "中间": 121.45, "中西": 121.42}
    ids = {}
    for hour, (name, lon) in enumerate(places.items(), start=9):
        customer = make_customer(name, rep)
        CustomerGeo.create(customer=customer.id, latitude=31.2, longitude=lon)
        ids[name] = vs.plan_visit(ctx.user, vs.VisitDraft(customer.id, rep.id, at(day, hour))).id
    order = optimise_day_route(ctx.user, rep.id, day)
    names = [n for i in order for n, v in ids.items() if v == i]
    assert names in (["西头", "中西", "中间", "东头"], ["东头", "中间", "中西", "西头"])
    assert [v.row.customer_name for v in sheet_day(ctx.user, rep.id, day).visits] == names


def test_optimise_without_coordinates_sorts_by_district_and_address(ctx) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from visit_helpers import at, make_customer, make_rep

    from desktop_crm.services import visits as vs
    from desktop_crm.services.visits.day_sheet import optimise_day_route

    day = dt.date(2026, 3, 2)
    rep = make_rep()
    made = []
    for hour, (name, district, address) in enumerate(
        [
            ("甲", "闵行区", "闵行区人民路1号"),
            ("乙", "徐汇区", "徐汇区中山路9号"),
            ("丙", "徐汇区", "徐汇区中山路2号"),
        ],
        start=9,
    ):
        customer = make_customer(name, rep, district=district, address=address)
        made.append(vs.plan_visit(ctx.user, vs.VisitDraft(customer.id, rep.id, at(day, hour))).id)
    assert optimise_day_route(ctx.user, rep.id, day) == [made[2], made[1], made[0]]


def test_retimed_starts_worked_by_hand() -> None:
    import datetime as dt

    from desktop_crm.services.visits.routing import TimedStop, retimed_starts

    def t(hour: int, minute: int = 0) -> dt.datetime:
        return dt.datetime(2026, 3, 2, hour, minute)

    stops = [
        TimedStop(1, t(9), 60, (31.20, 121.40), False),  # first in the route, the day's earliest
        # 0.05° of latitude north: 6371.0088 km × π/180 × 0.05 = 5.56 km; at 25 km/h 13.3 min
        # → 14 min after 10:00 = 10:14, rounded up to 10:15
        TimedStop(2, t(13), 30, (31.25, 121.40), False),
        # done at 11:00 for an hour: it keeps its time; the next starts after its end
        TimedStop(3, t(11), 60, (31.25, 121.40), True),
        # no coordinates: a 20-minute gap after 12:00 → 12:20
        TimedStop(4, t(9, 30), 45, None, False),
    ]
    assert retimed_starts(stops) == {2: t(10, 15), 4: t(12, 20)}
    # a later visit moves up to follow the first after the travel gap (the day is compacted)
    assert retimed_starts(
        [TimedStop(1, t(9), 60, None, False), TimedStop(2, t(11), 60, None, False)]
    ) == {2: t(10, 20)}
    assert retimed_starts([]) == {}


def test_optimising_retimes_the_day_so_sheet_and_calendar_agree(ctx) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from visit_helpers import at, make_customer, make_rep

    from desktop_crm.models.visits import CustomerGeo, Visit
    from desktop_crm.services import visits as vs
    from desktop_crm.services.visits.day_sheet import optimise_day_route, sheet_day

    day = dt.date(2026, 3, 2)
    rep = make_rep()
    places = {"东头": 121.50, "西头": 121.40, "中间": 121.45, "中西": 121.42}
    for hour, (name, lon) in enumerate(places.items(), start=9):
        customer = make_customer(name, rep)
        CustomerGeo.create(customer=customer.id, latitude=31.2, longitude=lon)
        vs.plan_visit(ctx.user, vs.VisitDraft(customer.id, rep.id, at(day, hour)))
    before = {v.id: (v.start, v.duration_minutes, v.version) for v in Visit.select()}
    optimise_day_route(ctx.user, rep.id, day)
    sheet = sheet_day(ctx.user, rep.id, day).visits
    starts = [v.row.start for v in sheet]
    assert starts == sorted(starts)  # stop 1 is the earliest, the last is the latest
    assert starts[0] == at(day, 9)  # from the day's first visit's time
    for first, second in zip(sheet, sheet[1:], strict=False):
        assert second.row.start >= first.row.end  # no overlap: durations kept, travel between
    after = {v.id: (v.start, v.duration_minutes, v.version) for v in Visit.select()}
    assert all(after[i][1] == before[i][1] for i in before)  # durations kept
    moved = [i for i in before if after[i][0] != before[i][0]]
    assert moved and all(after[i][2] == before[i][2] + 1 for i in moved)  # a change: version up

    # order only: the times stay
    kept = {v.id: v.start for v in Visit.select()}
    optimise_day_route(ctx.user, rep.id, day, retime=False)
    assert {v.id: v.start for v in Visit.select()} == kept
