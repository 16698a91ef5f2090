"""The import engine on contact and deal rows (issue 11, item 2): onto which customer, what
exists, what is repeated, what undo takes back."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from engine_support import customer_rows, options, table_of

from desktop_crm.models.core import Contact, CustomerSearch, Deal
from desktop_crm.services.common.settings import DEALS_GENERATION, read_setting
from desktop_crm.services.context import AppContext
from desktop_crm.services.customers.drafts import ContactDraft, CustomerDraft, DealDraft
from desktop_crm.services.customers.writes import save_customer
from desktop_crm.services.importing.engine import Mode, Outcome, dry_run, run_import, undo_import
from desktop_crm.services.importing.mapping import RecordKind

CONTACTS = RecordKind.CONTACTS
DEALS = RecordKind.DEALS


def _customer(ctx: AppContext, name: str, company: str = "", **more: object) -> int:
    draft = CustomerDraft(values={"name": name, "company": company}, **more)  # type: ignore[arg-type]
    return int(save_customer(ctx.user, draft).id)


def _outcomes(report: object) -> list[tuple[str, str]]:
    return [(r.outcome.value, r.reason) for r in report.results]  # type: ignore[attr-defined]


def test_contacts_find_their_customer_by_id_name_or_company(ctx: AppContext) -> None:
    hua = _customer(ctx, "王总", "深圳市华兴机械有限公司")
    other = _customer(ctx, "李总", "北京远大科技有限公司")
    table = table_of(
        "客户编号,客户,姓名,电话,角色\n"
        f"{hua},,刘经理,13800138000,Buyer\n"  # our id
        ",華興機械股份有限公司,陈工,,\n"  # the company, traditional and another legal form
        ",李总,赵秘书,,gatekeeper\n"  # the customer's name
        ",没有这家,孙某,,\n"  # nobody
        ",,周某,,\n"  # no customer at all
    )
    mapping = ("external_id", "customer", "contact.name", "contact.phone", "contact.role")
    report = run_import(ctx.user, table, options(mapping, kind=CONTACTS))
    assert _outcomes(report)[:3] == [("create", "")] * 3
    assert [r.customer_id for r in report.results[:3]] == [hua, hua, other]
    codes = [(r.problems[0].target, r.problems[0].code) for r in report.results[3:]]
    assert codes == [("customer", "no_customer"), ("customer", "required")]
    liu = Contact.get(Contact.name == "刘经理")
    assert (liu.customer_id, liu.phone, liu.role) == (hua, "138 0013 8000", "buyer")
    assert "陈工" in CustomerSearch.get_by_id(hua).text


def test_contacts_in_each_mode(ctx: AppContext) -> None:
    cid = _customer(ctx, "王总", "华兴", contacts=[ContactDraft("刘经理", position="采购")])
    table = table_of("客户,姓名,职位\n华兴,刘经理,采购经理\n华兴,陈工,\n华兴,陈工,工程师\n")
    mapping = ("customer", "contact.name", "contact.position")
    create = dry_run(ctx.user, table, options(mapping, Mode.CREATE, kind=CONTACTS))
    assert _outcomes(create) == [("skip", "exists"), ("create", ""), ("skip", "repeated")]
    update = dry_run(ctx.user, table, options(mapping, Mode.UPDATE, kind=CONTACTS))
    assert _outcomes(update) == [("update", ""), ("skip", "no_match"), ("skip", "no_match")]
    before = customer_rows()
    upsert = run_import(ctx.user, table, options(mapping, Mode.UPSERT, kind=CONTACTS))
    assert _outcomes(upsert) == [("update", ""), ("create", ""), ("skip", "repeated")]
    assert upsert.results[0].changed == ("contact.position",)
    assert Contact.get(Contact.name == "刘经理").position == "采购经理"
    assert Contact.select().where(Contact.customer == cid).count() == 2
    again = dry_run(ctx.user, table, options(mapping, Mode.UPSERT, kind=CONTACTS))
    assert _outcomes(again)[0] == ("skip", "unchanged")
    undo_import(ctx.user, upsert.batch_id)
    after = customer_rows()
    for rows in (before, after):
        for row in rows:
            row.pop("version"), row.pop("updated_at")
    assert after == before


def test_deals_onto_customers_identical_ones_exist_and_tiers_go_stale(ctx: AppContext) -> None:
    cid = _customer(ctx, "王总", "华兴", deals=[DealDraft("2024-01-02", "轴承", "100")])
    generation = read_setting(DEALS_GENERATION)
    table = table_of(
        "客户,日期,产品,金额,备注\n"
        "华兴,2024/1/2,轴承,100元,\n"  # already there
        '华兴,2024年3月5日,齿轮,"1,200.50",首单\n'
        "华兴,2024-03-05,齿轮,1200.5,首单\n"  # the same deal again
        "华兴,,齿轮,5,\n"  # no date
        "华兴,2024-03-06,齿轮,很多,\n"  # no amount
    )
    mapping = ("customer", "deal.date", "deal.products", "deal.amount", "deal.notes")
    planned = dry_run(ctx.user, table, options(mapping, kind=DEALS))
    report = run_import(ctx.user, table, options(mapping, kind=DEALS))
    assert (
        _outcomes(report)
        == _outcomes(planned)
        == [
            ("skip", "exists"),
            ("create", ""),
            ("skip", "repeated"),
            ("error", ""),
            ("error", ""),
        ]
    )
    assert [(p.target, p.code) for r in report.results[3:] for p in r.problems] == [
        ("deal.date", "required"),
        ("deal.amount", "money"),
    ]
    deal = Deal.get(Deal.products == "齿轮")
    assert (deal.customer_id, deal.date, deal.amount, deal.notes) == (
        cid,
        dt.date(2024, 3, 5),
        Decimal("1200.50"),
        "首单",
    )
    assert read_setting(DEALS_GENERATION) == generation + 1
    summary = undo_import(ctx.user, report.batch_id)
    assert summary.removed == 1
    assert Deal.select().count() == 1


def test_undo_of_customers_takes_their_imported_contacts_and_deals_along(ctx: AppContext) -> None:
    made = run_import(ctx.user, table_of("名称,公司\n王总,华兴\n"), options(("name", "company")))
    contacts = run_import(
        ctx.user,
        table_of("客户,姓名\n华兴,刘经理\n"),
        options(("customer", "contact.name"), kind=CONTACTS),
    )
    assert contacts.created == 1
    summary = undo_import(ctx.user, made.batch_id)
    assert (summary.removed, summary.kept) == (1, 0)
    assert Contact.select().count() == 0
    assert undo_import(ctx.user, contacts.batch_id).removed == 0  # gone with its customer


def test_a_customer_visited_since_the_import_is_kept(ctx: AppContext) -> None:
    from desktop_crm.services.visits.drafts import VisitDraft
    from desktop_crm.services.visits.writes import plan_visit

    made = run_import(ctx.user, table_of("名称\n王总\n"), options(("name",)))
    cid = made.results[0].customer_id
    assert cid is not None
    plan_visit(ctx.user, VisitDraft(cid, ctx.user.id, dt.datetime(2026, 12, 3, 10)))
    summary = undo_import(ctx.user, made.batch_id)
    assert (summary.removed, summary.kept, summary.kept_ids) == (0, 1, (cid,))
    assert Outcome.CREATE == made.results[0].outcome


@pytest.mark.parametrize(
    ("header", "rows", "names"),
    [
        (
            "Company,First Name,Last Name,Mobile Phone",  # Outlook / Google in English
            ["华兴机械,美玲,林,13800138000", "华兴机械,Mei,Lin,", "华兴机械,,欧阳,"],
            ["林美玲", "Mei Lin", "欧阳"],
        ),
        (
            "单位,名,姓,移动电话",  # Outlook in Chinese
            ["华兴机械,伟,张,13900139000", "华兴机械,Anna,Müller,"],
            ["张伟", "Anna Müller"],
        ),
    ],
)
def test_a_contacts_file_with_only_first_and_last_names_joins_them(
    ctx: AppContext, header: str, rows: list[str], names: list[str]
) -> None:
    from desktop_crm.services.importing.mapping import suggest_mapping

    cid = int(
        save_customer(ctx.user, CustomerDraft(values={"name": "华兴", "company": "华兴机械"})).id
    )
    table = table_of(header + "\n" + "\n".join(rows) + "\n")
    mapping = suggest_mapping(RecordKind.CONTACTS, table.header)
    assert mapping[:3] == ("customer", "given_name", "family_name")
    planned = dry_run(ctx.user, table, options(mapping, kind=RecordKind.CONTACTS))
    report = run_import(ctx.user, table, options(mapping, kind=RecordKind.CONTACTS))
    assert [r.outcome for r in report.results] == [r.outcome for r in planned.results]
    assert report.created == len(rows), report.results
    stored = Contact.select().where(Contact.customer == cid).order_by(Contact.id)
    assert [c.name for c in stored] == names
