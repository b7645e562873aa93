"""Cross-meeting work after each source is stored: fill truncated items from their
"Agenda item" pages and resolve minute references, whatever order files arrive in.

Everything here is derived from stored rows, so running it twice changes nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

import sqlite_utils

from .model import Item
from .parse.items import fill_item
from .read.text import fold
from .store import delete_children, insert_children


def relink(db: sqlite_utils.Database, committee_keys: set[str]) -> None:
    """Attach waiting pages, then re-resolve the references of the committees touched."""
    committee_keys |= attach_pages(db)
    for committee in sorted(k for k in committee_keys if k):
        resolve_refs(db, committee)


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
    """Rebuild an item's resolutions and references from its (new) text."""
    row = next(iter(db.query("select * from items where id = ?", [item_id])), None)
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
    fill_item(item)
    delete_children(db, [item_id])
    insert_children(db, item_id, item)


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
