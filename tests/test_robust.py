"""Nothing lost: hostile files, killed ingests, two writers at once, old and foreign
databases, a full disk. These tests try to break the archive and check that they cannot."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scrutiny_cli import store
from scrutiny_cli.check import check
from scrutiny_cli.cli import app
from scrutiny_cli.errors import StoreError
from scrutiny_cli.ingest import ingest
from scrutiny_cli.schema import migrations
from tests.archive_maker import many_meetings
from tests.conftest import SAMPLE
from tests.helpers import archive, run, snapshot

ENV = {"NO_COLOR": "1", "COLUMNS": "120"}
CLI = [sys.executable, "-m", "scrutiny_cli"]


def cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, "--db", str(db), *args], capture_output=True, text=True, timeout=300
    )


# --- Hostile files ----------------------------------------------------------------------------


def hostile_folder(folder: Path) -> dict[str, str]:
    """Bad files beside good minutes; returns each bad file's name and the status expected."""
    folder.mkdir(parents=True, exist_ok=True)
    bad: dict[str, str] = {}
    rng = random.Random(1)
    (folder / "junk.txt").write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    bad["junk.txt"] = "failed"
    (folder / "bytes.txt").write_bytes(b"\x81\x8d\x8f\x90\x9d not minutes at all \xff\xfe")
    bad["bytes.txt"] = "failed"  # a fifth of it undecodable: binary
    (folder / "line.txt").write_text("x" * 5_000_000, encoding="ascii")
    bad["line.txt"] = "warning"
    (folder / "empty.txt").write_bytes(b"")
    bad["empty.txt"] = "failed"
    (folder / "x.pdf").mkdir()
    bad["x.pdf"] = "warning"
    os.mkfifo(folder / "pipe.txt")
    bad["pipe.txt"] = "failed"
    os.symlink("loop.txt", folder / "loop.txt")
    bad["loop.txt"] = "failed"
    (folder / "fake.pdf").write_bytes(b"<html><body>Not found</body></html>")
    bad["fake.pdf"] = "failed"
    (folder / "half.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog")
    bad["half.pdf"] = "failed"
    (folder / "agenda.txt").write_text("Agenda item\n\n" + "Minutes:\n" * 20000, encoding="utf-8")
    bad["agenda.txt"] = "warning"  # a page of nothing: harmless, said so
    return bad


def test_hostile_files_are_each_recorded_and_the_good_ones_stored(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    bad = hostile_folder(folder)
    import shutil

    shutil.copytree(SAMPLE, folder / "good")
    result = CliRunner().invoke(
        app, ["--db", str(tmp_path / "a.db"), "ingest", str(folder)], env=ENV
    )
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    db = archive(tmp_path / "a.db")
    sources = {Path(r["path"]).name: r for r in db.query("select * from sources")}
    for name, status in bad.items():
        assert sources[name]["status"] == status, (name, sources[name])
        if status != "ok":
            assert sources[name]["message"], name
    assert db.table("meetings").count == 9
    assert check(db).ok


def test_strict_fails_on_warnings(tmp_path: Path) -> None:
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "note.txt").write_text("A note about nothing.\n", encoding="utf-8")
    plain = CliRunner().invoke(app, ["--db", str(tmp_path / "a.db"), "ingest", str(tmp_path / "m")])
    strict = CliRunner().invoke(
        app, ["--db", str(tmp_path / "b.db"), "ingest", "--strict", str(tmp_path / "m")]
    )
    assert plain.exit_code == 0 and strict.exit_code == 1


def test_debug_shows_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "not.db").write_text("not a database", encoding="utf-8")
    quiet = cli(tmp_path / "not.db", "meetings")
    loud = cli(tmp_path / "not.db", "--debug", "meetings")
    assert quiet.returncode == 1 and "Traceback" not in quiet.stderr
    assert "Traceback" in loud.stderr


# --- Crash safety ------------------------------------------------------------------------------


KILLS = 20


def test_killed_ingest_leaves_a_whole_archive_that_a_rerun_completes(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    many_meetings(folder, 30)
    reference = archive(tmp_path / "reference.db")
    run(reference, folder)
    db_path = tmp_path / "killed.db"
    rng = random.Random(7)
    survived = 0
    for _ in range(KILLS):
        proc = subprocess.Popen(
            [*CLI, "--db", str(db_path), "ingest", "--force", "--jobs", "2", str(folder)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        time.sleep(rng.uniform(0.05, 1.2))
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        db = store.connect(db_path)
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert check(db).ok, check(db).problems
        # Every meeting stored is whole: it has all the items its minutes list.
        short = db.execute(
            "select count(*) from meetings m where (select count(*) from items i "
            "where i.meeting_id = m.id) != 7"
        ).fetchone()[0]
        assert short == 0
        db.conn.close()
        survived += 1
    assert survived == KILLS
    finished = cli(db_path, "ingest", str(folder))
    assert finished.returncode == 0, finished.stderr
    assert snapshot(archive(db_path)) == snapshot(reference)
    assert cli(db_path, "check").returncode == 0


# --- Two writers ------------------------------------------------------------------------------


def test_two_ingests_at_once(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    paths = many_meetings(folder, 24)
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    for i, p in enumerate(paths):  # overlapping halves: a third of the files in both
        if i < 16:
            os.link(p, first / p.name)
        if i >= 8:
            os.link(p, second / p.name)
    reference = archive(tmp_path / "reference.db")
    run(reference, first, second)
    db_path = tmp_path / "shared.db"
    store.connect(db_path).conn.close()  # an empty archive both open at once
    procs = [
        subprocess.Popen(
            [*CLI, "--db", str(db_path), "ingest", "--jobs", "1", str(f)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for f in (first, second)
    ]
    reader_saw_partial = False
    while any(p.poll() is None for p in procs):
        view = cli(
            db_path,
            "sql",
            "select count(*) as n from meetings m where (select count(*) "
            "from items i where i.meeting_id = m.id) != 7",
            "--csv",
        )
        reader_saw_partial |= view.returncode == 0 and view.stdout.splitlines()[1:] != ["0"]
    outputs = [p.communicate() for p in procs]
    for proc, (_, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert "locked" not in err
    assert not reader_saw_partial
    got = snapshot(archive(db_path))
    want = snapshot(reference)
    # The same meetings whichever process stored which: compare content, not source paths.
    assert got == want
    assert cli(db_path, "check").returncode == 0


# --- Schema versions -------------------------------------------------------------------------


def test_older_schema_upgrades_in_place_with_overrides_intact(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    import sqlite_utils

    old = sqlite_utils.Database(conn)
    migrations.apply(old, stop_before="002-full-text-search")
    old.execute("PRAGMA user_version = 1")
    old.table("action_overrides").insert(
        {"key": "abc123defg", "status": "closed", "note": "done by email", "set_at": "2024-01-01"}
    )
    conn.close()
    db = store.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(migrations._migrations)
    assert db.table("items_fts").exists()
    assert list(db.query("select note from action_overrides")) == [{"note": "done by email"}]
    run(db, SAMPLE)
    assert db.table("meetings").count == 9


def test_archive_fixture_made_by_todays_schema_opens(tmp_path: Path) -> None:
    fixture = Path(__file__).parent / "fixtures" / "archive-v2.db"
    path = tmp_path / "copy.db"
    path.write_bytes(fixture.read_bytes())
    db = store.connect(path)
    overrides = list(db.query("select key, status, note from action_overrides"))
    assert overrides == [{"key": "kycg4ihjyv", "status": "closed", "note": "sent by email"}]
    assert db.table("meetings").count == 9 and check(db).ok
    closed = next(db.query("select status, status_by from actions where key = 'kycg4ihjyv'"))
    assert closed == {"status": "closed", "status_by": "person"}
    # (its items, stored before items kept a decision block, have none: "", not NULL)
    blocks = {
        r[0] for t in ("items", "part_items") for r in db.execute(f"select decision from {t}")
    }
    assert blocks == {""}
    # (and migration 017 indexed the block, through triggers that index its later writes)
    db.execute("update items set decision = 'a tariff for moorings' where id = 1")
    assert db.execute("select rowid from items_fts where items_fts match 'moorings'").fetchall() \
        == [(1,)] and check(db).ok  # fmt: skip


def test_newer_archive_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    store.connect(path).execute("PRAGMA user_version = 99")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer scrutiny"):
        store.connect(path)
    assert path.read_bytes() == before


def test_foreign_sqlite_file_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    sqlite3.connect(path).execute("create table notes (id integer primary key, text)")
    before = path.read_bytes()
    result = cli(path, "ingest", str(SAMPLE))
    assert result.returncode == 1 and "not a scrutiny archive" in result.stderr
    assert path.read_bytes() == before


# --- Disk full, read-only ---------------------------------------------------------------------


def test_full_disk_rolls_the_file_back(tmp_path: Path) -> None:
    db = archive(tmp_path / "a.db")
    run(db, SAMPLE / "wyvern" / "housing" / "2022-10-04-agenda-and-minutes.txt")
    before = snapshot(db)
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + 1}")
    with pytest.raises(StoreError, match="disk is full"):
        ingest(db, [SAMPLE / "wyvern" / "children"])
    assert snapshot(db) == before
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_read_only_archive_is_a_clear_error(tmp_path: Path) -> None:
    archive(tmp_path / "a.db").conn.close()
    db = store.connect(tmp_path / "a.db", read_only=True)
    with pytest.raises(StoreError, match="cannot be written"):
        ingest(db, [SAMPLE / "wyvern" / "housing"])


def test_the_migration_names_readers_check_are_the_migrations() -> None:
    from scrutiny_cli.shape import MIGRATIONS

    assert [m.name for m in migrations._migrations] == list(MIGRATIONS)
