"""The customer service on SQLite and PostgreSQL: save, validate, conflicts, search, trash."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop_crm.models.core import Contact, Customer, Deal, User
from desktop_crm.services import customers as cs
from desktop_crm.services.common.errors import ConflictError, ValidationFailed
from desktop_crm.services.context import AppContext
from desktop_crm.services.people.users import add_user


def _new(ctx: AppContext, name: str, **values: object) -> cs.CustomerRecord:
    return cs.save_customer(ctx.user, cs.CustomerDraft(values={"name": name, **values}))


def test_save_with_contacts_and_deals_and_read_back(ctx: AppContext) -> None:
    rep = add_user(ctx.user, "王建国")
    draft = cs.CustomerDraft(
        values={
            "name": "张三",
            "company": "上海华兴贸易有限公司",
            "email": "zs@hx.cn",
            "founded_on": "2001-05-04",
            "assets": "1,200,000.5",
            "fiscal_year_start": "4-1",
            "priority_delivery": True,
            "key_category": "key",
            "city": "上海",
        },
        owner_rep_id=rep.id,
        contacts=[
            cs.ContactDraft(name="赵六", role="buyer", influence="high", phone="13800138000")
        ],
        deals=[
            cs.DealDraft(date="2025-01-10", products="液压油", amount="3500"),
            cs.DealDraft(date="2025-03-02", products="齿轮油", amount="1500.25"),
        ],
    )
    record = cs.save_customer(ctx.user, draft)
    stored = Customer.get_by_id(record.id)
    assert stored.company == "上海华兴贸易有限公司"
    assert stored.founded_on == dt.date(2001, 5, 4)
    assert Decimal(stored.assets) == Decimal("1200000.50")
    assert stored.fiscal_year_start == "04-01"
    assert stored.priority_delivery is True
    assert stored.owner_rep_id == rep.id
    assert [(c.name, c.role) for c in Contact.select()] == [("赵六", "buyer")]
    assert sorted(Decimal(d.amount) for d in Deal.select()) == [
        Decimal("1500.25"),
        Decimal("3500.00"),
    ]
    totals = cs.record_totals(cs.load_customer(ctx.user, record.id))
    assert totals == cs.DealTotals(2, Decimal("5000.25"), Decimal("2500.13"), dt.date(2025, 3, 2))


def test_editing_children_replaces_removed_rows(ctx: AppContext) -> None:
    record = cs.save_customer(
        ctx.user,
        cs.CustomerDraft(
            values={"name": "李四"},
            contacts=[cs.ContactDraft(name="甲"), cs.ContactDraft(name="乙")],
            deals=[cs.DealDraft(date="2025-01-01", amount="10")],
        ),
    )
    keep = record.contacts[1]
    updated = cs.save_customer(
        ctx.user,
        cs.CustomerDraft(
            values={"name": "李四"},
            id=record.id,
            version=record.version,
            contacts=[cs.ContactDraft(name="乙二", id=keep.id)],
            deals=[],
        ),
    )
    assert [(c.id, c.name) for c in updated.contacts] == [(keep.id, "乙二")]
    assert Deal.select().count() == 0
    assert updated.version == record.version + 1


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("email", "not-an-email", "email"),
        ("founded_on", "2025-02-30", "date"),
        ("name", "", "required"),
        ("name", "名" * 101, "too_long"),
        ("company", "abc\x00def", "control_char"),
        ("assets", "12abc", "money"),
        ("phone", "call me", "phone"),
        ("fiscal_year_end", "13-01", "monthday"),
        ("key_category", "vip", "choice"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_saved(
    ctx: AppContext, field: str, value: str, code: str
) -> None:
    values = {"name": "王五", field: value}
    with pytest.raises(ValidationFailed) as caught:
        cs.save_customer(ctx.user, cs.CustomerDraft(values=values))
    assert caught.value.for_field(field) is not None
    assert caught.value.for_field(field).code == code
    assert Customer.select().count() == 0


def test_bad_child_rows_name_their_row(ctx: AppContext) -> None:
    draft = cs.CustomerDraft(
        values={"name": "王五"},
        contacts=[cs.ContactDraft(name="甲"), cs.ContactDraft(name="乙", email="x@")],
        deals=[cs.DealDraft(date="2025-02-30", amount="1e999")],
    )
    with pytest.raises(ValidationFailed) as caught:
        cs.save_customer(ctx.user, draft)
    assert {e.field for e in caught.value.errors} == {
        "contacts.1.email",
        "deals.0.date",
        "deals.0.amount",
    }
    assert Customer.select().count() == Contact.select().count() == 0


@pytest.mark.parametrize(
    "text",
    ["Robert'); DROP TABLE customer;--", "😀 客户 🎉", "100% _under_ \\back", "  spaced  "],
)
def test_awkward_text_is_stored_exactly(ctx: AppContext, text: str) -> None:
    record = _new(ctx, "测试", company=text)
    assert Customer.get_by_id(record.id).company == text.strip()
    assert [
        r.id for r in cs.find_customers(ctx.user, cs.CustomerFilter(text=text.strip()[:6]))
    ] == [record.id]


def test_stale_version_is_refused_and_keeps_the_first_save(ctx: AppContext) -> None:
    record = _new(ctx, "张三", company="甲公司")
    mine = cs.CustomerDraft(values={"company": "乙公司"}, id=record.id, version=record.version)
    theirs = cs.CustomerDraft(values={"company": "丙公司"}, id=record.id, version=record.version)
    cs.save_customer(ctx.user, mine)
    with pytest.raises(ConflictError) as caught:
        cs.save_customer(ctx.user, theirs)
    assert (caught.value.our_version, caught.value.their_version) == (1, 2)
    assert Customer.get_by_id(record.id).company == "乙公司"
    cs.save_customer(ctx.user, theirs, force=True)
    assert Customer.get_by_id(record.id).company == "丙公司"


def test_saving_a_purged_customer_is_a_conflict(ctx: AppContext) -> None:
    record = _new(ctx, "张三")
    cs.move_to_trash(ctx.user, [record.id])
    cs.purge_trash(ctx.user)
    with pytest.raises(ConflictError) as caught:
        cs.save_customer(
            ctx.user,
            cs.CustomerDraft(values={"company": "x"}, id=record.id, version=record.version),
        )
    assert caught.value.their_version is None


def test_search_matches_chinese_substrings_contacts_and_phones(ctx: AppContext) -> None:
    a = cs.save_customer(
        ctx.user,
        cs.CustomerDraft(
            values={"name": "张三", "company": "上海华兴贸易", "mobile": "138 0013 8000"},
            contacts=[cs.ContactDraft(name="欧阳娜娜")],
        ),
    )
    b = _new(ctx, "张三丰", company="Wudang Trading Co")
    _new(ctx, "李四", company="北京张家口物流")

    def ids(text: str) -> list[int]:
        return [r.id for r in cs.find_customers(ctx.user, cs.CustomerFilter(text=text))]

    assert ids("张三") == [a.id, b.id]  # two characters: no trigram needed
    assert len(ids("张")) == 3
    assert ids("欧阳") == [a.id]  # a contact's name
    assert ids("华兴") == [a.id]
    assert ids("wudang") == [b.id]  # case-insensitive Latin
    assert ids("13800138000") == [a.id]  # digits without the spaces
    assert ids("王") == []
    assert cs.count_customers(ctx.user, cs.CustomerFilter(text="张")) == 3


def test_filters_by_rep_tier_city_and_sorting(ctx: AppContext) -> None:
    wang, li = add_user(ctx.user, "王建国"), add_user(ctx.user, "李晓梅")
    x = cs.save_customer(
        ctx.user, cs.CustomerDraft(values={"name": "乙", "city": "上海"}, owner_rep_id=wang.id)
    )
    y = cs.save_customer(
        ctx.user,
        cs.CustomerDraft(
            values={"name": "甲", "city": "北京", "tier_manual": "A", "tier_reason": "战略客户"},
            owner_rep_id=li.id,
        ),
    )
    Customer.update(tier_computed="C").where(Customer.id == x.id).execute()
    assert [r.id for r in cs.find_customers(ctx.user, cs.CustomerFilter(rep_id=wang.id))] == [x.id]
    assert [r.id for r in cs.find_customers(ctx.user, cs.CustomerFilter(tier="A"))] == [y.id]
    assert [r.id for r in cs.find_customers(ctx.user, cs.CustomerFilter(tier="C"))] == [x.id]
    assert [r.id for r in cs.find_customers(ctx.user, cs.CustomerFilter(city="北京"))] == [y.id]
    rows = cs.find_customers(ctx.user, cs.CustomerFilter(), sort="rep")
    assert [r.rep_name for r in rows] == ["李晓梅", "王建国"]
    assert rows[0].tier_is_manual and rows[0].tier == "A"
    by_city = [r.id for r in cs.find_customers(ctx.user, cs.CustomerFilter(), sort="city")]
    by_city_desc = [
        r.id for r in cs.find_customers(ctx.user, cs.CustomerFilter(), sort="city", descending=True)
    ]
    assert by_city_desc == by_city[::-1]
    assert cs.cities(ctx.user) == sorted(["上海", "北京"])


def test_paging_returns_every_row_once(ctx: AppContext) -> None:
    for i in range(25):
        _new(ctx, f"客户{i:02d}")
    seen = []
    for offset in range(0, 25, 10):
        seen += [
            r.name
            for r in cs.find_customers(ctx.user, cs.CustomerFilter(), offset=offset, limit=10)
        ]
    assert seen == [f"客户{i:02d}" for i in range(25)]


ZH_NAMES = ["朱五", "张一", "周四", "赵三", "张二"]  # by pinyin: 张二 张一 赵三 周四 朱五


@pytest.mark.parametrize("fewest", [400, 1])  # 1: each page grows its candidates ×4
def test_pages_of_a_search_follow_the_list_order_whatever_else_filters(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch, fewest: int
) -> None:
    """A search reads its page from the first matches in name order only (the fast path):
    the same rows, in the same order, as the list's order by name, page after page, both
    ways, with trashed customers and other reps' customers left out."""
    from desktop_crm.services.customers import queries

    monkeypatch.setattr(queries, "FIRST_CANDIDATES", fewest)
    rep = add_user(ctx.user, "王建国", role="rep")
    made = {
        n: cs.save_customer(
            ctx.user,
            cs.CustomerDraft(
                values={"name": n}, owner_rep_id=rep.id if n in ("张一", "周四") else None
            ),
        )
        for n in ZH_NAMES
    }
    _new(ctx, "李四")  # no "zh" in its texts

    def names(actor: object, text: str = "zh", **page: object) -> list[str]:
        found = cs.find_customers(actor, cs.CustomerFilter(text=text), **page)  # type: ignore[arg-type]
        return [r.name for r in found]

    assert names(ctx.user) == ["张二", "张一", "赵三", "周四", "朱五"]
    assert names(ctx.user, limit=2) == ["张二", "张一"]
    assert names(ctx.user, offset=2, limit=2) == ["赵三", "周四"]
    assert names(ctx.user, offset=4, limit=2) == ["朱五"]
    assert names(ctx.user, descending=True, limit=2) == ["朱五", "周四"]
    assert names(ctx.user, "zy") == ["张一"]  # initials
    assert names(ctx.user, "4") == []  # no digit in any name (the ASCII part without letters)
    cs.move_to_trash(ctx.user, [made["赵三"].id])
    assert names(ctx.user, offset=2, limit=2) == ["周四", "朱五"]
    as_rep = cs.find_customers(ctx.user, cs.CustomerFilter(text="zh", rep_id=rep.id), limit=1)
    assert [r.name for r in as_rep] == ["张一"]
    assert cs.count_customers(ctx.user, cs.CustomerFilter(text="zh")) == 4


def test_a_search_matches_mixed_latin_and_chinese_text_exactly(ctx: AppContext) -> None:
    """The texts are searched in parts (Latin, Chinese, lettered): a match still lies
    anywhere inside one field, never across a Chinese character or two fields."""
    mixed = _new(ctx, "ABC公司DEF", phone="021-5555")

    def ids(text: str) -> list[int]:
        return [r.id for r in cs.find_customers(ctx.user, cs.CustomerFilter(text=text))]

    for text in ("abc", "def", "c公", "司d", "abc公司def", "021-55", "0215555", "gongsi"):
        assert ids(text) == [mixed.id], text
    for text in ("cd", "cdef", "abcdef", "5555abc"):
        assert ids(text) == [], text


def test_the_unfiltered_first_page_by_name_walks_the_name_order(ctx: AppContext) -> None:
    from desktop_crm.models.core import CustomerSearch

    for name in ZH_NAMES:
        _new(ctx, name)
    rows = cs.find_customers(ctx.user, cs.CustomerFilter(), limit=3)
    assert [r.name for r in rows] == ["张二", "张一", "赵三"]
    rows = cs.find_customers(ctx.user, cs.CustomerFilter(), descending=True, limit=2)
    assert [r.name for r in rows] == ["朱五", "周四"]
    # A customer without its search row is still listed (then the list sorts in SQL).
    lost = Customer.get(Customer.name == "赵三").id
    CustomerSearch.delete().where(CustomerSearch.customer == lost).execute()
    listed = [r.name for r in cs.find_customers(ctx.user, cs.CustomerFilter())]
    assert sorted(listed) == sorted(ZH_NAMES)


def test_search_by_pinyin_initials_and_across_traditional_and_simplified(
    ctx: AppContext,
) -> None:
    zhang = _new(ctx, "张伟", company="臺北華利電子").id
    shan = cs.save_customer(
        ctx.user,
        cs.CustomerDraft(
            values={"name": "李娜", "company": "台北五金"},
            contacts=[cs.ContactDraft(name="曾国藩")],
        ),
    ).id
    wang = _new(ctx, "王芳", company="上海银行").id

    def found(text: str) -> set[int]:
        return {r.id for r in cs.find_customers(ctx.user, cs.CustomerFilter(text=text))}

    assert found("zw") == {zhang}  # initials
    assert found("zhangwei") == {zhang}  # full pinyin
    assert found("ZhangWei") == {zhang}
    assert found("zgf") == {shan}  # a contact's initials, surname 曾 read zeng
    assert found("zengguofan") == {shan}
    assert found("台北") == {zhang, shan}  # 臺北 stored, 台北 typed
    assert found("臺北") == {zhang, shan}  # and the other way round
    assert found("華利") == {zhang}
    assert found("yinhang") == {wang}  # 银行 read as the phrase (hang, not xing)
    assert cs.count_customers(ctx.user, cs.CustomerFilter(text="zw")) == 1
    stored = Customer.get_by_id(zhang)
    assert stored.company == "臺北華利電子"  # the stored text is never changed
    # where a match is not in a shown column, the row says where it is
    (row,) = cs.find_customers(ctx.user, cs.CustomerFilter(text="zgf"))
    assert (row.matched_field, row.matched_text) == ("contact", "曾国藩")
    (row,) = cs.find_customers(ctx.user, cs.CustomerFilter(text="zw"))
    assert row.matched_field == ""  # 张伟's own name shows the match
    mobile = _new(ctx, "赵六", phone="021-5555 0000", mobile="139 1234 5678").id
    (row,) = cs.find_customers(ctx.user, cs.CustomerFilter(text="12345678"))
    assert (row.id, row.phone, row.matched_field) == (mobile, "021-5555 0000", "mobile")
    assert row.matched_text == "139 1234 5678"


def test_position_of_follows_the_list_order(ctx: AppContext) -> None:
    from desktop_crm.services.customers.queries import position_of

    pairs = (("丙", "b"), ("甲", "c"), ("乙", "a"), ("丁", "a"))
    ids = {name: _new(ctx, name, company=company).id for name, company in pairs}
    everyone = cs.CustomerFilter()
    for sort, descending in (("name", False), ("name", True), ("company", False)):
        listed = [r.id for r in cs.find_customers(ctx.user, everyone, sort, descending)]
        # the place of each customer is its index in the page find_customers returns
        assert [position_of(ctx.user, everyone, i, sort, descending) for i in listed] == [
            0,
            1,
            2,
            3,
        ]
    assert position_of(ctx.user, cs.CustomerFilter(text="甲"), ids["甲"]) == 0
    assert position_of(ctx.user, cs.CustomerFilter(text="甲"), ids["乙"]) is None  # not listed
    with pytest.raises(ValidationFailed, match="customer_id"):
        position_of(ctx.user, everyone, "1")  # type: ignore[arg-type]


def test_trash_restore_and_purge(ctx: AppContext) -> None:
    keep, gone = _new(ctx, "甲"), _new(ctx, "乙")
    assert cs.move_to_trash(ctx.user, [gone.id]) == 1
    assert [r.id for r in cs.find_customers(ctx.user, cs.CustomerFilter())] == [keep.id]
    assert [r.id for r in cs.find_customers(ctx.user, cs.CustomerFilter(in_trash=True))] == [
        gone.id
    ]
    assert cs.restore_from_trash(ctx.user, [gone.id]) == 1
    assert cs.count_customers(ctx.user, cs.CustomerFilter()) == 2
    cs.move_to_trash(ctx.user, [gone.id])
    assert cs.purge_trash(ctx.user) == 1
    assert list(Customer.select(Customer.id).tuples()) == [(keep.id,)]


def test_reassigning_a_reps_customers_in_one_step(ctx: AppContext) -> None:
    leaving, taking = add_user(ctx.user, "离职业务员"), add_user(ctx.user, "接手业务员")
    for name in ("甲", "乙", "丙"):
        cs.save_customer(ctx.user, cs.CustomerDraft(values={"name": name}, owner_rep_id=leaving.id))
    assert cs.reassign_customers(ctx.user, leaving.id, taking.id) == 3
    assert User.get_by_id(taking.id).customers.count() == 3


def test_completeness_counts_filled_fields_and_a_contact() -> None:
    counted = [s.name for s in cs.CUSTOMER_FIELDS if s.completeness]
    empty = cs.completeness({}, contact_count=0)
    assert empty.percent == 0 and "contacts" in empty.missing
    assert len(empty.missing) == len(counted) + 1
    full = cs.completeness({name: "x" for name in counted}, contact_count=1)
    assert full == cs.Completeness(100, [])
    half = cs.completeness({name: "x" for name in counted[:10]}, contact_count=1)
    assert half.percent == round(100 * 11 / (len(counted) + 1))


def test_deal_totals_by_hand() -> None:
    totals = cs.deal_totals(
        [
            (dt.date(2025, 1, 1), Decimal("100")),
            (dt.date(2025, 6, 1), Decimal("50.50")),
            (None, None),
        ]
    )
    assert totals == cs.DealTotals(3, Decimal("150.50"), Decimal("50.17"), dt.date(2025, 6, 1))
    assert cs.deal_totals([]) == cs.DealTotals(0, Decimal("0"), Decimal("0"), None)


def test_search_sees_edits_made_after_the_first_search(ctx: AppContext) -> None:
    """The in-memory search texts catch up on every change, including renames."""
    first = _new(ctx, "欧阳修")
    assert [r.id for r in cs.find_customers(ctx.user, cs.CustomerFilter(text="欧阳"))] == [first.id]
    second = _new(ctx, "欧阳娜娜")
    cs.save_customer(
        ctx.user, cs.CustomerDraft(values={"name": "司马光"}, id=first.id, version=first.version)
    )
    assert [r.id for r in cs.find_customers(ctx.user, cs.CustomerFilter(text="欧阳"))] == [
        second.id
    ]
    assert [r.id for r in cs.find_customers(ctx.user, cs.CustomerFilter(text="司马"))] == [first.id]
    assert cs.count_customers(ctx.user, cs.CustomerFilter(text="欧阳")) == 1


def test_search_falls_back_to_sql_for_very_broad_matches(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_crm.services.customers import search_index

    for name in ("张一", "张二", "李三"):
        _new(ctx, name)
    monkeypatch.setattr(search_index, "MAX_ID_LIST", 1)
    assert search_index.matching_ids("张") is None
    assert [r.name for r in cs.find_customers(ctx.user, cs.CustomerFilter(text="张"))] == [
        "张二",  # by pinyin: zhang er before zhang yi
        "张一",
    ]
    assert cs.count_customers(ctx.user, cs.CustomerFilter(text="张")) == 2


def test_purging_a_customer_takes_its_visits_and_assessments_along(ctx: AppContext) -> None:
    from desktop_crm.models.assessments import PersonalityRating
    from desktop_crm.models.visits import Visit
    from desktop_crm.services import visits as vs
    from desktop_crm.services.analysis.personality import rate_personality

    rep = add_user(ctx.user, "王建国")
    gone = cs.save_customer(
        ctx.user, cs.CustomerDraft(values={"name": "甲"}, contacts=[cs.ContactDraft(name="联系人")])
    )
    kept = _new(ctx, "乙")
    for record in (gone, kept):
        vs.plan_visit(ctx.user, vs.VisitDraft(record.id, rep.id, dt.datetime(2026, 3, 3, 9), 30))
        rate_personality(ctx.user, record.id, expressiveness=4, emotionality=1)
    cs.move_to_trash(ctx.user, [gone.id])
    assert cs.purge_trash(ctx.user) == 1
    assert [v.customer_id for v in Visit.select()] == [kept.id]
    assert [p.customer_id for p in PersonalityRating.select()] == [kept.id]
    assert Contact.select().count() == 0


def test_small_lookups_the_planner_uses(ctx: AppContext) -> None:
    rep = add_user(ctx.user, "王建国")
    record = cs.save_customer(
        ctx.user,
        cs.CustomerDraft(
            values={"name": "张三", "company": "华兴", "address": "上海中山路1号"},
            owner_rep_id=rep.id,
            contacts=[cs.ContactDraft(name="乙"), cs.ContactDraft(name="甲")],
        ),
    )
    bare = _new(ctx, "李四")
    assert cs.customer_names(ctx.user, record.id) == ("张三", "华兴")
    assert cs.customer_names(ctx.user, 999_999) is None
    assert (
        cs.owning_rep_id(ctx.user, record.id) == rep.id
        and cs.owning_rep_id(ctx.user, bare.id) is None
    )
    assert [c.name for c in cs.contacts_of(ctx.user, record.id)] == ["乙", "甲"]
    assert cs.addresses_of(ctx.user, [record.id, bare.id]) == {
        record.id: "上海中山路1号",
        bare.id: "",
    }


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("name", "张\ud800三", "encoding"),  # a lone surrogate cannot be stored as UTF-8
        ("open_problems", "\udfff", "encoding"),
        ("name", ["张三"], "type"),  # would have been stored as "['张三']"
        ("city", b"\xe4\xb8\x8a", "type"),
        ("company", 12, "type"),
        ("birthday", dt.datetime(2020, 1, 1, 8, 0), "type"),
        ("assets", 1.1, "type"),  # a float is not an exact amount
        ("assets", Decimal("12.50"), None),
        ("age", "12", None),
        ("age", 12.0, "type"),
        ("priority_delivery", ["x"], "type"),
    ],
)
def test_wrong_types_and_lone_surrogates_are_field_errors(
    ctx: AppContext, field: str, value: object, code: str | None
) -> None:
    values = {"name": "王五", field: value}
    if code is None:
        cs.save_customer(ctx.user, cs.CustomerDraft(values))
        return
    with pytest.raises(ValidationFailed) as caught:
        cs.save_customer(ctx.user, cs.CustomerDraft(values))
    assert caught.value.for_field(field) is not None
    assert caught.value.for_field(field).code == code
    assert Customer.select().count() == 0
