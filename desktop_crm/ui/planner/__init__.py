"""The visit planner room: calendars, visit dialog, route, week review, sheets."""
