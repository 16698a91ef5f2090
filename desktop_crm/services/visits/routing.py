"""The day's route: order visits by distance (nearest neighbour, then 2-opt) or by address.

A route is an open path (the rep does not come back to the first customer); without a given
starting point every visit is tried as the first one and the shortest result wins.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from ..common.acting import rule

EARTH_RADIUS_KM = 6371.0088

Point = tuple[float, float]  # (latitude, longitude) in degrees


@dataclass(frozen=True)
class RouteStop:
    visit_id: int
    latitude: float | None
    longitude: float | None
    district: str = ""
    address: str = ""

    @property
    def point(self) -> Point | None:
        if self.latitude is None or self.longitude is None:
            return None
        return (self.latitude, self.longitude)


@rule
def haversine_km(a: Point, b: Point) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


@rule
def path_length(points: Sequence[Point], order: Sequence[int], start: Point | None = None) -> float:
    """Length in km of visiting `points` in `order` (from `start` if given)."""
    seq = [points[i] for i in order]
    if start is not None:
        seq = [start, *seq]
    return sum(haversine_km(seq[i], seq[i + 1]) for i in range(len(seq) - 1))


def _matrix(points: Sequence[Point]) -> list[list[float]]:
    return [[haversine_km(p, q) for q in points] for p in points]


def _nearest_neighbour(d: list[list[float]], first: int) -> list[int]:
    n = len(d)
    order = [first]
    left = set(range(n)) - {first}
    while left:
        here = order[-1]
        nxt = min(left, key=lambda j: (d[here][j], j))
        order.append(nxt)
        left.remove(nxt)
    return order


def _two_opt(d: list[list[float]], order: list[int], fixed_first: bool) -> list[int]:
    """Reverse segments while that shortens the open path (first node fixed if asked)."""
    n = len(order)
    improved = True
    while improved:
        improved = False
        for i in range(1 if fixed_first else 0, n - 1):
            for k in range(i + 1, n):
                a = order[i - 1] if i > 0 else None
                b, c = order[i], order[k]
                e = order[k + 1] if k + 1 < n else None
                before = (d[a][b] if a is not None else 0.0) + (d[c][e] if e is not None else 0.0)
                after = (d[a][c] if a is not None else 0.0) + (d[b][e] if e is not None else 0.0)
                if after < before - 1e-9:
                    order[i : k + 1] = reversed(order[i : k + 1])
                    improved = True
    return order


@rule
def shortest_path_order(points: Sequence[Point], start: Point | None = None) -> list[int]:
    """Indices of `points` in a short visiting order: nearest neighbour improved by 2-opt."""
    n = len(points)
    if n <= 2:
        return list(range(n))
    if start is not None:
        all_points = [start, *points]
        d = _matrix(all_points)
        order = _two_opt(d, _nearest_neighbour(d, 0), fixed_first=True)
        return [i - 1 for i in order[1:]]
    d = _matrix(points)
    best: list[int] | None = None
    best_length = math.inf
    for first in range(n) if n <= 60 else range(1):
        order = _two_opt(d, _nearest_neighbour(d, first), fixed_first=False)
        length = sum(d[order[i]][order[i + 1]] for i in range(n - 1))
        if length < best_length - 1e-9:
            best, best_length = order, length
    assert best is not None
    return best


@rule
def order_stops(stops: Sequence[RouteStop], start: Point | None = None) -> list[int]:
    """Visit ids in route order: by coordinates where every stop has them; else (or for
    the stops without) by district then address."""
    located = [s for s in stops if s.point is not None]
    others = sorted(
        (s for s in stops if s.point is None), key=lambda s: (s.district, s.address, s.visit_id)
    )
    if len(located) < 2 or len(others) == len(stops):
        return [
            s.visit_id for s in sorted(stops, key=lambda s: (s.district, s.address, s.visit_id))
        ]
    points = [s.point for s in located if s.point is not None]
    order = shortest_path_order(points, start)
    return [located[i].visit_id for i in order] + [s.visit_id for s in others]


# Retiming a day after its route changed (issue 14, item 1): the visits keep their durations,
# the first starts when the day's first visit started, and between two visits the rep travels
# the straight-line distance at TRAVEL_KMH (city driving, stops included), at least
# MIN_GAP_MINUTES; without both customers' coordinates the gap is DEFAULT_GAP_MINUTES. Starts
# are rounded up to 5 minutes. A visit already done (or missed) keeps its time: the ones
# after it start no earlier than its end.
TRAVEL_KMH = 25.0
MIN_GAP_MINUTES = 10
DEFAULT_GAP_MINUTES = 20
ROUND_MINUTES = 5


@dataclass(frozen=True)
class TimedStop:
    visit_id: int
    start: dt.datetime
    duration_minutes: int
    point: Point | None
    fixed: bool  # done, no-show …: its time is what happened, never moved


def _round_up(moment: dt.datetime) -> dt.datetime:
    moment = moment.replace(second=0, microsecond=0) + (
        dt.timedelta(minutes=1) if moment.second or moment.microsecond else dt.timedelta()
    )
    extra = -moment.minute % ROUND_MINUTES
    return moment + dt.timedelta(minutes=extra)


@rule
def travel_minutes(a: Point | None, b: Point | None) -> int:
    """Minutes between two customers (see the rules above this function)."""
    if a is None or b is None:
        return DEFAULT_GAP_MINUTES
    return max(MIN_GAP_MINUTES, math.ceil(haversine_km(a, b) / TRAVEL_KMH * 60))


@rule
def retimed_starts(stops: Sequence[TimedStop]) -> dict[int, dt.datetime]:
    """New starts of the stops in the order given (only those that change): see above."""
    if not stops:
        return {}
    cursor = min(s.start for s in stops)
    previous: TimedStop | None = None
    changed: dict[int, dt.datetime] = {}
    for stop in stops:
        if stop.fixed:
            start = stop.start
        else:
            arrive = (
                cursor
                if previous is None
                else cursor + dt.timedelta(minutes=travel_minutes(previous.point, stop.point))
            )
            start = _round_up(arrive) if previous is not None else cursor
            if start != stop.start:
                changed[stop.visit_id] = start
        cursor = max(cursor, start + dt.timedelta(minutes=stop.duration_minutes))
        previous = stop
    return changed
