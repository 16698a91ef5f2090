"""Qt's compiled translations (`.qm`) read in plain Python, for the headless commands.

A command that prints a PDF in Chinese needs the translations but no Qt: importing Qt Core
costs a tenth of a second of a half-second command. The window keeps Qt's own QTranslator
(ui/i18n.py); tests/test_qm.py checks the two agree on every message of every language.

The file is Qt's documented layout: a 16-byte magic, then tagged blocks (tag byte, 32-bit
big-endian length, data); the Messages block holds each message as tagged fields (source
text, context and comment as length-prefixed UTF-8, each translation as length-prefixed
UTF-16BE) closed by an end tag. Only what `translate(context, text)` looks up is kept: the
first translation of messages without a comment (disambiguation).
"""

from __future__ import annotations

import struct
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69
_END, _SOURCE16, _TRANSLATION, _CONTEXT16, _OBSOLETE1 = 1, 2, 3, 4, 5
_SOURCE, _CONTEXT, _COMMENT = 6, 7, 8
_NULL = 0xFFFFFFFF


class QmError(ValueError):
    """The file is not a .qm file this reader understands."""


def read_qm(path: Path) -> dict[tuple[str, str], str]:
    """(context, source text) → translation of the messages in the file at `path`."""
    data = path.read_bytes()
    if not data.startswith(MAGIC):
        raise QmError(f"{path} is not a Qt translation file")
    at = len(MAGIC)
    while at + 5 <= len(data):
        tag = data[at]
        (length,) = struct.unpack_from(">I", data, at + 1)
        at += 5
        if tag == _MESSAGES:
            return _messages(data[at : at + length])
        at += length
    return {}


def _messages(block: bytes) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    at, size = 0, len(block)
    source = context = comment = ""
    translation: str | None = None
    while at < size:
        tag = block[at]
        at += 1
        if tag == _END:
            if not comment and translation is not None:
                found.setdefault((context, source), translation)
            source = context = comment = ""
            translation = None
            continue
        if tag == _OBSOLETE1:
            at += 4
            continue
        (length,) = struct.unpack_from(">I", block, at)
        at += 4
        if length == _NULL:
            text = ""
            length = 0
        elif tag in (_TRANSLATION, _SOURCE16, _CONTEXT16):
            text = block[at : at + length].decode("utf-16-be")
        elif tag in (_SOURCE, _CONTEXT, _COMMENT):
            text = block[at : at + length].decode("utf-8")
        else:
            raise QmError(f"unknown field {tag} in a message")
        at += length
        if tag == _TRANSLATION:
            if translation is None:
                translation = text
        elif tag in (_SOURCE, _SOURCE16):
            source = text
        elif tag in (_CONTEXT, _CONTEXT16):
            context = text
        else:
            comment = text
    return found
