"""Read-only questions the CLI asks of the archive: meetings, items, the archive's
health, resolutions, attendance and exports. Listings are streamed in the order an index
gives where they can be; actions are query_actions.py's, search and history
query_find.py's (their names are offered here too)."""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator
from typing import Any

from . import counts
from .filters import Row, committee_keys, committee_sql, dict_rows, where
from .query_actions import (
    ACTION_STATUSES,
    COUNT_CAP,
    ActionFilter,
    actions,
    count_actions,
    find_action_keys,
)
from .query_find import HIT_END, HIT_START, SEARCH_KINDS, history, search
from .rows import Rows, query_rows

__all__ = [
    "ACTION_STATUSES",
    "COUNT_CAP",
    "HIT_END",
    "HIT_START",
    "SEARCH_KINDS",
    "ActionFilter",
    "Row",
    "actions",
    "count_actions",
    "find_action_keys",
    "history",
    "search",
]  # fmt: skip

_MEETING_ROWS = (
    "select m.date, m.start_time, m.committee, m.venue, "
    "(select count(*) from items i where i.meeting_id = m.id) as items, "
    "(select count(*) from attendees a where a.meeting_id = m.id and a.status = 'present') "
    "as present, m.id from meetings m where "
)


def meetings(
    db: Any,
    committee: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> Iterator[Row]:
    """Every meeting, oldest first, with its number of items; streamed."""
    keys = committee_keys(db, committee) if committee else None
    if keys is not None:
        # Each committee's meetings in date order from its index, merged: sorting every
        # meeting of the committees a name matches made the first row wait for all.
        sql, params = where(db, None, since, until)
        ordered = [
            dict_rows(
                db,
                f"{_MEETING_ROWS}m.committee_key = :key and {sql} order by m.date, m.committee",
                {**params, "key": key},
            )
            for key in keys
        ]
        return heapq.merge(*ordered, key=lambda r: (r["date"] or "", r["committee"] or ""))
    sql, params = where(db, committee, since, until)
    return dict_rows(db, f"{_MEETING_ROWS}{sql} order by m.date, m.committee", params)


def count_meetings(
    db: Any, committee: str | None = None, since: str | None = None, until: str | None = None
) -> int:
    """How many meetings `meetings` gives for the same filters."""
    if not (committee or since or until):
        return counts.kept(db)["meetings"]
    sql, params = where(db, committee, since, until)
    return int(db.execute(f"select count(*) from meetings m where {sql}", params).fetchone()[0])


def is_minute_ref(ref: str) -> bool:
    return bool(re.fullmatch(r"(?:[A-Za-z]{1,3}/?)?\d{1,4}[a-z]?(?:/\d{2,4})?", ref.strip()))


def find_items(db: Any, ref: str, committee: str | None = None) -> list[Row]:
    """Items by minute ref ("8/17") or, without a year, by number."""
    ref = ref.strip()
    column = "i.minute_ref" if "/" in ref else "i.number"
    sql = (
        "select i.*, m.committee, m.date from items i join meetings m on m.id = i.meeting_id "
        f"where {column} = :ref"
    )
    params: dict[str, Any] = {"ref": ref}
    if committee:
        sql += f" and {committee_sql(db)}"
        params["committee"] = f"%{committee}%"
    return list(dict_rows(db, sql + " order by m.date", params))


def find_meetings(db: Any, when: str, committee: str | None = None) -> list[Row]:
    """Meetings on a date written any way people write one ("2019-10-03", "3 Oct 2019")."""
    from .parse.dates import find_date  # here: the parser's dates are needed for this alone

    found = find_date(when) if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", when) else (when, None)
    if not found:
        return []
    sql = "select * from meetings m where m.date like :date"
    params: dict[str, Any] = {"date": found[0] + "%"}
    if committee:
        sql += f" and {committee_sql(db)}"
        params["committee"] = f"%{committee}%"
    return list(dict_rows(db, sql + " order by m.date, m.committee", params))


def meeting_items(db: Any, meeting_id: int) -> list[Row]:
    return list(
        dict_rows(db, "select * from items where meeting_id = ? order by position", [meeting_id])
    )


def attendees(db: Any, meeting_id: int) -> list[Row]:
    return list(
        dict_rows(
            db,
            "select name, role, status, organisation from attendees "
            "where meeting_id = ? order by id",
            [meeting_id],
        )
    )


def resolutions(db: Any, item_id: int) -> list[Row]:
    return list(
        dict_rows(
            db,
            "select part, text, lead_in from resolutions where item_id = ? order by position",
            [item_id],
        )
    )


def references_from(db: Any, item_id: int) -> list[Row]:
    """What an item refers to, with the target's date and title when it is in the archive."""
    return list(
        dict_rows(
            db,
            "select r.ref, r.effect, r.context, t.title as target_title, tm.date as target_date "
            "from minute_refs r left join items t on t.id = r.target_item_id "
            "left join meetings tm on tm.id = t.meeting_id where r.item_id = ? order by r.id",
            [item_id],
        )
    )


def references_to(db: Any, item_id: int) -> list[Row]:
    """Later items that refer back to this one."""
    return list(
        dict_rows(
            db,
            "select i.minute_ref, m.date, i.title, r.effect, r.context from minute_refs r "
            "join items i on i.id = r.item_id join meetings m on m.id = i.meeting_id "
            "where r.target_item_id = ? order by m.date",
            [item_id],
        )
    )


def status(db: Any, cut: int | None = None) -> dict[str, Any]:
    """Counts (kept, not counted), failed sources, and items still truncated or waiting
    for their meeting: the first `cut` of each list (all with None) and how many in all."""
    kept = counts.kept(db)
    found: dict[str, Any] = {"counts": {t: kept[t] for t in counts.TABLES}}
    found["counts"] |= {
        f"actions_{s}": kept[f"actions:{s}"] for s in ACTION_STATUSES if f"actions:{s}" in kept
    }
    found["sources"] = {n.split(":", 1)[1]: v for n, v in kept.items() if n.startswith("sources:")}
    limit = "" if cut is None else f" limit {int(cut)}"
    for name, sql, total in _STATUS_LISTS:
        found[name] = list(dict_rows(db, sql + limit))
        found[f"{name}_total"] = (
            len(found[name]) if cut is None else db.execute(total).fetchone()[0]
        )
    found["orphan_overrides"] = orphan_overrides(db)
    found["unresolved_refs"] = kept.get(counts.UNRESOLVED, 0)
    return found


# What `status` lists, and how to count each list: through the partial indexes of
# migration 011 (the rows a person must look at, not the archive).
_STATUS_LISTS = (
    ("problems",
     "select path, status, message from sources where status != 'ok' order by path",
     "select count(*) from sources where status != 'ok'"),
    ("truncated",
     "select m.committee, m.date, i.minute_ref, i.title from items i "
     "join meetings m on m.id = i.meeting_id where i.truncated = 1 order by m.date",
     "select count(*) from items where truncated = 1 and meeting_id is not null"),
    ("waiting",
     "select s.path, i.title from items i join sources s on s.id = i.source_id "
     "where i.meeting_id is null order by s.path",
     "select count(*) from items where meeting_id is null"),
)  # fmt: skip


def orphan_overrides(db: Any) -> list[Row]:
    """What people set by hand on actions no longer found in the minutes, with the action's
    words when the decision was made (an archive from before they were kept has none)."""
    rows = dict_rows(
        db,
        "select o.* from action_overrides o "
        "where not exists (select 1 from actions a where a.key = o.key) order by o.set_at, o.key",
    )
    about = dict.fromkeys(("text", "committee", "meeting_date", "minute_ref"))
    return [{**about, **r} for r in rows]


# --- Resolutions and attendance ----------------------------------------------------------------


def resolutions_list(
    db: Any,
    committee: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[Row]:
    """Every resolution with its meeting and minute, oldest first."""
    sql, params = where(db, committee, since, until)
    return list(
        dict_rows(
            db,
            "select m.committee, m.date, i.minute_ref, i.title, r.part, r.text, r.lead_in "
            "from resolutions r join items i on i.id = r.item_id "
            f"join meetings m on m.id = i.meeting_id where {sql} "
            "order by m.date, m.committee, i.position, r.position",
            params,
        )
    )


def attendance(
    db: Any,
    committee: str | None = None,
    since: str | None = None,
    until: str | None = None,
    name: str | None = None,
) -> list[Row]:
    """Per person and committee: meetings present, apologies, absent, of those recorded."""
    sql, params = where(db, committee, since, until)
    if name:
        sql += " and a.name like :name"
        params["name"] = f"%{name}%"
    return list(
        dict_rows(
            db,
            "select a.name, m.committee, sum(a.status = 'present') as present, "
            "sum(a.status = 'apologies') as apologies, sum(a.status = 'absent') as absent, "
            "(select count(*) from meetings m2 where m2.committee_key = m.committee_key "
            " and m2.id in (select meeting_id from attendees)"
            + (" and m2.date >= :since" if since else "")
            + (" and m2.date <= :until" if until else "")
            + ") as meetings_recorded, group_concat(distinct a.role) as roles "
            "from attendees a join meetings m on m.id = a.meeting_id "
            f"where {sql} group by a.name, m.committee_key order by m.committee, a.name",
            params,
        )
    )


# --- Export ----------------------------------------------------------------------------------

# Each table with readable labels beside its ids (committee, meeting date, minute ref), as
# Datasette shows them, oldest meeting first. A table of items or their children comes in
# two parts: the rows of items still waiting for their meeting, then the rest by meeting
# in date order (the meetings' date index gives that order, so rows stream at once
# instead of waiting for a sort of the whole table).
_BY_MEETING = "from meetings m cross join items i "
_WAITING = "from items i "
_CHILD: dict[str, tuple[str, str, str, bool]] = {
    "resolutions": ("select r.*, {committee} as committee, {date} as meeting_date, i.minute_ref ",
                    "cross join resolutions r where r.item_id = i.id and ", "r.id", True),
    "actions": ("select a.*, {committee} as committee, {date} as meeting_date, i.minute_ref ",
                "cross join actions a where a.item_id = i.id and ", "a.id", True),
    "minute_refs": ("select r.*, {committee} as committee, {date} as meeting_date, i.minute_ref, "
                    "(select t.minute_ref from items t where t.id = r.target_item_id) "
                    "as target_minute_ref, (select tm.date from items t join meetings tm on "
                    "tm.id = t.meeting_id where t.id = r.target_item_id) as target_meeting_date ",
                    "cross join minute_refs r where r.item_id = i.id and ", "r.id", False),
}  # fmt: skip


def _in_two_parts(select: str, join: str, last: str, by_position: bool = True) -> tuple[str, str]:
    position = "i.position, " if by_position else ""
    waiting = (
        f"{select.format(committee='null', date='null')}{_WAITING}{join}i.meeting_id is null "
        f"order by {position}{last}"
    )
    met = (
        f"{select.format(committee='m.committee', date='m.date')}{_BY_MEETING}{join}"
        "i.meeting_id = m.id "
        f"order by m.date, {position}{last}"
    )
    return waiting, met


EXPORTS: dict[str, tuple[str, ...]] = {
    "meetings": ("select m.*, s.path as source_path from meetings m "
                 "left join sources s on s.id = m.source_id order by m.date, m.committee, m.id",),
    "attendees": ("select a.*, m.committee, m.date as meeting_date from meetings m "
                  "cross join attendees a where a.meeting_id = m.id order by m.date, a.id",),
    "items": _in_two_parts(
        "select i.*, {committee} as committee, {date} as meeting_date ", "where ", "i.id"
    ),
    **{name: _in_two_parts(*parts) for name, parts in _CHILD.items()},
    "sources": ("select * from sources order by path",),
    "action_overrides": ("select * from action_overrides order by key",),
    "override_log": ("select * from override_log order by id",),
}  # fmt: skip


def export(db: Any, table: str) -> tuple[list[str], Rows]:
    """The columns and rows of one table for export, streamed."""
    rows = query_rows(db.execute(sql) for sql in EXPORTS[table])
    return rows.columns, rows
