"""Finding things: full-text search over items, resolutions and actions, and an item's
thread through minute references (`scrutiny history`)."""

from __future__ import annotations

import re
from typing import Any

from .filters import ALL, Row, dict_rows, where

HIT_START, HIT_END = "\x02", "\x03"  # around matched words in snippets; output.py renders them
SEARCH_KINDS = ("item", "resolution", "action")

# What search looks in: the kind of hit, its table, how a row reaches its item, the
# bm25 weights of the table's columns, and the key a person acts on (actions only). An
# item's title weighs most: a search for a subject should find the item about it first.
_SEARCHED = {
    "item": ("items", "i.id = t.id", ", 10.0, 2.0, 1.0, 1.0", "null"),
    "resolution": ("resolutions", "i.id = t.item_id", "", "null"),
    "action": ("actions", "i.id = t.item_id", "", "t.key"),
}
_QUOTE_SPLIT = re.compile(r'\s+|(".*?")')


def quote_fts(text: str) -> str:
    """Each word of text in double quotes, so that FTS5 reads none as an operator (as
    sqlite-utils' quote_fts does; an unbalanced quote is closed)."""
    if text.count('"') % 2:
        text += '"'
    bits = [b for b in _QUOTE_SPLIT.split(text) if b and b != '""']
    return " ".join(f'"{bit}"' if not bit.startswith('"') else bit for bit in bits)


def _item_of(kind: str) -> str:
    """The joins from a row of the kind (t) to its item (i) and meeting (m): what a hit
    shows, and what leaves out an item still waiting for its meeting."""
    return f"join items i on {_SEARCHED[kind][1]} join meetings m on m.id = i.meeting_id"


def _ranked(kind: str, filters: str) -> str:
    """The best-ranked rows of one kind (rowid, rank), filters applied: bm25 only, no
    snippet, which costs more and is made for the hits shown alone."""
    table, _, weights, _ = _SEARCHED[kind]
    return f"""
select t.rowid as id, bm25({table}_fts{weights}) as rank
from {table}_fts join {table} t on t.rowid = {table}_fts.rowid {_item_of(kind)}
where {table}_fts match :q and {filters} order by rank limit :limit"""


def _hit(kind: str) -> str:
    """One hit as it is shown, with its snippet."""
    table, _, _, key = _SEARCHED[kind]
    return f"""
select '{kind}' as kind, m.committee, m.date, i.minute_ref, {key} as key, i.title,
       snippet({table}_fts, -1, char(2), char(3), '…', 16) as snippet
from {table}_fts join {table} t on t.rowid = {table}_fts.rowid {_item_of(kind)}
where {table}_fts match :q and {table}_fts.rowid = :id"""


def search(
    db: Any,
    text: str,
    *,
    raw: bool = False,
    kinds: tuple[str, ...] = SEARCH_KINDS,
    committee: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 20,
) -> list[Row]:
    """Best-ranked hits (bm25) over items, resolutions and actions: the best `limit` of
    each kind ranked first, then snippets made for the `limit` best of all."""
    filters, params = where(db, committee, since, until)
    params |= {"q": text if raw else quote_fts(text), "limit": limit}
    ranked = [
        (rank, n, kind, rowid)
        for kind in kinds
        for n, (rowid, rank) in enumerate(_best(db, kind, filters, params))
    ]
    hits = []
    for rank, _, kind, rowid in sorted(ranked)[:limit]:
        row = next(dict_rows(db, _hit(kind), {"q": params["q"], "id": rowid}))
        hits.append({**row, "rank": rank})
    return hits


def _best(db: Any, kind: str, filters: str, params: dict[str, Any]) -> list[tuple[int, float]]:
    """(rowid, rank) of the best rows of one kind. Without filters they are ranked in the
    full-text index alone (joining every match of a common word to its item and meeting
    cost three times as much) and kept if each is a hit the joined query would give (not
    an item still waiting for its meeting); else ranked with the joins."""
    if filters == ALL:
        table, _, weights, _ = _SEARCHED[kind]
        best = db.execute(
            f"select rowid, bm25({table}_fts{weights}) as rank from {table}_fts "
            f"where {table}_fts match :q order by rank limit :limit",
            params,
        ).fetchall()
        shown = f"select 1 from {table} t {_item_of(kind)} where t.rowid = ?"
        if all(db.execute(shown, [r[0]]).fetchone() for r in best):
            return [(r[0], r[1]) for r in best]
    return [(r["id"], r["rank"]) for r in dict_rows(db, _ranked(kind, filters), params)]


# --- History ---------------------------------------------------------------------------------


def history(db: Any, item_id: int) -> list[Row]:
    """The thread of an item through minute references, earlier and later, oldest first;
    references to minutes not in the archive appear with only their ref."""
    seen: set[int] = {item_id}
    missing: dict[str, Row] = {}
    frontier = [item_id]
    while frontier:
        nxt: list[int] = []
        for current in frontier:
            for r in dict_rows(
                db, "select ref, target_item_id from minute_refs where item_id = ?", [current]
            ):
                if r["target_item_id"] is None:
                    missing.setdefault(
                        r["ref"],
                        {"minute_ref": r["ref"], "date": None, "title": "(not in the archive)"},
                    )
                elif r["target_item_id"] not in seen:
                    seen.add(r["target_item_id"])
                    nxt.append(r["target_item_id"])
            for r in dict_rows(
                db, "select item_id from minute_refs where target_item_id = ?", [current]
            ):
                if r["item_id"] not in seen:
                    seen.add(r["item_id"])
                    nxt.append(r["item_id"])
        frontier = nxt
    thread = [_thread_row(db, i) for i in seen]
    return [*missing.values(), *sorted(thread, key=lambda r: (r["date"] or "", r["minute_ref"]))]


def _thread_row(db: Any, item_id: int) -> Row:
    row = next(
        dict_rows(
            db,
            "select i.id, m.date, i.minute_ref, i.title, m.committee, "
            "(select group_concat(r.ref, ', ') from minute_refs r where r.item_id = i.id) as cites "
            "from items i join meetings m on m.id = i.meeting_id where i.id = ?",
            [item_id],
        )
    )
    actions = dict_rows(
        db, "select key, status, text from actions where item_id = ? order by position", [item_id]
    )
    row["actions_raised"] = "; ".join(f"{a['key']} ({a['status']}): {a['text']}" for a in actions)
    # Answered here: the actions of the items this one cites whose status its words set.
    answered = dict_rows(
        db,
        "select distinct a.id, a.key, a.status from minute_refs r "
        "join actions a on a.item_id = r.target_item_id where r.item_id = ? "
        "and a.status_by = 'minutes' and a.status_evidence like ? order by a.id",
        [item_id, f"{row['minute_ref']} ({row['date']}):%"],
    )
    row["actions_answered"] = "; ".join(f"{a['key']} ({a['status']})" for a in answered)
    return row
