"""vCard 2.1, 3.0 and 4.0 files, as phones and mail programs write them (issue 11).

vobject parses the cards; before it does, the file is cleaned at byte level for what vobject
misses (PITFALLS 21): lines are unfolded as bytes (a fold may split one UTF-8 character),
quoted-printable soft line breaks are joined, quoted-printable and 8-bit values are decoded in
their CHARSET (GBK/GB2312 and friends) or, with none declared, as UTF-8 and else GB18030, and
photos, sounds, keys and embedded cards (AGENT) are dropped. Pure rules, no database.
"""

from __future__ import annotations

import datetime as dt
import quopri
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

import vobject

from ..common.acting import rule
from ..common.errors import ValidationFailed
from .values import clean_text, parse_date_value

PhoneKind = Literal["cell", "work", "home", "fax", ""]


@dataclass(frozen=True)
class CardPhone:
    number: str  # as typed on the card; the import normalises it (values.parse_phone)
    kind: PhoneKind = ""


@dataclass(frozen=True)
class Card:
    """One contact card. `index` counts the file's cards from 0; `problem` is set (and the
    other fields empty) for a card that could not be read, so an import reports it."""

    index: int
    name: str = ""
    company: str = ""
    title: str = ""
    phones: tuple[CardPhone, ...] = ()
    emails: tuple[str, ...] = ()
    address: str = ""
    birthday: dt.date | None = None
    note: str = ""
    problem: str = ""


_PROPERTY = re.compile(rb"^(?:[A-Za-z0-9_-]+\.)?[A-Za-z0-9_-]+(?:;[^:]*)?:")
_SKIPPED = {"PHOTO", "LOGO", "SOUND", "KEY", "AGENT"}
_TEXT_PROPERTIES = {"FN", "N", "ORG", "TITLE", "NOTE", "ADR"}
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")


# -- reading ------------------------------------------------------------------------------


def _logical_lines(data: bytes) -> list[bytes]:
    """The file's lines unfolded as bytes, quoted-printable soft line breaks joined."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = data.decode("utf-16", "replace").encode("utf-8")
    data = data.removeprefix(b"\xef\xbb\xbf")
    physical = re.split(rb"\r\n|\r|\n", data)
    lines: list[bytes] = []
    for raw in physical:
        if lines and lines[-1].endswith(b"=") and _is_quoted(lines[-1]):
            lines[-1] = lines[-1][:-1] + raw  # a quoted-printable soft line break
        elif raw[:1] in (b" ", b"\t") and lines:
            lines[-1] += raw[1:]  # a fold: the bytes join before anything is decoded
        else:
            lines.append(raw)
    return [line for line in lines if line.strip()]


def _is_quoted(line: bytes) -> bool:
    head = line.split(b":", 1)[0].upper()
    return b"QUOTED-PRINTABLE" in head


def _split_head(line: bytes) -> tuple[str, str, list[str], bytes]:
    """(group, NAME, params, raw value) of one property line."""
    head, _, value = line.partition(b":")
    parts = head.decode("ascii", "replace").split(";")
    group, _, name = parts[0].rpartition(".")
    return group, name.upper(), parts[1:], value


def _decode(value: bytes, charset: str) -> str:
    if charset.lower().replace("-", "").replace("_", "") in ("gb2312", "gbk", "cp936", "euccn"):
        charset = "gb18030"  # what phones label GB2312 is often GBK: GB18030 holds both
    if charset:
        try:
            return value.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return value.decode("gb18030", "replace")


def _escape_commas(text: str) -> str:
    return re.sub(r"(?<!\\),", r"\\,", text)


def _clean_line(line: bytes) -> str:
    """The property as a plain 3.0 line vobject reads: decoded, no ENCODING or CHARSET."""
    group, name, params, raw = _split_head(line)
    kept: list[str] = []
    charset, quoted = "", False
    for param in params:
        key, has_value, val = param.partition("=")
        upper_key = key.strip().upper()
        if not has_value:
            if upper_key in ("QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"):
                quoted = quoted or upper_key == "QUOTED-PRINTABLE"
                continue
            kept.append(f"TYPE={key.strip()}")  # vCard 2.1: TEL;CELL;VOICE
        elif upper_key == "CHARSET":
            charset = val.strip().strip('"')
        elif upper_key == "ENCODING":
            quoted = quoted or val.strip().upper() == "QUOTED-PRINTABLE"
        else:
            kept.append(f"{key.strip()}={val}")
    if quoted:
        raw = quopri.decodestring(raw)
    value = _decode(raw, charset)
    if name in _TEXT_PROPERTIES:
        value = _escape_commas(value)
    if quoted:  # a 2.1 value's line breaks, as 3.0 writes them
        value = value.replace("\r\n", "\\n").replace("\n", "\\n")
    head = ";".join([f"{group}.{name}" if group else name, *kept])
    return f"{head}:{value}"


@dataclass
class _Block:
    lines: list[bytes]
    problem: str = ""


def _card_blocks(lines: list[bytes]) -> list[_Block]:
    """Each card's lines between BEGIN and END. An embedded card (2.1 AGENT) and photos are
    left out; a card that never ends, or holds a line that is no property, is broken."""
    blocks: list[_Block] = []
    depth, skipping, inside = 0, False, False
    for line in lines:
        upper = line.strip().upper()
        if upper == b"BEGIN:VCARD":
            if inside and depth == 1 and not skipping:  # the card before never ended
                blocks[-1].problem = blocks[-1].problem or "no END:VCARD"
                depth = 0
            depth += 1
            if depth == 1:
                blocks.append(_Block([]))
                inside, skipping = True, False
            continue
        if upper == b"END:VCARD":
            depth = max(depth - 1, 0)
            inside = depth > 0
            continue
        if depth != 1:
            continue
        if _PROPERTY.match(line):
            skipping = _split_head(line)[1] in _SKIPPED
            if not skipping:
                blocks[-1].lines.append(line)
        elif not skipping:
            shown = line[:40].decode("utf-8", "replace")
            blocks[-1].problem = blocks[-1].problem or f"not a property: {shown}"
    if inside and blocks and not blocks[-1].problem:
        blocks[-1].problem = "no END:VCARD"
    return blocks


def _text(component: Any, name: str) -> str:
    found = component.contents.get(name)
    if not found:
        return ""
    value = found[0].value
    if isinstance(value, list):
        value = " ".join(str(v) for v in value if v)
    return str(value)


def _is_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def _name(component: Any) -> str:
    full = clean_text(_text(component, "fn"))
    if full:
        return full
    n = component.contents.get("n")
    if not n:
        return ""
    value = n[0].value
    family = clean_text(_join(getattr(value, "family", "")))
    given = clean_text(_join(getattr(value, "given", "")))
    if _is_cjk(family + given):
        return family + given  # 张 + 三; N:三丰;张 shows as typed
    return clean_text(f"{given} {family}")


def _join(value: object, separator: str = " ") -> str:
    if isinstance(value, list):
        return separator.join(str(v) for v in value if v)
    return str(value or "")


def _address(component: Any) -> str:
    found = component.contents.get("adr")
    if not found:
        return ""
    value = found[0].value
    if isinstance(value, str):
        return clean_text(value)
    parts = {
        key: clean_text(_join(getattr(value, key, "")))
        for key in ("box", "extended", "street", "city", "region", "code", "country")
    }
    if _is_cjk("".join(parts.values())):  # province city district street, no spaces
        return "".join(parts[k] for k in ("region", "city", "street", "extended"))
    western = ("street", "extended", "city", "region", "code", "country")
    return ", ".join(parts[k] for k in western if parts[k])


_KINDS: tuple[tuple[PhoneKind, set[str]], ...] = (
    ("fax", {"FAX"}),
    ("cell", {"CELL", "MOBILE", "IPHONE"}),
    ("work", {"WORK"}),
    ("home", {"HOME"}),
)


def _phone_kind(params: dict[str, list[str]]) -> PhoneKind:
    types = {t.strip().strip('"').upper() for v in params.get("TYPE", []) for t in v.split(",")}
    return next((kind for kind, names in _KINDS if types & names), "")


def _birthday(component: Any) -> dt.date | None:
    text = _text(component, "bday").strip()
    if not text or text.startswith("--"):  # 4.0: a birthday without its year
        return None
    try:
        return parse_date_value(text, field="birthday")
    except ValidationFailed:
        return None


def _card(index: int, block: list[bytes]) -> Card:
    cleaned = [line for line in map(_clean_line, block) if not line.upper().startswith("VERSION:")]
    text = "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", *cleaned, "END:VCARD", ""])
    component = vobject.readOne(text)
    phones = tuple(
        CardPhone(number, _phone_kind(tel.params))
        for tel in component.contents.get("tel", [])
        if (number := clean_text(str(tel.value)).removeprefix("tel:"))
    )
    emails = tuple(
        address
        for mail in component.contents.get("email", [])
        if (address := clean_text(str(mail.value)).removeprefix("mailto:"))
    )
    return Card(
        index=index,
        name=_name(component),
        company=clean_text(_text(component, "org")),
        title=clean_text(_text(component, "title")),
        phones=phones,
        emails=emails,
        address=_address(component),
        birthday=_birthday(component),
        note=clean_text(_text(component, "note"), multiline=True),
    )


@rule
def read_vcards(data: bytes) -> list[Card]:
    """Every card of a vCard file (2.1, 3.0, 4.0; several a file), in file order. A card that
    cannot be read comes back with its `index` and `problem` set; the others still read."""
    cards: list[Card] = []
    for index, block in enumerate(_card_blocks(_logical_lines(data))):
        if block.problem:
            cards.append(Card(index=index, problem=block.problem))
            continue
        try:
            cards.append(_card(index, block.lines))
        except Exception as error:  # vobject raises many kinds; the card is reported
            reason = re.sub(r"^At line \d+: ", "", str(error)) or type(error).__name__
            cards.append(Card(index=index, problem=reason[:300]))
    return cards


# -- writing ------------------------------------------------------------------------------


def _escape(text: str, newline: str = "\\n") -> str:
    """3.0 escaping; 2.1 keeps a line break as CRLF inside quoted-printable (`newline`)."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\n")
        .replace("\n", newline)
    )


def _fold(line: str) -> list[str]:
    """3.0 folding at 75 octets, never inside a character."""
    out: list[str] = []
    current, size = "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > 75:
            out.append(current)
            current, size = " ", 1
        current += char
        size += width
    out.append(current)
    return out


def _quoted_printable(head: str, value: str) -> list[str]:
    """A 2.1 line in UTF-8 quoted-printable, soft line breaks at 76 characters."""
    encoded = "".join(
        chr(b) if 33 <= b <= 126 and b != ord("=") else f"={b:02X}" for b in value.encode()
    )
    first = f"{head};CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"
    lines, current = [], first
    index = 0
    while index < len(encoded):
        step = 3 if encoded[index] == "=" else 1
        if len(current) + step > 75:
            lines.append(current + "=")
            current = ""
        current += encoded[index : index + step]
        index += step
    lines.append(current)
    return lines


def _property(head: str, value: str, version: str) -> list[str]:
    if version == "2.1" and (not value.isascii() or "\n" in value or len(head + value) > 74):
        return _quoted_printable(head, value)  # 2.1 folds only at whitespace: soft breaks
    return _fold(f"{head}:{value}")


def _structured_name(name: str) -> str:
    """N: a Chinese name whole in the family slot (欧阳娜娜: no guessing at the surname), a
    Western one as family;given (Anna Müller → Müller;Anna). Readers show FN first."""
    given, _, family = name.rpartition(" ")
    if _is_cjk(name) or not given:
        return f"{_escape(name)};;;;"
    return f"{_escape(family)};{_escape(given)};;;"


_TYPE_NAMES = {"cell": "CELL", "work": "WORK", "home": "HOME", "fax": "FAX"}


def _card_lines(card: Card, version: str) -> list[str]:
    def typed(name: str, kind: str) -> str:
        if not kind:
            return name
        return (
            f"{name};{_TYPE_NAMES[kind]}"
            if version == "2.1"
            else f"{name};TYPE={_TYPE_NAMES[kind]}"
        )

    props: list[tuple[str, str]] = [
        ("FN", _escape(card.name)),
        ("N", _structured_name(card.name)),
    ]
    if card.company:
        props.append(("ORG", _escape(card.company)))
    if card.title:
        props.append(("TITLE", _escape(card.title)))
    props += [(typed("TEL", p.kind), _escape(p.number)) for p in card.phones]
    props += [
        ("EMAIL;INTERNET" if version == "2.1" else "EMAIL;TYPE=INTERNET", _escape(e))
        for e in card.emails
    ]
    if card.address:
        props.append(("ADR", f";;{_escape(card.address)};;;;"))
    if card.birthday:
        props.append(("BDAY", card.birthday.isoformat()))
    if card.note:
        props.append(("NOTE", _escape(card.note, "\r\n" if version == "2.1" else "\\n")))
    lines = ["BEGIN:VCARD", f"VERSION:{version}"]
    for head, value in props:
        lines += _property(head, value, version)
    return [*lines, "END:VCARD"]


@rule
def write_vcards(cards: Iterable[Card], version: Literal["3.0", "2.1"] = "3.0") -> bytes:
    """The cards as one vCard file in UTF-8 with CRLF line ends: 3.0, or 2.1 for old phones
    (CHARSET=UTF-8 and QUOTED-PRINTABLE for non-ASCII values). read_vcards reads it back."""
    if version not in ("3.0", "2.1"):
        raise ValueError(version)
    lines: list[str] = []
    for card in cards:
        lines += _card_lines(card, version)
    return ("\r\n".join(lines) + "\r\n").encode("utf-8") if lines else b""
