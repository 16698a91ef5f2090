"""Property of the import engine (issue 11, items 1 and 3): over generated rows — good and bad
cells mixed, rows repeated in the file, rows matching customers already stored — in every mode,
the summary counts add up to the number of rows (and match the row outcomes and what was
written), and the dry run's row outcomes equal the real import's. Each example is undone
again, so the next starts from the same few stored customers."""

from __future__ import annotations

import csv
import io

from engine_support import options, table_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_crm.models.core import Customer
from desktop_crm.services.context import AppContext
from desktop_crm.services.customers.drafts import CustomerDraft
from desktop_crm.services.customers.writes import save_customer
from desktop_crm.services.importing.engine import (
    ImportReport,
    MatchOn,
    Mode,
    Outcome,
    dry_run,
    run_import,
    undo_import,
)

HEADER = ["姓名", "公司", "电话", "生日", "资产", "城市"]
MAPPING = ("name", "company", "phone", "birthday", "assets", "city")
STORED = [("老客户甲", "13800138000"), ("老客户乙", "13900139000")]


def _cells(good: list[str], bad: list[str]) -> st.SearchStrategy[str]:
    """A cell of a column: a bad value one time in eight, else a good one (or empty)."""
    return st.integers(0, 7).flatmap(
        lambda n: st.sampled_from(bad) if n == 0 and bad else st.sampled_from(good)
    )


NAMES = _cells(["张三", "李四", "王五", "老客户甲", "Mei Lin"], ["", "  "])
COMPANIES = _cells(["", "华兴机械", "宏达五金有限公司"], ["x" * 301])
PHONES = _cells(
    ["", "13800138000", "139-0013-9000", "+86 137 0013 7000", "１３６００１３６０００"],
    ["12345", "abc"],
)
DATES = _cells(["", "2024-03-05", "2024年3月5日", "20240305"], ["2024-02-30", "昨天"])
AMOUNTS = _cells(["", "1,200", "3万", "¥88.5"], ["很多", "-"])
CITIES = _cells(["", "深圳", "=1+2"], ["长" * 61])
ROWS = st.lists(st.tuples(NAMES, COMPANIES, PHONES, DATES, AMOUNTS, CITIES), max_size=12)


def _text(rows: list[tuple[str, ...]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([HEADER, ["x"] * len(HEADER), *rows])
    return out.getvalue()


def _outcomes(report: ImportReport, stored: set[int]) -> list[tuple[object, ...]]:
    """Each row's outcome; the customer named only when it was stored before the import (a
    row repeating one the import creates names the new id, which a dry run cannot know)."""
    return [
        (
            r.row_number,
            r.outcome,
            r.reason,
            r.changed,
            r.customer_id if r.customer_id in stored else None,
            tuple((p.column, p.target, p.code) for p in r.problems),
        )
        for r in report.results
    ]


def _counts_add_up(report: ImportReport, rows: int) -> None:
    assert report.created + report.updated + report.skipped + report.errors == rows
    assert len(report.results) == rows
    for outcome, count in (
        (Outcome.CREATE, report.created),
        (Outcome.UPDATE, report.updated),
        (Outcome.SKIP, report.skipped),
        (Outcome.ERROR, report.errors),
    ):
        assert sum(r.outcome == outcome for r in report.results) == count
    assert all(bool(r.problems) == (r.outcome == Outcome.ERROR) for r in report.results)


@settings(
    max_examples=80,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    rows=ROWS,
    mode=st.sampled_from(list(Mode)),
    match=st.sampled_from([(MatchOn.PHONE,), (MatchOn.NAME_COMPANY,), tuple(MatchOn)]),
)
def test_counts_add_up_and_the_dry_run_says_what_the_import_does(
    ctx: AppContext, rows: list[tuple[str, ...]], mode: Mode, match: tuple[MatchOn, ...]
) -> None:
    if not Customer.select().exists():
        for name, phone in STORED:
            save_customer(ctx.user, CustomerDraft(values={"name": name, "phone": phone}))
    table = table_of(_text(rows))
    # the first data row ("x" everywhere) is a bad phone, date and amount: always an error;
    # a row of blank cells is no row (the reader drops it)
    assert len(table.rows) == 1 + sum(any(cell.strip() for cell in row) for row in rows)
    opts = options(MAPPING, mode, match_on=match)
    before = Customer.select().count()
    stored = {c.id for c in Customer.select(Customer.id)}

    planned = dry_run(ctx.user, table, opts)
    _counts_add_up(planned, len(table.rows))
    assert Customer.select().count() == before
    assert planned.results[0].outcome == Outcome.ERROR

    done = run_import(ctx.user, table, opts)
    _counts_add_up(done, len(table.rows))
    assert _outcomes(done, stored) == _outcomes(planned, stored)
    assert (done.created, done.updated, done.skipped, done.errors) == (
        planned.created,
        planned.updated,
        planned.skipped,
        planned.errors,
    )
    assert Customer.select().count() == before + done.created

    assert done.batch_id is not None
    undone = undo_import(ctx.user, done.batch_id)
    assert (undone.removed, undone.restored, undone.kept) == (done.created, done.updated, 0)
    assert Customer.select().count() == before
