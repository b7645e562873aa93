"""The archive file and its rows: opening it, write transactions (each source file in a
savepoint of its own, many files to a transaction), plain inserts on the hot path,
source rows, and the rows derived from an item's text (resolutions, references,
actions). Which meetings and items a source makes is merge.py's.
"""

from __future__ import annotations

import functools
import re
import sqlite3
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from . import fulltext, tallies
from .errors import DISK_FULL_HINT, NoArchiveError, StoreError, explain
from .reader import Reader
from .schema import check_version, ensure_schema

if TYPE_CHECKING:  # sqlite-utils is imported only to write: readers start faster without it
    import sqlite_utils

    from .model import Item

KEY_LENGTH = 10  # 50 bits: collisions stay unlikely in an archive of millions of actions
BUSY_TIMEOUT_S = 30.0
TOUCH_BATCH = 1000  # touched files whose new times one transaction records
LOOKUP_BATCH = 500  # files whose source rows one query fetches (well under SQLite's 32,766)


@functools.lru_cache(maxsize=4096)
def key(text: str | None) -> str | None:
    """A matching key: case, accents, quotes, punctuation and a leading "the" ignored."""
    if not text:
        return None
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return re.sub(r"^the ", "", text) or None


WRITER_CACHE_KB = 32 * 1024


def connect(
    path: str | Path, create: bool = True, wal: bool = True, read_only: bool = False
) -> Any:
    """Open the archive; autocommit at driver level so that we choose when to BEGIN.
    read_only opens it with mode=ro: SQLite itself refuses every write, no lock is taken
    and the schema is left as it is (readers never write)."""
    path = Path(path)
    if not create and not path.exists():
        shown = f"./{path}" if not path.is_absolute() and path.parent == Path() else str(path)
        raise NoArchiveError(f"no archive at {shown}: run `scrutiny ingest FOLDER` first")
    if path.exists() and not path.is_file():
        raise StoreError(f"{path} is not a file: give --db the path of an archive file")
    try:
        if read_only:
            return _connect_read_only(path)
        import sqlite_utils

        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
        db = sqlite_utils.Database(conn)
        check_version(db)  # before anything is written: a file that is not ours stays as it is
        db.execute("PRAGMA foreign_keys = ON")
        if wal:
            db.enable_wal()
            # In WAL mode NORMAL still never corrupts the file; a power cut can lose only the
            # last transactions, which the next ingest redoes. FULL would fsync every file.
            db.execute("PRAGMA synchronous = NORMAL")
        # 32 MB of pages (SQLite's default is 2 MB): the indexes a writer walks for every
        # file stay in memory rather than being read back from the OS at each miss.
        db.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KB}")
        with write_transaction(db):
            ensure_schema(db)
    except sqlite3.OperationalError as e:
        raise _explained(e, path) from None
    except sqlite3.DatabaseError as e:
        raise StoreError(
            f"cannot open {path} as an archive: {e}",
            hint="if it is an archive, `scrutiny check` says what is wrong with it",
        ) from None
    return db


def _explained(error: sqlite3.Error, path: Path) -> StoreError:
    explained = explain(error, str(path))
    assert isinstance(explained, StoreError)
    return explained


def _connect_read_only(path: Path) -> Reader:
    """mode=ro: the last committed state, even while an ingest writes. A WAL archive in a
    folder we cannot write has no shared-memory file to read through; there, and only
    there, it is opened immutable: nobody can be writing it either."""
    uri = path.absolute().as_uri()
    for options in ("mode=ro", "mode=ro&immutable=1"):
        conn = sqlite3.connect(
            f"{uri}?{options}", uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None
        )
        try:
            conn.execute("select count(*) from sqlite_master").fetchone()
            break
        except sqlite3.OperationalError as e:
            conn.close()
            text = str(e).lower()
            if "immutable" in options or not ("readonly" in text or "unable to open" in text):
                raise
    db = Reader(conn)
    check_version(db)
    if not db.table("sources").exists():
        raise NoArchiveError(f"{path} holds no archive yet: run `scrutiny ingest FOLDER` first")
    return db


@contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """BEGIN IMMEDIATE ... COMMIT: take the write lock up front so two writers queue."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
        fulltext.flush(db)
    except BaseException:
        db.conn.rollback()
        raise
    db.execute("COMMIT")


T = TypeVar("T")


class Batch:
    """Files stored many to a transaction, each in a savepoint of its own.

    Committing every file cost more than storing it, so up to `files` files or `seconds`
    of work share one transaction, and the full-text indexes are written in bulk at its
    end (fulltext.py). A file that fails rolls back alone; what was stored before it is
    committed; a killed run loses at most the open batch, whose files are not recorded as
    read either, so the next ingest redoes them. Never half a file.
    """

    def __init__(self, db: sqlite_utils.Database, files: int = 200, seconds: float = 1.0):
        self.db, self.files, self.seconds = db, files, seconds
        self.count, self.started = 0, 0.0

    def __enter__(self) -> Batch:
        return self

    def __exit__(self, *exc: object) -> None:
        self.commit()

    def write(self, store_file: Callable[[], T]) -> T:
        """Run store_file in a savepoint of the open batch; commit when the batch is full."""
        if not self.db.conn.in_transaction:
            self.db.execute("BEGIN IMMEDIATE")
            fulltext.defer(self.db)
            self.count, self.started = 0, time.monotonic()
        self.db.execute("SAVEPOINT source_file")
        try:
            result = store_file()
        except BaseException:
            self.db.execute("ROLLBACK TO source_file")
            self.db.execute("RELEASE source_file")
            raise
        self.db.execute("RELEASE source_file")
        self.count += 1
        if self.count >= self.files or time.monotonic() - self.started >= self.seconds:
            self.commit()
        return result

    def commit(self) -> None:
        if self.db.conn.in_transaction:
            try:
                fulltext.flush(self.db)
                self.db.execute("COMMIT")
            except sqlite3.Error:
                self.db.conn.rollback()
                raise


def insert(db: sqlite_utils.Database, table: str, row: dict[str, Any]) -> int:
    """Insert one row; its new id. Plain SQL: the hot path of ingest, where sqlite-utils'
    per-call table introspection cost more than the writes."""
    sql = f"insert into {table} ({', '.join(row)}) values ({', '.join('?' * len(row))})"
    rowid = db.conn.execute(sql, list(row.values())).lastrowid
    assert rowid is not None
    return rowid


def update(db: sqlite_utils.Database, table: str, row_id: int, values: dict[str, Any]) -> None:
    """Set columns of one row by id; plain SQL, as insert."""
    if values:
        sets = ", ".join(f"{column} = ?" for column in values)
        db.conn.execute(f"update {table} set {sets} where id = ?", [*values.values(), row_id])


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


def storage_error(error: sqlite3.Error, path: str, archive: str | None = None) -> StoreError:
    """A database failure while storing a file, as one line a person can act on. The file's
    transaction has been rolled back: the archive is as it was before it."""
    explained = explain(error, archive)
    assert isinstance(explained, StoreError)
    if explained.hint == DISK_FULL_HINT:
        return StoreError(
            f"the disk is full: nothing of {path} was stored",
            hint="free some space and run ingest again; it carries on from there",
        )
    return explained


def archive_path(db: sqlite_utils.Database) -> str | None:
    """The file an open archive lives in."""
    try:
        return str(db.execute("PRAGMA database_list").fetchone()[2]) or None
    except sqlite3.Error:
        return None


def source_by_path(db: sqlite_utils.Database, path: str) -> dict[str, Any] | None:
    """A file's source row. Plain SQL: sqlite-utils' query wraps each in a savepoint, and
    ingest asks this of every file, twice."""
    found = rows(db, "select * from sources where path = ?", [path])
    return dict(found[0]) if found else None


def sources_by_paths(db: sqlite_utils.Database, paths: list[str]) -> dict[str, dict[str, Any]]:
    """The source rows of many files at once, by path (one query for a batch of a run's
    files instead of one each)."""
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(paths), LOOKUP_BATCH):
        chunk = paths[start : start + LOOKUP_BATCH]
        marks = ", ".join("?" * len(chunk))
        for row in rows(db, f"select * from sources where path in ({marks})", chunk):
            found[row["path"]] = dict(row)
    return found


def touch_sources(db: sqlite_utils.Database, touched: list[tuple[float | None, str]]) -> None:
    """Remember the new times of files touched but unchanged, (mtime, path) each: a few
    small transactions, not one a file."""
    for start in range(0, len(touched), TOUCH_BATCH):
        with write_transaction(db):
            db.conn.executemany(
                "update sources set mtime = ? where path = ?", touched[start : start + TOUCH_BATCH]
            )


def save_source(db: sqlite_utils.Database, row: dict[str, Any]) -> int:
    """Insert or update the source row for row["path"]; returns its id."""
    existing = source_by_path(db, row["path"])
    if existing:
        update(db, "sources", existing["id"], row)
        return int(existing["id"])
    return insert(db, "sources", row)


def action_key(committee_key: str | None, date: str | None, item: Item, text: str) -> str:
    """A short id people can type that survives re-ingest: made from where the action was
    asked (committee, date, minute) and its words, never from row ids."""
    words = " ".join(re.findall(r"[a-z0-9]+", unicodedata.normalize("NFKD", text).lower()))
    where = item.minute_ref or item.number or item.title
    import base64
    import hashlib  # here: only writers make keys, and readers start faster without it

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
    written = zip(resolution_ids, item.resolutions, strict=True)
    tallies.add_recommendations(db, [(rid, item_id, r.text or "") for rid, r in written])
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


def set_override(
    db: sqlite_utils.Database, key: str, status: str, note: str | None, set_at: str
) -> None:
    """Record what a person decided about an action, with the action's words and where it
    was asked (kept when the action has gone already); no ingest ever writes this table."""
    row = {"key": key, "status": status, "note": note, "set_at": set_at}
    row.update(action_context(db, key))
    db.table("action_overrides").upsert(row, pk="key")
    log_override(db, key, status, note, set_at)


def action_context(db: sqlite_utils.Database, key: str) -> dict[str, Any]:
    """An action's words, committee, meeting date and minute; empty if it is not there."""
    found = rows(
        db,
        "select a.text, m.committee, m.date as meeting_date, i.minute_ref from actions a "
        "join items i on i.id = a.item_id join meetings m on m.id = i.meeting_id "
        "where a.key = ? limit 1",
        [key],
    )
    return dict(found[0]) if found else {}


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
