"""Ingest costs what the file costs, not what the archive holds: every statement the store,
merge and link modules run while ingesting finds its rows through an index; and so does
every question the read commands ask. A statement
that reads a whole growing table for each file makes ingest quadratic (an archive of
10,000 files took 25 times as long per file as one of 1,000).

The statements are caught with sqlite3's trace callback while a generated archive of
several committees is ingested, then changed and touched, and each is planned again
with EXPLAIN QUERY PLAN.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from scrutiny_cli import store
from scrutiny_cli.ingest import ingest
from tests.corpus_maker import write_corpus
from tests.plans import full_scans, nested_few_values, question_scans, traced_statements


@pytest.fixture(scope="module")
def statements(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, set[str]]:
    """Every statement an ingest ran: a first ingest of a generated archive (new meetings,
    cut items and their pages, references, "next meeting" due dates), then one file
    changed and another touched, then all read again (--force: every source replaced)."""
    tmp = tmp_path_factory.mktemp("plans")
    folder = tmp / "minutes"
    files = write_corpus(folder, 48, committees=4)
    db = store.connect(tmp / "a.db")
    seen: set[str] = set()
    db.conn.set_trace_callback(seen.add)
    ingest(db, [folder], jobs=1)
    changed = files[5]
    changed.write_text(changed.read_text(encoding="utf-8").replace("noted", "received"))
    os.utime(files[6], (1e9, 1e9))
    ingest(db, [folder], jobs=1)
    ingest(db, [folder], jobs=1, force=True)
    db.conn.set_trace_callback(None)
    db.conn.close()
    return tmp / "a.db", seen


def test_the_ingest_ran_the_cross_meeting_work(statements: tuple[Path, set[str]]) -> None:
    path, seen = statements
    text = "\n".join(seen)
    for sign in ("from minute_refs", "due_text = 'next meeting'", "from parts", "fts_pending"):
        assert sign in text  # the statements below include each kind of work
    db = sqlite3.connect(path)
    assert db.execute(
        "select count(*) from minute_refs where target_item_id is not null"
    ).fetchone()[0]
    assert not db.execute("select count(*) from items where meeting_id is null").fetchone()[0]


def test_no_statement_of_an_ingest_reads_a_whole_growing_table(
    statements: tuple[Path, set[str]],
) -> None:
    path, seen = statements
    db = sqlite3.connect(path)
    problems = {}
    for sql in seen:
        if not re.match(r"\s*(select|insert|update|delete|with)\b", sql, re.I):
            continue  # BEGIN, SAVEPOINT, COMMIT, and trigger markers
        scans = full_scans(db, sql) + nested_few_values(db, sql)
        if scans:
            problems[" ".join(sql.split())[:160]] = scans
    assert not problems, "\n".join(f"{s}: {p}" for s, p in problems.items())


def test_the_check_itself_sees_a_scan() -> None:
    db = sqlite3.connect(":memory:")
    db.execute("create table items (id integer primary key, title text)")
    db.execute("create table action_overrides (key text primary key, status text)")
    assert full_scans(db, "select * from items i where i.title = 'x'") == ["SCAN i (items)"]
    assert full_scans(db, "select * from items where id = 3") == []
    assert full_scans(db, "select * from action_overrides where status = 'x'") == []


# --- The questions people ask -----------------------------------------------------------------

QUESTIONS = [
    ["actions", "--open"],
    ["actions", "--open", "--committee", "Housing"],
    ["actions", "--overdue"],
    ["actions", "--all", "--limit", "5"],
    ["search", "private fostering"],
    ["search", "adoption", "--limit", "20", "--committee", "Health"],
    ["show", "16/05", "--committee", "Adult"],
    ["history", "16/05", "--committee", "Adult"],
    ["meetings", "--committee", "Housing"],
    ["meetings", "--since", "2010"],
    ["status"],
    ["report", "--committee", "Housing"],
    ["report", "--as-of", "2005-12-01", "--committee", "Adult"],  # statuses worked out again
]


@pytest.mark.parametrize("args", QUESTIONS, ids=[" ".join(q) for q in QUESTIONS])
def test_no_question_reads_a_whole_growing_table(
    statements: tuple[Path, set[str]], args: list[str]
) -> None:
    path, _ = statements
    csv = [] if args[0] in ("show", "status", "report") else ["--csv"]
    result, seen = traced_statements(path, [*args, *csv])
    assert result.exit_code == 0, result.output
    db = sqlite3.connect(path)
    problems = {
        " ".join(sql.split())[:160]: scans for sql in seen if (scans := question_scans(db, sql))
    }
    assert not problems, "\n".join(f"{s}: {p}" for s, p in problems.items())


@pytest.mark.parametrize(
    ("kept", "index"),
    [(True, "idx_recommendations_scope"), (False, "idx_resolutions_recommending")],
    ids=["kept", "read from the words"],
)
def test_the_report_reads_the_resolutions_that_recommend_through_their_index(
    statements: tuple[Path, set[str]], kept: bool, index: str
) -> None:
    """The recommendations the archive keeps (tallies.py), by committee and date; in an
    archive without them, the resolutions that may recommend, by their partial index."""
    from unittest import mock

    from scrutiny_cli import tallies

    path, _ = statements
    with mock.patch.object(tallies, "has_tallies", lambda db: kept):
        result, seen = traced_statements(path, ["report", "--committee", "Housing"])
    assert result.exit_code == 0, result.output
    db = sqlite3.connect(path)
    [sql] = [s for s in seen if "join resolutions r" in s]
    plan = " ".join(d for *_, d in db.execute("explain query plan " + sql))
    assert f"USING INDEX {index}" in plan, plan


def test_the_report_finds_decisions_by_key(
    statements: tuple[Path, set[str]], tmp_path: Path
) -> None:
    """With decisions made, the tracker looks them up by the keys of its actions."""
    from typer.testing import CliRunner

    from scrutiny_cli.cli import app

    path = tmp_path / "decided.db"
    shutil.copy(statements[0], path)
    [key] = (
        sqlite3.connect(path)
        .execute(
            "select a.key from actions a join items i on i.id = a.item_id "
            "join meetings m on m.id = i.meeting_id where m.committee like '%Housing%' limit 1"
        )
        .fetchone()
    )
    for change in ("close", "reopen"):
        done = CliRunner().invoke(app, ["--db", str(path), "actions", change, key])
        assert done.exit_code == 0, done.output
    result, seen = traced_statements(path, ["report", "--committee", "Housing"])
    assert result.exit_code == 0, result.output
    assert any("from override_log" in sql for sql in seen)
    db = sqlite3.connect(path)
    problems = {
        " ".join(sql.split())[:160]: scans for sql in seen if (scans := question_scans(db, sql))
    }
    assert not problems, "\n".join(f"{s}: {p}" for s, p in problems.items())


@pytest.mark.parametrize("kept", [True, False], ids=["through the tallies", "walked"])
def test_a_screenful_of_the_tracker_reads_no_whole_table(
    statements: tuple[Path, set[str]], kept: bool
) -> None:
    """On a terminal the tracker counts the committee's untouched actions from the tallies
    the archive keeps (tallies.py) and fetches only the rows it reads; in an archive
    without them it walks the committee's actions once, from its meetings (never from the
    index of statuses: all the archive's open actions). (The CLI questions above run off
    a terminal.)"""
    from unittest import mock

    from scrutiny_cli import query_report, report, tallies

    path, _ = statements
    db = store.connect(path, read_only=True)
    seen: set[str] = set()
    db.conn.set_trace_callback(seen.add)
    with mock.patch.object(tallies, "has_tallies", lambda db: kept):
        rows = query_report.report_rows(db, "Housing", None, "2100-01-01", keep=5)
        assert report.build(rows, "2100-01-01", None, chart=False, keep=5).recommendations
    db.conn.set_trace_callback(None)
    plain = sqlite3.connect(path)
    sign = "from action_tallies" if kept else "as untouched"
    assert any(sign in sql for sql in seen)  # the tallies were read, or the walk ran
    for sql in seen:
        if not re.match(r"\s*select\b", sql, re.I):
            continue
        assert not question_scans(plain, sql), sql
        plan = " ".join(d for *_, d in plain.execute("explain query plan " + sql))
        assert "idx_actions_status_due_date" not in plan, sql


def test_every_statement_of_the_tally_triggers_finds_its_rows_through_an_index(
    statements: tuple[Path, set[str]],
) -> None:
    """The triggers run for every action, item and meeting an ingest writes: each of their
    statements, planned with a value for each new. and old. column, reads no whole table."""
    from scrutiny_cli import tallies

    path, _ = statements
    db = sqlite3.connect(path)
    problems = {}
    for name, body in tallies.triggers().items():
        program = re.search(r"\bbegin\b(.*)\bend$", body, re.S | re.I)
        assert program, name
        for sql in filter(str.strip, program[1].split(";")):
            planned = re.sub(r"\b(?:new|old)\.\w+", "1", sql)
            if scans := full_scans(db, planned):
                problems[f"{name}: {' '.join(sql.split())[:120]}"] = scans
    assert not problems, "\n".join(f"{s}: {p}" for s, p in problems.items())
