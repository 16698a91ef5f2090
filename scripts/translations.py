#!/usr/bin/env python3
"""Regenerate and check the translations: `.ts` from the sources (lupdate), `.qm` from the `.ts`
(lrelease).

    uv run python scripts/translations.py update          # lupdate + lrelease for all languages
    uv run python scripts/translations.py check           # what tests/test_translations.py checks
    uv run python scripts/translations.py missing zh_TW   # list untranslated source strings
    uv run python scripts/translations.py fill zh_CN pairs.json
        # set translations from {"context": {"source": "translation"}} or {"source": "..."}

The `.ts` files are the translators' source (Qt Linguist opens them); the `.qm` files are
committed so a fresh checkout runs translated without Qt's tools. Every file is written only
when its content changes, and always in lupdate's own layout, so `update` on a clean tree
leaves `git status` clean. tests/test_translations.py imports the functions below.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_crm.i18n import LANGUAGES, TRANSLATED_LANGUAGES

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"

# The fields Qt's arg() and tr(..., n) fill: %1 … %99, %L1 (localised number), %n, %Ln.
FORMAT_FIELD = re.compile(r"%L?(?:[1-9][0-9]?|n)")


def tool(name: str) -> str:
    """The path of Qt's `name` tool: PySide6 ships it as pyside6-<name> in the virtualenv."""
    beside_python = Path(sys.executable).parent / f"pyside6-{name}"
    found = shutil.which(f"pyside6-{name}") or (
        str(beside_python) if beside_python.exists() else shutil.which(name)
    )
    if not found:
        sys.exit(f"{name} not found: run inside `uv run` (PySide6 ships pyside6-{name})")
    return found


def ts_path(lang: str, directory: Path = TS_DIR) -> Path:
    return directory / f"desktop_crm_{lang}.ts"


def qm_path(lang: str, directory: Path = TS_DIR) -> Path:
    return directory / f"desktop_crm_{lang}.qm"


def sources(root: Path = ROOT) -> list[str]:
    """Every Python file of the package, relative and sorted, so lupdate sees a stable input."""
    return sorted(str(p.relative_to(root)) for p in (root / "desktop_crm").rglob("*.py"))


def lupdate(ts: Path, lang: str, source_files: Sequence[str], cwd: Path = ROOT) -> None:
    """Bring `ts` in line with `source_files` in place: new strings added as unfinished,
    vanished ones dropped, no source locations (they would change with every edit)."""
    subprocess.run(
        [
            tool("lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            lang,
            *source_files,
            "-ts",
            str(ts),
        ],
        cwd=cwd,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def lrelease(ts: Path, qm: Path) -> None:
    """Compile `ts` into `qm`; lrelease's output depends only on the `.ts` content."""
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def write_if_changed(path: Path, data: bytes) -> bool:
    """Write `data` to `path` unless it already holds exactly that; True when written."""
    if path.exists() and path.read_bytes() == data:
        return False
    path.write_bytes(data)
    return True


def updated_ts(lang: str, workdir: Path) -> Path:
    """A copy of the committed `.ts` of `lang` in `workdir`, lupdated against the sources."""
    copy = ts_path(lang, workdir)
    if ts_path(lang).exists():
        shutil.copyfile(ts_path(lang), copy)
    lupdate(copy, lang, sources())
    return copy


def compiled_qm(ts: Path, workdir: Path) -> Path:
    """`ts` compiled into a `.qm` in `workdir`, to compare with the committed one."""
    qm = workdir / ts.with_suffix(".qm").name
    lrelease(ts, qm)
    return qm


def update(langs: Sequence[str] = LANGUAGES) -> list[Path]:
    """lupdate and lrelease each language; returns the files whose content changed."""
    TS_DIR.mkdir(parents=True, exist_ok=True)
    changed = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in langs:
            fresh = updated_ts(lang, Path(tmp))
            if write_if_changed(ts_path(lang), fresh.read_bytes()):
                changed.append(ts_path(lang))
            if write_if_changed(qm_path(lang), compiled_qm(fresh, Path(tmp)).read_bytes()):
                changed.append(qm_path(lang))
    return changed


@dataclass(frozen=True)
class Message:
    """One message of a `.ts` file; `translations` holds one text, or one per plural form."""

    context: str
    source: str
    comment: str
    translations: tuple[str, ...]
    finished: bool

    @property
    def key(self) -> tuple[str, str, str]:
        """What tells messages apart for lupdate: context, source and disambiguation."""
        return (self.context, self.source, self.comment)

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def read_messages(ts: Path) -> list[Message]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            texts: tuple[str, ...] = ()
            finished = False
            if translation is not None:
                forms = translation.findall("numerusform")
                texts = tuple(f.text or "" for f in forms) if forms else (translation.text or "",)
                finished = translation.get("type") is None
            out.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    texts,
                    finished,
                )
            )
    return out


def untranslated(ts: Path) -> list[Message]:
    """Messages without a finished, non-empty translation (every form of a plural)."""
    return [
        m
        for m in read_messages(ts)
        if not m.finished or not m.translations or not all(t.strip() for t in m.translations)
    ]


def field_mismatches(ts: Path) -> list[Message]:
    """Translated messages whose translation drops or adds a `%1`/`%n`-style field."""
    bad = []
    for m in read_messages(ts):
        wanted = set(FORMAT_FIELD.findall(m.source))
        if any(t and set(FORMAT_FIELD.findall(t)) != wanted for t in m.translations):
            bad.append(m)
    return bad


def keys_only_in(first: Path, second: Path) -> list[Message]:
    """Messages of `first` that `second` does not have."""
    have = {m.key for m in read_messages(second)}
    return [m for m in read_messages(first) if m.key not in have]


def missing(lang: str) -> list[tuple[str, str]]:
    return [(m.context, m.source) for m in untranslated(ts_path(lang))]


def fill(lang: str, pairs_file: Path) -> int:
    pairs = json.loads(pairs_file.read_text(encoding="utf-8"))
    tree = ET.parse(ts_path(lang))
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            value = None
            if isinstance(pairs.get(name), dict):
                value = pairs[name].get(source)
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
    tree.write(ts_path(lang), encoding="utf-8", xml_declaration=True)
    # ElementTree writes its own layout; lupdate rewrites the file in the one `update` keeps.
    update([lang])
    return count


def check() -> list[str]:
    """Every problem tests/test_translations.py would report, one line each."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            fresh = updated_ts(lang, Path(tmp))
            for m in keys_only_in(fresh, ts_path(lang)):
                problems.append(f"{lang}: not in the .ts yet (run update): {m}")
            for m in keys_only_in(ts_path(lang), fresh):
                problems.append(f"{lang}: no longer in the sources (run update): {m}")
            if fresh.read_bytes() != ts_path(lang).read_bytes():
                problems.append(f"{lang}: the .ts is not as update writes it (run update)")
            if compiled_qm(ts_path(lang), Path(tmp)).read_bytes() != qm_path(lang).read_bytes():
                problems.append(f"{lang}: the .qm is stale (run update)")
            if lang in TRANSLATED_LANGUAGES:
                problems += [f"{lang}: untranslated: {m}" for m in untranslated(ts_path(lang))]
            problems += [
                f"{lang}: format fields differ: {m}" for m in field_mismatches(ts_path(lang))
            ]
    return problems


def main(argv: list[str]) -> int:
    if not argv or argv[0] == "update":
        for path in update():
            print(f"updated {path.relative_to(ROOT)}")
        for lang in TRANSLATED_LANGUAGES:
            print(f"{lang}: {len(missing(lang))} untranslated")
        return 0
    if argv[0] == "check":
        problems = check()
        print("\n".join(problems) or "translations complete and up to date")
        return 1 if problems else 0
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
