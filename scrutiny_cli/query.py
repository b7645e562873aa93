"""Read-only questions the CLI asks of the archive."""

from __future__ import annotations

import re
from typing import Any

import sqlite_utils

from .parse.dates import find_date

Row = dict[str, Any]


def meetings(db: sqlite_utils.Database, committee: str | None = None) -> list[Row]:
    """Every meeting, oldest first, with its number of items."""
    where, params = _committee_filter(committee)
    return list(
        db.query(
            "select m.date, m.start_time, m.committee, m.venue, "
            "(select count(*) from items i where i.meeting_id = m.id) as items, "
            "(select count(*) from attendees a where a.meeting_id = m.id and a.status = 'present') "
            "as present, m.id "
            f"from meetings m {where} order by m.date, m.committee",
            params,
        )
    )


def _committee_filter(committee: str | None, alias: str = "m") -> tuple[str, list[Any]]:
    if not committee:
        return "", []
    return f"where {alias}.committee like ?", [f"%{committee}%"]


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
                "where i.meeting_id is null and i.completes_item_id is null order by s.path"
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
    where = [f"a.status in ({','.join(f':s{i}' for i in range(len(statuses)))})"]
    params: dict[str, Any] = {f"s{i}": s for i, s in enumerate(statuses)} | {"today": today}
    for clause, name, value in (
        ("a.owner like :owner", "owner", f"%{owner}%" if owner else None),
        ("m.committee like :committee", "committee", f"%{committee}%" if committee else None),
        ("m.date >= :since", "since", since),
        ("m.date <= :until", "until", until),
    ):
        if value is not None:
            where.append(clause)
            params[name] = value
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
    """What people set by hand on actions no longer found in the minutes."""
    return list(
        db.query(
            "select o.key, o.status, o.note, o.set_at from action_overrides o "
            "where not exists (select 1 from actions a where a.key = o.key) order by o.set_at"
        )
    )
