"""The reply letter to a complaining customer (DOMAIN.md §6, [001 §58]; issue 13 item 3), Qt-free.

A reply follows seven parts, in this order (PARTS): understanding and sympathy, the objective
causes, the specifics, what we did, agreement, the compensation offered, welcome back. Each
part is drafted from a template of the letter's language (TEMPLATES: zh_CN, zh_TW, en; data,
not code) filled with the complaint's facts; the person edits any part and saves it with the
complaint (`Complaint.letter_parts`, JSON), with the optimistic version check. A part whose
facts are missing (no compensation offered) gets its template's sentence for that case.

Who may: whoever sees the complaint (`guard.complaint`).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from ...models.aftersale import Complaint
from ...models.db import utcnow, write_transaction
from ..common.acting import Person, rule
from ..common.checks import refuse
from ..common.errors import FieldError
from ..common.formats import date_text, money_text
from ..common.locking import versioned_update
from ..common.settings import (
    OFFICE_ADDRESS,
    OFFICE_LOGO,
    OFFICE_NAME,
    OFFICE_PHONE,
    read_setting,
    write_setting,
)
from ..common.validation import check_choice, check_id, check_typed_text, check_version
from ..office import audit
from ..people.policy import guard
from ..visits.standards import office_timezone
from . import deadline
from .complaints import CAUSES, ComplaintRecord, load_complaint

PARTS = ("sympathy", "causes", "specifics", "actions", "agreement", "compensation", "welcome")
LANGUAGES = ("zh_CN", "zh_TW", "en")

# Per language: the salutation, each part's template ({name} fields below), the part used
# when there is no compensation, the closing and the subject. Fields: customer, contact,
# received (a date), description, cause, steps, resolution, compensation, amount, office.
TEMPLATES: dict[str, dict[str, str]] = {
    "zh_CN": {
        "salutation": "尊敬的{contact}：",
        "subject": "关于您{received}反映问题的回复",
        "sympathy": "感谢您{received}把遇到的问题告诉我们。给您带来的不便和烦恼，我们深感抱歉，"
        "完全理解您当时的心情。",
        "causes": "经过认真调查，问题的原因在于：{cause}。这是我们工作中的疏漏，责任在我们。",
        "specifics": "您反映的情况是：{description}",
        "actions": "我们已采取以下措施：{steps}{resolution}",
        "agreement": "我们与您确认了上述处理方案，并将改进相关流程，避免类似问题再次发生。",
        "compensation": "为表歉意，我们愿向您提供：{compensation}{amount}。",
        "no_compensation": "如您对处理结果还有任何要求，请随时告诉我们，我们一定认真考虑。",
        "welcome": "再次感谢您的理解与支持。我们珍惜与{customer}的合作，期待继续为您服务，"
        "欢迎随时与我们联系。",
        "closing": "此致\n敬礼",
        "amount": "（价值 {money}）",
    },
    "zh_TW": {
        "salutation": "敬愛的{contact}：",
        "subject": "關於您{received}反映問題的回覆",
        "sympathy": "感謝您{received}將遇到的問題告訴我們。造成您的不便與困擾，我們深感抱歉，"
        "完全能體會您當時的心情。",
        "causes": "經過仔細調查，問題的原因在於：{cause}。這是我們工作上的疏失，責任在我們。",
        "specifics": "您反映的情況是：{description}",
        "actions": "我們已採取以下措施：{steps}{resolution}",
        "agreement": "我們已與您確認上述處理方案，並將改善相關流程，避免類似問題再次發生。",
        "compensation": "為表歉意，我們願意提供：{compensation}{amount}。",
        "no_compensation": "如您對處理結果還有任何需求，歡迎隨時告訴我們，我們一定認真考量。",
        "welcome": "再次感謝您的體諒與支持。我們珍惜與{customer}的合作，期待繼續為您服務，"
        "歡迎隨時與我們聯繫。",
        "closing": "敬祝\n商祺",
        "amount": "（價值 {money}）",
    },
    "en": {
        "salutation": "Dear {contact},",
        "subject": "Our reply to the matter you raised on {received}",
        "sympathy": "Thank you for telling us on {received} about the problem you met. We are "
        "sincerely sorry for the trouble it caused you, and we understand how you felt.",
        "causes": "We have looked into it carefully. The cause was: {cause}. The fault was ours.",
        "specifics": "What you told us: {description}",
        "actions": "What we have done: {steps} {resolution}",
        "agreement": "We have agreed this solution with you, and we are changing how we work "
        "so that it does not happen again.",
        "compensation": "As an apology we would like to offer you: {compensation}{amount}.",
        "no_compensation": "If there is anything more you would like from us, please tell us: "
        "we will give it every consideration.",
        "welcome": "Thank you again for your understanding. We value our work with {customer} "
        "and look forward to serving you again; you are always welcome to contact us.",
        "closing": "Yours sincerely,",
        "amount": " (worth {money})",
    },
}
# The cause's label in each language (the complaint's own cause note wins when typed).
CAUSE_WORDS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "inattention": "我们对您关心不够、回应不及时",
        "not_heard": "我们没有认真倾听您的意见",
        "friend_opinion": "您从朋友处听到了对我们的负面评价，而我们没有及时说明",
        "misinformation": "我们提供的信息有误，造成了误解",
        "disappointment": "我们的产品和服务没有达到您的期望",
        "other": "我们的工作有不到位之处",
    },
    "zh_TW": {
        "inattention": "我們對您關心不夠、回應不夠即時",
        "not_heard": "我們沒有認真傾聽您的意見",
        "friend_opinion": "您從朋友處聽到了對我們的負面評價，而我們沒有及時說明",
        "misinformation": "我們提供的資訊有誤，造成了誤解",
        "disappointment": "我們的產品與服務沒有達到您的期望",
        "other": "我們的工作有不周之處",
    },
    "en": {
        "inattention": "we did not look after you and answer you in time",
        "not_heard": "we did not listen to you properly",
        "friend_opinion": "you heard a poor opinion of us and we did not explain in time",
        "misinformation": "we gave you wrong information, which led to a misunderstanding",
        "disappointment": "our product and service fell short of what you expected",
        "other": "our work fell short",
    },
}
DEAR_CUSTOMER = {"zh_CN": "客户", "zh_TW": "客戶", "en": "Customer"}
assert set(CAUSE_WORDS["en"]) == {code for code, _ in CAUSES}


@dataclass(frozen=True)
class Letter:
    """A reply letter: its language, its parts in PARTS order, and the complaint's version
    (to save against). `saved` False: a fresh draft nobody stored yet."""

    complaint_id: int
    language: str
    parts: tuple[tuple[str, str], ...]
    salutation: str
    subject: str
    closing: str
    office: str
    office_address: str
    office_phone: str
    recipient: str  # the customer's name (and company)
    signer: str  # the handler's name
    letter_date: dt.date
    version: int
    saved: bool

    def part(self, name: str) -> str:
        return dict(self.parts).get(name, "")


@rule
def fill(template: str, facts: dict[str, str]) -> str:
    """A template with its {fields} filled (an unknown field stays as typed)."""
    out = template
    for name, value in facts.items():
        out = out.replace("{" + name + "}", value)
    return " ".join(out.split(" ")).strip()


def _facts(r: ComplaintRecord, language: str, zone: str) -> dict[str, str]:
    received_local = deadline.local_of(r.received_at, zone)
    words = CAUSE_WORDS[language]
    cause = str(r.cause_note).strip() or words.get(str(r.cause), words["other"])
    sep = "" if language != "en" else " "

    def sentence(text: str) -> str:
        text = text.strip()
        if not text:
            return ""
        if text[-1] in "。.！!？?":
            return text
        return text + ("." if language == "en" else "。")

    amount = r.compensation_amount
    money = money_text(amount) if amount else ""
    amount_text = fill(TEMPLATES[language]["amount"], {"money": money}) if money else ""
    compensation = str(r.compensation).strip().rstrip("。.")
    return {
        "customer": str(r.customer_name),
        "contact": str(r.contact_name or r.customer_name),
        "received": date_text(received_local.date(), language),
        "description": sentence(str(r.description)),
        "cause": cause.rstrip("。."),
        "steps": sentence(str(r.steps)) + sep,
        "resolution": sentence(str(r.resolution)),
        "compensation": compensation,
        "amount": amount_text,
    }


def _letter(actor: Person, complaint_id: int, language: str, stored: bool) -> Letter:
    record = load_complaint(actor, complaint_id)
    zone = office_timezone(actor)
    template = TEMPLATES[language]
    facts = _facts(record, language, zone)
    parts: list[tuple[str, str]] = []
    saved_parts: dict[str, str] = {}
    if stored and record.has_letter:
        row = Complaint.get_by_id(complaint_id)
        try:
            loaded = json.loads(row.letter_parts)
            saved_parts = (
                {str(k): str(v) for k, v in loaded.items()} if isinstance(loaded, dict) else {}
            )
        except json.JSONDecodeError:
            saved_parts = {}
    for name in PARTS:
        if name in saved_parts:
            parts.append((name, saved_parts[name]))
            continue
        key = name
        if name == "compensation" and not (facts["compensation"] or facts["amount"]):
            key = "no_compensation"
        if name == "actions" and not (facts["steps"].strip() or facts["resolution"]):
            parts.append((name, ""))
            continue
        parts.append((name, fill(template[key], facts)))
    recipient = record.customer_name
    return Letter(
        complaint_id=record.id,
        language=language,
        parts=tuple(parts),
        salutation=fill(template["salutation"], facts),
        subject=fill(template["subject"], facts),
        closing=template["closing"],
        office=str(read_setting(OFFICE_NAME)),
        office_address=str(read_setting(OFFICE_ADDRESS)),
        office_phone=str(read_setting(OFFICE_PHONE)),
        recipient=recipient,
        signer=record.handler_name,
        letter_date=deadline.local_of(utcnow(), zone).date(),
        version=record.version,
        saved=bool(saved_parts),
    )


@guard.complaint()
def draft_letter(actor: Person, complaint_id: int, language: str) -> Letter:
    """A fresh draft of the reply in `language` (zh_CN, zh_TW, en) from the complaint."""
    refuse([check_id("complaint_id", complaint_id), check_choice("language", language, LANGUAGES)])
    return _letter(actor, complaint_id, language, stored=False)


@guard.complaint()
def letter_of(actor: Person, complaint_id: int, language: str = "") -> Letter:
    """The saved letter (its own language), or a fresh draft in `language` (default zh_CN)."""
    refuse([check_id("complaint_id", complaint_id)])
    row = Complaint.get_or_none(Complaint.id == complaint_id)
    saved_language = str(row.letter_language) if row is not None else ""
    if row is not None and row.letter_parts and saved_language in LANGUAGES:
        if not language or language == saved_language:
            return _letter(actor, complaint_id, saved_language, stored=True)
    wanted = language or "zh_CN"
    refuse([check_choice("language", wanted, LANGUAGES)])
    return _letter(actor, complaint_id, wanted, stored=False)


@guard.complaint()
def save_letter(
    actor: Person, complaint_id: int, language: str, parts: dict[str, str], version: int
) -> Letter:
    """Keep the letter's parts with the complaint (ConflictError when the complaint changed
    since `version` was read)."""
    errors: list[FieldError | None] = [
        check_id("complaint_id", complaint_id),
        check_choice("language", language, LANGUAGES),
        check_version("version", version),
    ]
    if not isinstance(parts, dict):
        errors.append(FieldError("parts", "type", {"value": type(parts).__name__}))
    else:
        errors += [
            FieldError(f"parts.{k}", "choice", {"value": k}) for k in parts if k not in PARTS
        ]
        errors += [check_typed_text(f"parts.{k}", v, 4000, True) for k, v in parts.items()]
    refuse(errors)
    text = json.dumps({k: parts.get(k, "").strip() for k in PARTS}, ensure_ascii=False)
    with write_transaction():
        before = audit.snapshot(Complaint, complaint_id, ("letter_language", "letter_parts"))
        versioned_update(
            Complaint,
            "complaint",
            complaint_id,
            version,
            {"letter_language": language, "letter_parts": text},
        )
        audit.record_change(
            actor, audit.Action.CHANGE, audit.Entity.COMPLAINT.value, Complaint, complaint_id,
            before, order=("letter_language", "letter_parts"),
        )  # fmt: skip
    return _letter(actor, complaint_id, language, stored=True)


@guard.complaint()
def keep_printed(actor: Person, complaint_id: int, pdf: bytes) -> None:
    """Keep the PDF last printed with the complaint (no version bump: printing is no edit)."""
    refuse([check_id("complaint_id", complaint_id)])
    if not isinstance(pdf, bytes) or not pdf.startswith(b"%PDF"):
        refuse([FieldError("pdf", "type", {"value": type(pdf).__name__})])
    with write_transaction():
        Complaint.update(letter_pdf=pdf, letter_printed_at=utcnow()).where(
            Complaint.id == complaint_id
        ).execute()


# ---------------------------------------------------------------- the letterhead

LOGO_LIMIT = 1024 * 1024  # bytes of the image itself
_IMAGE_HEADS = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


@dataclass(frozen=True)
class Letterhead:
    name: str
    address: str
    phone: str
    logo: bytes  # b"": none


@guard.anyone
def letterhead(actor: Person) -> Letterhead:
    """The office's letterhead as every letter prints it."""
    import base64

    text = str(read_setting(OFFICE_LOGO) or "")
    try:
        logo = base64.b64decode(text, validate=True) if text else b""
    except ValueError:
        logo = b""
    return Letterhead(
        name=str(read_setting(OFFICE_NAME)),
        address=str(read_setting(OFFICE_ADDRESS)),
        phone=str(read_setting(OFFICE_PHONE)),
        logo=logo,
    )


@guard.office
def set_letterhead(actor: Person, name: str, address: str, phone: str, logo: bytes) -> Letterhead:
    """Store the letterhead: the office's name (required), address, phone and logo (a PNG or
    JPEG of at most 1 MB; b"" for none). Errors name the field; nothing is written then."""
    import base64

    errors: list[FieldError | None] = [
        check_typed_text("name", name, 100, False, required=True),
        check_typed_text("address", address, 300, False),
        check_typed_text("phone", phone, 60, False),
    ]
    if not isinstance(logo, bytes):
        errors.append(FieldError("logo", "type", {"value": type(logo).__name__}))
    elif logo and not logo.startswith(_IMAGE_HEADS):
        errors.append(FieldError("logo", "image"))
    elif len(logo) > LOGO_LIMIT:
        errors.append(FieldError("logo", "too_long", {"length": len(logo), "limit": LOGO_LIMIT}))
    refuse(errors)
    with write_transaction():
        write_setting(OFFICE_NAME, name.strip())
        write_setting(OFFICE_ADDRESS, address.strip())
        write_setting(OFFICE_PHONE, phone.strip())
        write_setting(OFFICE_LOGO, base64.b64encode(logo).decode("ascii") if logo else "")
    return letterhead(actor)
