"""Read-only questions behind `scrutiny report`: the rows of the tracker's scope, fetched
once; report.py shapes them (and can be tested without an archive)."""

from __future__ import annotations

import json
import operator
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from .query import Row
from .report_rules import RECOMMENDATION_WORDS
from .store import rows

Cited = Callable[[Iterable[int]], list[Any]]


def _none_cited(items: Iterable[int]) -> list[Any]:
    return []


@dataclass
class ReportRows:
    """Everything the tracker of one scope is made from (minutes before `before` only)."""

    meetings: list[Any] = field(default_factory=list)  # every meeting of the committees
    actions: list[Any] = field(default_factory=list)  # actions asked in scope
    # The later minutes of the same committee citing the items given, oldest first: asked
    # for only where needed (most trackers need few), not fetched for every item.
    cited: Cited = _none_cited
    overrides: list[Any] = field(default_factory=list)  # what people decided, in order
    resolutions: list[Any] = field(default_factory=list)  # resolutions agreed in scope
    keys: list[str] = field(default_factory=list)  # every action key in the archive


def committees(db: sqlite_utils.Database, committee: str | None) -> list[Row]:
    """The committees a --committee text names (all with none), with their latest name."""
    return list(
        db.query(
            "select committee_key, max(committee) as committee, count(*) as meetings "
            "from meetings where coalesce(committee, '') like ? and date is not null "
            "group by committee_key order by committee",
            [f"%{committee or ''}%"],
        )
    )


# Scope: the committees named, meetings from --since, and before the tracker's date.
_SCOPE = "coalesce(m.committee, '') like :committee and m.date >= :since and m.date < :before"

_MEETINGS = """
select m.id, coalesce(m.committee, '') as committee, m.committee_key, m.date from meetings m
where coalesce(m.committee, '') like :committee and m.date < :before order by m.date, m.committee
"""
# Sorted here by meeting, item and position in Python: SQLite's sorter would copy every
# row's text, and took longer than the query itself on a large archive.
_ACTIONS = f"""
select a.id, a.key, a.item_id, a.resolution_id, a.text, a.owner, a.due_date, a.due_text,
       a.status, a.status_evidence, a.status_by, i.minute_ref,
       coalesce(m.committee, '') as committee, m.committee_key, m.date as meeting_date,
       coalesce(i.position, 0) as item_position, coalesce(a.position, 0) as position
from actions a join items i on i.id = a.item_id join meetings m on m.id = i.meeting_id
where {_SCOPE}
"""
_ACTION_ORDER = operator.itemgetter("meeting_date", "committee", "item_position", "position")
# Later minutes of the same committee citing the items given (as link.py reads them).
_CITATIONS = """
select r.target_item_id, r.effect, r.context, i.minute_ref, m.date
from minute_refs r join items i on i.id = r.item_id join meetings m on m.id = i.meeting_id
join items t on t.id = r.target_item_id join meetings tm on tm.id = t.meeting_id
where r.target_item_id in (select value from json_each(:items))
      and tm.committee_key = m.committee_key and m.date < :before
order by m.date, r.id
"""
# Resolutions holding a word every recommendation rule needs (LIKE ignores ASCII case).
_RESOLUTIONS = f"""
select r.id, r.item_id, r.part, coalesce(r.text, '') as text, i.minute_ref,
       coalesce(m.committee, '') as committee, m.committee_key, m.date as meeting_date
from resolutions r join items i on i.id = r.item_id join meetings m on m.id = i.meeting_id
where {_SCOPE} and ({" or ".join(f"r.text like '%{w}%'" for w in RECOMMENDATION_WORDS)})
order by m.date, m.committee, i.position, r.position
"""


def report_rows(
    db: sqlite_utils.Database, committee: str | None, since: str | None, before: str
) -> ReportRows:
    """The rows of the tracker for committees whose name contains `committee` (all with
    None), meetings on or after `since`, as the minutes stood before `before`."""
    params = {"committee": f"%{committee or ''}%", "since": since or "", "before": before}
    return ReportRows(
        meetings=rows(db, _MEETINGS, params),
        actions=sorted(rows(db, _ACTIONS, params), key=_ACTION_ORDER),
        cited=lambda items: rows(
            db, _CITATIONS, {"items": json.dumps(sorted(set(items))), "before": before}
        ),
        overrides=_overrides(db),
        resolutions=rows(db, _RESOLUTIONS, params),
        keys=[r[0] for r in db.execute("select key from actions")],
    )


def _overrides(db: sqlite_utils.Database) -> list[Any]:
    """Every close, reopen and reset people made, oldest first; in an archive made before
    the history was kept, the decisions in force."""
    logged = (
        rows(db, "select key, status, note, set_at from override_log order by id")
        if db.table("override_log").exists()
        else []
    )
    kept = {r["key"] for r in logged}
    current = rows(db, "select key, status, note, set_at from action_overrides order by set_at")
    return [*logged, *(r for r in current if r["key"] not in kept)]
