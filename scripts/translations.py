#!/usr/bin/env python3
"""Regenerate the translations: `.ts` from the sources (lupdate), `.qm` from the `.ts` (lrelease).

    uv run python scripts/translations.py update          # lupdate + lrelease for all languages
    uv run python scripts/translations.py missing zh_TW   # list untranslated source strings
    uv run python scripts/translations.py fill zh_CN pairs.json
        # set translations from {"context": {"source": "translation"}} or {"source": "..."}

The `.ts` files are the translators' source (Qt Linguist opens them); the `.qm` files are
committed so a fresh checkout runs translated without Qt's tools.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("zh_CN", "zh_TW", "en")


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: run inside `uv run` (PySide6 ships pyside6-{name})")
    return found


def ts_path(lang: str) -> Path:
    return TS_DIR / f"desktop_crm_{lang}.ts"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop_crm").rglob("*.py"))


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        ts = ts_path(lang)
        subprocess.run(
            [
                tool("lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                lang,
                *sources(),
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        release(lang)


def release(lang: str) -> None:
    ts = ts_path(lang)
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def _messages(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message))
    return out


def missing(lang: str) -> list[tuple[str, str]]:
    tree = ET.parse(ts_path(lang))
    result = []
    for context, message in _messages(tree):
        translation = message.find("translation")
        if (
            translation is None
            or translation.get("type") == "unfinished"
            or not (translation.text or "")
        ):
            result.append((context, message.findtext("source") or ""))
    return result


def fill(lang: str, pairs_file: Path) -> int:
    pairs = json.loads(pairs_file.read_text(encoding="utf-8"))
    tree = ET.parse(ts_path(lang))
    count = 0
    for context, message in _messages(tree):
        source = message.findtext("source") or ""
        value = None
        if isinstance(pairs.get(context), dict):
            value = pairs[context].get(source)
        if value is None and isinstance(pairs.get(source), str):
            value = pairs[source]
        if value is None:
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.text = value
        translation.attrib.pop("type", None)
        count += 1
    ET.indent(tree)
    tree.write(ts_path(lang), encoding="utf-8", xml_declaration=True)
    # keep the DOCTYPE Qt Linguist expects
    text = ts_path(lang).read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        ts_path(lang).write_text(text, encoding="utf-8")
    release(lang)
    return count


def main(argv: list[str]) -> int:
    if not argv or argv[0] == "update":
        update()
        for lang in ("zh_CN", "zh_TW"):
            print(f"{lang}: {len(missing(lang))} untranslated")
        return 0
    if argv[0] == "missing":
        for context, source in missing(argv[1]):
            print(json.dumps([context, source], ensure_ascii=False))
        return 0
    if argv[0] == "fill":
        print(f"{fill(argv[1], Path(argv[2]))} translations set")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
