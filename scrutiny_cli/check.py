"""`scrutiny check`: is the archive whole? And `--repair` for what can be mended.

check only reads (it runs beside an ingest, and on a read-only archive) and reports every
problem it finds, one line each, whatever state the file is in: damaged pages (SQLite's
quick_check, then which tables still read whole), rows that point at a missing row, the
full-text indexes (every shadow table there, one entry per row, searchable, triggers in
place), the counts kept for `status`, the tallies kept for the tracker, and people's
decisions whose action is no longer in the minutes.

repair mends what can be rebuilt from what is whole: it drops each full-text index
whatever state its shadow tables are in, rewrites the file (VACUUM) when damaged pages
hold only indexes, deletes orphan rows children first, builds the full-text indexes anew,
re-links and counts again. Damaged table data cannot be rebuilt from anything: then repair
changes nothing and says how to recover what is left into a new file.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import counts, fulltext, link, tallies
from .errors import StoreError
from .migrations import create_full_text
from .schema import FTS, FTS_SHADOWS, FTS_TRIGGERS
from .store import rows, write_transaction

if TYPE_CHECKING:
    import sqlite_utils

# Rows whose parent is gone, children before parents: (table, what it points at, the orphan
# condition, the mend: delete the row, or clear a pointer that may be empty).
ORPHANS: tuple[tuple[str, str, str, str], ...] = (
    ("part_items", "parts", "part_id not in (select id from parts)", "delete"),
    ("parts", "sources", "source_id not in (select id from sources)", "delete"),
    ("item_sources", "sources", "source_id not in (select id from sources)", "delete"),
    ("item_sources", "items", "item_id not in (select id from items)", "delete"),
    ("meetings", "sources", "source_id not in (select id from sources)", "delete"),
    ("items", "sources", "source_id not in (select id from sources)", "delete"),
    ("items", "meetings", "meeting_id not in (select id from meetings)", "delete"),
    ("attendees", "meetings", "meeting_id not in (select id from meetings)", "delete"),
    ("resolutions", "items", "item_id not in (select id from items)", "delete"),
    ("minute_refs", "items", "item_id not in (select id from items)", "delete"),
    ("actions", "items", "item_id not in (select id from items)", "delete"),
    ("minute_refs", "items", "target_item_id not in (select id from items)", "target_item_id"),
    ("actions", "resolutions", "resolution_id not in (select id from resolutions)",
     "resolution_id"),
)  # fmt: skip
RECOVER = (
    "recover what is left into a new file: sqlite3 {db} .recover | sqlite3 recovered.db, "
    "then scrutiny --db recovered.db check --repair"
)


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)  # something is wrong
    notes: list[str] = field(default_factory=list)  # worth knowing, not damage
    damaged_pages: bool = False
    unreadable: list[str] = field(default_factory=list)  # tables that do not read whole

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def repairable(self) -> bool:
        """Nothing lost that repair cannot rebuild: damage only in indexes."""
        return all(_rebuildable(t) for t in self.unreadable)


class Unrepairable(StoreError):
    """Table data is damaged: nothing can rebuild it, so nothing was changed."""


def check(db: sqlite_utils.Database) -> Report:
    """Everything that can be wrong with an archive, as one line each; never raises for
    damage, which it reports and goes on."""
    report = Report()
    steps: tuple[tuple[str, Callable[[sqlite_utils.Database, Report], None]], ...] = (
        ("the pages", _pages),
        ("the links between rows", _foreign_keys),
        ("the full-text indexes", _full_text),
        ("the kept counts", _counts),
        ("the tracker's tallies", _tallies),
        ("people's decisions", _decisions),
    )
    for what, step in steps:
        try:
            step(db, report)
        except sqlite3.DatabaseError as e:
            report.problems.append(f"{what} could not be checked: {e}")
    return report


def _pages(db: sqlite_utils.Database, report: Report) -> None:
    try:
        found = [line for (r,) in db.execute("PRAGMA quick_check") for line in r.splitlines()]
    except sqlite3.DatabaseError as e:
        found = [str(e)]
    damage = [line for line in found if line != "ok" and not line.startswith("***")]
    report.problems += [f"damaged: {line}" for line in damage]
    if damage:
        report.damaged_pages = True
        report.unreadable = _unreadable_tables(db)
        report.problems += [
            f"table {t} cannot be read whole: its data is damaged" for t in report.unreadable
        ]


def _unreadable_tables(db: sqlite_utils.Database) -> list[str]:
    """Tables (not indexes) a full scan cannot read: what no repair can rebuild."""
    try:
        names = [
            r[0]
            for r in db.execute(
                "select name from sqlite_master "
                "where type = 'table' and sql not like 'create virtual%'"
            )
        ]
    except sqlite3.DatabaseError:
        return ["sqlite_master"]
    unreadable = []
    for name in names:
        try:
            for _ in db.execute(f'select * from "{name}"'):
                pass
        except sqlite3.DatabaseError:
            unreadable.append(name)
    return unreadable


def _rebuildable(table: str) -> bool:
    """A full-text shadow table: rebuilt from the table it indexes."""
    return any(table == f"{t}_fts_{s}" for t in FTS for s in FTS_SHADOWS)


def _foreign_keys(db: sqlite_utils.Database, report: Report) -> None:
    counts = Counter((r[0], r[2]) for r in db.execute("PRAGMA foreign_key_check"))
    report.problems += [
        f"{n} {table} row{'s' if n != 1 else ''} point{'' if n != 1 else 's'} at a missing "
        f"{parent} row"
        for (table, parent), n in sorted(counts.items())
    ]


def _full_text(db: sqlite_utils.Database, report: Report) -> None:
    names = set(db.table_names())
    triggers = {r[0] for r in db.execute("select name from sqlite_master where type = 'trigger'")}
    for table in FTS:
        fts = f"{table}_fts"
        gone = [s for s in FTS_SHADOWS if f"{fts}_{s}" not in names]
        if fts not in names or gone:
            what = f"its {', '.join(gone)} table is gone" if fts in names else "it is missing"
            report.problems.append(f"the full-text index of {table} is damaged: {what}")
            continue
        if not all(f"{table}{t}" in triggers for t in FTS_TRIGGERS):
            report.problems.append(f"the full-text index of {table} is not kept in step")
        try:
            db.execute(f"select rowid from {fts} where {fts} match 'scrutiny' limit 1").fetchall()
            missing, extra = db.execute(
                f"select (select count(*) from {table} where id not in "
                f"(select id from {fts}_docsize)), (select count(*) from {fts}_docsize "
                f"where id not in (select id from {table}))"
            ).fetchone()
        except sqlite3.DatabaseError as e:
            report.problems.append(f"the full-text index of {table} is damaged ({e})")
            continue
        if missing or extra:
            report.problems.append(
                f"the full-text index of {table} does not match the table "
                f"({missing} rows not indexed, {extra} entries for rows that are gone)"
            )


def _counts(db: sqlite_utils.Database, report: Report) -> None:
    if "counts" in db.table_names():
        report.problems += [f"the kept count of {d}" for d in counts.differences(db)]


def _tallies(db: sqlite_utils.Database, report: Report) -> None:
    report.problems += [f"the tracker's table {t} is missing" for t in tallies.missing(db)]
    if tallies.has_tallies(db):
        report.problems += [f"the tracker's {d}" for d in tallies.differences(db)]


def _decisions(db: sqlite_utils.Database, report: Report) -> None:
    for o in rows(
        db, "select key, status from action_overrides where key not in (select key from actions)"
    ):
        report.problems.append(
            f"override {o['key']} ({o['status']}) no longer matches an action: "
            "`scrutiny actions orphans` shows it, `scrutiny actions reattach "
            f"{o['key']} NEW` or `scrutiny actions forget {o['key']}` settles it"
        )


# --- Repair ----------------------------------------------------------------------------------


def repair(db: sqlite_utils.Database, archive: str = "ARCHIVE") -> list[str]:
    """Mend what can be mended; what was done, a line each. Raises Unrepairable, having
    changed nothing, when table data is damaged."""
    before = check(db)
    if not before.repairable:
        raise Unrepairable(
            f"the data in {', '.join(before.unreadable)} is damaged: it cannot be rebuilt, "
            "and nothing was changed",
            hint=RECOVER.format(db=archive),
        )
    done: list[str] = []
    db.execute("PRAGMA foreign_keys = OFF")  # orphans go children first; checked at the end
    try:
        cut = _drop_full_text(db, done)
        if cut or before.damaged_pages:
            _rewrite(db, cut)
            done.append("rewrote the file from its tables: damaged pages dropped, indexes rebuilt")
        with write_transaction(db):
            done += _mend_orphans(db)
            for table in FTS:
                create_full_text(db, table)
                fulltext.install(db, table)
            done.append("rebuilt the full-text indexes")
            _relink(db)
            done.append("re-linked references, truncated items and action status")
            if "counts" in db.table_names():
                counts.recount(db)
                done.append("counted every table again")
            if tallies.missing(db):
                tallies.install(db)  # (its tables, indexes and triggers made again, and filled)
                done.append("made the tracker's tallies again")
            elif tallies.has_tallies(db):
                tallies.rebuild(db)
                done.append("counted the tracker's tallies again")
    finally:
        db.execute("PRAGMA foreign_keys = ON")
    return done


def _drop_full_text(db: sqlite_utils.Database, done: list[str]) -> list[str]:
    """Drop every full-text index and its triggers, whatever state they are in; the names
    of those that could not be dropped (damaged pages), to be cut out of the schema."""
    cut = []
    for table in FTS:
        fts = f"{table}_fts"
        for suffix in FTS_TRIGGERS:
            db.execute(f'drop trigger if exists "{table}{suffix}"')
        if not db.table(fts).exists():
            continue
        gone = [s for s in FTS_SHADOWS if not db.table(f"{fts}_{s}").exists()]
        try:
            for shadow in gone:  # FTS5 cannot drop itself without them
                db.execute(FTS_SHADOWS[shadow].format(fts=fts))
            db.execute(f'drop table "{fts}"')
        except sqlite3.DatabaseError:
            cut += [fts, *(f"{fts}_{s}" for s in FTS_SHADOWS)]
            done.append(f"cut the damaged full-text index of {table} out of the file")
    return cut


def _rewrite(db: sqlite_utils.Database, cut: list[str]) -> None:
    """Rewrite the file from its tables (VACUUM). Indexes are taken out of the schema
    first, since VACUUM copies them page by page, damage included, and built anew after;
    so are the tables in cut."""
    indexes = db.execute(
        "select name, sql from sqlite_master where type = 'index' and sql is not null"
    ).fetchall()
    _cut_out(db, [*cut, *(name for name, _ in indexes)])
    db.execute("VACUUM")
    with write_transaction(db):
        for _, sql in indexes:
            db.execute(sql)


def _cut_out(db: sqlite_utils.Database, names: list[str]) -> None:
    """Remove tables or indexes from the schema without reading their pages (which may
    be damaged); the VACUUM that follows leaves those pages behind."""
    version = db.execute("PRAGMA schema_version").fetchone()[0]
    db.execute("PRAGMA writable_schema = ON")
    try:
        with write_transaction(db):
            for name in names:
                db.execute("delete from sqlite_master where name = ?", [name])
            db.execute(f"PRAGMA schema_version = {version + 1}")  # the schema is read anew
    finally:
        db.execute("PRAGMA writable_schema = OFF")


def _mend_orphans(db: sqlite_utils.Database) -> list[str]:
    """Delete rows whose parent is gone, and clear pointers at rows that are gone, until
    none is left (deleting a meeting orphans its items)."""
    counts: Counter[tuple[str, str, str]] = Counter()
    changed = True
    while changed:
        changed = False
        for table, parent, condition, mend in ORPHANS:
            if mend == "delete":
                sql = f"delete from {table} where {condition}"
            else:
                sql = f"update {table} set {mend} = null where {condition}"
            n = db.execute(sql).rowcount
            if n > 0:
                counts[(table, parent, mend)] += n
                changed = True
    return [
        f"deleted {n} {table} rows whose {parent} row was gone"
        if mend == "delete"
        else f"cleared {n} {table}.{mend} pointing at {parent} rows that were gone"
        for (table, parent, mend), n in counts.items()
    ]


def _relink(db: sqlite_utils.Database) -> None:
    scope = link.Scope()
    scope.add_items(
        db, [r["id"] for r in rows(db, "select id from items where meeting_id is not null")]
    )
    link.relink(db, scope)
