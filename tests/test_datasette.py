"""Datasette that reads well: labels that say which item a link is, views without internal
columns, default facets and sorts, bookkeeping hidden, canned queries with parameters, and
datasette.yaml for Datasette 1.0."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import yaml
from typer.testing import CliRunner

from scrutiny_cli.cli import app
from scrutiny_cli.datasette import QUERIES, TABLES, config, to_yaml


def test_items_are_labelled_date_committee_ref_title(archive_copy: Path) -> None:
    conn = sqlite3.connect(archive_copy)
    label = conn.execute("select label from items where minute_ref = '8/22'").fetchone()[0]
    assert (
        label
        == "2022-09-15 · Children and Young People Scrutiny Board · 8/22 · Elective Home Education"
    )
    with conn:  # the triggers keep it in step
        conn.execute("update items set title = 'Home Education' where minute_ref = '8/22'")
        conn.execute("update meetings set committee = 'Children Board' where date = '2022-09-15'")
    label = conn.execute("select label from items where minute_ref = '8/22'").fetchone()[0]
    assert label == "2022-09-15 · Children Board · 8/22 · Home Education"


def test_a_label_update_leaves_the_search_index_alone(archive_copy: Path) -> None:
    conn = sqlite3.connect(archive_copy)
    before = conn.execute("select count(*) from items_fts_data").fetchone()[0]
    with conn:
        conn.execute("update items set label = 'x', truncated = truncated")
    assert conn.execute("select count(*) from items_fts_data").fetchone()[0] == before
    hits = conn.execute("select rowid from items_fts where items_fts match 'elective'").fetchall()
    assert hits


def test_views_leave_out_internal_columns(archive_copy: Path) -> None:
    conn = sqlite3.connect(archive_copy)
    for view in ("action_list", "item_list"):
        cursor = conn.execute(f"select * from {view}")
        columns = {d[0] for d in cursor.description}
        assert cursor.fetchall() and not {"title_key", "visible_minutes", "position"} & columns
        assert not any(c.startswith("hint_") for c in columns)
    assert {"committee", "meeting_date", "minute_ref", "key"} <= {
        d[0] for d in conn.execute("select * from action_list").description
    }


def test_metadata_facets_sorts_hidden_and_queries(archive_copy: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        ["--db", str(archive_copy), "datasette-metadata", "-o", str(tmp_path / "m.json"),
         "--config", str(tmp_path / "datasette.yaml")],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    meta = json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))
    tables = meta["databases"]["copy"]["tables"]
    assert tables["action_list"]["facets"] == ["status", "owner", "committee"]
    assert tables["items"]["label_column"] == "label" and tables["_sqlite_migrations"]["hidden"]
    conn = sqlite3.connect(archive_copy)
    for name, query in meta["databases"]["copy"]["queries"].items():
        rows = conn.execute(query["sql"], dict.fromkeys(query.get("params", []), "Housing"))
        assert rows.fetchall() or name == "overdue_actions", name
    columns = {r[1] for table in TABLES for r in conn.execute(f"pragma table_info({table})")}
    for table in TABLES.values():
        for key in ("sort", "sort_desc", "label_column"):
            assert table.get(key, "id") in columns | {"id"}
        assert set(table.get("facets", [])) <= columns
    written = yaml.safe_load((tmp_path / "datasette.yaml").read_text(encoding="utf-8"))
    assert written == config("copy") and written["settings"]["truncate_cells_html"] == 300
    assert set(written["databases"]["copy"]["queries"]) == set(QUERIES)


def test_to_yaml_round_trips() -> None:
    data = {"a": [1, True, None, "x: y", {"b": "multi\nline"}], "c": {}, "d": [], "e": "#no"}
    assert yaml.safe_load(to_yaml(data)) == data
