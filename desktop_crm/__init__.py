"""Desktop CRM: the customer file, visit planner and state analysis for small sales offices."""

import sys

__version__ = "0.1.0"


def _import_peewee_without_the_postgres_driver() -> None:
    """peewee and playhouse.migrate import psycopg on load when it is installed: 0.2-0.4 s of a
    SQLite start-up spent on a driver it never uses. They are imported here (before anything
    else of the package can) with the driver hidden; `models.db.load_postgres_driver()` brings
    it in and hands it to peewee before the first PostgreSQL connection. Nothing happens when
    peewee is loaded already (then it has the driver)."""
    if "peewee" in sys.modules:
        return
    hidden = [name for name in ("psycopg", "psycopg2", "psycopg2cffi") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # import raises ImportError
    try:
        import peewee  # noqa: F401
        import playhouse.migrate  # noqa: F401
    finally:
        for name in hidden:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]


_import_peewee_without_the_postgres_driver()
