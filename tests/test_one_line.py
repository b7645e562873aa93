"""One line, never a traceback: every mistake a person can make, and Ctrl-C during an
ingest, end in exactly one line on stderr and a non-zero exit."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scrutiny_cli.cli import app
from tests.archive_maker import many_meetings

ENV = {"NO_COLOR": "1", "COLUMNS": "120"}


def one_line(db: Path, *args: str) -> str:
    """Run the command; assert it failed with exactly one line on stderr; that line."""
    result = CliRunner().invoke(app, ["--db", str(db), *args], env=ENV)
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    return lines[0]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["search", ""], "nothing to search for"),
        (["search", " "], "nothing to search for"),
        (["search", '"'], "no words"),
        (["search", "--raw", '"unclosed'], "close the double quote"),
        (["search", "--raw", "foo:bar"], "names a column"),
        (["search", "--raw", "damp AND ("], "FTS5 takes"),
        (["search", "--raw", "*"], "must end a word"),
        (["datasette-metadata", "--output", "missing/dir/m.json"], "no folder"),
        (["show", "99/99"], "no item 99/99"),
    ],
)
def test_mistakes_are_one_line(sample_archive: Path, args: list[str], said: str) -> None:
    assert said in one_line(sample_archive, *args)


def test_output_that_cannot_be_written(sample_archive: Path, tmp_path: Path) -> None:
    existing = tmp_path / "existing"
    existing.write_text("a file", encoding="utf-8")
    assert "is a file" in one_line(sample_archive, "export", "all", "--output", str(existing))
    assert "is a folder" in one_line(
        sample_archive, "datasette-metadata", "--output", str(tmp_path)
    )
    assert "no folder" in one_line(
        sample_archive, "meetings", "--xlsx", str(tmp_path / "no" / "m.xlsx")
    )
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        assert "cannot" in one_line(sample_archive, "export", "all", "--output", str(locked / "x"))


def test_export_all_into_an_existing_folder(sample_archive: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["--db", str(sample_archive), "export", "all", "--output", str(tmp_path)], env=ENV
    )
    assert result.exit_code == 0 and (tmp_path / "actions.csv").exists()


def test_ctrl_c_during_ingest(tmp_path: Path) -> None:
    """SIGINT to the whole process group, as a terminal sends it: the run stops, says how
    far it got, exits 130, and no process prints a traceback; running again finishes."""
    files = many_meetings(tmp_path / "in", 400)
    db = tmp_path / "a.db"
    command = [
        sys.executable,
        "-m",
        "scrutiny_cli",
        "--db",
        str(db),
        "ingest",
        str(tmp_path / "in"),
    ]
    run = subprocess.Popen(
        [*command, "--jobs", "2"], stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    deadline = time.monotonic() + 60
    while stored_sources(db) < 5 and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(run.pid, signal.SIGINT)  # mid-run: the workers are busy
    try:
        _, stderr = run.communicate(timeout=120)
    except subprocess.TimeoutExpired:  # show where each process hangs (faulthandler)
        os.killpg(run.pid, signal.SIGABRT)
        pytest.fail("no exit after Ctrl-C:\n" + run.communicate()[1][-8000:])
    assert run.returncode == 130, stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr, stderr
    [line] = stderr.strip().splitlines()
    assert line.startswith("interrupted: ") and line.endswith(
        f"of {len(files)} files stored; run the same command again to finish"
    )
    stored = int(line.split()[1])
    assert 0 < stored < len(files)
    again = subprocess.run([*command, "--json"], capture_output=True, text=True, timeout=300)
    summary = json.loads(again.stdout)
    assert summary["unchanged"] >= stored and summary["files"] == len(files)
    assert summary["failed"] == 0


def stored_sources(db: Path) -> int:
    """Sources the running ingest has committed so far (0 while it starts)."""
    try:
        conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True, timeout=0.1)
        try:
            return int(conn.execute("select count(*) from sources").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_summaries_as_json_for_cron(tmp_path: Path, sample_archive: Path) -> None:
    folder = tmp_path / "in"
    many_meetings(folder, 2)
    (folder / "notes-a.txt").write_text("Not minutes.\n", encoding="utf-8")
    (folder / "notes-b.txt").write_text("Not minutes either.\n", encoding="utf-8")
    db = str(tmp_path / "a.db")
    result = CliRunner().invoke(app, ["--db", db, "ingest", str(folder), "--json"], env=ENV)
    summary = json.loads(result.stdout)
    assert summary["files"] == 4 and summary["new"] == 4 and summary["warnings"] == 2
    [group] = [p for p in summary["problems"] if p["status"] == "warning" and p["count"] == 2]
    assert group["reason"].startswith("unknown layout") and len(group["paths"]) == 2
    quiet = CliRunner().invoke(app, ["--db", db, "ingest", str(folder), "--force", "-q"], env=ENV)
    assert quiet.stdout == "" and quiet.stderr.startswith("warning: 2 × unknown layout")
    status = json.loads(CliRunner().invoke(app, ["--db", db, "status", "--json"], env=ENV).stdout)
    assert status["counts"]["meetings"] == 2 and len(status["problems"]) == 2
    checked = CliRunner().invoke(app, ["--db", str(sample_archive), "check", "--json"], env=ENV)
    assert json.loads(checked.stdout) == {"ok": True, "problems": [], "repaired": []}
