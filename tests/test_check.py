"""`scrutiny check` on the damage it exists to find, and `--repair` mending what it can:
damaged index and shadow-table pages, a dropped full-text table, orphan rows; damaged
table data left as it is, with the way to recover it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import SAMPLE
from tests.helpers import copy_archive, invoke

PAGE = 4096


@pytest.fixture(scope="module")
def whole(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("check") / "whole.db"
    assert invoke(db, "ingest", str(SAMPLE / "wyvern" / "children")).exit_code == 0
    return db


def damage_page(path: Path, name: str, at: int = 0, length: int = 12) -> None:
    """Overwrite the start of the root page of a table or index with garbage."""
    with sqlite3.connect(path) as conn:
        [root] = conn.execute(
            "select rootpage from sqlite_master where name = ?", [name]
        ).fetchone()
    conn.close()
    with path.open("r+b") as f:
        f.seek((root - 1) * PAGE + at)
        f.write(b"\x5a" * length)


def drop_shadow(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("drop table items_fts_data")
    conn.close()


def orphan_rows(path: Path) -> None:
    with sqlite3.connect(path) as conn:  # foreign keys are off in a plain connection
        conn.execute("delete from meetings where id = (select min(id) from meetings)")
    conn.close()


def wrong_count(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("update counts set n = n + 5 where name = 'items'")
    conn.close()


@pytest.mark.parametrize(
    ("harm", "seen"),
    [
        (lambda p: damage_page(p, "idx_actions_key"), "damaged: Page"),
        (lambda p: damage_page(p, "items_fts_data"), "items_fts_data cannot be read whole"),
        (drop_shadow, "the full-text index of items is damaged: its data table is gone"),
        (orphan_rows, "items rows point at a missing meetings row"),
        (wrong_count, "the kept count of items: kept"),
    ],
    ids=["index page", "shadow table page", "dropped shadow table", "orphan rows", "a count"],
)
def test_check_finds_it_and_repair_mends_it(
    whole: Path, tmp_path: Path, harm: Callable[[Path], None], seen: str
) -> None:
    db = copy_archive(whole, tmp_path / "a.db")
    harm(db)
    found = invoke(db, "check")
    assert found.exit_code == 1 and "Traceback" not in found.output
    assert seen in found.stdout
    mended = invoke(db, "check", "--repair")
    assert mended.exit_code == 0, mended.output
    assert "repair: rebuilt the full-text indexes" in mended.stderr
    assert mended.stdout == "ok: the archive is whole\n"
    assert invoke(db, "check").exit_code == 0
    hits = invoke(db, "search", "home education", "--json")
    assert hits.exit_code == 0 and "home" in hits.stdout.lower()
    again = invoke(db, "ingest", "--force", str(SAMPLE / "wyvern" / "children"))
    assert again.exit_code == 0, again.output


def test_damaged_table_data_is_left_as_it_is_with_a_way_to_recover(
    whole: Path, tmp_path: Path
) -> None:
    db = copy_archive(whole, tmp_path / "a.db")
    damage_page(db, "meetings", at=3500, length=500)
    before = db.read_bytes()
    found = invoke(db, "check")
    assert found.exit_code == 1 and "Traceback" not in found.output
    assert "table meetings cannot be read whole" in found.stdout
    assert ".recover | sqlite3 recovered.db" in found.stdout
    refused = invoke(db, "check", "--repair")
    assert refused.exit_code == 1 and "Traceback" not in refused.output
    assert "nothing was changed" in refused.stderr and ".recover" in refused.stderr
    assert db.read_bytes() == before


def test_a_file_that_is_no_database_says_how_to_recover(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    db.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    for args in (["check"], ["check", "--repair"]):
        result = invoke(db, *args)
        assert result.exit_code == 1 and "Traceback" not in result.output
        assert ".recover" in result.output
