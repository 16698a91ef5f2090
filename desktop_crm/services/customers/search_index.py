"""The compact search text behind filter-as-you-type (see models.core.CustomerSearch)."""

from __future__ import annotations

import datetime as dt
import json
import threading
from typing import cast

import peewee as pw

from ...models.core import Contact, Customer, CustomerSearch
from ...models.db import utcnow
from ...models.readings import fold
from ...models.search_text import fill_search_texts, search_row
from ...models.search_text import search_text as search_text  # part of this module's surface
from ..common.acting import Person, internal, rule
from ..people.policy import guard


@rule
def normalise_query(text: str) -> str:
    """The query as the search texts hold their fields: folded (lower case, traditional as
    simplified; models/readings.fold), one line."""
    return fold(text.strip().replace("\n", " "))


@internal
def refresh_search_text(customer_id: int) -> None:
    customer = Customer.get_by_id(customer_id)
    names = [c.name for c in Contact.select(Contact.name).where(Contact.customer == customer_id)]
    row = search_row(
        customer_id,
        customer.name,
        customer.company,
        customer.phone,
        customer.mobile,
        names,
        utcnow(),
    )
    CustomerSearch.insert(row).on_conflict(
        conflict_target=[CustomerSearch.customer],
        preserve=[CustomerSearch.text, CustomerSearch.name_key, CustomerSearch.changed_at],
    ).execute()


@internal
def rebuild_search_index(batch: int = 2000) -> int:
    """Recompute every customer's search text (after a migration or a bulk import)."""
    count = fill_search_texts(batch)
    with _caches_lock:
        if hasattr(_bound_database(), _ATTRIBUTE):
            delattr(_bound_database(), _ATTRIBUTE)
    return count


@internal
def contains(column: pw.Field, needle: str) -> pw.Expression:
    """Substring test that works the same on SQLite and PostgreSQL (no LIKE escaping needed)."""
    if isinstance(_bound_database(), pw.SqliteDatabase):
        return pw.fn.instr(column, needle) > 0
    return pw.fn.strpos(column, needle) > 0


# ---------------------------------------------------------------- in-memory matching

# Up to this many matches are passed to SQL as an id list; more fall back to a SQL scan.
MAX_ID_LIST = 20_000


class SearchCache:
    """The search texts held in memory, so a keystroke costs a C-speed scan of ~7 MB of
    Python strings (a few ms at 100k customers) instead of a SQL function call per row.

    Before each search it pulls the rows changed since its watermark (an indexed query that
    returns nothing most of the time), so edits by other windows, processes or machines show
    up at the next keystroke. (Timestamps come from each writer's clock; a badly skewed
    machine's edits are picked up when the cache is rebuilt, see `max_age`.) Purged customers may linger here; queries join the customer
    table, so they never show.
    """

    max_age = dt.timedelta(minutes=10)

    def __init__(self) -> None:
        self.lock = threading.RLock()  # the GUI thread and a counting thread share it
        self.loaded_at = utcnow()
        self.ids: list[int] = []
        self.texts: list[str] = []
        self.position: dict[int, int] = {}
        self.watermark: dt.datetime | None = None
        self._last: tuple[str, list[int]] | None = None

    def _reset(self) -> None:
        self.loaded_at = utcnow()
        self.ids, self.texts, self.position = [], [], {}
        self.watermark = None
        self._last = None

    def sync(self) -> None:
        with self.lock:
            self._sync()

    def _sync(self) -> None:
        query = CustomerSearch.select(
            CustomerSearch.customer, CustomerSearch.text, CustomerSearch.changed_at
        )
        if self.watermark is not None:
            query = query.where(CustomerSearch.changed_at > self.watermark)
        for cid, text, changed in query.tuples().iterator():
            index = self.position.get(cid)
            if index is None:
                self.position[cid] = len(self.ids)
                self.ids.append(cid)
                self.texts.append(text)
            else:
                self.texts[index] = text
            if self.watermark is None or changed > self.watermark:
                self.watermark = changed

    def matching(self, needle: str) -> list[int]:
        with self.lock:
            return self._matching(needle)

    def _matching(self, needle: str) -> list[int]:
        if utcnow() - self.loaded_at > self.max_age:
            self._reset()
        before = self.watermark
        self._sync()
        if self._last is not None and self._last[0] == needle and before == self.watermark:
            return self._last[1]  # count and page of one keystroke ask twice
        ids = self.ids
        found = [ids[i] for i, text in enumerate(self.texts) if needle in text]
        self._last = (needle, found)
        return found


_caches_lock = threading.Lock()
_ATTRIBUTE = "_crm_search_cache"


def _bound_database() -> pw.Database:
    database = CustomerSearch._meta.database
    return cast(pw.Database, getattr(database, "obj", database))  # the proxy's target, if any


@internal
def search_cache() -> SearchCache:
    """The cache of the currently bound database (it lives on the database object)."""
    database = _bound_database()
    with _caches_lock:
        cache = getattr(database, _ATTRIBUTE, None)
        if cache is None:
            cache = SearchCache()
            setattr(database, _ATTRIBUTE, cache)
        return cache


@guard.anyone
def warm_search_cache(actor: Person) -> int:
    """Load the search texts ahead of the first keystroke (run it off the GUI thread)."""
    cache = search_cache()
    cache.sync()
    return len(cache.ids)


@internal
def id_in(column: pw.Field, ids: list[int]) -> pw.Expression:
    """`column IN ids` with the list sent as one parameter: building thousands of
    placeholders costs more than the query itself."""
    if isinstance(_bound_database(), pw.SqliteDatabase):
        payload = json.dumps(ids)
        return column.in_(pw.SQL("(SELECT value FROM json_each(?))", [payload]))
    return pw.Expression(column, "=", pw.fn.ANY(pw.Value(ids, unpack=False)))


@internal
def matching_ids(needle: str) -> list[int] | None:
    """Ids whose search text contains `needle`, or None when there are too many to list."""
    ids = search_cache().matching(needle)
    return ids if len(ids) <= MAX_ID_LIST else None
