"""Cross-meeting work after each source is stored: fill truncated items from their
"Agenda item" pages and resolve minute references, whatever order files arrive in.

Everything here is derived from stored rows, so running it twice changes nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from typing import Any

import sqlite_utils

from .model import Item
from .parse.actions import content_words
from .parse.common import number_key
from .parse.items import fill_item
from .parse.patterns import REPORT_BACK, REPORT_REQUEST
from .read.text import fold
from .store import delete_children, insert_children


def relink(db: sqlite_utils.Database, committee_keys: set[str]) -> None:
    """Attach waiting pages, then re-resolve the references of the committees touched."""
    committee_keys |= attach_pages(db)
    for committee in sorted(k for k in committee_keys if k):
        resolve_refs(db, committee)
        update_actions(db, committee)


def attach_pages(db: sqlite_utils.Database) -> set[str]:
    """Merge each waiting "Agenda item" page into the truncated item it continues."""
    touched: set[str] = set()
    candidates: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in db.query(_CANDIDATES):
        candidates[row["page_id"]].append(row)
    for page_id, rows in candidates.items():
        best = _best_candidate(rows)
        if best is not None:
            _merge(db, page_id, best)
            touched.add(best["committee_key"])
    return touched


# Waiting pages beside the truncated meeting items they may continue: same title, or the
# meeting, committee and number the page names itself.
_CANDIDATES = """
select p.id as page_id, p.minutes as page_minutes, p.description as page_description,
       i.id as item_id, i.minutes as visible, m.committee_key,
       (p.hint_date is not null and p.hint_date = m.date and p.hint_number = i.number
        and p.hint_committee_key = m.committee_key) as hinted
from items p
join items i on i.meeting_id is not null and i.truncated = 1
     and (i.title_key = p.title_key
          or (p.hint_date is not null and i.number = p.hint_number))
join meetings m on m.id = i.meeting_id
where p.meeting_id is null and p.completes_item_id is null
order by p.id, i.id
"""


def _squash(text: str | None) -> str:
    return re.sub(r"\s+", " ", fold(text or "")).strip()


def _best_candidate(rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The item whose visible text the page continues; the page's own hint wins."""
    hinted = [r for r in rows if r["hinted"]]
    if hinted:
        return hinted[0]
    fitting = [r for r in rows if _squash(r["page_minutes"]).startswith(_squash(r["visible"]))]
    if not fitting:
        return None
    # Longest visible prefix first; ties broken by the lower id so that order never matters.
    fitting.sort(key=lambda r: (-len(_squash(r["visible"])), r["item_id"]))
    return fitting[0]


def _merge(db: sqlite_utils.Database, page_id: int, row: dict[str, Any]) -> None:
    db.execute(
        "update items set visible_minutes = coalesce(visible_minutes, minutes), minutes = ?, "
        "truncated = 0, description = case when coalesce(description, '') = '' then ? "
        "else description end where id = ?",
        [row["page_minutes"], row["page_description"], row["item_id"]],
    )
    db.execute("update items set completes_item_id = ? where id = ?", [row["item_id"], page_id])
    rederive(db, row["item_id"])


def detach(db: sqlite_utils.Database, item_ids: list[int]) -> set[str]:
    """Items whose full-text page went away show their own truncated text again."""
    touched = set()
    for item_id in item_ids:
        db.execute(
            "update items set minutes = visible_minutes, truncated = 1, visible_minutes = null "
            "where id = ? and visible_minutes is not null",
            [item_id],
        )
        rederive(db, item_id)
        for row in db.query(
            "select m.committee_key from items i join meetings m "
            "on m.id = i.meeting_id where i.id = ?",
            [item_id],
        ):
            touched.add(row["committee_key"])
    return touched


def rederive(db: sqlite_utils.Database, item_id: int) -> None:
    """Rebuild an item's resolutions, references and actions from its (new) text."""
    row = next(
        iter(
            db.query(
                "select i.*, m.date, m.committee_key from items i "
                "left join meetings m on m.id = i.meeting_id where i.id = ?",
                [item_id],
            )
        ),
        None,
    )
    if row is None:
        return
    item = Item(
        number=row["number"],
        title=row["title"],
        minute_ref=row["minute_ref"],
        description=row["description"] or "",
        minutes=row["minutes"] or "",
        truncated=bool(row["truncated"]),
    )
    fill_item(item, row["date"])
    delete_children(db, [item_id])
    insert_children(db, item_id, item, row["committee_key"], row["date"])


def resolve_refs(db: sqlite_utils.Database, committee_key: str) -> None:
    """Point each reference of a committee's items at the item it names."""
    items = list(
        db.query(
            "select i.id, i.number, i.minute_ref, m.date, m.municipal_year from items i "
            "join meetings m on m.id = i.meeting_id where m.committee_key = ?",
            [committee_key],
        )
    )
    by_ref: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_number: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for it in items:
        by_ref[it["minute_ref"] or ""].append(it)
        by_number[it["number"] or ""].append(it)
    refs = list(
        db.query(
            "select r.id, r.ref, r.item_id, r.target_item_id, m.date, m.municipal_year "
            "from minute_refs r join items i on i.id = r.item_id "
            "join meetings m on m.id = i.meeting_id "
            "where m.committee_key = ?",
            [committee_key],
        )
    )
    for ref in refs:
        target = _target(ref, by_ref, by_number)
        if target != ref["target_item_id"]:
            db.execute(
                "update minute_refs set target_item_id = ? where id = ?", [target, ref["id"]]
            )


def _target(
    ref: dict[str, Any],
    by_ref: dict[str, list[dict[str, Any]]],
    by_number: dict[str, list[dict[str, Any]]],
) -> int | None:
    """The named item: "8/17" by minute ref; "45" in this or last municipal year."""
    if "/" in ref["ref"]:
        found = by_ref.get(ref["ref"], [])
    else:
        years = {ref["municipal_year"], ref["municipal_year"] - 1}
        found = [it for it in by_number.get(ref["ref"], []) if it["municipal_year"] in years]
    found = [it for it in found if it["id"] != ref["item_id"]]
    if not found:
        return None
    earlier = [it for it in found if it["date"] <= ref["date"]]
    pool = earlier or found
    # The latest earlier meeting (one meeting per committee and day, so no ties).
    return int(max(pool, key=lambda it: it["date"])["id"])


# --- Action status ---------------------------------------------------------------------------

Row = dict[str, Any]


def update_actions(db: sqlite_utils.Database, committee_key: str) -> None:
    """Due dates for "next meeting", then each action's status and its evidence: from later
    minutes that refer back to its minute, unless a person has set it by hand."""
    meetings = _meetings_in_order(db, committee_key)
    actions = list(db.query(_ACTIONS, [committee_key]))
    refs: dict[int, list[Row]] = defaultdict(list)
    for ref in db.query(_LATER_REFS, [committee_key]):
        refs[ref["target_item_id"]].append(ref)
    overrides = _overrides(db, [a["key"] for a in actions])
    by_item: dict[int, list[Row]] = defaultdict(list)
    for a in actions:
        by_item[a["item_id"]].append(a)
    for item_actions in by_item.values():
        inferred = infer_status(item_actions, refs.get(item_actions[0]["item_id"], []))
        for a in item_actions:
            status, evidence, by = inferred[a["id"]]
            if a["key"] in overrides:
                status, evidence, by = _by_hand(overrides[a["key"]])
            due = (
                _next_meeting(meetings, a["meeting_date"])
                if a["due_text"] == "next meeting"
                else a["due_date"]
            )
            new = {"status": status, "status_evidence": evidence, "status_by": by, "due_date": due}
            if any(a[k] != v for k, v in new.items()):
                db.table("actions").update(a["id"], new)


_ACTIONS = """
select a.id, a.key, a.item_id, a.text, a.due_date, a.due_text, a.status, a.status_evidence,
       a.status_by, m.date as meeting_date
from actions a join items i on i.id = a.item_id join meetings m on m.id = i.meeting_id
where m.committee_key = ?
"""

# References written in this committee's minutes to items of the same committee.
_LATER_REFS = """
select r.target_item_id, r.effect, r.context, i.minute_ref, m.date
from minute_refs r join items i on i.id = r.item_id join meetings m on m.id = i.meeting_id
where m.committee_key = ? and r.target_item_id is not null
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


def _meetings_in_order(db: sqlite_utils.Database, committee_key: str) -> list[Row]:
    rows = list(
        db.query(
            "select m.id, m.date, m.municipal_year, group_concat(i.number, '|') as numbers "
            "from meetings m left join items i on i.meeting_id = m.id "
            "where m.committee_key = ? group by m.id order by m.date",
            [committee_key],
        )
    )
    for r in rows:
        keys = [number_key(n) for n in (r["numbers"] or "").split("|") if n]
        found = [k[0] for k in keys if k]
        r["first"], r["last"] = (min(found), max(found)) if found else (None, None)
    return rows


# Committees meet at least quarterly: a later meeting further off than this is not "the next
# meeting" when minute numbers cannot tell (an archive with gaps).
NEXT_MEETING_MAX_DAYS = 100


def _next_meeting(meetings: list[Row], after: str) -> str | None:
    """The committee's next meeting, if the archive holds it: minute numbers that run on
    from this meeting's prove it; otherwise it must come within a quarter."""
    this = next((m for m in meetings if m["date"] == after), None)
    nxt = next((m for m in meetings if m["date"] > after), None)
    if this is None or nxt is None:
        return None
    same_year = this["municipal_year"] == nxt["municipal_year"]
    if same_year and this["last"] is not None and nxt["first"] is not None:
        return nxt["date"] if nxt["first"] <= this["last"] + 1 else None
    gap = (date.fromisoformat(nxt["date"]) - date.fromisoformat(after)).days
    return nxt["date"] if gap <= NEXT_MEETING_MAX_DAYS else None


def _overrides(db: sqlite_utils.Database, keys: list[str]) -> dict[str, Row]:
    if not keys:
        return {}
    found: dict[str, Row] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in db.query(f"select * from action_overrides where key in ({marks})", chunk):
            found[row["key"]] = row
    return found


def _by_hand(override: Row) -> tuple[str, str | None, str | None]:
    note = override["note"] or "set by hand"
    return override["status"], f"{note} (set by hand, {str(override['set_at'])[:10]})", "person"


def apply_override(db: sqlite_utils.Database, key: str) -> None:
    """Recompute the actions under a key after a person changed its override."""
    for row in db.query(
        "select distinct m.committee_key from actions a join items i on i.id = a.item_id "
        "join meetings m on m.id = i.meeting_id where a.key = ?",
        [key],
    ):
        update_actions(db, row["committee_key"])
