"""The demo office and the data generators, above the services.

Like the commands, this package uses the services only (never the models): it builds the
services' own drafts and stores them through their bulk paths, so a change of the schema or
of a rule shows up here, in tests/demo, instead of breaking `--demo` silently.
"""

from __future__ import annotations

from .build import DEMO_PARTS, build_demo_office
from .customers import generate_customers
from .office import DEMO_CUSTOMERS, DEMO_OWNER, DEMO_REPS, DemoOffice, ensure_staff
from .visits import generate_visits

__all__ = [
    "DEMO_CUSTOMERS",
    "DEMO_OWNER",
    "DEMO_PARTS",
    "DEMO_REPS",
    "DemoOffice",
    "build_demo_office",
    "ensure_staff",
    "generate_customers",
    "generate_visits",
]
