"""The reply letter (issue 13, item 3): drafted in three languages from the complaint's facts,
saved with the complaint under the version check, printed on the letterhead. Both backends."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from decimal import Decimal
from types import SimpleNamespace

import pytest
from visit_helpers import make_contact, make_customer

from desktop_crm.reports.base import no_translation
from desktop_crm.reports.complaint_letter import LetterParameters, letter_pdf
from desktop_crm.services.aftersale import complaints, letters
from desktop_crm.services.aftersale.complaints import ComplaintDraft
from desktop_crm.services.common.errors import ConflictError, PermissionDenied, ValidationFailed
from desktop_crm.services.common.settings import OFFICE_ADDRESS, OFFICE_NAME, write_setting
from desktop_crm.services.context import AppContext
from desktop_crm.services.people import manage
from desktop_crm.services.people.roles import Role


@pytest.fixture
def complaint(ctx: AppContext) -> SimpleNamespace:
    owner = ctx.user
    rep = manage.add_person(owner, "王建国", Role.REP, password="pw")
    other = manage.add_person(owner, "李娜", Role.REP, password="pw")
    customer = make_customer("苏州华兴机械", SimpleNamespace(id=rep.id))  # type: ignore[arg-type]
    contact = make_contact(customer, "刘经理")
    saved = complaints.save_complaint(
        owner,
        ComplaintDraft(
            customer.id,
            "空调噪音太大",
            received_at=dt.datetime(2026, 3, 1, 2, 0),
            cause="disappointment",
            contact_id=contact.id,
            steps="当天上门检查",
            resolution="更换了风扇电机",
            compensation="赠送一次免费保养",
            compensation_amount=Decimal("500"),
        ),  # fmt: skip
        dt.datetime(2026, 3, 1, 3, 0),
    )
    return SimpleNamespace(owner=owner, rep=rep, other=other, saved=saved)


def test_a_draft_holds_the_complaints_facts_in_each_language(complaint: SimpleNamespace) -> None:
    for language in letters.LANGUAGES:
        letter = letters.draft_letter(complaint.owner, complaint.saved.id, language)
        assert [name for name, _ in letter.parts] == list(letters.PARTS)
        text = " ".join([letter.salutation, letter.subject, *(t for _, t in letter.parts)])
        assert "{" not in text and "}" not in text, language
        assert "刘经理" in letter.salutation
        assert "空调噪音太大" in letter.part("specifics")
        assert "更换了风扇电机" in letter.part("actions")
        assert "赠送一次免费保养" in letter.part("compensation")
        assert "¥500.00" in letter.part("compensation")
    assert (
        "2026年3月1日" in letters.draft_letter(complaint.owner, complaint.saved.id, "zh_CN").subject
    )
    assert "期望" in letters.draft_letter(complaint.owner, complaint.saved.id, "zh_CN").part(
        "causes"
    )
    with pytest.raises(ValidationFailed) as failed:
        letters.draft_letter(complaint.owner, complaint.saved.id, "fr")
    assert failed.value.for_field("language") is not None


def test_saving_keeps_the_edited_parts_and_refuses_a_stale_version(
    complaint: SimpleNamespace,
) -> None:
    draft = letters.letter_of(complaint.rep, complaint.saved.id)
    assert not draft.saved and draft.language == "zh_CN"
    parts = dict(draft.parts)
    parts["welcome"] = "欢迎您下周来厂参观。"
    saved = letters.save_letter(complaint.rep, complaint.saved.id, "zh_CN", parts, draft.version)
    assert saved.saved and saved.part("welcome") == "欢迎您下周来厂参观。"
    assert letters.letter_of(complaint.owner, complaint.saved.id).part("welcome") == (
        "欢迎您下周来厂参观。"
    )
    with pytest.raises(ConflictError):
        letters.save_letter(complaint.rep, complaint.saved.id, "zh_CN", parts, draft.version)
    with pytest.raises(ValidationFailed) as failed:
        letters.save_letter(
            complaint.rep, complaint.saved.id, "zh_CN", {"p.s.": "x"}, saved.version
        )
    assert failed.value.for_field("parts.p.s.") is not None
    with pytest.raises(PermissionDenied):
        letters.letter_of(complaint.other, complaint.saved.id)


def test_the_pdf_is_on_the_letterhead_with_the_font_embedded(
    complaint: SimpleNamespace, tmp_path
) -> None:
    write_setting(OFFICE_NAME, "华东制冷设备有限公司")
    write_setting(OFFICE_ADDRESS, "上海市浦东新区张江路 88 号")
    pdf = letter_pdf(complaint.owner, LetterParameters(complaint.saved.id, "zh_CN"), no_translation)
    letters.keep_printed(complaint.owner, complaint.saved.id, pdf)
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils is not installed")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    for expected in (
        "华东制冷设备有限公司",
        "上海市浦东新区张江路 88 号",
        "刘经理",
        "空调噪音太大",
        "此致",
    ):
        assert expected in text.replace("\n", ""), expected
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert "WenQuanYi" in fonts or "CID" in fonts
    assert all(" yes " in line for line in fonts.splitlines()[2:])  # every font embedded


def _png(width: int = 8, height: int = 4) -> bytes:
    """A small red PNG written by hand (signature, IHDR, IDAT, IEND)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def test_the_letterhead_is_the_offices_and_its_logo_must_be_a_picture(
    complaint: SimpleNamespace,
) -> None:
    with pytest.raises(ValidationFailed) as failed:
        letters.set_letterhead(complaint.owner, "华东制冷", "", "", b"GIF89a....")
    assert failed.value.for_field("logo") is not None
    with pytest.raises(ValidationFailed) as failed:
        letters.set_letterhead(complaint.owner, " ", "", "", b"")
    assert failed.value.for_field("name") is not None
    with pytest.raises(PermissionDenied):
        letters.set_letterhead(complaint.rep, "华东制冷", "", "", b"")
    logo = _png()
    head = letters.set_letterhead(complaint.owner, "华东制冷", "上海市", "021-5555", logo)
    assert (head.name, head.address, head.phone, head.logo) == (
        "华东制冷",
        "上海市",
        "021-5555",
        logo,
    )
    assert letters.letterhead(complaint.rep).logo == logo
    pdf = letter_pdf(complaint.owner, LetterParameters(complaint.saved.id, "en"), no_translation)
    assert pdf.startswith(b"%PDF") and b"/Image" in pdf  # the logo is drawn
