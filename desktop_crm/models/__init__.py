"""Peewee tables, the database proxy, schema versions and migrations (no Qt)."""

from .core import Contact, Customer, CustomerSearch, Deal, SchemaVersion, Setting, User
from .db import BaseModel, database_proxy, open_database

__all__ = [
    "BaseModel",
    "Contact",
    "Customer",
    "CustomerSearch",
    "Deal",
    "SchemaVersion",
    "Setting",
    "User",
    "database_proxy",
    "open_database",
]
