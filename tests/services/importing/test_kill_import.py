"""Kill -9 in the middle of an import (issue 11, item 4): a child process runs a large import
on the test's database (SQLite, and PostgreSQL when DESKTOP_CRM_TEST_PG is set) and is killed
with SIGKILL while its batch is visibly running (its progress callback has written a marker
after the first 1,000 rows went into the transaction). The database then holds no customer
of the import, and the import history either shows no batch or only batches that its undo
takes back whole — never rows that nothing can take back. The file stays usable: the next
import runs.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import peewee as pw
import pytest
from engine_support import options, table_of

from desktop_crm.models.core import Contact, Customer, CustomerSearch, Deal
from desktop_crm.models.imports import ImportBatch
from desktop_crm.services.context import AppContext
from desktop_crm.services.importing.engine import import_history, run_import, undo_import

CHILD = Path(__file__).with_name("kill_import_child.py")
ROWS = 20_000  # 20 chunks of 1,000; the child sleeps 0.2 s after each
KILL_AFTER = (0.0, 0.7)  # seconds after the marker appeared

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _target(db: pw.Database) -> str:
    if isinstance(db, pw.PostgresqlDatabase):
        from conftest import PG_URL

        return PG_URL
    return str(db.database)


def _killed_mid_import(target: str, marker: Path, delay: float) -> None:
    child = subprocess.Popen(
        [sys.executable, str(CHILD), target, str(marker), str(ROWS)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 90
    while not marker.exists():
        if child.poll() is not None:
            raise AssertionError(f"the child ended before its import ran: {child.stderr!r}")
        assert time.monotonic() < deadline, "the import never started"
        time.sleep(0.01)
    time.sleep(delay)
    assert child.poll() is None, "the import finished before the kill: make it larger"
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert not Path(str(marker) + ".finished").exists()


def _customers_of_the_import() -> int:
    return Customer.select().where(Customer.name.startswith("杀进程客户")).count()


@pytest.mark.parametrize("delay", KILL_AFTER)
def test_a_killed_import_leaves_nothing_that_cannot_be_taken_back(
    ctx: AppContext, db: pw.Database, tmp_path: Path, delay: float
) -> None:
    marker = tmp_path / "import-running"
    _killed_mid_import(_target(db), marker, delay)
    written = int(marker.read_text(encoding="utf-8").split("/")[0])
    assert 0 < written < ROWS  # the batch was running, with rows written in it, when killed

    db.close()  # a fresh connection, as the next start of the app would have
    db.connect()
    history = import_history(ctx.user)
    assert all(batch.state == "interrupted" for batch in history), history
    for batch in history:  # what an older or foreign writer might leave: undo takes it back
        undo_import(ctx.user, batch.id)
    assert _customers_of_the_import() == 0
    assert Customer.select().count() == 0
    assert (Contact.select().count(), Deal.select().count()) == (0, 0)
    assert CustomerSearch.select().count() == 0
    # every batch left is taken back (this engine's one transaction leaves none at all)
    assert all(b.state == "undone" for b in ImportBatch.select()), list(ImportBatch.select())

    # the lock is gone and the file is whole: the next import runs
    again = run_import(
        ctx.user, table_of("姓名,电话\n重新导入,13800138000\n"), options(("name", "phone"))
    )
    assert again.created == 1
    assert import_history(ctx.user)[0].state == "done"
