"""The compact search text behind filter-as-you-type (see models.core.CustomerSearch)."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import json
import re
import threading
from typing import cast

import peewee as pw

from ...models.core import Contact, Customer, CustomerSearch
from ...models.db import utcnow
from ...models.readings import fold, readings
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


_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")
_LETTER = re.compile(r"[A-Za-z]")


@rule
def split_text(text: str) -> tuple[str, str, str]:
    """A search text as three: the ASCII runs of its lines (pinyin, initials, phones, Latin
    names), its lines holding other characters (Chinese), and those of the ASCII runs that
    hold a letter; each newline-joined. A query without a newline matches the text exactly
    when a query holding a Latin letter matches the third, another ASCII query the first, and
    any other the second: a match never spans two lines, nor leaves an ASCII run. They are
    searched apart because a Python string of ASCII only takes a byte a character (one
    Chinese character anywhere makes all of it two or four), and a pinyin query then skips
    the phone numbers."""
    if text.isascii():
        runs = text.split("\n")
        wide: list[str] = []
    else:
        runs, wide = [], []
        for line in text.split("\n"):
            if line.isascii():
                runs.append(line)
            else:
                wide.append(line)
                runs.extend(run for run in _NOT_ASCII.split(line) if run)
    lettered = [run for run in runs if _LETTER.search(run)]
    return "\n".join(runs), "\n".join(wide), "\n".join(lettered)


def _part_of(needle: str) -> int:
    """Which part of the split texts (`split_text`) a query is looked for in."""
    if not needle.isascii():
        return 1
    return 2 if _LETTER.search(needle) else 0


class SearchCache:
    """The search texts held in memory, so a keystroke costs a C-speed scan of Python strings
    (a few ms at 100k customers) instead of a SQL function call per row.

    Each text is held split (`split_text`): a Latin query (pinyin, initials, digits) scans
    only the ASCII parts, a Chinese one only the Chinese lines. For the list's first page in
    its default order the texts are also joined into one string per part in the list's
    order by name (`first_matching`): `str.find` walks it and stops after the first matches
    a page needs, so "c" (half of all customers) costs as little as "王建国".

    Before each search it pulls the rows changed since its watermark (an indexed query that
    returns nothing most of the time), so edits by other windows, processes or machines show
    up at the next keystroke. (Timestamps come from each writer's clock; a badly skewed
    machine's edits are picked up when the cache is rebuilt, see `max_age`.) Purged customers
    may linger here; queries join the customer table, so they never show.
    """

    max_age = dt.timedelta(minutes=10)

    def __init__(self) -> None:
        self.lock = threading.RLock()  # the GUI thread and a counting thread share it
        self._reset()

    def _reset(self) -> None:
        self.loaded_at = utcnow()
        self.ids: list[int] = []
        # (ASCII, other, ASCII with a letter) by index: split_text
        self.parts: tuple[list[str], list[str], list[str]] = ([], [], [])
        self.position: dict[int, int] = {}
        self.watermark: dt.datetime | None = None
        self._last: tuple[str, list[int]] | None = None
        self._order: list[int] | None = None  # indexes in the list's order by name
        self._joined: dict[int, tuple[str, list[int]]] = {}  # part → (joined, starts)

    @property
    def texts(self) -> list[str]:
        """The whole search texts, rebuilt from their parts (for tests and tools)."""
        return ["\n".join(p for p in pair if p) for pair in zip(*self.parts, strict=True)]

    def sync(self) -> None:
        with self.lock:
            self._sync()

    def _sync(self) -> None:
        query = CustomerSearch.select(
            CustomerSearch.customer, CustomerSearch.text, CustomerSearch.changed_at
        )
        if self.watermark is not None:
            query = query.where(CustomerSearch.changed_at > self.watermark)
        latin, wide, lettered = self.parts
        changed = False
        for cid, text, when in query.tuples().iterator():
            changed = True
            first, second, third = split_text(text)
            index = self.position.get(cid)
            if index is None:
                self.position[cid] = len(self.ids)
                self.ids.append(cid)
                latin.append(first)
                wide.append(second)
                lettered.append(third)
            else:
                latin[index], wide[index], lettered[index] = first, second, third
            if self.watermark is None or when > self.watermark:
                self.watermark = when
        if changed:  # names and texts may have moved: the joined texts are built again
            self._order = None
            self._joined.clear()

    def matching(self, needle: str) -> list[int]:
        with self.lock:
            return self._matching(needle)

    def _catch_up(self) -> bool:
        """Sync (a full reload after `max_age`); whether anything changed."""
        if utcnow() - self.loaded_at > self.max_age:
            self._reset()
        before = self.watermark
        self._sync()
        return before != self.watermark

    def _matching(self, needle: str) -> list[int]:
        moved = self._catch_up()
        if self._last is not None and self._last[0] == needle and not moved:
            return self._last[1]  # count and page of one keystroke ask twice
        ids = self.ids
        texts = self.parts[_part_of(needle)]
        found = [ids[i] for i, text in enumerate(texts) if needle in text]
        self._last = (needle, found)
        return found

    def first_matching(
        self, needle: str, wanted: int, descending: bool = False
    ) -> tuple[list[int], bool]:
        """The first `wanted` ids whose text holds `needle`, in the list's order by name
        (`CustomerSearch.name_key`, then the id; reversed with `descending`), and whether
        they are all there are."""
        with self.lock:
            self._catch_up()
            joined, starts = self._joined_part(_part_of(needle))
            order = self._order or []
            found: list[int] = []
            if descending:
                end = len(joined)
                while len(found) < wanted:
                    hit = joined.rfind(needle, 0, end)
                    if hit < 0:
                        return found, True
                    k = bisect.bisect_right(starts, hit) - 1
                    found.append(self.ids[order[k]])
                    end = starts[k]
            else:
                # re's search beats str.find over megabytes of a small alphabet (pinyin);
                # str.find wins for one character (memchr) and on Chinese and digits.
                latin = len(needle) > 1 and _part_of(needle) == 2
                search = re.compile(re.escape(needle)).search if latin else None
                begin = 0
                while len(found) < wanted:
                    if search is None:
                        hit = joined.find(needle, begin)
                    else:
                        match = search(joined, begin)
                        hit = -1 if match is None else match.start()
                    if hit < 0:
                        return found, True
                    k = bisect.bisect_right(starts, hit) - 1
                    found.append(self.ids[order[k]])
                    begin = starts[k + 1] if k + 1 < len(starts) else len(joined)
            return found, False

    def _joined_part(self, part: int) -> tuple[str, list[int]]:
        """One part of every text joined by newlines in the list's order, and where each
        text starts in it."""
        if self._order is None:
            # The database's own order (its collation), read from the index the list uses.
            query = CustomerSearch.select(CustomerSearch.customer).order_by(
                CustomerSearch.name_key, CustomerSearch.customer
            )
            position = self.position
            self._order = [position[cid] for (cid,) in query.tuples().iterator() if cid in position]
            self._joined.clear()
        joined = self._joined.get(part)
        if joined is None:
            texts = self.parts[part]
            pieces = [texts[i] for i in self._order]
            starts = [0, *itertools.accumulate(len(p) + 1 for p in pieces)][:-1]
            joined = ("\n".join(pieces), starts)
            self._joined[part] = joined
        return joined


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
    with cache.lock:  # the first keystroke's page walks these
        for part in range(len(cache.parts)):
            cache._joined_part(part)
    readings("王", person=True)  # the folding and pinyin tables the page's notes read
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
def first_matching_ids(
    needle: str, wanted: int, descending: bool = False
) -> tuple[list[int], bool]:
    """The first `wanted` ids matching `needle` in the list's order by name, and whether
    they are all (see SearchCache.first_matching)."""
    return search_cache().first_matching(needle, wanted, descending)


@internal
def matching_ids(needle: str) -> list[int] | None:
    """Ids whose search text contains `needle`, or None when there are too many to list."""
    ids = search_cache().matching(needle)
    return ids if len(ids) <= MAX_ID_LIST else None
