"""Tables that fit: readable at any width, words never split, overdue marked by a word;
human output that is not a terminal is never hard-wrapped."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scrutiny_cli.cli import app
from scrutiny_cli.tables import column_widths, fits, short_committee

TODAY = "2024-06-01"  # a fixed day, so that some actions are overdue and some are not


def invoke(db: Path, *args: str, width: int = 80) -> object:
    env = {"NO_COLOR": "1", "COLUMNS": str(width), "SCRUTINY_TODAY": TODAY}
    return CliRunner().invoke(app, ["--db", str(db), *args], env=env)


def blocks(text: str, keys: list[str]) -> dict[str, str]:
    """The output from each key to the next: one record's block (or table row)."""
    found = sorted((text.index(k), k) for k in keys)
    ends = [p for p, _ in found[1:]] + [len(text)]
    return {k: text[p:end] for (p, k), end in zip(found, ends, strict=True)}


@pytest.mark.parametrize("width", [80, 120, 200])
def test_actions_table_keeps_every_word_whole(sample_archive: Path, width: int) -> None:
    actions = json.loads(invoke(sample_archive, "actions", "--all", "--json").stdout)
    shown = invoke(sample_archive, "actions", "--all", "--table", width=width).stdout
    assert max(len(line) for line in shown.splitlines()) <= width
    words = set(shown.split())
    for action in actions:
        split = [w for w in action["text"].split() if w not in words]
        assert not split, f"{action['key']}: words split or cut: {split}"
    by_key = blocks(shown, [a["key"] for a in actions])
    for action in actions:
        block = " ".join(by_key[action["key"]].split())
        assert action["meeting_date"] in block and short_committee(action["committee"]) in block
        assert ("overdue" in block) == action["overdue"], block


def test_overdue_is_a_word_and_some_rows_are(sample_archive: Path) -> None:
    overdue = json.loads(invoke(sample_archive, "actions", "--overdue", "--json").stdout)
    assert overdue, "the fixture should have overdue actions on " + TODAY
    shown = invoke(sample_archive, "actions", "--overdue", "--table").stdout
    assert shown.count("open, overdue") == len(overdue)


def test_search_hits_carry_committee_ref_and_key(sample_archive: Path) -> None:
    hits = json.loads(invoke(sample_archive, "search", "circulated", "--json").stdout)
    assert {"committee", "date", "minute_ref", "key"} <= set(hits[0])
    actions = [h for h in hits if h["kind"] == "action"]
    assert actions and all(len(h["key"]) == 10 for h in actions)
    assert all(h["key"] is None for h in hits if h["kind"] != "action")
    shown = invoke(sample_archive, "search", "circulated", "--table").stdout
    assert all(h["key"] in shown for h in actions)


def test_narrow_listing_is_stacked_and_wide_one_a_table(sample_archive: Path) -> None:
    narrow = invoke(sample_archive, "actions", "--all", "--table", width=80).stdout
    wide = invoke(sample_archive, "actions", "--all", "--table", width=200).stdout
    assert "  text " in narrow and "─" not in narrow  # label lines, no table rule
    assert "─" in wide and "meeting date" in wide


def test_piped_human_output_has_no_trailing_spaces(sample_archive: Path) -> None:
    for args in (["actions", "--all", "--table"], ["meetings", "--table"], ["show", "9/23"]):
        shown = invoke(sample_archive, *args, "--committee", "Children").stdout
        assert shown and not [line for line in shown.splitlines() if line != line.rstrip()]


def test_piped_show_is_not_hard_wrapped(sample_archive: Path) -> None:
    item = json.loads(invoke(sample_archive, "show", "8/22", "--json").stdout)[0]
    longest = max(item["minutes"].split("\n"), key=len)
    assert len(longest) > 80
    assert longest in invoke(sample_archive, "show", "8/22").stdout.splitlines()


def test_status_cuts_long_lists(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(12):
        (folder / f"note{n:02}.txt").write_text("Not minutes at all.\n", encoding="utf-8")
    db = tmp_path / "a.db"
    invoke(db, "ingest", str(folder))
    cut = invoke(db, "status").stdout
    assert cut.count("note") == 10 and "… 2 more (--all)" in cut
    assert invoke(db, "status", "--all").stdout.count("note") == 12
    failed = invoke(db, "status", "--failed").stdout.splitlines()
    assert len(failed) == 12 and all(line.startswith("warning: ") for line in failed)


def test_limit_on_listings(sample_archive: Path) -> None:
    for command in ("meetings", "actions", "resolutions", "attendance", "search"):
        args = [command, "--limit", "2", "--json"] + (["report"] if command == "search" else [])
        rows = json.loads(invoke(sample_archive, *args).stdout)
        assert len(rows) == 2, command
    export = invoke(sample_archive, "export", "items", "--limit", "3", "--csv").stdout
    assert len(list(csv.DictReader(io.StringIO(export)))) == 3


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Children and Young People Scrutiny Board", "Children and Young People"),
        ("Adult Social Care Overview and Scrutiny Committee", "Adult Social Care"),
        ("Planning Committee", "Planning"),
        ("Licensing Sub-Committee", "Licensing"),
        ("Cabinet", "Cabinet"),
        ("Scrutiny Board", "Scrutiny Board"),  # nothing would be left
        ("Overview and Scrutiny Committee", "Overview and Scrutiny Committee"),
    ],
)
def test_short_committee(name: str, short: str) -> None:
    assert short_committee(name) == short


def test_column_widths_give_modest_columns_all_they_need() -> None:
    # key 10, committee 25, text 200: the committee is whole, the text takes the rest
    assert column_widths([10, 25, 200], [10, 20, 20], 100) == [10, 25, 65]
    assert sum(column_widths([10, 60, 300], [10, 20, 20], 90)) == 90


def test_fits() -> None:
    rows = [{"a": "x" * 10, "b": "some words " * 20}]
    assert fits(rows, ["a", "b"], 40) and not fits(rows, ["a", "b"], 25)
