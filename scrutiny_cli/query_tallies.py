"""A screenful's tracker read through the tallies an archive keeps (tallies.py) instead of
walking every action and resolution of its committees: the untouched actions counted by
due date, those of the earliest meetings found by the counts of each meeting, the others
(changed by a later minute or decided by a person) found in the meetings that hold them,
and the recommendations read in brief from their own table (the few shown fetched whole).
query_report.py fetches the actions whole, those the minutes changed where they are found
and the rest by id, and gives report.py the same rows the walk would have found.
"""

from __future__ import annotations

import itertools
import json
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

from .tallies import untouched

if TYPE_CHECKING:
    import sqlite_utils

# A tally (alias t) or recommendation (alias c) in the tracker's scope: the committees
# named, found by key through the index, their own names containing the text; the dates.
_NAMED = (
    "{t}.committee_key in (select committee_key from committees where name like :committee) "
    "and {t}.committee like :committee and "
)
_DATED = "{t}.date >= :since and {t}.date < :before"


def _scope(alias: str, committee: str | None) -> str:
    return ((_NAMED if committee else "") + _DATED).format(t=alias)


class Walked(NamedTuple):
    """What the walk of a screenful's actions found (query_report._screenful's)."""

    open_dues: list[tuple[str | None, int]]  # the untouched actions, counted by due date
    others: list[int]  # the ids of the actions not untouched: their status is worked out
    first: set[int]  # the ids of the untouched actions of the earliest meetings
    # Or, read through the tallies, most of the others: the SQL source (query_report's
    # _ACTIONS) of the actions the minutes touched, fetched whole with the walk's params.
    touched: str | None = None


def screenful(
    db: sqlite_utils.Database, scope: str, committee: str | None, params: dict[str, str],
    keep: int, logs: list[str],
) -> Walked:  # fmt: skip
    """The untouched actions in scope counted by due date, those of the earliest meetings
    (at least `keep` of them, and every one of the last meeting's date and name), and the
    others; `scope` is query_report's condition on a meeting (m), `logs` the tables of
    people's decisions."""
    where = _scope("t", committee)
    decided = _decided(db, scope, params, logs)
    held = [d for d in decided if d.untouched]  # counted untouched, yet decided on
    dues: Counter[str | None] = Counter()
    sql = f"select due_date, sum(n) from action_tallies t where {where} and untouched = 1 "
    for due, n in db.execute(sql + "group by due_date", params):
        dues[due or None] += n
    dues.subtract(d.due or None for d in held)
    last = _last_of_earliest(db, committee, params, keep, Counter(d.meeting for d in held))
    first: set[int] = set()
    if last is not None:
        sql = _FIRST.format(where=where, untouched=untouched("a"))
        found = db.execute(sql, {**params, "date": last[0], "name": last[1]})
        first = {r[0] for r in found} - {d.id for d in decided}
    touched = _TOUCHED.format(where=where, untouched=untouched("a"))
    others = sorted({d.id for d in decided})
    return Walked([(due, n) for due, n in dues.items() if n], others, first, touched)


class _Decision(NamedTuple):
    id: int
    due: str
    meeting: tuple[str, str]  # its meeting's date and committee
    untouched: int  # as the archive holds it, without the decision


_DECIDED = """
select a.id, coalesce(a.due_date, ''), m.date, coalesce(m.committee, ''), {untouched}
from actions a join items i on i.id = a.item_id join meetings m on m.id = i.meeting_id
where a.key in ({keys}) and {scope}
"""
# Every untouched action of the meetings up to the last of the earliest, and every other
# action of the meetings that hold one: the meetings first, then their items' actions (a
# cross join keeps that order: the planner would walk every open action instead).
_FIRST = """
select a.id from (select distinct meeting_id from action_tallies t where {where}
                  and t.untouched = 1 and t.date <= :date
                  and (t.date, t.committee) <= (:date, :name)) found
cross join items i on i.meeting_id = found.meeting_id cross join actions a on a.item_id = i.id
where {untouched}
"""
_TOUCHED = """(select distinct meeting_id from action_tallies t where {where}
                  and t.untouched = 0) found
cross join items i on i.meeting_id = found.meeting_id cross join actions a on a.item_id = i.id
join meetings m on m.id = i.meeting_id
where not {untouched}"""
_KEYS = "select distinct committee_key from committees where name like :committee"
_EARLIEST = """
select date, committee, n from action_tallies where committee_key = :key
and committee like :committee and date >= :since and date < :before and untouched = 1
and n > 0 order by date, committee limit :limit
"""
_EARLIEST_OF_ALL = """
select date, committee, n from action_tallies where date >= :since and date < :before
and untouched = 1 and n > 0 order by date, committee limit :limit
"""


def _decided(
    db: sqlite_utils.Database, scope: str, params: dict[str, str], logs: list[str]
) -> list[_Decision]:
    """The actions in scope people made a decision on (a few)."""
    if not logs:
        return []
    keys = " union ".join(f"select key from {t}" for t in logs)
    sql = _DECIDED.format(untouched=untouched("a"), keys=keys, scope=scope)
    return [_Decision(r[0], r[1], (r[2], r[3]), r[4]) for r in db.execute(sql, params)]


def _last_of_earliest(
    db: sqlite_utils.Database, committee: str | None, params: dict[str, str], keep: int,
    held: Counter[tuple[str, str]],
) -> tuple[str, str] | None:  # fmt: skip
    """The date and committee of the meeting that holds the keep-th untouched action in
    meeting order (the last meeting's, with fewer); None with none. Each committee's
    first tallies are read in the index's order and merged: every tally counts one action
    at least, so the first `keep` (and as many again as were decided on) of each hold the
    first `keep` actions of all."""
    limit = {"limit": keep + sum(held.values())}
    if committee:
        keys = [key for (key,) in db.execute(_KEYS, params)]
        tallies = [t for k in keys for t in db.execute(_EARLIEST, {**params, **limit, "key": k})]
    else:
        tallies = db.execute(_EARLIEST_OF_ALL, {**params, **limit}).fetchall()
    last, total = None, 0
    for (date, name), counted in itertools.groupby(sorted(tallies), key=lambda t: t[:2]):
        n = sum(t[2] for t in counted) - held[(date, name)]
        if n > 0:
            last, total = (date, name), total + n
            if total >= keep:
                break
    return last


def last_meetings(db: sqlite_utils.Database, params: dict[str, str]) -> list[dict[str, Any]]:
    """Each named committee's last meeting in scope (its name, key and date), in meeting
    order: what a screenful's tracker reads of the meetings, found by key and name through
    the index where the meetings of four committees are thousands."""
    sql = (
        "select c.name, c.committee_key, (select max(m.date) from meetings m where "
        "m.committee_key = c.committee_key and m.committee = c.name and m.date >= :since "
        "and m.date < :before) from committees c where c.name like :committee"
    )
    found = [
        {"committee": name, "committee_key": key, "date": date}
        for name, key, date in db.execute(sql, params)
        if date is not None
    ]
    return sorted(found, key=lambda m: (m["date"], m["committee"]))


_RECOMMENDATIONS = """
select r.id, r.item_id, r.part, coalesce(r.text, '') as text, i.minute_ref,
       c.committee, c.committee_key, c.date as meeting_date, c.recommends_to
from recommendations c join resolutions r on r.id = c.resolution_id
join items i on i.id = c.item_id
where {where}
order by c.date, c.committee, i.position, r.position,
         cast(i.number as integer), i.number, i.id, r.id  -- (ties: items known by their pages)
"""


# A screenful's: each recommendation's meeting and whom it recommends to, from its own
# table and index, in meeting order (the order within a meeting is read with the few
# shown, by `whole_recommendations`: reading every one's item and words took longer).
_RECOMMENDATIONS_IN_BRIEF = """
select c.resolution_id as id, c.item_id, c.committee, c.committee_key,
       c.date as meeting_date, c.recommends_to
from recommendations c where {where} order by c.date, c.committee
"""
_RECOMMENDATIONS_BY_ID = _RECOMMENDATIONS.format(
    where="c.resolution_id in (select value from json_each(:ids))"
)


def recommendations(
    db: sqlite_utils.Database, committee: str | None, params: dict[str, str],
    brief: bool = False,
) -> list[Any]:  # fmt: skip
    """The resolutions in scope that recommend to the executive or Council, in meeting
    order, each with whom it recommends to; brief, without their words, minute or order
    within a meeting (`whole_recommendations` fetches those)."""
    from .store import rows

    sql = _RECOMMENDATIONS_IN_BRIEF if brief else _RECOMMENDATIONS
    return rows(db, sql.format(where=_scope("c", committee)), params)


def whole_recommendations(db: sqlite_utils.Database, ids: Iterable[int]) -> list[Any]:
    """The recommendations given by id, whole and in meeting order."""
    from .store import rows

    return rows(db, _RECOMMENDATIONS_BY_ID, {"ids": json.dumps(sorted(set(ids)))})
