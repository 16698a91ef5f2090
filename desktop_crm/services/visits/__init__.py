"""The visit planner: visits, standards, calendars, suggestions, reviews, day sheets, routes, .ics.

The capability's public surface: every public name of its modules, so callers may write
`from desktop_crm.services import visits` and use `visits.save_...`.
"""

from __future__ import annotations

# The visit choice tables (method, status, purpose met), for widgets and reports above services.
from ...models.visits import METHODS, PURPOSE_MET, STATUSES
from .calendar import (
    DaySummary,
    PlannerWeek,
    overlapping_visits,
    parse_iso_week,
    planner_period,
    summarise_day,
    week_start,
)
from .checks import (
    draft_values,
    validate_draft,
    validate_outcome,
)
from .day_sheet import (
    SheetDay,
    SheetVisit,
    day_rows,
    optimise_day_route,
    sheet_day,
)
from .drafts import (
    ACTIVE_STATUSES,
    METHOD_CODES,
    PURPOSE_MET_CODES,
    STATUS_CODES,
    VisitDraft,
    VisitOutcome,
    VisitRow,
)
from .ics_export import (
    PRODID,
    export_ics,
)
from .queries import (
    as_datetime,
    classify_new,
    day_bounds,
    is_new_customer,
    last_done_visit,
    load_visit,
    new_customer_sql,
    route_order,
    visit_start,
    visits_between,
)
from .reviews import (
    REVIEW_LIMIT,
    MonthTotals,
    WeekReport,
    month_totals,
    save_week_review,
    week_report,
)
from .routing import (
    EARTH_RADIUS_KM,
    Point,
    RouteStop,
    haversine_km,
    order_stops,
    path_length,
    shortest_path_order,
)
from .standards import (
    DEFAULT_TIMEZONE,
    DEFAULT_WORKDAYS,
    VisitStandard,
    office_standard,
    office_timezone,
    own_rep_standard,
    rep_standard,
    set_office_standard,
    set_office_timezone,
    set_rep_standard,
    standard_for,
    workdays,
)
from .suggestions import (
    Suggestion,
    customers_to_visit,
)
from .writes import (
    cancel_visit,
    complete_visit,
    delete_visit,
    move_visit,
    plan_next_visit,
    plan_visit,
    save_visit,
    set_route_order,
    set_status,
)

__all__ = [
    "ACTIVE_STATUSES",
    "DEFAULT_TIMEZONE",
    "DEFAULT_WORKDAYS",
    "DaySummary",
    "EARTH_RADIUS_KM",
    "METHODS",
    "METHOD_CODES",
    "MonthTotals",
    "PRODID",
    "PURPOSE_MET",
    "PURPOSE_MET_CODES",
    "PlannerWeek",
    "Point",
    "REVIEW_LIMIT",
    "RouteStop",
    "STATUSES",
    "STATUS_CODES",
    "SheetDay",
    "SheetVisit",
    "Suggestion",
    "VisitDraft",
    "VisitOutcome",
    "VisitRow",
    "VisitStandard",
    "WeekReport",
    "as_datetime",
    "cancel_visit",
    "classify_new",
    "complete_visit",
    "customers_to_visit",
    "day_bounds",
    "day_rows",
    "delete_visit",
    "draft_values",
    "export_ics",
    "haversine_km",
    "is_new_customer",
    "last_done_visit",
    "load_visit",
    "month_totals",
    "move_visit",
    "new_customer_sql",
    "office_standard",
    "office_timezone",
    "optimise_day_route",
    "order_stops",
    "overlapping_visits",
    "own_rep_standard",
    "parse_iso_week",
    "path_length",
    "plan_next_visit",
    "plan_visit",
    "planner_period",
    "rep_standard",
    "route_order",
    "save_visit",
    "save_week_review",
    "set_office_standard",
    "set_office_timezone",
    "set_rep_standard",
    "set_route_order",
    "set_status",
    "sheet_day",
    "shortest_path_order",
    "standard_for",
    "summarise_day",
    "validate_draft",
    "validate_outcome",
    "visit_start",
    "visits_between",
    "week_report",
    "week_start",
    "workdays",
]
