"""Possible duplicate customers: keys, the hint while typing, the finder. Both backends."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_crm.models.core import Customer
from desktop_crm.services import customers as cs
from desktop_crm.services.common.errors import PermissionDenied
from desktop_crm.services.context import AppContext
from desktop_crm.services.customers.duplicates import (
    company_key,
    email_key,
    find_duplicates,
    name_key,
    phone_key,
    possible_duplicates,
)
from desktop_crm.services.people import manage
from desktop_crm.services.people.roles import Role


def _save(ctx: AppContext, name: str, owner: int | None = None, **values: Any) -> int:
    contacts = values.pop("contacts", None)
    draft = cs.CustomerDraft(values={"name": name, **values}, owner_rep_id=owner, contacts=contacts)
    return cs.save_customer(ctx.user, draft).id


# ---------------------------------------------------------------- keys (no database)


def test_company_keys_drop_region_and_legal_form_and_fold_to_simplified() -> None:
    same = {
        company_key("深圳市华兴机械有限公司"),
        company_key("华兴机械(深圳)有限公司"),
        company_key("华兴机械（深圳）有限公司"),
        company_key("華興機械股份有限公司"),
        company_key("广东省深圳市华兴机械厂"),
        company_key("华兴机械集团分公司"),
    }
    assert same == {"华兴机械"}
    assert company_key("Acme Machinery Co., Ltd.") == company_key("ＡＣＭＥ machinery Limited")
    assert company_key("华兴机械(南山店)") == "华兴机械南山店"  # not a place: kept
    assert company_key("上海公司") == "上海"  # nothing but place and form: something stays
    assert company_key("") == ""


def test_folding_touches_keys_only_never_the_stored_text(ctx: AppContext) -> None:
    assert name_key("范 冰") == "范冰"  # 范 is not turned into 範
    assert name_key("張三") == "张三"
    assert company_key("臺北華興") == company_key("台北华兴")
    cid = _save(ctx, "范冰", company="臺北華興貿易")
    assert possible_duplicates(ctx.user, {"company": "台北华兴贸易"})[0].customer_id == cid
    stored = Customer.get_by_id(cid)
    assert (stored.name, stored.company) == ("范冰", "臺北華興貿易")


def test_phone_and_email_keys() -> None:
    assert phone_key("138 0013 8000") == phone_key("+86 13800138000") == "13800138000"
    assert phone_key("0086-138-0013-8000") == "13800138000"
    assert phone_key("0755-8888 1234") == phone_key("+86 755 8888 1234".replace("755", "0755"))
    assert phone_key("123") == ""
    assert email_key("  Zhang.San@Example.COM ") == "zhang.san@example.com"


# ---------------------------------------------------------------- the hint


def test_hints_find_the_same_phone_in_another_format_email_case_and_a_similar_company(
    ctx: AppContext,
) -> None:
    a = _save(ctx, "张三", company="深圳市华兴机械有限公司", mobile="13800138000")
    b = _save(ctx, "李四", company="宏达贸易", email="Li.Si@Example.com")
    c = _save(
        ctx, "王五", company="东莞", contacts=[cs.ContactDraft(name="赵六", phone="0769-22223333")]
    )
    hints = possible_duplicates(ctx.user, {"name": "某人", "phone": "+86 138 0013 8000"})
    assert [(h.customer_id, h.score, h.reasons) for h in hints] == [(a, 100, ("phone",))]
    assert (hints[0].name, hints[0].company) == ("张三", "深圳市华兴机械有限公司")
    assert [
        h.customer_id for h in possible_duplicates(ctx.user, {"email": "li.si@example.COM "})
    ] == [b]
    assert [h.customer_id for h in possible_duplicates(ctx.user, {"mobile": "076922223333"})] == [c]
    fuzzy = possible_duplicates(ctx.user, {"company": "華興機械股份有限公司"})
    assert [(h.customer_id, h.reasons) for h in fuzzy] == [(a, ("company",))]
    assert fuzzy[0].score >= 88
    assert possible_duplicates(ctx.user, {"company": "华兴机械"}, exclude_id=a) == []
    assert possible_duplicates(ctx.user, {"company": "完全不同"}) == []


def test_hints_follow_edits_trash_restore_and_purge(ctx: AppContext) -> None:
    a = _save(ctx, "张三", phone="021-55556666")
    assert [h.customer_id for h in possible_duplicates(ctx.user, {"phone": "02155556666"})] == [a]
    record = cs.load_customer(ctx.user, a)
    cs.save_customer(
        ctx.user,
        cs.CustomerDraft(
            values={"name": "张三", "phone": "021-77778888"}, id=a, version=record.version
        ),
    )
    assert possible_duplicates(ctx.user, {"phone": "02155556666"}) == []
    assert len(possible_duplicates(ctx.user, {"phone": "02177778888"})) == 1
    cs.move_to_trash(ctx.user, [a])
    assert possible_duplicates(ctx.user, {"phone": "02177778888"}) == []
    cs.restore_from_trash(ctx.user, [a])
    assert len(possible_duplicates(ctx.user, {"phone": "02177778888"})) == 1
    cs.move_to_trash(ctx.user, [a])
    cs.purge_trash(ctx.user, [a])
    assert possible_duplicates(ctx.user, {"phone": "02177778888"}) == []
    assert find_duplicates(ctx.user) == []


def test_a_reps_hints_never_name_another_reps_customer(ctx: AppContext) -> None:
    owner = ctx.user
    rep_a = manage.add_person(owner, "王建国", Role.REP, password="pw")
    rep_b = manage.add_person(owner, "李娜", Role.REP, password="pw")
    mine = _save(ctx, "甲", rep_a.id, company="华兴机械", phone="13911112222")
    theirs = _save(ctx, "乙", rep_b.id, company="华兴机械有限公司", phone="13911112222")
    pool = _save(ctx, "丙", None, company="华兴机械厂", phone="13911112222")
    typed = {"company": "深圳华兴机械", "phone": "139 1111 2222"}
    assert {h.customer_id for h in possible_duplicates(rep_a, typed)} == {mine, pool}
    assert {h.customer_id for h in possible_duplicates(rep_b, typed)} == {theirs, pool}
    assert {h.customer_id for h in possible_duplicates(owner, typed)} == {mine, theirs, pool}
    with pytest.raises(PermissionDenied):
        find_duplicates(rep_a)


# ---------------------------------------------------------------- the finder


def test_the_finder_groups_transitive_matches(ctx: AppContext) -> None:
    a = _save(ctx, "张三", company="深圳市华兴机械有限公司", phone="0755-1234567")
    b = _save(ctx, "张先生", company="华兴精工", phone="+86 755 1234567".replace("755", "0755"))
    c = _save(ctx, "张总", company="华兴精工有限公司", email="zz@hx.cn")
    d = _save(ctx, "小张", email="ZZ@HX.CN ")
    e = _save(ctx, "无关", company="宏达贸易")
    f = _save(ctx, "宏大", company="宏达贸易(上海)有限公司")
    g = _save(ctx, "孤单", company="蓝天电子")
    h = _save(ctx, "李四", company="华兴机械公司")
    seen: list[tuple[int, int]] = []
    groups = find_duplicates(ctx.user, progress=lambda done, total: seen.append((done, total)))
    as_sets = [({m.customer_id for m in group.members}, group.reasons) for group in groups]
    assert ({a, b, c, d, h}, ("phone", "email", "company")) in as_sets
    assert ({e, f}, ("company",)) in as_sets
    assert all(g not in members for members, _ in as_sets)
    assert len(groups) == 2
    assert all(group.score == 100 for group in groups)
    assert seen and seen[-1][0] == seen[-1][1]
    assert Customer.get_by_id(a).company == "深圳市华兴机械有限公司"


def test_the_finder_joins_similar_company_keys(ctx: AppContext) -> None:
    a = _save(ctx, "甲", company="华兴机械制造有限公司")
    b = _save(ctx, "乙", company="華興機械製造廠")
    c = _save(ctx, "丙", company="华兴机械制造二厂")
    groups = find_duplicates(ctx.user)
    members = [{m.customer_id for m in group.members} for group in groups]
    assert {a, b} <= members[0]
    assert c in members[0]  # 华兴机械制造二 is ≥ 88 alike 华兴机械制造
    assert 88 <= groups[0].score <= 100
