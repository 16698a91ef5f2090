"""Desktop CRM: the customer file, visit planner and state analysis for small sales offices."""

__version__ = "0.1.0"
