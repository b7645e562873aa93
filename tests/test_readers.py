"""Readers never write: read-only archives and folders, reading beside a writer, schema
upgrades left to writers; `sql` truly read-only and bounded; every failure one line."""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scrutiny_cli import cli_common, errors, store
from tests.conftest import FIXTURES, SAMPLE
from tests.helpers import as_unprivileged, copy_archive, invoke, open_folder

CLI = [sys.executable, "-m", "scrutiny_cli"]
READERS = [
    ["meetings"],
    ["status"],
    ["check"],
    ["actions", "--open"],
    ["search", "housing"],
    ["export", "meetings"],
    ["sql", "select count(*) from meetings"],
    ["actions", "orphans"],
]
ENDLESS = "with recursive c(x) as (select 1 union all select x + 1 from c) select x from c"


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("readers") / "sample.db"
    assert invoke(db, "ingest", str(SAMPLE / "wyvern" / "housing")).exit_code == 0
    return db


def test_readers_work_on_a_read_only_archive_in_a_read_only_folder(sample_db: Path) -> None:
    command = as_unprivileged(CLI)
    if command is None:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    root = open_folder()
    try:
        folder = root / "ro"
        folder.mkdir()
        copy_archive(sample_db, folder / "a.db")  # a WAL archive, closed: no -wal, no -shm
        assert not (folder / "a.db-wal").exists()
        (folder / "a.db").chmod(0o444)
        folder.chmod(0o555)
        before = (folder / "a.db").read_bytes()
        for args in (["meetings"], ["check"], ["sql", "select 1"], ["actions", "orphans"]):
            done = subprocess.run(
                [*command, "--db", str(folder / "a.db"), *args],
                capture_output=True,
                text=True,
                timeout=60,
                cwd=Path(__file__).parent.parent,
            )
            assert done.returncode == 0, (args, done.stderr)
        assert (folder / "a.db").read_bytes() == before
    finally:
        (root / "ro").chmod(0o755)
        shutil.rmtree(root)


def test_readers_see_the_last_commit_while_a_writer_holds_the_lock(
    sample_db: Path, tmp_path: Path
) -> None:
    db = tmp_path / "a.db"
    copy_archive(sample_db, db)
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("delete from meetings")  # not committed: no reader sees it
    try:
        for args in READERS:
            result = invoke(db, *args)
            assert result.exit_code == 0, (args, result.output)
        assert invoke(db, "meetings").stdout.count("\n") == 5  # header and four meetings
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_schema_upgrades_wait_for_a_command_that_writes(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / "archive-v2.db", path)
    assert invoke(path, "meetings").exit_code == 0
    assert invoke(path, "actions", "orphans").exit_code == 0
    version = sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0]
    assert version == 2
    assert invoke(path, "actions", "close", "kycg4ihjyv").exit_code == 0
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] > 2


# --- sql ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "VACUUM INTO '{out}'",
        "ATTACH '{out}' AS other",
        "VACUUM",
        "PRAGMA journal_mode = delete",
        "PRAGMA writable_schema = 1",
        "DELETE FROM actions",
        "CREATE TEMP TABLE t(x)",
        "BEGIN",
    ],
)
def test_sql_writes_nothing(sample_db: Path, tmp_path: Path, statement: str) -> None:
    out = tmp_path / "copy.db"
    result = invoke(sample_db, "sql", statement.format(out=out))
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "only reads the archive" in result.stderr
    assert not out.exists()


def test_sql_reads_pragmas_and_full_text(sample_db: Path) -> None:
    assert invoke(sample_db, "sql", "PRAGMA table_info(meetings)").exit_code == 0
    hits = invoke(sample_db, "sql", "select rowid from items_fts where items_fts match 'damp'")
    assert hits.exit_code == 0 and len(hits.stdout.splitlines()) > 1


def test_sql_stops_at_its_timeout(sample_db: Path) -> None:
    result = invoke(sample_db, "sql", f"select count(*) from ({ENDLESS})", "--timeout", "1")
    assert result.exit_code == 1
    assert "the query ran longer than 1 s and was stopped" in result.stderr


def test_sql_stops_at_ctrl_c_and_streams_its_rows(sample_db: Path) -> None:
    proc = subprocess.Popen(
        [*CLI, "--db", str(sample_db), "sql", ENDLESS, "--timeout", "0", "--csv"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    first = [proc.stdout.readline() for _ in range(1000)]  # rows come while the query runs
    assert first[:3] == ["x\n", "1\n", "2\n"]
    proc.send_signal(signal.SIGINT)
    proc.stdout.close()
    stderr = proc.communicate(timeout=30)[1]
    assert proc.returncode in (0, 130) and "Traceback" not in stderr


def test_sql_ctrl_c_stops_a_query_that_returns_nothing_yet(sample_db: Path) -> None:
    proc = subprocess.Popen(
        [*CLI, "--db", str(sample_db), "sql", f"select sum(x) from ({ENDLESS})", "--timeout", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(1.5)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 130, stderr
    assert "the query was stopped (Ctrl-C)" in stderr and "Traceback" not in stderr


# --- One line for every failure ---------------------------------------------------------------


def test_a_full_disk_is_one_line(sample_db: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.db"
    copy_archive(sample_db, path)
    key = sqlite3.connect(path).execute("select key from actions limit 1").fetchone()[0]

    def full(create: bool = False, read_only: bool = False):  # type: ignore[no-untyped-def]
        db = store.connect(path, create=create, read_only=read_only)
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages}")  # not one page more: the disk is full
        db.execute("PRAGMA cache_size = 0")
        return db

    monkeypatch.setattr(cli_common, "open_archive", full)
    monkeypatch.setattr("scrutiny_cli.cli_actions.open_archive", full)
    result = invoke(path, "actions", "close", key, "--note", "x" * 200_000)
    assert result.exit_code == 1 and "Traceback" not in result.output
    [line] = result.stderr.splitlines()
    assert line.startswith("Error: the disk is full (hint: ")


def test_a_disk_error_on_a_full_disk_says_the_disk_is_full(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(shutil, "disk_usage", lambda _: shutil._ntuple_diskusage(10**9, 10**9, 0))  # type: ignore[attr-defined]
    error = errors.explain(sqlite3.OperationalError("disk I/O error"), str(tmp_path / "a.db"))
    assert error is not None and str(error) == "the disk is full"


def test_a_damaged_archive_is_one_line_pointing_at_check(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    for args in (["meetings"], ["ingest", str(SAMPLE)], ["actions", "close", "abcd"]):
        result = invoke(path, *args)
        assert result.exit_code == 1 and "Traceback" not in result.output, args
        assert len(result.stderr.splitlines()) == 1, result.stderr
