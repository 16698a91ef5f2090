"""The PDF fonts: the embedded CJK font, fallbacks for characters it lacks, and markup that
switches between them per run of characters, so no character vanishes from a PDF.

WenQuanYi Micro Hei (shipped in resources/fonts) lacks CJK Extension A and B (䶮 U+4DAE,
𠮷 U+20BB7, both in real names). The fallbacks are Hanazono Mincho A and B (Debian's
`fonts-hanazono`, OFL-1.1 or the Hanazono licence: TrueType outlines, embedding allowed), 23
and 31 MB, too big for the repository: they are loaded from the system when present (and
from resources/fonts when someone drops them there). A character no available font covers is
printed as REPLACEMENT, visibly, and `missing_glyphs` names it so the window can warn.
"""

from __future__ import annotations

import os
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from ..paths import font_path, resources_dir

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


def _register(name: str, path: Path, subfont: int = 0) -> TTFont:
    ttfonts.makeToUnicodeCMap = _unicode_cmap  # the fix above, for every font we embed
    font = TTFont(name, str(path), subfontIndex=subfont)
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
