"""Read-only questions the CLI asks of the archive."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import sqlite_utils

from .parse.dates import find_date

Row = dict[str, Any]


def meetings(
    db: sqlite_utils.Database,
    committee: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[Row]:
    """Every meeting, oldest first, with its number of items."""
    where, params = _filters(committee, since, until)
    return list(
        db.query(
            "select m.date, m.start_time, m.committee, m.venue, "
            "(select count(*) from items i where i.meeting_id = m.id) as items, "
            "(select count(*) from attendees a where a.meeting_id = m.id and a.status = 'present') "
            "as present, m.id "
            f"from meetings m where {where} order by m.date, m.committee",
            params,
        )
    )


def _filters(
    committee: str | None, since: str | None = None, until: str | None = None
) -> tuple[str, dict[str, Any]]:
    """The where clause (on meetings aliased m) for the filters every listing shares."""
    where, params = ["1"], {}
    if committee:
        where.append("m.committee like :committee")
        params["committee"] = f"%{committee}%"
    if since:
        where.append("m.date >= :since")
        params["since"] = since
    if until:
        where.append("m.date <= :until")
        params["until"] = until
    return " and ".join(where), params


def is_minute_ref(ref: str) -> bool:
    return bool(re.fullmatch(r"(?:[A-Za-z]{1,3}/?)?\d{1,4}[a-z]?(?:/\d{2,4})?", ref.strip()))


def find_items(db: sqlite_utils.Database, ref: str, committee: str | None = None) -> list[Row]:
    """Items by minute ref ("8/17") or, without a year, by number."""
    ref = ref.strip()
    column = "i.minute_ref" if "/" in ref else "i.number"
    sql = (
        "select i.*, m.committee, m.date from items i join meetings m on m.id = i.meeting_id "
        f"where {column} = ?"
    )
    params: list[Any] = [ref]
    if committee:
        sql += " and m.committee like ?"
        params.append(f"%{committee}%")
    return list(db.query(sql + " order by m.date", params))


def find_meetings(db: sqlite_utils.Database, when: str, committee: str | None = None) -> list[Row]:
    """Meetings on a date written any way people write one ("2019-10-03", "3 Oct 2019")."""
    found = find_date(when) if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", when) else (when, None)
    if not found:
        return []
    sql = "select * from meetings where date like ?"
    params: list[Any] = [found[0] + "%"]
    if committee:
        sql += " and committee like ?"
        params.append(f"%{committee}%")
    return list(db.query(sql + " order by date, committee", params))


def meeting_items(db: sqlite_utils.Database, meeting_id: int) -> list[Row]:
    return list(
        db.query("select * from items where meeting_id = ? order by position", [meeting_id])
    )


def attendees(db: sqlite_utils.Database, meeting_id: int) -> list[Row]:
    return list(
        db.query(
            "select name, role, status, organisation from attendees "
            "where meeting_id = ? order by id",
            [meeting_id],
        )
    )


def resolutions(db: sqlite_utils.Database, item_id: int) -> list[Row]:
    return list(
        db.query(
            "select part, text, lead_in from resolutions where item_id = ? order by position",
            [item_id],
        )
    )


def references_from(db: sqlite_utils.Database, item_id: int) -> list[Row]:
    """What an item refers to, with the target's date and title when it is in the archive."""
    return list(
        db.query(
            "select r.ref, r.effect, r.context, t.title as target_title, tm.date as target_date "
            "from minute_refs r left join items t on t.id = r.target_item_id "
            "left join meetings tm on tm.id = t.meeting_id where r.item_id = ? order by r.id",
            [item_id],
        )
    )


def references_to(db: sqlite_utils.Database, item_id: int) -> list[Row]:
    """Later items that refer back to this one."""
    return list(
        db.query(
            "select i.minute_ref, m.date, i.title, r.effect, r.context from minute_refs r "
            "join items i on i.id = r.item_id join meetings m on m.id = i.meeting_id "
            "where r.target_item_id = ? order by m.date",
            [item_id],
        )
    )


def status(db: sqlite_utils.Database) -> dict[str, Any]:
    """Counts, failed sources, and items still truncated or waiting for their meeting."""
    counts = {
        t: db.table(t).count
        for t in (
            "sources",
            "meetings",
            "attendees",
            "items",
            "resolutions",
            "minute_refs",
            "actions",
        )
    }
    counts |= {
        f"actions_{r['status']}": r["n"]
        for r in db.query("select status, count(*) as n from actions group by status")
    }
    by_status = {
        r["status"]: r["n"]
        for r in db.query("select status, count(*) as n from sources group by status")
    }
    return {
        "counts": counts,
        "sources": by_status,
        "problems": list(
            db.query("select path, status, message from sources where status != 'ok' order by path")
        ),
        "truncated": list(
            db.query(
                "select m.committee, m.date, i.minute_ref, i.title from items i "
                "join meetings m on m.id = i.meeting_id where i.truncated = 1 order by m.date"
            )
        ),
        "waiting": list(
            db.query(
                "select s.path, i.title from items i join sources s on s.id = i.source_id "
                "where i.meeting_id is null order by s.path"
            )
        ),
        "orphan_overrides": orphan_overrides(db),
        "unresolved_refs": db.execute(
            "select count(*) from minute_refs where target_item_id is null"
        ).fetchone()[0],
    }


# --- Actions ---------------------------------------------------------------------------------

ACTION_STATUSES = ("open", "addressed", "closed")

# A due date at month or year precision is overdue once that month or year has ended.
_OVERDUE = (
    "(a.status = 'open' and a.due_date is not null and ("
    "(length(a.due_date) = 10 and a.due_date < :today) or "
    "(length(a.due_date) = 7 and a.due_date < substr(:today, 1, 7)) or "
    "(length(a.due_date) = 4 and a.due_date < substr(:today, 1, 4))))"
)


def actions(
    db: sqlite_utils.Database,
    statuses: tuple[str, ...] = ("open",),
    *,
    today: str,
    overdue: bool = False,
    owner: str | None = None,
    committee: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[Row]:
    """Actions by status and filters, soonest due first, then by meeting date."""
    shared, params = _filters(committee, since, until)
    where = [shared, f"a.status in ({','.join(f':s{i}' for i in range(len(statuses)))})"]
    params |= {f"s{i}": s for i, s in enumerate(statuses)} | {"today": today}
    if owner:
        where.append("a.owner like :owner")
        params["owner"] = f"%{owner}%"
    if overdue:
        where.append(_OVERDUE)
    return list(db.query(
        "select a.key, m.committee, m.date as meeting_date, i.minute_ref, a.text, a.owner, "
        f"a.due_date, a.due_text, a.status, a.status_evidence, a.origin, {_OVERDUE} as overdue "
        "from actions a join items i on i.id = a.item_id join meetings m on m.id = i.meeting_id "
        f"where {' and '.join(where)} "
        "order by a.due_date is null, a.due_date, m.date, i.position, a.position",
        params,
    ))  # fmt: skip


def find_action_keys(db: sqlite_utils.Database, key: str) -> list[str]:
    """Keys of actions (or of overrides whose action is gone) equal to or starting with key."""
    key = key.strip().lower()
    return [r["key"] for r in db.query(
        "select key from actions where key like :k union select key from action_overrides "
        "where key like :k order by key", {"k": key + "%"})]  # fmt: skip


def orphan_overrides(db: sqlite_utils.Database) -> list[Row]:
    """What people set by hand on actions no longer found in the minutes, with the action's
    words when the decision was made (an archive from before they were kept has none)."""
    rows = db.query(
        "select o.* from action_overrides o "
        "where not exists (select 1 from actions a where a.key = o.key) order by o.set_at, o.key"
    )
    about = dict.fromkeys(("text", "committee", "meeting_date", "minute_ref"))
    return [{**about, **r} for r in rows]


# --- Search ----------------------------------------------------------------------------------

HIT_START, HIT_END = "\x02", "\x03"  # around matched words in snippets; output.py renders them
SEARCH_KINDS = ("item", "resolution", "action")

# What search looks in: the kind of hit, its table, how a row reaches its item, the
# bm25 weights of the table's columns, and the key a person acts on (actions only). An
# item's title weighs most: a search for a subject should find the item about it first.
_SEARCHED = (
    ("item", "items", "i.id = t.id", ", 10.0, 2.0, 1.0", "null"),
    ("resolution", "resolutions", "i.id = t.item_id", "", "null"),
    ("action", "actions", "i.id = t.item_id", "", "t.key"),
)


def _search_select(kind: str, table: str, join: str, weights: str, key: str) -> str:
    return f"""
select '{kind}' as kind, m.committee, m.date, i.minute_ref, {key} as key, i.title,
       snippet({table}_fts, -1, char(2), char(3), '…', 16) as snippet,
       bm25({table}_fts{weights}) as rank
from {table}_fts join {table} t on t.rowid = {table}_fts.rowid
join items i on {join} join meetings m on m.id = i.meeting_id
where {table}_fts match :q"""


_SEARCH_SQL = {row[0]: _search_select(*row) for row in _SEARCHED}


def search(
    db: sqlite_utils.Database,
    text: str,
    *,
    raw: bool = False,
    kinds: tuple[str, ...] = SEARCH_KINDS,
    committee: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 20,
) -> list[Row]:
    """Best-ranked hits (bm25) over items, resolutions and actions."""
    q = text if raw else db.quote_fts(text)
    selects = [_SEARCH_SQL[k] for k in kinds]
    sql = f"select * from ({' union all '.join(selects)}) where 1"
    params: dict[str, Any] = {"q": q, "limit": limit}
    for clause, name, value in (
        ("committee like :committee", "committee", f"%{committee}%" if committee else None),
        ("date >= :since", "since", since),
        ("date <= :until", "until", until),
    ):
        if value is not None:
            sql += f" and {clause}"
            params[name] = value
    return list(db.query(sql + " order by rank limit :limit", params))


# --- History ---------------------------------------------------------------------------------


def history(db: sqlite_utils.Database, item_id: int) -> list[Row]:
    """The thread of an item through minute references, earlier and later, oldest first;
    references to minutes not in the archive appear with only their ref."""
    seen: set[int] = {item_id}
    missing: dict[str, Row] = {}
    frontier = [item_id]
    while frontier:
        nxt: list[int] = []
        for current in frontier:
            for r in db.query(
                "select ref, target_item_id from minute_refs where item_id = ?", [current]
            ):
                if r["target_item_id"] is None:
                    missing.setdefault(
                        r["ref"],
                        {"minute_ref": r["ref"], "date": None, "title": "(not in the archive)"},
                    )
                elif r["target_item_id"] not in seen:
                    seen.add(r["target_item_id"])
                    nxt.append(r["target_item_id"])
            for r in db.query(
                "select item_id from minute_refs where target_item_id = ?", [current]
            ):
                if r["item_id"] not in seen:
                    seen.add(r["item_id"])
                    nxt.append(r["item_id"])
        frontier = nxt
    thread = [_thread_row(db, i) for i in seen]
    return [*missing.values(), *sorted(thread, key=lambda r: (r["date"] or "", r["minute_ref"]))]


def _thread_row(db: sqlite_utils.Database, item_id: int) -> Row:
    row = next(
        db.query(
            "select i.id, m.date, i.minute_ref, i.title, m.committee, "
            "(select group_concat(r.ref, ', ') from minute_refs r where r.item_id = i.id) as cites "
            "from items i join meetings m on m.id = i.meeting_id where i.id = ?",
            [item_id],
        )
    )
    actions = list(
        db.query(
            "select key, status, text from actions where item_id = ? order by position", [item_id]
        )
    )
    row["actions_raised"] = "; ".join(f"{a['key']} ({a['status']}): {a['text']}" for a in actions)
    answered = list(
        db.query(
            "select key, status from actions where status_by = 'minutes' and "
            "status_evidence like ?",
            [f"{row['minute_ref']} ({row['date']}):%"],
        )
    )
    row["actions_answered"] = "; ".join(f"{a['key']} ({a['status']})" for a in answered)
    return row


# --- Resolutions and attendance ----------------------------------------------------------------


def resolutions_list(
    db: sqlite_utils.Database,
    committee: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[Row]:
    """Every resolution with its meeting and minute, oldest first."""
    where, params = _filters(committee, since, until)
    return list(
        db.query(
            "select m.committee, m.date, i.minute_ref, i.title, r.part, r.text, r.lead_in "
            "from resolutions r join items i on i.id = r.item_id "
            f"join meetings m on m.id = i.meeting_id where {where} "
            "order by m.date, m.committee, i.position, r.position",
            params,
        )
    )


def attendance(
    db: sqlite_utils.Database,
    committee: str | None = None,
    since: str | None = None,
    until: str | None = None,
    name: str | None = None,
) -> list[Row]:
    """Per person and committee: meetings present, apologies, absent, of those recorded."""
    where, params = _filters(committee, since, until)
    if name:
        where += " and a.name like :name"
        params["name"] = f"%{name}%"
    return list(
        db.query(
            "select a.name, m.committee, sum(a.status = 'present') as present, "
            "sum(a.status = 'apologies') as apologies, sum(a.status = 'absent') as absent, "
            "(select count(*) from meetings m2 where m2.committee_key = m.committee_key "
            " and m2.id in (select meeting_id from attendees)"
            + (" and m2.date >= :since" if since else "")
            + (" and m2.date <= :until" if until else "")
            + ") as meetings_recorded, group_concat(distinct a.role) as roles "
            "from attendees a join meetings m on m.id = a.meeting_id "
            f"where {where} group by a.name, m.committee_key order by m.committee, a.name",
            params,
        )
    )


# --- Export and SQL ----------------------------------------------------------------------------

# Each table with readable labels beside its ids (committee, meeting date, minute ref), as
# Datasette shows them.
EXPORTS: dict[str, str] = {
    "meetings": "select m.*, s.path as source_path from meetings m "
                "left join sources s on s.id = m.source_id order by m.date, m.committee, m.id",
    "attendees": "select a.*, m.committee, m.date as meeting_date from attendees a "
                 "join meetings m on m.id = a.meeting_id order by m.date, a.id",
    "items": "select i.*, m.committee, m.date as meeting_date from items i "
             "left join meetings m on m.id = i.meeting_id order by m.date, i.position, i.id",
    "resolutions": "select r.*, m.committee, m.date as meeting_date, i.minute_ref "
                   "from resolutions r join items i on i.id = r.item_id "
                   "left join meetings m on m.id = i.meeting_id order by m.date, i.position, r.id",
    "actions": "select a.*, m.committee, m.date as meeting_date, i.minute_ref from actions a "
               "join items i on i.id = a.item_id left join meetings m on m.id = i.meeting_id "
               "order by m.date, i.position, a.id",
    "minute_refs": "select r.*, m.committee, m.date as meeting_date, i.minute_ref, "
                   "t.minute_ref as target_minute_ref, tm.date as target_meeting_date "
                   "from minute_refs r join items i on i.id = r.item_id "
                   "left join meetings m on m.id = i.meeting_id "
                   "left join items t on t.id = r.target_item_id "
                   "left join meetings tm on tm.id = t.meeting_id order by m.date, r.id",
    "sources": "select * from sources order by path",
    "action_overrides": "select * from action_overrides order by key",
    "override_log": "select * from override_log order by id",
}  # fmt: skip


def export(db: sqlite_utils.Database, table: str) -> tuple[list[str], Iterator[Row]]:
    """The columns and rows of one table for export."""
    cursor = db.conn.execute(EXPORTS[table])
    columns = [d[0] for d in cursor.description]
    return columns, (dict(zip(columns, r, strict=True)) for r in cursor)
