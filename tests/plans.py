"""Which tables a statement's plan reads whole (EXPLAIN QUERY PLAN): for the query-plan
tests and benchmarks/scale.py."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

# Tables a statement may read whole, and why that stays cheap whatever the archive holds.
SMALL_TABLES = {
    "action_overrides": "what people set by hand: a few rows, read once a run",
    "override_log": "every decision people made by hand: grows with their work, not the archive",
    "fts_pending": "only the rows of the open transaction, indexed at its end",
    "sqlite_master": "the schema",
}
SMALL_SUFFIXES = ("_fts_config",)  # FTS5's own settings: a handful of rows

_ALIAS = re.compile(r"\b(?:from|join|update|into)\s+(\w+)(?:\s+(?:as\s+)?(\w+))?", re.I)
_KEYWORDS = {"where", "on", "join", "set", "values", "select", "order", "group", "limit",
             "left", "inner", "using", "natural", "cross"}  # fmt: skip


def _tables_by_alias(sql: str) -> dict[str, str]:
    found = {}
    for table, alias in _ALIAS.findall(sql):
        found[table] = table
        if alias and alias.lower() not in _KEYWORDS:
            found[alias] = table
    return found


def full_scans(db: sqlite3.Connection, sql: str) -> list[str]:
    """The tables (not small ones) that sql's plan reads whole: `SCAN t`, with or without
    an index (a scan of a whole index reads as many rows)."""
    aliases = _tables_by_alias(sql)
    tables = {r[0] for r in db.execute("select name from sqlite_master where type = 'table'")}
    scans = []
    for *_, detail in db.execute("explain query plan " + sql).fetchall():
        m = re.match(r"SCAN (?:main\.)?(\w+)", detail)
        if not m or detail.startswith("SCAN CONSTANT ROW"):
            continue
        table = aliases.get(m[1], m[1])
        if table not in tables:
            continue  # a subquery's rows, read as they are made ("SCAN found")
        if table not in SMALL_TABLES and not table.endswith(SMALL_SUFFIXES):
            scans.append(f"{detail} ({table})")
    return scans


# Read whole, by design: the meetings in date order, stopped after what is shown (a
# listing streams in that order instead of sorting everything); the partial indexes of the
# rows `status` lists (the rows a person must look at, not the archive); the committees'
# names and the kept counts (a few rows each); the full-text index answering MATCH.
READ_IN_ORDER = ("idx_meetings_date", "idx_items_truncated", "idx_items_waiting",
                 "idx_sources_problems")  # fmt: skip
SMALL_READS = {"committees", "counts"}


# Indexes on a column of few values: driving a query (the first loop) they give an order,
# but searched inside a loop they read a share of the whole table for each outer row.
FEW_VALUES = {"idx_actions_status_due_date": "actions.status has three values"}


def nested_few_values(db: sqlite3.Connection, sql: str) -> list[str]:
    """Plan lines that search an index of FEW_VALUES inside another loop."""
    plan = [detail for *_, detail in db.execute("explain query plan " + sql).fetchall()]
    loops = [d for d in plan if d.startswith(("SCAN", "SEARCH"))]
    return [d for d in loops[1:] if any(f"INDEX {name} " in d for name in FEW_VALUES)]


def question_scans(db: sqlite3.Connection, sql: str) -> list[str]:
    """full_scans, less the reads a question may make whole (above), and indexes of few
    values searched inside a loop."""
    return nested_few_values(db, sql) + [
        s for s in full_scans(db, sql)
        if not any(name in s for name in READ_IN_ORDER)
        and s.split("(")[-1].rstrip(")") not in SMALL_READS
        and "VIRTUAL TABLE" not in s
    ]  # fmt: skip


def traced_statements(path: Path, args: list[str]) -> tuple[Any, set[str]]:
    """Run a read command on the archive at path in this process; its result and every
    statement it ran."""
    from typer.testing import CliRunner

    from scrutiny_cli import store
    from scrutiny_cli.cli import app

    seen: set[str] = set()
    opened = store._connect_read_only

    def traced(where: Path) -> Any:
        db = opened(where)
        db.conn.set_trace_callback(seen.add)
        return db

    store._connect_read_only = traced  # type: ignore[assignment]
    try:
        result = CliRunner().invoke(app, ["--db", str(path), *args])
    finally:
        store._connect_read_only = opened  # type: ignore[assignment]
    return result, {s for s in seen if re.match(r"\s*(select|with)\b", s, re.I)}
