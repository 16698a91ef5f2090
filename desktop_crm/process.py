"""How this process runs its short, busy stretches: without the cyclic garbage collector.

The window's start and a PDF command make little cyclic garbage but many allocations, so
the collector ran ~85-95 passes in each (~10-20 ms) that freed a few hundred to ~2,000
objects (issue 14). Reference counting still frees everything else at once.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def without_cyclic_collector() -> Iterator[None]:
    """The collector off inside; afterwards on again if it was on before (the window turns
    it on earlier itself, once its first room is shown: ui/main_window.py)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
