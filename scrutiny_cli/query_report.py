"""Read-only questions behind `scrutiny report`: the rows of the tracker's scope, fetched
once; report.py shapes them (and can be tested without an archive)."""

from __future__ import annotations

import heapq
import json
import operator
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import query_tallies, tallies
from .filters import committee_sql, has_table
from .shape import recommending
from .store import rows

if TYPE_CHECKING:  # only to write: the tracker starts faster without it
    import sqlite_utils

Cited = Callable[[Iterable[int]], list[Any]]
Neighbours = Callable[[Iterable[str]], dict[str, tuple[str | None, str | None]]]
Whole = Callable[[Iterable[int]], list[Any]]

MIN_KEY = 5  # characters of a key the tracker shows, more where needed to stay unique


def _none_cited(items: Iterable[int]) -> list[Any]:
    return []


def _no_neighbours(keys: Iterable[str]) -> dict[str, tuple[str | None, str | None]]:
    return {}


@dataclass
class ReportRows:
    """Everything the tracker of one scope is made from (minutes before `before` only)."""

    # Every meeting of the committees in scope; for a screenful read through the tallies
    # with --committee, only each committee's last (all report.build reads of them then).
    meetings: list[Any] = field(default_factory=list)
    # Actions asked in scope; `crowded` is true where another key of the archive starts
    # with the same MIN_KEY characters, `decided` where people made a decision on it.
    actions: list[Any] = field(default_factory=list)
    # With a screenful only (report_rows' keep): the untouched actions, held open on no
    # minute's word and no person's (most of a large archive's) and so open as of any
    # date, counted by due date as (due, count), and those of the earliest meetings
    # fetched. `actions` then holds the others; without keep, every action.
    open_dues: list[tuple[str | None, int]] = field(default_factory=list)
    open_rows: list[Any] = field(default_factory=list)
    # The later minutes of the same committee citing the items given, oldest first: asked
    # for only where needed (most trackers need few), not fetched for every item.
    cited: Cited = _none_cited
    overrides: list[Any] = field(default_factory=list)  # decisions on actions in scope, in order
    resolutions: list[Any] = field(default_factory=list)  # resolutions agreed in scope
    # The archive's keys either side of each (crowded) key given, in key order.
    neighbours: Neighbours = _no_neighbours
    # Whether each resolution's row says whom it recommends to (`recommends_to`, as the
    # archive keeps it: tallies.py), or report_rules must read its text.
    recommends_to_kept: bool = False
    # For a screenful read through the tallies: `resolutions` are in brief, in meeting
    # order without their words or place in it, and this fetches those given whole.
    whole_recommendations: Whole | None = None


def named(db: sqlite_utils.Database, committee: str | None) -> bool:
    """Whether a committee whose name contains the --committee text (any, with none) has a
    dated meeting: its name found among the few in `committees`, its meetings by key."""
    if not committee:
        return bool(db.execute("select 1 from meetings where date is not null limit 1").fetchall())
    if not has_table(db, "committees"):
        sql = "select 1 from meetings where committee like :committee and date is not null"
    else:
        sql = (
            "select 1 from committees c where c.name like :committee and exists (select 1 "
            "from meetings m where m.committee_key = c.committee_key and m.committee = c.name "
            "and m.date is not null)"
        )
    return bool(db.execute(sql + " limit 1", {"committee": f"%{committee}%"}).fetchall())


def _scope(db: sqlite_utils.Database, committee: str | None) -> str:
    """SQL true for a meeting (aliased m) in scope: the committees named, meetings from
    --since, and before the tracker's date. A named committee's meetings are found by key
    through an index (filters.committee_sql); their own name must still contain the text."""
    dated = "m.date >= :since and m.date < :before"
    if not committee:
        return dated
    return f"{committee_sql(db)} and m.committee like :committee and {dated}"


_MEETINGS = """
select m.id, coalesce(m.committee, '') as committee, m.committee_key, m.date from meetings m
where {scope} order by m.date, m.committee
"""
# Sorted here by meeting, item and position in Python: SQLite's sorter would copy every
# row's text, and took longer than the query itself on a large archive. Each row says
# whether another key starts like its own (one look in the index of keys: the few that do
# need their neighbours for a short key that stays unique; null when only a screenful of
# rows is shown, whose neighbours are cheaper to ask for), and whether people decided
# on it (found by key, where reading every decision made grows with the archive).
_ACTIONS = """
select a.id, a.key, a.item_id, a.resolution_id, a.text, a.owner, a.due_date, a.due_text,
       a.status, a.status_evidence, a.status_by, i.minute_ref,
       coalesce(m.committee, '') as committee, m.committee_key, m.date as meeting_date,
       coalesce(i.position, 0) as item_position, coalesce(a.position, 0) as position,
       {crowded} as crowded,
       {decided} as decided
from {source}
"""
_IN_SCOPE = """meetings m join items i on i.meeting_id = m.id join actions a on a.item_id = i.id
where {scope}"""
_BY_ID = """json_each(:ids) k join actions a on a.id = k.value join items i on i.id = a.item_id
join meetings m on m.id = i.meeting_id"""
# For a screenful, the scope's actions are walked once for what counts them and orders
# them by meeting, and only the rows the tracker reads are fetched whole (by id): those
# whose status it works out, and the untouched ones of its earliest meetings (untouched:
# held open on no minute's evidence and no person's word, so open as of any date, as
# report_status.stored reads them: tallies.untouched, less the actions people decided
# on). On a large archive nearly every action is untouched: those are only counted, by
# due date (through the tallies an archive keeps, query_tallies.py, without this walk).
_WALK = f"""
select a.id, a.due_date, m.date, coalesce(m.committee, ''),
       {tallies.untouched("a")} and not ({{decided}}) as untouched
from {_IN_SCOPE}
"""
_CROWDED = """exists (select 1 from actions b where b.key >= substr(a.key, 1, :least)
               and b.key < substr(a.key, 1, :least) || char(1114111) and b.key != a.key)"""
_DECIDED = {
    "override_log": "exists (select 1 from override_log o where o.key = a.key)",
    "action_overrides": "exists (select 1 from action_overrides v where v.key = a.key)",
}
ACTION_ORDER = operator.itemgetter("meeting_date", "committee", "item_position", "position", "id")
_MEETING = operator.itemgetter(2, 3)  # a walked action's meeting: its date and committee
# Later minutes of the same committee citing the items given (as link.py reads them).
_CITATIONS = """
select r.target_item_id, r.effect, r.context, i.minute_ref, m.date
from minute_refs r join items i on i.id = r.item_id join meetings m on m.id = i.meeting_id
join items t on t.id = r.target_item_id join meetings tm on tm.id = t.meeting_id
where r.target_item_id in (select value from json_each(:items))
      and tm.committee_key = m.committee_key and m.date < :before
order by m.date, r.id
"""
# Resolutions holding a word every recommendation rule needs, through their partial index
# (shape.RECOMMENDING_INDEX, whose condition this names).
_RESOLUTIONS = f"""
select r.id, r.item_id, r.part, coalesce(r.text, '') as text, i.minute_ref,
       coalesce(m.committee, '') as committee, m.committee_key, m.date as meeting_date
from meetings m join items i on i.meeting_id = m.id join resolutions r on r.item_id = i.id
where {{scope}} and ({recommending("r.text")})
order by m.date, m.committee, i.position, r.position,
         cast(i.number as integer), i.number, i.id, r.id  -- (ties: items known by their pages)
"""
# The keys either side of each key given, in the order of the index of keys.
_NEIGHBOURS = """
select k.value, (select max(key) from actions where key < k.value),
       (select min(key) from actions where key > k.value)
from json_each(:keys) k
"""


def report_rows(
    db: sqlite_utils.Database, committee: str | None, since: str | None, before: str,
    keep: int | None = None,
) -> ReportRows:  # fmt: skip
    """The rows of the tracker for committees whose name contains `committee` (all with
    None), meetings on or after `since`, as the minutes stood before `before`; with keep,
    for a screenful of `keep` rows a table (report.build's keep): the untouched actions
    counted and only the first of them fetched, and no look for crowded keys."""
    params = {"committee": f"%{committee or ''}%", "since": since or "", "before": before}
    scope = _scope(db, committee)
    logs = [t for t in _DECIDED if has_table(db, t)]
    decided = " or ".join(_DECIDED[t] for t in logs) or "0"
    # (a screenful reads the tallies the archive keeps, where it has them: tallies.py)
    has_tallies = tallies.has_tallies(db)
    kept = keep is not None and has_tallies
    found = ReportRows(
        meetings=(
            query_tallies.last_meetings(db, params)
            if kept and committee
            else rows(db, _MEETINGS.format(scope=scope), params)
        ),
        cited=lambda items: rows(
            db, _CITATIONS, {"items": json.dumps(sorted(set(items))), "before": before}
        ),
        neighbours=lambda keys: {
            key: (lower, upper)
            for key, lower, upper in db.execute(_NEIGHBOURS, {"keys": json.dumps(list(keys))})
        },
    )
    if has_tallies and tallies.current(db):
        found.resolutions = query_tallies.recommendations(db, committee, params, brief=kept)
        found.recommends_to_kept = True
        if kept:
            found.whole_recommendations = lambda ids: query_tallies.whole_recommendations(db, ids)
    else:
        found.resolutions = rows(db, _RESOLUTIONS.format(scope=scope), params)
    if keep is None:
        source = _IN_SCOPE.format(scope=scope)
        whole = _ACTIONS.format(source=source, crowded=_CROWDED, decided=decided)
        found.actions = sorted(rows(db, whole, {**params, "least": MIN_KEY}), key=ACTION_ORDER)
    else:
        walked = (
            query_tallies.screenful(db, scope, committee, params, keep, logs)
            if kept
            else _walk(db, _WALK.format(scope=scope, decided=decided), params, keep)
        )
        _screenful(db, found, walked, decided, params)
    found.overrides = _overrides(db, {a["key"] for a in found.actions if a["decided"]}, logs)
    return found


def _walk(
    db: sqlite_utils.Database, walk: str, params: dict[str, str], keep: int
) -> query_tallies.Walked:
    """A screenful's actions walked once: the untouched ones counted by due date, those of
    the earliest meetings (at least the first `keep` in order), and the others."""
    walked = db.execute(walk, params).fetchall()
    untouched = [w for w in walked if w[-1]]
    # Enough meetings for `keep` rows; the items' order within them is read with the rows.
    earliest = heapq.nsmallest(keep, untouched, key=_MEETING)
    last = _MEETING(earliest[-1]) if earliest else None
    first = {w[0] for w in untouched if last is not None and _MEETING(w) <= last}
    return query_tallies.Walked(
        list(Counter(w[1] for w in untouched).items()), [w[0] for w in walked if not w[-1]], first
    )


def _screenful(
    db: sqlite_utils.Database, found: ReportRows, walked: query_tallies.Walked, decided: str,
    params: dict[str, str],
) -> None:  # fmt: skip
    """The actions of a screenful's tracker into `found`: the untouched ones counted by
    due date, those of the earliest meetings and all the others fetched whole."""
    found.open_dues = walked.open_dues
    first = walked.first
    ids = walked.others + sorted(first)
    sql = _ACTIONS.format(source=_BY_ID, crowded="null", decided=decided)
    fetched = rows(db, sql, {"ids": json.dumps(ids)})
    if walked.touched:  # (fetched where found: their ids alone took as long again)
        sql = _ACTIONS.format(source=walked.touched, crowded="null", decided=decided)
        seen = set(ids)
        fetched += [a for a in rows(db, sql, params) if a["id"] not in seen]
    fetched.sort(key=ACTION_ORDER)
    found.actions = [a for a in fetched if a["id"] not in first]
    found.open_rows = [a for a in fetched if a["id"] in first]


def _overrides(db: sqlite_utils.Database, keys: set[str], logs: list[str]) -> list[Any]:
    """Every close, reopen and reset people made on the keys given, oldest first; in an
    archive made before the history was kept, the decisions in force."""
    if not keys:
        return []
    found = {"keys": json.dumps(sorted(keys))}
    by_key = "key, status, note, set_at from {} where key in (select value from json_each(:keys))"
    logged = (
        rows(db, f"select {by_key.format('override_log')} order by id", found)
        if "override_log" in logs
        else []
    )
    kept = {r["key"] for r in logged}
    current = rows(db, f"select {by_key.format('action_overrides')} order by set_at", found)
    return [*logged, *(r for r in current if r["key"] not in kept)]
