"""Read-only questions about actions: the outstanding-actions log (`scrutiny actions`),
streamed in the order an index gives, and one action's story (`actions show KEY`)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from . import counts
from .filters import Row, dict_rows, has_table, where
from .rows import AtLeast, Fetched, Rows, query_rows

MIN_KEY = 4  # characters of a key a command that changes something needs
ACTION_STATUSES = ("open", "addressed", "closed")

# A due date at month or year precision is overdue once that month or year has ended.
# (`a.due_date < :today` first: a range of the (status, due_date) index holds them all.)
_OVERDUE = (
    "(a.status = 'open' and a.due_date is not null and a.due_date < :today and ("
    "(length(a.due_date) = 10) or "
    "(length(a.due_date) = 7 and a.due_date < substr(:today, 1, 7)) or "
    "(length(a.due_date) = 4 and a.due_date < substr(:today, 1, 4))))"
)
_COLUMNS = (
    "select a.key, m.committee, m.date as meeting_date, i.minute_ref, a.text, a.owner, "
    f"a.due_date, a.due_text, a.status, a.status_evidence, a.origin, {_OVERDUE} as overdue "
)
# Without a due date an action is never overdue: not worked out again for each of them.
_UNDATED_COLUMNS = _COLUMNS.replace(_OVERDUE, "0")
# Actions in the order of the (status, due_date) index; and meetings in date order (their
# index), each meeting's items and actions (CROSS JOIN keeps that order of the joins).
_BY_DUE_DATE = (
    "from actions a join items i on i.id = a.item_id join meetings m on m.id = i.meeting_id where "
)
_BY_MEETING = (
    "from meetings m cross join items i cross join actions a "
    "where i.meeting_id = m.id and a.item_id = i.id and "
)
_BY_MEETING_ORDER = "m.date, m.committee, i.position, a.position"
_ORDER = f"a.due_date is null, a.due_date, {_BY_MEETING_ORDER}"


@dataclass(frozen=True)
class ActionFilter:
    """Which actions a listing asks for: statuses, and the filters people type."""

    statuses: tuple[str, ...] = ("open",)
    today: str = ""  # ISO: by this day an action is overdue
    overdue: bool = False
    owner: str | None = None
    committee: str | None = None
    since: str | None = None
    until: str | None = None

    def where(
        self, db: Any, by_meeting: bool = False, in_date_order: bool = False
    ) -> tuple[str, dict[str, Any]]:
        """The where clause and parameters. by_meeting: for a query that finds actions
        by their item ("+": never through the status index, which would read every
        action of the status for each item); in_date_order: meetings read in date order
        (never through the committee index, whose order is another)."""
        shared, params = where(db, self.committee, self.since, self.until)
        if in_date_order:
            shared = shared.replace("m.committee_key in", "+m.committee_key in")
        marks = ",".join(f":s{i}" for i in range(len(self.statuses)))
        status = "+a.status" if by_meeting else "a.status"
        one = len(self.statuses) == 1
        clauses = [shared, f"{status} = :s0" if one else f"{status} in ({marks})"]
        params |= {f"s{i}": s for i, s in enumerate(self.statuses)} | {"today": self.today}
        if self.owner:
            clauses.append("a.owner like :owner")
            params["owner"] = f"%{self.owner}%"
        if self.overdue:
            clauses.append(_OVERDUE)
        return " and ".join(clauses), params


def actions(db: Any, asked: ActionFilter, limit: int | None = None) -> Rows:
    """Actions by status and filters, soonest due first (those with no date last), then
    by meeting date; streamed. One status (the log as people ask for it) comes in two
    passes, so that the first rows come at once at any size: those with a due date in the
    order of the (status, due_date) index (a committee's found by key and sorted, at most
    limit of them), then the undated ones by meeting in date order. Several statuses are
    sorted together (at most limit of them)."""
    return query_rows(_action_cursors(db, asked, limit), types={"overdue": bool})


def _action_cursors(db: Any, asked: ActionFilter, limit: int | None) -> Iterator[Any]:
    """The queries of `actions`, each run once the one before it has been read."""
    cut = f" limit {int(limit)}" if limit is not None else ""
    if len(asked.statuses) > 1:
        sql, params = asked.where(db, by_meeting=True)
        yield db.execute(f"{_COLUMNS}{_BY_MEETING}{sql} order by {_ORDER}{cut}", params)
        return
    order = f"order by a.due_date, {_BY_MEETING_ORDER}"
    if asked.committee:
        sql, params = asked.where(db, by_meeting=True)
        soonest = _soonest(db, sql, params, limit) if limit is not None else None
        if soonest is not None:
            yield soonest
        else:
            dated = f"{_COLUMNS}{_BY_MEETING}{sql} and a.due_date is not null {order}{cut}"
            yield db.execute(dated, params)
    else:
        sql, params = asked.where(db)
        # (cut: rows are read a block at a time, and a screenful needs far fewer)
        dated = f"{_COLUMNS}{_BY_DUE_DATE}{sql} and a.due_date is not null {order}{cut}"
        yield db.execute(dated, params)
    if not asked.overdue:  # an action with no due date is never overdue
        sql, params = asked.where(db, by_meeting=True, in_date_order=True)
        undated = (
            f"{_UNDATED_COLUMNS}{_BY_MEETING}{sql} and a.due_date is null "
            f"order by {_BY_MEETING_ORDER}{cut}"
        )
        yield db.execute(undated, params)


# How many of the soonest-due actions of a status are read to find a committee's first
# screenful among them (see _soonest).
WINDOW = 4000


def _soonest(db: Any, sql: str, params: dict[str, Any], limit: int) -> Fetched | None:
    """A committee's `limit` soonest-due actions of one status, found among the WINDOW
    soonest-due of the archive (a range of the (status, due_date) index) when enough of
    them fall before the window's last due date, so that no later action can come
    first; None when they do not (a small committee: its own actions are sorted)."""
    window = (
        "(select * from actions where status = :s0 and due_date is not null "
        "order by due_date limit :window)"
    )
    cursor = db.execute(
        f"{_COLUMNS}from {window} a join items i on i.id = a.item_id "
        f"join meetings m on m.id = i.meeting_id where {sql} "
        f"order by a.due_date, {_BY_MEETING_ORDER}",
        {**params, "window": WINDOW},
    )
    found = cursor.fetchall()
    edge = db.execute(
        "select due_date from actions where status = ? and due_date is not null "
        "order by due_date limit 1 offset ?",
        [params["s0"], WINDOW - 1],
    ).fetchone()
    if edge is not None:  # the window ends inside the list: only what comes before is sure
        due = [d[0] for d in cursor.description].index("due_date")
        found = [r for r in found if r[due] < edge[0]]
        if len(found) < limit:
            return None
    return Fetched(cursor.description, found[:limit])


# Rows beyond a screenful that a listing of a committee or dates counts for its "… N more"
# line before it stops and says "over N": counting every action of four committees of a
# million items, through their meetings and items, took longer than the rest of the command.
COUNT_CAP = 10_000


def count_actions(db: Any, asked: ActionFilter, cap: int | None = None) -> int:
    """How many rows `actions` gives. With a meeting's filter (committee, dates) they are
    counted through the meetings, at most cap of them (beyond it, AtLeast(cap)). Else the
    archive's kept count of the status (counts.py), or with an owner or overdue filter the
    actions counted in their own index; less those of items still waiting for their
    meeting, which the listing leaves out."""
    if asked.committee or asked.since or asked.until:
        sql, params = asked.where(db, by_meeting=True)
        cut = f" limit {int(cap) + 1}" if cap is not None else ""
        found = int(db.execute(f"select count(*) from (select 1 {_BY_MEETING}{sql}{cut})", params)
                    .fetchone()[0])  # fmt: skip
        return AtLeast(cap) if cap is not None and found > cap else found
    sql, params = asked.where(db)
    names = [f"actions:{s}" for s in asked.statuses]
    total = None if asked.owner or asked.overdue else counts.kept_sum(db, names)
    if total is None:
        total = int(db.execute(f"select count(*) from actions a where {sql}", params).fetchone()[0])
    # (CROSS JOIN: the few waiting items first, through their index, then their actions)
    sql, params = asked.where(db, by_meeting=True)
    waiting = db.execute(
        "select count(*) from items i cross join actions a "
        f"where i.meeting_id is null and a.item_id = i.id and {sql}",
        params,
    )
    return total - int(waiting.fetchone()[0])


def find_action_keys(db: Any, key: str) -> list[str]:
    """Keys of actions (or of overrides whose action is gone) equal to or starting with key."""
    key = key.strip().lower()
    return [r["key"] for r in dict_rows(db,
        "select key from actions where key like :k union select key from action_overrides "
        "where key like :k order by key", {"k": key + "%"})]  # fmt: skip


def resolve_keys(db: Any, typed: list[str]) -> tuple[list[str], list[str]]:
    """The full key for each key or start of one typed, and a line for each that names no
    action or more than one."""
    found, problems = [], []
    for key in typed:
        keys = find_action_keys(db, key)
        if len(keys) == 1:
            found.append(keys[0])
        elif not keys:
            problems.append(f"no action with key {key!r}")
        else:
            shown = ", ".join(keys[:5]) + (", …" if len(keys) > 5 else "")
            problems.append(f"{key!r} is the start of {len(keys)} keys: {shown}")
    return found, problems


def action_detail(db: Any, key: str) -> dict[str, Any] | None:
    """An action by its full key: what was asked, where (committee, meeting, minute, the
    resolution it came from), its status and evidence, and every decision people made."""
    found = list(
        dict_rows(
            db,
            "select a.key, a.status, a.status_by, a.status_evidence, a.text, a.owner, "
            "a.due_date, a.due_text, a.origin, m.committee, m.date as meeting_date, "
            "i.minute_ref, i.title as item_title, r.lead_in as resolution_lead_in, "
            "r.part as resolution_part, r.text as resolution_text "
            "from actions a join items i on i.id = a.item_id "
            "join meetings m on m.id = i.meeting_id "
            "left join resolutions r on r.id = a.resolution_id where a.key = ?",
            [key],
        )
    )
    history = overrides_of(db, key)
    if not found:
        return {"key": key, "gone": True, "overrides": history} if history else None
    return {**found[0], "gone": False, "overrides": history}


def overrides_of(db: Any, key: str) -> list[Row]:
    """Every close, reopen and reset of a key, oldest first (the current one alone in an
    archive made before the history was kept)."""
    if has_table(db, "override_log"):
        logged = list(
            dict_rows(
                db, "select status, note, set_at from override_log where key = ? order by id", [key]
            )
        )
        if logged:
            return logged
    return list(
        dict_rows(db, "select status, note, set_at from action_overrides where key = ?", [key])
    )
