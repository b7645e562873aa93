"""Counts kept as rows change, so that `status` and ingest's summary read them instead of
counting a million rows each time: every public table's rows, sources and actions by
status, and references not yet resolved. Triggers keep them (migration 011), whoever
writes; `check` compares them with the tables and `check --repair` counts again.
"""

from __future__ import annotations

import sqlite3
from typing import Any

COUNTS = "counts"
TABLES = ("sources", "meetings", "attendees", "items", "resolutions", "minute_refs", "actions")
BY_STATUS = ("sources", "actions")
UNRESOLVED = "minute_refs:unresolved"
_UNRESOLVED_SQL = "select count(*) from minute_refs where target_item_id is null"
TABLE = (
    f"create table if not exists {COUNTS} (name text primary key, n integer not null) without rowid"
)


def _bump(name: str, delta: int | str) -> str:
    return (
        f"insert into {COUNTS} (name, n) values ({name}, {delta}) "
        "on conflict (name) do update set n = n + excluded.n;"
    )


def _status(table: str, row: str) -> str:
    return f"'{table}:' || coalesce({row}.status, '')"


def triggers() -> dict[str, str]:
    """Trigger name -> its definition after CREATE TRIGGER name."""
    found: dict[str, str] = {}
    for table in TABLES:
        on_insert, on_delete = [_bump(f"'{table}'", 1)], [_bump(f"'{table}'", -1)]
        if table in BY_STATUS:
            on_insert.append(_bump(_status(table, "new"), 1))
            on_delete.append(_bump(_status(table, "old"), -1))
            found[f"{table}_count_au"] = (
                f"after update of status on {table} when old.status is not new.status begin "
                f"{_bump(_status(table, 'old'), -1)} {_bump(_status(table, 'new'), 1)} end"
            )
        found[f"{table}_count_ai"] = f"after insert on {table} begin {' '.join(on_insert)} end"
        found[f"{table}_count_ad"] = f"after delete on {table} begin {' '.join(on_delete)} end"
    unresolved = f"'{UNRESOLVED}'"
    found["minute_refs_unresolved_ai"] = (
        f"after insert on minute_refs when new.target_item_id is null begin "
        f"{_bump(unresolved, 1)} end"
    )
    found["minute_refs_unresolved_ad"] = (
        f"after delete on minute_refs when old.target_item_id is null begin "
        f"{_bump(unresolved, -1)} end"
    )
    change = "(new.target_item_id is null) - (old.target_item_id is null)"
    found["minute_refs_unresolved_au"] = (
        f"after update of target_item_id on minute_refs when {change} != 0 begin "
        f"{_bump(unresolved, change)} end"
    )
    return found


def install(db: Any) -> None:
    """Make the counts table and its triggers, and count once."""
    db.execute(TABLE)
    for name, body in triggers().items():
        db.execute(f"drop trigger if exists {name}")
        db.execute(f"create trigger {name} {body}")
    recount(db)


def actual(db: Any) -> dict[str, int]:
    """What the tables hold now, counted (slow on a large archive: check and repair only)."""
    found = {t: db.execute(f"select count(*) from {t}").fetchone()[0] for t in TABLES}
    for table in BY_STATUS:
        for status, n in db.execute(f"select status, count(*) from {table} group by status"):
            found[f"{table}:{status or ''}"] = n
    found[UNRESOLVED] = db.execute(_UNRESOLVED_SQL).fetchone()[0]
    return found


def recount(db: Any) -> None:
    """Count every table again (inside the caller's write transaction)."""
    db.execute(f"delete from {COUNTS}")
    db.conn.executemany(f"insert into {COUNTS} (name, n) values (?, ?)", actual(db).items())


def kept(db: Any) -> dict[str, int]:
    """The counts as kept: zero for a table or status with none."""
    try:
        found = dict(db.execute(f"select name, n from {COUNTS}").fetchall())
    except sqlite3.OperationalError:  # an archive from before migration 011
        found = actual(db)
    return {t: 0 for t in TABLES} | {name: n for name, n in found.items() if n}


def kept_sum(db: Any, names: list[str]) -> int | None:
    """The kept counts of these names added up ("actions:open", ...), read without counting
    a row; None in an archive from before the counts were kept."""
    marks = ",".join("?" * len(names))
    try:
        found = db.execute(f"select sum(n) from {COUNTS} where name in ({marks})", names)
    except sqlite3.OperationalError:  # an archive from before migration 011
        return None
    return int(found.fetchone()[0] or 0)


def differences(db: Any) -> list[str]:
    """Where the kept counts and the tables disagree, a line each."""
    now, counted = kept(db), actual(db)
    names = sorted(set(now) | set(counted))
    return [
        f"{name}: kept {now.get(name, 0)}, counted {counted.get(name, 0)}"
        for name in names
        if now.get(name, 0) != counted.get(name, 0)
    ]
