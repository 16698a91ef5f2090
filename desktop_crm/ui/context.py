"""What every window is handed: the app context, the runner and the language."""

from __future__ import annotations

from dataclasses import dataclass

from ..services.context import AppContext
from .runner import Runner


@dataclass
class UiContext:
    app: AppContext
    runner: Runner
    lang: str = "en"
