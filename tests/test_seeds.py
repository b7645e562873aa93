"""The real seed minutes in ../shared, scored by ../shared/tools/score.py (skipped without them)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXPECTED, SCORE
from tests.helpers import archive, run, snapshot

# The seeds are scored perfectly on every measure, and must stay so.
F1_FLOORS = dict.fromkeys(
    ["meetings", "items", "resolutions", "minute_refs", "attendees", "actions"], 1.0
)
ACCURACY_FLOORS = dict.fromkeys(
    ["item_title", "minute_ref", "truncated", "committee", "start_time", "venue", "ref_target",
     "action_owner", "action_due", "attendee_role"],
    1.0,
)  # fmt: skip


def score(db_path: Path) -> dict:
    out = subprocess.run(
        [sys.executable, str(SCORE), "--db", str(db_path), "--expected", str(EXPECTED), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def test_seed_scores_reach_the_floors(tmp_path: Path, seeds_copy: Path) -> None:
    db = archive(tmp_path / "seeds.db")
    assert not run(db, seeds_copy).failed
    result = score(tmp_path / "seeds.db")
    low = {k: result[k]["f1"] for k, floor in F1_FLOORS.items() if result[k]["f1"] < floor}
    low |= {
        k: result[k]["accuracy"]
        for k, floor in ACCURACY_FLOORS.items()
        if result[k]["accuracy"] < floor
    }
    assert not low, f"below the floor: {low}"
    assert result["forbidden_actions"] == 0
    assert db.table("meetings").count == 3


def test_seeds_one_at_a_time_in_reverse_match_the_folder(tmp_path: Path, seeds_copy: Path) -> None:
    whole = archive(tmp_path / "whole.db")
    run(whole, seeds_copy)
    reverse = archive(tmp_path / "reverse.db")
    for f in sorted(seeds_copy.iterdir(), reverse=True):
        run(reverse, f)
    assert snapshot(reverse) == snapshot(whole)
    again = run(whole, seeds_copy)
    assert again.states() == {"unchanged": 5}


def test_score_tool_is_reached(tmp_path: Path) -> None:
    if not SCORE.exists():
        pytest.skip("../shared/tools/score.py is not beside the repo")
    archive(tmp_path / "empty.db")
    assert score(tmp_path / "empty.db")["meetings"]["recall"] == 0.0
