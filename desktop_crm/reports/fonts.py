"""The PDF fonts: the embedded CJK font, fallbacks for characters it lacks, and markup that
switches between them per run of characters, so no character vanishes from a PDF.

WenQuanYi Micro Hei (shipped in resources/fonts) lacks CJK Extension A and B (䶮 U+4DAE,
𠮷 U+20BB7, both in real names). The fallbacks are Hanazono Mincho A and B (Debian's
`fonts-hanazono`, OFL-1.1 or the Hanazono licence: TrueType outlines, embedding allowed), 23
and 31 MB, too big for the repository: they are loaded from the system when present (and
from resources/fonts when someone drops them there). A character no available font covers is
printed as REPLACEMENT, visibly, and `missing_glyphs` names it so the window can warn.

Parsing the 5 MB font costs reportlab ~0.1-0.2 s per process, most of a headless visit
sheet's own work (issue 14). The parsed tables (widths, the glyph map; plain ints, floats,
strings and containers) are kept in the user's cache folder as `marshal` data, which loads in
a fraction of that and, unlike a pickle, cannot run code. The file name holds everything the
tables depend on (the font file's size and time, its subfont, reportlab's and Python's
versions), so a changed font or library parses afresh; an unreadable or foreign cache file is
ignored and written again, and a cache folder that cannot be written only costs the parse.
"""

from __future__ import annotations

import array
import hashlib
import marshal
import os
import sys
import threading
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from ..paths import cache_folder, font_path, keep_in_cache, resources_dir

FONT = "CRMSans"
REPLACEMENT = "□"  # printed for a character no available font has (the main font has it)
# (registered name, file name) in the order they are tried
FALLBACK_FILES = (("CRMFallbackA", "HanaMinA.ttf"), ("CRMFallbackB", "HanaMinB.ttf"))


def _unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with code points beyond U+FFFF written as UTF-16 pairs.

    reportlab 5.1 writes `<%04X>` of the code point, so 𠮷 (U+20BB7) reads back as U+20BB
    (₻) in every PDF reader; the PDF spec wants the UTF-16BE of the character."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{chr(v).encode('utf-16-be').hex().upper()}>" for i, v in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


CACHE_FORMAT = 2  # raise when what the cache holds changes
_NAME_FIELDS = ("name", "familyName", "styleName", "fullName", "uniqueFontID")  # TTFNameBytes
# Kept apart from the marshal data: glyphToChar only serves the parse (34k lists, a third of
# the loading time); hmetrics and glyphPos (50k entries each, read only when a subset is
# embedded) are kept as packed arrays and read back as such.
_PARSE_ONLY = ("_ttf_data", "_pdfScale", "glyphToChar")
_PACKED = {"glyphPos": "q", "hmetrics": "d"}  # advance widths may be fractional


class _Pairs:
    """reportlab's hmetrics, a list of (advance width, left side bearing), from one packed
    array of both: `aw, lsb = hmetrics[glyph]` as ttfonts.makeSubset reads it."""

    __slots__ = ("_flat",)

    def __init__(self, flat: array.array[float]) -> None:
        self._flat = flat

    def __getitem__(self, index: int) -> tuple[float, float]:
        return self._flat[2 * index], self._flat[2 * index + 1]

    def __len__(self) -> int:
        return len(self._flat) // 2


class _GlyphToChar(dict[int, list[int]]):
    """reportlab's glyph → characters map, made from charToGlyph when first read (only text
    shaping reads it, which our reports do not use)."""

    def __init__(self, char_to_glyph: dict[int, int]) -> None:
        super().__init__()
        self._source: dict[int, int] | None = char_to_glyph

    def _fill(self) -> None:
        if self._source is not None:
            source, self._source = self._source, None
            for char, glyph in source.items():
                super().setdefault(glyph, []).append(char)

    def __getitem__(self, glyph: int) -> list[int]:
        self._fill()
        return super().__getitem__(glyph)

    def __contains__(self, glyph: object) -> bool:
        self._fill()
        return super().__contains__(glyph)

    def get(self, glyph: int, default: Any = None) -> Any:
        self._fill()
        return super().get(glyph, default)

    def setdefault(self, glyph: int, default: Any = None) -> Any:
        self._fill()
        return super().setdefault(glyph, default)


def _pack(name: str, value: Any) -> bytes:
    if name == "hmetrics":
        return array.array(_PACKED[name], [n for pair in value for n in pair]).tobytes()
    return array.array(_PACKED[name], value).tobytes()


def _unpack(name: str, data: bytes) -> Any:
    flat: array.array[Any] = array.array(_PACKED[name])
    flat.frombytes(data)
    return _Pairs(flat) if name == "hmetrics" else flat


def font_cache_dir() -> Path:
    """Where parsed fonts are kept: DESKTOP_CRM_CACHE_DIR, else the user's cache folder."""
    return cache_folder("fonts")


def _cache_file(path: Path, subfont: int) -> Path:
    import reportlab

    stat = path.stat()
    key = "|".join(
        map(
            str,
            (
                CACHE_FORMAT,
                path.resolve(),
                stat.st_size,
                stat.st_mtime_ns,
                subfont,
                reportlab.Version,
                sys.version_info[:2],
            ),
        )
    )
    return font_cache_dir() / f"{path.stem}-{hashlib.sha256(key.encode()).hexdigest()[:20]}.marshal"


def _cached_face(path: Path, subfont: int) -> ttfonts.TTFontFace | None:
    """The parsed face from the cache, the font's bytes read again; None when not cached."""
    try:
        fields = marshal.loads(_cache_file(path, subfont).read_bytes())
        if not isinstance(fields, dict) or "unitsPerEm" not in fields:
            return None
        face = ttfonts.TTFontFace.__new__(ttfonts.TTFontFace)
        for name in _NAME_FIELDS:
            if name in fields:
                fields[name] = ttfonts.TTFNameBytes(fields[name])
        for name in _PACKED:
            fields[name] = _unpack(name, fields[name])
        fields["glyphToChar"] = _GlyphToChar(fields["charToGlyph"])
        face.__dict__.update(fields)
        face._ttf_data = path.read_bytes()
        face._pdfScale = _scale(int(fields["unitsPerEm"]))
        return face
    except (OSError, ValueError, EOFError, TypeError, KeyError, OverflowError):
        return None


def _scale(units_per_em: int) -> Any:
    """reportlab's font-unit → 1/1000 em scaling (a lambda it does not let marshal keep)."""
    factor = 1000 / units_per_em
    return (lambda x: x) if units_per_em == 1000 else (lambda x: x * factor)


def _keep_face(face: ttfonts.TTFontFace, path: Path, subfont: int) -> None:
    """Write the parsed face to the cache (atomically); any failure only loses the cache."""
    fields = {k: v for k, v in face.__dict__.items() if k not in _PARSE_ONLY}
    for name in _NAME_FIELDS:
        if name in fields:
            fields[name] = bytes(fields[name])
    for name in _PACKED:
        fields[name] = _pack(name, fields[name])
    try:
        data = marshal.dumps(fields)
        target = _cache_file(path, subfont)
    except (OSError, ValueError):
        return
    keep_in_cache(target, data)


def _face(path: Path, subfont: int) -> ttfonts.TTFontFace:
    face = _cached_face(path, subfont)
    if face is None:
        face = ttfonts.TTFontFace(str(path), subfontIndex=subfont)
        _keep_face(face, path, subfont)
    return face


_REGISTERING = threading.Lock()  # the swap below is module-wide: one registration at a time


def _register(name: str, path: Path, subfont: int = 0) -> TTFont:
    with _REGISTERING:
        return _register_unlocked(name, path, subfont)


def _register_unlocked(name: str, path: Path, subfont: int) -> TTFont:
    ttfonts.makeToUnicodeCMap = _unicode_cmap  # the fix above, for every font we embed
    face = _face(path, subfont)
    # TTFont parses its face itself; handing it ours means swapping the class it calls for
    # the length of the constructor (the rest of TTFont's set-up stays reportlab's own).
    parse = ttfonts.TTFontFace
    ttfonts.TTFontFace = lambda *_args, **_keywords: face
    try:
        font = TTFont(name, str(path), subfontIndex=subfont)
    finally:
        ttfonts.TTFontFace = parse
    pdfmetrics.registerFont(font)
    if name not in pdfmetrics.getRegisteredFontNames():  # PITFALLS 1
        raise RuntimeError(f"font {path} failed to register")
    return font


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the embedded CJK font once; returns its name (fallbacks load when needed)."""
    _register(FONT, font_path())
    return FONT


def font_dirs() -> list[Path]:
    """Where fallback fonts are looked for: resources/fonts, then the system's font folders."""
    home = Path.home()
    dirs = [
        resources_dir() / "fonts",
        Path("/usr/share/fonts/truetype/hanazono"),  # Debian / Ubuntu: fonts-hanazono
        Path("/usr/share/fonts/hanazono"),
        Path("/usr/local/share/fonts"),
        home / ".local/share/fonts",
        home / ".fonts",
        Path("/Library/Fonts"),  # macOS
        home / "Library/Fonts",
    ]
    for variable, sub in (("WINDIR", "Fonts"), ("LOCALAPPDATA", "Microsoft/Windows/Fonts")):
        if os.environ.get(variable):
            dirs.append(Path(os.environ[variable]) / sub)
    return dirs


@lru_cache(maxsize=1)
def fallback_fonts() -> tuple[str, ...]:
    """The fallback fonts found on this machine, registered, in the order they are tried."""
    found = []
    for name, file_name in FALLBACK_FILES:
        path = next((d / file_name for d in font_dirs() if (d / file_name).is_file()), None)
        if path is not None:
            _register(name, path)
            found.append(name)
    return tuple(found)


def _covers(font: str, char: str) -> bool:
    return ord(char) in pdfmetrics.getFont(font).face.charToGlyph


def _invisible(char: str) -> bool:
    """Controls, format characters and variation selectors: they draw nothing anyway."""
    return (
        unicodedata.category(char) in ("Cc", "Cf")
        or 0xFE00 <= ord(char) <= 0xFE0F
        or (0xE0100 <= ord(char) <= 0xE01EF)
    )


@lru_cache(maxsize=4096)
def font_for(char: str) -> str | None:
    """The first font that has `char` (the main one first); None when no available font has
    it. Invisible characters count as the main font's (it prints them as nothing)."""
    main = register_fonts()
    if _covers(main, char) or _invisible(char) or char.isspace():
        return main
    return next((f for f in fallback_fonts() if _covers(f, char)), None)


def missing_glyphs(text: str) -> set[str]:
    """The characters of `text` that no PDF font available here can print (they would come
    out as REPLACEMENT): the window warns with them when a name is saved."""
    return {c for c in set(text) if font_for(c) is None}


def font_runs(text: str) -> list[tuple[str, str]]:
    """`text` cut into (font, run) pairs, each run printable in its font; characters no font
    has become REPLACEMENT in the main font, invisible ones are dropped."""
    main = register_fonts()
    runs: list[tuple[str, str]] = []
    for char in text:
        font = font_for(char)
        if font is None:
            font, char = main, REPLACEMENT
        elif font == main and _invisible(char) and char not in "\n\t":
            continue
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + char)
        else:
            runs.append((font, char))
    return runs


def markup(text: object) -> str:
    """Paragraph markup for plain text: escaped, newlines as <br/>, and every run of characters
    the main font lacks wrapped in <font name=...> of a fallback that has them."""
    main = register_fonts()
    parts = []
    for font, run in font_runs(str(text if text is not None else "")):
        safe = escape(run).replace("\n", "<br/>")
        parts.append(safe if font == main else f'<font name="{font}">{safe}</font>')
    return "".join(parts)


def string_width(text: str, size: float) -> float:
    """The width of `text` drawn by `draw_string` at `size` points."""
    return float(sum(pdfmetrics.stringWidth(run, font, size) for font, run in font_runs(text)))


def draw_string(
    canvas: Any, x: float, y: float, text: str, size: float, anchor: str = "start"
) -> float:
    """Draw one line on a canvas, switching fonts per run as `markup` does; `anchor` "start"
    or "end" (x is the right edge). Returns the width drawn."""
    runs = font_runs(text.replace("\n", " "))
    width = float(sum(pdfmetrics.stringWidth(run, font, size) for font, run in runs))
    left = x - width if anchor == "end" else x
    for font, run in runs:
        canvas.setFont(font, size)
        canvas.drawString(left, y, run)
        left += pdfmetrics.stringWidth(run, font, size)
    return width
