"""How Chinese text is read for search and sorting: folded to simplified, and in pinyin.

Built here in the data layer because the search texts (`search_text.py`) are stored, and a
migration step fills them. Used by nothing at start-up: the pinyin tables load on first use.

- `fold(text)`: lower case, full-width forms narrowed (NFKC), traditional characters as
  simplified (OpenCC's t2s, which also knows 臺 → 台), so 臺北 and 台北 are one text. The
  stored text is never changed; only the search text and the query are folded.
- `readings(text, person=...)`: the pinyin of a text without tones and spaces ("zhangwei")
  and its initials ("zw"), or nothing for a text without Chinese. Phrases are read as
  phrases (重庆 chongqing, 银行 yinhang) from pypinyin's phrase table by longest match,
  other characters by their most common reading. A person's name reads its surname as a
  surname: 曾 zeng, 单 shan, 解 xie, 仇 qiu, 区 ou, 朴 piao … and compound surnames
  (欧阳, 尉迟 yuchi, 万俟 moqi).
- `sort_key(text)`: the text's syllables in order ("ding1hua1xiao"), so Chinese names sort
  by pinyin (丁 付 万 于), with the text itself breaking ties.

pypinyin's own `lazy_pinyin` reads the same way but costs ~250 µs a name; this longest-match
over the same tables costs a few µs, which keeps an import of 100,000 customers fast.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any

# A surname read as a surname where its common reading may differ (the first character of a
# person's name), as dictionaries give the surname reading (姓); compound surnames are tried
# first (longest match).
COMPOUND_SURNAMES = {
    "欧阳": "ou yang",
    "尉迟": "yu chi",
    "万俟": "mo qi",
    "单于": "chan yu",
    "长孙": "zhang sun",
    "澹台": "tan tai",
    "令狐": "ling hu",
    "司马": "si ma",
    "诸葛": "zhu ge",
    "上官": "shang guan",
    "皇甫": "huang fu",
    "夏侯": "xia hou",
    "宇文": "yu wen",
    "慕容": "mu rong",
}
SURNAMES = {
    "曾": "zeng",
    "单": "shan",
    "解": "xie",
    "仇": "qiu",
    "区": "ou",
    "朴": "piao",
    "查": "zha",
    "盖": "ge",
    "乐": "yue",
    "覃": "qin",
    "秘": "bi",
    "种": "chong",
    "召": "shao",
    "员": "yun",
    "缪": "miao",
    "翟": "zhai",
    "黑": "he",
    "繁": "po",
    "薄": "bo",
    "柏": "bai",
    "牟": "mou",
    "都": "du",
    "过": "guo",
    "冼": "xian",
    "折": "she",
    "句": "gou",
    "莘": "shen",
    "尉": "wei",
    "重": "chong",
    "长": "chang",
    "沈": "shen",
    "贾": "jia",
    "任": "ren",
    "纪": "ji",
    "卜": "bu",
    "宁": "ning",
    "应": "ying",
    "阚": "kan",
    "隗": "wei",
    "祭": "zhai",
    "蔚": "yu",
    "颉": "xie",
    "华": "hua",
    "燕": "yan",
    "洗": "xian",
}
_LONGEST_PHRASE = 4  # 2-4 character phrases cover ~97 % of the phrase table
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_TONE_MARKS = str.maketrans(
    "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ",
    "aaaaeeeeiiiioooouuuuvvvvvnnnm",
)


@lru_cache(maxsize=1)
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def fold(text: str) -> str:
    """Lower case, narrowed and simplified (see the module's text)."""
    narrowed = unicodedata.normalize("NFKC", text).lower()
    if not _HAN.search(narrowed):
        return narrowed
    return str(_converter().convert(narrowed))


def _plain(syllable: str) -> str:
    return syllable.translate(_TONE_MARKS)


Tables = tuple[dict[int, str], frozenset[str], dict[str, tuple[str, ...]]]
TABLES_FORMAT = 1  # raise when what the tables hold changes


@lru_cache(maxsize=1)
def _tables() -> Tables:
    """The reading tables (`_build_tables`), from the cache folder when they were built
    before: pypinyin's phrase table costs ~0.3 s and ~60 MB of memory to load for the 36k
    phrases kept from it, the kept tables ~30 ms and ~20 MB (marshal data, which cannot run
    code). The file's name holds what they depend on (pypinyin's table files, Python's
    version, this format), so a new pypinyin builds them afresh; a damaged or foreign file is ignored and
    written again, a folder that cannot be written only costs the build."""
    cached = _cached_tables()
    if cached is not None:
        return cached
    built = _build_tables()
    _keep_tables(built)
    return built


def _tables_file() -> Path:
    import hashlib
    import importlib.util
    import sys

    from ..paths import cache_folder

    # pypinyin's own files, found without importing the package (which loads its tables)
    spec = importlib.util.find_spec("pypinyin")
    folder = Path(spec.origin).parent if spec is not None and spec.origin else Path()
    stamps = []
    for name in ("pinyin_dict.py", "phrases_dict.py"):
        try:
            info = (folder / name).stat()
            stamps.append(f"{info.st_size}:{info.st_mtime_ns}")
        except OSError:
            stamps.append("-")
    key = f"{TABLES_FORMAT}|{folder}|{stamps}|{_LONGEST_PHRASE}|{sys.version_info[:2]}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:20]
    return cache_folder("readings") / f"readings-{digest}.marshal"


def _cached_tables() -> Tables | None:
    import marshal

    try:
        chars, starts, phrases = marshal.loads(_tables_file().read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not (
        isinstance(chars, dict)
        and isinstance(starts, frozenset)
        and isinstance(phrases, dict)
        and chars.get(ord("王")) == "wang"
        and phrases.get("重庆") == ("chong", "qing")
    ):
        return None
    return chars, starts, phrases


def _keep_tables(tables: Tables) -> None:
    import marshal

    from ..paths import keep_in_cache

    keep_in_cache(_tables_file(), marshal.dumps(tables))


def _build_tables() -> Tables:
    """Each character's most common reading, the characters a phrase can start with, and
    the 2-4 character phrases holding a character of more than one reading (tones aside):
    only those can read otherwise than character by character."""
    from pypinyin.phrases_dict import phrases_dict
    from pypinyin.pinyin_dict import pinyin_dict

    chars: dict[int, str] = {}
    several: set[int] = set()
    for code, value in pinyin_dict.items():
        plain = [_plain(v) for v in value.split(",")]
        chars[code] = plain[0]
        if len(set(plain)) > 1:
            several.add(code)
    phrases = {
        phrase: tuple(_plain(reading[0]) for reading in readings)
        for phrase, readings in phrases_dict.items()
        if 2 <= len(phrase) <= _LONGEST_PHRASE
        and len(readings) == len(phrase)
        and any(ord(c) in several for c in phrase)
    }
    return chars, frozenset(phrase[0] for phrase in phrases), phrases


Part = tuple[str, bool]  # a syllable (True) or a run of other letters and digits (False)


def _parts(text: str, person: bool) -> list[Part]:
    chars, starts, phrases = _tables()
    folded = fold(text)
    per: list[str | None] = [chars.get(ord(c)) for c in folded]
    fixed = 0  # positions before this one are the surname's
    if person:
        start = len(folded) - len(folded.lstrip())
        compound = COMPOUND_SURNAMES.get(folded[start : start + 2])
        if compound is not None:
            per[start : start + 2] = compound.split()
            fixed = start + 2
        elif folded[start : start + 1] in SURNAMES:
            per[start] = SURNAMES[folded[start]]
            fixed = start + 1
    i, size = fixed, len(folded)
    while i < size:  # phrases by longest match from the left, where one can start
        if folded[i] in starts:
            for length in range(min(_LONGEST_PHRASE, size - i), 1, -1):
                found = phrases.get(folded[i : i + length])
                if found is not None:
                    per[i : i + length] = found
                    i += length
                    break
            else:
                i += 1
        else:
            i += 1
    out: list[Part] = []
    run: list[str] = []
    for char, reading in zip(folded, per, strict=True):
        if reading is None:
            if char.isalnum():
                run.append(char)
            elif run:
                out.append(("".join(run), False))
                run = []
            continue
        if run:
            out.append(("".join(run), False))
            run = []
        out.append((reading, True))
    if run:
        out.append(("".join(run), False))
    return out


def syllables(text: str, *, person: bool = False) -> list[str]:
    """The text as pinyin syllables and other runs ("3m", "abc"), in order."""
    return [p for p, _ in _parts(text, person)]


@lru_cache(maxsize=8192)  # the list reads the same names again at every keystroke
def readings(text: str, *, person: bool = False) -> tuple[str, ...]:
    """(full pinyin, initials) of a text holding Chinese, else (): see the module's text. A
    run of Latin letters or digits stays whole in the initials (3M中国: 3mzg)."""
    if not text or not _HAN.search(text):
        return ()
    parts = _parts(text, person)
    return "".join(p for p, _ in parts), "".join(p[0] if han else p for p, han in parts)


def sort_key(text: str, *, person: bool = False) -> str:
    """A key that sorts Chinese text by pinyin, the same under any database collation: the
    syllables joined by "1" (a digit sorts before every letter, also where a linguistic
    collation ignores spaces and punctuation, so 西安 xi1an stays before 先 xian), then "0"
    and the text itself to break ties (lower than "1", so 张三 sorts before 张三丰); text
    without Chinese sorts by its folded self."""
    if not text or not _HAN.search(text):
        return fold(text or "")
    return "1".join(syllables(text, person=person)) + "0" + text
