"""Customers and their contacts as vCards (3.0 through vobject, 2.1 written by hand).

One card per contact (FN the contact, ORG the customer's company or name, TITLE the position,
TEL, EMAIL, ADR the customer's address, NOTE the contact's notes); a customer without contacts
becomes one card of its own (its phone, mobile and fax as TEL WORK/CELL/FAX). Version 2.1 is
for old phones: every value that is not plain ASCII goes as CHARSET=UTF-8 quoted-printable.
Qt-free; the import reads these back (services/importing).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import vobject

from ..common.acting import rule

VCARD_VERSIONS = ("3.0", "2.1")


@dataclass(frozen=True)
class Card:
    """What one vCard says, whatever its version."""

    name: str
    org: str = ""
    title: str = ""
    phones: tuple[tuple[str, str], ...] = ()  # (type, number): WORK, CELL, FAX
    email: str = ""
    address: str = ""
    note: str = ""


@rule
def cards_of(customer: dict[str, object], contacts: Sequence[dict[str, object]]) -> list[Card]:
    """The cards of one customer (its exported values) and its contacts."""
    org = str(customer.get("company") or customer.get("name") or "")
    address = str(customer.get("address") or "")
    if not contacts:
        phones = tuple(
            (kind, str(customer[key]))
            for key, kind in (("phone", "WORK"), ("mobile", "CELL"), ("fax", "FAX"))
            if customer.get(key)
        )
        return [
            Card(
                str(customer.get("name") or org),
                org,
                phones=phones,
                email=str(customer.get("email") or ""),
                address=address,
                note=str(customer.get("notes") or ""),
            )
        ]
    return [
        Card(
            str(c.get("name") or ""),
            org,
            str(c.get("position") or ""),
            (("WORK", str(c["phone"])),) if c.get("phone") else (),
            str(c.get("email") or ""),
            address,
            str(c.get("notes") or ""),
        )
        for c in contacts
    ]


@rule
def vcard_text(card: Card, version: str = "3.0") -> str:
    """One card as text with CRLF line ends."""
    return _v21(card) if version == "2.1" else _v30(card)


def _v30(card: Card) -> str:
    vc = vobject.vCard()
    vc.add("fn").value = card.name
    vc.add("n").value = vobject.vcard.Name(family=card.name)
    if card.org:
        vc.add("org").value = [card.org]
    if card.title:
        vc.add("title").value = card.title
    for kind, number in card.phones:
        tel = vc.add("tel")
        tel.value = number
        tel.type_param = [kind, "VOICE"] if kind == "WORK" else [kind]
    if card.email:
        email = vc.add("email")
        email.value = card.email
        email.type_param = "INTERNET"
    if card.address:
        adr = vc.add("adr")
        adr.value = vobject.vcard.Address(street=card.address)
        adr.type_param = "WORK"
    if card.note:
        vc.add("note").value = card.note
    return str(vc.serialize())


def _v21_value(text: str) -> tuple[str, str]:
    """(parameters, value) of a 2.1 property: ASCII as is, anything else quoted-printable."""
    if text.isascii() and not any(c in text for c in "\r\n;="):
        return "", text
    return ";CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE", _qp_one_line(text)


def _qp_one_line(text: str) -> str:
    """Quoted-printable of `text` (UTF-8), line breaks as =0D=0A."""
    out: list[str] = []
    for byte in text.encode("utf-8"):
        char = chr(byte)
        if 33 <= byte <= 126 and char not in "=;":
            out.append(char)
        elif byte == 32:
            out.append(" ")
        else:
            out.append(f"={byte:02X}")
    return "".join(out)  # one line: readers (vobject too) do not all take soft breaks


def _v21(card: Card) -> str:
    def prop(name: str, text: str, before: str = "", after: str = "") -> str:
        params, value = _v21_value(text)
        return f"{name}{params}:{before}{value}{after}"

    lines = ["BEGIN:VCARD", "VERSION:2.1", prop("N", card.name), prop("FN", card.name)]
    if card.org:
        lines.append(prop("ORG", card.org))
    if card.title:
        lines.append(prop("TITLE", card.title))
    for kind, number in card.phones:
        lines.append(f"TEL;{kind}{';VOICE' if kind == 'WORK' else ''}:{number}")
    if card.email:
        lines.append(prop("EMAIL;INTERNET", card.email))
    if card.address:
        lines.append(prop("ADR;WORK", card.address, ";;", ";;;;"))
    if card.note:
        lines.append(prop("NOTE", card.note))
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


@rule
def vcards(cards: Sequence[Card], version: str = "3.0") -> Iterator[str]:
    for card in cards:
        yield vcard_text(card, version)
