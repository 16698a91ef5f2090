"""Kept so that older imports of `models.i18n` still work: the translation marker now lives in
`desktop_crm/i18n.py`, which every layer may import. New code imports it from there."""

from __future__ import annotations

from ..i18n import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP"]
