"""The model into rows: one BEGIN IMMEDIATE transaction per source file.

A changed source has all its rows deleted and inserted anew inside the same transaction
(upserts alone would leave orphans when a revised document drops an item).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlite_utils

from .errors import NoArchiveError, StoreError
from .model import Document, Item, Meeting
from .parse.dates import municipal_year
from .schema import check_version, ensure_schema

KEY_LENGTH = 10  # 50 bits: collisions stay unlikely in an archive of millions of actions
BUSY_TIMEOUT_S = 30.0


@functools.lru_cache(maxsize=4096)
def key(text: str | None) -> str | None:
    """A matching key: case, accents, quotes, punctuation and a leading "the" ignored."""
    if not text:
        return None
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return re.sub(r"^the ", "", text) or None


def connect(
    path: str | Path, create: bool = True, wal: bool = True, read_only: bool = False
) -> sqlite_utils.Database:
    """Open the archive; autocommit at driver level so that we choose when to BEGIN.
    read_only opens it with mode=ro, where SQLite itself refuses every write."""
    path = Path(path)
    if not create and not path.exists():
        shown = f"./{path}" if not path.is_absolute() and path.parent == Path() else str(path)
        raise NoArchiveError(f"no archive at {shown}: run `scrutiny ingest FOLDER` first")
    try:
        if read_only:
            uri = f"{path.absolute().as_uri()}?mode=ro"
            conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None)
            db = sqlite_utils.Database(conn)
            check_version(db)
            return db
        if path.exists() and not path.is_file():
            raise StoreError(f"{path} is not a file: give --db the path of an archive file")
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
        db = sqlite_utils.Database(conn)
        check_version(db)  # before anything is written: a file that is not ours stays as it is
        db.execute("PRAGMA foreign_keys = ON")
        if wal:
            db.enable_wal()
            # In WAL mode NORMAL still never corrupts the file; a power cut can lose only the
            # last transactions, which the next ingest redoes. FULL would fsync every file.
            db.execute("PRAGMA synchronous = NORMAL")
        with write_transaction(db):
            ensure_schema(db)
    except sqlite3.OperationalError as e:
        raise storage_error(e, str(path)) from None
    except sqlite3.DatabaseError as e:
        raise StoreError(f"cannot open {path} as an archive: {e}") from None
    return db


@contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """BEGIN IMMEDIATE ... COMMIT: take the write lock up front so two writers queue."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.conn.rollback()
        raise
    db.execute("COMMIT")


def insert(db: sqlite_utils.Database, table: str, row: dict[str, Any]) -> int:
    """Insert one row; its new id. Plain SQL: the hot path of ingest, where sqlite-utils'
    per-call table introspection cost more than the writes."""
    sql = f"insert into {table} ({', '.join(row)}) values ({', '.join('?' * len(row))})"
    rowid = db.conn.execute(sql, list(row.values())).lastrowid
    assert rowid is not None
    return rowid


def insert_many(db: sqlite_utils.Database, table: str, rows: list[dict[str, Any]]) -> None:
    """Insert rows that share their keys, in one executemany."""
    if rows:
        columns = list(rows[0])
        sql = f"insert into {table} ({', '.join(columns)}) values ({', '.join('?' * len(columns))})"
        db.conn.executemany(sql, [[r[c] for c in columns] for r in rows])


def rows(db: sqlite_utils.Database, sql: str, params: Any = ()) -> list[sqlite3.Row]:
    """Query rows as sqlite3.Row (read by name, built in C: cheaper than dicts)."""
    cursor = db.conn.execute(sql, params)
    cursor.row_factory = sqlite3.Row
    return cursor.fetchall()


def storage_error(error: sqlite3.Error, path: str) -> StoreError:
    """A database failure while storing a file, as one line a person can act on. The file's
    transaction has been rolled back: the archive is as it was before it."""
    text = str(error).lower()
    if "full" in text:
        return StoreError(
            f"the disk is full: nothing of {path} was stored",
            hint="free some space and run ingest again; it carries on from there",
        )
    if "readonly" in text or "read-only" in text:
        return StoreError(
            "the archive cannot be written (a read-only file or folder)",
            hint="check the permissions of the archive and its folder",
        )
    return StoreError(f"the archive refused {path}: {error}")


def source_by_path(db: sqlite_utils.Database, path: str) -> dict[str, Any] | None:
    rows = list(db.query("select * from sources where path = ?", [path]))
    return rows[0] if rows else None


def save_source(db: sqlite_utils.Database, row: dict[str, Any]) -> int:
    """Insert or update the source row for row["path"]; returns its id."""
    existing = source_by_path(db, row["path"])
    if existing:
        db.table("sources").update(existing["id"], row)
        return int(existing["id"])
    return insert(db, "sources", row)


def meeting_for(db: sqlite_utils.Database, meeting: Meeting) -> dict[str, Any] | None:
    """A meeting of the same committee on the same day already in the archive."""
    rows = list(
        db.query(
            "select m.*, s.path from meetings m left join sources s on s.id = m.source_id "
            "where m.committee_key = ? and m.date = ?",
            [key(meeting.committee), meeting.date],
        )
    )
    return rows[0] if rows else None


def store_document(db: sqlite_utils.Database, source_id: int, doc: Document) -> list[int]:
    """Insert the rows of one parsed document (inside the caller's transaction); the ids of
    the meeting's items (none for a page still waiting for its meeting)."""
    if doc.meeting is not None:
        return _store_meeting(db, source_id, doc.meeting)
    elif doc.item is not None:
        hint = doc.hint
        row = _item_row(doc.item, None, source_id, 0)
        if hint:
            row.update(
                hint_committee_key=key(hint.committee), hint_date=hint.date, hint_number=hint.number
            )
        insert(db, "items", row)
    return []


def _store_meeting(db: sqlite_utils.Database, source_id: int, meeting: Meeting) -> list[int]:
    meeting_id = insert(db, "meetings", {
        "council": meeting.council, "committee": meeting.committee, "date": meeting.date,
        "start_time": meeting.start_time, "venue": meeting.venue, "contact": meeting.contact,
        "municipal_year": municipal_year(meeting.date), "source_id": source_id,
        "committee_key": key(meeting.committee),
        "label": f"{meeting.date} {meeting.committee}",
    })  # fmt: skip
    insert_many(db, "attendees", [
        {"meeting_id": meeting_id, "name": a.name, "role": a.role, "status": a.status,
         "organisation": a.organisation} for a in meeting.attendees])  # fmt: skip
    ids = []
    for position, item in enumerate(meeting.items):
        item_id = insert(db, "items", _item_row(item, meeting_id, source_id, position))
        insert_children(db, item_id, item, key(meeting.committee), meeting.date)
        ids.append(item_id)
    return ids


def _item_row(item: Item, meeting_id: int | None, source_id: int, position: int) -> dict[str, Any]:
    return {
        "meeting_id": meeting_id,
        "number": item.number,
        "minute_ref": item.minute_ref,
        "title": item.title,
        "description": item.description,
        "minutes": item.minutes,
        "truncated": int(item.truncated),
        "source_id": source_id,
        "position": position,
        "title_key": key(item.title),
    }


def action_key(committee_key: str | None, date: str | None, item: Item, text: str) -> str:
    """A short id people can type that survives re-ingest: made from where the action was
    asked (committee, date, minute) and its words, never from row ids."""
    words = " ".join(re.findall(r"[a-z0-9]+", unicodedata.normalize("NFKD", text).lower()))
    where = item.minute_ref or item.number or item.title
    digest = hashlib.sha1(f"{committee_key}|{date}|{where}|{words}".encode()).digest()
    return base64.b32encode(digest).decode().lower()[:KEY_LENGTH]


def insert_children(
    db: sqlite_utils.Database,
    item_id: int,
    item: Item,
    committee_key: str | None = None,
    date: str | None = None,
) -> None:
    """The rows derived from an item's text: resolutions, references and actions."""
    resolution_ids = [insert(db, "resolutions", {
        "item_id": item_id, "part": r.part, "text": r.text, "lead_in": r.lead_in, "position": i,
    }) for i, r in enumerate(item.resolutions)]  # fmt: skip
    insert_many(db, "minute_refs", [
        {"item_id": item_id, "ref": r.ref, "effect": r.effect, "context": r.context,
         "target_item_id": None} for r in item.refs])  # fmt: skip
    keys: set[str] = set()
    rows = []
    for i, a in enumerate(item.actions):
        key = action_key(committee_key, date, item, a.text)
        while key in keys:  # the same words asked twice in one item: still two actions
            key = action_key(committee_key, date, item, f"{a.text} {i}")
        keys.add(key)
        rows.append({
            "key": key, "item_id": item_id, "text": a.text, "owner": a.owner,
            "due_date": a.due_date, "due_text": a.due_text, "origin": a.origin,
            "resolution_id": (resolution_ids[a.resolution_index]
                              if a.resolution_index is not None else None),
            "status": "open", "status_evidence": None, "position": i,
        })  # fmt: skip
    insert_many(db, "actions", rows)


def delete_children(db: sqlite_utils.Database, item_ids: list[int]) -> None:
    """Remove what was derived from these items' text, and references pointing at them."""
    if not item_ids:
        return
    marks = ",".join("?" * len(item_ids))
    db.execute(
        f"update minute_refs set target_item_id = null where target_item_id in ({marks})", item_ids
    )
    for table in ("actions", "resolutions", "minute_refs"):
        db.execute(f"delete from {table} where item_id in ({marks})", item_ids)


def delete_source_rows(db: sqlite_utils.Database, source_id: int) -> list[int]:
    """Delete everything a source stored; returns meeting items whose full text it gave,
    which the caller must hand back to link.detach (they are truncated again)."""
    items = [r["id"] for r in db.query("select id from items where source_id = ?", [source_id])]
    completed = [
        r["completes_item_id"]
        for r in db.query(
            "select completes_item_id from items "
            "where source_id = ? and completes_item_id is not null",
            [source_id],
        )
    ]
    marks = ",".join("?" * len(items))
    if items:
        # Pages that completed these items wait again for a meeting.
        db.execute(
            f"update items set completes_item_id = null where completes_item_id in ({marks})", items
        )
    delete_children(db, items)
    if items:
        db.execute(f"delete from items where id in ({marks})", items)
    meetings = [
        r["id"] for r in db.query("select id from meetings where source_id = ?", [source_id])
    ]
    for meeting_id in meetings:
        db.execute("delete from attendees where meeting_id = ?", [meeting_id])
        db.execute("delete from meetings where id = ?", [meeting_id])
    return [c for c in completed if c not in items]


def set_override(
    db: sqlite_utils.Database, key: str, status: str, note: str | None, set_at: str
) -> None:
    """Record what a person decided about an action; no ingest ever writes this table."""
    db.table("action_overrides").upsert(
        {"key": key, "status": status, "note": note, "set_at": set_at}, pk="key"
    )
    log_override(db, key, status, note, set_at)


def clear_override(db: sqlite_utils.Database, key: str, note: str | None, set_at: str) -> bool:
    """Drop a person's decision, so the minutes decide again; whether there was one."""
    dropped = db.execute("delete from action_overrides where key = ?", [key]).rowcount > 0
    if dropped:
        log_override(db, key, "reset", note, set_at)
    return dropped


def log_override(
    db: sqlite_utils.Database, key: str, status: str, note: str | None, set_at: str
) -> None:
    """Keep every decision in order: `actions show` gives the history."""
    insert(db, "override_log", {"key": key, "status": status, "note": note, "set_at": set_at})
