"""The command line: exit codes, stdout and stderr kept apart, output formats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scrutiny_cli.cli import app
from tests.conftest import SAMPLE

ENV = {"NO_COLOR": "1", "COLUMNS": "120"}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "demo.db"
    result = CliRunner().invoke(app, ["--db", str(db), "ingest", str(SAMPLE)], env=ENV)
    assert result.exit_code == 0, result.output
    return db


def invoke(*args: str) -> object:
    return CliRunner().invoke(app, list(args), env=ENV)


def test_ingest_summary_goes_to_stderr(tmp_path: Path) -> None:
    result = invoke("--db", str(tmp_path / "x.db"), "ingest", str(SAMPLE))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "12 new" in result.stderr and "9 meetings" in result.stderr
    again = invoke("--db", str(tmp_path / "x.db"), "ingest", str(SAMPLE))
    assert "12 unchanged" in again.stderr and "nothing to do" in again.stderr


def test_meetings_csv_when_piped(demo_db: Path) -> None:
    result = invoke("--db", str(demo_db), "meetings")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert result.exit_code == 0
    assert len(rows) == 9 and rows[0]["date"] == "2022-09-15"


def test_meetings_json_and_committee_filter(demo_db: Path) -> None:
    result = invoke("--db", str(demo_db), "meetings", "--committee", "Housing", "--json")
    data = json.loads(result.stdout)
    assert {m["committee"] for m in data} == {"Housing and Communities Scrutiny Board"}


def test_show_item_by_minute_ref(demo_db: Path) -> None:
    result = invoke("--db", str(demo_db), "show", "8/22", "--json")
    assert result.exit_code == 0, result.output
    [item] = json.loads(result.stdout)
    assert item["title"] == "Elective Home Education"
    assert [r["minute_ref"] for r in item["referred_to_by"]] == ["15/22"]


def test_show_meeting_by_date_written_loosely(demo_db: Path) -> None:
    result = invoke("--db", str(demo_db), "show", "12 January 2023")
    assert result.exit_code == 0, result.output
    assert "Children and Young People Scrutiny Board" in result.stdout
    assert "Foster Carer Sufficiency" in result.stdout


def test_show_unknown_ref_is_one_line_error(demo_db: Path) -> None:
    result = invoke("--db", str(demo_db), "show", "99/99")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no item 99/99")
    assert "Traceback" not in result.output


def test_no_archive_yet(tmp_path: Path) -> None:
    result = invoke("--db", str(tmp_path / "none.db"), "meetings")
    assert result.exit_code == 1
    assert "no archive at" in result.stderr and "scrutiny ingest" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    result = invoke("--db", str(tmp_path / "x.db"), "ingest", str(tmp_path / "nowhere"))
    assert result.exit_code == 1 and "no such file or folder" in result.stderr


def test_failed_file_exit_code(tmp_path: Path) -> None:
    (tmp_path / "junk.txt").write_bytes(b"\x00\xff\x00 not text")
    result = invoke("--db", str(tmp_path / "x.db"), "ingest", str(tmp_path / "junk.txt"))
    assert result.exit_code == 1
    assert "failed:" in result.stderr and "junk.txt" in result.stderr


def test_status_reports_counts(demo_db: Path) -> None:
    result = invoke("--db", str(demo_db), "status")
    assert result.exit_code == 0
    assert "9 meetings" in result.stdout


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0 and result.stdout.startswith("scrutiny ")


def test_two_formats_at_once_is_a_usage_error(demo_db: Path) -> None:
    result = invoke("--db", str(demo_db), "meetings", "--csv", "--json")
    assert result.exit_code == 2


def test_actions_open_csv_header(demo_db: Path) -> None:
    result = invoke("--db", str(demo_db), "actions", "--open", "--csv")
    header = result.stdout.splitlines()[0].split(",")
    assert {"key", "minute_ref", "text", "owner", "due_date", "status"} <= set(header)
    assert all(r["status"] == "open" for r in csv.DictReader(io.StringIO(result.stdout)))


def test_close_survives_ingest_force(tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    invoke("--db", db, "ingest", str(SAMPLE))
    first = next(csv.DictReader(io.StringIO(invoke("--db", db, "actions", "--csv").stdout)))
    closed = invoke("--db", db, "actions", "close", first["key"][:6], "--note", "done by email")
    assert closed.exit_code == 0, closed.output
    assert invoke("--db", db, "ingest", "--force", str(SAMPLE)).exit_code == 0
    data = json.loads(invoke("--db", db, "actions", "--closed", "--json").stdout)
    mine = [a for a in data if a["key"] == first["key"]]
    assert mine and mine[0]["status"] == "closed" and "done by email" in mine[0]["status_evidence"]
    reopened = invoke("--db", db, "actions", "reopen", first["key"])
    assert reopened.exit_code == 0
    opened = json.loads(invoke("--db", db, "actions", "--open", "--json").stdout)
    assert first["key"] in {a["key"] for a in opened}


def test_actions_filters(demo_db: Path) -> None:
    owned = json.loads(
        invoke("--db", str(demo_db), "actions", "--all", "--owner", "Chair", "--json").stdout
    )
    assert owned and all("Chair" in a["owner"] for a in owned)
    since = json.loads(
        invoke(
            "--db",
            str(demo_db),
            "actions",
            "--all",
            "--since",
            "Jan 2023",
            "--until",
            "2023",
            "--json",
        ).stdout
    )
    assert since and all("2023-01-01" <= a["meeting_date"] <= "2023-12-31" for a in since)
    overdue = json.loads(invoke("--db", str(demo_db), "actions", "--overdue", "--json").stdout)
    assert overdue and all(a["overdue"] and a["status"] == "open" for a in overdue)


def test_actions_bad_date_is_usage_error(demo_db: Path) -> None:
    result = invoke("--db", str(demo_db), "actions", "--since", "someday")
    assert result.exit_code == 2 and "--since" in result.stderr


def test_close_unknown_key(demo_db: Path) -> None:
    result = invoke("--db", str(demo_db), "actions", "close", "nosuchkey")
    assert result.exit_code == 1 and "no action with key" in result.stderr
