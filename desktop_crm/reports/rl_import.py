"""reportlab's paragraph module, imported without its one slow regular expression, and with
a faster comparison of text fragments.

`reportlab.platypus.paragraph` compiles `uri_pat` when it loads: a case-insensitive pattern over
the range U+00A1-U+FFFF, which Python's `re` folds character by character, ~40 ms of every
process that prints (an eighth of a headless visit sheet; issue 14). It is only used to
hyphenate URLs, which our reports never ask for. While the module loads, that one pattern (and
only it: matched by its exact opening) is handed out as a `LazyPattern`, compiled the first time
anything uses it; every other pattern compiles as usual. `install()` runs when the reports
package loads (reports/__init__.py), before any report module can import reportlab's
platypus, so the window's reports and the commands' get it alike; if something else loaded
the module before, nothing changes and nothing breaks.

Chinese paragraphs with markup are broken into lines one character at a time, comparing each
character's fragment with the one before (`sameFrag`, ~6,000 calls for a day's sheet). The C
accelerator's version asks every fragment for attributes it mostly lacks, raising and catching
an AttributeError each time: 5-9 µs a call, against 2 µs for the same test on the fragments'
dictionaries, which is reportlab's own pure-Python definition (used where the accelerator is
missing). The paragraph module is given that definition; the outcome is the same.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import re
import sys
import threading
from typing import Any

_URI_OPENING = "(^(?:[a-z0-9\\.\\-\\+]*)://)"
_LOCK = threading.Lock()


_FRAG_STYLE = ("fontName", "fontSize", "textColor", "rise", "us_lines", "link", "backColor", "nobr")


def same_frag(first: Any, second: Any) -> bool:
    """Whether two text fragments print alike (reportlab's `sameFrag`, on their dictionaries):
    never for an image or a line break, else when every style attribute is equal."""
    one, other = first.__dict__, second.__dict__
    if "cbDefn" in one or "lineBreak" in one or "cbDefn" in other or "lineBreak" in other:
        return False
    return [one.get(k) for k in _FRAG_STYLE] == [other.get(k) for k in _FRAG_STYLE]


class LazyPattern:
    """A compiled pattern that compiles itself when first used."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(*self._source)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled(), name)


PARAGRAPH = "reportlab.platypus.paragraph"


def install() -> None:
    """From now on, reportlab's paragraph module loads the quick way whenever it is first
    imported, whatever imports it (a finder on `sys.meta_path` that steps aside after that one
    module). Nothing when it is loaded already."""
    if PARAGRAPH in sys.modules or any(isinstance(f, _ParagraphFinder) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _ParagraphFinder())


class _ParagraphFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        if fullname != PARAGRAPH:
            return None
        if self in sys.meta_path:
            sys.meta_path.remove(self)  # once
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is not None and spec.loader is not None:
            spec.loader = _QuickLoader(spec.loader)
        return spec


class _QuickLoader(importlib.abc.Loader):
    """reportlab's own loader for the paragraph module, run with `uri_pat` handed out lazily,
    and the module given `same_frag` afterwards."""

    def __init__(self, loader: Any) -> None:
        self._loader = loader

    def create_module(self, spec: Any) -> Any:
        return self._loader.create_module(spec)

    def exec_module(self, module: Any) -> None:
        with _LOCK:
            real = re.compile

            def compile_lazily(pattern: Any, flags: int = 0) -> Any:
                if isinstance(pattern, str) and pattern.startswith(_URI_OPENING):
                    return LazyPattern(pattern, flags)
                return real(pattern, flags)

            re.compile = compile_lazily
            try:
                self._loader.exec_module(module)
            finally:
                re.compile = real
        module.sameFrag = same_frag

    def __getattr__(self, name: str) -> Any:  # get_source, get_filename, … as reportlab's
        return getattr(self._loader, name)
