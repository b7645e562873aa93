"""Search, history, resolutions, attendance, export and sql, through the command line."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scrutiny_cli import store
from scrutiny_cli.cli import app
from tests.conftest import SAMPLE, SEEDS
from tests.helpers import copy_archive

ENV = {"NO_COLOR": "1", "COLUMNS": "120"}


def invoke(db: Path, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, ["--db", str(db), *args], env=ENV)


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("find") / "sample.db"
    assert invoke(db, "ingest", str(SAMPLE)).exit_code == 0
    return db


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside the repo")
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    assert invoke(db, "ingest", str(SEEDS)).exit_code == 0
    return db


def test_search_ranks_the_item_about_it_first(seeds_db: Path) -> None:
    hits = json.loads(invoke(seeds_db, "search", "private fostering", "--json").stdout)
    assert hits[0]["minute_ref"] == "34/17" and hits[0]["kind"] == "item"
    assert "**private** **fostering**" in hits[0]["snippet"].lower()


@pytest.mark.parametrize("text", ["O'Brien", "5/18", "looked-after", '"unbalanced', "a AND ("])
def test_search_takes_any_text(sample_db: Path, text: str) -> None:
    result = invoke(sample_db, "search", text, "--json")
    assert result.exit_code == 0, result.output
    json.loads(result.stdout)


def test_search_stems_and_filters(sample_db: Path) -> None:
    hits = json.loads(
        invoke(
            sample_db,
            "search",
            "fostered",
            "--kind",
            "item",
            "--committee",
            "Children",
            "--since",
            "2023",
            "--json",
        ).stdout
    )
    assert hits and all(h["kind"] == "item" and h["date"] >= "2023" for h in hits)
    assert all("Children" in h["committee"] for h in hits)


def test_search_raw_operators(sample_db: Path) -> None:
    both = json.loads(invoke(sample_db, "search", "damp AND mould", "--raw", "--json").stdout)
    assert both and any(h["minute_ref"] == "28/22" for h in both)
    bad = invoke(sample_db, "search", "damp AND (", "--raw")
    assert bad.exit_code == 1 and "malformed search" in bad.stderr


def test_history_follows_the_thread_both_ways(seeds_db: Path, sample_db: Path) -> None:
    refs = [
        r["minute_ref"] for r in json.loads(invoke(seeds_db, "history", "8/17", "--json").stdout)
    ]
    assert refs == ["3/17", "8/17", "36/17"]
    chain = [
        r["minute_ref"]
        for r in json.loads(
            invoke(sample_db, "history", "21/22", "--committee", "Children", "--json").stdout
        )
    ]
    assert chain[-3:] == ["9/22", "21/22", "9/23"]


def test_history_of_an_ambiguous_ref_asks_for_a_committee(sample_db: Path) -> None:
    result = invoke(sample_db, "history", "9/23")
    assert result.exit_code == 1 and "--committee" in result.stderr


def test_resolutions_and_attendance(sample_db: Path) -> None:
    res = json.loads(
        invoke(
            sample_db, "resolutions", "--committee", "Housing", "--until", "2022", "--json"
        ).stdout
    )
    assert res and all(r["date"] <= "2022-12-31" for r in res)
    people = json.loads(invoke(sample_db, "attendance", "--name", "Osei", "--json").stdout)
    assert people[0]["present"] >= 2 and people[0]["meetings_recorded"] >= people[0]["present"]


def test_sql_is_read_only(sample_db: Path) -> None:
    before = store.connect(sample_db, create=False).table("actions").count
    result = invoke(sample_db, "sql", "DELETE FROM actions")
    assert result.exit_code == 1 and "only reads the archive" in result.stderr
    assert store.connect(sample_db, create=False).table("actions").count == before
    ok = invoke(sample_db, "sql", "select count(*) as n from meetings", "--json")
    assert json.loads(ok.stdout) == [{"n": 9}]


def test_export_escapes_formulas_in_csv_only(tmp_path: Path, sample_db: Path) -> None:
    db = copy_archive(sample_db, tmp_path / "copy.db")  # the WAL's pages included
    conn = store.connect(db, create=False)
    conn.execute("update items set title = ? where id = 1", ['=HYPERLINK("http://x","y")'])
    as_csv = list(csv.DictReader(io.StringIO(invoke(db, "export", "items", "--csv").stdout)))
    titles = {r["title"] for r in as_csv}
    assert '\'=HYPERLINK("http://x","y")' in titles
    as_json = json.loads(invoke(db, "export", "items", "--json").stdout)
    assert '=HYPERLINK("http://x","y")' in {r["title"] for r in as_json}
    raw = invoke(db, "export", "items", "--no-escape-formulas").stdout
    assert '"=HYPERLINK(""http://x"",""y"")"' in raw


def test_export_all_writes_every_table(tmp_path: Path, sample_db: Path) -> None:
    result = invoke(sample_db, "export", "all", "--output", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    conn = store.connect(sample_db, create=False)
    for table in (
        "meetings",
        "attendees",
        "items",
        "resolutions",
        "actions",
        "minute_refs",
        "sources",
        "action_overrides",
    ):
        path = tmp_path / "out" / f"{table}.csv"
        with path.open(encoding="utf-8", newline="") as f:
            assert sum(1 for _ in csv.DictReader(f)) == conn.table(table).count, table
    actions = (tmp_path / "out" / "actions.csv").read_text(encoding="utf-8").splitlines()[0]
    assert {"committee", "meeting_date", "minute_ref"} <= set(actions.split(","))


def test_export_all_needs_a_folder(sample_db: Path) -> None:
    assert invoke(sample_db, "export", "all").exit_code == 2


def test_table_output_keeps_bracketed_text(tmp_path: Path, sample_db: Path) -> None:
    db = copy_archive(sample_db, tmp_path / "copy.db")
    store.connect(db, create=False).execute(
        "update items set title = 'Item 7 [exempt] [/b]' where id = 1"
    )
    result = invoke(db, "export", "items", "--table")
    assert "Item 7 [exempt] [/b]" in result.stdout


def test_tsv_and_bom(sample_db: Path) -> None:
    tsv = invoke(sample_db, "meetings", "--tsv").stdout
    assert tsv.splitlines()[0].split("\t")[:3] == ["date", "start_time", "committee"]
    assert invoke(sample_db, "meetings", "--bom").stdout.startswith("\ufeffdate,")


def test_closed_pipe_ends_quietly(sample_db: Path) -> None:
    cmd = f"'{sys.executable}' -m scrutiny_cli --db '{sample_db}' actions --all | head -1"
    done = subprocess.run(["bash", "-c", cmd], capture_output=True, text=True, check=True)
    assert done.stdout.startswith("key,committee,")
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr


def test_datasette_metadata(tmp_path: Path, sample_db: Path) -> None:
    result = invoke(sample_db, "datasette-metadata", "--output", str(tmp_path / "m.json"))
    assert result.exit_code == 0
    meta = json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))
    queries = meta["databases"]["sample"]["queries"]
    assert {"open_actions", "overdue_actions"} <= set(queries)
    conn = store.connect(sample_db, create=False)
    for q in queries.values():  # the canned SQL runs on a real archive
        conn.execute(q["sql"], dict.fromkeys(q.get("params", []), "Housing")).fetchall()


def test_foreign_keys_are_declared_and_indexed(sample_db: Path) -> None:
    conn = store.connect(sample_db, create=False)
    for table in ("attendees", "items", "resolutions", "actions", "minute_refs"):
        fks = conn.table(table).foreign_keys
        assert fks, table
        indexed = {tuple(i.columns) for i in conn.table(table).indexes}
        assert all(
            (fk.column,) in indexed or any(c[0] == fk.column for c in indexed)
            for fk in fks
            if fk.column != "resolution_id"
        ), table


def test_search_without_filters_gives_what_the_filtered_search_gives(tmp_path: Path) -> None:
    """Ranked in the full-text index alone when nothing filters, the hits are still those
    of the joined ranking: an item page waiting for its meeting is not among them."""
    from tests.helpers import write
    from tests.test_ingest import LATER, PAGE

    folder = tmp_path / "minutes"
    write(folder, "item-5.txt", PAGE)  # its cut item never arrives: the page waits
    write(folder, "2019-04-02.txt", LATER)
    db = tmp_path / "a.db"
    assert invoke(db, "ingest", str(folder)).exit_code == 0
    for words in ("opening hours survey", "survey"):
        plain = json.loads(invoke(db, "search", words, "--json").stdout)
        filtered = json.loads(invoke(db, "search", words, "--since", "1900", "--json").stdout)
        assert plain == filtered and plain
        assert all(hit["date"] == "2019-04-02" for hit in plain)
