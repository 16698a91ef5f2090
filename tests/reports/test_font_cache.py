"""The parsed CJK font is kept in the cache folder and read back the same: what reportlab
measures and embeds does not depend on whether the font came from the file or the cache."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase import ttfonts

from desktop_crm.paths import font_path
from desktop_crm.reports import fonts


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("DESKTOP_CRM_CACHE_DIR", str(folder))
    return folder


def _same(cached: ttfonts.TTFontFace, parsed: ttfonts.TTFontFace) -> None:
    assert cached.charWidths == parsed.charWidths and cached.charToGlyph == parsed.charToGlyph
    assert cached.name == parsed.name and cached.name.ustr == parsed.name.ustr
    assert (cached.ascent, cached.descent, cached.bbox) == (
        parsed.ascent,
        parsed.descent,
        parsed.bbox,
    )
    assert cached._pdfScale(2048) == parsed._pdfScale(2048)
    subset = [ord(c) for c in "张伟 臺北 Page"]
    assert cached.makeSubset(subset) == parsed.makeSubset(subset)  # the embedded bytes


def test_a_font_parsed_once_is_read_back_from_the_cache_the_same(cache: Path) -> None:
    parsed = fonts._face(font_path(), 0)
    kept = list(cache.glob("*.marshal"))
    assert len(kept) == 1
    cached = fonts._cached_face(font_path(), 0)
    assert cached is not None
    _same(cached, parsed)
    assert fonts._cached_face(font_path(), 1) is None  # another subfont: another entry


def test_a_damaged_cache_file_is_ignored_and_written_again(cache: Path) -> None:
    fonts._face(font_path(), 0)
    (kept,) = cache.glob("*.marshal")
    kept.write_bytes(b"\x00not marshal data")
    assert fonts._cached_face(font_path(), 0) is None
    face = fonts._face(font_path(), 0)  # parsed again, and kept again
    cached = fonts._cached_face(font_path(), 0)
    assert cached is not None
    _same(cached, face)


def test_a_cache_folder_that_cannot_be_written_only_costs_the_parse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("DESKTOP_CRM_CACHE_DIR", str(blocked / "fonts"))
    face = fonts._face(font_path(), 0)
    assert face.charToGlyph[ord("张")]


def test_a_changed_font_file_is_not_read_from_the_old_entry(cache: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.ttc"
    copy.write_bytes(font_path().read_bytes())
    fonts._face(copy, 0)
    assert fonts._cached_face(copy, 0) is not None
    copy.write_bytes(font_path().read_bytes() + b"\x00" * 4)  # another size: another key
    assert fonts._cached_face(copy, 0) is None
