"""The translations are complete and current: every source string has a finished zh_CN and
zh_TW translation with the same `%1`-style fields, the committed `.ts` files are exactly what
`scripts/translations.py update` writes (so it leaves a clean tree clean), and every `.qm`
is its `.ts` compiled. Also the one helper that fills `%N` arguments.

The checks run lupdate and lrelease on copies in a temp folder; the committed files are only
read. The `*_is_reported` tests feed each check a broken copy to show it can fail.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from desktop_crm.i18n import LANGUAGE_NAMES, LANGUAGES, TRANSLATED_LANGUAGES, fill_args

ROOT = Path(__file__).resolve().parents[1]


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations_script", ROOT / "scripts" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


ts = _load_script()


def _listing(messages: list[object]) -> str:
    return "\n".join(str(m) for m in messages)


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each committed `.ts`, copied and lupdated against today's sources."""
    workdir = tmp_path_factory.mktemp("lupdate")
    return {lang: ts.updated_ts(lang, workdir) for lang in LANGUAGES}


# ---------------------------------------------------------------- the committed files


def test_every_shipped_language_has_a_ts_and_a_qm() -> None:
    assert sorted(p.stem for p in ts.TS_DIR.glob("*.ts")) == sorted(
        f"desktop_crm_{lang}" for lang in LANGUAGES
    )
    assert all(ts.qm_path(lang).exists() for lang in LANGUAGES)
    assert set(LANGUAGE_NAMES) == set(LANGUAGES) and set(TRANSLATED_LANGUAGES) < set(LANGUAGES)


def test_cli_offers_the_shipped_languages() -> None:
    from desktop_crm.cli import common_options

    (lang_option,) = [a for a in common_options()._actions if a.dest == "lang"]
    assert tuple(lang_option.choices or ()) == LANGUAGES


@pytest.mark.parametrize("lang", TRANSLATED_LANGUAGES)
def test_every_string_is_translated(lang: str) -> None:
    missing = ts.untranslated(ts.ts_path(lang))
    assert not missing, f"no finished {lang} translation for:\n{_listing(missing)}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_the_format_fields(lang: str) -> None:
    bad = ts.field_mismatches(ts.ts_path(lang))
    assert not bad, f"{lang} translations with other %N fields than the source:\n{_listing(bad)}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ts_holds_every_source_string(lang: str, fresh: dict[str, Path]) -> None:
    new = ts.keys_only_in(fresh[lang], ts.ts_path(lang))
    assert not new, (
        f"strings in the code but not in desktop_crm_{lang}.ts "
        f"(run `uv run python scripts/translations.py update`):\n{_listing(new)}"
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ts_holds_no_vanished_string(lang: str, fresh: dict[str, Path]) -> None:
    gone = ts.keys_only_in(ts.ts_path(lang), fresh[lang])
    assert not gone, f"strings no longer in the code (run update):\n{_listing(gone)}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_update_would_leave_the_ts_unchanged(lang: str, fresh: dict[str, Path]) -> None:
    assert fresh[lang].read_bytes() == ts.ts_path(lang).read_bytes(), (
        f"desktop_crm_{lang}.ts is not in the layout update writes (run update)"
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_qm_is_its_ts_compiled(lang: str, tmp_path: Path) -> None:
    compiled = ts.compiled_qm(ts.ts_path(lang), tmp_path)
    assert compiled.read_bytes() == ts.qm_path(lang).read_bytes(), (
        f"desktop_crm_{lang}.qm is stale (run update)"
    )


def test_the_shared_module_is_qt_free() -> None:
    tree = ast.parse((ROOT / "desktop_crm" / "i18n.py").read_text(encoding="utf-8"))
    imported = {
        alias.name for n in ast.walk(tree) if isinstance(n, ast.Import) for alias in n.names
    }
    imported |= {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert not {name for name in imported if name.startswith(("PySide6", "shiboken6"))}


def test_no_hand_chained_placeholder_replace() -> None:
    chained = re.compile(r"""\.replace\(\s*["']%L?\d""")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "desktop_crm").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if chained.search(line)
    ]
    assert not offenders, f"use desktop_crm.i18n.fill_args instead: {offenders}"


# ---------------------------------------------------------------- the checks can fail


def _edit_copy(lang: str, tmp_path: Path, edit: Callable[[ET.Element], bool]) -> Path:
    """A copy of the committed `.ts` with `edit(message_element)` applied to the first message
    for which it returns True."""
    tree = ET.parse(ts.ts_path(lang))
    assert any(edit(m) for m in tree.getroot().iter("message"))
    copy: Path = tmp_path / ts.ts_path(lang).name
    tree.write(copy, encoding="utf-8", xml_declaration=True)
    return copy


def test_an_untranslated_string_is_reported(tmp_path: Path) -> None:
    def clear(message: ET.Element) -> bool:
        translation = message.find("translation")
        assert translation is not None
        translation.text, translation.attrib["type"] = "", "unfinished"
        return True

    copy = _edit_copy("zh_CN", tmp_path, clear)
    first = ts.read_messages(ts.ts_path("zh_CN"))[0]
    assert [m.key for m in ts.untranslated(copy)] == [first.key]


@pytest.mark.parametrize("change", ["drop", "add"])
def test_a_changed_format_field_is_reported(tmp_path: Path, change: str) -> None:
    def alter(message: ET.Element) -> bool:
        source, translation = message.findtext("source") or "", message.find("translation")
        assert translation is not None
        if change == "drop" and "%1" in source:
            translation.text = (translation.text or "").replace("%1", "")
            return True
        if change == "add" and "%" not in source:
            translation.text = (translation.text or "") + " %1"
            return True
        return False

    assert len(ts.field_mismatches(_edit_copy("zh_TW", tmp_path, alter))) == 1


def test_a_new_source_string_is_reported(tmp_path: Path) -> None:
    probe = tmp_path / "desktop_crm" / "probe.py"
    probe.parent.mkdir()
    probe.write_text(
        "from PySide6.QtCore import QObject\n\n\n"
        "class ProbePanel(QObject):\n"
        "    def title(self) -> str:\n"
        '        return self.tr("A label nobody translated yet")\n',
        encoding="utf-8",
    )
    copy = tmp_path / ts.ts_path("zh_CN").name
    shutil.copyfile(ts.ts_path("zh_CN"), copy)
    ts.lupdate(copy, "zh_CN", ts.sources(tmp_path), cwd=tmp_path)
    key = ("ProbePanel", "A label nobody translated yet", "")
    assert [m.key for m in ts.keys_only_in(copy, ts.ts_path("zh_CN"))] == [key]
    assert key in [m.key for m in ts.untranslated(copy)]


def test_a_stale_qm_and_a_foreign_layout_are_reported(tmp_path: Path) -> None:
    def retranslate(message: ET.Element) -> bool:
        translation = message.find("translation")
        assert translation is not None
        translation.text = (translation.text or "") + "!"
        return True

    copy = _edit_copy("zh_CN", tmp_path, retranslate)
    assert ts.compiled_qm(copy, tmp_path).read_bytes() != ts.qm_path("zh_CN").read_bytes()
    assert copy.read_bytes() != ts.ts_path("zh_CN").read_bytes()  # ElementTree's own layout


# ---------------------------------------------------------------- fill_args


def test_fill_args_fills_numbered_fields_in_the_translation_s_order() -> None:
    assert fill_args("%1 of %2 answered", 3, 5) == "3 of 5 answered"
    assert fill_args("已回答 %2 题中的 %1 题", 3, 5) == "已回答 5 题中的 3 题"
    assert fill_args("%1/%1", 7) == "7/7"


def test_fill_args_reads_two_digit_fields() -> None:
    values = [f"v{i}" for i in range(1, 13)]
    assert fill_args("%1 %10 %11 %12 %2", *values) == "v1 v10 v11 v12 v2"


def test_fill_args_does_not_substitute_inside_a_value() -> None:
    assert fill_args("%1 and %2", "50%2", "x") == "50%2 and x"
    assert fill_args("%1: %2", "%1", "%2") == "%1: %2"


def test_fill_args_leaves_other_percent_signs_and_missing_values() -> None:
    assert fill_args("Profile %1% complete", 80) == "Profile 80% complete"
    assert fill_args("100 % %0 %3", "x") == "100 % %0 %3"
    assert fill_args("%1 · %2", 1.5, Path("a.pdf")) == "1.5 · a.pdf"
