"""The raw-load floor: the least any indexer of these files must do. Read each file, insert
its text into SQLite and index it with FTS5 (porter), all in one transaction.

    python benchmarks/floor.py DB FOLDER

Run as a whole process beside `scrutiny ingest` of the same folder, so that both pay for
start-up, reading and writing alike (benchmarks/bench.py does).
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path


def load(db_path: Path, folder: Path) -> int:
    """Load every file under folder into a fresh database at db_path; how many."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    db = sqlite3.connect(db_path, isolation_level=None)
    db.execute("pragma journal_mode = wal")
    db.execute("pragma synchronous = normal")
    db.execute("create table docs (id integer primary key, path text, text text)")
    db.execute(
        "create virtual table docs_fts using fts5"
        "(text, content=docs, content_rowid=id, tokenize=porter)"
    )
    db.execute("begin")
    count = 0
    for where, _, names in os.walk(folder):
        for name in sorted(names):
            path = os.path.join(where, name)
            with open(path, "rb") as f:
                text = f.read().decode("utf-8", "replace")
            rowid = db.execute(
                "insert into docs (path, text) values (?, ?)", (path, text)
            ).lastrowid
            db.execute("insert into docs_fts (rowid, text) values (?, ?)", (rowid, text))
            count += 1
    db.execute("commit")
    db.close()
    return count


if __name__ == "__main__":
    load(Path(sys.argv[1]), Path(sys.argv[2]))
