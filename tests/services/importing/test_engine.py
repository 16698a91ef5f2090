"""The import engine on customer rows (issue 11, items 1, 3, 4): modes, matching, bad cells,
repeated rows, updates that keep what the file does not say, the history and its undo."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from engine_support import (
    by_phone,
    customer_named,
    customer_rows,
    make_office,
    options,
    table_of,
)

from desktop_crm.models.audit import AuditEntry
from desktop_crm.models.core import Customer, CustomerSearch
from desktop_crm.services.common.errors import PermissionDenied, ValidationFailed
from desktop_crm.services.context import AppContext
from desktop_crm.services.customers.drafts import CustomerDraft
from desktop_crm.services.customers.writes import save_customer
from desktop_crm.services.importing import engine
from desktop_crm.services.importing.engine import (
    ImportCancelled,
    MatchOn,
    Mode,
    Outcome,
    dry_run,
    import_history,
    run_import,
    undo_import,
)

HEADER = "姓名,公司,电话,邮箱,生日,资产,城市"
MAPPING = ("name", "company", "phone", "email", "birthday", "assets", "city")


def _outcomes(report: engine.ImportReport) -> list[tuple[str, str]]:
    return [(r.outcome.value, r.reason) for r in report.results]


def _save(ctx: AppContext, **values: object) -> int:
    return int(save_customer(ctx.user, CustomerDraft(values=dict(values))).id)


def test_create_reads_every_kind_of_value_and_writes_search_text(ctx: AppContext) -> None:
    table = table_of(
        f"{HEADER}\n"
        '张三,华兴机械,１３８００１３８０００,ZS@Example.com,2024年3月5日,"1,234.5元",深圳\n'
        "林美玲,,+86 139 0013 9000,,20240305,12万,\n"
    )
    report = run_import(ctx.user, table, options(MAPPING, file_name="客户.csv"))
    assert (report.created, report.updated, report.skipped, report.errors) == (2, 0, 0, 0)
    assert not report.dry_run and report.batch_id is not None
    zhang = customer_named("张三")
    assert zhang.phone == "138 0013 8000"
    assert zhang.email == "ZS@Example.com"
    assert zhang.birthday == dt.date(2024, 3, 5)
    assert zhang.assets == Decimal("1234.50")
    assert zhang.owner_rep_id is None  # policy.default_import_owner: the office gives none
    assert customer_named("林美玲").assets == Decimal("120000.00")
    assert "13800138000" in CustomerSearch.get_by_id(zhang.id).text.replace(" ", "")
    assert [r.customer_id for r in report.results] == [zhang.id, zhang.id + 1]


def test_dry_run_writes_nothing_and_says_what_run_import_does(ctx: AppContext) -> None:
    _save(ctx, name="老客户", phone="13800138000")
    table = table_of(f"{HEADER}\n老客户,,13800138000,,,,\n新客户,,13900139000,,,,\n坏行,,12,,,,\n")
    before = customer_rows()
    planned = dry_run(ctx.user, table, options(MAPPING, Mode.CREATE))
    assert customer_rows() == before
    assert planned.dry_run and planned.batch_id is None
    assert _outcomes(planned) == [("skip", "exists"), ("create", ""), ("error", "")]
    done = run_import(ctx.user, table, options(MAPPING, Mode.CREATE))
    assert _outcomes(done) == _outcomes(planned)


@pytest.mark.parametrize(
    ("cell", "target", "code"),
    [
        ("生日=2024-02-30", "birthday", "date"),
        ("生日=03/05/2024", "birthday", "date"),  # ambiguous: no order given
        ("电话=12345", "phone", "phone"),
        ("资产=很多", "assets", "money"),
        ("城市=" + "长" * 61, "city", "too_long"),
        ("邮箱=not-an-address", "email", "email"),
        ("姓名=", "name", "required"),
    ],
)
def test_a_bad_cell_is_an_error_naming_its_column_and_nothing_of_the_row_is_written(
    ctx: AppContext, cell: str, target: str, code: str
) -> None:
    header, value = cell.split("=", 1)
    cells = {"姓名": "赵六", "电话": "13800138000"}
    cells[header] = value
    line = ",".join(cells.get(h, "") for h in HEADER.split(","))
    report = run_import(ctx.user, table_of(f"{HEADER}\n{line}\n"), options(MAPPING))
    (result,) = report.results
    assert result.outcome == Outcome.ERROR
    (problem,) = result.problems
    assert (problem.target, problem.code) == (target, code)
    assert problem.column == HEADER.split(",").index(header)
    assert problem.text.startswith(f"Column “{header}”: ")
    assert Customer.select().count() == 0


def test_unknown_choice_unknown_owner_and_yes_no_words(ctx: AppContext) -> None:
    office = make_office(ctx)
    table = table_of(
        "Name,Credit,Owner,Priority delivery\n"
        "A,Good,王建国,是\n"  # English label, a rep by name, 是
        "B,good,,No\n"  # the code, no owner: the default
        "C,excellent,,\n"  # no such choice
        "D,,王五,\n"  # no such person
        "E,,,maybe\n"  # not yes or no
    )
    mapping = ("name", "credit_status", "owner", "priority_delivery")
    report = run_import(ctx.user, table, options(mapping, owner_rep_id=office.other.id))
    assert [r.outcome for r in report.results] == [Outcome.CREATE] * 2 + [Outcome.ERROR] * 3
    assert [r.problems[0].code for r in report.results[2:]] == ["choice", "unknown_rep", "yes_no"]
    a, b = customer_named("A"), customer_named("B")
    assert (a.credit_status, a.owner_rep_id, a.priority_delivery) == ("good", office.rep.id, True)
    assert (b.credit_status, b.owner_rep_id, b.priority_delivery) == (
        "good",
        office.other.id,
        False,
    )


def test_labels_in_the_import_language_and_the_exports_escape(ctx: AppContext) -> None:
    words = {("Choice", "Good"): "良好", ("Export", "Yes"): "是的"}

    def zh(context: str, text: str) -> str:
        return words.get((context, text), text)

    table = table_of("名称,信用,优先送货,备注\n甲,良好,是的,'=1+2\n")
    mapping = ("name", "credit_status", "priority_delivery", "tier_reason")
    report = run_import(ctx.user, table, options(mapping, translators=(zh,)))
    assert report.created == 1
    row = customer_named("甲")
    assert (row.credit_status, row.priority_delivery, row.tier_reason) == ("good", True, "=1+2")


def test_given_and_family_names_are_joined(ctx: AppContext) -> None:
    table = table_of("First,Last\n美玲,林\nMei,Lin\n")
    report = run_import(ctx.user, table, options(("given_name", "family_name")))
    assert report.created == 2
    assert {c.name for c in Customer.select()} == {"林美玲", "Mei Lin"}


def test_the_date_order_is_asked_once_for_an_ambiguous_column(ctx: AppContext) -> None:
    table = table_of("Name,Birthday\nA,03/05/2024\nB,04/06/2024\n")
    opts = options(("name", "birthday"))
    assert engine.ambiguous_date_columns(table, opts) == (1,)
    report = run_import(ctx.user, table, options(("name", "birthday"), date_order="dmy"))
    assert report.created == 2
    assert customer_named("A").birthday == dt.date(2024, 5, 3)
    # a column where one value shows the order needs no question
    clear = table_of("Name,Birthday\nC,25/03/2024\nD,04/06/2024\n")
    assert engine.ambiguous_date_columns(clear, opts) == ()
    run_import(ctx.user, clear, opts)
    assert customer_named("D").birthday == dt.date(2024, 6, 4)


# ---------------------------------------------------------------- modes and matching


def test_create_only_skips_what_exists_and_update_only_skips_what_does_not(
    ctx: AppContext,
) -> None:
    _save(ctx, name="老客户", phone="13800138000", city="北京")
    table = table_of(f"{HEADER}\n老客户,,138-0013-8000,,,,上海\n新客户,,13900139000,,,,\n")
    created = run_import(ctx.user, table, options(MAPPING, **by_phone(Mode.CREATE)))
    assert _outcomes(created) == [("skip", "exists"), ("create", "")]
    assert customer_named("老客户").city == "北京"
    table = table_of(f"{HEADER}\n老客户,,138-0013-8000,,,,上海\n另一个,,13700137000,,,,\n")
    updated = run_import(ctx.user, table, options(MAPPING, **by_phone(Mode.UPDATE)))
    assert _outcomes(updated) == [("update", ""), ("skip", "no_match")]
    assert customer_named("老客户").city == "上海"


def test_update_keeps_unmapped_and_empty_cells_bumps_the_version(ctx: AppContext) -> None:
    cid = _save(
        ctx, name="王五", phone="13800138000", city="北京", address="长安街 1 号", bank="工行"
    )
    before = Customer.get_by_id(cid)
    table = table_of("电话,城市,开户行\n13800138000,上海,\n")
    report = run_import(
        ctx.user, table, options(("phone", "city", "bank"), **by_phone(Mode.UPDATE))
    )
    (result,) = report.results
    assert (result.outcome, result.customer_id, result.changed) == (Outcome.UPDATE, cid, ("city",))
    after = Customer.get_by_id(cid)
    assert (after.city, after.address, after.bank, after.name) == (
        "上海",
        "长安街 1 号",
        "工行",
        "王五",
    )
    assert after.version == before.version + 1
    assert after.updated_at > before.updated_at


def test_a_row_equal_to_the_stored_values_is_skipped_unchanged(ctx: AppContext) -> None:
    cid = _save(ctx, name="王五", phone="138 0013 8000", city="北京")
    version = Customer.get_by_id(cid).version
    table = table_of("电话,城市,姓名\n+8613800138000,北京,王五\n")
    report = run_import(ctx.user, table, options(("phone", "city", "name"), **by_phone()))
    assert _outcomes(report) == [("skip", "unchanged")]
    assert Customer.get_by_id(cid).version == version


@pytest.mark.parametrize(
    ("criterion", "line"),
    [
        (MatchOn.PHONE, "别名,,+86 138 0013 8000,,,,"),
        (MatchOn.EMAIL, "别名,,,WANG@example.COM ,,,"),
        (MatchOn.NAME_COMPANY, "王五,華興機械股份有限公司,,,,,"),
    ],
)
def test_each_criterion_matches(ctx: AppContext, criterion: MatchOn, line: str) -> None:
    cid = _save(ctx, name="王五", company="深圳市华兴机械有限公司", phone="13800138000",
                email="wang@example.com")  # fmt: skip
    table = table_of(f"{HEADER}\n{line}广州\n")
    report = run_import(ctx.user, table, options(MAPPING, mode=Mode.UPDATE, match_on=(criterion,)))
    (result,) = report.results
    assert (result.outcome, result.customer_id) == (Outcome.UPDATE, cid), result.problems
    assert Customer.get_by_id(cid).city == "广州"


def test_external_id_is_our_customer_id_only_when_the_row_agrees(ctx: AppContext) -> None:
    ours = _save(ctx, name="王五", phone="13800138000")
    other = _save(ctx, name="赵六")
    table = table_of(
        "Customer ID,姓名,城市\n"
        f"{ours},王五,上海\n"  # our id, same name: that customer
        f"{other},完全不同的人,杭州\n"  # an old system's id that happens to be ours: no match
        "A-17,新人,南京\n"  # not digits: no match
    )
    mapping = ("external_id", "name", "city")
    report = run_import(
        ctx.user, table, options(mapping, Mode.UPSERT, match_on=(MatchOn.EXTERNAL_ID,))
    )
    assert _outcomes(report) == [("update", ""), ("create", ""), ("create", "")]
    assert Customer.get_by_id(ours).city == "上海"
    assert Customer.get_by_id(other).city == ""


def test_a_row_repeated_in_the_file_is_skipped(ctx: AppContext) -> None:
    table = table_of(
        f"{HEADER}\n张三,,13800138000,,,,北京\n张三 (2),,+86 13800138000,,,,上海\n李四,,13900139000,,,,\n"
    )
    planned = dry_run(ctx.user, table, options(MAPPING, **by_phone()))
    report = run_import(ctx.user, table, options(MAPPING, **by_phone()))
    assert (
        _outcomes(report)
        == _outcomes(planned)
        == [
            ("create", ""),
            ("skip", "repeated"),
            ("create", ""),
        ]
    )
    assert report.results[1].customer_id == report.results[0].customer_id
    assert customer_named("张三").city == "北京"


def test_a_key_two_customers_share_is_ambiguous(ctx: AppContext) -> None:
    _save(ctx, name="甲", phone="13800138000")
    _save(ctx, name="乙", phone="13800138000")
    table = table_of(f"{HEADER}\n丙,,13800138000,,,,\n")
    upsert = run_import(ctx.user, table, options(MAPPING, **by_phone()))
    assert upsert.results[0].problems[0].code == "ambiguous"
    create = dry_run(ctx.user, table, options(MAPPING, **by_phone(Mode.CREATE)))
    assert _outcomes(create) == [("skip", "exists")]


# ---------------------------------------------------------------- history, undo, safety


def test_history_and_one_audit_entry_per_import(ctx: AppContext) -> None:
    run_import(ctx.user, table_of(f"{HEADER}\n甲,,,,,,\n"), options(MAPPING, file_name="a.csv"))
    run_import(
        ctx.user, table_of(f"{HEADER}\n乙,,,,,,\n,,,,,,x\n"), options(MAPPING, file_name="b.csv")
    )
    history = import_history(ctx.user)
    assert [(h.file_name, h.created, h.errors, h.state) for h in history] == [
        ("b.csv", 1, 1, "done"),
        ("a.csv", 1, 0, "done"),
    ]
    assert history[0].person_name == ctx.user.name and history[0].finished_at is not None
    entries = AuditEntry.select().where(AuditEntry.action == "import")
    assert entries.count() == 2


def test_undo_takes_back_exactly_what_the_import_did(ctx: AppContext) -> None:
    _save(ctx, name="王五", phone="13800138000", city="北京", assets="10.00")
    _save(ctx, name="不动", phone="13700137000")
    before = customer_rows()
    table = table_of(
        f"{HEADER}\n王五改,,13800138000,,2000-01-02,12.5,上海\n新人,,13900139000,,,,杭州\n"
    )
    report = run_import(ctx.user, table, options(MAPPING, **by_phone()))
    assert (report.created, report.updated) == (1, 1)
    summary = undo_import(ctx.user, report.batch_id)
    assert (summary.removed, summary.restored, summary.kept) == (1, 1, 0)
    after = customer_rows()
    for row in after:  # restoring is a change too: only version and updated_at move
        row.pop("version"), row.pop("updated_at")
    for row in before:
        row.pop("version"), row.pop("updated_at")
    assert after == before
    assert import_history(ctx.user)[0].state == "undone"
    assert AuditEntry.select().where(AuditEntry.action == "undo_import").count() == 1
    with pytest.raises(ValidationFailed) as twice:
        undo_import(ctx.user, report.batch_id)
    assert twice.value.errors[0].field == "batch"


def test_undo_keeps_what_was_changed_since(ctx: AppContext) -> None:
    cid = _save(ctx, name="王五", phone="13800138000", city="北京")
    table = table_of(
        f"{HEADER}\n,,13800138000,,,,上海\n新人,,13900139000,,,,\n另一个,,13700137000,,,,\n"
    )
    report = run_import(ctx.user, table, options(MAPPING, **by_phone()))
    edited = customer_named("新人")
    save_customer(ctx.user, CustomerDraft(values={"name": "新人", "city": "南京"}, id=edited.id,
                                          version=edited.version))  # fmt: skip
    current = Customer.get_by_id(cid)
    save_customer(ctx.user, CustomerDraft(values={"name": "王五", "city": "广州"}, id=cid,
                                          version=current.version))  # fmt: skip
    summary = undo_import(ctx.user, report.batch_id)
    assert (summary.removed, summary.restored, summary.kept) == (1, 0, 2)
    assert set(summary.kept_ids) == {cid, edited.id}
    assert Customer.get_by_id(cid).city == "广州"
    assert customer_named("新人").city == "南京"
    assert not Customer.select().where(Customer.name == "另一个").exists()


def test_cancel_leaves_no_trace(ctx: AppContext) -> None:
    lines = "".join(f"客户{i},,,,,,\n" for i in range(2500))
    table = table_of(f"{HEADER}\n{lines}")
    calls: list[int] = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return done < 2000

    with pytest.raises(ImportCancelled):
        run_import(ctx.user, table, options(MAPPING), progress)
    assert calls[:3] == [0, 1000, 2000]
    assert Customer.select().count() == 0
    assert import_history(ctx.user) == []


def test_options_the_engine_cannot_run_are_refused(ctx: AppContext) -> None:
    table = table_of(f"{HEADER}\n甲,,,,,,\n")
    with pytest.raises(ValidationFailed) as caught:
        dry_run(ctx.user, table, options(("name", "name", "nonsense", None, None, None, None)))
    assert {e.field for e in caught.value.errors} == {"mapping.1", "mapping.2"}
    with pytest.raises(ValidationFailed) as short:
        dry_run(ctx.user, table, options(("name",)))
    assert short.value.errors[0].field == "mapping"


def test_a_rep_may_not_import_nor_undo_nor_read_the_history(ctx: AppContext) -> None:
    office = make_office(ctx)
    table = table_of(f"{HEADER}\n甲,,,,,,\n")
    report = run_import(office.clerk, table, options(MAPPING))  # the clerk may
    assert report.created == 1
    for call in (
        lambda: dry_run(office.rep, table, options(MAPPING)),
        lambda: run_import(office.rep, table, options(MAPPING)),
        lambda: import_history(office.rep),
        lambda: undo_import(office.rep, report.batch_id),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert Customer.select().count() == 1


def test_a_clerks_undo_moves_the_created_customers_to_the_trash(ctx: AppContext) -> None:
    """Only the owner purges: a clerk's undo trashes what the import created (with its
    contacts), restores what it updated; the owner's purge then empties the trash."""
    from desktop_crm.models.core import Contact
    from desktop_crm.services.customers.writes import purge_trash

    office = make_office(ctx)
    cid = _save(ctx, name="王五", phone="13800138000", city="北京")
    table = table_of(f"{HEADER}\n,,13800138000,,,,上海\n新人,,13900139000,,,,杭州\n")
    report = run_import(office.clerk, table, options(MAPPING, **by_phone()))
    made = customer_named("新人")
    summary = undo_import(office.clerk, report.batch_id)
    assert (summary.removed, summary.trashed, summary.restored, summary.kept) == (1, 1, 1, 0)
    trashed = Customer.get_by_id(made.id)
    assert trashed.deleted_at is not None and trashed.deleted_by_id == office.clerk.id
    assert trashed.version == made.version + 1  # an open form on it sees the change
    assert Customer.get_by_id(cid).city == "北京"
    assert purge_trash(ctx.user, [made.id]) == 1
    assert not Customer.select().where(Customer.id == made.id).exists()
    assert Contact.select().count() == 0
    # the owner's undo deletes at once
    again = run_import(ctx.user, table_of(f"{HEADER}\n又一个,,,,,,\n"), options(MAPPING))
    owners = undo_import(ctx.user, again.batch_id)
    assert (owners.removed, owners.trashed) == (1, 0)
    assert not Customer.select().where(Customer.name == "又一个").exists()
