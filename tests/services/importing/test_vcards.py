"""vCard files as phones write them (issue 11, item 2), on fixtures encoded here."""

from __future__ import annotations

import base64
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_crm.services.importing.values import clean_text
from desktop_crm.services.importing.vcards import (
    Card,
    CardPhone,
    PhoneKind,
    read_vcards,
    write_vcards,
)

CRLF = b"\r\n"


def _qp(text: str, charset: str, per_line: int = 8) -> bytes:
    """Quoted-printable as Android writes it: every byte =XX, soft line breaks ("=" CRLF) every
    few bytes, so a break falls inside a multibyte character."""
    encoded = [f"={b:02X}".encode() for b in text.encode(charset)]
    chunks = [b"".join(encoded[i : i + per_line]) for i in range(0, len(encoded), per_line)]
    return b"=\r\n".join(chunks)


def _lines(*parts: bytes) -> bytes:
    return CRLF.join(parts) + CRLF


def test_android_vcard_21_in_quoted_printable_gbk_with_soft_line_breaks() -> None:
    qp = "CHARSET=GB2312;ENCODING=QUOTED-PRINTABLE"
    data = _lines(
        b"BEGIN:VCARD",
        b"VERSION:2.1",
        b"N;" + qp.encode() + b":" + _qp("张", "gbk") + b";" + _qp("伟", "gbk") + b";;;",
        b"FN;" + qp.encode() + b":" + _qp("张伟", "gbk"),
        b"ORG;" + qp.encode() + b":" + _qp("深圳市华强电子有限公司", "gbk"),
        b"TITLE;" + qp.encode() + b":" + _qp("采购经理", "gbk"),
        b"TEL;CELL;VOICE:138-0013-8000",
        b"TEL;WORK:0755-61234567",
        b"TEL;FAX:0755-61234568",
        b"EMAIL;INTERNET:zhang.wei@example.cn",
        b"ADR;WORK;"
        + qp.encode()
        + b":;;"
        + _qp("南山区科技园路1号", "gbk")
        + b";"
        + _qp("深圳市", "gbk")
        + b";"
        + _qp("广东省", "gbk")
        + b";518000;"
        + _qp("中国", "gbk"),
        b"NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=GBK:"
        + _qp("老客户，喜欢喝茶\n周三下午方便", "gbk"),
        b"BDAY:1985-04-12",
        b"PHOTO;ENCODING=BASE64;JPEG:" + base64.b64encode(b"\xff\xd8\xff" + bytes(300))[:60],
        b"  " + base64.b64encode(bytes(200))[:70],
        b"  " + base64.b64encode(bytes(200))[:70],
        b"",
        b"END:VCARD",
    )
    (card,) = read_vcards(data)
    assert card.problem == ""
    assert card.name == "张伟"
    assert card.company == "深圳市华强电子有限公司"
    assert card.title == "采购经理"
    assert card.phones == (
        CardPhone("138-0013-8000", "cell"),
        CardPhone("0755-61234567", "work"),
        CardPhone("0755-61234568", "fax"),
    )
    assert card.emails == ("zhang.wei@example.cn",)
    assert card.address == "广东省深圳市南山区科技园路1号"
    assert card.note == "老客户，喜欢喝茶\n周三下午方便"
    assert card.birthday == dt.date(1985, 4, 12)


def test_quoted_printable_without_a_charset_in_utf8_or_gb18030() -> None:
    data = _lines(
        b"BEGIN:VCARD",
        b"VERSION:2.1",
        b"FN;ENCODING=QUOTED-PRINTABLE:" + _qp("王小明", "utf-8"),
        b"ORG;QUOTED-PRINTABLE:" + _qp("北京某某科技", "gb18030"),
        b"TITLE:" + "销售总监".encode("gbk"),  # 8-bit GBK, nothing declared
        b"END:VCARD",
    )
    (card,) = read_vcards(data)
    assert (card.name, card.company, card.title) == ("王小明", "北京某某科技", "销售总监")


def test_outlook_8bit_charsets_gb2312_and_big5() -> None:
    data = _lines(
        b"BEGIN:VCARD",
        b"VERSION:2.1",
        b"N;LANGUAGE=zh-cn;CHARSET=gb2312:" + "赵;敏".encode("gbk"),
        b"FN;CHARSET=gb2312:" + "赵敏".encode("gbk"),
        b"ORG;CHARSET=GB2312:" + "镕基实业".encode("gbk"),  # 镕 is GBK, not GB2312
        b"END:VCARD",
        b"BEGIN:VCARD",
        b"VERSION:2.1",
        b"FN;CHARSET=BIG5;ENCODING=QUOTED-PRINTABLE:" + _qp("陳美玲", "big5"),
        b"ADR;CHARSET=BIG5:;;" + "信義路五段7號;臺北市;;110".encode("big5"),
        b"END:VCARD",
    )
    zhao, chen = read_vcards(data)
    assert (zhao.name, zhao.company) == ("赵敏", "镕基实业")
    assert (chen.name, chen.address) == ("陳美玲", "臺北市信義路五段7號")


def test_ios_vcard_30_with_groups_and_a_photo() -> None:
    photo = base64.b64encode(b"\x89PNG\r\n" + bytes(400)).decode()
    folded_photo = "\r\n ".join(photo[i : i + 74] for i in range(0, len(photo), 74))
    text = "\r\n".join(
        [
            "BEGIN:VCARD",
            "VERSION:3.0",
            "PRODID:-//Apple Inc.//iPhone OS 17.0//EN",
            "N:李;娜;;;",
            "FN:李娜",
            "ORG:上海云帆贸易有限公司;销售部",
            "TITLE:总经理",
            "item1.TEL;type=pref:+86 21 6123 4567",
            "item1.X-ABLabel:总机",
            "TEL;type=CELL;type=VOICE;type=pref:+86 139 1234 5678",
            "TEL;TYPE=HOME,VOICE:021-5555 6666",
            "item2.EMAIL;type=INTERNET;type=pref:lina@example.com",
            "item2.X-ABLabel:_$!<Other>!$_",
            "item3.ADR;type=WORK;type=pref:;;浦东新区世纪大道100号;上海市;上海市;200120;中国",
            "item3.X-ABADR:cn",
            "NOTE:第一次见面在展会\\, 带了样品\\n下次带报价单",
            "PHOTO;ENCODING=b;TYPE=JPEG:" + folded_photo,
            "BDAY;value=date:1990-07-01",
            "END:VCARD",
            "",
        ]
    )
    (card,) = read_vcards(text.encode("utf-8"))
    assert card.name == "李娜"
    assert card.company == "上海云帆贸易有限公司 销售部"
    assert [p.kind for p in card.phones] == ["", "cell", "home"]
    assert card.phones[0].number == "+86 21 6123 4567"
    assert card.emails == ("lina@example.com",)
    assert card.address == "上海市上海市浦东新区世纪大道100号"
    assert card.note == "第一次见面在展会, 带了样品\n下次带报价单"
    assert card.birthday == dt.date(1990, 7, 1)


def test_vcard_40() -> None:
    text = "\r\n".join(
        [
            "BEGIN:VCARD",
            "VERSION:4.0",
            "FN:Anna Müller",
            "N:Müller;Anna;;;",
            'TEL;VALUE=uri;TYPE="cell,voice":tel:+49-170-1234567',
            "TEL;VALUE=uri;TYPE=work:tel:+86-10-6123-4567",
            "EMAIL;TYPE=work:anna@example.de",
            "ADR;TYPE=work:;;Hauptstraße 5;Berlin;;10115;Germany",
            "BDAY:--0412",
            "ORG:Example GmbH",
            "END:VCARD",
            "",
        ]
    )
    (card,) = read_vcards(text.encode())
    assert card.name == "Anna Müller"
    assert card.phones == (
        CardPhone("+49-170-1234567", "cell"),
        CardPhone("+86-10-6123-4567", "work"),
    )
    assert card.emails == ("anna@example.de",)
    assert card.address == "Hauptstraße 5, Berlin, 10115, Germany"
    assert card.birthday is None  # a birthday without its year
    assert card.company == "Example GmbH"


def test_a_card_without_version_or_fn_takes_its_name_from_n() -> None:
    data = _lines(
        b"BEGIN:VCARD",
        "N:陈;建国;;;".encode(),
        b"TEL:13912345678",
        b"END:VCARD",
        b"BEGIN:VCARD",
        b"N:Smith;John;;;",
        b"END:VCARD",
        b"BEGIN:VCARD",
        b"ORG:Only A Company",
        b"END:VCARD",
    )
    chen, smith, company = read_vcards(data)
    assert (chen.name, chen.phones) == ("陈建国", (CardPhone("13912345678"),))
    assert smith.name == "John Smith"
    assert (company.name, company.company, company.problem) == ("", "Only A Company", "")


def test_a_chinese_fn_wins_over_an_n_with_the_surname_in_the_given_slot() -> None:
    data = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;刘德华;;;\r\nFN:刘德华\r\nEND:VCARD\r\n".encode()
    assert read_vcards(data)[0].name == "刘德华"
    data = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;刘德华;;;\r\nEND:VCARD\r\n".encode()
    assert read_vcards(data)[0].name == "刘德华"


def test_a_fold_that_splits_a_utf8_character() -> None:
    name = "欧阳娜娜".encode()
    note = ("很长的备注" * 10).encode()
    data = _lines(
        b"BEGIN:VCARD",
        b"VERSION:3.0",
        b"FN:" + name[:4],  # 欧 and the first byte of 阳
        b" " + name[4:],
        b"NOTE:" + note[:73],
        b"\t" + note[73:101],
        b" " + note[101:],
        b"END:VCARD",
    )
    (card,) = read_vcards(data)
    assert card.name == "欧阳娜娜"
    assert card.note == "很长的备注" * 10


def test_several_cards_with_a_broken_one_in_the_middle() -> None:
    data = _lines(
        b"BEGIN:VCARD",
        b"VERSION:3.0",
        b"FN:First",
        b"END:VCARD",
        b"BEGIN:VCARD",
        b"VERSION:3.0",
        b"FN:Second",
        b"this line is no property",
        b"END:VCARD",
        b"BEGIN:VCARD",
        b"VERSION:3.0",
        b"FN:Third",
        b"BEGIN:VCARD",  # the third never ends
        b"VERSION:3.0",
        b"FN:Fourth",
        b"END:VCARD",
    )
    cards = read_vcards(data)
    assert [(c.index, c.name) for c in cards] == [(0, "First"), (1, ""), (2, ""), (3, "Fourth")]
    assert cards[0].problem == "" and cards[3].problem == ""
    assert "not a property" in cards[1].problem
    assert "END:VCARD" in cards[2].problem


def test_a_card_vobject_cannot_read_is_reported() -> None:
    data = _lines(
        b"BEGIN:VCARD", b"FN:Good", b"END:VCARD",
        b"BEGIN:VCARD", b"FN:Bad", b"BDAY;VALUE=date-time:1985-04-12", b'TEL;TYPE="cell:138', b"END:VCARD",
        b"BEGIN:VCARD", b"FN:Also good", b"END:VCARD",
    )  # fmt: skip
    cards = read_vcards(data)
    assert [(c.name, bool(c.problem)) for c in cards] == [
        ("Good", False),
        ("", True),
        ("Also good", False),
    ]
    assert 'TEL;TYPE="cell:138' in cards[1].problem


def test_embedded_agent_cards_are_skipped() -> None:
    data = _lines(
        b"BEGIN:VCARD",
        b"VERSION:2.1",
        b"FN:Boss",
        b"AGENT:",
        b"BEGIN:VCARD",
        b"VERSION:2.1",
        b"FN:Assistant",
        b"TEL:13800000000",
        b"END:VCARD",
        b"TEL;WORK:02161234567",
        b"END:VCARD",
        b"BEGIN:VCARD",
        b"VERSION:3.0",
        b"FN:Other",
        b"AGENT:BEGIN:VCARD\\nFN:Inline\\nEND:VCARD",
        b"END:VCARD",
    )
    boss, other = read_vcards(data)
    assert (boss.name, boss.phones) == ("Boss", (CardPhone("02161234567", "work"),))
    assert (other.name, other.problem) == ("Other", "")


def test_utf16_and_bom_and_bare_newlines() -> None:
    text = "BEGIN:VCARD\nVERSION:3.0\nFN:周杰\nEND:VCARD\n"
    for data in (
        text.encode("utf-16"),
        b"\xef\xbb\xbf" + text.encode(),
        text.encode().replace(b"\n", b"\r"),
    ):
        assert [c.name for c in read_vcards(data)] == ["周杰"]
    assert read_vcards(b"") == []


def test_write_21_for_old_phones_is_quoted_printable_utf8() -> None:
    card = Card(
        index=0,
        name="张伟",
        company="华强电子",
        phones=(CardPhone("13800138000", "cell"),),
        note="很长" * 40,
    )
    data = write_vcards([card], version="2.1")
    assert b"VERSION:2.1" in data
    assert b"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0=E4=BC=9F" in data
    assert b"TEL;CELL:13800138000" in data
    assert all(len(line) <= 76 for line in data.split(CRLF))
    assert read_vcards(data) == [card]
    noted = Card(index=0, name="Li Na", note="line one\nline two; three, four")
    data = write_vcards([noted], version="2.1")
    assert b"=0D=0A" in data and b"N:Na;Li;;;" in data
    assert read_vcards(data) == [noted]


def test_write_30_folds_long_lines_at_whole_characters() -> None:
    card = Card(
        index=0,
        name="长" * 60,
        emails=("a@b.cn",),
        address="广东省深圳市南山区",
        birthday=dt.date(1980, 1, 2),
    )
    data = write_vcards([card])
    assert all(len(line) <= 75 for line in data.split(CRLF))
    for line in data.split(CRLF):
        line.decode("utf-8")  # never a split character
    assert read_vcards(data) == [card]


_KINDS: list[PhoneKind] = ["", "cell", "work", "home", "fax"]
_ALPHABET = st.sampled_from(list("张王李赵陈刘欧阳娜伟華強abcXYZ019 ,;:\\=.-@()'\"é€"))
_TEXT = st.text(_ALPHABET, max_size=40).map(clean_text)


@st.composite
def _cards(draw: st.DrawFn) -> list[Card]:
    cards = []
    for index in range(draw(st.integers(min_value=1, max_value=4))):
        name = draw(_TEXT.filter(bool))
        note_lines = draw(st.lists(_TEXT.filter(bool), max_size=3))
        cards.append(
            Card(
                index=index,
                name=name,
                company=draw(_TEXT),
                title=draw(_TEXT),
                phones=tuple(
                    CardPhone(draw(st.from_regex(r"\+?[0-9]{3,15}", fullmatch=True)), kind)
                    for kind in draw(st.lists(st.sampled_from(_KINDS), max_size=3))
                ),
                emails=tuple(
                    draw(
                        st.lists(
                            st.from_regex(r"[a-z0-9.]{1,10}@[a-z]{1,8}\.cn", fullmatch=True),
                            max_size=2,
                        )
                    )
                ),
                address=draw(_TEXT),
                birthday=draw(st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))),
                note="\n".join(note_lines),
            )
        )
    return cards


@settings(max_examples=150, deadline=None)
@given(_cards(), st.sampled_from(["3.0", "2.1"]))
def test_written_cards_read_back_the_same(cards: list[Card], version: str) -> None:
    assert read_vcards(write_vcards(cards, version=version)) == cards  # type: ignore[arg-type]


_SAMPLE = write_vcards(
    [
        Card(index=0, name="张伟", phones=(CardPhone("13800138000", "cell"),), note="备注\n第二行"),
        Card(index=1, name="Li Na", company="华强", address="广东省深圳市"),
    ],
    version="2.1",
)


@settings(max_examples=200, deadline=None)
@given(
    st.binary(max_size=400)
    | st.builds(
        lambda cut, junk: _SAMPLE[:cut] + junk + _SAMPLE[cut:],
        st.integers(0, len(_SAMPLE)),
        st.binary(max_size=20),
    )
)
def test_any_bytes_give_cards_or_problems_never_an_exception(data: bytes) -> None:
    for index, card in enumerate(read_vcards(data)):
        assert card.index == index
        assert isinstance(card.problem, str)
