"""Full-text indexes written in bulk at the end of each ingest transaction.

FTS5 costs several times more row by row, from a trigger on every insert, than for the
same rows in one statement. So while an ingest's transaction is open (`defer`: a marker
row in fts_pending, inside the transaction) the triggers only note which rows are new or
rewritten, and `flush` indexes them all at once just before COMMIT; a rolled-back file
takes its notes with it, and no committed archive holds any. A row deleted or rewritten
while still pending is not in the index, so its trigger only drops the note (an FTS5
'delete' of a row it does not hold would damage the index). Any other writer (an
`actions close`, a person with the sqlite3 shell) finds no marker, and the triggers index
its rows at once, as before.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from .shape import FTS, FTS_PENDING

if TYPE_CHECKING:
    import sqlite_utils

PENDING = FTS_PENDING


def _columns(table: str, prefix: str = "", indexed: dict[str, tuple[str, ...]] = FTS) -> str:
    return ", ".join(f'{prefix}"{c}"' for c in indexed[table])


def _not_pending(table: str, row: str) -> str:
    return f"not exists (select 1 from {PENDING} where tbl = '{table}' and id = {row}.rowid)"


_DEFERRING = f"exists (select 1 from {PENDING} where tbl = '*' and id = 0)"


def triggers(table: str, indexed: dict[str, tuple[str, ...]] = FTS) -> dict[str, str]:
    """The three triggers (sqlite-utils' names: _ai, _ad, _au) that keep table's index of
    the `indexed` columns."""
    fts, cols = f"{table}_fts", _columns(table, indexed=indexed)
    new, old = _columns(table, "new.", indexed), _columns(table, "old.", indexed)
    index = (
        f"insert into {PENDING} (tbl, id) select '{table}', new.rowid where {_DEFERRING} "
        f"on conflict do nothing; insert into {fts} (rowid, {cols}) select new.rowid, {new} "
        f"where not {_DEFERRING};"
    )
    unindex = (
        f"insert into {fts} ({fts}, rowid, {cols}) select 'delete', old.rowid, "
        f"{old} where {_not_pending(table, 'old')};"
    )
    forget = f"delete from {PENDING} where tbl = '{table}' and id = old.rowid;"
    return {
        f"{table}_ai": f"after insert on {table} begin {index} end",
        f"{table}_ad": f"after delete on {table} begin {unindex} {forget} end",
        f"{table}_au": f"after update of {cols} on {table} begin {unindex} {index} end",
    }


def install(
    db: sqlite_utils.Database, table: str, indexed: dict[str, tuple[str, ...]] = FTS
) -> None:
    """Replace table's full-text triggers with the ones that index in bulk."""
    for name, body in triggers(table, indexed).items():
        db.execute(f"drop trigger if exists {name}")
        db.execute(f"create trigger {name} {body}")


def defer(db: sqlite_utils.Database) -> None:
    """From now until `flush`, in this transaction, note new rows instead of indexing them."""
    db.conn.execute(f"insert or ignore into {PENDING} (tbl, id) values ('*', 0)")


def flush(db: sqlite_utils.Database) -> None:
    """Index every pending row, one statement a table, and stop deferring (inside the
    caller's transaction, just before it commits)."""
    try:
        if db.conn.execute(f"select 1 from {PENDING} limit 1").fetchone() is None:
            return
    except sqlite3.OperationalError:  # an archive from before migration 010: none pending
        return
    for table in FTS:
        cols = _columns(table)
        db.conn.execute(
            f"insert into {table}_fts (rowid, {cols}) select t.rowid, {_columns(table, 't.')} "
            f"from {PENDING} p join {table} t on t.rowid = p.id where p.tbl = '{table}'"
        )
    db.conn.execute(f"delete from {PENDING}")
