"""Where the shipped resources live, in a source checkout and in an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The `resources/` folder: beside the package in a checkout, inside it when installed."""
    for candidate in (_PACKAGE.parent / "resources", _PACKAGE / "_resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("resources folder not found")


def font_path() -> Path:
    """The CJK TrueType font embedded in PDFs and offered to Qt."""
    return resources_dir() / "fonts" / "wqy-microhei.ttc"
