"""Where the shipped resources live, in a source checkout and in an installed wheel."""

from __future__ import annotations

import os
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


def cache_folder(kind: str) -> Path:
    """Where derived data of one `kind` is kept between runs (parsed fonts, reading tables):
    DESKTOP_CRM_CACHE_DIR when set (every kind side by side in it), else a folder per kind in
    the user's cache folder (platformdirs). Only a cache: anything there may be deleted."""
    override = os.environ.get("DESKTOP_CRM_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("desktop-crm", "DesktopCRM")) / kind


def keep_in_cache(target: Path, data: bytes) -> bool:
    """Write a cache file whole or not at all (a temporary file beside it, then renamed over
    it, so a reader never sees half of one); False when the folder cannot be written, which
    only costs the cache. Nothing is left behind on a failure."""
    import tempfile

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".part")
    except OSError:
        return False
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, target)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        return False
    return True
