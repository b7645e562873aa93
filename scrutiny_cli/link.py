"""Cross-meeting work after each source is stored, inside the same transaction: resolve
minute references, and keep each action's due date and status true, whatever order files
arrive in. (Merging a meeting's sources, truncated items with their "Agenda item" pages
among them, is merge.py's.)

The work is incremental: a Scope gathers what one source's rows changed (items added,
removed or rewritten; the reference numbers they carry; the items their references
pointed at), and only the references and actions those can affect are recomputed. All of
it is derived from stored rows, so running it twice changes nothing.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from .parse.numbers import number_key
from .parse.ref_effects import REPORT_BACK, REPORT_REQUEST
from .parse.wording import content_words
from .read.text import fold
from .store import rows, update

if TYPE_CHECKING:
    import sqlite_utils

Row = sqlite3.Row

# Committees meet at least quarterly: a later meeting further off than this is not "the next
# meeting" when minute numbers cannot tell (an archive with gaps).
NEXT_MEETING_MAX_DAYS = 100
CHUNK = 500  # SQLite's limit on bound parameters is generous, but not unlimited


@dataclass
class Scope:
    """What one source's rows changed, for link to follow up."""

    committees: set[str] = field(default_factory=set)
    items: set[int] = field(default_factory=set)  # added or rewritten items
    refs: set[str] = field(default_factory=set)  # minute refs ("8/17") added or removed
    # Bare item numbers added or removed, with their municipal year: "45" is cited only in
    # that year and the next, so only those years' references need following up.
    numbers: set[tuple[str, int]] = field(default_factory=set)
    targets: set[int] = field(default_factory=set)  # items whose citing references changed
    # (committee key, date) of meetings made, removed or whose items changed: "next
    # meeting" due dates can change at the meeting before each, and at each.
    meetings: set[tuple[str, str]] = field(default_factory=set)

    def add_items(self, db: sqlite_utils.Database, item_ids: Iterable[int]) -> None:
        """Items added or rewritten: their own references, and what cites them."""
        ids = list(item_ids)
        self.items.update(ids)
        self._note(_in_chunks(db, _ITEM_NAMES + "i.id in ({})", ids))

    def remove_items(self, db: sqlite_utils.Database, item_ids: Iterable[int]) -> None:
        """Before items are deleted: what they were cited by, and what they cited."""
        ids = list(item_ids)
        self._note(_in_chunks(db, _ITEM_NAMES + "i.id in ({})", ids))
        cited = _in_chunks(
            db,
            "select target_item_id from minute_refs where item_id in ({}) "
            "and target_item_id is not null",
            ids,
        )
        self.targets.update(r["target_item_id"] for r in cited)
        self.targets.difference_update(ids)
        self.items.difference_update(ids)

    def add_meeting(self, committee_key: str | None, date: str | None) -> None:
        """A meeting made, removed, or moved to or from this committee and date."""
        if committee_key and date:
            self.committees.add(committee_key)
            self.meetings.add((committee_key, date))

    def _note(self, items: list[Row]) -> None:
        for r in items:
            self.committees.add(r["committee_key"])
            self.add_meeting(r["committee_key"], r["date"])
            for name in (r["minute_ref"], r["number"]):
                if name and "/" in name:
                    self.refs.add(name)
                elif name and r["municipal_year"] is not None:  # undated: cites nothing yet
                    self.numbers.add((name, r["municipal_year"]))


# An item's committee and the names other minutes may cite it by.
_ITEM_NAMES = (
    "select i.minute_ref, i.number, m.committee_key, m.date, m.municipal_year from items i "
    "join meetings m on m.id = i.meeting_id where "
)


def relink(db: sqlite_utils.Database, scope: Scope) -> None:
    """Follow up the references and actions the changes can affect."""
    for committee in sorted(k for k in scope.committees if k):
        targets = resolve_refs(db, committee, scope)
        dates = {day for c, day in scope.meetings if c == committee}
        update_actions(db, committee, scope.items | scope.targets | targets, dates)


# --- Minute references ---------------------------------------------------------------------


def resolve_refs(db: sqlite_utils.Database, committee_key: str, scope: Scope) -> set[int]:
    """Point the references the scope can affect at the items they name; returns the items
    whose citations changed (old and new targets)."""
    found = _in_chunks(db, _REFS_IN_SCOPE + "r.ref in ({})", sorted(scope.refs), [committee_key])
    found += _numbers_cited(db, committee_key, scope.numbers)
    found += _in_chunks(
        db, _REFS_IN_SCOPE + "r.item_id in ({})", sorted(scope.items), [committee_key]
    )
    refs = list({r["id"]: r for r in found}.values())
    by_ref: dict[str, list[Row]] = defaultdict(list)
    by_number: dict[str, list[Row]] = defaultdict(list)
    for it in _candidates(db, committee_key, refs):
        by_ref[it["minute_ref"] or ""].append(it)
        by_number[it["number"] or ""].append(it)
    changed: set[int] = set()
    for ref in refs:
        target = _target(ref, by_ref, by_number)
        if target != ref["target_item_id"]:
            db.execute(
                "update minute_refs set target_item_id = ? where id = ?", [target, ref["id"]]
            )
            changed.update(t for t in (target, ref["target_item_id"]) if t is not None)
    return changed


# References of a committee whose written ref is among those named, or that stand in
# items the scope added or rewrote.
_REFS_IN_SCOPE = """
select r.id, r.ref, r.item_id, r.target_item_id, m.date, m.municipal_year
from minute_refs r join items i on i.id = r.item_id join meetings m on m.id = i.meeting_id
where m.committee_key = ? and m.date is not null and """


def _numbers_cited(
    db: sqlite_utils.Database, committee_key: str, numbers: set[tuple[str, int]]
) -> list[Row]:
    """References by bare number ("minute 45") that items of these numbers and years may
    answer: those written in the same municipal year or the next. Found from the
    committee's meetings of those years (the unary + keeps the planner off the index of
    every reference "45" in the archive, one for each year of every committee)."""
    by_year: dict[int, list[str]] = defaultdict(list)
    for number, year in numbers:
        by_year[year].append(number)
    within = _REFS_IN_SCOPE + "m.municipal_year in (?, ?) and +r.ref in ({})"
    found: list[Row] = []
    for year, names in sorted(by_year.items()):
        found += _in_chunks(db, within, sorted(names), [committee_key, year, year + 1])
    return found


def _candidates(db: sqlite_utils.Database, committee_key: str, refs: list[Row]) -> list[Row]:
    """The items the references may name: by minute ref ("8/17"), and by number ("45")
    only in the municipal years a bare number can mean. Each found through an index, so
    the cost follows the references, not the size of the archive."""
    cited = sorted({r["ref"] for r in refs if "/" in r["ref"]})
    numbers = sorted({r["ref"] for r in refs if "/" not in r["ref"]})
    found = _in_chunks(db, _TARGETS + "i.minute_ref in ({})", cited, [committee_key])
    years = sorted({y for r in refs if "/" not in r["ref"] for y in _years(r)})
    if numbers and years:
        within = f"m.municipal_year in ({','.join('?' * len(years))}) and i.number in ({{}})"
        found += _in_chunks(db, _TARGETS + within, numbers, [committee_key, *years])
    return found


def _years(ref: Row) -> tuple[int, int]:
    return ref["municipal_year"], ref["municipal_year"] - 1


_TARGETS = """
select i.id, i.number, i.minute_ref, m.date, m.municipal_year
from items i join meetings m on m.id = i.meeting_id
where m.committee_key = ? and m.date is not null and """


def _target(ref: Row, by_ref: dict[str, list[Row]], by_number: dict[str, list[Row]]) -> int | None:
    """The named item: "8/17" by minute ref; "45" in this or last municipal year."""
    if "/" in ref["ref"]:
        found = by_ref.get(ref["ref"], [])
    else:
        years = set(_years(ref))
        found = [it for it in by_number.get(ref["ref"], []) if it["municipal_year"] in years]
    found = [it for it in found if it["id"] != ref["item_id"]]
    if not found:
        return None
    earlier = [it for it in found if it["date"] <= ref["date"]]
    pool = earlier or found
    # The latest earlier meeting (one meeting per committee and day, so no ties).
    return int(max(pool, key=lambda it: it["date"])["id"])


def _in_chunks(
    db: sqlite_utils.Database, sql: str, values: list, before: list | None = None
) -> list[Row]:
    """Rows of sql for many values, CHUNK at a time: each "{}" in sql stands for the list."""
    found: list[Row] = []
    for start in range(0, len(values), CHUNK):
        chunk = values[start : start + CHUNK]
        marks = ",".join("?" * len(chunk))
        found += rows(db, sql.replace("{}", marks), [*(before or []), *chunk * sql.count("{}")])
    return found


# --- Action due dates and status ----------------------------------------------------------


def update_actions(
    db: sqlite_utils.Database, committee_key: str, item_ids: set[int], dates: Iterable[str] = ()
) -> None:
    """Due dates for "next meeting", then status and evidence, for the actions of these
    items, and the "next meeting" actions of the meetings on these dates and of the
    meeting before each (whose next meeting may be a new one, or one that has gone)."""
    actions = _in_chunks(db, _ACTIONS_OF_ITEMS, sorted(item_ids), [committee_key])
    days = _with_previous(db, committee_key, set(dates))
    actions += [
        a
        for a in _in_chunks(db, _NEXT_MEETING_ACTIONS, sorted(days), [committee_key])
        if a["item_id"] not in item_ids
    ]
    if not actions:
        return
    refs: dict[int, list[Row]] = defaultdict(list)
    for ref in _in_chunks(db, _CITING, sorted({a["item_id"] for a in actions}), [committee_key]):
        refs[ref["target_item_id"]].append(ref)
    overrides = _overrides(db, [a["key"] for a in actions])
    next_meetings = _next_meetings(
        db, committee_key, {a["meeting_date"] for a in actions if a["due_text"] == "next meeting"}
    )
    by_item: dict[int, list[Row]] = defaultdict(list)
    for a in actions:
        by_item[a["item_id"]].append(a)
    for item_actions in by_item.values():
        inferred = infer_status(item_actions, refs.get(item_actions[0]["item_id"], []))
        for a in item_actions:
            status, evidence, by = inferred[a["id"]]
            if a["key"] in overrides:
                status, evidence, by = _by_hand(overrides[a["key"]])
            due = a["due_date"]
            if a["due_text"] == "next meeting":
                due = next_meetings.get(a["meeting_date"])
            new = {"status": status, "status_evidence": evidence, "status_by": by, "due_date": due}
            if any(a[k] != v for k, v in new.items()):
                update(db, "actions", a["id"], new)


_ACTION_COLUMNS = """
select a.id, a.key, a.item_id, a.text, a.due_date, a.due_text, a.status, a.status_evidence,
       a.status_by, m.date as meeting_date
from actions a join items i on i.id = a.item_id join meetings m on m.id = i.meeting_id
"""
_ACTIONS_OF_ITEMS = _ACTION_COLUMNS + (
    "where m.committee_key = ? and m.date is not null and a.item_id in ({})"
)
_NEXT_MEETING_ACTIONS = _ACTION_COLUMNS + (
    "where m.committee_key = ? and m.date in ({}) and a.due_text = 'next meeting'"
)


def _with_previous(db: sqlite_utils.Database, committee_key: str, dates: set[str]) -> set[str]:
    """The dates, and for each the date of the committee's meeting before it."""
    before = {
        r[0]
        for day in dates
        for r in db.execute(
            "select max(date) from meetings where committee_key = ? and date < ?",
            [committee_key, day],
        )
        if r[0]
    }
    return dates | before


# References in this committee's minutes to the given items, oldest first.
_CITING = """
select r.target_item_id, r.effect, r.context, i.minute_ref, m.date
from minute_refs r join items i on i.id = r.item_id join meetings m on m.id = i.meeting_id
where m.committee_key = ? and m.date is not null and r.target_item_id in ({})
order by m.date, r.id
"""


def infer_status(
    actions: list[Row], refs: list[Row]
) -> dict[int, tuple[str, str | None, str | None]]:
    """What later minutes say of one item's actions, read in date order."""
    state: dict[int, tuple[str, str | None, str | None]] = {
        a["id"]: ("open", None, None) for a in actions
    }
    for ref in refs:
        pending = [a for a in actions if ref["date"] > a["meeting_date"]]
        evidence = f"{ref['minute_ref']} ({ref['date']}): {ref['context']}"
        if ref["effect"] in ("done", "pending"):
            status = "closed" if ref["effect"] == "done" else "open"
            for a in _meant(pending, ref["context"]):
                state[a["id"]] = (status, evidence, "minutes")
        elif REPORT_BACK.search(fold(ref["context"])):
            for a in pending:
                if REPORT_REQUEST.search(fold(a["text"])) and state[a["id"]][0] != "closed":
                    state[a["id"]] = ("addressed", evidence, "minutes")
    return state


def _meant(actions: list[Row], clause: str) -> list[Row]:
    """The actions a "had been circulated" sentence speaks of: those sharing most words with
    it, or the only one there is."""
    words = content_words(clause)
    scored = [(len(words & content_words(a["text"])), a) for a in actions]
    best = max((s for s, _ in scored), default=0)
    if best > 0:
        return [a for s, a in scored if s == best]
    return actions if len(actions) == 1 else []


def _next_meetings(
    db: sqlite_utils.Database, committee_key: str, dates: set[str]
) -> dict[str, str | None]:
    """For each meeting date, the committee's next meeting if the archive holds it: minute
    numbers that run on from this meeting's prove it; otherwise it must come within a quarter."""
    out: dict[str, str | None] = {}
    for day in dates:
        pair = rows(
            db,
            "select id, date, municipal_year from meetings where committee_key = ? "
            "and date >= ? order by date limit 2",
            [committee_key, day],
        )
        if len(pair) < 2 or pair[0]["date"] != day:
            out[day] = None
            continue
        this, nxt = pair
        if this["municipal_year"] == nxt["municipal_year"]:
            here, there = _numbers(db, this["id"]), _numbers(db, nxt["id"])
            if here is not None and there is not None:
                out[day] = nxt["date"] if there[0] <= here[1] + 1 else None
                continue
        gap = (date.fromisoformat(nxt["date"]) - date.fromisoformat(day)).days
        out[day] = nxt["date"] if gap <= NEXT_MEETING_MAX_DAYS else None
    return out


def _numbers(db: sqlite_utils.Database, meeting_id: int) -> tuple[int, int] | None:
    """The lowest and highest item numbers of a meeting."""
    keys = [
        number_key(r["number"])
        for r in rows(
            db, "select number from items where meeting_id = ? and number is not null", [meeting_id]
        )
    ]
    found = [k[0] for k in keys if k]
    return (min(found), max(found)) if found else None


def _overrides(db: sqlite_utils.Database, keys: list[str]) -> dict[str, Row]:
    return {
        r["key"]: r
        for r in _in_chunks(db, "select * from action_overrides where key in ({})", keys)
    }


def _by_hand(override: Row) -> tuple[str, str | None, str | None]:
    note = override["note"] or "set by hand"
    return override["status"], f"{note} (set by hand, {str(override['set_at'])[:10]})", "person"


def apply_override(db: sqlite_utils.Database, key: str) -> None:
    """Recompute the actions under a key after a person changed its override."""
    for row in rows(
        db,
        "select m.committee_key, a.item_id from actions a "
        "join items i on i.id = a.item_id join meetings m on m.id = i.meeting_id "
        "where a.key = ?",
        [key],
    ):
        update_actions(db, row["committee_key"], {row["item_id"]})
