"""Where this computer keeps its sign-ins (services/people/remembered.py): one token per
database file, in `signed-in.json` in the user's configuration folder (platformdirs;
DESKTOP_CRM_CONFIG_DIR instead when set), written atomically and readable by its user only.

An unreadable or foreign file counts as keeping nothing (and is replaced on the next write); a
folder that cannot be written only means the next start asks for the password again. A
PostgreSQL URL is never kept (no kept sign-ins on a server).
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..common.acting import gate, rule

FILE_NAME = "signed-in.json"
FORMAT = 1


@dataclass(frozen=True)
class KeptSignIn:
    name: str  # whose it is, as signed in (shown; the token decides)
    token: str


@rule
def kept_file() -> Path:
    """The file of this computer's kept sign-ins (it may not exist yet)."""
    override = os.environ.get("DESKTOP_CRM_CONFIG_DIR")
    if override:
        return Path(override) / FILE_NAME
    from platformdirs import user_config_dir

    return Path(user_config_dir("desktop-crm", "DesktopCRM")) / FILE_NAME


def _key(target: str) -> str | None:
    """The kept file's key for a database: the SQLite file's full path; None for a server."""
    from ..context import sqlite_file_of

    if "://" in target and not target.startswith("sqlite:"):
        return None
    path = sqlite_file_of(target)
    if path is None:
        return None
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):
        return str(path.absolute())


def _read() -> dict[str, dict[str, str]]:
    try:
        data = json.loads(kept_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return {}
    kept = data.get("sign_ins")
    if not isinstance(kept, dict):
        return {}
    return {
        str(k): v
        for k, v in kept.items()
        if isinstance(v, dict)
        and isinstance(v.get("token"), str)
        and isinstance(v.get("name"), str)
    }


def _write(kept: dict[str, dict[str, str]]) -> bool:
    target = kept_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".signed-in", suffix=".part")
        try:
            os.chmod(temporary, 0o600)
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump({"format": FORMAT, "sign_ins": kept}, out, ensure_ascii=False, indent=1)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        return False
    return True


@gate
def kept_sign_in(target: str) -> KeptSignIn | None:
    """The sign-in this computer keeps for the database `target`, if any."""
    key = _key(target)
    entry = _read().get(key) if key else None
    return KeptSignIn(entry["name"], entry["token"]) if entry else None


@gate
def keep_sign_in_here(target: str, name: str, token: str) -> bool:
    """Keep `token` (of `name`) for `target`, replacing what was kept; False when it cannot
    be kept (a server, a folder that cannot be written)."""
    key = _key(target)
    if key is None:
        return False
    kept = _read()
    kept[key] = {"name": str(name), "token": str(token)}
    return _write(kept)


@gate
def drop_kept_sign_in(target: str) -> KeptSignIn | None:
    """Stop keeping the sign-in for `target`; returns what was kept (None: nothing)."""
    key = _key(target)
    kept = _read()
    entry = kept.pop(key, None) if key else None
    if entry is not None:
        _write(kept)
        return KeptSignIn(entry["name"], entry["token"])
    return None
