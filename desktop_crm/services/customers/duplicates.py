"""Possible duplicate customers: the keys they are compared by, the hint while a new customer is
typed and the finder over the whole file (issue 11). Qt-free; never changes the stored text.

Keys (PITFALLS 24, 25): folded to simplified Chinese (OpenCC t2s) and half-width, lower case,
without punctuation and spaces; a company key also drops region and legal-form words, so
深圳市华兴机械有限公司, 华兴机械(深圳)有限公司 and 華興機械股份有限公司 share the key 华兴机械.
Only keys are folded: 范 stays 范 and 臺北 stays 臺北 in the stored text.

The keys live in memory (`KeyIndex`, one per database like the search cache): built on first
use from the stored rows, then caught up before each use with the customers whose search text
changed since its watermark (every save, import and contact change rewrites that row), and
rebuilt after `max_age` (which also picks up a row whose timestamp came from a skewed clock or
a transaction that committed after a later one). Trashed and purged customers may linger in the index; every answer is
filtered by a query on the customer table (not trashed, visible to the actor), so they never
show. Nothing has to be migrated or kept in step inside a save.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, cast

import peewee as pw

from ...models.core import Contact, Customer, CustomerSearch
from ...models.db import utcnow
from ..common.acting import Person, internal, rule
from ..people.policy import guard, visible_customers

# ---------------------------------------------------------------- keys

_converter: Any = None
_converter_lock = threading.Lock()


def _t2s(text: str) -> str:
    global _converter
    if _converter is None:
        with _converter_lock:
            if _converter is None:
                import opencc

                _converter = opencc.OpenCC("t2s")
    return cast(str, _converter.convert(text))


def _fold(text: str) -> str:
    """Simplified, half-width, lower case (NFKC turns full-width letters and brackets ASCII)."""
    return _t2s(unicodedata.normalize("NFKC", text or "")).lower()


_PROVINCES = (
    "黑龙江 内蒙古 新疆 西藏 宁夏 广西 广东 福建 浙江 江苏 山东 河北 河南 山西 陕西 湖北 湖南 "
    "江西 安徽 四川 贵州 云南 甘肃 青海 海南 辽宁 吉林 台湾 香港 澳门"
).split()
_MUNICIPALITIES = "北京 上海 天津 重庆".split()
_CITIES = (
    "深圳 广州 东莞 佛山 珠海 中山 惠州 汕头 江门 湛江 肇庆 茂名 揭阳 潮州 清远 韶关 梅州 "
    "杭州 宁波 温州 绍兴 嘉兴 金华 台州 湖州 义乌 南京 苏州 无锡 常州 南通 徐州 扬州 昆山 "
    "厦门 福州 泉州 漳州 青岛 济南 烟台 潍坊 临沂 淄博 石家庄 唐山 保定 郑州 洛阳 太原 西安 "
    "武汉 长沙 南昌 合肥 芜湖 成都 绵阳 贵阳 昆明 兰州 西宁 海口 三亚 沈阳 大连 长春 哈尔滨 "
    "呼和浩特 包头 乌鲁木齐 拉萨 银川 南宁 柳州 桂林 台北 高雄 台中 新北 桃园"
).split()
_PLACES = sorted(_PROVINCES + _MUNICIPALITIES + _CITIES, key=len, reverse=True)
_PLACE_SUFFIX = "(?:省|市|自治区|特别行政区|壮族自治区|回族自治区|维吾尔自治区)?"
_LEADING_PLACES = re.compile(
    "^(?:(?:" + "|".join(map(re.escape, _PLACES)) + ")" + _PLACE_SUFFIX + ")+"
)
_ANY_PLACE = re.compile("(?:" + "|".join(map(re.escape, _PLACES)) + ")" + _PLACE_SUFFIX)
# Legal forms and branch words, longest first (so 股份有限公司 goes before 有限公司).
_LEGAL_FORMS = sorted(
    (
        "股份有限公司 有限责任公司 有限公司 集团公司 分公司 总公司 子公司 公司 股份 集团 "
        "门市部 经营部 营业部 商行 工作室 厂"
    ).split(),
    key=len,
    reverse=True,
)
_LEGAL = re.compile("|".join(map(re.escape, _LEGAL_FORMS)))
_LATIN_FORMS = re.compile(
    r"\b(?:co|company|corp|corporation|ltd|limited|inc|incorporated|llc|gmbh|group|plc)\b\.?"
)
_BRACKETED = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]|【([^【】]*)】|〔([^〔〕]*)〕")
_NOT_WORD = re.compile(r"[\W_]+")


def _drop_bracketed_places(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        inner = next(g for g in match.groups() if g is not None)
        return "" if not inner.strip() or _ANY_PLACE.fullmatch(inner.strip()) else inner

    return _BRACKETED.sub(replace, text)


@rule
def company_key(text: str) -> str:
    """The comparison key of a company name: 深圳市华兴机械有限公司 → 华兴机械."""
    folded = _drop_bracketed_places(_fold(text))
    folded = _LATIN_FORMS.sub(" ", folded)
    squeezed = _NOT_WORD.sub("", folded)
    without_place = _LEADING_PLACES.sub("", squeezed)
    key = _LEGAL.sub("", without_place)
    if not key:  # the name was all place and form (e.g. 深圳公司): keep what there was
        key = _LEGAL.sub("", squeezed) or squeezed
    return key


@rule
def name_key(text: str) -> str:
    """The comparison key of a person's name: folded, without spaces and punctuation."""
    return _NOT_WORD.sub("", _fold(text))


_NOT_DIGIT = re.compile(r"\D")
_PHONE_PREFIX = re.compile(r"^(?:0086|86)(?=1\d{10}$|0?[2-9]\d{8,10}$)")


@rule
def phone_key(text: str) -> str:
    """Digits only, without the country code: 138 0013 8000 and +86 13800138000 match."""
    digits = _NOT_DIGIT.sub("", unicodedata.normalize("NFKC", text or ""))
    digits = _PHONE_PREFIX.sub("", digits)
    return digits if len(digits) >= 5 else ""  # an extension alone is no match


@rule
def email_key(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").strip().lower()


# ---------------------------------------------------------------- the answers


@dataclass(frozen=True)
class DuplicateHint:
    """A stored customer that may be the one being typed."""

    customer_id: int
    name: str
    company: str
    score: int  # 100 for the same phone or e-mail
    reasons: tuple[str, ...]  # "phone", "email", "company", "name"


@dataclass(frozen=True)
class DuplicateMember:
    customer_id: int
    name: str
    company: str


@dataclass(frozen=True)
class DuplicateGroup:
    """Customers the finder thinks are one: linked by shared keys or similar names."""

    members: tuple[DuplicateMember, ...]
    score: int
    reasons: tuple[str, ...]


REASONS = ("phone", "email", "company", "name")
MIN_FUZZY_LENGTH = 2  # a one-character key matches too much


# ---------------------------------------------------------------- the index


class KeyIndex:
    """Every customer's keys in memory (see the module docstring)."""

    max_age = dt.timedelta(minutes=10)

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self._reset()

    def _reset(self) -> None:
        self.loaded_at = utcnow()
        self.watermark: dt.datetime | None = None
        self.loaded = False
        self.position: dict[int, int] = {}
        self.ids: list[int] = []
        self.companies: list[str] = []  # company keys, by position
        self.names: list[str] = []  # name keys, by position
        # key -> customer id, or the set of ids once two share it (most keys are one's own)
        self.phones: dict[str, int | set[int]] = {}
        self.emails: dict[str, int | set[int]] = {}
        self.keys_of: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {}  # phones, e-mails

    def sync(self) -> None:
        with self.lock:
            if utcnow() - self.loaded_at > self.max_age:
                self._reset()
            self._sync()

    def _sync(self) -> None:
        everything = not self.loaded  # every customer, with a search row or not
        ids: list[int] = [0]
        if everything:
            self.watermark = CustomerSearch.select(pw.fn.MAX(CustomerSearch.changed_at)).scalar()
        else:
            changed = CustomerSearch.select(CustomerSearch.customer, CustomerSearch.changed_at)
            if self.watermark is not None:
                changed = changed.where(CustomerSearch.changed_at > self.watermark)
            rows = cast(list[tuple[int, dt.datetime]], list(changed.tuples()))
            if not rows:
                return
            latest = max(r[1] for r in rows)
            self.watermark = latest if self.watermark is None else max(latest, self.watermark)
            ids = [r[0] for r in rows]
        self.loaded = True
        for chunk in _chunks(ids, 5000):
            customers = Customer.select(
                Customer.id, Customer.name, Customer.company, Customer.phone, Customer.mobile,
                Customer.email,
            )  # fmt: skip
            contacts = Contact.select(Contact.customer, Contact.phone, Contact.email)
            if not everything:
                customers = customers.where(Customer.id.in_(chunk))
                contacts = contacts.where(Contact.customer.in_(chunk))
            extra: dict[int, list[tuple[str, str]]] = {}
            for cid, phone, email in contacts.tuples().iterator():
                extra.setdefault(cid, []).append((phone, email))
            for cid, name, company, phone, mobile, email in customers.tuples().iterator():
                phones = {phone_key(phone), phone_key(mobile)}
                emails = {email_key(email)}
                for contact_phone, contact_email in extra.get(cid, ()):
                    phones.add(phone_key(contact_phone))
                    emails.add(email_key(contact_email))
                phones.discard("")
                emails.discard("")
                self._put(cid, company_key(company), name_key(name), phones, emails)
            if everything:
                break

    def _put(self, cid: int, company: str, name: str, phones: set[str], emails: set[str]) -> None:
        old_phones, old_emails = self.keys_of.get(cid, ((), ()))
        for key in old_phones:
            _forget(self.phones, key, cid)
        for key in old_emails:
            _forget(self.emails, key, cid)
        for key in phones:
            _remember(self.phones, key, cid)
        for key in emails:
            _remember(self.emails, key, cid)
        if phones or emails or cid in self.keys_of:
            self.keys_of[cid] = (tuple(phones), tuple(emails))
        index = self.position.get(cid)
        if index is None:
            self.position[cid] = len(self.ids)
            self.ids.append(cid)
            self.companies.append(company)
            self.names.append(name)
        else:
            self.companies[index] = company
            self.names[index] = name


def _remember(keys: dict[str, int | set[int]], key: str, cid: int) -> None:
    held = keys.get(key)
    if held is None:
        keys[key] = cid
    elif isinstance(held, set):
        held.add(cid)
    elif held != cid:
        keys[key] = {held, cid}


def _forget(keys: dict[str, int | set[int]], key: str, cid: int) -> None:
    held = keys.get(key)
    if held == cid:
        del keys[key]
    elif isinstance(held, set):
        held.discard(cid)
        if len(held) == 1:
            keys[key] = next(iter(held))


def _holders(keys: dict[str, int | set[int]], key: str) -> tuple[int, ...]:
    held = keys.get(key)
    if held is None:
        return ()
    return tuple(held) if isinstance(held, set) else (held,)


def _chunks(items: list[int], size: int) -> Iterable[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


_indexes_lock = threading.Lock()
_ATTRIBUTE = "_crm_duplicate_keys"


def _bound_database() -> pw.Database:
    database = Customer._meta.database
    return cast(pw.Database, getattr(database, "obj", database))


@internal
def key_index() -> KeyIndex:
    """The key index of the currently bound database (it lives on the database object)."""
    database = _bound_database()
    with _indexes_lock:
        index = getattr(database, _ATTRIBUTE, None)
        if index is None:
            index = KeyIndex()
            setattr(database, _ATTRIBUTE, index)
        return cast(KeyIndex, index)


def _shown_rows(actor: Person, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """Name and company of those `ids` that are not trashed and that `actor` may see."""
    found: dict[int, tuple[str, str]] = {}
    for chunk in _chunks(sorted(set(ids)), 5000):
        query = (
            Customer.select(Customer.id, Customer.name, Customer.company)
            .where(Customer.id.in_(chunk), Customer.deleted_at.is_null(), visible_customers(actor))
            .tuples()
        )
        for cid, name, company in query:
            found[cid] = (name, company)
    return found


@guard.anyone
def warm_duplicate_keys(actor: Person) -> int:
    """Build the key index ahead of the first hint (run it off the GUI thread)."""
    index = key_index()
    index.sync()
    return len(index.ids)


# ---------------------------------------------------------------- the hint


@guard.scoped
def possible_duplicates(
    actor: Person,
    draft_values: dict[str, Any],
    exclude_id: int | None = None,
    limit: int = 5,
    threshold: int = 88,
) -> list[DuplicateHint]:
    """Stored customers that may be the one being typed (`draft_values`: name, company, phone,
    mobile, email, and "contacts": a list of {"phone", "email"}), best first. Only customers
    the actor may see and not in the trash; `exclude_id` is the customer being edited."""
    phones = {phone_key(str(draft_values.get(f) or "")) for f in ("phone", "mobile")}
    emails = {email_key(str(draft_values.get("email") or ""))}
    for contact in draft_values.get("contacts") or ():
        phones.add(phone_key(str(contact.get("phone") or "")))
        emails.add(email_key(str(contact.get("email") or "")))
    phones.discard("")
    emails.discard("")
    company = company_key(str(draft_values.get("company") or ""))
    name = name_key(str(draft_values.get("name") or ""))

    scores: dict[int, tuple[int, set[str]]] = {}

    def add(cid: int, score: int, reason: str) -> None:
        if cid == exclude_id:
            return
        best, reasons = scores.get(cid, (0, set()))
        reasons.add(reason)
        scores[cid] = (max(best, score), reasons)

    index = key_index()
    with index.lock:
        index.sync()
        for key in phones:
            for cid in _holders(index.phones, key):
                add(cid, 100, "phone")
        for key in emails:
            for cid in _holders(index.emails, key):
                add(cid, 100, "email")
        wanted = max(limit * 4, 20)  # room for the ones the actor may not see
        for key, choices, reason in ((company, index.companies, "company"), (name, index.names, "name")):  # fmt: skip
            if len(key) < MIN_FUZZY_LENGTH:
                continue
            from rapidfuzz import fuzz, process  # loaded when a comparison first runs

            for _, score, position in process.extract(
                key, choices, scorer=fuzz.ratio, score_cutoff=threshold, limit=wanted
            ):
                add(index.ids[position], int(round(score)), reason)
    if not scores:
        return []
    ranked = sorted(scores.items(), key=lambda item: (-item[1][0], -len(item[1][1]), item[0]))
    shown = _shown_rows(actor, [cid for cid, _ in ranked[: limit * 10]])
    hints = []
    for cid, (score, reasons) in ranked:
        if cid in shown:
            ordered = tuple(r for r in REASONS if r in reasons)
            hints.append(DuplicateHint(cid, shown[cid][0], shown[cid][1], score, ordered))
            if len(hints) >= limit:
                break
    return hints


# ---------------------------------------------------------------- the finder


class _Groups:
    """Union-find over positions, remembering each link's score and reason."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))
        self.links: list[tuple[int, int, int, str]] = []

    def find(self, a: int) -> int:
        parent = self.parent
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    def join(self, a: int, b: int, score: int, reason: str) -> None:
        self.links.append((a, b, score, reason))
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


Progress = Callable[[int, int], None]  # done, total


@guard.office
def find_duplicates(
    actor: Person, *, threshold: int = 88, progress: Progress | None = None
) -> list[DuplicateGroup]:
    """Groups of customers (not in the trash) that may be one: the same phone, e-mail or
    company key, or company keys at least `threshold` alike (compared within blocks of the
    same first two characters), joined transitively. Largest score first, then size."""
    index = key_index()
    with index.lock:
        index.sync()
        ids = list(index.ids)
        companies = list(index.companies)
        names = list(index.names)
        phone_groups = [set(v) for v in index.phones.values() if isinstance(v, set) and len(v) > 1]
        email_groups = [set(v) for v in index.emails.values() if isinstance(v, set) and len(v) > 1]
    live = _live_ids(ids)
    positions = [i for i, cid in enumerate(ids) if cid in live]
    position_of = {ids[i]: i for i in positions}
    groups = _Groups(len(ids))

    for reason, key_groups in (("phone", phone_groups), ("email", email_groups)):
        for members in key_groups:
            found = [position_of[c] for c in members if c in position_of]
            for other in found[1:]:
                groups.join(found[0], other, 100, reason)

    blocks: dict[str, list[int]] = {}
    by_company: dict[str, list[int]] = {}
    for i in positions:
        key = companies[i]
        if key:
            by_company.setdefault(key, []).append(i)
        elif len(names[i]) >= MIN_FUZZY_LENGTH:
            by_company.setdefault("\0" + names[i], []).append(i)  # a person without a company
    for key, same in by_company.items():
        reason = "name" if key.startswith("\0") else "company"
        for other in same[1:]:
            groups.join(same[0], other, 100, reason)
        if reason == "company" and len(key) >= MIN_FUZZY_LENGTH + 1:
            blocks.setdefault(key[:2], []).append(same[0])  # one per distinct key

    total = len(blocks)
    done = 0
    for block in blocks.values():
        if len(block) > 1:
            _fuzzy_block(block, companies, threshold, groups)
        done += 1
        if progress is not None and (done % 200 == 0 or done == total):
            progress(done, total)
    if progress is not None and total == 0:
        progress(0, 0)
    return _collect(groups, ids, positions, live)


def _fuzzy_block(block: list[int], keys: list[str], threshold: int, groups: _Groups) -> None:
    choices = [keys[i] for i in block]
    for a in range(len(block) - 1):
        rest = choices[a + 1 :]
        from rapidfuzz import fuzz, process  # loaded when a comparison first runs

        for _, score, offset in process.extract(
            choices[a], rest, scorer=fuzz.ratio, score_cutoff=threshold, limit=None
        ):
            groups.join(block[a], block[a + 1 + offset], int(round(score)), "company")


def _live_ids(ids: list[int]) -> set[int]:
    return {
        cid
        for (cid,) in Customer.select(Customer.id)
        .where(Customer.deleted_at.is_null())
        .tuples()
        .iterator()
    } & set(ids)


def _collect(
    groups: _Groups, ids: list[int], positions: list[int], live: set[int]
) -> list[DuplicateGroup]:
    members: dict[int, list[int]] = {}
    for i in positions:
        members.setdefault(groups.find(i), []).append(i)
    scores: dict[int, int] = {}
    reasons: dict[int, set[str]] = {}
    for a, _b, score, reason in groups.links:
        root = groups.find(a)
        scores[root] = max(scores.get(root, 0), score)
        reasons.setdefault(root, set()).add(reason)
    multi = {root: found for root, found in members.items() if len(found) > 1}
    shown: dict[int, tuple[str, str]] = {}
    wanted = [ids[i] for found in multi.values() for i in found]
    for chunk in _chunks(wanted, 5000):
        query = Customer.select(Customer.id, Customer.name, Customer.company).where(
            Customer.id.in_(chunk)
        )
        for cid, name, company in query.tuples():
            shown[cid] = (name, company)
    result = []
    for root, found in multi.items():
        people = tuple(
            DuplicateMember(ids[i], *shown[ids[i]]) for i in sorted(found, key=lambda i: ids[i])
        )
        ordered = tuple(r for r in REASONS if r in reasons.get(root, ()))
        result.append(DuplicateGroup(people, scores.get(root, 0), ordered))
    result.sort(key=lambda g: (-g.score, -len(g.members), g.members[0].customer_id))
    return result
