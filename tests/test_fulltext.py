"""Full-text indexes written in bulk: inside an ingest's transaction rows are noted and
indexed at its end; deleted or rewritten rows, rolled-back files and any other writer
leave the index exactly in step with the tables."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from scrutiny_cli import fulltext, store
from scrutiny_cli.check import check


def _hits(db: store.sqlite_utils.Database, word: str) -> list[int]:
    sql = "select rowid from items_fts where items_fts match ? order by rowid"
    return [r[0] for r in db.execute(sql, [word])]


def _item(db: store.sqlite_utils.Database, title: str, minutes: str) -> int:
    return store.insert(db, "items", {"title": title, "minutes": minutes, "truncated": 0})


@pytest.fixture
def db(tmp_path: Path) -> store.sqlite_utils.Database:
    return store.connect(tmp_path / "a.db")


def test_rows_are_indexed_when_the_batch_commits(db: store.sqlite_utils.Database) -> None:
    with store.Batch(db) as batch:
        first = batch.write(lambda: _item(db, "Adoption", "the adoption service"))
        assert _hits(db, "adoption") == []  # noted, not yet indexed
        pending = db.execute("select count(*) from fts_pending where tbl = 'items'").fetchone()
        assert pending[0] == 1
    assert _hits(db, "adoption") == [first]
    assert db.execute("select count(*) from fts_pending").fetchone()[0] == 0
    assert check(db).ok


def test_pending_rows_deleted_or_rewritten_before_the_commit(
    db: store.sqlite_utils.Database,
) -> None:
    with store.Batch(db) as batch:
        gone = batch.write(lambda: _item(db, "Fostering", "private fostering"))
        kept = batch.write(lambda: _item(db, "Fostering", "private fostering"))
        batch.write(lambda: db.execute("delete from items where id = ?", [gone]))
        batch.write(lambda: store.update(db, "items", kept, {"minutes": "kinship care"}))
    assert _hits(db, "fostering") == [kept]  # the title still says it
    assert _hits(db, "kinship") == [kept] and _hits(db, "private") == []
    assert check(db).ok


def test_indexed_rows_rewritten_in_a_later_batch(db: store.sqlite_utils.Database) -> None:
    with store.Batch(db) as batch:
        row = batch.write(lambda: _item(db, "Potholes", "road repairs"))
    with store.Batch(db) as batch:
        batch.write(lambda: store.update(db, "items", row, {"minutes": "street lighting"}))
        other = batch.write(lambda: _item(db, "Lighting", "street lighting"))
    assert _hits(db, "road") == [] and _hits(db, "lighting") == [row, other]
    assert check(db).ok


def test_a_failed_file_takes_its_notes_with_it(db: store.sqlite_utils.Database) -> None:
    def fails() -> None:
        _item(db, "Libraries", "library opening hours")
        raise sqlite3.IntegrityError("as if the disk refused")

    with store.Batch(db) as batch:
        kept = batch.write(lambda: _item(db, "Parks", "park maintenance"))
        with pytest.raises(sqlite3.IntegrityError):
            batch.write(fails)
    assert _hits(db, "library") == [] and _hits(db, "park") == [kept]
    assert check(db).ok


def test_other_writers_are_indexed_at_once(tmp_path: Path) -> None:
    db = store.connect(tmp_path / "a.db")
    db.conn.close()
    conn = sqlite3.connect(tmp_path / "a.db")  # a person with the sqlite3 shell
    with conn:
        conn.execute("insert into items (title, minutes) values ('Waste', 'fly-tipping')")
        conn.execute("update items set minutes = 'waste collection' where title = 'Waste'")
    hits = conn.execute("select rowid from items_fts where items_fts match 'collection'")
    assert len(hits.fetchall()) == 1
    assert conn.execute("select count(*) from fts_pending").fetchone()[0] == 0
    assert check(store.connect(tmp_path / "a.db")).ok


def test_the_triggers_keep_their_names_for_check(db: store.sqlite_utils.Database) -> None:
    names = {r[0] for r in db.execute("select name from sqlite_master where type = 'trigger'")}
    assert set(fulltext.triggers("items")) <= names


def test_an_items_decision_block_is_searched(tmp_path: Path) -> None:
    """A "Decision:" block's words find the item, as its minutes' words do, and a
    rewritten block is indexed again (an archive from before the block was indexed:
    tests/test_robust.py)."""
    db = store.connect(tmp_path / "b.db")
    with store.Batch(db) as batch:
        row = batch.write(lambda: store.insert(db, "items", {
            "title": "Harbour dues", "minutes": "Members discussed the principles.",
            "decision": "The Cabinet agreed a tariff for moorings.", "truncated": 0}))  # fmt: skip
    assert _hits(db, "moorings") == [row] and check(db).ok
    with store.Batch(db) as batch:
        batch.write(lambda: store.update(db, "items", row, {"decision": "Deferred."}))
    assert _hits(db, "moorings") == [] and _hits(db, "deferred") == [row]
