"""Run as a child process by test_kill_import.py: a large import that the test kills (-9).

    python kill_import_child.py TARGET MARKER ROWS

TARGET is a SQLite path or a postgresql:// URL (already migrated by the test), MARKER a file
written once the first 1,000 rows are planned and written inside the import's transaction;
each progress call then sleeps a little, so the kill surely lands mid-import.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from desktop_crm.models.db import open_database
from desktop_crm.services.importing.engine import ImportOptions, run_import
from desktop_crm.services.importing.mapping import RecordKind
from desktop_crm.services.importing.tables import read_table
from desktop_crm.services.people.users import ensure_owner


def main(target: str, marker: Path, rows: int) -> None:
    open_database(target)
    owner = ensure_owner("店主")
    lines = ["姓名,公司,电话"]
    lines += [f"杀进程客户{i},断电贸易{i % 97},139{i:08d}" for i in range(rows)]
    table = read_table(("\n".join(lines) + "\n").encode("gb18030"))

    def progress(done: int, total: int) -> bool:
        if done > 0 and not marker.exists():
            marker.write_text(f"{done}/{total}", encoding="utf-8")
        if done > 0:
            time.sleep(0.2)
        return True

    options = ImportOptions(
        kind=RecordKind.CUSTOMERS, mapping=("name", "company", "phone"), file_name="kill.csv"
    )
    run_import(owner, table, options, progress)
    Path(str(marker) + ".finished").write_text("done", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]))
