"""Pinyin readings and folding (models/readings.py): expected readings from the dictionary."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_crm.models import readings as kept_tables
from desktop_crm.models.readings import fold, readings, sort_key


@pytest.mark.parametrize(
    ("name", "full", "initials"),
    [
        ("张伟", "zhangwei", "zw"),
        # surnames read as surnames (their common reading differs)
        ("曾国藩", "zengguofan", "zgf"),
        ("单田芳", "shantianfang", "stf"),
        ("解缙", "xiejin", "xj"),
        ("仇英", "qiuying", "qy"),
        ("区志强", "ouzhiqiang", "ozq"),
        ("朴志勇", "piaozhiyong", "pzy"),
        ("欧阳修", "ouyangxiu", "oyx"),  # a compound surname
        ("尉迟恭", "yuchigong", "ycg"),
    ],
)
def test_a_persons_name_reads_its_surname_as_a_surname(name: str, full: str, initials: str) -> None:
    assert readings(name, person=True) == (full, initials)


def test_phrases_read_as_phrases_and_latin_runs_stay_whole() -> None:
    assert readings("重庆长安汽车") == ("chongqingchanganqiche", "cqcaqc")
    assert readings("中国银行长沙分行") == ("zhongguoyinhangchangshafenhang", "zgyhcsfh")
    assert readings("3M中国") == ("3mzhongguo", "3mzg")
    assert readings("ACME Ltd") == ()  # no Chinese: nothing to read
    # not a person: 单 in a company is read as the word 单 (dan), not the surname
    assert readings("单据") == ("danju", "dj")


def test_fold_makes_traditional_and_simplified_one_text() -> None:
    assert fold("臺北市") == fold("台北市") == "台北市"
    assert fold("華利電子") == "华利电子"
    assert fold("ＡＢＣ１２３") == "abc123"  # full-width narrowed, lower case


def test_chinese_names_sort_by_pinyin() -> None:
    # by code point these sort 丁 万 于 付; by pinyin ding, fu, wan, yu
    assert sorted(["丁", "万", "于", "付"], key=sort_key) == ["丁", "付", "万", "于"]
    assert sorted(["王五", "曾一", "张三"], key=lambda n: sort_key(n, person=True)) == [
        "王五",
        "曾一",  # zeng, before zhang
        "张三",
    ]


def test_syllable_boundaries_sort_first() -> None:
    # 西安 (xi an) before 先 (xian): a syllable that ends sorts before one that goes on
    assert sorted(["先", "西安"], key=sort_key) == ["西安", "先"]
    assert "\x00" not in sort_key("张伟")  # PostgreSQL text holds no NUL


def test_a_name_sorts_before_the_longer_names_it_begins() -> None:
    assert sorted(["张三丰", "张三", "张"], key=sort_key) == ["张", "张三", "张三丰"]


# ---------------------------------------------------------------- the kept tables


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("DESKTOP_CRM_CACHE_DIR", str(folder))
    return folder


def test_the_tables_kept_in_the_cache_are_the_ones_built_from_pypinyin(cache: Path) -> None:
    assert kept_tables._cached_tables() is None  # nothing kept yet
    built = kept_tables._build_tables()
    kept_tables._keep_tables(built)
    (kept,) = cache.glob("readings-*.marshal")
    assert kept_tables._cached_tables() == built
    assert kept_tables._tables_file() == kept


def test_a_damaged_or_foreign_cache_file_is_ignored_and_written_again(cache: Path) -> None:
    kept_tables._keep_tables(kept_tables._build_tables())
    (kept,) = cache.glob("readings-*.marshal")
    for content in (
        b"\x00 not marshal",
        marshal.dumps([1, 2, 3]),
        marshal.dumps(({}, frozenset(), {})),
    ):
        kept.write_bytes(content)
        assert kept_tables._cached_tables() is None
    kept_tables._tables.cache_clear()
    try:
        chars, _starts, phrases = kept_tables._tables()  # built again, and kept again
        assert chars[ord("曾")] == "ceng" and phrases["重庆"] == ("chong", "qing")
        assert kept_tables._cached_tables() is not None
    finally:
        kept_tables._tables.cache_clear()


def test_a_cache_folder_that_cannot_be_written_only_costs_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("DESKTOP_CRM_CACHE_DIR", str(blocked / "inside"))
    kept_tables._keep_tables(kept_tables._build_tables())  # no error
    assert kept_tables._cached_tables() is None


def test_searching_with_kept_tables_does_not_load_pypinyins_phrase_table(cache: Path) -> None:
    """In a fresh process whose cache holds the tables, reading a name's pinyin imports no
    pypinyin module (its phrase table alone is ~60 MB of memory)."""
    kept_tables._keep_tables(kept_tables._build_tables())
    code = (
        "import sys\n"
        "from desktop_crm.models.readings import readings\n"
        "print(readings('曾伟', person=True), readings('重庆银行'))\n"
        "print(sorted(m for m in sys.modules if m.startswith('pypinyin')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ, DESKTOP_CRM_CACHE_DIR=str(cache)),
    )
    first, second = done.stdout.strip().splitlines()
    assert first == "('zengwei', 'zw') ('chongqingyinhang', 'cqyh')"
    assert second == "[]"
