"""`scrutiny check`: is the archive whole? And `--repair` for what can be rebuilt.

Checks: SQLite's own quick_check and foreign_key_check, the full-text indexes against
their tables, rows whose parent is gone, and overrides whose action is no longer in the
minutes. Repair rebuilds the full-text indexes, deletes orphan rows and re-links the
whole archive (references, truncated items, action status).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlite_utils

from . import link
from .schema import FTS
from .store import rows, write_transaction

# Rows whose parent row is gone: (table, what it should point at, the orphan condition).
ORPHANS: tuple[tuple[str, str, str], ...] = (
    ("attendees", "meetings", "meeting_id not in (select id from meetings)"),
    ("items", "meetings", "meeting_id is not null and meeting_id not in (select id from meetings)"),
    ("items", "sources", "source_id not in (select id from sources)"),
    ("resolutions", "items", "item_id not in (select id from items)"),
    ("minute_refs", "items", "item_id not in (select id from items)"),
    ("actions", "items", "item_id not in (select id from items)"),
    ("meetings", "sources", "source_id not in (select id from sources)"),
)


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)  # something is wrong
    notes: list[str] = field(default_factory=list)  # worth knowing, not damage

    @property
    def ok(self) -> bool:
        return not self.problems


def check(db: sqlite_utils.Database) -> Report:
    """Everything that can be wrong with an archive, as one line each."""
    report = Report()
    for (result,) in db.execute("PRAGMA quick_check").fetchall():
        if result != "ok":
            report.problems.append(f"quick_check: {result}")
    for row in db.execute("PRAGMA foreign_key_check").fetchall():
        report.problems.append(f"foreign key: {row[0]} row {row[1]} points at a missing {row[2]}")
    for table in FTS:
        try:
            db.execute(f"insert into {table}_fts({table}_fts, rank) values('integrity-check', 1)")
        except Exception as e:  # SQLite reports a damaged index as an error
            report.problems.append(f"full-text index of {table} does not match the table: {e}")
    for table, parent, condition in ORPHANS:
        n = db.execute(f"select count(*) from {table} where {condition}").fetchone()[0]
        if n:
            report.problems.append(f"{n} {table} rows whose {parent} row is gone")
    for o in rows(
        db, "select key, status from action_overrides where key not in (select key from actions)"
    ):
        report.problems.append(
            f"override {o['key']} ({o['status']}) no longer matches an action: "
            "`scrutiny actions orphans` shows it, `scrutiny actions reattach "
            f"{o['key']} NEW` or `scrutiny actions forget {o['key']}` settles it"
        )
    return report


def repair(db: sqlite_utils.Database) -> list[str]:
    """Rebuild what can be rebuilt; what was done, a line each."""
    done = []
    with write_transaction(db):
        for table in FTS:
            db.execute(f"insert into {table}_fts({table}_fts) values('rebuild')")
        done.append("rebuilt the full-text indexes")
        for table, parent, condition in ORPHANS:
            n = db.execute(f"delete from {table} where {condition}").rowcount
            if n:
                done.append(f"deleted {n} {table} rows whose {parent} row was gone")
        scope = link.Scope()
        scope.add_items(
            db, [r["id"] for r in rows(db, "select id from items where meeting_id is not null")]
        )
        link.relink(db, scope)
        done.append("re-linked references, truncated items and action status")
    return done
