"""The plain-Python .qm reader gives what Qt's QTranslator gives, for every message of every
shipped language; a command tells its language from the locale variables as Qt would."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from desktop_crm.paths import resources_dir
from desktop_crm.qm import QmError, read_qm
from desktop_crm.translator import environment_language, translate_function


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW", "en"])
def test_the_reader_agrees_with_qt_on_every_message(lang: str) -> None:
    folder = resources_dir() / "translations"
    qt = QTranslator()
    assert qt.load(str(folder / f"desktop_crm_{lang}.qm"))
    translate = translate_function(lang)
    messages = 0
    for context in ET.parse(folder / f"desktop_crm_{lang}.ts").getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            assert translate(name, source) == (qt.translate(name, source) or source)
            messages += 1
    assert messages > 1000
    assert translate("No such context", "Nothing") == "Nothing"


def test_the_reader_knows_chinese() -> None:
    table = read_qm(resources_dir() / "translations" / "desktop_crm_zh_CN.qm")
    assert table and all(isinstance(t, str) for t in table.values())
    assert any("客户" in t for t in table.values())


def test_a_file_that_is_not_qm_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "x.qm"
    bad.write_bytes(b"not a translation")
    with pytest.raises(QmError):
        read_qm(bad)


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "zh_TW.UTF-8"}, "zh_TW"),
        ({"LANG": "zh_HK.UTF-8"}, "zh_TW"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8", "LC_ALL": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "zh_CN.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}, "en"),
        ({}, None),
    ],
)
def test_the_environment_names_the_language(
    monkeypatch: pytest.MonkeyPatch, variables: dict[str, str], expected: str | None
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    assert environment_language() == expected
