"""Which text encoding an office's file is in, and decoding it with a useful error (issue 11).

Detection follows PITFALLS 20: a byte-order mark first, then UTF-16 without a BOM by its NULs
on alternate bytes (Apple and some Windows exports), then strict UTF-8, then chardet limited
to the encodings an office has (GB18030, Big5). GBK and GB2312 are decoded as GB18030, their
superset; Big5 as cp950, the Windows Big5 that Excel writes. chardet's confidence on a short
file is low, so the wizard always shows a preview with the choice in ENCODINGS.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import chardet

from ...i18n import QT_TRANSLATE_NOOP
from ..common.acting import rule
from .file_errors import ImportFileError


@dataclass(frozen=True)
class EncodingChoice:
    key: str  # what Detected.name, read_table(encoding=...) and --encoding take
    label: str  # English, marked for translation (context "Import")
    codec: str  # the Python codec that decodes it (a BOM of its family is skipped)
    bom: bytes  # the mark a file in it starts with (b"" for none)


ENCODINGS: tuple[EncodingChoice, ...] = (
    EncodingChoice("utf-8", QT_TRANSLATE_NOOP("Import", "UTF-8"), "utf-8", b""),
    EncodingChoice(
        "utf-8-sig", QT_TRANSLATE_NOOP("Import", "UTF-8 with BOM"), "utf-8", codecs.BOM_UTF8
    ),
    EncodingChoice(
        "gb18030",
        QT_TRANSLATE_NOOP("Import", "Simplified Chinese (GB18030 / GBK)"),
        "gb18030",
        b"",
    ),
    EncodingChoice("big5", QT_TRANSLATE_NOOP("Import", "Traditional Chinese (Big5)"), "cp950", b""),
    EncodingChoice("utf-16-le", QT_TRANSLATE_NOOP("Import", "UTF-16 LE"), "utf-16-le", b""),
    EncodingChoice(
        "utf-16-le-bom",
        QT_TRANSLATE_NOOP("Import", "UTF-16 LE with BOM"),
        "utf-16-le",
        codecs.BOM_UTF16_LE,
    ),
    EncodingChoice("utf-16-be", QT_TRANSLATE_NOOP("Import", "UTF-16 BE"), "utf-16-be", b""),
    EncodingChoice(
        "utf-16-be-bom",
        QT_TRANSLATE_NOOP("Import", "UTF-16 BE with BOM"),
        "utf-16-be",
        codecs.BOM_UTF16_BE,
    ),
)
"""The encodings the import wizard offers, in its menu's order."""

_BY_KEY = {choice.key: choice for choice in ENCODINGS}
_ALIASES = {
    "utf8": "utf-8",
    "utf_8": "utf-8",
    "utf-8-bom": "utf-8-sig",
    "utf8-sig": "utf-8-sig",
    "utf_8_sig": "utf-8-sig",
    "gbk": "gb18030",
    "gb2312": "gb18030",
    "cp936": "gb18030",
    "gb-18030": "gb18030",
    "gb_18030": "gb18030",
    "euc-cn": "gb18030",
    "cp950": "big5",
    "big5hkscs": "big5",
    "big5-hkscs": "big5",
    "utf-16le": "utf-16-le",
    "utf_16_le": "utf-16-le",
    "utf-16be": "utf-16-be",
    "utf_16_be": "utf-16-be",
    "utf-16": "utf-16-le-bom",  # Python writes utf-16 as LE with a BOM on every machine we run
}
_CHARDET_ENCODINGS = ("utf-8", "gb18030", "big5")
_SAMPLE = 64 * 1024


@dataclass(frozen=True)
class Detected:
    name: str  # a key of ENCODINGS
    confidence: float  # 1.0 for a BOM or strict UTF-8; chardet's (often low) otherwise
    had_bom: bool


@rule
def encoding_choice(name: str) -> EncodingChoice:
    """The choice for a key or a common alias (GBK, cp936, UTF8 …); unknown ones are refused."""
    key = name.strip().lower().replace(" ", "")
    key = _ALIASES.get(key, key)
    choice = _BY_KEY.get(key)
    if choice is None:
        raise ImportFileError("encoding_unknown", encoding=name, choices=[c.key for c in ENCODINGS])
    return choice


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when NULs sit on alternate bytes (ASCII in UTF-16), else None."""
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even = sample[0 : pairs * 2 : 2].count(0)
    odd = sample[1 : pairs * 2 : 2].count(0)
    # a CSV has delimiters and line ends, so at least a few per cent of its characters are ASCII
    if odd >= max(2, pairs // 20) and even * 4 <= odd:
        return "utf-16-le"
    if even >= max(2, pairs // 20) and odd * 4 <= even:
        return "utf-16-be"
    return None


def _decodes(sample: bytes, codec: str, partial: bool) -> bool:
    try:
        codecs.getincrementaldecoder(codec)(errors="strict").decode(sample, final=not partial)
    except UnicodeDecodeError:
        return False
    return True


@rule
def detect_encoding(data: bytes, *, partial: bool = False) -> Detected:
    """Guess the encoding of a file's bytes (or of its first bytes, with `partial=True`: a
    character cut at the end of the sample does not count against an encoding)."""
    if data.startswith(codecs.BOM_UTF8):
        return Detected("utf-8-sig", 1.0, True)
    if data.startswith(codecs.BOM_UTF16_LE):
        return Detected("utf-16-le-bom", 1.0, True)
    if data.startswith(codecs.BOM_UTF16_BE):
        return Detected("utf-16-be-bom", 1.0, True)
    sample = data[:_SAMPLE]
    partial = partial or len(data) > len(sample)
    utf16 = _utf16_without_bom(sample)
    if utf16 is not None and _decodes(sample[: len(sample) // 2 * 2], utf16, True):
        return Detected(utf16, 0.9, False)
    if _decodes(sample, "utf-8", partial):
        return Detected("utf-8", 1.0, False)
    guess = chardet.detect(
        sample, include_encodings=_CHARDET_ENCODINGS, no_match_encoding="gb18030"
    )
    named = (guess.get("encoding") or "").lower()
    confidence = float(guess.get("confidence") or 0.0)
    first = _ALIASES.get(named, named) if named else "gb18030"
    if first not in _BY_KEY or first.startswith("utf"):
        first = "gb18030"
    # chardet's pick first, then the other Chinese encoding: the first that decodes wins
    for key in (first, "gb18030", "big5"):
        if _decodes(sample, _BY_KEY[key].codec, partial):
            return Detected(key, confidence if key == first else confidence / 2, False)
    return Detected(first, 0.0, False)


@rule
def strip_bom(data: bytes, encoding: str) -> bytes:
    """The bytes without a leading BOM of the encoding's family (a file saved "with BOM" read
    as "without", or the other way round, still reads)."""
    codec = encoding_choice(encoding).codec
    for bom, family in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if codec == family and data.startswith(bom):
            return data[len(bom) :]
    return data


@rule
def locate_bad_byte(data: bytes, encoding: str) -> tuple[int, int] | None:
    """(offset, line) of the first byte not valid in the encoding (line counted from 1), or
    None when all of it decodes."""
    codec = encoding_choice(encoding).codec
    try:
        data.decode(codec)
    except UnicodeDecodeError as failure:
        before = data[: failure.start].decode(codec, errors="replace")
        return failure.start, before.count("\n") + 1
    return None


@rule
def decode(data: bytes, encoding: str) -> str:
    """The text of the bytes in that encoding (a BOM of its family skipped); bytes not valid in
    it raise ImportFileError("file_encoding", offset=, line=) naming the first bad one."""
    choice = encoding_choice(encoding)
    body = strip_bom(data, choice.key)
    try:
        return body.decode(choice.codec)
    except UnicodeDecodeError:
        where = locate_bad_byte(body, choice.key)
        offset, line = where if where else (0, 1)
        skipped = len(data) - len(body)
        raise ImportFileError(
            "file_encoding", encoding=choice.key, offset=offset + skipped, line=line
        ) from None
