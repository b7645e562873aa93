"""One meeting, many sources: the public meetings and items are merged from every source's
own account of them, whatever order the files arrive in.

Each source's parsed meetings are kept as `parts` (its facts of a meeting) and
`part_items` (its version of each item). Parts share a group key when they describe the
same meeting: "c:<committee key>|<date>". A part that cannot say which meeting it is has a
group of its own ("p:<id>"), or waits for its meeting ("w:<id>", an "Agenda item" page
with no meeting line) until it can attach to the truncated item whose text it continues.

A group's meeting row and items are rebuilt from its parts whenever a part joins or
leaves it: facts field by field from the best-ranked part (a whole-meeting page before an
item page), items matched by number (else title), the fullest text of an item winning,
item_sources listing every source of each item. Rebuilding touches only the groups a
file changes, and keeps the ids of items that stay, so references and people's decisions
hold.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .link import Scope
from .model import Attendee, Document, Item, Meeting
from .parse.dates import municipal_year
from .parse.items import fill_item, minute_ref
from .shape import item_label
from .store import delete_children, insert, insert_children, insert_many, key, rows, update
from .waiting import reattach

if TYPE_CHECKING:
    import sqlite_utils

Row = sqlite3.Row
ATTACH_ROUNDS = 3  # attaching a page can let another attach; this settles any archive
# Columns of an item that its resolutions, actions and references are not derived from:
# an item moved in its meeting's order (a meeting page ranks before the item pages that
# came first) keeps them.
_NOT_DERIVED_FROM = frozenset({"position"})
_PART_COLUMNS = ("committee", "date", "start_time", "venue", "contact", "council")


def identity(item: Item, part_id: int, position: int) -> str:
    """What an item is known by within its meeting: its number, else its title."""
    if item.number:
        return "n:" + re.sub(r"[\s.]+", "", item.number).lower()
    title = key(item.title)
    return f"t:{title}" if title else f"x:{part_id}:{position}"


def group_of(part: Meeting, kind: str, part_id: int) -> str:
    """The meeting a part belongs to, before any attaching."""
    if part.date and part.committee and not part.committee_inferred:
        return f"c:{key(part.committee)}|{part.date}"
    if kind == "item" and not part.date and not _has_facts(part):
        return f"w:{part_id}"
    return f"p:{part_id}"


def _has_facts(part: Meeting) -> bool:
    return bool(part.committee or part.venue or part.start_time)


# --- Adding and removing a source --------------------------------------------------------


def add_document(
    db: sqlite_utils.Database, source_id: int, doc: Document, fresh: dict[int, Item]
) -> list[str]:
    """Store a source's parts; the groups they join, in the order the source gives them.
    `fresh` gets each new version's parsed Item, so that its resolutions and actions need
    not be derived again."""
    groups: dict[str, None] = {}
    for position, part in enumerate(doc.parts):
        part_id = insert(db, "parts", _part_row(source_id, position, doc.kind, part))
        group = group_of(part, doc.kind, part_id)
        db.execute("update parts set group_key = ? where id = ?", [group, part_id])
        groups[group] = None
        waiting = int(doc.kind == "item" and not part.date)  # may continue a cut item
        seen: set[str] = set()
        for k, item in enumerate(part.items):
            ident = identity(item, part_id, k)
            ident = ident if ident not in seen else f"{ident}#{k}"  # a number printed twice
            seen.add(ident)
            version_id = insert(db, "part_items", {
                "part_id": part_id, "source_id": source_id, "position": k, "identity": ident,
                "number": item.number, "title": item.title, "title_key": key(item.title),
                "description": item.description, "minutes": item.minutes,
                "decision": item.decision,
                "truncated": int(item.truncated), "length": len(item.minutes),
                "keyword_page": int(item.keyword_page), "waiting": waiting,
            })  # fmt: skip
            fresh[version_id] = item
    return list(groups)


def _part_row(source_id: int, position: int, kind: str, part: Meeting) -> dict[str, Any]:
    return {
        "source_id": source_id, "position": position, "kind": kind,
        "committee": part.committee, "committee_key": key(part.committee),
        "committee_inferred": int(part.committee_inferred), "date": part.date,
        "start_time": part.start_time, "venue": part.venue, "contact": part.contact,
        "council": part.council,
        "attendees": json.dumps([_fields(a) for a in part.attendees]) if part.attendees else None,
    }  # fmt: skip


def remove_source(db: sqlite_utils.Database, source_id: int) -> set[str]:
    """Forget a source's parts (before it is stored again, or when it is gone); the
    groups that lose them, which must then be rebuilt."""
    groups = {r["group_key"] for r in rows(db, "select group_key from parts where source_id = ?",
                                           [source_id])}  # fmt: skip
    db.execute(
        "delete from part_items where part_id in (select id from parts where source_id = ?)",
        [source_id],
    )
    db.execute("delete from parts where source_id = ?", [source_id])
    return {g for g in groups if g}


# --- Settling the groups a change touched -------------------------------------------------


def settle(
    db: sqlite_utils.Database, groups: Iterable[str], fresh: dict[int, Item], scope: Scope
) -> None:
    """Rebuild the touched groups, then let waiting pages attach (or detach) and rebuild
    the groups that changes; scope gathers what changed, for link to follow up. Groups
    are built first in the order given: a new file's meetings in the order it prints
    them (an "Issue" page's newest first), so that their items are stored in page order."""
    pending = list(dict.fromkeys(groups))
    for _ in range(ATTACH_ROUNDS):
        for group in pending:
            rebuild(db, group, fresh, scope)
        pending = sorted(reattach(db, set(pending)))
        if not pending:
            break


def rebuild(db: sqlite_utils.Database, group: str, fresh: dict[int, Item], scope: Scope) -> None:
    """Make a group's meeting and items what its parts say, changing only what differs."""
    parts = sorted(rows(db, "select p.*, s.path from parts p join sources s on s.id = "
                            "p.source_id where p.group_key = ?", [group]), key=_rank)  # fmt: skip
    meetings = rows(db, "select * from meetings where group_key = ?", [group])
    meeting = meetings[0] if meetings else None
    if not parts:
        _drop_group(db, group, meeting, scope)
        return
    meeting_id = None if group.startswith("w:") else _meeting(db, group, parts, meeting, scope)
    facts = rows(db, "select * from meetings where id = ?", [meeting_id])[0] if meeting_id else None
    versions = _versions(db, [p["id"] for p in parts])
    existing = {
        r["identity"]: r for r in rows(db, "select * from items where group_key = ?", [group])
    }
    by_id = {p["id"]: p for p in parts}
    written = [
        _item(db, group, ident, found, existing.pop(ident, None), facts, fresh, by_id)
        for ident, found in versions.items()
    ]
    scope.add_items(db, [i for i in written if i is not None])
    for row in existing.values():
        _delete_items(db, [row["id"]], scope)


def _rank(part: Row) -> tuple[int, str, int]:
    """Whole-meeting pages first, then item pages; by path for a stable order."""
    return (0 if part["kind"] == "meeting" else 1, part["path"], part["position"])


def _meeting(
    db: sqlite_utils.Database, group: str, parts: list[Row], meeting: Row | None, scope: Scope
) -> int:
    """The group's meeting row, its facts from the best-ranked part that has each."""
    values: dict[str, Any] = {c: next((p[c] for p in parts if p[c]), None) for c in _PART_COLUMNS}
    lead = next((p for p in parts if p["committee"] and not p["committee_inferred"]), None)
    if lead:
        values["committee"] = lead["committee"]
    values.update(
        committee_key=key(values["committee"]),
        municipal_year=municipal_year(values["date"]) if values["date"] else None,
        source_id=parts[0]["source_id"],
        label=" ".join(str(v) for v in (values["date"] or "undated", values["committee"]) if v),
        group_key=group,
    )
    if meeting is None:
        meeting_id = insert(db, "meetings", values)
        scope.add_meeting(values["committee_key"], values["date"])
    else:
        meeting_id = int(meeting["id"])
        changed = {k: v for k, v in values.items() if meeting[k] != v}
        if changed:
            update(db, "meetings", meeting_id, changed)
        if {"committee_key", "date"} & set(changed):
            scope.add_meeting(meeting["committee_key"], meeting["date"])
            scope.add_meeting(values["committee_key"], values["date"])
    _attendees(db, meeting_id, parts)
    return meeting_id


def _fields(person: Attendee) -> dict[str, Any]:
    """An attendee's fields, without dataclasses.asdict's deep copy of each string."""
    return dict(vars(person))


def _attendees(db: sqlite_utils.Database, meeting_id: int, parts: list[Row]) -> None:
    """The fullest attendance list any source gives (printed minutes list who came; a
    meeting page may only say who sent apologies)."""
    lists = [json.loads(p["attendees"]) for p in parts if p["attendees"]]
    listed = max(lists, key=len) if lists else []  # max keeps the first of equals: rank order
    people = [Attendee(**a) for a in listed]
    now = [(r["name"], r["role"], r["status"], r["organisation"]) for r in rows(
        db, "select * from attendees where meeting_id = ? order by id", [meeting_id])]  # fmt: skip
    if now != [(a.name, a.role, a.status, a.organisation) for a in people]:
        db.execute("delete from attendees where meeting_id = ?", [meeting_id])
        insert_many(db, "attendees", [{"meeting_id": meeting_id, **_fields(a)} for a in people])


def _versions(db: sqlite_utils.Database, part_ids: list[int]) -> dict[str, list[Row]]:
    """Every version of the group's items, by identity, best-ranked part first."""
    marks = ",".join("?" * len(part_ids))
    found: dict[str, list[Row]] = defaultdict(list)
    for r in rows(db, f"select v.*, p.kind, p.attach_identity, s.path from part_items v join "
                      f"parts p on p.id = v.part_id join sources s on s.id = v.source_id "
                      f"where v.part_id in ({marks}) order by p.kind != 'meeting', s.path, "
                      f"p.position, v.position", part_ids):  # fmt: skip
        found[r["attach_identity"] or r["identity"]].append(r)
    return found


def _fullest(versions: list[Row]) -> Row:
    """The version whose text is fullest: complete before cut, longer before shorter, and
    among equals the best-ranked (the list is in rank order, so any order of files agrees)."""
    ranked = enumerate(versions)
    return max(ranked, key=lambda kv: (not kv[1]["truncated"], kv[1]["length"], -kv[0]))[1]


def _item(
    db: sqlite_utils.Database, group: str, ident: str, versions: list[Row], row: Row | None,
    meeting: Row | None, fresh: dict[int, Item], parts: dict[int, Row],
) -> int | None:  # fmt: skip
    """Write one item of the group from its versions; its id if it was added or rewritten."""
    head, best = versions[0], _fullest(versions)
    values = {
        "meeting_id": meeting["id"] if meeting else None,
        "number": next((v["number"] for v in versions if v["number"]), None),
        "title": head["title"] or next((v["title"] for v in versions if v["title"]), ""),
        "description": best["description"] or head["description"],
        # (a decision block any version has: its resolutions, where the shown minutes have none)
        "decision": best["decision"] or next(filter(None, (v["decision"] for v in versions)), ""),
        "minutes": best["minutes"], "truncated": best["truncated"], "source_id": best["source_id"],
        "position": (0 if head["kind"] == "meeting" else 100000) + head["position"],
        "title_key": head["title_key"], "group_key": group, "identity": ident,
        "version_id": best["id"],
    }  # fmt: skip
    values["minute_ref"] = minute_ref(values["number"], meeting["date"] if meeting else None)
    if row is None:
        date, committee = (meeting["date"], meeting["committee"]) if meeting else (None, None)
        label = item_label(date, committee, values["minute_ref"], values["title"])
        item_id = insert(db, "items", {**values, "label": label})
        _sources(db, item_id, versions, new=True)
    else:
        item_id = int(row["id"])
        changed = {k: v for k, v in values.items() if row[k] != v}
        if not changed:
            _sources(db, item_id, versions)
            return None
        update(db, "items", item_id, changed)
        _sources(db, item_id, versions)
        if changed.keys() <= _NOT_DERIVED_FROM:
            return item_id  # its resolutions, actions and references stand as they are
        delete_children(db, [item_id])
    _children(db, item_id, values, best, meeting, fresh, parts[best["part_id"]])
    return item_id


def _children(
    db: sqlite_utils.Database, item_id: int, values: dict[str, Any], best: Row,
    meeting: Row | None, fresh: dict[int, Item], part: Row,
) -> None:  # fmt: skip
    """Resolutions, references and actions of the shown version: as parsed, when it was
    parsed for this very meeting (its part has the meeting's date and committee); else
    derived again from its text."""
    date = meeting["date"] if meeting else None
    committee = meeting["committee"] if meeting else None
    item = fresh.get(best["id"])
    if item is None or part["date"] != date or key(part["committee"]) != key(committee) \
            or item.decision != values["decision"]:  # fmt: skip
        item = Item(number=values["number"], title=values["title"], minutes=values["minutes"] or "",
                    description=values["description"] or "", decision=values["decision"] or "",
                    truncated=bool(values["truncated"]),
                    keyword_page=bool(best["keyword_page"]))  # fmt: skip
        fill_item(item, date, committee)
    item.minute_ref = values["minute_ref"]
    insert_children(db, item_id, item, key(committee), date)


def _sources(
    db: sqlite_utils.Database, item_id: int, versions: list[Row], new: bool = False
) -> None:
    """The item's item_sources rows: every source that holds a version of it."""
    want = sorted({v["source_id"] for v in versions})
    sql = "select source_id from item_sources where item_id = ? order by source_id"
    have = [] if new else [r["source_id"] for r in rows(db, sql, [item_id])]
    if have != want:
        if have:
            db.execute("delete from item_sources where item_id = ?", [item_id])
        insert_many(db, "item_sources", [{"item_id": item_id, "source_id": s} for s in want])


def _drop_group(db: sqlite_utils.Database, group: str, meeting: Row | None, scope: Scope) -> None:
    ids = [r["id"] for r in rows(db, "select id from items where group_key = ?", [group])]
    _delete_items(db, ids, scope)
    if meeting is not None:
        scope.add_meeting(meeting["committee_key"], meeting["date"])
        db.execute("delete from attendees where meeting_id = ?", [meeting["id"]])
        db.execute("delete from meetings where id = ?", [meeting["id"]])


def _delete_items(db: sqlite_utils.Database, ids: Iterable[int], scope: Scope) -> None:
    ids = list(ids)
    if not ids:
        return
    scope.remove_items(db, ids)
    delete_children(db, ids)
    marks = ",".join("?" * len(ids))
    db.execute(f"delete from item_sources where item_id in ({marks})", ids)
    db.execute(f"delete from items where id in ({marks})", ids)
