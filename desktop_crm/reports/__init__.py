"""reportlab documents built from service results (no Qt), one REPORT per module (registry.py)."""

from .rl_import import install

install()  # reportlab's paragraph module loads the quick way (rl_import.py)
